/**
 * Hard cases of bodies' names, from invented sentences written the way news is: a company's unit a
 * person works at, known names holding "and", lists of bodies named with "of", central banks, and
 * words that look like a company's name but name a kind of malware, and well-known bodies named by an
 * acronym, by their short and full forms, or as a unit with and without its owner.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

const names = (items: readonly (readonly string[])[]) => items.map((item) => item[0]);

describe("bodies' names", () => {
  it("reads a ministry's portfolio listed with commas as one name ('Ministry of Land, Infrastructure, Transport, and Tourism'), not a list of bodies", () => {
    const sheet = sheetOf(
      "Olympics warned of attacks\n\nThe Organizing Committee and the Japanese Ministry of Land, Infrastructure, Transport, and Tourism were warned, as was the Ministry of Economy, Trade and Industry. The Department of Justice, Europol and Interpol agreed.",
    );
    expect(names(sheet.agencies)).toEqual(
      expect.arrayContaining([
        "Ministry of Land, Infrastructure, Transport, and Tourism",
        "Ministry of Economy, Trade and Industry",
      ]),
    );
    expect(sheet.agencies.flat().join(" | ")).not.toContain("Justice, Europol");
  });

  it("reads no agency from a government paper or law ('National Security Memorandum', 'National Defense Authorization Act') or a clearance ('Top Secret')", () => {
    const sheet = sheetOf(
      "President signs memo on security systems\n\nThe President signed a National Security Memorandum on Wednesday, as the Senate debated the National Defense Authorization Act. The contractor held a Top Secret clearance, the National Security Agency said.",
    );
    expect(names(sheet.agencies)).toEqual(expect.arrayContaining(["National Security Agency"]));
    for (const name of ["National Security Memorandum", "National Defense Authorization Act", "Top Secret"])
      expect(names(sheet.agencies)).not.toContain(name);
  });

  it("reads no agency from a sector or a level of government in capitals ('Financial Services', 'Federal Government')", () => {
    const sheet = sheetOf(
      "Backup server flaws disclosed\n\nThe flaws affect firms in Financial Services, Emergency Services and Local Government. The Federal Government must patch within two weeks, the Federal Trade Commission said.",
    );
    expect(names(sheet.agencies)).toEqual(["Federal Trade Commission"]);
  });

  it("reads the Kremlin as no agency (it stands for Russia's government) and the Better Business Bureau as a non-profit", () => {
    const sheet = sheetOf(
      "FBI warns of holiday scams\n\nThe FBI and the Better Business Bureau warned shoppers on Monday. The Kremlin denied any role in the attacks on US retailers.",
    );
    expect(names(sheet.agencies)).not.toContain("Kremlin");
    expect(names(sheet.organizations)).toContain("Better Business Bureau");
    expect(names(sheet.agencies)).not.toContain("Better Business Bureau");
  });

  it("reads a government's advisory committee and a ruling party's Central Committee as agencies, not companies", () => {
    const sheet = sheetOf(
      "Secretive panel advises leadership\n\nThe Politburo studied a report from the National Cyberspace Advisory Committee in Vietnam, which advises the Central Committee.",
    );
    expect(names(sheet.agencies)).toEqual(
      expect.arrayContaining(["National Cyberspace Advisory Committee", "Central Committee"]),
    );
    expect(names(sheet.organizations)).toEqual([]);
  });

  it("reads who provides, develops or maintains a product as a company ('a C library provided by Verrin Embedded')", () => {
    const sheet = sheetOf(
      "Flaws hit industrial devices\n\nThe flaws are in NetCore, a small C library provided by Verrin Embedded that runs on industrial controllers. The stack is maintained by Kobel Dynamik.",
    );
    expect(names(sheet.organizations)).toEqual(expect.arrayContaining(["Verrin Embedded", "Kobel Dynamik"]));
  });

  it("reads a well-known company's unit where a person holds a post at it ('vice president at Cisco Secure')", () => {
    const sheet = sheetOf(
      "Router botnet grows\n\nThe botnet now spans 40,000 routers. Dana Whitfield, vice president at Cisco Secure, said the operators rent it out. Priya Raman, principal analyst with IBM Security, agreed.",
    );
    expect(names(sheet.organizations)).toEqual(expect.arrayContaining(["Cisco Secure", "IBM Security"]));
    // "of" still names a product line: "vice president of Apple Pay".
    const product = sheetOf(
      "Wallet adds tap to pay\n\nThe feature ships this month, said Jordan Ames, vice president of Apple Pay.",
    );
    expect(names(product.organizations)).not.toContain("Apple Pay");
  });

  it("reads no company from a kind of malware written with a capital ('a new Android banking Trojan')", () => {
    const sheet = sheetOf(
      "New banking Trojan spreads\n\nA new Android banking Trojan has been discovered by researchers at Norvik. In the same way as the Kestrel banking Trojan, the autofill service is launched to steal codes.",
    );
    expect(names(sheet.organizations)).not.toContain("Trojan");
  });

  it("keeps a country's own name that ends a body's name, and splits two bodies each named with 'of'", () => {
    const sheet = sheetOf(
      "Banks warn customers\n\nThe National Bank of Pakistan said nothing. The University of Maryland and the University of Colorado Boulder published the study.",
    );
    const orgs = names(sheet.organizations);
    expect(orgs).toEqual(
      expect.arrayContaining([
        "National Bank of Pakistan",
        "University of Maryland",
        "University of Colorado Boulder",
      ]),
    );
    expect(orgs).not.toContain("National Bank of");
  });

  it("reads well-known central banks as government bodies, not people or companies ('the Federal Reserve')", () => {
    const sheet = sheetOf(
      "Payment link to go live\n\nBank Negara Malaysia said the link would go live next year. The Federal Reserve declined to comment, and the Swiss National Bank and the Bank of England said nothing.",
    );
    const agencies = sheet.agencies.map((a) => a[0] ?? "");
    expect(agencies).toEqual(
      expect.arrayContaining([
        "Bank Negara Malaysia",
        "Federal Reserve",
        "Swiss National Bank",
        "Bank of England",
      ]),
    );
    expect(names(sheet.persons)).not.toContain("Federal Reserve");
    expect(names(sheet.organizations)).not.toContain("National Bank");
  });

  it("keeps a known body's name whole where it holds 'and' and a list goes on after it", () => {
    const sheet = sheetOf(
      "Holiday warning issued\n\nThe Cybersecurity and Infrastructure Security Agency and the White House warned companies on Tuesday. The Federal Trade Commission and the Securities and Exchange Commission agreed.",
    );
    const agencies = sheet.agencies.map((a) => a[0] ?? "");
    expect(agencies).toEqual(
      expect.arrayContaining([
        "Cybersecurity and Infrastructure Security Agency",
        "White House",
        "Securities and Exchange Commission",
      ]),
    );
    expect(agencies).not.toContain("Infrastructure Security Agency");
    // One word and a body's head after "and" end the body's name, whatever word stands before "and".
    const regulators = sheetOf(
      "Regulators share powers\n\nThe Australian Communications and Media Authority will enforce the code, and the Competition and Markets Authority said it would review the deal.",
    );
    const named = (name: string) => regulators.agencies.some((a) => a.includes(name));
    expect(named("Australian Communications and Media Authority")).toBe(true);
    expect(named("Competition and Markets Authority")).toBe(true);
  });

  it("reads a person whose appositive gives a body and a post ('X, the Bank of England governor'), and a company one giving its trade", () => {
    const sheet = sheetOf(
      'Banks lean on cloud giants\n\n"We need more assurance," Dana Whitfield, the Norvik Bank governor, told reporters. Plugins belonging to Kestrel Themes, a developer of WordPress add-ons, were backdoored.',
    );
    expect(names(sheet.persons)).toContain("Dana Whitfield");
    expect(names(sheet.organizations)).not.toContain("Dana Whitfield");
    expect(names(sheet.organizations)).toContain("Kestrel Themes");
  });

  it("reads well-known bodies named by their acronym alone, and one whose name starts with words also written in lower case", () => {
    const sheet = sheetOf(
      "Streaming pirate charged\n\nA man who ran a pirate streaming site was charged on Monday with hacking accounts at the NFL and MLB. A researcher at MIT said open source code he reused was flawed, and the Open Source Security Foundation (OpenSSF) said it would review it.",
    );
    const found = sheet.organizations.map((item) => item.join(" | "));
    for (const name of [
      "National Football League | NFL",
      "Major League Baseball | MLB",
      "Massachusetts Institute of Technology | MIT",
    ])
      expect(found).toContain(name);
    expect(names(sheet.organizations)).toContain("Open Source Security Foundation");
    expect(names(sheet.organizations)).not.toContain("Security Foundation");
  });

  it("lists once a company named by its short and full forms, and Facebook with Meta", () => {
    const sheet = sheetOf(
      "Router flaw patched\n\nCisco Systems patched a router flaw on Monday that Akamai Technologies had reported. Cisco said no customer was hit; Akamai said it saw scans. Meta, which owns Facebook, said its offices use the routers.",
    );
    const items = sheet.organizations.map((item) => [...item].sort().join(" | "));
    expect(items).toEqual(
      expect.arrayContaining(["Cisco | Cisco Systems", "Akamai | Akamai Technologies", "Facebook | Meta"]),
    );
    expect(items).toHaveLength(3);
    const cloud = sheetOf(
      "Booking site exposed records\n\nA booking site left 3 million records in a storage bucket on Amazon Web Services, researchers said on Monday. Amazon closed the bucket on Tuesday.",
    );
    expect(cloud.organizations.map((item) => [...item].sort().join(" | "))).toContain(
      "Amazon | Amazon Web Services",
    );
  });

  it("reads no place from a tech company's short name ('Palo Alto' beside 'Palo Alto Networks'), but keeps 'offices in Palo Alto'", () => {
    const short = sheetOf(
      "Palo Alto warns of BEC as a service\n\nBusiness email compromise still costs US victims millions, according to a new report from Palo Alto Networks. Victims, according to Palo Alto researchers, want to avoid harm to their reputation.",
    );
    expect(short.places).not.toContain("Palo Alto");
    const office = sheetOf(
      "Startup raided over fraud\n\nPolice searched its offices in Palo Alto, California, on Monday. The startup had hired staff away from Palo Alto Networks.",
    );
    expect(office.places).toContain("Palo Alto");
  });

  it("reads a company named like a place when it ends a list of well-known companies, not in a list of places", () => {
    const vendors = sheetOf(
      "Bluetooth flaws hit chips\n\nThe flaws affect chips from several vendors, including Intel, Qualcomm, Texas Instruments, and Cypress, researchers said on Monday.",
    );
    expect(names(vendors.organizations)).toContain("Cypress");
    const offices = sheetOf(
      "Hospital group hit by ransomware\n\nThe group runs clinics in Houston and Cypress, Texas, and said on Monday that ransomware hit its servers.",
    );
    expect(names(offices.organizations)).not.toContain("Cypress");
  });

  it("lists once a unit named with and without its owner, and keeps the number in 'Qihoo 360'", () => {
    const sheet = sheetOf(
      "Botnet hijacks routers\n\nResearchers at Cisco Talos found the botnet in March. Talos said it has infected 20,000 routers, and Chinese security firm Qihoo 360 said it saw the same malware.",
    );
    const items = sheet.organizations.map((item) => [...item].sort().join(" | "));
    expect(items).toContain("Cisco Talos | Talos");
    expect(names(sheet.organizations)).toContain("Qihoo 360");
    expect(names(sheet.organizations)).not.toContain("Qihoo");
  });

  it("reads no company from a government body's kind word standing alone for it ('the Bureau's servers')", () => {
    const sheet = sheetOf(
      "Statistics office confirms intrusion\n\nThe Statistics Bureau said intruders reached its remote-access servers. While the attackers were able to breach the Bureau's servers, they could not plant backdoors.",
    );
    expect(names(sheet.organizations)).not.toContain("Bureau");
  });

  it("reads well-known agencies by name and acronym as one each ('U.S. Postal Service' and 'USPS', 'DIICOT')", () => {
    const sheet = sheetOf(
      "Inspector charged with stealing employee data\n\nA former U.S. Postal Service analyst was charged on Tuesday. The USPS said it found the copies in March. In Romania, DIICOT prosecutors searched two homes, and Services Australia warned of scam texts.",
    );
    const agencies = sheet.agencies.map((a) => a[0] ?? "");
    expect(agencies).toEqual(
      expect.arrayContaining([
        "United States Postal Service",
        "Directorate for Investigating Organized Crime and Terrorism",
        "Services Australia",
      ]),
    );
    expect(agencies.filter((a) => /Postal|USPS/.test(a))).toHaveLength(1);
  });

  it("keeps the body a post belongs to before a person ('National Security Agency Director Gen. …'), not a post ('National Cyber Director …')", () => {
    const sheet = sheetOf(
      "Spy chief warns of ransomware\n\n“We cannot see all the dots,” National Security Agency Director Gen. Alden Frost told the panel. National Cyber Director Maren Holt agreed.",
    );
    const agencies = sheet.agencies.map((a) => a[0] ?? "");
    expect(agencies).toContain("National Security Agency");
    expect(agencies).not.toContain("National Cyber");
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Alden Frost", "Maren Holt"]));
  });

  it("splits bodies listed with 'and the' or before a known body's name ('… and the Ontario Provincial Police', 'House and Senate')", () => {
    const sheet = sheetOf(
      "Ransomware affiliate arrested\n\nThe arrest followed work by the Federal Bureau of Investigation and the Ontario Provincial Police. The bill passed the House and Senate last week.",
    );
    const agencies = sheet.agencies.map((a) => a[0] ?? "");
    expect(agencies).toEqual(
      expect.arrayContaining(["Federal Bureau of Investigation", "Ontario Provincial Police"]),
    );
    expect(agencies.some((a) => / and /.test(a))).toBe(false);
  });

  it("reads a security firm's short name as the firm ('Abnormal Security', 'Abnormal's report')", () => {
    const sheet = sheetOf(
      "Analyst tracks cybercrooks\n\nThe former analyst, now director of threat intel at Abnormal Security, spoke on Monday. He also shared findings from Abnormal’s recent report.",
    );
    const firms = sheet.organizations.filter((o) => o.some((n) => /Abnormal/.test(n)));
    expect(firms).toHaveLength(1);
  });

  it("reads no body from a caption opened by a head word before 'on' ('Post on the XSS hacking forum'), but keeps 'The Washington Post'", () => {
    const sheet = sheetOf(
      "Gangs recruit Chinese hackers\n\nThe gang posted an ad in Mandarin, The Washington Post reported.\n\nPost on the XSS hacking forum\n\nThe post drew few replies.",
    );
    expect(names(sheet.organizations).some((n) => /^Post on/.test(n ?? ""))).toBe(false);
    expect(sheet.organizations.flat().some((n) => /Washington Post/.test(n))).toBe(true);
  });

  it("reads a coined one-word brand that 'says that' or 'is rolling out' as a company, not a surname with a capital inside or an agency's short name", () => {
    const sheet = sheetOf(
      "Search firm adds email protection\n\nZapLink is rolling out an email privacy feature that strips trackers. In a blog post today, ZapLink says that it will never save your emails. Governor DeSantis said nothing about it. The DoJ said that it was aware of the feature.",
    );
    expect(names(sheet.organizations)).toContain("ZapLink");
    expect(sheet.organizations.flat()).not.toContain("DeSantis");
    expect(sheet.organizations.flat()).not.toContain("DoJ");
  });

  it("reads no body from the part of a host name after its dot ('MEGA.NZ')", () => {
    const sheet = sheetOf(
      "Gang dumps victims' data\n\nThe actors uploaded stolen data to MEGA.NZ, a cloud storage and file sharing service, researchers said.",
    );
    expect(sheet.organizations.flat()).not.toContain("NZ");
  });

  it("reads no company from a file format's acronym used as one ('an MSI file')", () => {
    const sheet = sheetOf(
      "Installer flaw exploited\n\nThe bug lets an attacker replace any executable on the system with an MSI file and run code as an administrator.",
    );
    expect(sheet.organizations.flat()).not.toContain("MSI");
  });

  it("reads the sponsor of a group as the body nearest it, not the one that charged its officers", () => {
    const sheet = sheetOf(
      "Games hackers charged\n\nLast year, the US Department of Justice charged six Russian Main Intelligence Directorate (GRU) officers believed to be part of the Sandworm hacking group.",
      "2021-07-20",
    );
    expect(sheet.agencies.flat()).toContain("United States Department of Justice");
    expect(sheet.organizations.flat()).toContain("GRU");
  });

  it("reads a bare acronym used before its body is spelt out as that body ('an SEC department', then 'the Securities and Exchange Commission (SEC)')", () => {
    const sheet = sheetOf(
      "Regulator warns of broker impostors\n\nThe office, an SEC department, published the warning. Investors can check a broker with the Securities and Exchange Commission (SEC) before paying.",
    );
    expect(sheet.agencies.filter((a) => a.includes("SEC"))).toHaveLength(1);
  });

  it("reads a body's acronym before its programme's coined name ('TSA PreCheck'), and self-regulators as organisations", () => {
    const sheet = sheetOf(
      "Fake renewal sites target travellers\n\nVictims paid for TSA PreCheck renewals that never came. Brokers can be checked with the Financial Industry Regulatory Authority (FINRA), and abuse reported to the National Center for Missing and Exploited Children.",
    );
    expect(sheet.agencies.flat()).toContain("TSA");
    expect(sheet.organizations.flat()).toEqual(
      expect.arrayContaining(["FINRA", "National Center for Missing and Exploited Children"]),
    );
    expect(sheet.agencies.flat()).not.toContain("FINRA");
  });

  it("reads a known agency's field office as that agency ('the FBI's Pittsburgh Field Office', 'their local FBI Field Office')", () => {
    const sheet = sheetOf(
      "Dark web market admin sentenced\n\nThe inquiry into the market involved the FBI's Pittsburgh Field Office, French police and Europol. Victims should contact their local FBI Field Office, US prosecutors said.",
    );
    const fbi = sheet.agencies.filter((names) => names.some((n) => /FBI/.test(n)));
    expect(fbi).toHaveLength(1);
    expect(fbi[0]).toEqual(
      expect.arrayContaining(["Federal Bureau of Investigation", "FBI's Pittsburgh Field Office"]),
    );
    expect(sheet.places).toContain("Pittsburgh");
  });

  it("reads no person from a flaw's name before its CVE id ('Max Slot Length Overflow (CVE-…)')", () => {
    const sheet = sheetOf(
      "Bluetooth chips open to crashes\n\nThe researchers listed the flaws they found in the chips:\n\n1. Invalid Feature Page Execution (CVE-2021-34147 - crash)\n\n2. Max Slot Length Overflow (CVE-2021-34148 - crash)",
    );
    expect(sheet.persons).toEqual([]);
  });

  it("reads a known body written with '&' ('Department of Health & Human Services') as that body, and Australia's consumer and privacy watchdogs by their acronyms", () => {
    const hhs = sheetOf(
      "Gang mails malicious USB sticks\n\nThe gang impersonated Amazon and the US Department of Health & Human Services (HHS) to trick the targets, the FBI said on Friday.",
    );
    expect(names(hhs.agencies)).toContain("United States Department of Health and Human Services");
    expect(hhs.agencies.flat()).not.toContain("Department of Health");
    const watchdogs = sheetOf(
      "Scam losses climb\n\nThe latest figures from the ACCC show losses of AU$7 million so far this year. The OAIC said it had received 20 reports.",
    );
    expect(names(watchdogs.agencies)).toEqual(
      expect.arrayContaining([
        "Australian Competition and Consumer Commission",
        "Office of the Australian Information Commissioner",
      ]),
    );
  });

  it("reads a known body's common misspelling ('the US Federal Bureau of Investigations') as that body, beside its acronym", () => {
    const sheet = sheetOf(
      "FBI warns of ransomware affiliate\n\nThe US Federal Bureau of Investigations has published its first advisory on a ransomware affiliate. The FBI said the group had been active since 2018.",
    );
    const fbi = sheet.agencies.filter((names) => names.some((n) => /Federal Bureau|FBI/.test(n)));
    expect(fbi).toHaveLength(1);
    expect(fbi[0]?.[0]).toBe("Federal Bureau of Investigation");
  });
});

describe("known units written in lower case", () => {
  it("reads 'the Ukrainian cyber police' and 'Ukraine's cyber-police' as the known unit, and no unit from another country's", () => {
    const ukraine = sheetOf(
      "Police arrest ransomware pair\n\nThe Ukrainian cyber police said on Monday that it arrested two men. Ukraine's cyber-police also seized their cars.",
      "2021-10-04",
    );
    expect(ukraine.agencies.map((a) => a[0])).toEqual(["Cyber Police of Ukraine"]);
    const lagos = sheetOf(
      "Police arrest fraud pair\n\nThe cyber police in Lagos arrested two men.",
      "2021-10-04",
    );
    expect(lagos.agencies).toEqual([]);
  });
});

describe("spy services as hackers' sponsors", () => {
  it("reads a spy service named in sentences of hacking or of its officers as an organisation, under one name", () => {
    const sheet = sheetOf(
      "US indicts four over hacking campaign\n\nThe front company operated under the direct supervision of the Hainan State Security Department (HSSD), the provincial arm of China's Ministry of State Security (MSS). Prosecutors allege the MSS directed the group's hacking campaigns since 2011. Three of the four were MSS officers, officials said.",
      "2021-07-19",
    );
    expect(sheet.agencies).toEqual([]);
    expect(sheet.organizations).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(["Ministry of State Security", "MSS"]),
        expect.arrayContaining(["Hainan State Security Department", "HSSD"]),
      ]),
    );
  });

  it("keeps the FSB an agency where it arrests hackers", () => {
    const sheet = sheetOf(
      "Russia arrests gang members\n\nRussia's Federal Security Service (FSB) said it arrested 14 members of a hacking group on Friday.",
      "2022-01-14",
    );
    expect(sheet.agencies.map((a) => a[0])).toContain("Federal Security Service");
  });
});

describe("Iran's spy services", () => {
  it("reads the IRGC and MOIS by their names and acronyms, as sponsors beside hacking", () => {
    const sheet = sheetOf(
      "Social network disrupts Iranian hacking campaign\n\nThe malware was built by an IT company in Tehran with ties to the Islamic Revolutionary Guard Corps (IRGC), which backs several hacking groups. A second group is a subordinate element within Iran's Ministry of Intelligence and Security (MOIS), which directs its cyber espionage.",
      "2021-07-16",
    );
    const names = sheet.organizations.map((o) => o[0]);
    expect(names).toEqual(
      expect.arrayContaining(["Islamic Revolutionary Guard Corps", "Ministry of Intelligence and Security"]),
    );
  });
});

describe("short names of bodies", () => {
  it("reads a country's body by its short name where the article names the country, and an acronym of a body named in full as that body", () => {
    const sheet = sheetOf(
      "Ukrainian police detain ransomware suspects\n\nUkrainian police said the SSU arrested three suspects in Kyiv. The Harbour Security Authority of Norland also helped, and HSA said the servers were seized.",
      "2021-10-05",
    );
    const agencies = sheet.agencies.map((a) => a[0]);
    expect(agencies).toContain("Security Service of Ukraine");
    const authority = sheet.agencies.find((a) => a[0] === "Harbour Security Authority of Norland");
    expect(authority).toContain("HSA");
    expect(agencies).not.toContain("HSA");
  });

  it("ends a body's name before 'and' and a post with a person's name", () => {
    const sheet = sheetOf(
      "Market admin jailed\n\nThe sentence was announced yesterday by the U.S. Department of Justice and U.S. Attorney Cindy K. Marlowe for the Western District of Pennsylvania. According to a DoJ press release, he laundered $8 million.",
      "2021-07-14",
    );
    const agencies = sheet.agencies.map((a) => a[0]);
    expect(agencies).toContain("United States Department of Justice");
    expect(agencies.some((a) => a?.includes("Marlowe"))).toBe(false);
  });
});

describe("bodies by their social handles", () => {
  it("reads a known body from its handle in an embedded post, not from an e-mail address", () => {
    const sheet = sheetOf(
      "Affiliates arrested\n\nThanks to the partners who helped take the servers down: @EC3Europol @FBI @metpoliceuk. Tips go to tips@CISA.example.",
      "2021-11-08",
    );
    const agencies = sheet.agencies.map((a) => a[0]);
    expect(agencies).toContain("Federal Bureau of Investigation");
    expect(agencies).not.toContain("Cybersecurity and Infrastructure Security Agency");
  });
});
