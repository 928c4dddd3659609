/**
 * Hard cases of extraction, each from invented sentences written the way news is: catalogue names
 * used as ordinary words, malware against tools and campaigns, and event and crime types from a stray
 * word. Attribution is in hard-cases-attribution.test.ts, amounts in hard-cases-amounts.test.ts, names
 * and places in hard-cases-names.test.ts, newer crime cases in hard-cases-crimes.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { FactSheet } from "../contracts.ts";
import { sheetOf } from "./sheet-of.ts";

describe("catalogue names that need a cue", () => {
  it("reads a list of software introduced after what was done with it ('Malware hosted by … included …')", () => {
    const sheet = sheetOf(
      "Hosting admins sentenced\n\nMalware hosted by the organization included Zeus, SpyEye and Citadel, prosecutors said.",
    );
    expect(sheet.malware.flat()).toEqual(expect.arrayContaining(["Zeus", "SpyEye", "Citadel"]));
  });

  it("reads the items of a list whose heading names ransomware operations as gangs, not a long item's words", () => {
    const sheet = sheetOf(
      "Gang returns under a new name\n\nThe DarkSide ransomware gang has rebranded as BlackMatter, researchers said.\n\nOther ransomware operations have also rebranded in the past, including:\n\n* Maze to Egregor\n* Nemty to Nefilim to Karma\n\nThe loader's threat actors used three tricks:\n\n* Payload delivery through a chain of droppers hidden in cracked software installers\n\nThe FBI is investigating.",
    );
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    expect(actors).toEqual(expect.arrayContaining(["Maze", "Egregor", "Nemty", "Nefilim", "Karma"]));
    expect(actors).not.toContain("Payload");
  });

  it("reads a group named like a chemical element where the text says where it operates from", () => {
    const sheet = sheetOf(
      "Software maker seizes domains of espionage crew\n\nThe company took down 40 domains used by a new crew. Earlier it targeted Barium, operating from China, and Thallium, operating from North Korea.\n\nBarium samples were not found. The lab bought barium for tests.",
    );
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    expect(actors).toEqual(expect.arrayContaining(["Barium", "Thallium"]));
    expect(sheet.threat_actors.filter((a) => a.linked)).toEqual([]);
  });
});

describe("malware", () => {
  it("reads no file's name as a family: a payload's file or a system file a dropper is named after", () => {
    const sheet = sheetOf(
      "New backdoor\n\nThe trojan, called Restore.exe, loads a backdoor tracked as Grimbolt. A dropper named Windows.Data.TimeZones.pri installs it.",
    );
    expect(sheet.malware.map((m) => m[0])).toEqual(["Grimbolt"]);
  });

  it("reads every family of a list after 'strains, such as', keeps a capitalised kind word in an unlisted name, and reads no victims of 'attacks, including'", () => {
    const sheet = sheetOf(
      "Video creators' accounts hijacked\n\nThe attackers used an assortment of infostealer strains, such as Vidar, Azorult, Grimvale Stealer, Moskat, and Tarnwick, all sold on underground forums.\n\nSome of the victims were recently hit by ransomware attacks, including Vantrel, a chip maker.",
    );
    const names = sheet.malware.map((m) => m[0]);
    expect(names).toEqual(
      expect.arrayContaining(["Vidar", "Azorult", "Grimvale Stealer", "Moskat", "Tarnwick"]),
    );
    expect(names).not.toContain("Vantrel");
  });

  it("reads ransomware strains listed in brackets after 'a ransomware attack' as software, not gangs", () => {
    const sheet = sheetOf(
      "Traffic service sells access to loaders\n\nThe loaders it pushed were seen in earlier stages of a ransomware attack (WastedLocker, Ryuk, Egregor, REvil, Cuba, Conti).",
    );
    expect(sheet.malware.map((m) => m[0])).toEqual(
      expect.arrayContaining(["WastedLocker", "Ryuk", "Egregor", "REvil", "Cuba", "Conti"]),
    );
    expect(sheet.threat_actors).toEqual([]);
    // A strain named like a country, in a list of strains, names no country.
    expect(sheet.countries).toEqual([]);
  });

  it("reads antivirus detection names, not platform lists, and families a list 'includes' as software", () => {
    const detections = sheetOf(
      "Modded messaging app infects phones\n\nThe security firm detects the payloads as Trojan-Downloader.AndroidOS.Helper.a and Trojan.AndroidOS.Subscriber.l, and Defender flags the dropper as TrojanDownloader:HTML/Donoff.SA. The variant runs on Windows/Linux/ESXi hosts.",
    );
    expect(detections.malware.map((m) => m[0])).toEqual([
      "Trojan-Downloader.AndroidOS.Helper.a",
      "Trojan.AndroidOS.Subscriber.l",
      "TrojanDownloader:HTML/Donoff.SA",
    ]);
    // Dr. Web's way of naming: platform, family, number; one with the family's own name is its alias.
    const drWeb = sheetOf(
      "Kids' watches ship with a hidden downloader\n\nDr. Web said the watch carries Android.DownLoader.3894, and that 40 games in the store hide Android.Spyloader.12.origin, a version of the Spyloader trojan. Both run on Android/iOS devices.",
    );
    expect(drWeb.malware).toEqual([
      ["Android.DownLoader.3894"],
      ["Spyloader", "Android.Spyloader.12.origin"],
    ]);
    expect(drWeb.persons).toEqual([]);
    expect(drWeb.organizations.map((o) => o[0])).toEqual(["Dr. Web"]);
    const history = sheetOf(
      "Enterprises face double extortion\n\nExtortion is now a common tactic. Well-known ransomware families include WannaCry, NotPetya and Locky.",
    );
    expect(history.malware.map((m) => m[0])).toEqual(["WannaCry", "NotPetya", "Locky"]);
    expect(history.threat_actors).toEqual([]);
  });

  it("does not read a platform or company that a malware family is also named after as that family", () => {
    const sheet = sheetOf(
      "Node.js fixes severe HTTP bug\n\nNodeJS maintainers released fixes on Tuesday. Gazprom and Netflix said they were not affected, and McAfee published guidance.",
    );
    expect(sheet.malware).toEqual([]);
  });

  it("reads families a software noun lists as malware, not gangs, and a family named for its gang as both", () => {
    const sheet = sheetOf(
      'Police detain suspects behind LockerGoga, MegaCortex, and Dharma ransomware attacks\n\nPolice detained twelve suspects on Tuesday. The group deployed ransomware families, such as LockerGoga, MegaCortex, and Dharma, on the networks of large firms.\n\nSeparately, a developer for the TrickBot gang was arrested in Seoul. The attackers ran Net group "Domain Admins" /domain to list administrators.',
    );
    const malware = sheet.malware.map((m) => m[0]);
    for (const family of ["LockerGoga", "MegaCortex", "Dharma", "TrickBot"])
      expect(malware).toContain(family);
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    expect(actors).toContain("TrickBot");
    for (const family of ["LockerGoga", "MegaCortex", "Dharma", "Net"]) expect(actors).not.toContain(family);
  });

  const malwareOf = (sheet: FactSheet) => sheet.malware.map((m) => m[0] ?? "");

  it("does not list system and administration utilities the attackers abused as malware", () => {
    const sheet = sheetOf(
      "Intruders move through a hospital network\n\nThe attackers downloaded tools with certutil, ran commands on other hosts with PsExec and exposed a server with ngrok before deploying the Conti ransomware encryptor.",
    );
    expect(malwareOf(sheet)).not.toEqual(expect.arrayContaining(["certutil"]));
    expect(malwareOf(sheet).some((m) => /psexec|ngrok/i.test(m))).toBe(false);
    expect(malwareOf(sheet)).toContain("Conti");
  });

  it("reads software from the words around a name: 'malware such as', a platform word, a campaign", () => {
    const sheet = sheetOf(
      "Telecoms targeted by espionage crew\n\nResearchers tied the intrusions to earlier activity because of the use of malware such as Winnti. The operators also spread the FluBot Android banking trojan through text messages.\n\nThe SnatchCrypto campaign was not seen in this wave.",
    );
    expect(malwareOf(sheet)).toEqual(expect.arrayContaining(["Winnti", "FluBot"]));
    expect(malwareOf(sheet)).not.toContain("SnatchCrypto");
  });

  it("names no gang for a family only spoken of as software, and no group for a named operation", () => {
    const sheet = sheetOf(
      "Exchange sanctioned over ransom payments\n\nThe group moved into ransomware; Evil Corp was seen last year using WastedLocker ransomware against a navigation maker.\n\nThe suspect was arrested after a two-year probe dubbed Operation Kestrel, in which Interpol worked with a threat actor tracking firm.",
    );
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    expect(actors).toContain("Evil Corp");
    expect(actors).not.toContain("WastedLocker");
    expect(actors).not.toContain("Operation Kestrel");
    expect(sheet.malware.map((m) => m[0])).toContain("WastedLocker");
  });

  it("does not read a catalogue alias out of words that only spell it without spaces or signs", () => {
    const sheet = sheetOf(
      "Web server patched\n\nThe maintainers said a simple fix was shipped in the latest release, Simple fix notes say. Max, the lead developer, said the malware family list was checked.",
    );
    expect(sheet.malware).toEqual([]);
  });

  it("reads every name of a list the way the words after its last name describe them", () => {
    const sheet = sheetOf(
      "Ransomware gang hands a free decryptor to a city police force\n\nThe Kestrel ransomware gang encrypted the systems of a city police department last week. The gang later handed over a free decryptor.\n\nRecent arrests include members of the REvil, Egregor, Netwalker, and Clop ransomware gangs. The pressure has led to the Avaddon and Babuk ransomware operations shutting down. Elsewhere, intruders deployed the Conti, Hive and LockBit ransomware encryptors.",
    );
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    for (const gang of ["REvil", "Egregor", "Netwalker", "Clop", "Avaddon", "Babuk"])
      expect(actors).toContain(gang);
    expect(sheet.threat_actors.filter((a) => a.linked).map((a) => a.names[0])).toEqual(["Kestrel"]);
    expect(malwareOf(sheet)).toEqual(expect.arrayContaining(["Conti", "LockBit"]));
    for (const gang of ["REvil", "Egregor", "Netwalker", "DarkSide"])
      expect(malwareOf(sheet)).not.toContain(gang);
  });

  it("reads each name of a list that ends in a plural kind ('Mekotio and the Grandoreiro Trojans')", () => {
    const sheet = sheetOf(
      "Police arrest money mules in Spain\n\nIn October, police made 16 arrests in relation to Mekotio and the Grandoreiro Trojans across Spain.",
    );
    expect(malwareOf(sheet)).toEqual(expect.arrayContaining(["Mekotio", "Grandoreiro"]));
  });

  it("does not make a banking trojan a gang because a list of families ends in 'malware gangs'", () => {
    const sheet = sheetOf(
      "Police arrest 16 who laundered money for the Mekotio and Grandoreiro malware gangs\n\nThe suspects laundered funds stolen with the Mekotio and Grandoreiro banking trojans.",
    );
    expect(sheet.threat_actors).toEqual([]);
    expect(malwareOf(sheet)).toEqual(expect.arrayContaining(["Mekotio", "Grandoreiro"]));
  });

  it("reads a family no catalogue knows from the kind of malware beside its name", () => {
    const sheet = sheetOf(
      "New Vantoril ransomware hits law firms\n\nResearchers found the new Vantoril ransomware on the servers of three law firms. The intruders first dropped the Sorvex Remote Access Trojan (RAT) and a backdoor tracked as Glimmerpost. Earlier this year a botnet named “Crypt9x” spread the same loader.\n\nRising ransomware attacks worry insurers. The Dravco ransomware gang claimed the Halvern Logistics ransomware attack. Password-stealing trojans and Windows ransomware remain common, a CISA advisory said in March 2021.",
    );
    const malware = malwareOf(sheet);
    expect(malware).toEqual(expect.arrayContaining(["Vantoril", "Sorvex", "Glimmerpost", "Crypt9x"]));
    for (const other of [
      "Rising",
      "Dravco",
      "Halvern Logistics",
      "Password-stealing",
      "Windows",
      "March 2021",
    ])
      expect(malware).not.toContain(other);
  });

  it("reads a coined family name in lower case first ('iLOBleed rootkit'), not a vendor's product a rootkit hides in ('the iLO rootkit' beside 'HP iLO')", () => {
    const coined = sheetOf(
      "Firmware implant wipes servers\n\nvPROLeech rootkit is active since 2020, researchers at a Tehran security firm said on Tuesday.",
    );
    expect(malwareOf(coined)).toContain("vPROLeech");
    const product = sheetOf(
      "Firmware implant wipes servers\n\nThe implant hides in Dell iDRAC boards, researchers said on Tuesday. They described the iDRAC rootkit as state-of-the-art.",
    );
    expect(malwareOf(product)).not.toContain("iDRAC");
  });

  it("reads families a list ends with 'and other ransomware' as software, and 'and other ransomware gangs' as gangs", () => {
    const software = sheetOf(
      "Police target ransomware suspects\n\nTwelve individuals suspected of spreading LockerGoga, MegaCortex, Dharma and other ransomware across 71 countries were targeted. They distributed LockerGoga, MegaCortex and other ransomware attacks against firms.",
    );
    expect(malwareOf(software)).toEqual(expect.arrayContaining(["LockerGoga", "MegaCortex"]));
    expect(software.threat_actors).toEqual([]);
    const gangs = sheetOf(
      "Police arrest affiliates\n\nPolice arrested affiliates who worked with LockerGoga, MegaCortex and other ransomware gangs across Europe.",
    );
    expect(gangs.threat_actors.map((a) => a.names[0])).toEqual(["LockerGoga", "MegaCortex"]);
    expect(malwareOf(gangs)).toEqual([]);
  });

  it("reads every item of a list that a word for malware introduces", () => {
    const sheet = sheetOf(
      "Android malware on the rise\n\nThe report lists malware campaigns such as Quorvex, HiddenPay, Stravik and FakeAdsBlock. Victims got PDFs and Trojans such as Lenmora.",
    );
    const malware = malwareOf(sheet);
    expect(malware).toEqual(
      expect.arrayContaining(["Quorvex", "HiddenPay", "Stravik", "FakeAdsBlock", "Lenmora"]),
    );
    for (const other of ["PDFs", "Trojans"]) expect(malware).not.toContain(other);
  });

  it("keeps a gang named in 'the X ransomware attack' a gang, not software", () => {
    const sheet = sheetOf(
      "Exchange sanctioned for laundering ransom payments\n\nThe exchange processed payments from the DarkSide ransomware attack on a fuel pipeline and from REvil ransomware victims.",
    );
    expect(malwareOf(sheet)).toEqual([]);
    expect(sheet.threat_actors.map((a) => a.names[0])).toEqual(expect.arrayContaining(["DarkSide", "REvil"]));
  });
});

describe("events and names", () => {
  it("reads spyware and state-backed hackers as espionage, not an anti-spyware tool or a trojan's spyware features", () => {
    const spyware = sheetOf(
      "Activists' phones infected with mercenary spyware\n\nResearchers found the spyware on the phones of six activists and a lawyer in the region.",
    );
    expect(spyware.event_types).toContain("attack/espionage");
    const stateBacked = sheetOf(
      "Agencies warn of state-backed hackers exploiting a VPN flaw\n\nThe advisory says government-backed hacking groups breached at least nine defence contractors.",
    );
    expect(stateBacked.event_types).toContain("attack/espionage");
    const commodity = sheetOf(
      "Banking trojan spreads through fake parcel texts\n\nTwo trojans with spyware and RAT capabilities are being pushed through the same texts. The malware kills anti-spyware tools before it steals banking logins.",
    );
    expect(commodity.event_types).not.toContain("attack/espionage");
  });

  it("reads a known flaw explained ('tracked as CVE-…, allows attackers to') in a report of its exploitation as the attack's means, not a disclosure", () => {
    const exploited = sheetOf(
      "State hackers exploit help-desk software bug\n\nThe FBI said state-backed hackers are exploiting CVE-2021-40539 to breach defence contractors and deploy web shells. The vulnerability tracked as CVE-2021-40539 was found in the vendor's self-service portal, and it allows attackers to take over systems.",
      "2021-09-17",
    );
    expect(exploited.event_types).not.toContain("vulnerability/disclosure");
    const disclosed = sheetOf(
      "Researchers disclose critical bug in file-transfer server\n\nResearchers disclosed a critical vulnerability on Tuesday. The vulnerability, tracked as CVE-2021-99001, allows attackers to run code on the server. The vendor released a patch.",
      "2021-09-17",
    );
    expect(disclosed.event_types).toContain("vulnerability/disclosure");
  });

  it("reads ransomware gangs named as another's users or customers as no ransomware attack", () => {
    for (const text of [
      "Windows printing updates break network printers\n\nThe fix is critical, as the flaw is used by numerous ransomware gangs to gain SYSTEM privileges on vulnerable devices.",
      "Treasury sanctions crypto exchange\n\nThe Treasury sanctioned the exchange on Monday for laundering payments for several ransomware groups, officials said.",
    ])
      expect(sheetOf(text, "2021-11-08").event_types).not.toContain("attack/ransomware");
    const own = sheetOf(
      "Hospital hit by ransomware\n\nThe hospital said on Monday that a ransomware attack encrypted its servers, and that the ransomware gang demanded $2 million.",
      "2021-11-08",
    );
    expect(own.event_types).toContain("attack/ransomware");
  });

  it("reads a court that rules, approves, finds or decides in the present or with its city as a court action, not a plea 'in front of a judge'", () => {
    for (const text of [
      "High Court approves activist's extradition to US\n\nThe ruling ends a two-year fight.",
      "Security firm chief detained on treason charges\n\nA court in Moscow decided that the executive be detained for two months, his lawyer said on Wednesday. The court later rejected his appeal.",
      "Court rules war exclusion does not apply to drugmaker's cyberattack claim\n\nThe insurers must cover the losses, the judge wrote.",
    ])
      expect(sheetOf(text, "2021-12-10").event_types).toContain("law-enforcement/court");
    const plea = sheetOf(
      "Ransomware affiliate sentenced to seven years\n\nThe man pleaded guilty in front of a judge after he was arrested by police in January.",
      "2021-12-10",
    );
    expect(plea.event_types).toContain("law-enforcement/conviction");
    expect(plea.event_types).not.toContain("law-enforcement/court");
  });

  it("reads what a law or a flaw allows to be done as no event, and 'leaks data' or 'leak passwords' as a breach", () => {
    const bill = sheetOf(
      "Parliament passes bill allowing it to impose sanctions for cyber-attacks\n\nThe law gives the government the power to sanction foreign hackers, the minister said.",
      "2021-12-02",
    );
    expect(bill.event_types).not.toContain("law-enforcement/sanction");
    const flaw = sheetOf(
      "Researchers detail router flaw\n\nThe flaw, disclosed on Monday, allows attackers to exfiltrate data from the device's memory. The vendor has released a fix.",
      "2021-12-02",
    );
    expect(flaw.event_types).not.toContain("attack/data-breach");
    for (const title of [
      "Ransomware gang leaks data of central bank",
      "Hackers leak passwords for 500,000 VPN accounts",
    ])
      expect(
        sheetOf(`${title}\n\nThe files were posted on a forum on Sunday.`, "2021-12-02").event_types,
      ).toContain("attack/data-breach");
  });

  it("reads an arrest a reward is offered for, or a trap is set for, as sought, not made", () => {
    for (const text of [
      "State Department offers reward for ransomware leaders\n\nThe department is offering up to $10 million for information leading to the arrest of the gang's leaders, and $5 million for the arrest of any affiliate.",
      "Spyware used to plant evidence on activists' laptops\n\nThe attackers planted incriminating files on the laptops to set the activists up for arrest, researchers said. Investigators have since traced the campaign to a contractor.",
    ])
      expect(sheetOf(text, "2021-11-08").event_types).not.toContain("law-enforcement/arrest");
    const made = sheetOf(
      "Police break up phone-scam ring\n\nA six-month investigation, leading to the arrest of 12 suspects on Tuesday, uncovered a call centre in the port city. The arrests followed raids on four offices.",
      "2021-11-08",
    );
    expect(made.event_types).toContain("law-enforcement/arrest");
  });

  it("reads a sentence opening on an earlier year as another case: 'In 2017, … arrested its owner'", () => {
    const sheet = sheetOf(
      "Treasury sanctions crypto exchange used by ransomware gangs\n\nThe US Treasury sanctioned a cryptocurrency exchange on Tuesday for laundering ransom payments. In 2017, US officials sanctioned another exchange, but only after the FBI had shut it down and arrested its owner. In 2019, police arrested two of its staff in Greece.",
      "2021-09-21",
    );
    expect(sheet.event_types).toContain("law-enforcement/sanction");
    expect(sheet.event_types).not.toContain("law-enforcement/arrest");
  });

  it("reads charges against leaders, 'charged him with' and 'face criminal charges' as a charge", () => {
    for (const text of [
      "DOJ charges and sanctions ransomware leaders behind software supplier attack\n\nThe two men remain at large.",
      "Court clerk charged with leaking files\n\nPolice detained a court clerk on Monday and charged him with leaking the files of 40 cases to a criminal group.",
      "Nine arrested for posing as bank staff\n\nPolice arrested nine people who posed as bank employees. The scammers now face criminal charges for defrauding at least 40 victims.",
    ])
      expect(sheetOf(text).event_types).toContain("law-enforcement/charge");
  });

  it("reads no disclosure from a flaw an attack report says was used, only from a flaw told as news", () => {
    const used = sheetOf(
      "Exchange exploit leads to domain-wide ransomware\n\nThe intruders exploited ProxyShell on an Exchange server and encrypted systems across the domain with BitLocker. ProxyShell is a name given to a combination of three vulnerabilities: CVE-2021-34473, CVE-2021-34523, and CVE-2021-31207.",
    );
    expect(used.event_types).toContain("attack/ransomware");
    expect(used.event_types).not.toContain("vulnerability/disclosure");
    const news = sheetOf(
      "Researchers disclose flaws in billing software\n\nResearchers disclosed three new vulnerabilities, CVE-2021-42258, CVE-2021-42259 and CVE-2021-42260, in the billing software on Tuesday.",
    );
    expect(news.event_types).toContain("vulnerability/disclosure");
  });

  it("reads an appeal against a court's decision as court action", () => {
    const sheet = sheetOf(
      "Privacy network appeals a court's decision to block it\n\nThe project and a digital-rights group are appealing a regional court's decision to block access to the network's public nodes.",
    );
    expect(sheet.event_types).toContain("law-enforcement/court");
  });

  it("reads a court-ordered seizure of a gang's domains as a takedown", () => {
    const sheet = sheetOf(
      "Software maker takes control of 17 domains used by a fraud gang\n\nThe company obtained a court order on Friday allowing it to seize control of 17 domains abused in email fraud. By seizing the group’s 17 domains, it hopes to disrupt ongoing attacks.",
    );
    expect(sheet.event_types).toContain("law-enforcement/takedown");
  });

  it("reads SIM swapping and insider trading as fraud", () => {
    for (const text of [
      "Phone store worker sentenced for role in SIM swapping ring\n\nThe former employee took bribes to carry out SIM swaps that let the ring empty victims' crypto wallets.",
      "Dark web trader charged over insider trading tips\n\nProsecutors said the man sold subscriptions to insider trading tips on a dark web forum.",
    ])
      expect(sheetOf(text).event_types).toContain("fraud/scam");
  });

  it("reads no ransomware attack from encrypted traffic or a rule on ransomware incident reporting", () => {
    const sheet = sheetOf(
      "Banking trojan adds anti-analysis trick\n\nThe trojan talks to its servers over HTTPS, which supports encrypted data exchange. The government also plans legislation that requires ransomware incident reporting by large firms.",
    );
    expect(sheet.event_types).not.toContain("attack/ransomware");
  });

  it("reads a gang that claims to have stolen data, and leaked credentials, as a data breach; not 'breaching networks' as a goal", () => {
    for (const text of [
      "Ransomware gang targets gun-rights group\n\nA ransomware group claims to have stolen data from the association and posted files on its leak site.",
      "Misconfigured servers leak thousands of credentials\n\nResearchers found exposed servers leaking credentials for cloud accounts.",
    ])
      expect(sheetOf(text).event_types).toContain("attack/data-breach");
    const goal = sheetOf(
      "New ransomware operation appears\n\nA new ransomware operation says it needs to make money by breaching corporate networks and encrypting devices.",
    );
    expect(goal.event_types).not.toContain("attack/data-breach");
  });

  it("reads 'accused of' as a charge only with a legal word in its sentence, before or after it", () => {
    const researchers = sheetOf(
      "Scheduling platform exposes customer data\n\nThe booking platform has been accused of exposing the data of millions of customers, according to security researchers.",
    );
    expect(researchers.event_types).not.toContain("law-enforcement/charge");
    const prosecutors = sheetOf(
      "Crypto exchange executive detained\n\nIn the complaint, prosecutors say the executive is accused of laundering ransom payments for a ransomware gang.",
    );
    expect(prosecutors.event_types).toContain("law-enforcement/charge");
    const extradited = sheetOf(
      "Launderer extradited to the US\n\nA Russian national accused of laundering $21 million in ransom payments has been extradited from Spain, the Justice Department said.",
    );
    expect(extradited.event_types).toContain("law-enforcement/charge");
  });

  it("reads malspam and spam campaigns as phishing", () => {
    const sheet = sheetOf(
      "New Emotet spam campaigns hit mailboxes worldwide\n\nResearchers found waves of Emotet malspam carrying booby-trapped documents this week.",
    );
    expect(sheet.event_types).toContain("attack/phishing");
    expect(sheet.crime_types).toContain("phishing");
  });

  it("reads SIM swapping as identity theft and stolen cryptocurrency as crypto fraud", () => {
    const sheet = sheetOf(
      "SIM swapper pleads guilty to crypto theft\n\nA man pleaded guilty on Monday to SIM swapping attacks on 40 victims. He and his accomplices stole $780,000 in cryptocurrency from their wallets.",
    );
    expect(sheet.crime_types).toEqual(expect.arrayContaining(["identity-theft", "crypto-fraud"]));
  });

  it("reads property searches in a police report as a raid, and not a forum called RAID or a browser's searches", () => {
    const searches = sheetOf(
      "Police arrest ransomware suspects in Kharkiv\n\nPolice arrested three men suspected of attacks on 40 companies. In total, officers performed seven property searches and seized $375,000 in cash.",
    );
    expect(searches.event_types).toContain("law-enforcement/raid");
    const forum = sheetOf(
      "Police arrest hacker who sold customer data\n\nPolice arrested a man who sold the data of 12,000 customers. The data had been posted on the forum RAID before the arrest.",
    );
    expect(forum.event_types).not.toContain("law-enforcement/raid");
  });

  it("reads no disclosure from a CVE an intrusion report says the attackers used", () => {
    const sheet = sheetOf(
      "Web server exploit leads to cryptominer\n\nIn this intrusion the threat actor took advantage of a remote code execution vulnerability (CVE-2020-14882) in a web server to gain access, then installed a miner.\n\nBefore the details of the attack, it is worth understanding CVE-2020-14882.",
    );
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
    expect(sheet.cves).toEqual(["CVE-2020-14882"]);
  });

  it("reads a CVE id written with a space or an en dash, as its one spelling", () => {
    const sheet = sheetOf(
      "Vendors rush out fixes\n\nThe library bug, tracked as CVE 2021-44228, affects over 100 products. The mail server flaws (CVE-2021–34473 and CVE\u20112021\u201134523) are chained in attacks.",
    );
    expect(sheet.cves).toEqual(["CVE-2021-44228", "CVE-2021-34473", "CVE-2021-34523"]);
  });

  it("reads headline verbs in the present tense and a fix of a described bug", () => {
    const takedown = sheetOf(
      "Police Take Down Phishing Kit Marketplace\n\nOfficers seized the servers of a marketplace selling phishing kits, police said on Monday.",
    );
    expect(takedown.event_types).toContain("law-enforcement/takedown");
    const charge = sheetOf(
      "US and Canada charge Ottawa man over ransomware attacks\n\nThe man is accused of attacks on a state government's computers.",
    );
    expect(charge.event_types).toContain("law-enforcement/charge");
    const patch = sheetOf(
      "Web framework fixes severe HTTP bug that could crash apps\n\nThe maintainers released version 16.6.1 on Friday.",
    );
    expect(patch.event_types).toContain("vulnerability/patch");
  });

  it("reads no event from a definition, flaws used in an attack or seized cash", () => {
    const sheet = sheetOf(
      "Bank clerk charged over email fraud\n\nA bank clerk was charged with laundering money for a business email compromise (BEC) scheme. Prosecutors said he opened accounts for the ring.\n\nBEC scams use various tactics (including social engineering, malware and phishing) to compromise business email accounts. Initial access was gained by exploiting multiple vulnerabilities in a mail server. Police said assets have been seized, including $75,000 in cash and two cars.",
    );
    expect(sheet.event_types).toContain("law-enforcement/charge");
    expect(sheet.event_types).not.toContain("attack/phishing");
    expect(sheet.event_types).not.toContain("attack/malware");
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
    expect(sheet.event_types).not.toContain("law-enforcement/takedown");
  });

  it("derives the crimes an attack of the article's own consists of", () => {
    const sheet = sheetOf(
      "Farm cooperative hit by ransomware\n\nA grain cooperative said a ransomware attack encrypted its servers on Sunday and the gang demanded $5.9 million.",
    );
    expect(sheet.event_types).toContain("attack/ransomware");
    expect(sheet.crime_types).toEqual(expect.arrayContaining(["ransomware", "hacking", "extortion"]));
    // Systems encrypted and restored, with no ransom, demand, payment, leak or decryptor: no extortion.
    const restored = sheetOf(
      "Water utility hit by ransomware\n\nA county water utility said a ransomware attack encrypted its billing servers on Sunday. Staff restored the systems from backups by Wednesday.",
    );
    expect(restored.crime_types).toEqual(expect.arrayContaining(["ransomware", "hacking"]));
    expect(restored.crime_types).not.toContain("extortion");
  });

  it("reads a malware attack beside a ransomware attack only where other software is named", () => {
    const strainOnly = sheetOf(
      "Hospital chain hit by LockBit ransomware attack\n\nThe LockBit ransomware gang encrypted servers of a hospital chain on Sunday and demanded $2 million. The malware also deleted backups, the hospital said.",
    );
    expect(strainOnly.event_types).toEqual(["attack/ransomware"]);
    const withLoader = sheetOf(
      "Hospital chain hit by LockBit ransomware attack\n\nThe LockBit ransomware gang encrypted servers of a hospital chain on Sunday and demanded $2 million. The attackers first dropped the Qakbot malware through phishing emails and moved through the network with Cobalt Strike.",
    );
    expect(withLoader.event_types).toEqual(expect.arrayContaining(["attack/ransomware", "attack/malware"]));
  });

  it("counts ransomware as a crime only beside a ransomware attack or a police action", () => {
    const decryptor = sheetOf(
      "Free decryptor released for Kestrel ransomware victims\n\nSecurity researchers released a free decryptor on Monday that lets victims of the Kestrel ransomware recover their files without paying the ransom.",
    );
    expect(decryptor.crime_types).not.toContain("ransomware");
    const charged = sheetOf(
      "Police charge man over ransomware attacks on clinics\n\nPolice charged a 31-year-old man on Friday with deploying ransomware on the networks of three dental clinics and demanding payment in bitcoin.",
    );
    expect(charged.crime_types).toContain("ransomware");
  });

  it("derives no theft or intrusion from records left exposed or an insider's espionage", () => {
    const exposed = sheetOf(
      "Misconfigured server exposes 12 million customer records\n\nA misconfigured Elasticsearch server belonging to a Dutch retailer exposed the personal data of 12 million customers, researchers said. The server was secured after the company was told.",
    );
    expect(exposed.event_types).toContain("attack/data-breach");
    expect(exposed.crime_types).toEqual([]);
    const insider = sheetOf(
      "Former engineer charged with economic espionage\n\nUS prosecutors charged a former engineer with economic espionage for passing trade secrets about turbine designs to a Chinese company.",
    );
    expect(insider.crime_types).toEqual(["espionage"]);
  });

  it("reads no crime from a policy about it or from stolen credentials used", () => {
    const policy = sheetOf(
      "Canada unveils new ransomware plan to create reporting regime\n\nThe government has published a ransomware action plan that would require large businesses to report incidents within 72 hours. Ministers said the ransomware reporting rules would start next year.",
    );
    expect(policy.crime_types).toEqual([]);
    const used = sheetOf(
      "Man charged with hijacking sports streams\n\nProsecutors said the man used stolen credentials to access other people's accounts and hijack game streams, which he sold online.",
    );
    expect(used.crime_types).not.toContain("data-theft");
  });

  it("makes espionage the article's own when a sentence about the linked group says so, not about a background one", () => {
    const linked = sheetOf(
      "Threat group expands its infrastructure\n\nResearchers at Ardent Labs said the Earth Lusca group has built servers in twelve countries this year. The servers host scanning tools and web shells. Several were rented with stolen cards.\n\nThe company said Earth Lusca is behind intrusions at two ministries. Earth Lusca appears mainly motivated by cyberespionage, it added.",
    );
    expect(linked.event_types).toContain("attack/espionage");
    expect(linked.crime_types).toContain("espionage");
    const background = sheetOf(
      "Threat group expands its infrastructure\n\nResearchers at Ardent Labs said a new group has built servers in twelve countries this year. The servers host scanning tools and web shells. Several were rented with stolen cards.\n\nThe group is not linked to APT31, which is mainly motivated by cyberespionage.",
    );
    expect(background.event_types).not.toContain("attack/espionage");
  });

  it("does not make a single stray word outside the lead an event of the article", () => {
    const sheet = sheetOf(
      "Retailer hit by ransomware\n\nThe retailer's stores were hit by a ransomware attack on Sunday night.\n\nThe ransomware gang demanded $50 million. Tills were offline for two days. Stores reopened on Wednesday.\n\nEmployees were told not to open suspicious emails, a common phishing precaution.",
    );
    expect(sheet.event_types).toContain("attack/ransomware");
    expect(sheet.event_types).not.toContain("attack/phishing");
  });

  it("reads a firm after a person's job title as the employer, and skips the outlet's webinar promotion", () => {
    const sheet = sheetOf(
      "Gun-rights group hit by ransomware\n\nA ransomware gang claims to have stolen data from the group. Brett Callow, a threat analyst with cybersecurity firm Emsisoft, shared a screenshot.\n\nJoining Threatpost is Uptycs’ Ben Montour, who will take your questions in our webinar.",
    );
    expect(sheet.persons.map((p) => p[0])).toContain("Brett Callow");
    expect(sheet.persons.map((p) => p[0])).not.toContain("Ben Montour");
    expect(sheet.organizations.map((o) => o[0])).not.toContain("Brett Callow");
  });

  it("makes a body whose own hackers the article names a sponsor, and keeps a prosecutor an agency", () => {
    const sheet = sheetOf(
      'Cyber command ties hacking group to Iranian ministry\n\nUS Cyber Command said MuddyWater is run by Iran\'s Ministry of Intelligence and Security (MOIS). "MOIS hacker group MuddyWater is using open-source code for malware," it said. MuddyWater and other Iranian MOIS APTs use DNS tunnelling.\n\nIn 2020, the US Department of Justice (DoJ) filed charges against five suspected members of APT41.',
    );
    const names = (list: string[][]) => list.map((n) => n[0]);
    expect(names(sheet.organizations)).toContain("Ministry of Intelligence and Security");
    expect(names(sheet.agencies)).not.toContain("Ministry of Intelligence and Security");
    expect(sheet.agencies.some((a) => a.includes("Department of Justice"))).toBe(true);
  });

  it("names no body from a common word opening a sentence or a Title Case heading of common words", () => {
    const sheet = sheetOf(
      "Weekly security roundup\n\nSecurity researchers found a new stealer this week, and security teams were warned.\n\nOverworked and Stressed: Best Practices for Protecting Security Workers’ Mental Health\n\nSecurity work is stressful, and mental health matters; health insurers agree. Victims who don't pay lose their files, and the victims are many.",
    );
    const orgs = sheet.organizations.map((n) => n[0]);
    expect(orgs).not.toContain("Security");
    expect(orgs).not.toContain("Mental Health");
    expect(orgs).not.toContain("Victims");
  });

  it("splits two companies joined by 'and' when the second is a company's own name", () => {
    const sheet = sheetOf(
      "Bank clerk charged\n\nThe clerk opened accounts at Bank of America and TD Bank to receive the stolen funds, prosecutors said. The Department of Health and Human Services was not affected.",
    );
    const orgs = sheet.organizations.map((n) => n[0]);
    expect(orgs).toEqual(expect.arrayContaining(["Bank of America", "TD Bank"]));
    expect(sheet.agencies.flat()).toContain("Department of Health and Human Services");
  });

  it("reads a scheme, project or protocol named in apposition as an organisation", () => {
    const sheet = sheetOf(
      "Promoter admits role in crypto fraud\n\nA promoter pleaded guilty to his part in CoinSpire, an unregistered securities offering and cryptocurrency scheme that collapsed in 2019.",
    );
    expect(sheet.organizations.map((n) => n[0])).toContain("CoinSpire");
  });

  it("reads no person out of two ranks in a row", () => {
    const sheet = sheetOf(
      "Hacker charged over council ransomware attack\n\nProvincial Police Detective Inspector characterized the 31-year-old suspect as a prolific attacker, police said.",
    );
    expect(sheet.persons).toEqual([]);
  });

  it("does not make a person of a company named with a speech verb, or a second person of a surname", () => {
    const sheet = sheetOf(
      'DeFi platform drained\n\nDeFi protocol Harbor Finance said about $12 million was stolen on Saturday. "We are working with exchanges," Harbor Finance said.\n\nTomas Lindgren-Baird, an auditor at the firm, said the flaw was missed. Lindgren-Baird told reporters the firm would review its audits.',
    );
    expect(sheet.persons.map((n) => n[0])).toEqual(["Tomas Lindgren-Baird"]);
    expect(sheet.organizations.map((n) => n[0])).toContain("Harbor Finance");
  });

  it("reads a company's unit as an organisation and a state body behind a group as its sponsor", () => {
    const sheet = sheetOf(
      "UK and US blame China for espionage campaign\n\nThe Microsoft Threat Intelligence Center said the campaign targeted foreign ministries.\n\nThe UK said the Chinese Ministry of State Security (MSS) is behind the hacking groups tracked as APT40 and APT31.",
    );
    const organizations = sheet.organizations.map((o) => o[0]);
    expect(organizations).toContain("Microsoft Threat Intelligence Center");
    expect(organizations.some((o) => /Ministry of State Security/.test(o ?? ""))).toBe(true);
    expect(sheet.agencies.flat()).not.toContain("MSS");
  });

  it("takes no group from a common word after 'The' and no disclosure from a zero-day used in an attack", () => {
    const sheet = sheetOf(
      "Hospital chain recovers from ransomware attack\n\nThe global hacking campaign hit hospitals in three countries. On July 2nd, the gang used a zero-day vulnerability in a remote management tool to encrypt the hospitals' servers.",
      "2021-09-07",
    );
    expect(sheet.threat_actors).toEqual([]);
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads phishing told as an employee spear-phished, spoofed emails or a socially engineered email campaign", () => {
    for (const text of [
      "Hacker steals $4 million from lending platform\n\nThe hacker spear-phished a developer and stole two private keys for the platform.",
      "Town loses $1.9 million to scammers\n\nScammers used spoofed email accounts and forged invoices to redirect the town's payment to their own accounts.",
      "Man admits stealing cloud photos\n\nHe posed as a support technician in a socially engineered email campaign that stole people's passwords.",
    ])
      expect(sheetOf(text).event_types).toContain("attack/phishing");
  });

  it("reads no disclosure from a disclosure platform's vulnerability reports, but one from a new vulnerability attack", () => {
    const platform = sheetOf(
      "Agency launches vulnerability disclosure platform for contractors\n\nThe agency said its new platform lets researchers send vulnerability reports to 40 contractors in one place, starting next month.",
    );
    expect(platform.event_types).not.toContain("vulnerability/disclosure");
    const technique = sheetOf(
      "New memory attack bypasses DDR4 defences\n\nResearchers have developed a new fuzzing technique that revives Rowhammer vulnerability attacks against modern memory chips and bypasses existing mitigations.",
    );
    expect(technique.event_types).toContain("vulnerability/disclosure");
  });

  it("reads no disclosure from a bug bounty programme or bug hunters", () => {
    const sheet = sheetOf(
      "Chipmaker expands bug bounty for elite hackers\n\nThe company said its bug bounty program will pay bug hunters up to $100,000 for reports on its firmware.",
    );
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads no breach from a law broken and no disclosure from abstract or exploited flaws", () => {
    const sheet = sheetOf(
      "Regulator finds analytics tool can breach GDPR\n\nThe regulator said using the tool breached Article 44 of the rules on data transfers. The case shows the persistent vulnerability of corporations to legal risk. In a separate warning, the agency said APT27 leveraged Microsoft Exchange and Zoho bugs, well-known vulnerabilities previously exploited by other groups.",
    );
    expect(sheet.event_types).not.toContain("attack/data-breach");
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
    expect(sheet.crime_types).not.toContain("data-theft");
  });

  it("reads a lawsuit as a court case and protection against zero-day attacks as no disclosure", () => {
    const suit = sheetOf(
      "Phone maker sues spyware vendor\n\nThe phone maker filed a lawsuit against the spyware vendor on Tuesday, accusing it of spying on journalists.",
    );
    expect(suit.event_types).toContain("law-enforcement/court");
    const feature = sheetOf(
      "Browser maker beefs up security against zero-day attacks\n\nA new mode in the browser guards against so-called zero-day exploits by turning off the fastest compiler.",
    );
    expect(feature.event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads data theft from stolen data a ransomware gang threatens to leak", () => {
    const sheet = sheetOf(
      "Ransomware gang hits farm cooperative\n\nA ransomware gang encrypted the cooperative's systems on Sunday and demanded $5.9 million. The cooperative also faces the threat of the gang leaking stolen data if it does not pay.",
    );
    expect(sheet.crime_types).toContain("data-theft");
  });

  it("reads no patch a vendor is still working on", () => {
    const sheet = sheetOf(
      "Vendor shares workarounds for new Windows zero-day\n\nThe vendor shared workarounds for a privilege escalation bug in Windows 10. It is working on a patch that will most likely ship later this week. Until then, admins should restrict access to the folder; the vendor is working on a patch for older builds too.",
    );
    expect(sheet.event_types).not.toContain("vulnerability/patch");
  });

  it("reads no extradition that is only sought or requested, and no attack in a denial-of-service bug", () => {
    const sought = sheetOf(
      "Crypto exchange executive detained in the US\n\nFederal agents detained the co-founder of two exchanges on Tuesday. The US is now seeking his extradition, which is likely, after an extradition request from Ukraine was refused.",
    );
    expect(sought.event_types).not.toContain("law-enforcement/extradition");
    const done = sheetOf(
      "Hacker extradited to the US\n\nThe Ukrainian national was extradited from Poland on Monday and appeared in court in Dallas.",
    );
    expect(done.event_types).toContain("law-enforcement/extradition");
    const bug = sheetOf(
      "TCP stack flaws hit medical devices\n\nResearchers found 13 flaws in a TCP/IP stack that could lead to a denial-of-service condition. The vendor fixed the denial-of-service (DoS) vulnerabilities last month.",
    );
    expect(bug.event_types).not.toContain("attack/ddos");
  });

  it("reads no ransomware attack from a plan to fight ransomware or a claim about every day", () => {
    const sheet = sheetOf(
      "Government plan could freeze criminals' crypto\n\nThe home affairs minister unveiled a plan on Wednesday giving police new powers to freeze and seize cryptocurrency, after a data breach at a health insurer. Banks welcomed the plan. Lawmakers will debate it next month.\n\nIt is estimated that there is a ransomware attack on some business every 11 seconds. Officials said the rules will help to combat ransomware attacks and in the fight against ransomware attacks.",
    );
    expect(sheet.event_types).not.toContain("attack/ransomware");
  });

  it("reads no hacking crime in an ethical hacking course", () => {
    const sheet = sheetOf(
      "Train to become an ethical hacker\n\nThe Super-Sized Ethical Hacking bundle teaches penetration testing. Students learn ethical hacking through hacking courses and white-hat hacking labs.",
    );
    expect(sheet.crime_types).not.toContain("hacking");
  });

  it("reads no scam from the statute a hacker is charged under or the name of a fraud unit", () => {
    const sheet = sheetOf(
      "Hacker gets seven years for breaking into payroll accounts\n\nIn 2020, the man was charged with conspiracy, wire fraud, and aggravated identity theft. The case was handled by the department's fraud section, and he was sentenced on Monday for computer fraud.",
    );
    expect(sheet.event_types).not.toContain("fraud/scam");
    const scam = sheetOf(
      "Police arrest investment fraudsters\n\nPolice arrested six people who ran a fake trading platform. The fraudsters defrauded hundreds of investors, and prosecutors charged them with wire fraud.",
    );
    expect(scam.event_types).toContain("fraud/scam");
  });

  it("reads a court that rules or orders, and a court order, as court action", () => {
    const sheet = sheetOf(
      "Security firm founder held on treason charges\n\nPolice detained the founder of a Moscow security firm on Tuesday. A court order will keep him in custody for two months, and the court ruled his firm may keep trading.",
    );
    expect(sheet.event_types).toContain("law-enforcement/court");
  });

  it("reads the court a plea was made in as part of the plea, and a free trial or bail services as no court", () => {
    const plea = sheetOf(
      "Former clerk admits deleting bank files\n\nA former credit union clerk pleaded guilty this week in a Denver federal court to one count of computer intrusion.",
    );
    expect(plea.event_types).toContain("law-enforcement/conviction");
    expect(plea.event_types).not.toContain("law-enforcement/court");
    const other = sheetOf(
      "Ransomware hits justice department\n\nBail services were unavailable after a ransomware attack on the department. Users of the cloud desktop's free trial and the agency's trial project were not affected.",
    );
    expect(other.event_types).not.toContain("law-enforcement/court");
  });

  it("reads a district court named in full that granted an order, and lawsuits filed, as court action", () => {
    const granted = sheetOf(
      "Software maker seizes phishing domains\n\nThe company took control of 41 domains after the US District Court for the Western District of Texas granted its request on Friday.",
    );
    expect(granted.event_types).toContain("law-enforcement/court");
    const suits = sheetOf(
      "Platform goes after fake shops\n\nThe marketplace filed two lawsuits in Seattle on Monday against sellers who ran fake storefronts to steal card data.",
    );
    expect(suits.event_types).toContain("law-enforcement/court");
  });

  it("reads webshells, implants and cryptominers the intruders dropped as malware", () => {
    const sheet = sheetOf(
      "State hackers exploit help desk bug\n\nThe attackers dropped a webshell on the compromised servers and later installed an implant. Other intruders deployed cryptominers on exposed clusters.",
    );
    expect(sheet.event_types).toContain("attack/malware");
  });

  it("reads no catalogue name in a capitalised word before 'Attacks' in a Title Case line, but keeps 'X Malware'", () => {
    const promo = sheetOf(
      "Kernel bug allows remote takeover\n\nA flaw in the kernel lets attackers run code remotely.\n\nRegister for our free webinar, \u201cPassword Reset: Claiming Control of Credentials to Stop Attacks,\u201d on Wednesday.",
    );
    expect(promo.threat_actors).toEqual([]);
    expect(promo.malware).toEqual([]);
    const title = sheetOf(
      "Medusa Malware Joins Banking Trojan's Distribution Network\n\nThe Android trojan has started spreading through the same text messages, researchers said.",
    );
    expect(title.malware.flat()).toContain("Medusa");
  });

  it("reads data 'allegedly leaked' or 'reportedly stolen' as a breach", () => {
    const sheet = sheetOf(
      "Streaming site hit in massive hack\n\nStreamers' payout reports and users' sensitive information were allegedly leaked online by an anonymous user on Sunday.",
    );
    expect(sheet.event_types).toContain("attack/data-breach");
  });

  it("reads ID scans stolen or downloaded and a charge of stealing records as a breach, not a stealer's purpose", () => {
    for (const text of [
      "Hacker held over ID photo theft\n\nPolice said the suspect downloaded 41,000 ID photos from a state registry in July.",
      "Clerk charged over payroll theft\n\nA former clerk was charged with stealing employees' personnel records from the county's payroll system.",
    ])
      expect(sheetOf(text).event_types).toContain("attack/data-breach");
    const stealer = sheetOf(
      "New loader spreads on forums\n\nA popular malware for stealing information from browsers has a new variant, researchers said.",
    );
    expect(stealer.event_types).not.toContain("attack/data-breach");
  });

  it("reads a data exposure, data 'stolen' in quotes and information obtained as a breach, not a data centre", () => {
    const exposed = sheetOf(
      "Portal misconfiguration exposes 12 million customer records\n\nA misconfigured portal at the insurer exposed the personal data of 12 million customers, researchers said.",
    );
    expect(exposed.event_types).toContain("attack/data-breach");
    const quoted = sheetOf(
      "Publisher hit by state hackers\n\nThe publisher said state-backed intruders broke into reporters' mailboxes and confirmed that \u201csome data\u201d was stolen.",
    );
    expect(quoted.event_types).toContain("attack/data-breach");
    const centres = sheetOf(
      "Thousands of power management consoles open to the internet\n\nResearchers found over 9,000 instances of publicly exposed data center management software.",
    );
    expect(centres.event_types).not.toContain("attack/data-breach");
    const cluster = sheetOf(
      "Watchlist of 1.9 million people found online\n\nA researcher found an unsecured Elasticsearch cluster holding a government watchlist. The records remained exposed for three weeks.",
    );
    expect(cluster.event_types).toContain("attack/data-breach");
    const database = sheetOf(
      "Project wants an open database of ransom payments\n\nA new website wants to build a free and open database of past ransomware payments.",
    );
    expect(database.event_types).not.toContain("attack/data-breach");
  });

  it("reads business email compromise as a scam and 'arrested on fraud charges' as a charge", () => {
    const sheet = sheetOf(
      "Police arrest eight in business email compromise ring\n\nPolice arrested eight people suspected of running a BEC ring that targeted logistics firms. The leader was arrested on money laundering charges in Lagos.",
    );
    expect(sheet.event_types).toEqual(
      expect.arrayContaining(["law-enforcement/arrest", "fraud/scam", "law-enforcement/charge"]),
    );
  });

  it("keeps crimes told as habits or advice out of the crime types", () => {
    const sheet = sheetOf(
      "Banking trojan returns with new loader\n\nThe banking trojan is back with a new loader that steals browser passwords, researchers said on Monday. The loader checks the system language before it runs.\n\nThe trojan has been active since 2016. It usually arrives through phishing emails with macro-laden attachments and often drops ransomware. Users trained to spot phishing attempts are the best defence.",
    );
    expect(sheet.crime_types).not.toContain("phishing");
    expect(sheet.crime_types).not.toContain("ransomware");
  });

  it("reads treason, trade-secret theft and passing classified information as espionage", () => {
    for (const text of [
      "Security firm founder arrested on treason charge\n\nThe founder was detained on suspicion of state treason, a court in the capital said.",
      "Radio maker charged over stolen trade secrets\n\nProsecutors say the firm recruited engineers to steal trade secrets from a rival.",
      "Contractor charged with passing classified information\n\nThe former contractor was charged with attempting to provide classified information to a foreign government.",
    ]) {
      const sheet = sheetOf(text);
      expect(sheet.event_types).toContain("attack/espionage");
      expect(sheet.crime_types).toContain("espionage");
    }
  });

  it("reads a police sting and searches that took place as a raid, not a library 'busted' by researchers", () => {
    const sting = sheetOf(
      "Thousands of games consoles seized in mining sting\n\nPolice seized 2,000 consoles at a warehouse. Searches and arrests took place in four regions.",
    );
    expect(sting.event_types).toContain("law-enforcement/raid");
    const busted = sheetOf(
      "Crypto library flaw found by fuzzing\n\nThe library was busted by researchers who found a memory corruption bug in it.",
    );
    expect(busted.event_types).not.toContain("law-enforcement/raid");
  });

  it("reads the dated earlier steps a sentencing report retells as its history", () => {
    const sheet = sheetOf(
      "Ad fraud botnet operator sentenced to eight years in prison\n\nA US judge sentenced the operator of an ad fraud botnet to eight years in prison on Thursday. He was arrested in November 2019 while travelling to Bulgaria on an FBI warrant.",
      "2022-03-10",
    );
    expect(sheet.event_types).toContain("law-enforcement/conviction");
    expect(sheet.event_types).not.toContain("law-enforcement/arrest");
    const fresh = sheetOf(
      "Botnet operator arrested in Bulgaria\n\nPolice arrested the operator of an ad fraud botnet on Thursday, the FBI said.",
      "2022-03-10",
    );
    expect(fresh.event_types).toContain("law-enforcement/arrest");
  });

  it("reads a takedown only where someone acts for the law, not systems an attack shut down", () => {
    const outage = sheetOf(
      "Retailer hit by ransomware\n\nThe retail chain suffered a ransomware attack on Sunday, causing its IT systems to shut down and store operations to be disrupted.",
    );
    expect(outage.event_types).not.toContain("law-enforcement/takedown");
    const police = sheetOf(
      "Police take down dark web market\n\nGerman police seized the servers of the marketplace and took down its website on Tuesday.",
    );
    expect(police.event_types).toContain("law-enforcement/takedown");
  });

  it("reads hackers named without anything they did as no hacking", () => {
    const idle = sheetOf(
      "Tips to keep your phone safe from hackers\n\nUpdate your apps and use a passcode. Security researchers say hackers want easy money.\n\nThe founder once said the country was not serious about catching hackers.",
    );
    expect(idle.crime_types).not.toContain("hacking");
    const busy = sheetOf(
      "Hackers breach hotel chain\n\nHackers stole guest records from the hotel chain's booking system.",
    );
    expect(busy.crime_types).toContain("hacking");
  });

  it("reads a call centre as fraud only where the sentence says it cheats, and a denial-of-service bug as no DDoS", () => {
    const fraud = sheetOf(
      "Police raid fake call centre\n\nOfficers raided a sprawling call centre used to deceive victims abroad, arresting 40 people.",
    );
    expect(fraud.crime_types).toContain("call-center-fraud");
    const staff = sheetOf(
      "Carrier staff bribed to unlock phones\n\nThe man bribed employees at a call centre in Bothell to install malware on the carrier's network.",
    );
    expect(staff.crime_types).not.toContain("call-center-fraud");
    const bug = sheetOf(
      "Router maker patches flaws\n\nThe update fixes a denial-of-service vulnerability and two denial of service flaws in the web console.",
    );
    expect(bug.crime_types).not.toContain("ddos");
  });

  it("reads breaches and intrusions spoken of in general as no hacking, but a gang that breaches a network as one", () => {
    const general = sheetOf(
      "Five habits that invite attackers\n\nThe ongoing explosion of breaches is making network security a board priority. Intrusions have become more costly to the enterprise, analysts say.",
    );
    expect(general.crime_types).not.toContain("hacking");
    const own = sheetOf(
      "Gang breaches logistics firm\n\nA ransomware affiliate breaches the network of a logistics firm within 30 minutes, researchers said on Monday.",
    );
    expect(own.crime_types).toContain("hacking");
  });

  it("reads one charge in a police report as its own, but not charges still pending", () => {
    const charged = sheetOf(
      "Police arrest five over ransomware attacks\n\nPolice arrested five people in Kyiv on Monday. Officers searched their homes and seized laptops.\n\nThe five are facing a variety of charges related to money laundering and hacking.",
    );
    expect(charged.event_types).toContain("law-enforcement/charge");
    const pending = sheetOf(
      "Police raid scam compound\n\nPolice raided a compound and arrested 40 workers on Monday. Officers seized phones and computers.\n\nA court ordered them held pending the filing of charges for fraud.",
    );
    expect(pending.event_types).not.toContain("law-enforcement/charge");
  });

  it("reads the crimes named in the article's own charge as its crime types", () => {
    const sheet = sheetOf(
      "Police arrest five members of ransomware affiliate\n\nPolice arrested five people in Kyiv on Monday over ransomware attacks on companies in Europe. Officers searched nine homes and seized cars and cash. The group had hit more than 50 firms since 2019.\n\nThe five were charged with money laundering and selling malware.",
    );
    expect(sheet.crime_types).toEqual(expect.arrayContaining(["ransomware", "money-laundering"]));
  });

  it("reads no disclosure in bug fixes, kinds of bugs, a river or flaws in ransomware", () => {
    const sheet = sheetOf(
      "Windows 11 updates explained\n\nThe monthly updates include quality improvements and bug fixes. There are many kinds of memory safety bugs. The warehouse stood by the Southern Bug river. Researchers look for flaws in ransomware encryption to build decryptors.",
    );
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads the charges a plea settles as its history, not a charge event of its own", () => {
    const plea = sheetOf(
      "Botnet operator pleads guilty\n\nAn Estonian national pleaded guilty this week in an Alaska court to running a botnet of hacked routers. He built the botnet from thousands of home routers and rented it to other criminals.\n\nHe pleaded guilty on charges of building and operating the botnet and faces up to ten years in prison.",
    );
    expect(plea.event_types).toContain("law-enforcement/conviction");
    expect(plea.event_types).not.toContain("law-enforcement/charge");
  });

  it("reads a summary of numerous past arrests as background and an admission as a plea", () => {
    const summary = sheetOf(
      "FBI seized $2.3 million from ransomware affiliate\n\nThe FBI seized $2.3 million in bitcoin from a ransomware affiliate, court documents show. International operations have resulted in numerous indictments or arrests of ransomware members over the past year.",
    );
    expect(summary.event_types).not.toContain("law-enforcement/arrest");
    const admits = sheetOf(
      "Developer admits helping evade sanctions\n\nThe developer pleaded guilty on Monday. He was arrested in November 2019 after speaking at a conference.",
      "2021-09-28",
    );
    expect(admits.arrested).toBeNull();
  });

  it("reads hacking blamed on a foreign intelligence service as espionage, not threat-intelligence work", () => {
    const spies = sheetOf(
      "SolarWinds hackers breached prosecutors' email\n\nThe hackers accessed the mailboxes of 27 offices. The White House blamed the Russian Foreign Intelligence Service for the attack.",
    );
    expect(spies.event_types).toContain("attack/espionage");
    const vendor = sheetOf(
      "Threat intelligence firm raises funds\n\nThe threat intelligence company said its service helps banks spot phishing kits.",
    );
    expect(vendor.event_types).not.toContain("attack/espionage");
  });
});
