/**
 * Hard cases of event types, each from invented sentences written the way news is: a kind of attack
 * named as the topic of a trend piece, advice or a policy against the article's own incident. The
 * older event cases are in hard-cases.test.ts.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

describe("attacks named as a kind", () => {
  it("reads no attack from advice, trends or a tool report about 'ransomware attacks', 'ransomware gangs', 'data breaches' or 'DDoS attacks'", () => {
    for (const text of [
      "Five ways to recover faster from ransomware attacks\n\nRansomware attacks can keep a company offline for days, so backups must be tested before an incident. Ransomware gangs increasingly steal data first, and recovery plans should assume that too.",
      "Ransomware gangs are changing their tactics\n\nRansomware gangs are now asking for larger payments and threatening to call customers of the firms they hit, according to a survey of incident responders published on Tuesday.",
      "New bugs found in red-team tool\n\nResearchers found two bugs in the Falconer post-exploitation kit, which is commonly seen in ransomware attacks, and the vendor fixed them on Monday.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("attack/ransomware");
    const survey = sheetOf(
      "Managers still underestimate cyber risk, survey finds\n\nMost managers say data breaches happen to other companies, and fewer than half have a budget to respond to DDoS attacks, according to a survey of 2,000 firms published on Tuesday.",
    );
    expect(survey.event_types).not.toContain("attack/data-breach");
    expect(survey.event_types).not.toContain("attack/ddos");
  });

  it("keeps attacks told as these cases: named, counted, with their victims, done, or in an arrest", () => {
    for (const text of [
      "Two hospital groups affected by separate ransomware incidents\n\nTwo hospital groups in Ohio were affected by separate ransomware incidents this week, which took their patient records offline.",
      "Schools closed after attacks\n\nA wave of ransomware attacks on school districts in Nevada closed twelve schools on Monday, officials said.",
      "Police arrest resident for ransomware attacks\n\nPolice arrested a 34-year-old resident of Ottawa on Tuesday for ransomware attacks on businesses in Canada.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).toContain("attack/ransomware");
    const hacktivists = sheetOf(
      "New hacktivist group targets banks\n\nMembers of the Red Lotus group carried out website defacements, data leaks and DDoS attacks over the weekend, knocking three bank portals offline.",
    );
    expect(hacktivists.event_types).toContain("attack/ddos");
  });
});

describe("flaws named without being disclosed", () => {
  it("reads no disclosure from flaws exploited, taken advantage of, or found in a gang's own encryption", () => {
    for (const text of [
      "Botnet returns with new tricks\n\nThe Quillfox botnet has refreshed its arsenal with new vulnerability exploits and now talks to its servers over WebSockets, researchers said on Tuesday.",
      "Ransomware crews grow bolder\n\nRansomware crews are demanding larger payments, as they have taken advantage of security vulnerabilities opened up by remote working, a report published on Tuesday says.",
      "Agencies warn of state hackers\n\nThe hackers gain access with methods ranging from spear-phishing to exploiting a large variety of known security vulnerabilities, the agencies said on Tuesday.",
      "Free decryptor released for Drakon ransomware\n\nResearchers released a free decryptor on Tuesday. The release means the gang has also learned of the flaw in its encryption routine and will likely fix it.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads a patch not made yet, or an attack a victim has not named, as no event", () => {
    for (const text of [
      "Backup servers hit by three bugs\n\nCustomers should keep the servers off the internet until there's a patch, the researchers said on Tuesday.",
      "Mail servers targeted again\n\nThe attackers go after mail servers that haven't yet been patched, the researchers said on Tuesday.",
      "Outage at a university\n\nAlthough the university hasn't mentioned a ransomware attack, the outage looks like one, experts said on Tuesday.",
    ]) {
      const events = sheetOf(text, "2022-03-10").event_types;
      expect(events).not.toContain("vulnerability/patch");
      expect(events).not.toContain("attack/ransomware");
    }
  });
});

describe("court steps in police reports", () => {
  it("reads one court step told after an arrest lead, not one told after a sentencing lead", () => {
    const arrest = sheetOf(
      "Security firm founder arrested on treason charge\n\nPolice arrested the founder of a security firm in Moscow on Tuesday. Officers also searched the firm's offices. His lawyer declined to comment.\n\nThe judge ordered him held for two months.",
      "2021-09-30",
    );
    expect(arrest.event_types).toContain("law-enforcement/court");
    const sentenced = sheetOf(
      "Botnet operator sentenced to time served\n\nA Russian man was sentenced on Tuesday to time served for running a botnet. He had pleaded guilty last year. The botnet once held 50,000 machines.\n\nThe judge ordered him deported after his release.",
      "2021-09-30",
    );
    expect(sentenced.event_types).not.toContain("law-enforcement/court");
  });
});

describe("crypto thefts", () => {
  it("reads a theft from a DeFi platform, crypto stolen from accounts and fake wallets as crypto fraud", () => {
    for (const text of [
      "Hacker steals $12 million from Kobalt DeFi platform\n\nThe attacker abused a flaw in the platform's lending contract on Monday.",
      "Exchange sends breach letters after accounts had cryptocurrency stolen\n\nThe exchange said on Monday that attackers took over 900 accounts.",
      "Ads for faux cryptowallets net scammers $200,000\n\nThieves are buying search ads that lead victims to fake wallets, which steal their credentials.",
    ])
      expect(sheetOf(text, "2022-03-10").crime_types).toContain("crypto-fraud");
  });
});

describe("outages an attack causes", () => {
  it("reads no takedown where an attack or ransomware took services down", () => {
    for (const text of [
      "Government websites hit\n\nA massive cyberattack has taken down several government websites in Ukraine, officials said on Friday.",
      "Court services disrupted\n\nA ransomware attack has taken down several IT services of the justice department, officials said on Friday.",
      "FBI: Gangs hit casinos\n\nThe FBI said ransomware gangs have hit several casinos in Nevada, taking down their systems.",
      "Clinic recovers\n\nThe FBI said the intrusion took down the network of the Vellor Clinic in Ohio, US.",
    ])
      expect(sheetOf(text, "2022-01-14").event_types).not.toContain("law-enforcement/takedown");
    const police = sheetOf(
      "Police take down phishing service\n\nDutch police have taken down a phishing-as-a-service platform used by 300 criminals, officials said on Friday.",
      "2022-01-14",
    );
    expect(police.event_types).toContain("law-enforcement/takedown");
  });
});

describe("flaws called weaknesses", () => {
  it("reads a security or takeover weakness as a flaw disclosed", () => {
    const sheet = sheetOf(
      "Thousands of parked domains open to takeover\n\nResearchers found that a domain registrar had left 20,000 parked domains open to hijacking. The domains pointed to deleted cloud storage buckets, a domain takeover weakness the registrar fixed on Friday.",
    );
    expect(sheet.event_types).toContain("vulnerability/disclosure");
  });
});

describe("flaws that expose data", () => {
  it("reads a bug, flaw or zero-day that 'exposes' data as a flaw, not a breach; data an attack exposed stays a breach", () => {
    const flaw = sheetOf(
      "Web Server Zero-Day Exposes Sensitive Data\n\nA zero-day flaw in the Harbor web server lets remote attackers read files outside the web root. The project released version 3.1.2 to fix it on Tuesday.",
    );
    expect(flaw.event_types).not.toContain("attack/data-breach");
    expect(flaw.event_types).toContain("vulnerability/disclosure");
    const breach = sheetOf(
      "Retailer attack exposes customer data\n\nAn attack on the retailer Norvik exposed the names and card details of 40,000 customers, the company said on Tuesday.",
    );
    expect(breach.event_types).toContain("attack/data-breach");
  });
});

describe("a denial of service a flaw leads to", () => {
  it("reads no DDoS attack from the impact of a flaw ('the risk ranges from denial-of-service … to code execution'); a DDoS campaign stays one", () => {
    const flaw = sheetOf(
      "Chip flaws crash smart speakers\n\nResearchers disclosed 14 flaws in the firmware of wireless chips. The risk ranges from denial-of-service (DoS) by crashing the firmware to arbitrary code execution, and two bugs could cause a denial of service on paired laptops.",
    );
    expect(flaw.event_types).not.toContain("attack/ddos");
    expect(flaw.crime_types).not.toContain("ddos");
    const attack = sheetOf(
      "Bank sites knocked offline\n\nA hacktivist group launched a denial-of-service attack on three banks on Monday, leaving their websites offline for hours.",
    );
    expect(attack.event_types).toContain("attack/ddos");
  });
});

describe("a data leak and compromised passwords", () => {
  it("reads a data leak, a data exposure and passwords that have been compromised as a breach; not a gang's data leak site, nor compromised credentials used to get in", () => {
    const leak = sheetOf(
      "Health department suspends vaccine pass app after data leak\n\nThe health department halted its vaccine certificate service on Friday after some users were shown the records of other people.",
    );
    expect(leak.event_types).toContain("attack/data-breach");
    const passwords = sheetOf(
      "Password manager users told their master passwords are compromised\n\nMany users of the password manager say their master passwords have been compromised after they received warnings of blocked logins from abroad.",
    );
    expect(passwords.event_types).toContain("attack/data-breach");
    const site = sheetOf(
      "Ransomware gang hits toy maker\n\nThe Corvid ransomware gang encrypted the toy maker's servers on Monday and listed the company on its data leak site. The gang got in using compromised credentials for a VPN account.",
    );
    expect(site.event_types).not.toContain("attack/data-breach");
  });

  it("reads the theft of sensitive data an attack caused as a breach", () => {
    const sheet = sheetOf(
      "Ransomware gangs hit county clinics\n\nThe attacks on the clinics caused weeks of disruption and the theft of sensitive patient data, the FBI said.",
    );
    expect(sheet.event_types).toContain("attack/data-breach");
  });

  it("reads a firm's source code leaked as a breach; not leaked source code a tool is built from, nor a ransomware's own code", () => {
    const leaked = sheetOf(
      "Streaming site hit in massive hack\n\nAn unknown hacker has leaked the entirety of Streamly's source code among a 120 GB trove of files posted this week.",
    );
    expect(leaked.event_types).toContain("attack/data-breach");
    for (const text of [
      "Free decryptor released for Corvid victims\n\nResearchers said the decryptor was built using leaked source code and keys.",
      "Corvid ransomware code dumped on forum\n\nA threat actor has leaked the complete source code for the Corvid ransomware on a hacking forum.",
    ])
      expect(sheetOf(text).event_types).not.toContain("attack/data-breach");
  });
});

describe("what malware could do", () => {
  it("reads no malware attack from what such software can do or what a flaw lets attackers do; malware 'that can steal' is still deployed", () => {
    const able = sheetOf(
      "Audio chip flaws let apps eavesdrop\n\nResearchers disclosed four flaws in the audio processor of a popular phone chip on Thursday. Malicious apps can abuse the flaws to record calls. An attacker could also take control of the chip, letting them plant malware on the phone.",
    );
    expect(able.event_types).not.toContain("attack/malware");
    expect(able.event_types).toContain("vulnerability/disclosure");
    const deed = sheetOf(
      "Gang returns with new ransomware\n\nThe gang has hit retailers for years by deploying POS malware that can steal card details from checkout terminals, researchers said on Tuesday.",
    );
    expect(deed.event_types).toContain("attack/malware");
  });
});

describe("what software or a bug enables", () => {
  it("reads no attack from what a trojan's access is 'enabling' or a bug is 'allowing'", () => {
    const trojan = sheetOf(
      "Banking trojan spreads by text message\n\nThe mobile trojan grants itself access to almost everything, enabling spying, data-harvesting, stalking and fraud attacks.",
    );
    expect(trojan.event_types).not.toContain("attack/espionage");
    expect(trojan.event_types).not.toContain("fraud/scam");
    const bug = sheetOf(
      "Chat app bug allowing phishing left unpatched\n\nA flaw in the chat app's link previews, allowing phishing and spoofing, has gone unpatched since March, researchers said.",
    );
    expect(bug.event_types).not.toContain("attack/phishing");
  });
});

describe("what the article cannot yet tell", () => {
  it("reads no deed from what is asked 'whether' it happened", () => {
    const sheet = sheetOf(
      "Watchdog will review spying claims\n\nThe inspector general said on Monday it is reviewing whether the agency spied on a television host's emails.",
    );
    expect(sheet.event_types).not.toContain("attack/espionage");
    expect(sheet.crime_types).not.toContain("espionage");
  });
});

describe("phishing as an attack's means", () => {
  it("reads phishing emails that open a campaign the lead tells of as phishing; not those that opened a ransomware attack", () => {
    const campaign = sheetOf(
      "Hackers plant backdoors on lawyers' laptops\n\nA state-linked hacking group has spied on human rights lawyers for a decade, researchers said on Wednesday.\n\nThe researchers tied the intrusions to one group through shared servers and code. The group has been active since 2012 and has hit targets in three countries. Its tools are simple but have gone unnoticed for years.\n\nThe group starts an infection chain with spear phishing emails that carry booby-trapped documents.",
    );
    expect(campaign.event_types).toContain("attack/phishing");
    const ransom = sheetOf(
      "Ransomware attack shuts down grain cooperative\n\nA ransomware attack encrypted the cooperative's servers on Sunday and the gang demanded $5 million.\n\nThe cooperative said it had restored most of its systems from backups. Its grain deliveries were delayed for three days. It has told the FBI and is working with an outside firm.\n\nThe attackers got in through phishing emails sent to the accounts team, the cooperative said.",
    );
    expect(ransom.event_types).toContain("attack/ransomware");
    expect(ransom.event_types).not.toContain("attack/phishing");
  });
});

describe("a phishing scam", () => {
  it("reads a phishing or text-message scam as phishing, not as a scam of its own; fraud a theft results in is no scam", () => {
    const sheet = sheetOf(
      "Phishing scam targets video creators\n\nA phishing scam sent fake copyright notices to video creators this week to hijack their accounts, researchers said. A text message scam also pushed a banking trojan to their phones.\n\nStolen logins are used for data theft, financial fraud or follow-on attacks, they said.",
    );
    expect(sheet.event_types).toContain("attack/phishing");
    expect(sheet.event_types).not.toContain("fraud/scam");
  });
});

describe("police steps dated earlier", () => {
  it("reads no charge from an indictment the words right after it date to an earlier year; a charge of the day stays", () => {
    const old = sheetOf(
      "Phone-unlocking ring cost carrier $200 million\n\nA man who bribed call-centre staff to plant malware on the carrier's network was sentenced on Tuesday to 12 years in prison.\n\nThe judge said he had run the scheme for seven years. He was indicted in 2017 and was later handed over by Hong Kong.",
      "2022-09-20",
    );
    expect(old.event_types).toContain("law-enforcement/conviction");
    expect(old.event_types).not.toContain("law-enforcement/charge");
    const fresh = sheetOf(
      "Phone-unlocking suspect charged\n\nProsecutors charged a man on Tuesday with bribing call-centre staff to plant malware on a carrier's network.",
      "2022-09-20",
    );
    expect(fresh.event_types).toContain("law-enforcement/charge");
  });
});

describe("patches that are not the article's news", () => {
  it("reads no patch from the update a lure tells users to download", () => {
    const sheet = sheetOf(
      "Android malware poses as its own cure\n\nA new strain is trying to trick phone owners into installing it by claiming that their handset is already infected with the same strain and that they need to download a security update.",
      "2022-01-20",
    );
    expect(sheet.event_types).not.toContain("vulnerability/patch");
  });

  it("reads no patch from 'patch management', a 'patching nightmare', a 'patch incoming', 'how to fix' or a fix planned", () => {
    for (const text of [
      "Agencies struggle with old systems\n\nShipping delays and scanning failures make a patching nightmare, and the new office should focus on patch management across agencies.",
      "Firewall manager bug is a zero-day, patch incoming\n\nThe vendor said attackers could run code on the management console; a patch incoming next week will close it.",
      // A how-to, and a fix planned.
      "Game launcher now needs a new service\n\nThe launcher now asks users to install an extra service. Here's how to fix the blank screen that stops some users from installing it.",
      "Firewall manager bug is a zero-day\n\nThe vendor said attackers could run code on the console. At the time of publication, the vendor planned to fix this vulnerability in its next release.",
    ])
      expect(sheetOf(text, "2022-01-20").event_types).not.toContain("vulnerability/patch");
  });

  it("reads no patch where none is made yet, none is available, a fake one is spread, or one came months before", () => {
    for (const text of [
      "Unpatched backup server flaws exploited\n\nResearchers found three flaws in the Norvik backup appliance. Customers should take vulnerable systems offline until a patch is released.",
      "Windows flaw lets users read the registry\n\nThe flaw affects every Windows 10 version. No workarounds, mitigations, or security patches are currently available, the researcher said.",
      "Attackers exploit new backup server bugs\n\nResearchers found three flaws in the Norvik backup appliance. In a related attack, threat actors were spamming a bogus Microsoft security update that dropped a backdoor.",
      "Email threads hijacked with Exchange flaws\n\nAttackers are hijacking email threads on Exchange servers to spread a loader. Microsoft fixed the vulnerabilities in March, but many servers remain exposed.",
      "Code servers drafted into DDoS botnet\n\nAttackers are exploiting CVE-2021-22205, a vulnerability that the vendor patched back in April 2021, to build a botnet.",
    ])
      expect(sheetOf(text, "2021-11-20").event_types).not.toContain("vulnerability/patch");
  });

  it("reads no patch from advice to apply or install patches, unless the sentence says they were released", () => {
    for (const text of [
      "Ransomware gang hits mail servers\n\nThe Hollowbyte gang is encrypting mail servers in Ohio, researchers said. To keep the gang out, companies are advised to apply patches for the two mail server flaws it uses.",
      "Print spooler attacks spread\n\nThe Hollowbyte ransomware gang is now encrypting servers in Ohio through print spooler flaws. The best defence is to ensure systems are patched as soon as possible.",
    ])
      expect(sheetOf(text, "2021-11-20").event_types).not.toContain("vulnerability/patch");
    const released = sheetOf(
      "Flaws found in factory controllers\n\nResearchers disclosed nine flaws in factory controllers used in Ohio. Plant operators are advised to apply the available security patches released by the vendor on Tuesday.",
      "2021-11-20",
    );
    expect(released.event_types).toContain("vulnerability/patch");
  });

  it("keeps a patch deployed by a named date, or a release that contains a fix for a CVE", () => {
    for (const text of [
      "Student data exposed by app flaw\n\nResearchers disclosed the flaw to the developer on September 21, but it took the developer until October 25 to deploy a patch.",
      "Bugs let defenders crash attackers' servers\n\nResearchers found a denial-of-service flaw in the team server. The vendor released version 4.4, which contains a fix for CVE-2021-36798.",
      "Router maker fixes critical, high severity pre-auth flaws in VPN routers\n\nThe bugs affect its small business routers, the vendor said on Wednesday.",
    ])
      expect(sheetOf(text, "2021-11-20").event_types).toContain("vulnerability/patch");
  });
});

describe("titles about a law, a plan, guidance or a debate", () => {
  it("reads no event a title about a bill, a strategy, guidance or a debate does not tell itself", () => {
    for (const text of [
      "Parliament passes bill allowing it to impose sanctions for cyber attacks\n\nThe bill lets the minister impose sanctions on people behind serious cyber attacks. Last year ransomware gangs encrypted the servers of 40 hospitals and stole patient data, officials said.",
      "Agency publishes guidance for securing VPN servers\n\nThe agency said state hackers have exploited VPN flaws to steal data from contractors. The guidance tells admins to pick vendors with a record of fixing flaws quickly.",
      "Chief predicts ransomware every day for years\n\nThe agency chief said ransomware gangs will keep hitting hospitals and pipelines, as they did when a gang encrypted a fuel pipeline's billing systems.",
    ])
      expect(sheetOf(text, "2021-11-20").event_types).toEqual([]);
  });

  it("reads no event from the cases a year's tally counts, but keeps one its title tells or an incident of the year", () => {
    const tally = sheetOf(
      "Data breaches reached an all-time high in 2021\n\nThe number of data breaches rose 68% in 2021, a report found on Monday. A ransomware attack on a pipeline operator and a breach at a telecom were among the largest.",
      "2022-01-25",
    );
    expect(tally.event_types).toEqual([]);
    const incident = sheetOf(
      "Camera maker suffers second cyberattack in 2021\n\nThe camera maker said on Monday that a ransomware attack encrypted servers at its offices in Ohio, its second attack this year.",
      "2021-10-12",
    );
    expect(incident.event_types).toContain("attack/ransomware");
  });

  it("keeps the incident of a title that names a law firm or a group policy", () => {
    for (const text of [
      "Ransomware hits law firm serving Fortune 500 companies\n\nA law firm in Ohio said on Tuesday that a ransomware attack encrypted its servers this week.",
      "Hollowbyte ransomware now encrypts Windows domains using group policies\n\nThe Hollowbyte ransomware gang encrypted the Windows domain of a retailer in Ohio through group policies this week, researchers said on Tuesday.",
    ])
      expect(sheetOf(text, "2021-11-20").event_types).toContain("attack/ransomware");
  });
});

describe("attacks a rule or a tool is meant to prevent", () => {
  it("reads no attack or scam from what rules, guidance or tools prevent or protect against", () => {
    for (const text of [
      "Regulator to write new telecom rules\n\nThe regulator will work on new rules to prevent SIM swapping attacks, it said on Thursday.",
      "Carriers ordered to block robocalls\n\nThe technology is critical to protecting customers from scams using spoofed robocalls, the regulator said.",
    ])
      expect(sheetOf(text).event_types).toEqual([]);
  });

  it("reads no attack from gangs of one nationality named as a kind ('Russian ransomware gangs start…'), but keeps 'Iranian ransomware attacks are being launched'", () => {
    const kind = sheetOf(
      "Russian ransomware gangs start recruiting Chinese hackers\n\nThe posts ask Mandarin-speaking members to share tips and buy access to networks, researchers said.",
      "2022-01-05",
    );
    expect(kind.event_types).toEqual([]);
    const attacks = sheetOf(
      "State hackers turn to ransomware\n\nIranian ransomware attacks are being launched in waves every six to eight weeks, the researchers said.",
      "2021-11-17",
    );
    expect(attacks.event_types).toContain("attack/ransomware");
  });

  it("reads an attack in a second verb phrase a modal governs, after a dash or comma and 'or', as hypothetical", () => {
    const sheet = sheetOf(
      "Vendor details macOS privacy bypass\n\nResearchers found a bug that lets apps reach protected user data. For example, the attacker could hijack an app installed on the device—or install their own malicious app—and record private conversations.",
      "2022-01-10",
    );
    expect(sheet.event_types).not.toContain("attack/malware");
  });

  it("reads no phishing from 'the lure of' money, an attraction, but still from a lure sent", () => {
    const pull = sheetOf(
      "Amateurs try their hand at ransomware\n\nThis lure of quickly making large sums of money is attracting interest from across the cyber-criminal spectrum, researchers said.",
      "2021-08-13",
    );
    expect(pull.event_types).not.toContain("attack/phishing");
    const sent = sheetOf(
      "Fake invoices target accountants\n\nThe attackers sent a lure posing as an overdue invoice to hundreds of accountants, researchers said.",
      "2021-08-13",
    );
    expect(sent.event_types).toContain("attack/phishing");
  });

  it("reads a patch from a flaw that 'was fixed' or 'have been fixed', not from an outage 'resolved'", () => {
    const fixed = sheetOf(
      "Plugin flaw opens sites to takeover\n\nResearchers found a privilege escalation flaw in the plugin. The vulnerability was fixed in version 1.8.2, the researchers said.",
      "2021-09-02",
    );
    expect(fixed.event_types).toContain("vulnerability/patch");
    const outage = sheetOf(
      "Bank back online after DDoS attack\n\nThe bank's website was hit by a DDoS attack on Tuesday. The issue has been resolved, a spokesperson said.",
      "2021-09-08",
    );
    expect(outage.event_types).not.toContain("vulnerability/patch");
  });

  it("reads no attack from one named as a risk ('Ransomware attack risk increases on holidays')", () => {
    const risk = sheetOf(
      "Agencies: Ransomware attack risk increases on holidays, weekends\n\nThe two agencies urged organizations not to let down their defenses over the coming holiday weekend, in a joint advisory issued today.",
      "2021-08-31",
    );
    expect(risk.event_types).toEqual([]);
    expect(risk.crime_types).toEqual([]);
  });

  it("keeps a breach a victim acts to prevent more of", () => {
    const breach = sheetOf(
      "State exposes teachers' records\n\nThe department said it had taken the search tool offline to prevent further unauthorized access of educators' records after a reporter found 600,000 Social Security numbers exposed in its pages.",
    );
    expect(breach.event_types).toContain("attack/data-breach");
  });
});

describe("updates that fix no security flaw", () => {
  it("reads no patch from an update the article says holds no security fix, unless its title speaks of security", () => {
    const preview = sheetOf(
      "Windows 11 KB5010999 cumulative update preview released\n\nMicrosoft has released the optional KB5010999 update, which fixes two printing bugs and a gaming issue. Unlike Patch Tuesday updates, optional preview updates do not contain security updates.",
    );
    expect(preview.event_types).not.toContain("vulnerability/patch");
    // "fixes and improvements": "fixes a" is no fix of a flaw unless "a" is a word.
    const bugfixes = sheetOf(
      "Phone OS 15.0.1 released\n\nThe vendor released OS 15.0.1, an update that consists of last-minute bug fixes and improvements.",
    );
    expect(bugfixes.event_types).not.toContain("vulnerability/patch");
    const security = sheetOf(
      "Windows 11 KB5010998 update released with security fixes\n\nMicrosoft has released the KB5010998 cumulative update, which contains security updates for 22 flaws. Unlike these, optional preview updates do not contain security updates.",
    );
    expect(security.event_types).toContain("vulnerability/patch");
    const cumulative = sheetOf(
      "Windows 10 KB5011111 and KB5011112 updates released\n\nMicrosoft has published two cumulative updates for Windows 10. This month's cumulative updates include security fixes for three versions of the system.",
    );
    expect(cumulative.event_types).toContain("vulnerability/patch");
  });
});

describe("ransomware deployed", () => {
  it("reads a ransomware attack from ransomware deployed or installed, and from its affiliates' arrest", () => {
    for (const text of [
      "Hackers use bug in billing app to deploy ransomware\n\nAttackers exploited a flaw in a billing app used by engineering firms to deploy ransomware on the servers of a Texas firm last week, researchers said.",
      "Police arrest two ransomware affiliates in Romania\n\nRomanian police arrested two suspected ransomware affiliates on Monday, Europol said.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).toContain("attack/ransomware");
  });
});

describe("flaws fixed months before", () => {
  it("reads no disclosure from a flaw the words after it say was patched months before ('a vulnerability that the vendor patched back in April')", () => {
    const old = sheetOf(
      "Botnet hijacks code-hosting servers\n\nAttackers are exploiting CVE-2021-22205, a vulnerability that the vendor patched back in April 2021, to build a DDoS botnet, researchers said on Tuesday.",
      "2021-11-04",
    );
    expect(old.event_types).not.toContain("vulnerability/disclosure");
    const fresh = sheetOf(
      "Code-hosting server flaw fixed\n\nResearchers disclosed CVE-2021-22205, a vulnerability that the vendor patched in November, on Tuesday.",
      "2021-11-04",
    );
    expect(fresh.event_types).toContain("vulnerability/disclosure");
  });

  it("reads no disclosure from flaws the words before them say were already public, or dated months back right after them", () => {
    for (const text of [
      "New ransomware gang targets mail servers\n\nA new ransomware gang has weaponized two recently disclosed vulnerabilities to break into mail servers. The Hollowbyte gang encrypted servers at a logistics firm in Ohio this week.",
      "Ransomware crew joins print spooler attacks\n\nThe Hollowbyte ransomware gang is now exploiting print spooler flaws to encrypt servers in Ohio. The vendor released updates to address the CVE-2021-1675 and CVE-2021-34527 bugs in June, researchers said.",
    ])
      expect(sheetOf(text, "2021-08-20").event_types).not.toContain("vulnerability/disclosure");
    const fresh = sheetOf(
      "Print server flaws disclosed\n\nResearchers disclosed two bugs in August in a print server used by hospitals in Ohio.",
      "2021-08-20",
    );
    expect(fresh.event_types).toContain("vulnerability/disclosure");
  });
});

describe("flaws named as a reward scheme's subject or as known ones", () => {
  it("reads no disclosure from a vulnerability rewards program or from fixes for known bugs", () => {
    for (const text of [
      "Phone maker launches vulnerability rewards program for business devices\n\nThe phone maker launched its first vulnerability rewards program for business devices on Monday, paying up to $250,000 per report.",
      "Retailer hit by attacks on old firewalls\n\nThe vendor warned that attackers target known vulnerabilities in firewalls that no longer get updates, and urged customers to replace them.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads no disclosure from a flaw known by name weeks after its day, but does on its day", () => {
    const text =
      "Spy group deploys new backdoor\n\nSecurity researchers reported seeing ProxyShell vulnerabilities being actively exploited throughout the summer.";
    expect(sheetOf(text, "2021-11-22").event_types).not.toContain("vulnerability/disclosure");
    const first =
      "Researchers detail new mail server bugs\n\nThe researchers disclosed the ProxyShell vulnerabilities in a talk on Thursday, showing how three of them chain into remote code execution.";
    expect(sheetOf(first, "2021-08-06").event_types).toContain("vulnerability/disclosure");
  });
});

describe("an attack named as a risk", () => {
  it("reads no attack from a risk of falling victim to one, or from what a typical one looks like", () => {
    const sheet = sheetOf(
      "Agency publishes guidance for hospitals\n\nThe national cyber agency published new guidance for hospitals on Tuesday. It asks boards to test their backups every quarter. It also lists contacts for each region.\n\nEvery hospital is at risk of falling victim to a ransomware attack, the agency said. A typical ransomware attack goes through four phases before files are encrypted. Clinics are at risk of a ransomware incident too, it added.",
      "2022-03-10",
    );
    expect(sheet.event_types).not.toContain("attack/ransomware");
  });
});

describe("a regulator's fine", () => {
  it("reads no sanction from sanctions evaded, a 'now-sanctioned' firm or a maximum penalty", () => {
    for (const text of [
      "Developer pleads guilty to helping a state evade sanctions\n\nThe developer pleaded guilty on Monday to helping the government evade US sanctions with cryptocurrency.",
      "Spyware found on reporters' phones\n\nResearchers found spyware made by the now-sanctioned Kestrel Group on the phones of 20 reporters.",
      "Mixer owner pleads guilty\n\nThe owner pleaded guilty to laundering and faces a maximum penalty of 20 years in prison.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("law-enforcement/sanction");
  });

  it("reads a sanction from a company fined or handed a fine", () => {
    for (const text of [
      "Telco fined $4 million for hiding breach\n\nThe regulator fined the telco $4 million on Monday for telling customers too little about a 2021 breach.",
      "Retailer hit with €30 million privacy fine\n\nThe data protection authority hit the retailer with a €30 million fine on Tuesday over its use of customer data.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).toContain("law-enforcement/sanction");
  });
});

describe("web skimmers", () => {
  it("reads malware from a web or Magecart skimmer on a store's site", () => {
    const sheet = sheetOf(
      "Bike maker's online store hit by Magecart attack\n\nThe bike maker's online store served a credit-card harvesting skimmer to shoppers for three weeks, researchers said on Monday. The web skimmer sent card numbers to a server in Moldova.",
      "2022-03-10",
    );
    expect(sheet.event_types).toContain("attack/malware");
  });
});

describe("malware named as a trade or a defence", () => {
  it("reads no malware attack from a malware analyst, malware detection or anti-malware tools", () => {
    for (const text of [
      "Old dashboards expose cloud keys\n\nOn Monday, Norvia malware analyst Petra Lindqvist and researcher Omar Haddad said hundreds of dashboards were left online without passwords.",
      "Storage firm adds new admin controls\n\nThe update brings anti-malware scanning for uploaded files, new malware detection reports and single sign-on for business customers.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("attack/malware");
  });

  it("keeps the malware of a case told with remote access trojans", () => {
    const sheet = sheetOf(
      "Man jailed for spying on students\n\nA Leeds man was jailed on Tuesday for hacking the laptops of 40 students and spying on them with remote access trojans, police said.",
      "2022-03-10",
    );
    expect(sheet.event_types).toContain("attack/malware");
  });
});

describe("credentials leaked in a list", () => {
  it("reads a breach from credentials leaked with a list of services before them", () => {
    const sheet = sheetOf(
      "Misconfigured dashboards leak Slack, AWS credentials\n\nHundreds of misconfigured dashboards left online by logistics firms leak Slack, AWS and PayPal credentials, researchers said on Monday.",
      "2022-03-10",
    );
    expect(sheet.event_types).toContain("attack/data-breach");
  });
});

describe("accounts taken over", () => {
  it("reads a breach from customer accounts compromised or hijacked", () => {
    for (const text of [
      "312 Quillpay accounts compromised in $2 million theft\n\nQuillpay said on Monday that 312 customer accounts were compromised over the weekend and their funds withdrawn.",
      "Hackers hijack state portal logins\n\nThe state said 1,400 resident accounts were hijacked last week, exposing licence details.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).toContain("attack/data-breach");
  });
});

describe("spying on people close to the spy", () => {
  it("reads no espionage from a man spying on teenagers or his wife, but does from spying for a state", () => {
    const stalker = sheetOf(
      "Man jailed for spying on teenagers through webcams\n\nA Derby man was jailed on Tuesday for hacking the laptops of 30 people and spying on teenagers through their webcams.",
      "2022-03-10",
    );
    expect(stalker.event_types).not.toContain("attack/espionage");
    expect(stalker.crime_types).not.toContain("espionage");
    const spy = sheetOf(
      "Engineer charged with spying for a foreign state\n\nPolice charged a defence engineer on Tuesday with spying for a foreign state and passing classified documents.",
      "2022-03-10",
    );
    expect(spy.crime_types).toContain("espionage");
  });
});

describe("an event as the cause of what might follow", () => {
  it("reads no breach from one that 'could lead to' war, but keeps a flaw that 'could lead to' code execution", () => {
    const warning = sheetOf(
      "Leader warns of cyber escalation\n\nThe president warned on Tuesday that a cyber breach of great consequence could lead to a real shooting war between major powers.",
      "2022-03-10",
    );
    expect(warning.event_types).not.toContain("attack/data-breach");
    const flaw = sheetOf(
      "Web server project warns users\n\nA newly found vulnerability in the proxy module could lead to remote code execution, the project said on Tuesday.",
      "2022-03-10",
    );
    expect(flaw.event_types).toContain("vulnerability/disclosure");
  });
});

describe("breaches told as a campaign's aim", () => {
  it("reads no data breach from 'to breach networks' or a backdoor's exfiltration, but does from data exfiltrated", () => {
    const aim = sheetOf(
      "Ransomware gang exploits VPN flaw\n\nThe Kestrel ransomware gang is exploiting a VPN vulnerability to breach corporate networks and encrypt servers, researchers said on Monday. Its backdoor supports automatic data exfiltration.",
      "2022-03-10",
    );
    expect(aim.event_types).toContain("attack/ransomware");
    expect(aim.event_types).not.toContain("attack/data-breach");
    const done = sheetOf(
      "Hospital hit by ransomware\n\nThe Kestrel ransomware gang encrypted a hospital's servers last week, the hospital said on Monday. The attackers exfiltrated patient records before encrypting the servers.",
      "2022-03-10",
    );
    expect(done.event_types).toContain("attack/data-breach");
  });
});

describe("events under a condition", () => {
  it("reads no court action or DDoS attack that hangs on an 'if' right after it", () => {
    const court = sheetOf(
      "Justice Department to sue contractors over hidden breaches\n\nThe Justice Department said on Monday that contractors hit by a breach are accountable in a civil court if they don't report it.",
      "2022-03-10",
    );
    expect(court.event_types).not.toContain("law-enforcement/court");
    const threat = sheetOf(
      "Ransomware gang hits hospital\n\nThe Kestrel ransomware gang encrypted a hospital's servers last week, the hospital said on Monday. The gang threatens DDoS attacks if the hospital does not pay.",
      "2022-03-10",
    );
    expect(threat.event_types).toContain("attack/ransomware");
    expect(threat.event_types).not.toContain("attack/ddos");
  });
});

describe("flaws spoken of in general", () => {
  it("reads no disclosure from 'all bugs' or 'half of all vulnerabilities'", () => {
    const sheet = sheetOf(
      "Foundation pays developers to audit code\n\nThe programme funds maintainers of widely used packages. As the saying goes, given enough eyeballs, all bugs are shallow. Half of all vulnerabilities in the engine were related to its compiler, the maintainer said.",
      "2022-03-10",
    );
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads no disclosure or patch from an order to patch known flaws or their addition to an exploited-flaws catalogue", () => {
    for (const text of [
      "Agency orders federal departments to patch router bug\n\nFederal civilian agencies have been ordered to patch a critical and actively exploited vulnerability in Kestrel routers within two weeks. The vendor released a fix for the flaw in March.",
      "Eight flaws added to exploited-bugs catalogue\n\nThe cybersecurity agency has added eight vulnerabilities to its Known Exploited Vulnerabilities catalog, including a Norvik VPN flaw patched last year. Agencies must fix them by May 1.",
    ]) {
      const sheet = sheetOf(text, "2022-03-10");
      expect(sheet.event_types).not.toContain("vulnerability/disclosure");
      expect(sheet.event_types).not.toContain("vulnerability/patch");
    }
  });

  it("reads no disclosure from flaws a tool or programme is meant to find, detect or prevent", () => {
    for (const text of [
      "Social network open-sources tool to find bugs\n\nThe tool has been used internally for months to find bugs in the company's mobile apps, engineers said on Tuesday.",
      "Agency publishes network scripts\n\nThe project aims to streamline the detection and remediation of specific bugs in small firms, the agency said on Tuesday.",
      "Search engine for exposed sites returns\n\nThe revamped tool helps identify flaws in websites so companies can fix them, its authors said on Tuesday.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads no disclosure from a long-named flaw exploited, a scanner's search for flaws or a tracked flaw explained, and no patch a vendor failed to make", () => {
    for (const text of [
      "Miner spreads through wiki servers\n\nA cryptominer is now exploiting a recently-disclosed Halden Wiki remote code execution (RCE) vulnerability, researchers said on Tuesday.",
      "Carmaker buys security startup\n\nThe carmaker bought a startup whose software scans vehicles for security vulnerabilities, it said on Tuesday.",
      "Miner spreads through wiki servers\n\nA cryptominer is now exploiting CVE-2021-40123 on Halden Wiki servers, researchers said on Tuesday. Tracked as CVE-2021-40123, the vulnerability impacts Halden Wiki server versions before 7.2.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("vulnerability/disclosure");
    const failed = sheetOf(
      "Exploit code released for three phone bugs the vendor failed to patch\n\nA researcher published exploit code on Tuesday for three bugs the vendor failed to patch.",
      "2022-03-10",
    );
    expect(failed.event_types).not.toContain("vulnerability/patch");
  });
});

describe("phishing as a defence's name", () => {
  it("reads no phishing from 'phishing detection', 'phishing protection' or 'phishing awareness training'", () => {
    for (const text of [
      "Browser now comes with 50x faster phishing detection\n\nThe browser's phishing detection now runs on the device, the company said on Tuesday.",
      "Mail service adds phishing protection\n\nThe service added phishing protection and phishing awareness training for business customers on Tuesday.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("attack/phishing");
  });
});

describe("breaches told in other words", () => {
  it("reads a breach from credentials 'used to breach' a network and from source code leaked, not from a gang's own code or an attempt", () => {
    for (const text of [
      "Stolen credentials led to theft at agency\n\nA threat actor used stolen credentials from an employee to breach parts of the agency's network in April, a spokesman confirmed on Tuesday.",
      "Game platform gutted: all source code leaked\n\nAn attacker posted the platform's source code and payout data to a forum on Wednesday.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).toContain("attack/data-breach");
    for (const text of [
      "Gang's full source code leaked on forum\n\nA member of the Drakon ransomware gang posted its full source code on a forum on Tuesday, researchers said.",
      "Botnet grows through storage devices\n\nDevices compromised by the botnet are later used in further attempts to breach more Linux systems, the vendor said on Tuesday.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("attack/data-breach");
  });

  it("reads an attack 'in another high-profile attack in January 2020' as another case", () => {
    const sheet = sheetOf(
      "Agency confirms intrusion\n\nThe agency confirmed on Tuesday that intruders reached its network in April. In another high-profile attack in January 2020, the operators behind the Emotet malware took aim at the agency with a phishing campaign.",
      "2022-03-10",
    );
    expect(sheet.event_types).not.toContain("attack/malware");
  });

  it("reads no disclosure from a flaw the text dates months back or names as the attack's means, and no attack from 'past abuse'", () => {
    for (const text of [
      "Auditors fault agency over remote-access intrusion\n\nThe auditors said the agency failed to fix the critical vulnerability exploited in the attack, leaving its servers open for weeks.",
      "Auditors fault agency over remote-access intrusion\n\nIntruders reached the agency's remote-access servers in March. The auditors noted that the vulnerability was disclosed on December 17, 2019, weeks before the intrusion.",
    ])
      expect(sheetOf(text, "2021-11-05").event_types).not.toContain("vulnerability/disclosure");
    const fresh = sheetOf(
      "Router maker warns of login bypass\n\nThe vendor said a new vulnerability in its routers, disclosed on Tuesday, lets attackers skip the login page.",
      "2021-11-05",
    );
    expect(fresh.event_types).toContain("vulnerability/disclosure");
    const policy = sheetOf(
      "Browser to gate requests to home routers\n\nThe browser will soon ask sites for permission before they reach devices on a private network, citing past abuse from malware operations.",
      "2021-11-05",
    );
    expect(policy.event_types).toEqual([]);
  });

  it("reads no takedown where a gang 'took down' its victim", () => {
    const sheet = sheetOf(
      "FBI warns of ransomware gang after hospital attack\n\nThe FBI released an alert about the gang on Friday after the group took down a hospital network in Ohio last week.",
      "2021-08-30",
    );
    expect(sheet.event_types).not.toContain("law-enforcement/takedown");
  });

  it("reads no scam from the computer-fraud statute's name or from fraud a service was 'for use in'", () => {
    for (const text of [
      "Ransomware affiliate arrested in Canada\n\nIn the U.S., the man is charged with one count of conspiracy to commit fraud and related activity in connection with computers.",
      "Hosting admins sentenced\n\nThe service let gangs spread malware, form botnets and steal banking credentials for use in fraud, prosecutors said on Tuesday.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).not.toContain("fraud/scam");
  });
});

describe("triggers that tell no event of the article's own", () => {
  it("reads no charge from a price paid ('being charged $95')", () => {
    const sheet = sheetOf(
      "Fake visa sites target travellers\n\nTravellers who filled in forms on the lookalike sites reported being charged $95 for a permit they never received.",
      "2022-03-10",
    );
    expect(sheet.event_types).not.toContain("law-enforcement/charge");
    const charged = sheetOf(
      "Site operator charged\n\nThe operator of the lookalike sites was charged with wire fraud on Tuesday, prosecutors said.",
      "2022-03-10",
    );
    expect(charged.event_types).toContain("law-enforcement/charge");
  });

  it("reads the kinds a modal opens as hypothetical, to the end of their list", () => {
    const sheet = sheetOf(
      "Agency warns of threats to the marathon\n\nThe agency said attacks on the marathon could involve distributed denial of service attacks, ransomware, social engineering, phishing campaigns, or insider threats.",
      "2022-03-10",
    );
    expect(sheet.event_types).toEqual([]);
  });

  it("reads an attack its own noun phrase dates months or years back as an earlier case", () => {
    const sheet = sheetOf(
      "Agency warns of threats to the games\n\nState hackers have targeted sporting events before, culminating with the March 2019 destructive malware attack against the games' ticketing system.",
      "2021-07-20",
    );
    expect(sheet.event_types).not.toContain("attack/malware");
    const recent = sheetOf(
      "Ticketing system hit\n\nOrganisers said the July 2021 malware attack against the ticketing system was contained within a day.",
      "2021-07-20",
    );
    expect(recent.event_types).toContain("attack/malware");
  });

  it("reads no event from a parenthesised list of kinds, the story a lure tells, or a capitalised name", () => {
    for (const text of [
      "Agency mail server abused to send hoax alerts\n\nA monitoring group that tracks spam and related threats (phishing, botnets, malware) counted the messages on Saturday.",
      "Agency mail server abused to send hoax alerts\n\nThe messages were fake warnings that the recipients' network was breached and data was stolen.",
      "Agency mail server abused to send hoax alerts\n\nOne recipient said the sender had earlier flooded his free Breach Check website with traffic.",
    ])
      expect(sheetOf(text, "2021-11-14").event_types.filter((t) => t !== "attack/ddos")).toEqual([]);
  });
});

describe("account takeovers read as breaches", () => {
  it("reads a data breach from accounts hacked or taken over, not from bank accounts emptied", () => {
    for (const text of [
      "Student jailed for account thefts\n\nA Texas man was sentenced on Tuesday to two years in prison for hacking the email accounts of dozens of classmates and stealing their photos.",
      "Streamer charged\n\nProsecutors said the man took over the streaming accounts of 300 subscribers and sold access to them.",
    ])
      expect(sheetOf(text, "2022-03-10").event_types).toContain("attack/data-breach");
    const bank = sheetOf(
      "Banking trojan gang arrested\n\nPolice arrested 12 people who used a banking trojan for accessing victims' bank accounts and moving the money abroad.",
      "2022-03-10",
    );
    expect(bank.event_types).not.toContain("attack/data-breach");
  });
});

describe("flaws and attacks that are not the article's news", () => {
  it("reads a named flaw retold ten days or more after its disclosure as no disclosure", () => {
    const text =
      "Agencies struggle with old systems\n\nFederal agencies say the Log4j vulnerability is hard to fix on systems past their end of life.";
    expect(sheetOf(text, "2021-12-23").event_types).not.toContain("vulnerability/disclosure");
    expect(sheetOf(text, "2021-12-12").event_types).toContain("vulnerability/disclosure");
  });

  it("reads no disclosure from the flaws a bug bounty programme pays for", () => {
    const sheet = sheetOf(
      "Exchange launches bug bounty program\n\nBugs in scope include those leading to the loss of user funds, and rewards reach $100,000 for critical vulnerabilities.",
      "2022-03-10",
    );
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
  });

  it("reads an attack dated right after its trigger to an earlier month or year as an earlier case, but not a charged crime", () => {
    const sheet = sheetOf(
      "Broadcaster discloses data breach after support scam\n\nA hacker posed as a support agent to view customer records, the broadcaster said. The company suffered a ransomware attack in June 2021 that took down its streams.",
      "2022-01-20",
    );
    expect(sheet.event_types).not.toContain("attack/ransomware");
    const charged = sheetOf(
      "Affiliate charged\n\nThe man was charged on Monday for a ransomware attack in June 2021 on a Texas hospital.",
      "2022-01-20",
    );
    expect(charged.event_types).toContain("attack/ransomware");
  });

  it("reads no police step from a quoted term ('“swarm raids”'); a quoted flaw is still one", () => {
    const sheet = sheetOf(
      "Chat platform's code leaked\n\nThe leaker said the data was posted in protest at the “swarm raids” that flooded streamers' chats with abuse. The leaked files include a “design flaw” report that the company fixed last week.",
      "2022-03-10",
    );
    expect(sheet.event_types).not.toContain("law-enforcement/raid");
    expect(sheet.event_types).toContain("vulnerability/disclosure");
  });

  it("reads a patch told once for the flaw a flaw report names first; not in a report of an attack", () => {
    const flaw = sheetOf(
      "Printer bug allows code execution\n\nA high-severity bug in the web console of Koltra office printers could let attackers on the same network run code.\n\nThe bug, tracked as CVE-2022-31337, sits in the upload handler, researchers said on Tuesday. The printers are sold to schools and clinics across Europe. The company did not answer questions.\n\nAdmins should update to the latest firmware, which contains a patch for CVE-2022-31337.",
      "2022-03-10",
    );
    expect(flaw.event_types).toEqual(
      expect.arrayContaining(["vulnerability/disclosure", "vulnerability/patch"]),
    );
    const attack = sheetOf(
      "Hackers breach printer maker through console bug\n\nHackers breached Koltra's network through a bug in its printers' web console, the company said on Tuesday.\n\nThe bug, tracked as CVE-2022-31337, sits in the upload handler. The printers are sold to schools and clinics across Europe. The company did not answer questions.\n\nAdmins should update to the latest firmware, which contains a patch for CVE-2022-31337.",
      "2022-03-10",
    );
    expect(attack.event_types).not.toContain("vulnerability/patch");
  });

  it("reads no attack from what attackers are 'looking to' do, nor from the first item of a list of what a flaw could open users to", () => {
    const trend = sheetOf(
      "Power grids draw more attackers\n\nThe grid is a target for many groups, including those looking to run espionage campaigns, a report said on Tuesday.",
      "2022-03-10",
    );
    expect(trend.event_types).not.toContain("attack/espionage");
    const flaw = sheetOf(
      "Tracker bug exposes owners\n\nAn unpatched bug in the Veltro tracker could open up users to a range of web attacks, including credential harvesting, token theft and more.",
      "2022-03-10",
    );
    expect(flaw.event_types).not.toContain("attack/phishing");
    expect(flaw.event_types).toContain("vulnerability/disclosure");
  });

  it("reads no attack of the article's own from one its noun phrase dates months back by a possessive ('this summer's ransomware attack', 'July's ransomware attack')", () => {
    const text =
      "Lawmakers ask for briefing on withheld keys\n\nLawmakers asked the FBI on Thursday to explain its response to this summer's ransomware attack on a software maker.";
    expect(sheetOf(text, "2021-09-30").event_types).not.toContain("attack/ransomware");
    expect(sheetOf(text, "2021-08-05").event_types).toContain("attack/ransomware");
    const month = sheetOf(
      "Lawmakers ask for briefing on withheld keys\n\nLawmakers asked the FBI on Thursday to explain its response to July's ransomware attack on a software maker.",
      "2021-10-01",
    );
    expect(month.event_types).not.toContain("attack/ransomware");
  });

  it("reads attacks that go on 'since' a past month, and victims 'targeted in ransomware attacks', as the article's own", () => {
    const targeting = sheetOf(
      "Police warn of Harrowgate Crew\n\nThe FBI has shared details about a crew known as Harrowgate that has been actively targeting US hospitals in ransomware attacks.",
      "2021-11-20",
    );
    expect(targeting.event_types).toContain("attack/ransomware");
    const since = sheetOf(
      'Police warn of Harrowgate Crew\n\n"The crew has used Cobalt Strike to perpetuate ransomware attacks against US clinics since March 2021," the FBI said.',
      "2021-11-20",
    );
    expect(since.event_types).toContain("attack/ransomware");
  });

  it("reads no patch from an update that fixes 'known issues' (bugs), but still from one that fixes flaws", () => {
    const bugs = sheetOf(
      "Vendor fixes printing issues in preview update\n\nKoltra has fixed multiple known issues impacting printing with the release of an optional update on Thursday.",
      "2021-10-22",
    );
    expect(bugs.event_types).not.toContain("vulnerability/patch");
    const flaws = sheetOf(
      "Vendor fixes printer flaws\n\nKoltra has fixed multiple flaws impacting its printers with the release of an update on Thursday.",
      "2021-10-22",
    );
    expect(flaws.event_types).toContain("vulnerability/patch");
  });

  it("reads a gang leaking or releasing stolen data, or 'the files they stole', as a breach beside the ransomware", () => {
    const released = sheetOf(
      "Gun lobby hit by ransomware\n\nThe Kelvar ransomware gang claims to have attacked the lobby group and released stolen data as proof of the attack.",
      "2021-10-27",
    );
    expect(released.event_types).toEqual(expect.arrayContaining(["attack/ransomware", "attack/data-breach"]));
    const stole = sheetOf(
      "Hotel chain recovers from ransomware\n\nSeeing they would not get paid, the Kelvar gang leaked some of the files they stole from the hotel chain's network after a ransomware attack.",
      "2021-10-27",
    );
    expect(stole.event_types).toContain("attack/data-breach");
  });

  it("reads no malware event from the word as a modifier ('malware developers', 'malware distribution networks', 'malware delivery')", () => {
    const sheet = sheetOf(
      "Report tracks shifts in cybercrime\n\nMalware developers now favour rare programming languages, a report said on Tuesday. Cloud apps carry more malware delivery than email, and other malware distribution networks grew.",
      "2021-10-27",
    );
    expect(sheet.event_types).not.toContain("attack/malware");
  });

  it("reads no disclosure from flaws readers are told to mitigate or search for", () => {
    const sheet = sheetOf(
      "Agency warns of lingering logging-library risks\n\nMany organisations acted quickly to mitigate these critical vulnerabilities, the agency said on Tuesday. It released scripts that defenders can use to search for specific vulnerabilities in their networks.",
      "2022-01-27",
    );
    expect(sheet.event_types).not.toContain("vulnerability/disclosure");
  });
});

describe("blacklists and broken sanctions", () => {
  it("reads firms added to a blacklist or the Entity List as a sanction; a deal that breached sanctions is neither a sanction nor a breach", () => {
    const listed = sheetOf(
      "Commerce blacklists six Chinese drone makers\n\nThe U.S. Commerce Department added six Chinese drone makers, including a firm in Shenzhen, to the so-called Entity List on Tuesday, citing their role in surveillance.",
      "2022-03-15",
    );
    expect(listed.event_types).toContain("law-enforcement/sanction");
    const breached = sheetOf(
      "Trader extradited over oil shipments\n\nThe trader was arrested in Madrid and later extradited. Prosecutors said he hid the owner of the tankers from banks, which breached United Nations, United States, and European Union sanctions. His firm was added to a trade blacklist in 2018.",
      "2022-03-15",
    );
    expect(breached.event_types).not.toContain("law-enforcement/sanction");
    expect(breached.event_types).not.toContain("attack/data-breach");
  });
});

describe("travel advice", () => {
  it("reads no attack from what may happen 'lest' one is careless, nor from the methods most often used at past events", () => {
    const sheet = sheetOf(
      "Leave your laptop at home for the World Cup, police say\n\nTake a spare phone to the tournament, the police warned on Monday, lest you come home with a nasty case of malware and a drained bank account. At the last tournament, the most common attack methods were phishing, fake ticket sites and fake streaming services, the police said.",
      "2022-11-08",
    );
    expect(sheet.event_types).not.toContain("attack/malware");
    expect(sheet.event_types).not.toContain("attack/phishing");
  });
});

describe("flaws public before the article", () => {
  it("reads no patch from a known flaw 'patched in newer versions', nor a disclosure from flaws 'discovered in early' a year months gone", () => {
    const sheet = sheetOf(
      "Vendor warns of attacks on old VPN boxes\n\nThe vendor warned customers of ransomware attacks targeting its end-of-life VPN appliances. The attacks target a known vulnerability patched in newer versions of firmware, the vendor said. Customers should update to the latest version, which mitigates vulnerabilities discovered in early 2021.",
      "2021-07-14",
    );
    expect(sheet.event_types).toEqual(["attack/ransomware"]);
  });
});

describe("a failure to patch", () => {
  it("reads no patch from a regulator's warning that 'failure to identify and patch' may break the law", () => {
    const sheet = sheetOf(
      "Regulator warns firms over unpatched mail servers\n\nThe regulator told companies to secure customer data from attacks on a mail server flaw. Failure to identify and patch instances of this software may violate consumer protection law, it said, and failure to find or fix them may bring fines.",
      "2022-01-05",
    );
    expect(sheet.event_types).not.toContain("vulnerability/patch");
  });
});

describe("a phishing campaign called a scam, and the tools of those who hunt it", () => {
  it("reads a scam whose clause says it links to phishing pages as the phishing, and no malware from hunting for malicious documents or a malware sandbox", () => {
    const sheet = sheetOf(
      "Spear-phishing campaign abuses a note-sharing app to steal logins\n\nAttackers are targeting staff of large firms in the Gulf in a scam that uses short-lived notes on the app to link to fake Microsoft 365 phishing pages. Researchers found the spear-phishing emails while hunting for malicious documents tied to earlier campaigns, and then found a live page through a commercial malware sandbox.",
      "2022-01-27",
    );
    expect(sheet.event_types).toEqual(["attack/phishing"]);
  });
});

describe("a gang taken down", () => {
  it("reads a security service or the police taking down or shutting down a gang as a takedown", () => {
    for (const text of [
      "Russian Security Takes Down Nightjar Ransomware Gang\n\nThe security service raided the homes of gang members on Friday.",
      "Security service arrests ransomware gang\n\nThe security service said on Friday it shut down the Nightjar ransomware gang and arrested 14 members.",
      "Police take down ransomware gang\n\nPolice took down the Nightjar gang's servers on Friday.",
    ])
      expect(sheetOf(text, "2022-01-14").event_types).toContain("law-enforcement/takedown");
  });
});

describe("sites seized, and a gang closing itself", () => {
  it("reads a company that 'seizes' a group's sites under a court order as a takedown, not a gang 'shutting down its operation' under pressure from the authorities", () => {
    const seized = sheetOf(
      "Vendor seizes sites used by state hackers\n\nUnder a court order, the company seizes 42 websites used by the hacking group, it said on Monday.",
      "2021-12-06",
    );
    expect(seized.event_types).toContain("law-enforcement/takedown");
    const closing = sheetOf(
      "Ransomware gang says it is closing\n\nThe Nightjar gang says pressure from the authorities had grown too great. The gang shut down their operations in July after an attack on a software vendor.",
      "2021-11-03",
    );
    expect(closing.event_types).not.toContain("law-enforcement/takedown");
  });
});

describe("fleeceware", () => {
  it("reads an app that 'fleeces' its users as a fraud, not a platform robbed in an exploit", () => {
    const app = sheetOf(
      "Fleeceware app downloaded 300,000 times\n\nThe Kestrel malware was found hiding in a photo editor app, ready to fleece unsuspecting users with premium SMS charges.",
      "2021-12-17",
    );
    expect(app.event_types).toContain("fraud/scam");
    const robbed = sheetOf(
      "Lending platform drained of $12 million\n\nOrvex is the latest DeFi platform to get fleeced in a rash of attacks. The attacker exploited a flaw in its price oracle.",
      "2021-10-28",
    );
    expect(robbed.event_types).not.toContain("fraud/scam");
  });
});
