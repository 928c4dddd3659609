/**
 * Hard cases of attribution, each from invented sentences written the way news is: modality, groups
 * named only as background (earlier cases, comparisons, lists of rivals), aliases and rebrands.
 */
import { describe, expect, it } from "vitest";
import type { FactSheet } from "../contracts.ts";
import { recordOf, sheetOf } from "./sheet-of.ts";

const linkOf = (sheet: FactSheet, name: string) =>
  sheet.threat_actors.find((a) => a.names.some((n) => n.toLowerCase() === name.toLowerCase()))?.linked;

describe("attribution", () => {
  it("links a group whose record a relative clause tells, but not one named for a technique used 'earlier this year' or with 'no evidence'", () => {
    const linked = sheetOf(
      "Russian cyberspies targeted a government for months\n\nSecurity firms said a spear-phishing campaign hit the foreign ministry between February and July. The attacks were attributed to a group known as the Dukes, or APT29, which agencies formally linked to Russia's foreign intelligence service earlier this year.",
    );
    expect(linked.threat_actors.find((a) => a.names.includes("APT29"))?.linked).toBe(true);
    const background = sheetOf(
      "Burrito chain's marketing account hacked to send phishing emails\n\nHackers took over the chain's email marketing account and sent phishing emails to customers. Hacking an email marketing platform has been described earlier this year as an entry vector used by Nobelium, the state-sponsored threat actor blamed for the SolarWinds attack. The firm found no evidence indicating that the new campaign is the work of the same group of hackers.",
    );
    expect(background.threat_actors.find((a) => a.names.includes("Nobelium"))?.linked).toBe(false);
  });

  it("links no gang to an earlier attack the sentence before dates, nor one that only launched a leak site", () => {
    const sheet = sheetOf(
      "FIN7's liquor lure compromises law firm with backdoor\n\nFinancial cybercrime gang FIN7 has launched a campaign that uses a fake legal complaint as a lure, compromising a law firm. The emails were sent in the first week of June, a month before settlement claims were due over a ransomware breach the company suffered last August.\n\n\u201cThe infamous REvil gang took credit for the ransomware attack,\u201d the researchers said. \u201cAlthough the company disrupted the attack before data could be encrypted, the REvil gang posted on its leak site that it had access.\u201d\n\nNew AvosLocker ransomware launches a data leak site.",
      "2021-07-23",
    );
    const linked = sheet.threat_actors.filter((a) => a.linked).map((a) => a.names[0]);
    expect(linked).toEqual(["FIN7"]);
    expect(sheet.threat_actors.map((a) => a.names[0])).not.toContain("Financial");
  });

  it("never reads a demonym as a catalogue name, whatever cue follows it", () => {
    const sheet = sheetOf(
      "SolarWinds hackers breached federal prosecutors' email\n\nThe Russian hackers who orchestrated the supply chain attack gained access to the mailboxes of 27 offices, the Justice Department said.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).not.toContain("Russian");
    expect(sheet.countries).toContain("RU");
  });

  it("merges a group's other names listed 'by other names, including', and reads 'Royal APT' as no ransomware", () => {
    const sheet = sheetOf(
      "Microsoft seizes domains used by Chinese hacking group Nickel\n\nMicrosoft seized 42 domains used by the China-based group Nickel in attacks on governments. \u201cOthers in the security community refer to the group by other names, including 'KE3CHANG,' 'APT15,' 'Vixen Panda,' 'Royal APT' and 'Playful Dragon,'\u201d the company said.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).not.toContain("Royal");
    expect(
      sheet.threat_actors.filter((a) => a.names.some((n) => ["APT15", "Vixen Panda", "Nickel"].includes(n))),
    ).toHaveLength(1);
  });

  it("never reads a platform's group as a threat group, nor links a group named by an earlier event in the title or lead", () => {
    const platform = sheetOf(
      "Belarus: joining banned Telegram channels will land you in prison\n\nPolice published a list of banned Telegram channels. Not every Telegram group participant will be prosecuted.",
    );
    expect(platform.threat_actors.map((a) => a.names[0]?.toLowerCase())).not.toContain("telegram");
    const earlier = sheetOf(
      "Even after Emotet takedown, Office docs deliver 43% of all malware downloads\n\nMalicious Office documents made up 43% of malware downloads in the second quarter, a report says. Other groups copied the success of the Emotet crew.",
    );
    expect(linkOf(earlier, "Emotet")).not.toBe(true);
    const daysAfter = sheetOf(
      "Mail provider adds protections for journalists\n\nThe provider announced a slate of new protections for high-risk users on Friday, one day after warning 9,000 of its users that they had been targets of the state-backed group APT28.",
    );
    expect(linkOf(daysAfter, "APT28")).not.toBe(true);
  });

  it("reads catalogue names of one group listed as its other names as that one group", () => {
    const sheet = sheetOf(
      "US indicts four members of Chinese hacking group APT40\n\nThe Justice Department charged four Chinese nationals on Monday over the APT40 intrusions. Officials said the firm was responsible for hacks the security community has attributed to groups under different names, such as Kryptonite Panda, Leviathan and Gadolinium.",
    );
    const apt40 = sheet.threat_actors.filter((a) =>
      a.names.some((n) => ["APT40", "Kryptonite Panda", "Leviathan", "Gadolinium"].includes(n)),
    );
    expect(apt40).toHaveLength(1);
    expect(apt40[0]?.linked).toBe(true);
  });

  it("reads a ransomware operation as its gang and a number word opening a sentence as no group", () => {
    const sheet = sheetOf(
      "Ransomware gang hands police a free decryptor\n\nThe AvosLocker ransomware operation provided a free decryptor after learning it had encrypted a police department. A member of the AvosLocker operation said they avoid government targets.\n\nOne ransomware operation even apologised to a hospital last year.",
    );
    expect(linkOf(sheet, "AvosLocker")).toBe(true);
    expect(sheet.threat_actors.map((a) => a.names[0])).not.toContain("One");
  });

  it("links a group those arrested are said to be members of", () => {
    const sheet = sheetOf(
      "Police bust email fraud ring\n\nPolice arrested eleven people in Lagos on Monday. Some of those arrested are allegedly members of a cybercrime network called 'SilverTerrier.'",
    );
    expect(linkOf(sheet, "SilverTerrier")).toBe(true);
  });

  it("gives a group a linked operation is tied to an alleged link, read past a demonym and the group's record", () => {
    const sheet = sheetOf(
      "Bakery chain hit by Conti ransomware\n\nThe Conti ransomware gang hit a bakery chain on Monday. Conti is a ransomware operation linked to the Wizard Spider Russian cybercrime group, also known for other notorious malware.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Conti");
    expect(linkOf(sheet, "Wizard Spider")).toBe(true);
    expect(sheet.threat_actors.map((a) => a.names[0])).not.toContain("Wizard Spider Russian");
    const unlinked = sheetOf(
      "Bakery chain hit by ransomware\n\nAn unknown gang hit a bakery chain on Monday. Conti is a ransomware operation linked to the Wizard Spider Russian cybercrime group, also known for other notorious malware.",
    );
    expect(linkOf(unlinked, "Wizard Spider")).not.toBe(true);
  });

  it("never links a group used only for comparison, even when the lead names it", () => {
    const sheet = sheetOf(
      "Hijacked newsletter account sends lures to restaurant customers\n\nThe campaign mirrors earlier Nobelium attacks on mass-mailing services.\n\nResearchers at Ardent Labs said the emails carried links to a credential-harvesting page. “We have no evidence to suggest the same actors are involved; it looks like a case of copying a successful attack used by Nobelium,” the report said.\n\nNobelium has been credited with several attacks on government networks.",
    );
    expect(linkOf(sheet, "Nobelium")).toBe(false);
  });

  it("links the groups a sentence introduces as a list, and not one named only in a past year", () => {
    const sheet = sheetOf(
      "Three espionage groups hit regional telecom operators\n\nAt least four telecom operators in the region were breached over the past year.\n\nIn a report published earlier today, Ardent Labs linked the intrusions to three clusters of activity:\n\nNaikon APT\n\nTG-3390 (APT27, Emissary Panda)\n\nMuddyWater\n\nIn 2019, the Lazarus Group was blamed for a similar breach at another operator.",
    );
    expect(linkOf(sheet, "Naikon")).toBe(true);
    expect(linkOf(sheet, "APT27")).toBe(true);
    expect(linkOf(sheet, "MuddyWater")).toBe(true);
    expect(linkOf(sheet, "Lazarus Group")).toBe(false);
    // The three names of one group stay one actor.
    expect(sheet.threat_actors.filter((a) => a.names.includes("Emissary Panda"))).toHaveLength(1);
  });

  it("does not link a group whose attribution the article reports as disputed, and keeps the one it names instead", () => {
    const sheet = sheetOf(
      "Researchers tie India campaign to Chinese group\n\nResearchers at Ardent Labs said APT41 is behind a campaign against Indian firms. A rival vendor's report attributes the intrusions to the Evilnum APT group, but the Ardent researchers disagreed, citing several reasons why they believe the culprit is APT41.",
    );
    expect(linkOf(sheet, "Evilnum")).toBe(false);
    expect(linkOf(sheet, "APT41")).toBe(true);
  });

  it("never links a group behind a case from months before, named by its month", () => {
    const sheet = sheetOf(
      "Police arrest ransomware suspect\n\nProvincial police arrested a man in Halifax this week over attacks on a hospital. An analyst pointed to the March arrest of another man who the Justice Department said was behind the Netwalker ransomware attacks.",
      "2021-12-03",
    );
    expect(linkOf(sheet, "Netwalker")).not.toBe(true);
  });

  it("links a group whose theft last month the article reports", () => {
    const sheet = sheetOf(
      "Fashion house confirms data breach\n\nThe company confirmed a data breach after files were stolen by the AlphV ransomware operation in December and published today. The AlphV ransomware gang demanded $3 million.",
      "2022-01-18",
    );
    expect(linkOf(sheet, "AlphV")).toBe(true);
  });

  it("keeps a denial of another case from undoing the article's own link", () => {
    const sheet = sheetOf(
      "Russian group targets Ukrainian agencies with spear-phishing\n\nMicrosoft said a hacking group known as Gamaredon has been behind a streak of spear-phishing emails sent to Ukrainian agencies since October.\n\nThe group is also tracked as Armageddon and Primitive Bear.\n\nGamaredon is not linked to last month's wiper attacks on government websites.",
    );
    expect(linkOf(sheet, "Gamaredon")).toBe(true);
  });

  it("reports a group believed to be behind the incident as linked, and a rebrand named apart as its own actor", () => {
    const sheet = sheetOf(
      "Grain cooperative hit by ransomware\n\nA ransomware group believed to be the latest incarnation of the DarkSide gang is being blamed for an attack on a grain cooperative.\n\nThe BlackMatter ransomware gang listed the cooperative on its leak site and demanded $5.9 million.",
    );
    const names = sheet.threat_actors.map((a) => a.names[0]);
    expect(names).toContain("DarkSide");
    expect(names).toContain("BlackMatter");
    expect(linkOf(sheet, "BlackMatter")).toBe(true);
  });

  it("joins an unlisted gang name to its catalogue alias", () => {
    const sheet = sheetOf(
      "Police arrest 11 suspected BEC scammers\n\nInterpol said eleven people were arrested in Nigeria, all members of the TMT gang.\n\nInterpol believes that some of the arrested individuals belong to the BEC gang known as TMT (aka SilverTerrier).",
    );
    const gang = sheet.threat_actors.find((a) => a.names.includes("SilverTerrier"));
    expect(gang?.names).toContain("TMT");
    expect(gang?.linked).toBe(true);
  });

  it("does not read everyday phrases from ransomware catalogues as gangs", () => {
    const sheet = sheetOf(
      "Patch Tuesday fixes 67 flaws\n\nMicrosoft fixed 67 vulnerabilities, one of them exploited, according to The Wall Street Journal.\n\nDevices running Windows 10 Enterprise might fail to activate. Expect attacks over the Christmas period.",
    );
    expect(sheet.threat_actors).toEqual([]);
  });
  it("links the group said to run the operation behind the attack, with the article's hedge", () => {
    const sheet = sheetOf(
      "Regional insurer hit by Conti ransomware\n\nA regional insurer said Conti ransomware encrypted its claims servers on Monday. Customers cannot file claims online, and the insurer has hired outside responders to restore its systems.\n\nWho is Conti?\n\nConti is a ransomware-as-a-service operation thought to be run by a Russian-speaking cybercrime group tracked as Wizard Spider.\n\nIn 2019, the Lazarus Group was blamed for a similar attack on another insurer.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Conti");
    expect(linkOf(sheet, "Wizard Spider")).toBe(true);
    expect(linkOf(sheet, "Lazarus Group")).toBe(false);
  });

  it("does not link a group a police report names only for one suspect's side case", () => {
    const sheet = sheetOf(
      "Russia charges 8 suspected REvil ransomware gang members\n\nEight members of the REvil gang detained by Russian police in January face criminal charges. Prosecutors say the suspects ran the REvil ransomware gang for two years.\n\nAn official said one of the 14 raided suspects was also responsible for the attack that disrupted a fuel pipeline. The malware was deployed by the DarkSide ransomware gang, later rebranded as BlackMatter.",
    );
    expect(linkOf(sheet, "REvil")).toBe(true);
    expect(linkOf(sheet, "DarkSide")).toBe(false);
  });

  it("links a group whose members today's sanctions name, and not one charged in an earlier case", () => {
    const sheet = sheetOf(
      "Treasury sanctions crypto broker used by ransomware gangs\n\nThe Treasury sanctioned a crypto broker that laundered ransom payments. The list of earlier ransomware sanctions includes the SamSam operators.\n\nThe US also charged multiple Evil Corp members for stealing over $100 million.\n\nToday, the Treasury also sanctioned REvil affiliates Ivan Petrov and Oleg Smirnov for deploying ransomware.",
    );
    expect(linkOf(sheet, "REvil")).toBe(true);
    expect(linkOf(sheet, "Evil Corp")).toBe(false);
  });

  it("keeps the aliases an article gives for one group as one actor, and a rebrand apart", () => {
    const sheet = sheetOf(
      "Firmware implant found on a transport firm's network\n\nThe implant is believed to be the work of APT41, a Chinese-speaking hacking group also known as Winnti or Double Dragon. The intrusion was attributed to a group tracked as Phosphorus (aka APT35, Charming Kitten, Newscaster, TA453, Magic Hound).\n\nThe DarkSide ransomware gang shut down in May.\n\nLess than two months later, a new ransomware operation known as BlackMatter emerged.",
    );
    expect(sheet.threat_actors.filter((a) => a.names.includes("Winnti"))).toHaveLength(1);
    expect(sheet.threat_actors.find((a) => a.names.includes("Winnti"))?.names).toContain("APT41");
    expect(sheet.threat_actors.find((a) => a.names.includes("TA453"))?.names).toContain("APT35");
    expect(sheet.threat_actors.find((a) => a.names.includes("BlackMatter"))?.names).not.toContain("DarkSide");
  });

  it("joins aliases given as 'also known internally as' and, with the word dropped, 'also known'", () => {
    for (const joint of ["also known internally as", "also known"]) {
      const sheet = sheetOf(
        `Gang behind new ransomware demands $30 million\n\nThe Evil Corp hacking group, ${joint} Indrik Spider, hit a retailer last week with a new strain.`,
      );
      expect(sheet.threat_actors.filter((a) => a.names.includes("Indrik Spider"))).toHaveLength(1);
      expect(sheet.threat_actors.find((a) => a.names.includes("Indrik Spider"))?.names).toContain(
        "Evil Corp",
      );
    }
  });

  it("keeps catalogue groups the article names as one ('also tracked as X and Y') as one actor, and groups merely listed apart", () => {
    const sheet = sheetOf(
      "Ransomware gang exploits file-transfer flaw\n\nThe Clop ransomware gang, also tracked as TA505 and FIN11, is exploiting a flaw in a file-transfer server to breach corporate networks.\n\nResearchers said the Conti and LockBit gangs used similar tricks last year, and that groups such as FIN7 sell access to ransomware gangs such as REvil (aka Sodinokibi).",
    );
    const clop = sheet.threat_actors.filter((a) =>
      a.names.some((n) => ["Clop", "TA505", "FIN11"].includes(n)),
    );
    expect(clop).toHaveLength(1);
    expect(clop[0]?.names).toEqual(expect.arrayContaining(["Clop", "TA505", "FIN11"]));
    expect(clop[0]?.linked).toBe(true);
    expect(sheet.threat_actors.find((a) => a.names.includes("Conti"))?.names).not.toContain("LockBit");
    expect(sheet.threat_actors.find((a) => a.names.includes("FIN7"))?.names).not.toContain("REvil");
  });

  it("reads WannaCry and NotPetya as the software of an outbreak, never a gang, and 'unlike ransomware attacks' as no ransomware", () => {
    const sheet = sheetOf(
      "Hospital trust still runs unpatched machines\n\nThe WannaCry ransomware attack crippled the trust's hospitals in 2017, and the NotPetya attack hit its suppliers weeks later.",
      "2021-11-08",
    );
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    expect(actors).not.toContain("WannaCry");
    expect(actors).not.toContain("NotPetya");
    expect(sheet.malware.map((m) => m[0])).toEqual(expect.arrayContaining(["WannaCry", "NotPetya"]));
    const wiper = sheetOf(
      "Wiper hits railway operator\n\nA wiper erased the railway's ticketing servers on Friday. Unlike ransomware attacks, wiper attacks are not used to generate revenue.",
      "2021-11-08",
    );
    expect(wiper.event_types).not.toContain("attack/ransomware");
  });

  it("does not link groups named in news the article's own 'came as', another case's attribution", () => {
    const sheet = sheetOf(
      "US indicts four members of Chinese hacking group APT40\n\nThe Justice Department charged four members of APT40 on Monday with hacking dozens of companies.\n\nThe charges also came as western governments blamed the recent campaign against Microsoft Exchange servers on Chinese state-sponsored hackers, naming APT31 and APT40 as two of the entities behind the Hafnium group.",
      "2021-07-19",
    );
    expect(linkOf(sheet, "APT40")).toBe(true);
    expect(linkOf(sheet, "APT31")).not.toBe(true);
    expect(linkOf(sheet, "Hafnium")).not.toBe(true);
  });

  it("links a group said to have conducted the attack before a 'such as' list of its other names, not one whose record is listed", () => {
    const conducted = sheetOf(
      "Trucking firm reports data breach after ransomware attack\n\nThe firm said hackers accessed employee records in December.\n\nThe attack was first blamed on a new gang. Researchers later revealed that this attack was likely conducted by members of the Evil Corp cybercrime gang, who routinely attack under different ransomware names, such as Hades, to evade US sanctions.",
      "2021-12-20",
    );
    expect(linkOf(conducted, "Evil Corp")).toBe(true);
    const record = sheetOf(
      "Malware trolls employees with fake termination emails\n\nA new phishing campaign tells employees they were fired to get them to open a malicious spreadsheet.\n\nThe malware used was created by a hacking group known as Evil Corp, which is behind various ransomware operations, such as BitPaymer and Grief.",
    );
    expect(linkOf(record, "Evil Corp")).not.toBe(true);
  });

  it("links a group named as the agent of the harm, of an attack on a victim or suffered, or of a claim, but not in a supposition or an example", () => {
    const planted = sheetOf(
      "Shipping firm finds wiper on its servers\n\nThe company said on Tuesday it had restored its systems. Investigators found that the files were planted by the group known as Iron Sleet, which has hit ports before.",
    );
    expect(linkOf(planted, "Iron Sleet")).toBe(true);
    const attackOn = sheetOf(
      "The week in ransomware\n\nIt was a busy week for ransomware, with new strains released and old ones returning. Law enforcement also kept up the pressure on gangs.\n\nThis week, the other big news is a massive attack on the Dutch electronics retailer Kamstra by the Hive ransomware operation, which encrypted its servers.",
    );
    expect(linkOf(attackOn, "Hive")).toBe(true);
    const claimed = sheetOf(
      "Health ministry restores its systems\n\nThe ministry said on Monday that most of its services were back online. Staff had worked through the weekend to restore them.\n\nResponsibility for the attack was claimed by the Lapsus$ group, which said it had taken 50TB of data.",
    );
    expect(linkOf(claimed, "Lapsus")).toBe(true);
    const suffered = sheetOf(
      "The week in ransomware\n\nIt was a busy week for ransomware, with new strains released and old ones returning. Law enforcement also kept up the pressure on gangs.\n\nMarine services firm Harbour Line has suffered a Clop ransomware attack that let the gang steal company data.",
    );
    expect(linkOf(suffered, "Clop")).toBe(true);
    const example = sheetOf(
      "LockBit now encrypts domains\n\nThe LockBit gang has a new feature that pushes its encryptor through group policies.\n\nOther gangs have done this before. In an Egregor attack against a retail chain, printers spat out ransom notes.",
    );
    expect(linkOf(example, "Egregor")).not.toBe(true);
    const supposed = sheetOf(
      "How to recover from ransomware\n\nBackups are the best defence against data loss. Firms that keep offline copies recover in days rather than weeks, a survey of 400 companies found.\n\nInsurers now ask for proof of tested backups before they renew a policy.\n\n“If the documents were encrypted by the Conti gang, a decryptor may not exist,” the adviser said.",
    );
    expect(linkOf(supposed, "Conti")).not.toBe(true);
  });

  it("links a gang whose members police detained in the days before the article", () => {
    const sheet = sheetOf(
      "Court extends custody of ransomware suspects\n\nA court in Moscow extended the custody of three suspects by two months.\n\nOn January 14, the security service detained members of the REvil gang in raids across five regions.",
      "2022-01-21",
    );
    expect(linkOf(sheet, "REvil")).toBe(true);
  });

  it("reads 'the X hackers' in a story of attacks as a threat actor, joined to its catalogue entry", () => {
    const sheet = sheetOf(
      "Insurer's customer files published online\n\nThe Black Lantern hackers leaked the files of 30,000 customers on Sunday after the insurer refused to pay.\n\nMicrosoft said a hacking group known as Gamaredon has also targeted insurers. Gamaredon Group is tracked by others as Primitive Bear.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toContain("Black Lantern");
    expect(sheet.threat_actors.filter((a) => a.names.some((n) => /^Gamaredon/.test(n)))).toHaveLength(1);
  });

  it("does not read the tail of a longer capitalised name as a catalogue group or tool", () => {
    const sheet = sheetOf(
      "Israeli insurer hit by hackers\n\nThe Black Shadow group said it stole customer records from the insurer. The company said Microsoft Defender flagged the intrusion and that the Praying Mantis exhibit at its museum was not affected.",
    );
    const names = sheet.threat_actors.flatMap((a) => a.names);
    expect(names).not.toContain("Shadow");
    expect(names).not.toContain("Praying Mantis");
    expect(sheet.malware.flat()).not.toContain("Defender");
  });

  it("reads two families joined before one plural 'gangs' as two gangs", () => {
    const sheet = sheetOf(
      "Ransomware activity stays strong\n\nRecent moves from the LockBit 2.0 and BlackCat gangs show the scourge is far from over, researchers said on Monday.",
    );
    const names = sheet.threat_actors.flatMap((a) => a.names);
    expect(names).toEqual(expect.arrayContaining(["LockBit 2.0", "BlackCat"]));
  });

  it("reads a designator one letter off a named group as that group misspelt, not a second group", () => {
    const sheet = sheetOf(
      "France warns of APT31 attacks on French organizations\n\nThe national cyber-security agency warned of attacks coordinated by the Chinese-backed APP31 hacking group. APT31 is also known as Zirconium.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toEqual(["APT31"]);
  });

  it("reads gangs listed before a plural 'operations' as gangs, and rivals named for their retirement as background", () => {
    const rivals = sheetOf(
      "An interview with the Pinecone ransomware gang\n\nAfter the sudden retirement of rival operations DarkSide, Avaddon, and REvil, the Pinecone gang has become one of the largest ransomware platforms. Its operator agreed to answer our questions.",
    );
    expect(linkOf(rivals, "DarkSide")).toBe(false);
    expect(linkOf(rivals, "REvil")).toBe(false);
    const pressure = sheetOf(
      "Ransomware gang hands decryptor to a police department\n\nThe gang gave the police department a free decryptor after encrypting its servers. The department said no data was lost.\n\nGangs fear attacks on police. Law enforcement has arrested members of several gangs this year.\n\nThis pressure has had an effect, with numerous ransomware operations shutting down, including the DarkSide, Avaddon, and REvil operations.",
    );
    expect(pressure.threat_actors.map((a) => a.names[0])).toEqual(
      expect.arrayContaining(["DarkSide", "Avaddon", "REvil"]),
    );
    expect(linkOf(pressure, "Avaddon")).toBe(false);
  });

  it("links a gang that is exploiting or targeting now, not a list of groups or a gang's earlier hit", () => {
    const now = sheetOf(
      "Ransomware round-up: arrests and new tactics\n\nPolice arrested two affiliates this week. Researchers published a report on initial access brokers.\n\nAnalysts also looked at a new decryptor. The Night Sky ransomware gang has started to exploit the Log4Shell flaw to gain access to VMware Horizon servers.",
    );
    expect(linkOf(now, "Night Sky")).toBe(true);
    const others = sheetOf(
      "Hackers strike Palestine with political lures\n\nThe Arid Viper group sent lures to officials this month.\n\nAnalysts also described other activity in the region. MuddyWater, Phosphorus, and Moses Staff are targeting entities in Turkey, the US, and Israel.",
    );
    expect(linkOf(others, "Moses Staff")).toBe(false);
    const earlier = sheetOf(
      "Insurer discloses ransomware attack\n\nThe insurer said a ransomware attack hit its Singapore branch. It gave no details.\n\nOther insurers were hit this year. In May, the Avaddon ransomware gang hit branches of another insurer in Thailand.",
    );
    expect(linkOf(earlier, "Avaddon")).toBe(false);
  });

  it("links a round-up item heading's gang as the subject of its harm, not a strain's platform or a gang named after a preposition", () => {
    const sheet = sheetOf(
      [
        "The Week in Ransomware - March 4th 2022 - Busy week",
        "This week was busy, with attacks on a dairy cooperative and a regional airline.",
        "March 1st 2022",
        "Dunmore ransomware hits Ohio dairy cooperative, steals member data",
        "The Dunmore ransomware gang encrypted servers of the cooperative on Sunday and posted its files.",
        "Hive ransomware gang now targeting Linux servers",
        "A researcher found a new version of Hive that encrypts Linux servers.",
        "Initial access broker teams up with spammers for Conti ransomware attacks",
        "An access broker is selling footholds in networks to affiliates of another operation.",
        "Regional airline discloses cyberattack",
        "The airline said its booking system was down for two days.",
      ].join("\n\n"),
    );
    expect(linkOf(sheet, "Dunmore")).toBe(true);
    expect(linkOf(sheet, "Hive")).toBe(false);
    expect(linkOf(sheet, "Conti")).toBe(false);
  });

  it("keeps a round-up item's police action on a gang linked beside the gang its lead names", () => {
    const sheet = sheetOf(
      [
        "The Week in Ransomware - April 8th 2022 - Arrests and returns",
        "It was a busy week, with police making arrests and the return of the LockBit ransomware gang. Researchers also released a free decryptor for an older strain.",
        "Russia charges 5 suspected Conti ransomware gang members",
        "Five members of the Conti ransomware operation detained last week now face criminal charges.",
        "Airline discloses cyberattack",
        "The airline said its booking system was down for two days.",
        "Dairy cooperative restores systems",
        "The cooperative said it had restored its servers from backups.",
      ].join("\n\n"),
    );
    expect(linkOf(sheet, "LockBit")).toBe(true);
    expect(linkOf(sheet, "Conti")).toBe(true);
  });

  it("reads a catalogue name the article gives a victim company as the company, not as a gang", () => {
    const sheet = sheetOf(
      "Payroll disrupted after Kronos ransomware attack\n\nWorkforce software provider Kronos has suffered a ransomware attack that took its cloud payroll service offline. Employers said the Kronos ransomware attack delayed wages for thousands of workers.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).not.toContain("Kronos");
    expect(sheet.organizations.map((o) => o[0])).toContain("Kronos");
    // A coined gang name stays the gang where someone attacks it.
    const gang = sheetOf(
      "DarkSide ransomware gang loses its servers\n\nThe DarkSide ransomware gang lost access to its servers after an attack on DarkSide infrastructure, the gang told affiliates.",
    );
    expect(linkOf(gang, "DarkSide")).toBe(true);
  });

  it("does not link a gang whose news is the decryption keys it hands out", () => {
    const sheet = sheetOf(
      "The Week in Ransomware - decryptors and arrests\n\nThis week brought free decryptors for several strains.\n\nWe saw the Maze gang reemerge briefly this week as they shared the master decryption keys for the Egregor, Maze, and Sekhmet ransomware operations. Victims can now recover their files for free.",
    );
    expect(linkOf(sheet, "Maze")).toBe(false);
    const released = sheetOf(
      "Decryptor keys published for Egregor, Sekhmet ransomware operations\n\nVictims of the Egregor and Sekhmet ransomware operations can now recover their files: the master decryption keys were posted on a forum on Tuesday by a user claiming to be their developer.",
    );
    expect(linkOf(released, "Egregor")).toBe(false);
    expect(linkOf(released, "Sekhmet")).toBe(false);
  });

  it("does not link a strain for what it can now encrypt, nor for an attack years before a court's payout", () => {
    const capability = sheetOf(
      "The week in ransomware: arrests and decryptors\n\nPolice arrested twelve affiliates this week. A decryptor for one strain was also released.\n\nOther news this week:\n\nHive ransomware now encrypts Linux and FreeBSD systems\n\nThe Hive gang first appeared in June 2021.",
    );
    expect(linkOf(capability, "Hive")).toBe(false);
    const payout = sheetOf(
      "Shipping firm awarded $300M insurance payout over NotPetya attack\n\nA court ruled that the shipping firm's insurers must pay for losses it suffered because of the 2017 NotPetya cyberattacks.",
    );
    expect(linkOf(payout, "NotPetya")).not.toBe(true);
    expect(payout.malware.map((m) => m[0])).toContain("NotPetya");
  });

  it("links the group behind the activity and the work of a group in the attacks that have targeted servers", () => {
    const behind = sheetOf(
      "Prosecutors' email accounts breached by state hackers\n\nThe breach hit 27 offices. The White House named the intelligence service's hacking division (aka Cozy Bear) as the group behind the cyber espionage activity, which gave them access to federal networks.",
    );
    expect(linkOf(behind, "Cozy Bear")).toBe(true);
    const work = sheetOf(
      "Vendor links file-server zero-day to Chinese group\n\nThe vendor said today that the recent wave of attacks that have targeted its file transfer servers are the work of a Chinese hacking group it tracks as DEV-0401.",
    );
    expect(linkOf(work, "DEV-0401")).toBe(true);
  });

  it("does not link another group a concession sets against the charged one, and hedges 'some experts'", () => {
    const court = sheetOf(
      "Court charges six alleged REvil ransomware members\n\nA Moscow court charged six men on Friday. The men were detained in January. They face up to seven years in prison.\n\nWhile the attack on a fuel supplier was attributed to the DarkSide ransomware group, experts said those involved were closely associated with REvil.",
    );
    expect(linkOf(court, "REvil")).toBe(true);
    expect(linkOf(court, "DarkSide")).not.toBe(true);
    const hedged = sheetOf(
      "Defacement wave hits ministry websites\n\nDozens of ministry websites were defaced this week. Some security experts have attributed the attacks to Ghostwriter, a group linked to Belarus.",
    );
    const record = recordOf(
      "Defacement wave hits ministry websites\n\nDozens of ministry websites were defaced this week. Some security experts have attributed the attacks to Ghostwriter, a group linked to Belarus.",
    );
    expect(linkOf(hedged, "Ghostwriter")).toBe(true);
    expect(record.attributions.map((a) => a.modality)).toEqual(["alleged"]);
  });

  it("links a group the article's activity 'was linked to', named with its kind spelt out ('Advanced Persistent Threat')", () => {
    const text =
      "Mobile carrier's mail server infiltrated\n\nIntruders read mail on a regional mobile carrier's server for a year, researchers said on Tuesday.\n\nThe earliest activity the researchers found at the carrier was linked to suspected Chinese state-sponsored group Calypso Advanced Persistent Threat (APT). It dates back to at least July.";
    expect(linkOf(sheetOf(text), "Calypso")).toBe(true);
    const record = recordOf(text);
    expect(record.attributions.map((a) => a.modality)).toContain("alleged");
  });

  it("links a group 'responsible for widespread attacks' the article reports, outside the lead", () => {
    const sheet = sheetOf(
      "Spies plant evidence on activists' laptops\n\nThere is more than one way to silence a critic.\n\nIntruders are hijacking the laptops of activists and planting files on them, researchers warn.\n\nAccording to the researchers, a group dubbed ModifiedElephant has been responsible for widespread attacks targeting activists, academics and lawyers across India.",
    );
    expect(linkOf(sheet, "ModifiedElephant")).toBe(true);
  });

  it("does not link a gang behind an attack the article names by another victim", () => {
    const sheet = sheetOf(
      "Grain cooperative hit with ransomware\n\nPrairie Gold, a Kansas grain cooperative, said on Tuesday that a ransomware attack had shut down its payment systems. It did not say which strain hit it.\n\nThe attack came days after another one on a farm supplier. The BlackMatter gang, which experts tie to DarkSide, was credited for that intrusion. The threat actors behind the Harvest Mills attack are demanding a $4 million ransom.",
    );
    expect(linkOf(sheet, "BlackMatter")).toBe(false);
    expect(linkOf(sheet, "DarkSide")).toBe(false);
    const own = sheetOf(
      "Grain cooperative hit with ransomware\n\nPrairie Gold, a Kansas grain cooperative, said on Tuesday that a ransomware attack had shut down its payment systems.\n\nResearchers said the BlackMatter gang was behind the Prairie Gold attack.",
    );
    expect(linkOf(own, "BlackMatter")).toBe(true);
  });

  it("does not link a peer gang that police hit, nor the attack behind a lawsuit's losses", () => {
    const peer = sheetOf(
      "Conti gang moves its Bitcoin after REvil got hit by law enforcement\n\nThe operators of the Conti ransomware moved their Bitcoin reserves after news broke that fellow ransomware gang REvil had its servers taken over by police.",
    );
    expect(linkOf(peer, "Conti")).toBe(true);
    expect(linkOf(peer, "REvil")).toBe(false);
    const suit = sheetOf(
      "Drug maker wins cyber-insurance lawsuit related to NotPetya attack\n\nA court ruled in favour of the drug maker in a lawsuit against its insurer, which declined to cover the losses caused by the NotPetya ransomware attack.",
    );
    expect(linkOf(suit, "NotPetya")).not.toBe(true);
  });

  it("lists the gangs a list of gangs names, links none given as examples, and reads tools listed as tools", () => {
    const listed = sheetOf(
      "Treasury sanctions crypto exchange\n\nThe exchange took in $13 million from ransomware gangs like Ryuk and Conti, officials said.",
    );
    expect(listed.threat_actors.map((a) => a.names[0])).toEqual(["Ryuk", "Conti"]);
    const compared = sheetOf(
      "Old ransomware gang releases keys\n\nThe Quark gang released decryption keys on Friday. While the gang kept infecting victims, its numbers never matched attacks carried out by larger operations like REvil, Ryuk, or BitPaymer.",
    );
    expect(linkOf(compared, "REvil")).toBe(false);
    expect(linkOf(compared, "BitPaymer")).toBe(false);
    const learning = sheetOf(
      "An interview with Quark: a new ransomware group that's learning from the mistakes of DarkSide and REvil\n\nIn July, a new ransomware gang started posting advertisements claiming that it combined the features of notorious groups like REvil and DarkSide.",
    );
    expect(linkOf(learning, "DarkSide")).toBe(false);
    const tools = sheetOf(
      "FBI warns of ransomware group\n\nApplications and services used by the group's operators include IcedID, Cobalt Strike and Mimikatz.",
    );
    expect(tools.threat_actors).toEqual([]);
  });

  it("does not read a ransomware catalogue's plain word as a gang where it names a vendor's product", () => {
    const sheet = sheetOf(
      "Spies breached prosecutors' email through IT vendor\n\nThe group behind the espionage activity exploited the NetLume Orion platform to reach 27 offices.\n\nThe NetLume Orion supply-chain attack\n\nThe attackers trojanized the Orion Software Platform build system. Separately, the Russia-based Conti ransomware gang hit a hospital on Monday.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).not.toContain("Orion");
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Conti");
  });

  it("names a gang without the kind word a catalogue alias carries ('the BlackByte ransomware gang')", () => {
    const sheet = sheetOf(
      "Ransomware gang breaches networks through Exchange\n\nThe BlackByte ransomware gang is now breaching corporate networks by exploiting unpatched Exchange servers.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toContain("BlackByte");
  });

  it("does not link a gang named in the lead for its leaked code or for the keys to its encryption", () => {
    const code = sheetOf(
      "New ransomware is yet another spawn of the leaked Babuk code\n\nResearchers say the new strain reuses code from the Babuk ransomware, whose source leaked in September.",
    );
    expect(linkOf(code, "Babuk")).toBe(false);
    const keys = sheetOf(
      "Ransomware developer releases master decryption keys\n\nA developer shared the master decryption keys for the Egregor and Sekhmet ransomware operations on a forum.",
    );
    expect(linkOf(keys, "Egregor")).toBe(false);
    expect(linkOf(keys, "Sekhmet")).toBe(false);
    const published = sheetOf(
      "Decryption Keys Published for Egregor and Maze Ransomware Gangs\n\nA user of a hacking forum posted the keys on Tuesday, and a security firm said they work for victims of both gangs.",
    );
    expect(linkOf(published, "Egregor")).toBe(false);
    expect(linkOf(published, "Maze")).toBe(false);
  });

  it("does not link the groups a new gang claims to succeed, rebrand or borrow from", () => {
    const sheet = sheetOf(
      "New ransomware gang claims to be Darkside and REvil successor\n\nA ransomware operation launched this week, claiming to combine the best features of the now-defunct Darkside and REvil groups, researchers said. Its first victim was a logistics firm in Ohio.",
    );
    expect(linkOf(sheet, "Darkside")).toBe(false);
    expect(linkOf(sheet, "REvil")).toBe(false);
    const rebrand = sheetOf(
      "Grief gang is a rebrand of DoppelPaymer, researchers say\n\nThe Grief ransomware gang encrypted the systems of a Greek city this week, researchers said.",
    );
    expect(linkOf(rebrand, "DoppelPaymer")).toBe(false);
    const ashes = sheetOf(
      "BlackMatter ransomware gang rises from the ashes of DarkSide, REvil\n\nA new ransomware operation named BlackMatter is now active and says it combines the tools of other gangs. It hit a Texas hospital on Monday and demanded $2 million, researchers said.",
    );
    expect(linkOf(ashes, "BlackMatter")).toBe(true);
    expect(linkOf(ashes, "DarkSide")).toBe(false);
  });

  it("reads 'West African BEC gang' as a description of a gang, not its name", () => {
    const sheet = sheetOf(
      "Software maker takes control of 17 domains\n\nThe company seized 17 domains used by a West African BEC gang to impersonate its customers.",
    );
    expect(sheet.threat_actors).toEqual([]);
  });

  it("lists a gang known only by its coined name in a ransomware report, unlinked, and its alias 'also known by'; the rival it overtook is not linked", () => {
    const sheet = sheetOf(
      "AvosLocker overtakes Conti as most active ransomware crew\n\nOvertaking the Conti ransomware gang, AvosLocker hit more schools and hospitals in March than any other group, a security firm said in its monthly report. AvosLocker, which is also known by Avos, regularly threatens to publish stolen data of victims that refuse to pay.",
    );
    const avos = sheet.threat_actors.filter((a) => a.names.includes("AvosLocker"));
    expect(avos).toHaveLength(1);
    expect(avos[0]?.names).toContain("Avos");
    expect(avos[0]?.linked).toBe(false);
    expect(linkOf(sheet, "Conti")).toBe(false);
    const elsewhere = sheetOf(
      "Chip designer hit by data theft\n\nAttackers stole design files from a chip designer's servers. The file names resembled those seen with AvosLocker in other incidents, the firm said.",
    );
    expect(elsewhere.threat_actors).toEqual([]);
  });

  it("reads a group's alias the article gives only to software as the tool, not the group", () => {
    const sheet = sheetOf(
      "Agencies attribute old ICS campaigns\n\nThe FBI and CISA also formally attributed five other hacking campaigns to foreign governments, including attributing the Havex malware to Russian nation-state actors and the Shamoon malware to Iranian actors.",
    );
    expect(sheet.threat_actors).toEqual([]);
    expect(sheet.malware.map((m) => m[0])).toContain("Havex");
  });
});

describe("groups that are the ones attacked", () => {
  it("links no group a title says was ransomed or hacked, nor one a sentence calls 'a victim of' an attack", () => {
    const ransomed = sheetOf(
      "Drakon Ransomware Gang Ransomed, Its Forum Flooded With Spam\n\nThe Drakon ransomware gang's new rebrand isn't going well. A spammer flooded its forum with junk on Saturday and demanded $5,000.\n\nBy early this month, the group had renamed its leak site and opened a new affiliate programme.",
    );
    expect(linkOf(ransomed, "Drakon")).toBe(false);
    const victim = sheetOf(
      "Spammer floods dark web forum\n\nA spammer flooded a dark web forum with junk on Saturday. The spammer demanded $5,000 to stop, researchers said.\n\nThe forum was launched in July by the Drakon ransomware gang. It seems the cybercriminal group has been a victim of an attack of its own.",
    );
    expect(linkOf(victim, "Drakon")).not.toBe(true);
  });
});

describe("a gang's earlier names", () => {
  it("links no earlier strain that only stopped listing victims on its leak site, and reads 'ransomware known as X' as software", () => {
    const sheet = sheetOf(
      "Hunting association named on ransomware leak site\n\nThe Vexmoor ransomware gang claims to have attacked a national hunting association and leaked files as proof.\n\nThe crew moved to ransomware in 2017, when they put out ransomware known as BitPaymer, which grew into the DoppelPaymer ransomware operation in 2019.\n\nTheir first ransomware, DoppelPaymer, kept that name until May 2021, when they stopped listing new victims on their data leak site.",
    );
    expect(linkOf(sheet, "Vexmoor")).toBe(true);
    expect(linkOf(sheet, "DoppelPaymer")).not.toBe(true);
    expect(sheet.malware.flat()).toContain("BitPaymer");
  });
});

describe("groups described by their record", () => {
  it("links no group an apposition describes as 'the gang that was behind' an attack the article only recalls; a sentence that says it did this still links", () => {
    const keys = sheetOf(
      "Lawmakers question FBI decision on decryption keys\n\nLawmakers on Thursday asked the FBI why it waited three weeks to share decryption keys with victims. The bureau said it was planning an operation at the time. The committee wants a briefing by October 15.\n\nThe FBI obtained the keys because it accessed the servers of the Drakon ransomware gang, a Russia-based criminal group that was behind the massive attack.",
      "2021-09-30",
    );
    expect(linkOf(keys, "Drakon")).toBe(false);
    const attack = sheetOf(
      "Software maker recovers from attack\n\nA software maker restored its systems on Thursday. Its customers were offline for a week. The company has not paid a ransom.\n\nInvestigators said the Drakon gang was behind the massive attack.",
      "2021-09-30",
    );
    expect(linkOf(attack, "Drakon")).toBe(true);
  });

  it("reads a passive cue ('attacked by') as linking the agent right after it, not a name past a new clause; a naming clause still leads to it", () => {
    const sheet = sheetOf(
      "Spyware spreads through industrial firms\n\nResearchers found new spyware on thousands of computers. It spread through pirated software installers. Most victims are in Asia.\n\nSome of the firms attacked by the Kelvar gang have business ties with clients of the Ostrava gang, researchers said.",
      "2021-12-20",
    );
    expect(linkOf(sheet, "Kelvar")).toBe(true);
    expect(linkOf(sheet, "Ostrava")).toBe(false);
    const named = sheetOf(
      "Spyware spreads through industrial firms\n\nResearchers found new spyware on thousands of computers. It spread through pirated software installers. Most victims are in Asia.\n\nThe company said the spyware was the work of a new group the company was tracking as the Ostrava gang.",
      "2021-12-20",
    );
    expect(linkOf(named, "Ostrava")).toBe(true);
  });
});

describe("gangs a relative clause lists", () => {
  it("links the gangs 'that carried out attacks against' the victims, bracketed alias and all, but not those 'that have released keys'", () => {
    const sheet = sheetOf(
      "FBI: Ransomware gangs hit county clinics\n\nThe FBI warned on Tuesday that ransomware gangs have hit several county clinics. Clinics shut their doors for days.\n\nRansomware gangs that carried out attacks against the clinics include REvil (Sodinokibi), Ryuk, Snatch, and Cuba.\n\nOther ransomware gangs that have released master decryption keys include Avaddon and Ziggy.",
      "2021-11-05",
    );
    for (const name of ["REvil", "Ryuk", "Snatch", "Cuba"]) expect(linkOf(sheet, name)).toBe(true);
    expect(sheet.countries).not.toContain("CU");
    expect(linkOf(sheet, "Avaddon")).toBe(false);
    expect(linkOf(sheet, "Ziggy")).toBe(false);
  });
});

describe("attacks 'coordinated by' a group", () => {
  it("links the group the lead says 'coordinated' the attacks, whatever it did before", () => {
    const sheet = sheetOf(
      "Wiper attacks on rail network tied to earlier breaches\n\nThe destructive attacks that targeted the national rail network were coordinated by a threat actor dubbed Indra, who previously deployed wiper malware on the networks of several firms.",
      "2021-08-16",
    );
    expect(linkOf(sheet, "Indra")).toBe(true);
  });

  it("links no group past the lead that another body 'warned of attacks coordinated by'", () => {
    const sheet = sheetOf(
      "Fuel supplier paralysed by cyberattack\n\nA fuel supplier said on Sunday that a cyberattack had halted its terminals. Its staff are restoring systems.\n\nThe company is working with outside experts. Deliveries are late.\n\nLast week, the country's intelligence service warned local firms of ongoing cyberattacks coordinated by the APT27 hacking group.",
      "2022-02-01",
    );
    expect(linkOf(sheet, "APT27")).toBe(false);
  });
});

describe("gangs listed before a clause that tells their attacks", () => {
  it("links the gangs 'which have launched attacks on' the title's victims, not those whose attacks hit others", () => {
    const own = sheetOf(
      "County clinics losing millions to ransomware\n\nThe FBI warned on Tuesday that clinics keep paying ransoms. Many have closed for days.\n\nThe alert reportedly named ransomware groups, including Ryuk, Conti and Snatch, which have launched successful attacks on clinics, stealing data.",
      "2021-11-05",
    );
    for (const name of ["Ryuk", "Conti", "Snatch"]) expect(linkOf(own, name)).toBe(true);
    const others = sheetOf(
      "County clinics losing millions to ransomware\n\nThe FBI warned on Tuesday that clinics keep paying ransoms. Many have closed for days.\n\nThe alert also named ransomware groups, including Ryuk, Conti and Snatch, which have launched successful attacks on shipping firms.",
      "2021-11-05",
    );
    for (const name of ["Ryuk", "Conti", "Snatch"]) expect(linkOf(others, name)).toBe(false);
  });
});

describe("a gang's lineage", () => {
  it("does not refer 'the threat actor' back to the gang a group 'emerged from'", () => {
    const sheet = sheetOf(
      "Agencies share defence tips for BlackMatter ransomware attacks\n\nThe agencies published an advisory on Monday. It lists the gang's tools.\n\nBlackMatter is among the top ransomware threats today. It emerged from the DarkSide ransomware gang, which shut down in May.\n\nThe threat actor steals data from its victims and publishes the files on their leak site.",
      "2021-10-18",
    );
    expect(linkOf(sheet, "BlackMatter")).toBe(true);
    expect(linkOf(sheet, "DarkSide")).toBe(false);
  });
});

describe("an earlier case the lead retells", () => {
  it("links no gang whose threat the lead retells from earlier news, beside the gang the article is about", () => {
    const sheet = sheetOf(
      'Ransomware gang threatens victims who call the police\n\nThe Nightjar ransomware gang says it will leak a victim\'s data at once if the victim calls the police.\n\nLast week, we first reported that the Cobalt Mirage ransomware gang threatened to publish stolen data if victims hired negotiators.\n\nCobalt Mirage argues that negotiators only drag talks out. "They will try to bring down the price," Cobalt Mirage posted on its data leak site.\n\nOn Monday, the Nightjar gang posted its own warning on its leak site.',
      "2021-09-10",
    );
    const linked = sheet.threat_actors.filter((a) => a.linked).map((a) => a.names[0]);
    expect(linked).toContain("Nightjar");
    expect(linked).not.toContain("Cobalt Mirage");
  });
});

describe("attacks a sanctions report dates to this month", () => {
  it("links no group experts blame for 'this month's attacks' in a report of a sanction", () => {
    const sheet = sheetOf(
      "US sanctions former official for helping foreign spies\n\nThe Treasury Department announced sanctions today against a former official for sharing information on power plants with a foreign intelligence service.\n\nEarlier this month, several government agencies were the targets of coordinated cyberattacks that defaced websites. While the government blames this month's attacks on its neighbour, some security experts have attributed them to Ghostwriter, a state-sponsored hacking group.",
      "2022-01-20",
    );
    expect(sheet.threat_actors.find((a) => a.names.includes("Ghostwriter"))?.linked).toBe(false);
  });
});

describe("a group 'implicated in' the attack", () => {
  it("links a group implicated in the attack, as alleged", () => {
    const text =
      "Grain cooperative struggles after ransomware attack\n\nA farm supply cooperative in Kansas is still restoring its systems a week after a ransomware attack. The Harvestlock ransomware group has been implicated in the attack on the cooperative, which stores grain for thousands of farmers.";
    expect(linkOf(sheetOf(text, "2021-09-25"), "Harvestlock")).toBe(true);
    expect(recordOf(text, "2021-09-25").attributions.map((a) => a.modality)).toEqual(["alleged"]);
  });
});

describe("a group 'using' a flaw or a tool", () => {
  it("links a group the lead says is using a flaw to spread a toolkit, though others track it for earlier attacks", () => {
    const linked = sheetOf(
      "Hackers are using the logging flaw to deliver a new backdoor\n\nSome state-backed hackers go to great lengths to cover their tracks. This Iran-backed group does not, according to a security firm.\n\nIran-backed hacking group Nightjar or APT35 is using the logging library vulnerability to distribute a new modular toolkit, according to the firm.\n\nAPT35 is one of several state-backed hacking groups known to have been developing tools to exploit public-facing applications.\n\nA software maker, which tracks the group as Nightjar and has called it out for increasingly using ransomware in attacks, found it had an exploit ready less than a week after the flaw's disclosure.",
      "2022-01-12",
    );
    expect(linkOf(linked, "APT35")).toBe(true);
  });
});

describe("a victim on a gang's list of victims", () => {
  it("links the gang whose list of victims the company showed up on, past the lead", () => {
    const sheet = sheetOf(
      "Car dealer hit with ransomware attack\n\nThe dealer confirmed that the ransomware attack took place in January.\n\nOne of the region's biggest car dealers was hit with a ransomware attack last month, according to a statement from the company.\n\nThe company showed up on the list of victims for the Hive ransomware on February 1 and confirmed that it was attacked in January.\n\nThe FBI spotlighted the Hive ransomware group in August 2021 after its members attacked dozens of healthcare organizations last year.\n\nIn 2021, Hive attacked at least 28 healthcare organizations, including a health system that was hit with a ransomware attack on August 15.",
      "2022-02-10",
    );
    expect(linkOf(sheet, "Hive")).toBe(true);
  });
});
