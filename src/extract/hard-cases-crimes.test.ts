/**
 * Hard cases of crime types, each from invented sentences written the way news is: what was stolen
 * (log-ins, photos, personal information), and paperwork, trends or people named where no crime of
 * this case is told ("breach notification letters", "double-extortion attacks", "hackers" aside). The
 * older crime cases are in hard-cases.test.ts.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

describe("crime types of the article's own incident", () => {
  it("reads data theft from log-ins, passwords or photos stolen", () => {
    for (const text of [
      "Man jailed for selling streaming accounts\n\nA Perth man was jailed on Monday for stealing thousands of log-ins and passwords for streaming services and selling them online.",
      "Student charged over hacked cloud accounts\n\nPolice charged a 24-year-old who stole private photos from 300 cloud accounts after phishing their owners.",
    ])
      expect(sheetOf(text, "2022-03-10").crime_types).toContain("data-theft");
  });

  it("reads hacking from a cyberattack a victim was hit by or that disrupted it, not from one warned of", () => {
    for (const text of [
      "Cyber-attack disrupts national railway system\n\nA cyberattack disrupted the country's railway system on Friday, delaying hundreds of trains, officials said.",
      "Insurance giant hit by cyberattack\n\nThe insurer said on Sunday it was hit by a cyberattack that took some of its systems offline.",
    ])
      expect(sheetOf(text, "2021-07-12").crime_types).toContain("hacking");
    const warning = sheetOf(
      "Agencies warn of holiday cyberattacks\n\nThe agencies urged companies to stay vigilant against cyberattacks over the long weekend.",
      "2021-09-03",
    );
    expect(warning.crime_types).not.toContain("hacking");
  });

  it("reads no hacking from 'hackers' named aside past the lead, but does from 'hacked' in the lead", () => {
    const lead =
      "Agency chief defends bug bounty plans\n\nThe head of the national cyber agency defended plans for a bug bounty on Tuesday. The plans cost $2 million a year.";
    const aside = sheetOf(
      `${lead} Parliament will vote on them next month.\n\nShe said the agency pays hackers who find flaws that criminals exploit, and that hackers get thanked by name.`,
    );
    expect(aside.crime_types).not.toContain("hacking");
    const deed = sheetOf(
      `${lead} Intruders hacked the agency's mail server last week and hacked two ministries.`,
    );
    expect(deed.crime_types).toContain("hacking");
  });

  it("reads no hacking from breach notification letters, a breach lawsuit or a count of hacking incidents", () => {
    const sheet = sheetOf(
      "Retailer settles lawsuit over card charges\n\nA retailer agreed on Monday to pay $3 million to settle a lawsuit over fraudulent card charges. It had sent breach notification letters to 2,000 shoppers, and the data breach lawsuit named its payment processor. An analysis of 500 hacking incidents found such settlements are rare.",
      "2022-03-10",
    );
    expect(sheet.crime_types).not.toContain("hacking");
  });

  it("reads no data theft from a data breach lawsuit or notice, or from a tool's exfiltration capabilities", () => {
    const sheet = sheetOf(
      "Bank settles data breach lawsuit\n\nA bank agreed on Monday to pay $20 million to settle a data breach lawsuit. Its data breach notice went out in 2020. The backdoor it found had exfiltration capabilities, its report said.",
      "2022-03-10",
    );
    expect(sheet.crime_types).not.toContain("data-theft");
  });

  it("reads no extortion from 'double-extortion attacks' or 'extortion tactics' named as a trend", () => {
    const sheet = sheetOf(
      "Clinic confirms data breach\n\nA dental clinic said on Monday that a data breach exposed the records of 2,000 patients. It has told the regulator. It has also reset staff passwords.\n\nSecurity firms say double-extortion attacks are rising and that extortion tactics keep changing.",
      "2022-03-10",
    );
    expect(sheet.crime_types).not.toContain("extortion");
  });

  it("reads identity theft from stolen personal information or PII", () => {
    const sheet = sheetOf(
      "Clerk jailed for stealing benefits\n\nA former hospital clerk was jailed on Monday after he stole the personally identifiable information of 2,100 patients and used it to claim $1.2 million in benefits.",
      "2022-03-10",
    );
    expect(sheet.crime_types).toContain("identity-theft");
  });

  it("reads phishing from employees phished", () => {
    const sheet = sheetOf(
      "Five charged with hacking filing agents to trade on earnings\n\nProsecutors charged five men on Monday over a trading scheme. The men made $80 million from the scheme, they said. All five live abroad.\n\nBetween 2018 and 2020 the men phished employees at the two agents to reach reports before they were published.",
      "2022-03-10",
    );
    expect(sheet.crime_types).toContain("phishing");
  });

  it("reads data theft from leaked videos or documents, and from stealing users' credentials", () => {
    for (const text of [
      "Hacktivists leak prison videos\n\nA hacktivist group leaked videos from a prison's security cameras on Monday, it said in a post.",
      "Botnet taken down\n\nA court ordered the botnet's servers seized on Monday. The malware spent two years stealing users’ credentials and data from infected computers.",
    ])
      expect(sheetOf(text, "2022-03-10").crime_types).toContain("data-theft");
  });

  it("reads no crime from a piece with no incident of its own unless its title or lead names one", () => {
    const advice = sheetOf(
      "Three steps to take before the next outage\n\nCompanies should test their backups, train their staff and plan for the worst, an analyst said on Monday. Most firms skip at least one of the three. Few test restores.\n\nShe said the staff who run backups are also the ones attackers target once they have compromised a network and begun hacking into its servers.",
      "2022-03-10",
    );
    expect(advice.crime_types).toEqual([]);
  });

  it("reads phishing from a campaign that works through social engineering", () => {
    const sheet = sheetOf(
      "Crypto startups hit with backdoors\n\nA state-backed group has planted backdoors in crypto startups via social engineering, researchers said on Monday. The group posed as venture capital firms.",
      "2022-03-10",
    );
    expect(sheet.event_types).toContain("attack/phishing");
    expect(sheet.crime_types).toContain("phishing");
  });

  it("reads data theft from data exfiltrated, not from a backdoor used to exfiltrate or exfiltration as a tactic", () => {
    const tactic = sheetOf(
      "Spy group returns with a new backdoor\n\nA spy group has attacked telecoms firms in three countries with a new backdoor, researchers said on Monday. The backdoor is used to exfiltrate system information, and data exfiltration attacks are the group's main aim.",
      "2022-03-10",
    );
    expect(tactic.crime_types).not.toContain("data-theft");
    const done = sheetOf(
      "Spy group hits telecoms firms\n\nA spy group attacked telecoms firms in three countries, researchers said on Monday. The attackers exfiltrated call records from two of them.",
      "2022-03-10",
    );
    expect(done.crime_types).toContain("data-theft");
  });

  it("reads no phishing from a botnet's spam e-mails, nor crypto fraud from a miner's deeds listed", () => {
    const sheet = sheetOf(
      "Botnet operator sentenced\n\nA botnet operator was sentenced on Monday to four years in prison. His botnet sent millions of spam emails a day, and its bots would steal data, mine cryptocurrency and sell access.",
      "2022-03-10",
    );
    expect(sheet.crime_types).not.toContain("phishing");
    expect(sheet.crime_types).not.toContain("crypto-fraud");
  });

  it("reads no hacking from users who breached service agreements or a bank that breached sanctions", () => {
    const sheet = sheetOf(
      "Regulator fines app makers\n\nThe regulator fined two app makers on Monday. Users who breached service agreements and laws will be banned, it said, and a bank that breached United Nations, United States and EU sanctions was fined too.",
      "2022-03-10",
    );
    expect(sheet.crime_types).not.toContain("hacking");
  });

  it("reads sextortion as an extortion too, and no romance scam from the dating apps it starts on", () => {
    const sheet = sheetOf(
      "Police warn of sextortion wave\n\nPolice received 400 sextortion complaints this year: scammers meet victims on dating apps, obtain explicit images and then threaten to share them unless paid.",
      "2022-03-10",
    );
    expect(sheet.crime_types).toEqual(expect.arrayContaining(["sextortion", "extortion"]));
    // Dating apps as the place the scammers meet victims make no romance scam; "romance scams" do.
    expect(sheet.crime_types).not.toContain("romance-scam");
    const romance = sheetOf(
      "Police warn of romance scams\n\nPolice received 400 complaints this year about romance scams that began on dating apps.",
      "2022-03-10",
    );
    expect(romance.crime_types).toContain("romance-scam");
  });

  it("reads no extortion from a ransomware attack whose only cue is a decryptor handed over", () => {
    const sheet = sheetOf(
      "Ransomware gang hands over decryptor after hitting a police department\n\nThe gang encrypted the department's servers last week, then gave it a decryptor for free once it realised the victim was a police force.",
      "2022-03-10",
    );
    expect(sheet.crime_types).toContain("ransomware");
    expect(sheet.crime_types).not.toContain("extortion");
  });

  it("reads data theft from a stealer the title or lead tells of; not from malware that only spies or encrypts", () => {
    const stealer = sheetOf(
      "New Android malware records screens to steal banking passwords\n\nResearchers found a new Android trojan that records the screen of infected phones. It has infected 8,000 devices in Spain and Italy, they said on Monday.",
      "2022-03-10",
    );
    expect(stealer.crime_types).toEqual(expect.arrayContaining(["hacking", "data-theft"]));
    const wiper = sheetOf(
      "New wiper hits Ukrainian banks\n\nResearchers found a new wiper malware on the networks of two Ukrainian banks on Monday. The malware overwrites the boot record of infected machines.",
      "2022-03-10",
    );
    expect(wiper.crime_types).not.toContain("data-theft");
  });

  it("reads no hacking from 'a compromised router' in a flaw report; a breach report keeps it", () => {
    const flaw = sheetOf(
      "Router bug allows code execution\n\nA high-severity bug in Koltra home routers could let attackers run code, researchers said on Tuesday.\n\nWith a compromised router, an attacker can read the traffic of every device behind it.",
      "2022-03-10",
    );
    expect(flaw.crime_types).not.toContain("hacking");
    const breach = sheetOf(
      "Retailer discloses breach\n\nHackers stole card data from a retailer's checkout servers, the company said on Tuesday.\n\nThe compromised servers were taken offline.",
      "2022-03-10",
    );
    expect(breach.crime_types).toContain("hacking");
  });

  it("reads a stealer from a compound ('cookie-stealing malware', 'infostealing'); a buyer who wants to steal coins tells of no theft", () => {
    const sheet = sheetOf(
      "Cookie-stealing malware hides in fake game cheats\n\nThe cookie-stealing malware was found in 40 videos on Monday. Its authors rent it for $90 a month to anyone who wants to steal cryptocurrency from gamers.",
      "2022-03-10",
    );
    expect(sheet.crime_types).toEqual(expect.arrayContaining(["hacking", "data-theft"]));
    expect(sheet.crime_types).not.toContain("crypto-fraud");
    // So is an infostealing campaign, or trojans delivered to steal information.
    for (const text of [
      "Cloud hosts serve trojans in infostealing campaign\n\nThe campaign, found on Monday, spreads three remote-access trojans through cloud servers.",
      "Cloud hosts serve trojans\n\nA campaign found on Monday delivers remote-access trojans to steal information from the victims' machines.",
    ])
      expect(sheetOf(text, "2022-03-10").crime_types).toContain("data-theft");
  });

  it("reads phishing from credential harvesting, fake login pages, fake sites that harvest data and sites that prompt for card details; a scam that takes over computers remotely is a tech-support scam", () => {
    for (const text of [
      "Cloud file links used to steal mail passwords\n\nAttackers sent links to shared documents that led to credential-harvesting pages, researchers said on Tuesday.",
      "Bank customers lured to copies of their bank's site\n\nA gang set up a fake login page for a regional bank and sent its address by text message, police said on Monday.",
      "Police warn of spoofed benefit sites\n\nCriminals use fake unemployment benefit websites to harvest the financial details of jobseekers, police said on Monday.",
      "Police warn of tampered parking codes\n\nThe tampered codes lead drivers to a site that prompts them to enter their card details, police said on Monday.",
    ]) {
      const sheet = sheetOf(text, "2022-03-10");
      expect(sheet.crime_types).toContain("phishing");
      expect(sheet.event_types).toContain("attack/phishing");
    }
    const remote = sheetOf(
      "Older people lose millions to remote access scams\n\nCallers posing as a telephone company talk victims into installing screen-sharing software, the consumer watchdog said on Monday.",
      "2022-03-10",
    );
    expect(remote.crime_types).toContain("tech-support-scam");
  });

  it("reads pig butchering from a romance scam that leads its victims into crypto trading, and crypto fraud from bogus crypto investments", () => {
    const sheet = sheetOf(
      "Romance scam losses reach $90 million, FBI says\n\nThe FBI said on Monday that victims lost $90 million this year to romance scams that lured them into bogus cryptocurrency investments on fake trading sites.",
    );
    expect(sheet.crime_types).toContain("pig-butchering");
    expect(sheet.crime_types).toContain("crypto-fraud");
    const plain = sheetOf(
      "Romance scammer jailed\n\nA man from Leeds was jailed on Monday for romance scams that took $200,000 from eleven women he met on dating apps.",
    );
    expect(plain.crime_types).toContain("romance-scam");
    expect(plain.crime_types).not.toContain("pig-butchering");
  });
});
