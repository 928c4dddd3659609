/**
 * Hard cases where software and its parts are written like bodies, people or places: product
 * editions ("Data Center"), a programming language that is also an island, interface words that
 * open with a given name ("Web Client"), and two bodies written one after the other.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

const names = (items: readonly (readonly string[])[]) => items.map((item) => item[0]);

describe("products written like names", () => {
  it("reads a product's 'Data Center' edition as no agency, while a company of data centres stays one", () => {
    const sheet = sheetOf(
      "Kestrel urges admins to patch Tracker\n\nKestrel is asking customers to patch a critical flaw in its Tracker Data Center and Tracker Service Desk Data Center products. The flaw affects Confluent Server and Data Center installations too.\n\nThe company said Harbour Data Centres, a hosting firm, reported the bug.",
    );
    expect(sheet.agencies).toEqual([]);
    expect(names(sheet.organizations)).toContain("Harbour Data Centres");
  });

  it("reads 'in Java' as the language, not the island, unless a place word follows", () => {
    const language = sheetOf(
      "Library flaw under attack\n\nThe logging library is used by applications written in Java and by many cloud services.",
    );
    expect(language.places).toEqual([]);
    const island = sheetOf(
      "Police arrest fraud suspects\n\nPolice in Java island arrested four men accused of running a loan scam.",
    );
    expect(island.places).toContain("Java");
  });

  it("reads no person from interface words that open with a given name ('Web Client', 'Case Summary')", () => {
    const sheet = sheetOf(
      "Hypervisor flaw patched\n\nTo apply the workaround, log in to the server using the vSphere Web Client. Case Summary: the intruders moved to the domain controller within hours, said analyst Maren Falk.",
    );
    expect(names(sheet.persons)).toEqual(["Maren Falk"]);
  });

  it("reads two known bodies written one after the other as two ('the Trend Micro Zero Day Initiative')", () => {
    const sheet = sheetOf(
      "Flaw found in printer firmware\n\nA researcher working with the Trend Micro Zero Day Initiative reported the flaw to the vendor in March.",
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Trend Micro", "Zero Day Initiative"]),
    );
  });

  it("reads no company from browsers or wallets a list names ('browsers such as Google, Opera, Brave, and Yandex')", () => {
    const sheet = sheetOf(
      "Malicious packages removed from repository\n\nResearchers at Norvik Security found that the packages stole card numbers from locally installed browsers such as Google, Opera, Brave, and Yandex, and from wallets like Exodus and Electrum.",
    );
    const orgs = names(sheet.organizations);
    for (const product of ["Google", "Opera", "Brave", "Yandex", "Exodus", "Electrum"])
      expect(orgs).not.toContain(product);
    expect(orgs).toContain("Norvik Security");
  });
});

describe("catalogue malware names the article calls a service", () => {
  it("reads no malware from a name an appositive calls a service ('Keybase, an encrypted messaging service'), but keeps a miner called an app", () => {
    const service = sheetOf(
      "Police guide lists what messaging apps reveal\n\nThe guide covers nine apps used by suspects. It does not include Keybase, a recent end-to-end encrypted (E2EE) service that many journalists use, investigators said on Monday.",
    );
    expect(names(service.malware)).not.toContain("Keybase");
    const miner = sheetOf(
      "Botnet tunes servers for mining\n\nA botnet infects Linux servers and installs XMRig, a common app used for cryptocurrency mining by both legitimate users and malware gangs, researchers said on Monday.",
    );
    expect(names(miner.malware)).toContain("XMRig");
  });
});

describe("a vendor's detection technology named like a family", () => {
  it("reads a catalogue name the article calls a machine learning model as no gang nor family, while a named family stays", () => {
    const sheet = sheetOf(
      "Cloud SIEM adds Fusion ransomware detections\n\nThe security platform can now flag likely ransomware attacks with the Fusion machine learning model, which ties together alerts seen on one host. One such alert reads: 'GandCrab' ransomware was blocked.",
      "2021-06-11",
    );
    const actors = sheet.threat_actors.map((a) => a.names[0]);
    expect(actors).not.toContain("Fusion");
    expect(names(sheet.malware)).not.toContain("Fusion");
    expect([...actors, ...names(sheet.malware)]).toContain("GandCrab");
  });
});

describe("known names holding a word never read alone", () => {
  it("reads 'Have I Been Pwned' and 'Access Now' whole, not 'Been Pwned' or 'Access'", () => {
    const sheet = sheetOf(
      "Agency shares leaked passwords\n\nThe agency handed 200 million leaked passwords to Have I Been Pwned on Monday, and the rights group Access Now welcomed it.",
      "2022-03-10",
    );
    const orgs = sheet.organizations.map((o) => o[0]);
    expect(orgs).toEqual(expect.arrayContaining(["Have I Been Pwned", "Access Now"]));
    expect(orgs).not.toContain("Been Pwned");
    expect(orgs).not.toContain("Access");
  });
});

describe("services listed as examples", () => {
  it("reads no company from names listed as examples of platforms or apps, nor from a platform after a handle", () => {
    const sheet = sheetOf(
      "Police seek interception tool\n\nThe tender asks for a tool that can identify a suspect's social media and messaging use, such as Facebook, Instagram, Twitter, WhatsApp and Pinterest, from intercepted traffic.\n\nImage via @rail_watch/Twitter",
      "2021-09-10",
    );
    expect(sheet.organizations).toEqual([]);
  });

  it("keeps victims listed as examples of services hit, and a platform that acts", () => {
    const sheet = sheetOf(
      "Ransomware variant hits airline\n\nThe new variant targeted some significant services, such as Bangkok Airways and the firm ERG. Twitter said it suspended the accounts.",
      "2021-09-10",
    );
    expect(sheet.organizations.map((o) => o[0])).toEqual(
      expect.arrayContaining(["Bangkok Airways", "Twitter"]),
    );
  });
});

describe("coined names before 'malware'", () => {
  it("reads a coined name with a capital inside as a family before 'malware', not a product's or a platform's", () => {
    const sheet = sheetOf(
      "Malicious packages keep coming\n\nIn January, attackers used the registry to spread the TokenSnatcher malware that could steal chat tokens. The WordPress malware seen last year and JavaScript malware in general are other matters.",
      "2021-12-09",
    );
    const malware = sheet.malware.map((m) => m[0]);
    expect(malware).toContain("TokenSnatcher");
    expect(malware).not.toContain("WordPress");
    expect(malware).not.toContain("JavaScript");
  });
});
