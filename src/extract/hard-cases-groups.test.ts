/**
 * Hard cases of threat groups named in several ways: with and without their kind word ("the Lazarus
 * Group", "Lazarus hackers"), and a campaign's name that is no group.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

describe("groups named in several ways", () => {
  it("links a group named without its kind word to the catalogue ('Lazarus' for 'Lazarus Group')", () => {
    const sheet = sheetOf(
      "Crypto startups hit by backdoors\n\nResearchers tie the intrusions to Lazarus, the North Korean state hacking operation.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Lazarus Group");
  });

  it("reads a group named with and without its kind word as one group", () => {
    const sheet = sheetOf(
      "Hotel chain confirms breach\n\nThe Desorden Group said on Monday it was behind the attack on the hotel chain.\n\nThe hotel chain said it had restored its systems and was working with police.\n\nDesorden also claimed to have breached the servers of the chain's parent company.",
    );
    const desorden = sheet.threat_actors.filter((a) => a.names.some((n) => /Desorden/.test(n)));
    expect(desorden).toHaveLength(1);
    expect(desorden[0]?.names).toEqual(expect.arrayContaining(["Desorden", "Desorden Group"]));
  });

  it("finds a group under either catalogue spelling of one name ('Tortoiseshell', 'Tortoise Shell')", () => {
    const sheet = sheetOf(
      "Defence contractors lured on social media\n\nThe accounts, believed to be run by the Tortoiseshell group, posed as recruiters for months before sending links to malware.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Tortoiseshell");
  });

  it("reads no gang from a catalogue name the article gives a forum ('the RAMP hacking forum'), but keeps a gang's forum post", () => {
    const sheet = sheetOf(
      "Ransomware gangs court Chinese hackers\n\nThe recruitment posts are mainly seen on the RAMP hacking forum, which lets Mandarin-speaking actors join its conversations. The Conti gang also posted to the RAMP forum to recruit affiliates.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).not.toContain("RAMP");
    expect(sheet.malware.flat()).not.toContain("RAMP");
    const post = sheetOf(
      "Rival gang mocks REvil's disappearance\n\nA LockBit ransomware representative said REvil had erased its servers.\n\nLockBit forum post about REvil",
    );
    expect(post.threat_actors.flatMap((a) => a.names)).toContain("LockBit");
  });

  it("reads two catalogue families the article names as one in words as one family, and only the name right after the phrase", () => {
    const sheet = sheetOf(
      "Insiders offered a cut of ransom\n\nThe emails asked staff to install DemonWare ransomware on the network. DemonWare ransomware – also known as Black Kingdom – is freely available. The firm also found new variants of macOS WizardUpdate malware (aka UpdateAgent or Vigram). The intruders moved from a malicious document to domain-wide compromise using Bazar aka KEGTAP and Cobalt Strike.",
    );
    const family = (name: string) => sheet.malware.find((names) => names.includes(name)) ?? [];
    expect(family("DemonWare")).toContain("Black Kingdom");
    expect(family("WizardUpdate")).toEqual(expect.arrayContaining(["UpdateAgent", "Vigram"]));
    expect(family("KEGTAP")).not.toContain("Cobalt Strike");
  });

  it("keeps a gang's rebrand named in brackets apart ('the Darkside ransomware (and its later BlackMatter rebrand)')", () => {
    const sheet = sheetOf(
      "Crime gang hires pentesters\n\nThe group did not just deploy the Darkside ransomware (and its later BlackMatter rebrand) but also REvil, researchers said.",
    );
    expect(sheet.malware.find((names) => names.includes("BlackMatter")) ?? []).not.toContain("Darkside");
  });

  it("reads no group or family from a catalogue name only ever written before hardware ('AMD's Vega and Polaris chipsets', 'Jupyter notebooks')", () => {
    const sheet = sheetOf(
      "Hardware maker hit by ransomware\n\nThe firm makes graphics cards with AMD's Vega and Polaris chipsets. Earlier attacks abused Jupyter notebooks to mine cryptocurrency.",
    );
    const named = [...sheet.threat_actors.flatMap((a) => a.names), ...sheet.malware.flat()];
    expect(named).not.toContain("Polaris");
    expect(named).not.toContain("Jupyter");
  });

  it("reads a RAT the ransomware catalogue shares one alias with as malware, not as a gang ('Quasar RAT')", () => {
    const sheet = sheetOf(
      "Trojanised installers drop a RAT\n\nThe installers, spread through ransomware-themed forums, drop Quasar RAT on the developers' machines.",
    );
    expect(sheet.malware.flat()).toContain("Quasar RAT");
    expect(sheet.threat_actors).toEqual([]);
  });

  it("reads a family named with and without its kind word as one ('RedLine Stealer', 'RedLine')", () => {
    const sheet = sheetOf(
      "Fake installers push password stealer\n\nThe fake installers drop the RedLine Stealer on victims' machines. RedLine then collects saved passwords and card details from the browser.",
    );
    const redline = sheet.malware.filter((names) => names.some((n) => /redline/i.test(n)));
    expect(redline).toHaveLength(1);
    expect(redline[0]).toEqual(expect.arrayContaining(["RedLine", "RedLine Stealer"]));
  });

  it("reads a family before its kind spelt out in capitals ('the Remcos and NanoCore Remote Access Trojans')", () => {
    const sheet = sheetOf(
      "Phishing wave hits shippers\n\nEvery campaign was designed to deploy the Remcos and NanoCore Remote Access Trojans (RATs), researchers said on Tuesday.",
    );
    const names = sheet.malware.flatMap((m) => m.map((n) => n.toLowerCase()));
    expect(names).toContain("nanocore");
    expect(names).toContain("remcos");
  });

  it("reads no family from a platform's name before a kind of malware ('Android banking trojans')", () => {
    const sheet = sheetOf(
      "Android malware hid in fitness apps\n\nThe Android malware slipped past the store's checks by using short links. Researchers found password-stealing Android banking trojans disguised as fitness apps, installed by over 100,000 Android users.",
    );
    expect(sheet.threat_actors).toEqual([]);
    expect(sheet.malware.flat()).not.toContain("Android");
  });

  it("reads a family named before a platform and its kind as software ('the CovidLock Android ransomware'); a group's 'Android malware campaign' stays the group", () => {
    const sheet = sheetOf(
      "Trojan spreads through text messages\n\nThe trojan poses as a vaccine booking app. It resembles earlier lures such as the CovidLock Android ransomware, which pretended to be a virus tracker.\n\nSeparately, the Roaming Mantis Android malware campaign has reached Germany.",
    );
    expect(sheet.malware.flat()).toContain("CovidLock");
    expect(sheet.threat_actors.flatMap((a) => a.names)).not.toContain("CovidLock");
    expect(sheet.malware.flat()).not.toContain("Roaming Mantis");
  });

  it("reads no gang from a program's file name before 'the threat actors' ('through Cmd.exe the threat actors can')", () => {
    const sheet = sheetOf(
      "Banking trojan adds remote desktop module\n\nThe module can open programs on the machine, but through Cmd.exe the threat actors can perform several high-impact actions.",
    );
    expect(sheet.threat_actors).toEqual([]);
  });

  it("reads no family or gang from a flaw's nickname with its CVE id in brackets ('SambaCry (assigned CVE-2017-7494)')", () => {
    const sheet = sheetOf(
      "File server flaw patched\n\nA similar flaw was found in 2017 and named EternalRed or SambaCry (assigned CVE-2017-7494), which let attackers run code on servers. Gangs later used it to spread ransomware.",
    );
    expect(sheet.threat_actors).toEqual([]);
    expect(sheet.malware).toEqual([]);
  });

  it("reads no group from a campaign's name the article writes as 'the X campaign'", () => {
    const sheet = sheetOf(
      "Frostpick campaign plants backdoors in crypto startups\n\nDubbed Frostpick, researchers said on Thursday that the campaign is the work of BlueNoroff, a group suspected of ties to North Korea. The Frostpick campaign has hit startups in 11 countries.",
    );
    const names = sheet.threat_actors.flatMap((a) => a.names);
    expect(names).not.toContain("Frostpick");
    expect(names).toContain("BlueNoroff");
  });

  it("reads no group from a product's team ('The Python security team'), however the catalogue names its malware", () => {
    const sheet = sheetOf(
      "Python team fixes package index bugs\n\nThe Python security team has fixed three vulnerabilities in the package index, including one that could have let an attacker take over the portal.",
    );
    expect(sheet.threat_actors).toEqual([]);
  });

  it("reads no group from a title's verb after a capitalised cue that ends the name before it ('Gang Ransomed')", () => {
    const sheet = sheetOf(
      "Hive Ransomware Gang Ransomed, Its Forum Flooded With Spam\n\nSomeone flooded the new forum of the Hive ransomware gang with spam this week and demanded $5,000 to stop, researchers said.",
    );
    const names = sheet.threat_actors.flatMap((a) => a.names.map((n) => n.toLowerCase()));
    expect(names).toContain("hive");
    expect(names).not.toContain("ransomed");
  });

  it("reads no gang from a vendor's product named with its version ('the Microsoft 365 Defender Threat Intelligence Team')", () => {
    const sheet = sheetOf(
      "Log4j attacks continue, vendor warns\n\nThe Microsoft 365 Defender Threat Intelligence Team said on Tuesday that attackers still exploit the flaw, including ransomware crews.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).not.toContain("Defender");
  });

  it("reads a gang that 'returns as' or 'has rebranded as' a new name as one gang under both names", () => {
    const sheet = sheetOf(
      "DarkSide ransomware gang returns as new BlackMatter crew, researchers say\n\nEncryption routines in a decryptor show that the DarkSide ransomware gang has rebranded as a new BlackMatter operation and is attacking companies again, researchers said on Tuesday.",
    );
    const names = sheet.threat_actors.map((a) => a.names.map((n) => n.toLowerCase()));
    expect(names).toHaveLength(1);
    expect(names[0]).toEqual(expect.arrayContaining(["darkside", "blackmatter"]));
  });

  it("reads the name a gang took on ('rebranding as BlackMatter') as that gang's, named before by another of its names", () => {
    const sheet = sheetOf(
      "US offers reward for DarkSide leaders\n\nThe State Department offered $10 million on Tuesday for information on the DarkSide ransomware gang. The group attempted a comeback over the summer, rebranding as BlackMatter and relaunching in July.",
    );
    const names = sheet.threat_actors.map((a) => a.names.map((n) => n.toLowerCase()));
    expect(names).toHaveLength(1);
    expect(names[0]).toEqual(expect.arrayContaining(["darkside", "blackmatter"]));
  });

  it("reads a plain-word ransomware name listed beside a coined one as a gang, and not alone", () => {
    const listed = sheetOf(
      "Another ransomware gang shuts down\n\nThe Ragnarok ransomware gang closed its site on Tuesday. Haron and BlackMatter are among those that have emerged recently, researchers said.",
    );
    const names = listed.threat_actors.flatMap((a) => a.names.map((n) => n.toLowerCase()));
    expect(names).toContain("haron");
    const alone = sheetOf(
      "Another ransomware gang shuts down\n\nThe Ragnarok ransomware gang closed its site on Tuesday. Haron emerged recently, researchers said.",
    );
    expect(alone.threat_actors.flatMap((a) => a.names.map((n) => n.toLowerCase()))).not.toContain("haron");
  });

  it("keeps reading a list past an alias in brackets ('Maze (ChaCha), and Ragnar Locker')", () => {
    const sheet = sheetOf(
      "Ransomware crews go after IT providers\n\nThe ransomware crews aim at the tools providers use to run their clients' networks. Maze (ChaCha), and Ragnar Locker also targeted the same remote support software last year, the researchers said.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Ragnar Locker");
    expect(sheet.persons.flat()).not.toContain("Ragnar Locker");
  });

  it("finds a family the catalogue spells in two words under its camel-case name ('KdcSponge' for 'KDC Sponge')", () => {
    const sheet = sheetOf(
      "Password manager servers backdoored\n\nThe intruders then installed a credential stealer, KdcSponge, on the domain controllers to harvest passwords.",
    );
    expect(sheet.malware.flat()).toContain("KdcSponge");
  });

  it("reads no gang from a camel-case tool or product whose spaced name a gang's catalogue holds", () => {
    const sheet = sheetOf(
      "Scanner relaunch stirs debate\n\nThe relaunched PunkSpider scanner crawls websites for flaws, and the BestCrypt disk encryption tool was named in a separate advisory.",
    );
    expect(sheet.threat_actors).toEqual([]);
  });

  it("reads what a naming verb names from the nearest kind word before it, not from a group named further back", () => {
    const tool = sheetOf(
      "Intruders plant new tools\n\nThe threat actors also deployed a new password stealer that the researchers are tracking as Quillfeather, which copies saved passwords.",
    );
    expect(tool.threat_actors).toEqual([]);
    expect(tool.malware.flat()).toContain("Quillfeather");
    const campaign = sheetOf(
      "Container hosts hijacked\n\nThe hacking group is behind a new campaign, dubbed Marrowfield, that has hit thousands of cloud servers.",
    );
    expect(campaign.threat_actors.flatMap((a) => a.names)).not.toContain("Marrowfield");
    const gang = sheetOf(
      "New extortion crew emerges\n\nResearchers found a new ransomware gang dubbed Coldhollow that has listed nine victims on its leak site.",
    );
    expect(gang.threat_actors.flatMap((a) => a.names)).toContain("Coldhollow");
  });

  it("reads plain-word ransomware names that each open a list item before a colon as the gangs the list is about", () => {
    const sheet = sheetOf(
      "Paying the ransom does not delete the data\n\nNegotiators have seen gangs break their word after a ransom was paid:\n\n* Sodinokibi: victims that paid were extorted again weeks later.\n\n* Netwalker: data of companies that paid was posted anyway.\n\n* Conti: fake files were shown as proof of deletion.",
    );
    const names = sheet.threat_actors.flatMap((a) => a.names.map((n) => n.toLowerCase()));
    expect(names).toEqual(expect.arrayContaining(["sodinokibi", "netwalker", "conti"]));
  });

  it("reads no group from a catalogue name that opens a product's name ('the Kali Linux team'), unless software follows", () => {
    const sheet = sheetOf(
      "New pentest distro release\n\nThe Kali Linux team released version 2022.1 today with six new tools for penetration testers.",
    );
    expect(sheet.threat_actors).toEqual([]);
    const encryptor = sheetOf(
      "Gang ports its ransomware\n\nResearchers found the Conti Linux encryptor on a server used by the gang in attacks on hospitals.",
    );
    expect(encryptor.threat_actors.flatMap((a) => a.names)).toContain("Conti");
  });

  it("finds a catalogue group a naming phrase gives alone ('a group already known in the industry as Tortoiseshell')", () => {
    const sheet = sheetOf(
      "Social network removes fake recruiter accounts\n\nBased on the infrastructure the operators used, the company's analysts were able to link this activity to a cyber-espionage group already known in the security industry as Tortoiseshell.",
    );
    expect(sheet.threat_actors).toEqual([expect.objectContaining({ linked: true })]);
    expect(sheet.threat_actors[0]?.names).toContain("Tortoiseshell");
    // A name the phrase gives in a list, or one that goes on, is left to the alias and unlisted-name rules.
    const longer = sheetOf(
      "Ransomware roundup\n\nResearchers found a new ransomware variant called Atom Slio that appends a random extension to encrypted files.",
    );
    expect(longer.malware.flat()).toContain("Atom Slio");
  });

  it("reads a country's name right before 'ransomware' as the family the catalogue calls so ('the Cuba ransomware actors')", () => {
    const sheet = sheetOf(
      "Agency warns of ransomware\n\nThe agency said the Cuba ransomware actors encrypted the networks of 49 entities in five critical infrastructure sectors and demanded $74 million. Cuba ransomware is distributed through the Hancitor loader, it said.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Cuba");
    expect(sheet.malware.flat()).toContain("Cuba");
    expect(sheet.countries).not.toContain("CU");
    // A demonym before "ransomware" stays a nationality ("Russian" is also an alias of VaultCrypt).
    const demonym = sheetOf(
      "Officials meet on ransomware\n\nThe officials discussed Russian ransomware gangs that hit hospitals in the United States last year.",
    );
    expect(demonym.threat_actors).toEqual([]);
    expect(demonym.countries).toContain("RU");
    // So is one in a list of ransomware gangs ("ransomware groups, including Conti, Cuba, REvil").
    const listed = sheetOf(
      "Agency warns of ransomware\n\nThe alert named several ransomware groups, including Conti, Cuba, REvil and Snatch, that have hit casinos.",
    );
    expect(listed.threat_actors.flatMap((a) => a.names)).toContain("Cuba");
    expect(listed.countries).not.toContain("CU");
  });

  it("reads no group from a service model's acronym before 'gang' ('the ransomware-as-a-service (RaaS) gang')", () => {
    const sheet = sheetOf(
      "Decryption keys leaked on a forum\n\nThe post was written in the broken English that has typified the ransomware-as-a-service (RaaS) gang's messages. The RaaS gang then went quiet.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).not.toContain("RaaS");
  });

  it("reads a group named before 'hacktivist collective' ('the Velvet Mask hacktivist collective')", () => {
    const sheet = sheetOf(
      "Ticket site's code dumped online\n\nMembers of the Velvet Mask hacktivist collective have leaked the source code of a ticket reseller on a file-sharing site, they said on Tuesday.",
    );
    expect(sheet.threat_actors.flatMap((a) => a.names)).toContain("Velvet Mask");
  });

  it("reads a catalogue name that is an everyday word as a gang in a list of gangs ('ransomware gangs like Ryuk, Conti, Maze and others')", () => {
    const sheet = sheetOf(
      "Treasury sanctions crypto exchange\n\nThe exchange took in almost $13 million from ransomware gangs like Ryuk, Conti, Maze and others, the Treasury said on Tuesday.",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toEqual(
      expect.arrayContaining(["Ryuk", "Conti", "Maze"]),
    );
  });

  it("reads the list after 'ransomware strains <what is said of them>, such as' as software, not gangs", () => {
    const sheet = sheetOf(
      "Crew switches encryptors again\n\nOver two years the crew moved to ransomware strains with fresh names to stay off blocklists, such as WastedLocker and PayLoadBin, researchers said on Tuesday.",
    );
    expect(sheet.malware.map((m) => m[0])).toEqual(expect.arrayContaining(["WastedLocker", "PayLoadBin"]));
    expect(sheet.threat_actors.flatMap((a) => a.names)).not.toContain("PayLoadBin");
  });

  it("reads no catalogue name that only ends a longer capitalised name ('Phoenix CryptoLocker', 'David Masson'); a month or an everyday word before it does not count", () => {
    const longer = sheetOf(
      "Insurer hit by ransomware\n\nThe insurer was breached by Phoenix CryptoLocker in March, its filing says. Security director David Masson said backups helped.",
    );
    const names = [...longer.threat_actors.flatMap((a) => a.names), ...longer.malware.flat()];
    expect(names).not.toContain("CryptoLocker");
    expect(names).not.toContain("Masson");
    const month = sheetOf(
      "Ransomware gangs go after hypervisors\n\nIn September HelloKitty joined the ransomware gangs targeting hypervisors, researchers said.",
    );
    expect(month.threat_actors.flatMap((a) => a.names)).toContain("HelloKitty");
  });
});

describe("a list of gangs after a colon", () => {
  it("reads the catalogue names listed after 'operators out there:' as gangs", () => {
    const sheet = sheetOf(
      "Ransomware payments fall as gangs regroup\n\nThe negotiators expect the trend to continue, led by the most prolific ransomware-as-a-service operators out there: Conti, Hive and Vice Society.",
      "2022-02-10",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toEqual(expect.arrayContaining(["Conti", "Hive"]));
  });
});

describe("a list of names before a plural of gangs", () => {
  it("reads a plain-word catalogue name that opens 'Maze, Avaddon and Babuk ransomware groups' as a gang", () => {
    const sheet = sheetOf(
      "Ransomware gangs turn to harsher tactics\n\nMaze, Avaddon and Babuk ransomware groups are some of those the paper says deploy these methods.",
      "2021-09-10",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toEqual(
      expect.arrayContaining(["Maze", "Avaddon", "Babuk"]),
    );
  });
});

describe("gangs that open the items of a list", () => {
  it("reads catalogue gangs that each open an item before a dash as gangs, none linked", () => {
    const sheet = sheetOf(
      "Agency says the Nightjar ransomware gang made $40 million\n\nThe agency said the Nightjar gang earned $40 million from ransom payments this year. The figure falls in the usual range of ransomware revenues reported so far:\n\nDarkside – $90 million between October 2020 and May 2021.\n\nRyuk – $150 million\n\nNetwalker – $25 million between March and July 2020",
      "2021-12-03",
    );
    const actors = sheet.threat_actors.map((a) => [a.names[0], a.linked]);
    expect(actors).toEqual(
      expect.arrayContaining([
        ["Darkside", false],
        ["Ryuk", false],
        ["Netwalker", false],
      ]),
    );
  });
});

describe("a list right after 'groups'", () => {
  it("reads every name of a list that follows 'groups' as a group, though each carries an aside in brackets", () => {
    const sheet = sheetOf(
      "State hackers join the rush\n\nThe vendor said that nation-state groups Phosphorus (Iran) and Hafnium (China) have been probing the flaw since Friday. Hafnium is a name chemists know too.",
      "2021-12-15",
    );
    expect(sheet.threat_actors.map((a) => a.names[0])).toEqual(
      expect.arrayContaining(["Phosphorus", "Hafnium"]),
    );
    // The element alone, with no list or group word, is no group.
    const element = sheetOf(
      "Alloy prices rise\n\nHafnium prices rose again on Friday, the vendor said.",
      "2021-12-15",
    );
    expect(element.threat_actors).toEqual([]);
  });
});
