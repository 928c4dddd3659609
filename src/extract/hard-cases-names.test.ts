/**
 * Hard cases of names and places, from invented sentences written the way news is: company
 * descriptors that belong to a person, sponsors, lists and headings, and places inside longer names.
 */
import { describe, expect, it } from "vitest";
import { recordOf, sheetOf } from "./sheet-of.ts";

const names = (items: readonly (readonly string[])[]) => items.map((item) => item[0]);

describe("organisations and people", () => {
  it("reads a one-word research outfit as the finder of a new variant, though a handle writes it in lower case", () => {
    const sheet = sheetOf(
      "The Week in Ransomware - March 4th 2022 - New variants\n\nIt was a quiet week, with only new variants released.\n\nThose who provided new ransomware information this week include: @novasec, @kestrel_labs and @jdoe.\n\nNew STOP variant\n\nNovaSec found a new STOP ransomware variant that appends the .qwer extension.\n\nNew Dharma variant\n\nNovaSec spotted a new Dharma variant that appends the .zxcv extension.",
    );
    expect(sheet.organizations.map((o) => o[0])).toContain("NovaSec");
    // An acronym may name anything: an agency, a service.
    const acronym = sheetOf(
      "Agencies lag on patching\n\nThe GAO found that agencies lag behind on patching servers.",
    );
    expect(acronym.organizations.map((o) => o[0])).not.toContain("GAO");
  });

  it("reads a name after a person's post as a person's, though it opens 'wrote in a blog post'", () => {
    const sheet = sheetOf(
      "Browser adds tab unloading\n\nOn laptops the threshold is around 6% of free memory, Norvik engineer Arek Vosganian wrote in a blog post on Tuesday.",
    );
    expect(sheet.persons.map((p) => p[0])).toContain("Arek Vosganian");
    expect(sheet.organizations.map((o) => o[0])).not.toContain("Arek Vosganian");
    // One coined word after a post is a handle, as an outfit's: left to the other cues.
    const handle = sheetOf(
      "New ransomware variant\n\nSecurity researcher NestHunterCrew found a new variant of the Kestrel ransomware on Monday.",
    );
    expect(handle.persons.map((p) => p[0])).not.toContain("NestHunterCrew");
  });

  it("reads no person from a name an appositive calls a thing ('X, a widely used anti-cheat tool'), only one it gives a post", () => {
    const sheet = sheetOf(
      "Game servers taken offline\n\nThe publisher took the game's servers offline on Sunday. Grey Warden, a widely used anti-cheat tool for the game, is working on a patch, and Vault Keeper, a popular save-game utility, was updated too. Tomas Bergh, a malware analyst at Norvik, said the flaw is serious.",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).not.toContain("Grey Warden");
    expect(persons).not.toContain("Vault Keeper");
    expect(persons).toContain("Tomas Bergh");
    // A known first name opening a thing's name: "Elden Ring, an upcoming title".
    const title = sheetOf(
      "Game servers taken offline\n\nThe exploit may also work against Martha Vale, an upcoming open-world title from the same studio.",
    );
    expect(title.persons.map((p) => p[0])).not.toContain("Martha Vale");
  });

  it("reads no person from a name in quotes a naming verb gives a thing ('named the flaw “Martin Gale”')", () => {
    const sheet = sheetOf(
      "Mail server flaw gives attackers root\n\nResearchers at Norvik named the vulnerability “Martin Gale” and said the bug had sat in the code for nine years. Tomas Bergh, a malware analyst at Norvik, said the flaw is serious.",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).not.toContain("Martin Gale");
    expect(persons).toContain("Tomas Bergh");
  });

  it("reads a person from 'X, the operator of' a botnet and from a source with a post after it, not an organisation", () => {
    const sheet = sheetOf(
      "Botnet operator sentenced in Canada\n\nHe worked with Peter Levashov, the operator of the Kelihos botnet, for years. The funds moved on Tuesday, according to Tarmo Vesik, head of research at Norvik. According to Meridian News, Sen. Dana Holt asked for a hearing.",
    );
    expect(sheet.persons.map((p) => p[0])).toEqual(expect.arrayContaining(["Peter Levashov", "Tarmo Vesik"]));
    expect(sheet.organizations.flat()).not.toContain("Peter Levashov");
    expect(sheet.organizations.flat()).not.toContain("Tarmo Vesik");
    expect(sheet.organizations.flat()).toContain("Meridian News");
  });

  it("reads a surname that is also an everyday word after a first name ('Oliver Read', 'Theresa May'), not 'Read more'", () => {
    const sheet = sheetOf(
      "Parents sued over bitcoin theft\n\nThe lawsuit names Martin Holloway and Oliver Read, now students, as the thieves. A letter went to the parents of Oliver and Paul Read. Former prime minister Theresa May was not involved.\n\nRead more about the case.",
    );
    const persons = sheet.persons.map((p) => p[0]);
    for (const name of ["Martin Holloway", "Oliver Read", "Paul Read", "Theresa May"])
      expect(persons).toContain(name);
    expect(persons.some((p) => /Read more/.test(p ?? ""))).toBe(false);
  });

  it("makes a body that runs unnamed hackers a sponsor, with its bare acronym ('hackers affiliated with … (MSS)')", () => {
    const sheet = sheetOf(
      "Treasury sanctions hackers over pipeline intrusions\n\nThe sanctions target hackers affiliated with Veldoria's Ministry of Public Security (MPS), the Treasury said on Monday. Officials said the MPS hackers broke into three pipeline operators.",
    );
    const names = (list: string[][]) => list.map((n) => n[0]);
    expect(names(sheet.organizations)).toContain("Ministry of Public Security");
    expect(names(sheet.agencies)).not.toContain("Ministry of Public Security");
  });

  it("reads a surname with an apostrophe after a one-letter prefix ('O'Connor', 'D’Souza')", () => {
    const sheet = sheetOf(
      "Teenager arrested over bank app fraud\n\nPolice in Cork arrested Liam O'Connor, 19, on Tuesday over a fraud that drained customers' accounts through a cloned banking app. The bank's fraud chief, Maria D’Souza, said no other customers were affected. O'Connor was released on bail.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Liam O'Connor", "Maria D’Souza"]));
  });

  it("reads bodies from their suffix, a spokesperson, a possessive and a lower-case descriptor after them", () => {
    const sheet = sheetOf(
      "Regional carrier knocked offline\n\nA Dorvik spokesperson said the outage lasted an hour. Attackers first broke into Quillfeather‘s systems, then posed as Vostrel bank in emails. Staff at Brannock Cooperative and Ostrel Foods were also warned.\n\nAnalyst Mira Tandy of Pellow Associates said the method was new.",
    );
    const organizations = names(sheet.organizations);
    for (const body of [
      "Dorvik",
      "Quillfeather",
      "Vostrel",
      "Brannock Cooperative",
      "Ostrel Foods",
      "Pellow Associates",
    ])
      expect(organizations).toContain(body);
  });

  it("reads the victims a sentence lists after a long subject, and a news outlet cited as a source", () => {
    const sheet = sheetOf(
      "Mail providers knocked offline\n\nVictims of the DDoS attacks, which went on for a week, included Runbox, Posteo, Tallmail and Kolabri. Earlier, the attacks hit Bravanet, Orlesko and Caiway.\n\nThe outage was first reported by TechCrunch, and later in an interview with the Daily Courant. It was also reported by Erye Hernandez.",
    );
    const organizations = names(sheet.organizations);
    for (const body of [
      "Runbox",
      "Posteo",
      "Tallmail",
      "Kolabri",
      "Bravanet",
      "Orlesko",
      "Caiway",
      "TechCrunch",
      "Daily Courant",
    ])
      expect(organizations).toContain(body);
    expect(organizations).not.toContain("Erye Hernandez");
  });

  it("reads a legal form, a newspaper's title word and a committee's chamber", () => {
    const sheet = sheetOf(
      "Treasury sanctions crypto exchange\n\nThe Treasury also designated Kovarix OU, Lendtech SIA and JSC Stravenergo for helping the exchange. The Senate Intelligence Committee asked for a briefing, the Calloway Tribune reported. The International Olympic Committee said its sites were not affected.",
    );
    const organizations = names(sheet.organizations);
    for (const body of [
      "Kovarix OU",
      "Lendtech SIA",
      "JSC Stravenergo",
      "Calloway Tribune",
      "International Olympic Committee",
    ])
      expect(organizations).toContain(body);
    expect(names(sheet.agencies)).toContain("Senate Intelligence Committee");
  });

  it("keeps a legal form written after a comma in the name, with the name without it as another", () => {
    const sheet = sheetOf(
      "Four charged over espionage campaign\n\nProsecutors said the men worked through Qinglan Harbor Technology Development Co., Ltd., a front company, and paid Drovesoft, LLC for hosting.",
    );
    expect(sheet.organizations).toEqual(
      expect.arrayContaining([
        ["Qinglan Harbor Technology Development Co., Ltd.", "Qinglan Harbor Technology Development Co."],
        ["Drovesoft, LLC", "Drovesoft"],
      ]),
    );
  });

  it("keeps a body that speaks of a group an agency, and a person after a role noun or with a suffix a person", () => {
    const sheet = sheetOf(
      "Ransomware affiliate sentenced\n\nA man who the Department of Justice said was behind the Netwalker ransomware attacks was sentenced on Tuesday. In February, police took alleged TrickBot developer Alla Witte into custody. John Murray Rowe Jr., a former test engineer, was also charged; the filing did not name the companies Rowe worked for. The Federal Security Service of the Russian Federation and the Bangladesh Central Bank declined to comment.",
    );
    const agencies = sheet.agencies.flat();
    for (const body of [
      "Department of Justice",
      "Federal Security Service of the Russian Federation",
      "Bangladesh Central Bank",
    ])
      expect(agencies).toContain(body);
    expect(names(sheet.persons)).toContain("Alla Witte");
    expect(names(sheet.organizations)).toEqual([]);
  });

  it("reads well-known companies and outlets without a cue, and a known company's officer as a person", () => {
    const sheet = sheetOf(
      "Ticket vendor's customers include Fortune 500 firms\n\nThe vendor says its customers include Apple, Intel, Nike, PayPal and HBO. The breach was first reported by Ars Technica. Microsoft CEO Satya Nadella and EFF Cybersecurity Director Eva Galperin criticised the delay.",
    );
    const organizations = sheet.organizations.flat();
    for (const body of ["Apple", "Intel", "Nike", "PayPal", "HBO", "Ars Technica", "Microsoft", "EFF"])
      expect(organizations).toContain(body);
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Satya Nadella", "Eva Galperin"]));
  });

  it("reads a known agency before a title and a person, and before one of its documents", () => {
    const sheet = sheetOf(
      "Agencies warn of attacks on pipelines\n\nThe warning came as CISA Director Jen Easterly spoke on Monday, and FBI Assistant Director-in-Charge Michael Driscoll agreed. More is in the NCSC Advisory.",
    );
    expect(sheet.agencies.flat()).toEqual(expect.arrayContaining(["CISA", "FBI", "NCSC"]));
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Jen Easterly", "Michael Driscoll"]));
    expect(sheet.organizations).toEqual([]);
  });

  it("reads names shaped like a person's before 'at' a well-known company as its staff, not a post or a heading", () => {
    const sheet = sheetOf(
      "Campaign tied to a single actor\n\nAccording to Tiago Pereira and Vitor Ventura at Cisco Talos, the operation is the work of one actor. The Product Lead at Google said nothing.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Tiago Pereira", "Vitor Ventura"]));
    expect(names(sheet.persons)).not.toContain("Product Lead");
    expect(names(sheet.organizations)).not.toContain("Tiago Pereira");
  });

  it("reads people by given names common outside the English lists", () => {
    const sheet = sheetOf(
      "Court names ransomware suspects\n\nThe court identified the suspects as Mikhail Golovin, Yevgeniy Orlov and Sajjad Karimi. Prosecutor General Iryna Venediktova said more arrests would follow.",
    );
    expect(names(sheet.persons)).toEqual(
      expect.arrayContaining(["Mikhail Golovin", "Yevgeniy Orlov", "Sajjad Karimi", "Iryna Venediktova"]),
    );
  });

  it("names no one from an outlet's event promotion, and keeps a bill's co-sponsors", () => {
    const promo = sheetOf(
      "Password reset attacks on the rise\n\nAttackers target help desks to reset passwords.\n\nJoin Darren Holt, with Pellsoft Software, and host Becky Marsh for a free roundtable on help-desk attacks – sponsored by Pellsoft Software.",
    );
    expect(promo.persons).toEqual([]);
    expect(promo.organizations).toEqual([]);
    const bill = sheetOf(
      "School cybersecurity act signed\n\nThe bill was introduced by Senator Gary Peters and co-sponsored by Senators Jacky Rosen and Rick Scott.",
    );
    expect(names(bill.persons)).toEqual(expect.arrayContaining(["Jacky Rosen", "Rick Scott"]));
  });

  it("reads a company from 'X is an American firm' and an outlet from 'TimesLive reports that', not 'HTML reports'", () => {
    const sheet = sheetOf(
      "Flaws found in walk-through metal detectors\n\nCorvane is an American firm producing metal detectors for airports. TimesLive reports that the devices are widely used. The tool generates HTML reports for each scan.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(expect.arrayContaining(["Corvane", "TimesLive"]));
    expect(organizations).not.toContain("HTML");
  });

  it("lists Twitter hacked or speaking as a company, not a Twitter thread a company posted in", () => {
    const hacked = sheetOf(
      "Man arrested for role in social network hack\n\nA 22-year-old was arrested in Spain for his role in the Twitter hack. Twitter said 130 accounts were targeted.",
    );
    expect(names(hacked.organizations)).toContain("Twitter");
    const thread = sheetOf(
      "Exchange sends erroneous alerts\n\nAs the exchange revealed in a Twitter thread, it alerted 125,000 customers by mistake. Users replied to the Twitter thread to complain.",
    );
    expect(names(thread.organizations)).not.toContain("Twitter");
  });

  it("does not list platforms listed after one named as a venue, after 'accounts across the internet, including' or in brackets after 'accounts'", () => {
    const sheet = sheetOf(
      "Fake wallet ads steal $500,000\n\nScammers bought search ads for fake crypto wallets, Check Point said on Monday. Complaints from victims emerged on Reddit and Twitter. The group ran fake accounts across the internet, including Instagram, Flickr and YouTube, and stole logins to cloud accounts (Snapchat, Google, Dropbox).",
    );
    const organizations = names(sheet.organizations);
    for (const platform of [
      "Reddit",
      "Twitter",
      "Instagram",
      "Flickr",
      "YouTube",
      "Snapchat",
      "Google",
      "Dropbox",
    ])
      expect(organizations).not.toContain(platform);
    expect(organizations).toContain("Check Point");
  });

  it("does not list a platform named only as the place something was posted", () => {
    const sheet = sheetOf(
      "Researchers tie campaign to espionage group\n\nThe team found a command-and-control profile on GitHub and the suspect's accounts on Facebook. Reddit said it had removed the posts.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).not.toContain("GitHub");
    expect(organizations).not.toContain("Facebook");
    expect(organizations).toContain("Reddit");
    const tools = sheetOf(
      "Hackers hid stolen files in images\n\nThe group used GitHub to store its tools and a public GitHub project to stage them. Its infrastructure included servers, email, GitHub, and Dropbox accounts. A GitHub user reported the repository. Dropbox said it had closed the accounts.",
    );
    expect(names(tools.organizations)).not.toContain("GitHub");
    expect(names(tools.organizations)).toContain("Dropbox");
  });

  it("reads any one-word company before a corporate title and a person, not the tail of a longer name", () => {
    const sheet = sheetOf(
      "Ransomware gang returns\n\nQuarrytide CTO Maren Holt told reporters the gang had returned. Institute for Security and Technology CEO Philip Reiner agreed.",
    );
    expect(names(sheet.organizations)).toEqual(["Quarrytide"]);
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Maren Holt", "Philip Reiner"]));
  });

  it("reads a company before its title and a second post, and an employer after an advocate", () => {
    const sheet = sheetOf(
      "Decryptor released for Drakon ransomware\n\nQuarrytide CTO and ransomware expert Maren Holt said the tool works. “Patch first,” said Ivo Brandt, security awareness advocate at Larkspur, in an email.",
    );
    expect(names(sheet.organizations)).toEqual(expect.arrayContaining(["Quarrytide", "Larkspur"]));
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Maren Holt", "Ivo Brandt"]));
  });

  it("reads a company before a post in lower case, after a long post and 'at', and a firm 'named' or 'called'", () => {
    const sheet = sheetOf(
      "Schools hit by ransomware\n\nVeltrix senior vice president Heather Paunet said few schools can pay. “No evidence yet,” Jerry Gamblin, director of security research at Norvale, said. The probe looked at a cybersecurity firm named Darkwell. Users installed an app called Open Tracker. Independent security researcher Park Minchan found the flaw. Chrome developer Olivier Li said the fix is out.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(expect.arrayContaining(["Veltrix", "Norvale", "Darkwell"]));
    for (const wrong of ["Open Tracker", "Independent", "Chrome"]) expect(organizations).not.toContain(wrong);
  });

  it("reads no person from a feature used or deleted, a release channel, a city's insurer or a product launched", () => {
    const sheet = sheetOf(
      "Server updates return\n\nAdmins are more likely to be affected when domain controllers are using Shadow Principals. Encryptors delete Shadow Volume Copies so that victims cannot recover. The tool is gone from the 21H1 General Availability Channel release. The firm works with insurers Allianz and Munich Re, who wrote the policy. Next, the cloud unit is introducing Secure Gateway Anywhere, a new service. Interpol Secretary General Jürgen Stock urged action.",
    );
    const persons = names(sheet.persons);
    for (const wrong of ["Shadow Principals", "Shadow Volume Copies", "Availability Channel", "Munich Re"])
      expect(persons).not.toContain(wrong);
    expect(persons).toContain("Jürgen Stock");
    expect(names(sheet.organizations)).not.toContain("Secure Gateway Anywhere");
  });

  it("reads a place-based modifier before 'company called' as no body, and the place as a place", () => {
    const sheet = sheetOf(
      "Traders charged over hacked filings\n\nOf the five men charged, two worked for a Moscow-based IT company called M-17, which offered audits.",
    );
    expect(names(sheet.organizations)).toEqual(["M-17"]);
    expect(sheet.places).toContain("Moscow");
  });

  it("reads a source with a post and its employer after it, written without a comma, as a person; not the firm before a post's holder", () => {
    const sheet = sheetOf(
      "Gang threatens victims who call police\n\nIt is a form of victim intimidation, according to Yelisey Boguslavskiy head of research at the threat intelligence firm Advanced Intelligence. Escalation bugs are the bane of any system, according to BluBracket head of product Casey Bisson.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Yelisey Boguslavskiy", "Casey Bisson"]));
    expect(names(sheet.organizations)).not.toContain("Yelisey Boguslavskiy");
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Advanced Intelligence", "BluBracket"]),
    );
  });

  it("reads no person from a name opened by an everyday word the article writes in lower case ('Privacy Sharks asked'), but keeps 'World Champion Lewis Hamilton'", () => {
    const sheet = sheetOf(
      "Hardware maker hit by ransomware\n\nThe leak site lists the firm. When contacted by the privacy blog PrivacySharks, the company declined to comment, Privacy Sharks asked its readers for tips. Seven-time World Champion Lewis Hamilton said the team had not been affected. Champion teams invest in privacy and security.",
    );
    expect(names(sheet.persons)).not.toContain("Privacy Sharks");
    expect(sheet.persons.flat().some((n) => n.endsWith("Lewis Hamilton"))).toBe(true);
  });

  it("reads a titled person after 'according to' as no body", () => {
    const sheet = sheetOf(
      "Officials warn of new scheme\n\nAccording to New York Attorney General Letitia James, patients were not protected. According to Secretary of Homeland Security Alejandro Mayorkas, the threat is growing.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations.some((o) => /Letitia James|Alejandro Mayorkas/.test(o ?? ""))).toBe(false);
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Letitia James", "Alejandro Mayorkas"]));
  });

  it("reads no body from a platform used as a place or a tool, and keeps one that acts", () => {
    const tools = sheetOf(
      "Shop confirms card skimming\n\nCustomers complained on Reddit about fraudulent charges, and one Reddit user shared a receipt. The skimmer's code was posted to a GitHub repository and later copied from GitHub.",
    );
    expect(names(tools.organizations)).not.toContain("Reddit");
    expect(names(tools.organizations)).not.toContain("GitHub");
    const acting = sheetOf(
      "Flaws found in package manager\n\nThe GitHub security team found seven flaws in the package manager, and GitHub notified the maintainers on Monday.",
    );
    expect(names(acting.organizations)).toContain("GitHub");
  });

  it("reads a name an appositive counts among companies as a body, not one it counts among groups or people", () => {
    const sheet = sheetOf(
      "Salmon plants hit by ransomware\n\nHalvik Seafood, one of Norway’s largest salmon processors, confirmed the attack on Monday. Tarn Hotels International, one of the largest hotel chains, was hit last week. Ivo Brandt, one of the core developers of the library, found the bug.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(expect.arrayContaining(["Halvik Seafood", "Tarn Hotels International"]));
    expect(organizations).not.toContain("Ivo Brandt");
  });

  it("reads a person and employer from a post in lower case, and a known body opening a sentence", () => {
    const sheet = sheetOf(
      "Ransomware suspect arrested in Ontario\n\nPolice arrested a man on Monday. “It matters,” Kellan Drury, detections lead at Veltrix, said of the arrest. The gangs are hard pressed, according to Omar Haddad, principal threat hunter with Norvale. Recorded Future said the suspect was a known affiliate. Citizen Lab found traces of the same tools. Researchers from the University of Toronto’s Citizen Lab agreed.\n\nDefending Systems\n\nPatch early.",
    );
    const organizations = names(sheet.organizations);
    for (const body of ["Veltrix", "Norvale", "Recorded Future", "Citizen Lab", "University of Toronto"])
      expect(organizations).toContain(body);
    expect(organizations).not.toContain("Defending Systems");
    expect(organizations).not.toContain("University of Toronto’s Citizen Lab");
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Kellan Drury", "Omar Haddad"]));
  });

  it("reads a list of past victims, a report's author, and the outlet a representative spoke to", () => {
    const sheet = sheetOf(
      "Chipmaker confirms ransomware attack\n\nThe gang's previous victims include Varnel, Copperline, Istravo, and Munge.\n\nA representative told Lanternpost that systems were restored. According to a study released last week by Gravecrest, such attacks doubled.",
    );
    const organizations = names(sheet.organizations);
    for (const body of ["Varnel", "Copperline", "Istravo", "Munge", "Lanternpost", "Gravecrest"])
      expect(organizations).toContain(body);
  });

  it("reads the bodies people belong to, and every name of a listed pair of people", () => {
    const sheet = sheetOf(
      "Researchers detail flaws in server software\n\nTen of the bugs were found by Martin Venn and Dariusz Quellan of Tarnlab. Irma Sollett, co-founder of Ferroquay and Blue Pidgeon, said fixes were slow.\n\nElsewhere, Anders Holm and Teodor Vasquell, two researchers at security firm Kestrawick, published a proof of concept.",
    );
    expect(names(sheet.persons)).toEqual(
      expect.arrayContaining([
        "Martin Venn",
        "Dariusz Quellan",
        "Irma Sollett",
        "Anders Holm",
        "Teodor Vasquell",
      ]),
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Tarnlab", "Ferroquay", "Blue Pidgeon", "Kestrawick"]),
    );
  });

  it("does not read job titles, departments, origins or a modifier before a descriptor as bodies; the EU is one", () => {
    const sheet = sheetOf(
      "Telecoms hacked by espionage groups\n\n“The attackers were thorough,” Aviel Doran, Senior Director and Head of Threat Research at security firm Corvane, told reporters. Ilse Marr, VP of Strategy at Teshwood, agreed.\n\nThe group has ties to Russia-based Evil Corp, according to Danish security firm Hollet. Allies including the European Union condemned the attacks.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(
      expect.arrayContaining(["Corvane", "Teshwood", "Hollet", "European Union"]),
    );
    for (const wrong of [
      "Senior Director and Head of Threat Research",
      "Strategy",
      "Russia-based Evil Corp",
      "Danish",
    ])
      expect(organizations).not.toContain(wrong);
    expect(names(sheet.persons)).toContain("Aviel Doran");
  });

  it("leaves out well-known companies named only for a product or channel used as a tool", () => {
    const sheet = sheetOf(
      "Fake pass sellers shut down\n\nBuyers paid with PayPal money transfers or Amazon gift cards. Scripts checked whether Kaspersky antivirus was running.\n\nThe prosecutor's office in Milan said in a statement that the channels were closed.",
    );
    const organizations = names(sheet.organizations);
    for (const tool of ["PayPal", "Amazon", "Kaspersky", "Milan"]) expect(organizations).not.toContain(tool);
  });

  it("does not read the department in a vice president's post as an organisation", () => {
    const sheet = sheetOf(
      "Software giant seizes domains of espionage group\n\nThe company seized 42 domains, said Tom Burke, Corporate Vice President for Customer Security & Trust at Microsoft.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toContain("Microsoft");
    expect(organizations).not.toContain("Customer Security & Trust");
  });

  it("leaves out companies named only in a list of services or for a named product", () => {
    const sheet = sheetOf(
      "Spyware firm's tool read private chats\n\nThe tool could pull messages from social media platforms such as Facebook, Instagram and Twitter. Its operators stored evidence in a Google Drive folder.\n\nThe CIA awarded its cloud contract to a panel of providers including Oracle and IBM.",
    );
    const organizations = names(sheet.organizations);
    for (const service of ["Facebook", "Instagram", "Twitter", "Google"])
      expect(organizations).not.toContain(service);
    expect(organizations).toEqual(expect.arrayContaining(["Oracle", "IBM"]));
  });

  it("names a government agency from its appositive and keeps a court's full name", () => {
    const sheet = sheetOf(
      "Fraud ring leader sentenced\n\nThe hackers took over the account of USDEV, an international development agency.\n\nHe was sentenced in the U.S. District Court for the Western District of Texas. The Federal Office for the Protection of the Constitution (BfV) issued a warning.",
    );
    const agencies = sheet.agencies.flat();
    expect(agencies).toContain("USDEV");
    expect(agencies).toContain("U.S. District Court for the Western District of Texas");
    expect(agencies).toContain("Federal Office for the Protection of the Constitution");
    expect(names(sheet.organizations)).not.toContain("USDEV");
  });

  it("reads a surname after an honorific or before 'administration' as a person, and not a capitalised common phrase", () => {
    const sheet = sheetOf(
      "Sanctions target crypto exchange\n\nThe order was signed by President Halvorsen in 2015. The Marlowe administration has since expanded it.\n\nThe attackers reached the domain controllers and the\n\nWeb Servers, the report said. Investigators found web servers in three countries.",
    );
    const persons = sheet.persons.flat();
    expect(persons).toEqual(expect.arrayContaining(["Halvorsen", "Marlowe"]));
    expect(persons).not.toContain("Web Servers");
  });

  it("reads a vendor's unit named with its owner as one body, in any casing of a well-known name", () => {
    const sheet = sheetOf(
      "Business email scams cost billions\n\nLosses doubled, according to a report from Cisco’s Talos Intelligence. Palo Alto Networks' Unit 42 saw the same trend.\n\nThe domains were bought through NameCheap registrars. The Brookfield School District lost $1 million.",
    );
    const organizations = sheet.organizations;
    const talos = organizations.find((o) => o[0] === "Talos Intelligence");
    expect(talos).toContain("Cisco");
    expect(organizations.find((o) => o[0] === "Unit 42")).toContain("Palo Alto Networks");
    expect(names(organizations)).not.toContain("Cisco");
    expect(names(organizations)).toEqual(expect.arrayContaining(["NameCheap", "Brookfield School District"]));
  });

  it("reads a name a list joins to well-known companies as a company, but not a product, person or clause", () => {
    const sheet = sheetOf(
      "Chip flaw affects phones\n\nIts chips are found in phones from Xiaomi, Corvalen, Brisko, and Samsung. The exploit was studied by Trend Micro, Quentar, Kaspersky and Palo Alto Networks.\n\nAttackers also used Gmail, Dropbox and OneDrive to stage files. While acting as an adviser to Huawei, Dovrel made misleading statements. As Velko Rannis, Cisco's security chief, put it, the flaw is old.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(expect.arrayContaining(["Corvalen", "Brisko", "Quentar"]));
    for (const other of ["Gmail", "OneDrive", "Dovrel", "Velko Rannis"])
      expect(organizations).not.toContain(other);
  });

  it("reads the employer a post in lower case stands between: 'Netenrich threat hunter John Bambenek'", () => {
    const sheet = sheetOf(
      "Schools struggle with ransomware\n\nBut Kestrova threat hunter John Bambenek explained that many units lack staff. Former NSA analyst Mary Ellis agreed, and Labor senator Peter Walsh asked for funds.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toContain("Kestrova");
    for (const other of ["Former NSA", "Labor"]) expect(organizations).not.toContain(other);
  });

  it("reads a person after a post with 'of', after a title and comma, and a surname that is a country's name", () => {
    const sheet = sheetOf(
      "Officials discuss ransomware\n\nSecretary of Homeland Security Alejandro Mayorkas spoke first. The British Home Secretary, Priti Patel, said payments must stop. Deputy attorney general Lisa Monaco agreed, as did Vice President, North America, Karl Brandt of Korvalis. Police in Monaco were not involved.",
    );
    const persons = names(sheet.persons);
    expect(persons).toEqual(expect.arrayContaining(["Alejandro Mayorkas", "Priti Patel", "Lisa Monaco"]));
    expect(persons).not.toContain("North America");
    expect(sheet.countries).toContain("MC");
  });

  it("reads Chinese names in pinyin, family name first, but not a company or a pronoun", () => {
    const sheet = sheetOf(
      "US indicts four Chinese hackers\n\nThe indictment names Ding Xiaoyang, Cheng Qingmin and Zhu Yunmin as officers of a provincial security department. Wu Shurong wrote malware for them. Li Auto and He Said were not involved.",
    );
    const persons = names(sheet.persons);
    expect(persons).toEqual(
      expect.arrayContaining(["Ding Xiaoyang", "Cheng Qingmin", "Zhu Yunmin", "Wu Shurong"]),
    );
    for (const other of ["Li Auto", "He Said"]) expect(persons).not.toContain(other);
  });

  it("reads names with letters outside Latin-1 whole, and a first name opening a sentence", () => {
    const sheet = sheetOf(
      "Europol takes down bulletproof host\n\nCriminals are running out of places to hide, Edvardas Šimkūnas, head of the centre, said today. Researcher Ivan Krstić found the flaw.\n\nJosh Lospinoso, a former officer, said the takedown was overdue. Will Microsoft patch it? My Translator Pro was also removed.",
    );
    const persons = names(sheet.persons);
    expect(persons).toEqual(expect.arrayContaining(["Edvardas Šimkūnas", "Ivan Krstić", "Josh Lospinoso"]));
    for (const other of ["Will Microsoft", "My Translator Pro", "Ivan Krsti"])
      expect(persons).not.toContain(other);
  });

  it("reads a known company whose name opens in lower case, and not a marketplace the goods were sold on", () => {
    const sheet = sheetOf(
      "Law firm hit by backdoor lure\n\nAccording to eSentire's Threat Response Unit, the breach succeeded. The stolen cards were later sold on eBay.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toContain("eSentire");
    expect(organizations).not.toContain("eBay");
  });

  it("reads a known name that opens with a word never read alone ('No More Ransom'), whole", () => {
    const sheet = sheetOf(
      "Police release decryptor\n\nThe tool is available through the No More Ransom project, The Times of Israel reported.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toContain("No More Ransom");
    expect(organizations).not.toContain("More Ransom");
    expect(organizations).not.toContain("The Times");
  });

  it("does not read the field's own words opening a sentence as a body ('Cybersecurity researchers warn')", () => {
    const sheet = sheetOf(
      "Excel add-ins deliver malware\n\nCybersecurity researchers warn that attackers mail XLL files. Security analysts at Quentar Labs tracked the wave.",
    );
    expect(names(sheet.organizations)).toEqual(["Quentar Labs"]);
  });

  it("does not read vulnerability acronyms or a section heading on a company's products as bodies", () => {
    const sheet = sheetOf(
      "Patch Tuesday brings 67 fixes\n\nThese remote desktop service RCE updates were revised twice.\n\nMicrosoft Development Platforms\n\nMicrosoft published seven updates to its developer tools.",
    );
    expect(names(sheet.organizations)).toEqual(["Microsoft"]);
  });

  it("reads a company's affiliate and a joint venture called by name as bodies, and no body from an ID or a PIN", () => {
    const sheet = sheetOf(
      "Carmaker buys security startup\n\nThe electronics maker Hanbit said on Tuesday it bought the startup. Its affiliate Hanbit Panels supplies screens to car makers, and in March it launched a joint venture called Velora. The attacker used the company ID and the vendor PIN to log in.",
    );
    expect(names(sheet.organizations)).toEqual(expect.arrayContaining(["Hanbit Panels", "Velora"]));
    expect(names(sheet.organizations)).not.toContain("ID");
    expect(names(sheet.organizations)).not.toContain("PIN");
  });
  it("reads a person after posts the news writes before names ('CSO', 'Whistleblower', 'Vice-Premier'); a state's CIO names no company", () => {
    const sheet = sheetOf(
      "Photo scanning plan draws fire\n\nFormer Facebook CSO Alex Stamos said he was glad to see the change. Whistleblower Edward Snowden called it mass surveillance. Vice-Premier Liu Qiang spoke on Tuesday. The county used estimates from Winnebago County, Illinois CIO Gus Genter.",
    );
    expect(names(sheet.persons)).toEqual(
      expect.arrayContaining(["Alex Stamos", "Edward Snowden", "Liu Qiang", "Gus Genter"]),
    );
    expect(sheet.organizations.flat()).not.toContain("Illinois");
  });
  it("reads a company whose name ends in 'Co' with no full stop ('NBN Co', 'Southern Co')", () => {
    const sheet = sheetOf(
      "Scammers pose as telcos\n\nThe callers pretend to be from NBN Co or a bank, the watchdog said. The utility Southern Co said it was not affected.",
    );
    expect(names(sheet.organizations)).toEqual(expect.arrayContaining(["NBN Co", "Southern Co"]));
  });
  it("reads a person, not a body, from a known company's possessive and a speech verb ('Kaspersky’s Tatyana Shcherbakova said'); 'Gov.' is a post", () => {
    const sheet = sheetOf(
      "Film piracy lures spread malware\n\nThe risk is high, Kaspersky’s Tatyana Shcherbakova said in a statement. Cloudflare's Omer Yoachimik said the attack lasted a minute. Florida Gov. Ron DeSantis was briefed.",
    );
    expect(names(sheet.persons)).toEqual(
      expect.arrayContaining(["Tatyana Shcherbakova", "Omer Yoachimik", "Ron DeSantis"]),
    );
    expect(sheet.organizations.flat()).not.toContain("Tatyana Shcherbakova");
  });
  it("reads a person after a vice-president's post ('Facebook integrity VP Guy Rosen', 'Customer Experience VP Casper Sorensen')", () => {
    const sheet = sheetOf(
      "Platform defends its moderation\n\nFacebook integrity VP Guy Rosen said the figures were wrong. The exchange's Customer Experience VP Casper Sorensen apologised on Tuesday.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Guy Rosen", "Casper Sorensen"]));
    expect(sheet.organizations.flat()).not.toContain("Rosen");
  });
  it("lists a news agency named in full and short once ('Xinhua News Agency' and 'Xinhua', 'Bloomberg News' and 'Bloomberg')", () => {
    const sheet = sheetOf(
      "Beijing approves data law\n\nThe law takes effect in November, Xinhua News Agency reported on Friday. According to Xinhua, it applies to firms abroad. Bloomberg News first reported the draft; Bloomberg said it was changed twice.",
    );
    const xinhua = sheet.organizations.filter((n) => n.some((a) => a.startsWith("Xinhua")));
    expect(xinhua).toHaveLength(1);
    expect(xinhua[0]).toEqual(expect.arrayContaining(["Xinhua News Agency", "Xinhua"]));
    expect(sheet.organizations.filter((n) => n.some((a) => a.startsWith("Bloomberg")))).toHaveLength(1);
  });
});

describe("leaders named for their government or its time", () => {
  it("reads a surname before 'administration', '-era' or 'regime' as a person, not a body's word or a people's", () => {
    const sheet = sheetOf(
      "Biden administration officials back reporting rules\n\nThe rules follow advice from the Trump-era Justice Department, officials said on Monday. Activists who oppose the Lukashenko regime and the Iranian regime run the channel, which the Food and Drug Administration does not police.",
    );
    const found = names(sheet.persons);
    for (const name of ["Biden", "Trump", "Lukashenko"]) expect(found).toContain(name);
    expect(found).not.toContain("Iranian");
    expect(found).not.toContain("Drug");
    const full = sheetOf(
      "President Joe Biden signs memorandum\n\nPresident Joe Biden signed the memorandum on Wednesday. The Biden administration said it covers defense contractors.",
    );
    expect(full.persons.filter((p) => p.includes("Biden"))).toHaveLength(1);
  });
});

describe("bodies named after a possessive place", () => {
  it("names the body without the place's possessive, and keeps the possessive form as an alias", () => {
    const sheet = sheetOf(
      "Police data leaked\n\nThe gang leaked files stolen from Washington DC's Metropolitan Police Department on Monday, and the United Kingdom's National Crime Agency opened an inquiry.",
      "2021-05-13",
    );
    const police = sheet.agencies.find((a) => a.includes("Washington DC's Metropolitan Police Department"));
    expect(police?.[0]).toBe("Metropolitan Police Department");
    expect(sheet.agencies.map((a) => a[0])).toContain("National Crime Agency");
  });
});

describe("regions", () => {
  it("reads a province named with 'and' whole, and the Donbas as a region", () => {
    const sheet = sheetOf(
      "Hospital hit\n\nThe attack hit hospitals in Newfoundland and Labrador, Canada, on Saturday. Separately, wipers hit utilities in the Donbas region of Ukraine.",
      "2021-11-08",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Newfoundland and Labrador", "Donbas"]));
    expect(sheet.places).not.toContain("Newfoundland");
  });
});

describe("guards", () => {
  it("reads a Windows feature named '… Guard' as no agency, and the Coast Guard or the Revolutionary Guard as one", () => {
    const sheet = sheetOf(
      "Coast Guard warns ports of ransomware\n\nThe US Coast Guard said on Monday that two ports were hit. Microsoft urged admins to turn on Credential Guard and System Guard, while Iran's Revolutionary Guard denied any role.",
      "2021-11-08",
    );
    const agencies = sheet.agencies.map((a) => a[0]);
    expect(agencies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Coast Guard/),
        expect.stringMatching(/Revolutionary Guard/),
      ]),
    );
    expect(agencies).not.toContain("Credential Guard");
    expect(agencies).not.toContain("System Guard");
  });
});

describe("places inside agency names", () => {
  it("keeps a city an agency's office is named after, not a region word of a name", () => {
    const sheet = sheetOf(
      "Ohio man charged over ransomware payments\n\nAgents from the FBI Cleveland Field Office arrested a 31-year-old man in the United States on Tuesday. Interpol's National Central Bureau in Bogota, Colombia, helped trace the payments, the Justice Department said.",
    );
    expect(sheet.places).toContain("Cleveland");
    expect(sheet.places).not.toContain("Central");
  });

  it("keeps the place an institution is named for ('University of Toronto', 'University of Vermont Medical Center'), not a company's", () => {
    const sheet = sheetOf(
      "Spyware found on activists' phones\n\nResearchers at the University of Toronto's Citizen Lab found the spyware. Hackers also hit the University of Vermont Medical Center in the US, the Washington Post reported, and Texas Instruments said it was not affected.",
      "2021-08-27",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Toronto", "Vermont"]));
    expect(sheet.places).not.toContain("Washington");
    expect(sheet.places).not.toContain("Texas");
  });

  it("reads a month in a list of months or after 'in' as a month, not the town of that name", () => {
    const sheet = sheetOf(
      "Bulletproof hosting admins sentenced\n\nThe two men, from the United Kingdom and Estonia, pleaded guilty in February, March, and May 2021 in Chicago. In March, the court heard that they rented servers to ransomware gangs.",
      "2021-06-30",
    );
    expect(sheet.places).toContain("Chicago");
    expect(sheet.places).not.toContain("March");
    expect(sheet.places).not.toContain("May");
  });

  it("reads a place that is also a catalogue name as the place without a cue ('schools in Nevada')", () => {
    const sheet = sheetOf(
      "Schools face more ransomware\n\nThe senator said schools in Nevada and across the country are becoming targets for hackers.",
    );
    expect(sheet.places).toContain("Nevada");
    expect(sheet.malware).toEqual([]);
  });

  it("reads a nation of the United Kingdom as a place in GB, and 'Northern Irish' as GB, not Ireland", () => {
    const sheet = sheetOf(
      "Vaccine pass app leaks data\n\nThe app lets people based in Northern Ireland show their vaccine status, like the pass used in England and Wales. Northern Irish health officials said the flaw was fixed.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Northern Ireland", "England", "Wales"]));
    expect(sheet.countries).toEqual(["GB"]);
  });

  it("keeps the state or province that opens an agency's name", () => {
    const sheet = sheetOf(
      "Ransomware affiliate charged in Canada\n\nThe Ontario Provincial Police, which led the Canadian investigation, said the suspect was arrested at his home. The Texas Department of Public Safety helped trace payments.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Ontario", "Texas"]));
  });

  it("reads a place fused with its cue ('Ohio-based', 'Dallas-born') and no name from a month abbreviation", () => {
    const sheet = sheetOf(
      "Testing lab discloses breach\n\nThe Meridian Diagnostics Center, an Ohio-based testing company, said intruders were inside its network from Jan. 20 to Nov. 10. A Dallas-born contractor first spotted the intrusion.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Ohio", "Dallas"]));
    expect(sheet.organizations.map((n) => n[0])).not.toContain("Jan.");
  });

  it("reads a name between 'the' and a kind of company as a body ('the Velko cryptocurrency exchange'), not a demonym or an acronym", () => {
    const sheet = sheetOf(
      "Treasury sanctions crypto exchange\n\nThe Treasury sanctioned the Velko cryptocurrency exchange on Monday for laundering ransom payments. The Korean retail giant and the NAS maker were not named.",
    );
    const bodies = names(sheet.organizations);
    expect(bodies).toContain("Velko");
    expect(bodies).not.toContain("Korean");
    expect(bodies).not.toContain("NAS");
  });

  it("reads no victim body from the attackers a title names ('Hackers breach startup')", () => {
    const sheet = sheetOf(
      "Hackers breach startup\n\nHackers breached a payments startup on Tuesday and stole customer data, the company said.",
    );
    expect(sheet.organizations).toEqual([]);
  });

  it("reads Washington standing for its government or after a town and a comma as a place, and not a bare surname", () => {
    const sheet = sheetOf(
      "Hackers arrested in Moscow\n\nThe arrests come amid tensions between Washington and Moscow. Officials said Washington expects more arrests.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Washington", "Moscow"]));
    const state = sheetOf(
      "US carrier's call centre hacked\n\nIntruders reached staff in the carrier's call centre in Bothell, Washington on Monday.",
    );
    expect(state.places).toContain("Washington");
    const person = sheetOf(
      "Hackers arrested in Moscow\n\nPolice arrested two men in Moscow on Tuesday, Denzel Washington told reporters.",
    );
    expect(person.places).not.toContain("Washington");
  });

  it("reads a town before a comma and its state as that state's town, in an article that names no country", () => {
    const sheet = sheetOf(
      "Instructor admits hiding foreign contacts\n\nA lecturer at a military college in Montgomery, Alabama, pleaded guilty on Tuesday to making false statements.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Montgomery", "Alabama"]));
  });

  it("reads a state after a capitalised conjunction ('When Colorado resident…') and a town before its province with no comma ('Gatineau Quebec')", () => {
    const resident = sheetOf(
      "Teenagers' parents sued over bitcoin theft\n\nWhen Colorado resident Dale Hurst downloaded a wallet app in 2017, his coins vanished within weeks.",
    );
    expect(resident.places).toContain("Colorado");
    const town = sheetOf(
      "Ransomware affiliate pleads guilty\n\nThe FBI told Canadian police that an affiliate was operating in Gatineau Quebec, and officers searched his home in January.",
    );
    expect(town.places).toContain("Gatineau");
  });

  it("reads a town the gazetteer lacks where the text places it ('in Korczowa, Poland', 'the village of Ollioules'), not a heading's word", () => {
    const sheet = sheetOf(
      "Botnet operator extradited\n\nThe suspect was taken into custody in Korczowa, Poland, on October 3. His lawyer said he had lived in the village of Ollioules for a year.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Korczowa", "Ollioules"]));
    const heading = sheetOf(
      "Weekly security roundup\n\nGang Dismantled in Raids, Russia Says\n\nThe security service said it detained fourteen suspects.",
    );
    expect(heading.places).not.toContain("Raids");
  });

  it("reads an English county as a place in Britain, and 'Kent' only with a place cue", () => {
    const sheet = sheetOf(
      "Grocer closes stores after cyber-attack\n\nBranches in Yorkshire and Lancashire were closed on Sunday, the chain said.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Yorkshire", "Lancashire"]));
    const person = sheetOf(
      "Search giant fined in Europe\n\nThe company's president of global affairs, Kent Walker, said it would appeal.",
    );
    expect(person.places).not.toContain("Kent");
  });

  it("reads 'of Las Vegas, Nevada' after a person as where the person lives, not a body", () => {
    const sheet = sheetOf(
      "Records clerk jailed for veterans fraud\n\nProsecutors named Dorian Pratt of Las Vegas, Nevada, as the clerk who sold the records.",
    );
    expect(sheet.places).toContain("Las Vegas");
    expect(sheet.organizations.flat()).not.toContain("Las Vegas");
  });

  it("reads the state a judicial district names as a place, not the country Georgia nor the direction 'Central'", () => {
    const sheet = sheetOf(
      "Intruders read email of US Attorneys' offices\n\nThe offices affected include:\n\n* Central District of California\n* Northern District of Georgia\n* Western District of Washington",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["California", "Georgia", "Washington"]));
    expect(sheet.places).not.toContain("Central");
    expect(sheet.countries).not.toContain("GE");
  });

  it("reads a place of two or three words fused with its cue ('Tel Aviv-based', 'New Jersey-based'), not its last word", () => {
    const sheet = sheetOf(
      "Israeli startup breached\n\nTel Aviv-based Arvelon said on Tuesday that intruders stole customer data. A New Jersey-based water utility was hit too.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Tel Aviv", "New Jersey"]));
    expect(sheet.countries).not.toContain("JE");
  });

  it("reads the state a body's name ends with after 'of' as a place", () => {
    const sheet = sheetOf(
      "Dark web vendors arrested\n\nThe operation involved the Central Criminal Inspectorate of Oldenburg and the State Criminal Police Office of Lower Saxony, among others.",
    );
    expect(sheet.places).toContain("Lower Saxony");
  });

  it("does not read a place out of a longer capitalised name", () => {
    const sheet = sheetOf(
      "Sanctions follow espionage campaign\n\nThe measures come after the US and its allies, including the European Union, the United Kingdom, and NATO, condemned the campaign. Banks in Austria, Slovak Republic, Slovenia and Sweden froze accounts over the American Independence Day weekend, police in Lyon, France, said.",
    );
    expect(sheet.places).toEqual(["Lyon"]);
  });
});

describe("government bodies by their head words", () => {
  it("reads Congress and the Senate as US bodies, and 'Ukraine's SSU' as Ukraine's security service, not an update's SSU", () => {
    const sheet = sheetOf(
      "Launderers for ransomware gangs arrested\n\nIn a press release, Ukraine's SSU said the suspects laundered funds for gangs that hit US firms. Congress is weighing new rules, and the US Senate passed a reporting bill.",
    );
    expect(sheet.agencies).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(["Security Service of Ukraine", "SSU"]),
        expect.arrayContaining(["United States Congress", "Congress"]),
        expect.arrayContaining(["United States Senate", "US Senate"]),
      ]),
    );
    const update = sheetOf(
      "Windows updates released\n\nMicrosoft released the updates. Install the latest SSU before the cumulative update.",
    );
    expect(update.agencies).toEqual([]);
  });

  it("reads an Italian body whose head comes first ('Guardia di Finanza') and Norway's Kripos", () => {
    const sheet = sheetOf(
      "Police bust phishing ring\n\nThe Italian financial crime agency (Guardia di Finanza) announced the arrest of several individuals. According to a press release from Kripos, the Norwegian police unit, two were held.",
    );
    expect(sheet.agencies.map((a) => a[0])).toEqual(expect.arrayContaining(["Guardia di Finanza", "Kripos"]));
  });

  it("reads a public executive, board or division as an agency, not a company's chief executive", () => {
    const sheet = sheetOf(
      "Hospital systems hit by ransomware\n\nThe attack on Ireland's Health Service Executive (HSE) disrupted care. The Police and Border Guard Board said data was stolen, and the FBI's Criminal Investigative Division is helping. Chief Executive Anna Berg of Korvalis said the firm was not affected.",
    );
    const agencies = sheet.agencies.flat();
    expect(agencies).toContain("Health Service Executive");
    for (const body of [/Border Guard Board/, /Criminal Investigative Division/])
      expect(agencies.some((a) => body.test(a))).toBe(true);
    expect(agencies).not.toContain("Chief Executive");
  });

  it("reads postal, naval, tax and audit offices and services as agencies", () => {
    const sheet = sheetOf(
      "Engineer arrested over warship secrets\n\nThe FBI and the Naval Criminal Investigative Service (NCIS) arrested an engineer. The packages were sent through the United States Postal Service. Scam texts claimed to come from the Australian Taxation Office.",
    );
    const agencies = sheet.agencies.flat();
    for (const body of [
      "Naval Criminal Investigative Service",
      "United States Postal Service",
      "Australian Taxation Office",
    ])
      expect(agencies).toContain(body);
  });
});

describe("known government bodies", () => {
  it("reads two known bodies written back to back as two agencies, and a body that sanctions a group's members as no sponsor", () => {
    const sheet = sheetOf(
      "US charges Iranian hackers\n\nAlong with the charges, the Department of the Treasury Office of Foreign Assets Control (OFAC) has imposed sanctions against two Iranian nationals, part of the Emennet Pasargad hacking group.",
    );
    const agencies = sheet.agencies.flat();
    expect(agencies).toEqual(
      expect.arrayContaining([
        "United States Department of the Treasury",
        "Office of Foreign Assets Control",
      ]),
    );
    expect(sheet.organizations.flat()).not.toContain("Office of Foreign Assets Control");
  });

  it("reads a name only one known body goes by as an agency, though a company word ends it; not another spelling", () => {
    const sheet = sheetOf(
      "Banks told to report hacks in the US\n\nThe Federal Deposit Insurance Corporation said on Thursday that banks must report attacks within 36 hours. Firewalls of the NSa series kept rebooting.",
    );
    expect(sheet.agencies.flat()).toContain("Federal Deposit Insurance Corporation");
    expect(sheet.organizations.flat()).not.toContain("Federal Deposit Insurance Corporation");
    expect(sheet.agencies.flat()).not.toContain("National Security Agency");
  });

  it("keeps one agency under its several names and adds its other names, only in its own country", () => {
    const us = sheetOf(
      "US charges ransomware operator\n\nThe Justice Department charged a Ukrainian man on Monday. DOJ officials said the Cybersecurity and Infrastructure Security Agency (CISA) helped, and CISA published indicators.",
    );
    const doj = us.agencies.filter((a) => a.includes("Justice Department") || a.includes("DOJ"));
    expect(doj).toHaveLength(1);
    expect(doj[0]).toContain("United States Department of Justice");
    expect(us.agencies.filter((a) => a.includes("CISA"))).toHaveLength(1);
    const ph = sheetOf(
      "Manila prosecutors charge scam ring\n\nThe Department of Justice in the Philippines filed charges against nine suspects in Manila.",
    );
    expect(ph.agencies.flat()).not.toContain("United States Department of Justice");
  });

  it("reads NATO and the United Nations as organisations under both their names, and the EU as no body", () => {
    const sheet = sheetOf(
      "Allies blame Russia for satellite hack\n\nThe North Atlantic Treaty Organization condemned the attack, and NATO members agreed to respond. The United Nations said it was concerned, as did officials in the EU.",
    );
    const nato = sheet.organizations.filter((o) => o.includes("NATO"));
    expect(nato).toHaveLength(1);
    expect(nato[0]).toContain("North Atlantic Treaty Organization");
    expect(sheet.organizations.map((o) => o[0])).toContain("United Nations");
    expect(sheet.organizations.flat()).not.toContain("EU");
  });
});

describe("places in datelines", () => {
  it("reads the US state a dateline abbreviates after a city, and picks that state's town", () => {
    const sheet = sheetOf(
      "Scammers drain school district accounts\n\nVictims include a clinic in Ocala, Fla., which lost $740,000, and a district in Paris, TX, which lost $2.5 million.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Ocala", "Florida", "Texas"]));
    expect(sheet.places).not.toContain("District of Columbia");
  });
});

describe("places by their English names and regions", () => {
  it("geocodes a city GeoNames lists under its own language's name, and a country's regions", () => {
    const sheet = sheetOf(
      "Police break up phishing gang\n\nOfficers arrested seven people in Barcelona and one in Seville, Spain. Accomplices were tracked down in Liguria and Apulia, Italy, and in Antwerp, Belgium.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Seville", "Liguria", "Apulia", "Antwerp"]));
  });

  it("reads Washington DC written without its dots", () => {
    for (const capital of ["Washington DC", "Washington, DC"]) {
      const sheet = sheetOf(
        `Officials meet on ransomware in the US\n\nOfficials from 30 countries met in ${capital} on Tuesday.`,
      );
      expect(sheet.places).toContain(capital);
    }
  });

  it("reads a person after a post, not an organisation, and no department of a firm as a body", () => {
    const sheet = sheetOf(
      "Cloud instances hijacked within minutes\n\n\u201cIt was shocking,\u201d principal cloud security researcher Dana Whitfield wrote in the post. Marco Ruiz, director of Security Technology & Strategy at Akamai, said exposed services are found within minutes. According to Chief Jim Lee of the tax agency, the funds were traced. Farm cooperative Crystal Valley said its systems were restored.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Dana Whitfield", "Marco Ruiz", "Jim Lee"]));
    const organizations = names(sheet.organizations);
    expect(organizations).not.toContain("Security Technology");
    expect(organizations).not.toContain("Dana Whitfield");
    expect(organizations).toContain("Crystal Valley");
  });

  it("reads a newspaper opening with an article as a body, not a person", () => {
    const sheet = sheetOf(
      "Energy group reports disruption after ransomware attack\n\nThe company called it a hacker attack, La Repubblica reported on Tuesday. The gang also hit Red Robin restaurants last year.",
    );
    expect(names(sheet.persons)).not.toContain("La Repubblica");
    expect(names(sheet.persons)).not.toContain("Red Robin");
    expect(names(sheet.organizations)).toContain("La Repubblica");
  });

  it("reads a securities regulator as a body and splits two bodies joined by 'and'", () => {
    const sheet = sheetOf(
      "Hosting firm discloses breach\n\nIn documents filed with the US Securities and Exchange Commission, the firm said it found the breach. Both the Ukrainian Security Service and Ukrainian Cyber Police said the suspects were detained.",
    );
    const agencies = names(sheet.agencies);
    expect(agencies).toEqual(expect.arrayContaining(["Securities and Exchange Commission"]));
    expect(agencies.some((a) => /Service and/.test(a ?? ""))).toBe(false);
    expect(agencies.length).toBeGreaterThanOrEqual(3);
  });

  it("reads one word joined by '&' to another as one firm, and a political party as a body", () => {
    const sheet = sheetOf(
      "Publisher staff targeted in phishing scheme\n\nHe worked for book publisher Simon & Schuster UK before the scheme. The emails also targeted members of the Democratic Party, and Microsoft & Citizen Lab analysed them.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(expect.arrayContaining(["Simon & Schuster UK", "Democratic Party"]));
    expect(organizations).not.toContain("Simon");
    expect(organizations).not.toContain("Microsoft & Citizen Lab");
  });

  it("reads a firm's person after its possessive as a person, and a unit 'at' a body as no body", () => {
    const sheet = sheetOf(
      "Spyware campaign targets activists\n\nThe attacks veer from typical spyware, Kaspersky's Kirill Kruglov wrote in a report. \u201cWe share what we find,\u201d said Ana Ruiz, Assistant Director, Criminal Networks at Interpol.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Kirill Kruglov", "Ana Ruiz"]));
    const organizations = names(sheet.organizations);
    expect(organizations).not.toContain("Kirill Kruglov");
    expect(organizations).not.toContain("Criminal Networks");
  });

  it("reads federal judicial districts as public bodies, keeping the place each names; the capital's district alone is a place", () => {
    const sheet = sheetOf(
      "Hackers breached federal prosecutors' email\n\nThe attackers accessed the mailboxes of US Attorneys' offices in the following districts:\n\n* Central District of California;\n\n* District of Columbia;\n\n* Northern District of Florida;",
    );
    const agencies = names(sheet.agencies);
    expect(agencies).toEqual(
      expect.arrayContaining([
        "Central District of California",
        "District of Columbia",
        "Northern District of Florida",
      ]),
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["California", "Florida"]));
    const capital = sheetOf(
      "Gang hit firms across the US\n\nThe group compromised the networks of organizations in 47 states and the District of Columbia, the FBI said.",
    );
    expect(names(capital.agencies)).not.toContain("District of Columbia");
  });
});

describe("Georgia, the state and the country", () => {
  it("reads Georgia as the US state where the article names other states, and keeps a place fused with '-based' before a body", () => {
    const sheet = sheetOf(
      "Fertility clinics report breaches\n\nA clinic in Illinois said on Friday that hackers had stolen patient records. Acme-owned LabServe and Georgia-based Coastal Fertility Associates reported breaches too, and a pharmacy in Florida said it was hit in September.",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Illinois", "Georgia", "Florida"]));
    expect(sheet.countries).not.toContain("GE");
    expect(sheet.organizations).toContainEqual([
      "Coastal Fertility Associates",
      "Georgia-based Coastal Fertility Associates",
    ]);
  });

  it("keeps Georgia the country where the article speaks of it, though it names a US state", () => {
    const sheet = sheetOf(
      "Ministry hit by hackers\n\nHackers breached a ministry in Georgia on Monday, Georgian officials said, using servers rented in Texas.",
    );
    expect(sheet.countries).toContain("GE");
    expect(sheet.places).not.toContain("Georgia");
  });
});

describe("people and places", () => {
  it("reads a chairwoman's or chairperson's title as no part of her name", () => {
    const sheet = sheetOf(
      "Regulator orders carriers to block robocalls\n\nCommission Chairwoman Dana Orwell said the rules take effect in June, and Chairperson Lee Marsh of the consumer panel agreed.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Dana Orwell", "Lee Marsh"]));
  });

  it("reads no person in a place's name or one ending in a state or region word ('West Virginia', 'Asia Pacific')", () => {
    const sheet = sheetOf(
      "Engineer charged over warship secrets\n\nThe suspect was arrested in West Virginia on Saturday, officials in Dallas Texas said. Firms across Asia Pacific and West Africa were warned, according to Jefferson County sheriff Dana Holt. Seth Berlin, his lawyer, declined to comment.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Dana Holt", "Seth Berlin"]));
    for (const place of ["West Virginia", "Dallas Texas", "Asia Pacific", "West Africa", "Jefferson County"])
      expect(names(sheet.persons)).not.toContain(place);
  });
});

describe("company names", () => {
  it("reads a casino or hotel by its head word, and a brand before counted things as no person ('six Lucky Star tribal casinos')", () => {
    const sheet = sheetOf(
      "Ransomware shuts tribal casinos in Oklahoma, US\n\nSix Lucky Star tribal casinos were shut down by ransomware last July. In 2020 the Red Willow Casino in Ardmore was also shut down, along with the Granite Peak Hotel.",
    );
    expect(sheet.persons.flat()).not.toContain("Lucky Star");
    expect(sheet.organizations).toEqual(
      expect.arrayContaining([["Red Willow Casino"], ["Granite Peak Hotel"]]),
    );
    const counted = sheetOf(
      "Ransomware shuts tribal casinos in Oklahoma, US\n\nThe tribe said on Monday that ransomware had shut six Lucky Star tribal casinos last July.",
    );
    expect(counted.persons.flat()).not.toContain("Lucky Star");
  });

  it("reads a company whose name ends in 'Pvt. Ltd.' or 'Pte. Ltd.' whole, never as a person", () => {
    const sheet = sheetOf(
      "US adds traders to Entity List\n\nThe Commerce Department added Falcon Machinery Pvt. Ltd. and Orchid Trading Pte. Ltd. to the list on Tuesday.",
    );
    expect(sheet.organizations).toEqual(
      expect.arrayContaining([["Falcon Machinery Pvt. Ltd."], ["Orchid Trading Pte. Ltd."]]),
    );
    expect(sheet.persons).toEqual([]);
  });

  it("reads chip makers, laboratories and trading houses by their head word", () => {
    const sheet = sheetOf(
      "US adds Chinese chip firms to Entity List\n\nThe list includes Hunan Goke Microelectronics, Yunchip Microelectronics and Q&N Traders, the department said.\n\nThe Hefei National Laboratory was also added.",
    );
    expect(sheet.organizations).toEqual(
      expect.arrayContaining([
        ["Hunan Goke Microelectronics"],
        ["Yunchip Microelectronics"],
        ["Q&N Traders"],
        ["Hefei National Laboratory"],
      ]),
    );
  });

  it("reads Amazon Web Services as a company, not a product of Amazon", () => {
    const sheet = sheetOf(
      "DNS provider outage takes sites offline\n\nSites that depend on the provider include Amazon Web Services, Delta Air Lines and Capital One, the company said.",
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Amazon Web Services", "Delta Air Lines", "Capital One"]),
    );
  });

  it("reads a country's name and one company word as a company ('Norway Post', 'Chile Telecom')", () => {
    const sheet = sheetOf(
      "Parcel scam texts impersonate carriers\n\nNorway Post said on Monday that scammers had sent texts in its name. Chile Telecom and Kenya Airways were impersonated too, the regulator said.",
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Norway Post", "Chile Telecom", "Kenya Airways"]),
    );
    expect(sheet.countries).toEqual(expect.arrayContaining(["NO", "CL", "KE"]));
  });

  it("reads a well-known company's unit named by its head ('... Fraud Response Unit') as a body", () => {
    const sheet = sheetOf(
      "Court lets company seize scam domains\n\nThe Cisco Fraud Response Unit obtained a court order to seize 12 domains, and the Sophos Threat Analysis Division helped track the operators.",
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Cisco Fraud Response Unit", "Sophos Threat Analysis Division"]),
    );
  });

  it("reads a place's name right after a company noun as a company ('insurer Porto Seguro')", () => {
    const sheet = sheetOf(
      "Brazilian insurers hit by cyberattacks\n\nThe attacks disrupted service channels at insurer Porto Seguro for three days, and staff at the Rio de Janeiro offices of the firm were sent home.",
    );
    expect(names(sheet.organizations)).toContain("Porto Seguro");
    expect(sheet.places).not.toContain("Porto Seguro");
  });

  it("reads a subsidiary a sentence names as a company, and keeps the country in a national company's unit", () => {
    const sheet = sheetOf(
      "Telecom giant's US arm ordered to stop service\n\nRegulators ordered the US subsidiary China Telecom Americas to stop providing service within 60 days. The breach was disclosed by Norvik subsidiary Harlan Wireless, which builds cell towers.",
    );
    const orgs = names(sheet.organizations);
    expect(orgs).toContain("China Telecom Americas");
    expect(orgs).not.toContain("Telecom Americas");
    expect(orgs).toContain("Harlan Wireless");
  });

  it("reads a town's or city's government as a public body ('the City of Tulsa'), and no file format as its acronym", () => {
    const sheet = sheetOf(
      "Ransomware gang hits city\n\nThe gang is also behind attacks on the City of Tulsa and the Town of Hillsborough in Oklahoma, according to a report by the City of Fort Worth (PDF).",
    );
    expect(sheet.agencies).toEqual(
      expect.arrayContaining([["City of Tulsa"], ["Town of Hillsborough"], ["City of Fort Worth"]]),
    );
  });

  it("reads companies listed after 'companies in …, including' and 'operated by'", () => {
    const sheet = sheetOf(
      "Port terminals hit by cyberattack\n\nThe gang impersonates legitimate companies in phishing emails, including Corvane, Emberly and Ostrix. Terminals operated by Halvik, Sandvor, and Teslo in Antwerp were hit on Sunday.",
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Corvane", "Emberly", "Ostrix", "Halvik", "Sandvor", "Teslo"]),
    );
  });

  it("reads no person from a report's, an edition's or a market's name, and keeps one a body's member", () => {
    const sheet = sheetOf(
      "Dark web market crawled\n\nThe researchers tested the crawler against Copper Lane, a now-defunct dark web market. Voters were incensed when the Harlow Report revealed the breach. The update covers Cisco Unified Voice Manager Session Routing Edition. The Minister for Transport and Urban Infrastructure, Dana Whitfield, said the rules would change. The campaign was found by security researcher Maria Lindqvist, a Kestrel Intel trust group member.",
    );
    const persons = names(sheet.persons);
    for (const thing of ["Copper Lane", "Harlow Report", "Session Routing Edition", "Urban Infrastructure"])
      expect(persons).not.toContain(thing);
    expect(persons).toEqual(expect.arrayContaining(["Dana Whitfield", "Maria Lindqvist"]));
  });

  it("reads the company a title names as the victim of a breach or an attack, when the body writes it too", () => {
    for (const text of [
      "Harlowe Data Breach Affects 12 Years of Employee Info\n\nThe pub chain's payroll records were stolen in a ransomware attack, and Harlowe does not know whether bank details were taken.",
      "Customer services firm Brightline hit by cyberattack\n\nThe attack disrupted call centres in three countries, Brightline told clients on Monday.",
    ]) {
      const sheet = sheetOf(text);
      expect(names(sheet.organizations).some((o) => o === "Harlowe" || o === "Brightline")).toBe(true);
    }
    const product = sheetOf(
      "Windows Print Spooler hit with new privilege flaw\n\nThe flaw in Windows Print Spooler lets local users gain SYSTEM rights, researchers said.",
    );
    expect(names(product.organizations)).not.toContain("Windows Print Spooler");
  });

  it("reads no person from a first name that opens a product's, a portal's or a registry's name", () => {
    const sheet = sheetOf(
      "Hoax alerts sent from agency server\n\nThe messages came from the Police Information Exchange Portal (PIEP), and went to addresses scraped from the Andrew Internet Registry. Testers used Kali Linux to probe the portal.",
      "2021-11-14",
    );
    const persons = names(sheet.persons);
    for (const thing of ["Police Information Exchange Portal", "Andrew Internet Registry", "Kali Linux"])
      expect(persons).not.toContain(thing);
  });

  it("reads no company from a sporting event's name or a kind capitalised after 'a', and keeps a body named for an event", () => {
    const sheet = sheetOf(
      "Hackers eye the games\n\nAttackers may target the upcoming Olympic Games, and they hit the 2018 Winter Olympic Games before. Kestrelware, a Threat Intelligence Company tracking the hacker, said phishing emails impersonated the Osaka Organizing Committee of the Olympic and Paralympic Games. The threat intelligence company shared its findings.",
      "2021-07-20",
    );
    const orgs = names(sheet.organizations);
    for (const thing of ["Olympic Games", "Winter Olympic Games", "Threat Intelligence Company"])
      expect(orgs).not.toContain(thing);
    expect(orgs).toContain("Osaka Organizing Committee of the Olympic and Paralympic Games");
  });

  it("reads no company from a host city's Games in an article on the Olympics ('the Tokyo Games'), but keeps 'Epic Games'", () => {
    const sheet = sheetOf(
      "Olympic organisers brace for attacks\n\nThe International Olympic Committee and local organizers of the Tokyo Games took major security measures. Epic Games said its servers were not affected.",
      "2022-01-20",
    );
    const orgs = names(sheet.organizations);
    expect(orgs).not.toContain("Tokyo Games");
    expect(orgs).toContain("Epic Games");
  });

  it("reads a title's victim whose name is also its host name in lower case, and no company from a host name's first part", () => {
    const sheet = sheetOf(
      "SubtitleBay discloses data breach\n\nSubtitleBay, a site for film fans, said a hacker took the user table of subtitlebay.org in August. Researchers at Abuse.ch listed the hacker's servers.",
      "2022-01-20",
    );
    const orgs = names(sheet.organizations);
    expect(orgs).toContain("SubtitleBay");
    expect(orgs).not.toContain("Abuse");
  });
});

describe("cities of millions", () => {
  it("finds a city of millions without a locative cue ('a Beijing server'), not a small town so written", () => {
    const sheet = sheetOf(
      "Store backdoor found\n\nWhile analysing the backdoor, the researchers found that it takes commands from a Beijing server rented from a cloud host.",
    );
    expect(sheet.places).toContain("Beijing");
    const town = sheetOf(
      "Store backdoor found\n\nWhile analysing the backdoor, the researchers found that it takes commands from a Bothell server rented from a cloud host.",
    );
    expect(town.places).toEqual([]);
  });
});

describe("former staff", () => {
  it("reads the body after a sentence's opening 'Former' ('Former FBI cyber official Dana Moss'), without 'Former' in its name", () => {
    const sheet = sheetOf(
      "School portal still down\n\nThe portal provider restored email for some schools on Monday. Former FBI cyber official Dana Moss said such outages can last weeks.",
    );
    expect(sheet.agencies).toContainEqual(["Federal Bureau of Investigation", "FBI"]);
  });

  it("reads the body after an era ('the Obama-era Justice Department') as that body", () => {
    const sheet = sheetOf(
      "Carrier loses its licence\n\nThe regulator acted on advice from the Obama-era Justice Department, the carrier said.",
    );
    expect(sheet.agencies.flat()).toContain("Justice Department");
    expect(sheet.agencies.flat()).not.toContain("Obama-era Justice Department");
  });
});

describe("armed services", () => {
  it("reads 'the U.S. Army' as the US Army; a bare 'Air Force' of another country is not the US's", () => {
    const sheet = sheetOf(
      "Reservist jailed for romance scams\n\nA former U.S. Army reservist was sentenced on Monday for laundering money from romance scams. A Ukrainian officer said our Air Force is outdated.",
    );
    expect(sheet.agencies).toContainEqual(expect.arrayContaining(["United States Army", "U.S. Army"]));
    expect(sheet.agencies.flat()).not.toContain("United States Air Force");
  });
});

describe("national CERTs", () => {
  it("reads government CERTs by their names ('a CERT NZ advisory', 'CERT-FR', 'ICS-CERT')", () => {
    const sheet = sheetOf(
      "Logging library flaw exploited\n\nAccording to a CERT NZ security advisory, the bug is being exploited. CERT-FR and ICS-CERT also warned on Friday.",
    );
    const names = sheet.agencies.flat();
    expect(names).toEqual(
      expect.arrayContaining(["Computer Emergency Response Team New Zealand", "CERT-FR", "ICS-CERT"]),
    );
  });
});

describe("vendors", () => {
  it("reads a firm after '<post> for' ('threat hunter for Quorvex'), not a region or a product ('manager for Europe')", () => {
    const sheet = sheetOf(
      "Browser zero-day patched\n\nThe bug was fixed on Monday. “Patch now,” said Dana Whitlock, principal threat hunter for Quorvex, in an email. Tom Reyes, the vendor's general manager for Europe, said customers were told, as was the maker of a text editor for Windows.",
    );
    const orgs = sheet.organizations.flat();
    expect(orgs).toContain("Quorvex");
    expect(orgs).not.toContain("Europe");
    expect(orgs).not.toContain("Windows");
  });

  it("reads a one-word name that released a patch as a company ('Wirepoint has released a patch')", () => {
    const sheet = sheetOf(
      "Gateway zero-day exploited for months\n\nThe flaw has no CVE identifier yet, but Wirepoint has released a patch and an advisory for its gateways.",
    );
    expect(sheet.organizations.flat()).toContain("Wirepoint");
  });
});

describe("places inside product names", () => {
  it("reads no place from an Apple release named after one ('macOS Monterey', 'OS X Yosemite'); the town itself still counts", () => {
    const sheet = sheetOf(
      "Apple patches exploited flaw\n\nApple fixed the flaw for US users in iOS 15, watchOS 8, and macOS Monterey, and in OS X Yosemite. A lab in Monterey, California found it.",
    );
    expect(sheet.places.filter((p) => p === "Monterey")).toHaveLength(1);
    expect(sheet.places).not.toContain("Yosemite");
    const product = sheetOf(
      "Apple patches exploited flaw\n\nApple fixed the flaw for US users in iOS 15, watchOS 8, and macOS Monterey.",
    );
    expect(product.places).not.toContain("Monterey");
  });
});

describe("everyday words and acronyms read as names", () => {
  it("reads an everyday first name opening a sentence as a person's before a verb of speech or a post ('Rob Joyce, director of …'), not alone", () => {
    const sheet = sheetOf(
      "Agency warns of ransomware crew\n\nRob Kessing, director of cybersecurity at the agency, said the crew targets hospitals. Will Tarrant said patches exist. Will Halvern Bank pay the ransom?",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).toEqual(expect.arrayContaining(["Rob Kessing", "Will Tarrant"]));
    expect(persons).not.toContain("Will Halvern Bank");
    expect(persons).not.toContain("Will Halvern");
  });

  it("reads no person from a first name and a word after 'the' ('the Washington Monument', 'the Port Forwarding function'); the bare name elsewhere still counts", () => {
    const sheet = sheetOf(
      "Router maker warns of NAS attacks\n\nCustomers can disable the Port Forwarding function of the router, the company said. The stolen files would stack taller than the Washington Monument.",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).not.toContain("Port Forwarding");
    expect(persons).not.toContain("Washington Monument");
    const person = sheetOf(
      "Router maker warns of NAS attacks\n\nCustomers can disable the feature, Dana Kessler said. The Dana Kessler memo went out on Monday.",
    );
    expect(person.persons.map((p) => p[0])).toContain("Dana Kessler");
  });

  it("reads 'IOC' as the Olympic committee only where the article speaks of the Olympics, not in 'the FBI's IOC list'", () => {
    const iocs = sheetOf(
      "FBI shares ransomware indicators\n\nTwo servers in the FBI's IOC list also appear in an earlier vendor report, researchers said.",
    );
    expect(iocs.organizations.flat()).not.toContain("IOC");
    const games = sheetOf(
      "Olympics app draws security concerns\n\nThe IOC said on Tuesday that the app for the Winter Olympics had been reviewed by outside testers.",
    );
    expect(games.organizations.flat()).toContain("IOC");
  });
});

describe("places opening a sentence", () => {
  it("reads a place opening a sentence where a list of places starts there ('Arizona and Texas will be the first states'), not a lone first word; a list item needs no further cue", () => {
    const list = sheetOf(
      "Digital IDs come to phones\n\nA vendor named the first states to roll out digital IDs in the US.\n\nArizona and Texas will be the first states to offer them, the company said.",
    );
    expect(list.places).toEqual(expect.arrayContaining(["Arizona", "Texas"]));
    // A name that needs a strong cue alone ("Georgia", "Victoria") counts as an item of such a list.
    const strong = sheetOf(
      "Digital IDs come to phones\n\nA vendor named the first states to roll out digital IDs in the US. Connecticut and Iowa will follow.\n\nResidents of Arizona and Georgia will be the first to get them, the company said.",
    );
    expect(strong.places).toEqual(expect.arrayContaining(["Arizona", "Georgia"]));
  });
});

describe("officials' titles and posts around names", () => {
  it("reads a lawmaker's or official's title before a name as a post ('Congressman Jake Torvel', 'Data Protection Supervisor Wojciech Narsk', 'Treasurer Stephen Mayle')", () => {
    const sheet = sheetOf(
      "Lawmakers press for breach reporting rules\n\nCongressman Jake Torvel said victims need help. European Data Protection Supervisor Wojciech Narsk added that the rules are late. Treasurer Stephen Mayle backed the bill.",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).toEqual(expect.arrayContaining(["Jake Torvel", "Wojciech Narsk", "Stephen Mayle"]));
    expect(persons).not.toContain("Treasurer Stephen Mayle");
  });

  it("reads a name followed by its employer's possessive and a post as a person ('Mehul Ravel, Qualys’ VP of Product Management')", () => {
    const sheet = sheetOf(
      "Sudo bug gives root\n\nThe flaw is serious, researchers said on Tuesday. Mehul Ravel, Qualys’ VP of Product Management, said admins should patch.",
    );
    expect(sheet.persons.map((p) => p[0])).toContain("Mehul Ravel");
  });

  it("reads a person from a post whose field runs long before 'at' (', vice president of threat research and detection at …')", () => {
    const sheet = sheetOf(
      "Gang shifts tactics\n\n“The gang is busy,” Sherrod Kelvane, vice president of threat research and detection at Norvik, told reporters.",
    );
    expect(sheet.persons.map((p) => p[0])).toContain("Sherrod Kelvane");
  });

  it("reads 'the State of <US state>' named as a party as that state's government, not a minister 'of State for' a ministry", () => {
    const sheet = sheetOf(
      "Hacker charged over ransomware\n\nThe hacker damaged a computer belonging to the State of Alaska in April 2018, prosecutors said.",
    );
    expect(sheet.agencies.flat()).toContain("State of Alaska");
    const minister = sheetOf(
      "Singapore signs IoT label pact\n\nThe pact was signed by the Senior Minister of State for the Ministry of Communications and Information on Tuesday in Singapore.",
    );
    expect(minister.agencies.flat()).toContain("Ministry of Communications and Information");
  });
});

describe("political figures named by surname alone", () => {
  it("reads a head of state the news names by surname as a person, joins 'Xi' to 'Xi Jinping', and reads 'the current Biden Administration'", () => {
    const sheet = sheetOf(
      "Officials doubt Putin’s will to rein in ransomware gangs\n\nBiden handed Putin a list of sectors that should be off limits. Chinese President Xi Jinping spoke on Monday, and on Wednesday Xi called for more research. The current Obama Administration had tried the same.",
      "2021-09-27",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).toEqual(expect.arrayContaining(["Putin", "Biden", "Xi Jinping", "Obama"]));
    expect(persons).not.toContain("Xi");
  });

  it("reads no one from a two-letter name in a string of code in an article that never names China", () => {
    const sheet = sheetOf(
      'Loader hides in a fake installer\n\nThe rule matches the strings "Klx0 MP QJ3hjf8 SEXtrsTu OX+xjJw Xi" in the dropped file.',
    );
    expect(sheet.persons).toEqual([]);
  });
});

describe("bodies named in a coordinated plural", () => {
  it("reads each known department of 'the Treasury and Justice departments'", () => {
    const sheet = sheetOf(
      "Pentagon to work closer with other agencies on ransomware\n\nThe Pentagon works closely with U.S. agencies like the Treasury and Justice departments and the FBI, a defense official said. The Labor and Sports departments were not involved.",
      "2021-09-27",
    );
    const agencies = sheet.agencies.map((a) => a[0]);
    expect(agencies).toEqual(
      expect.arrayContaining([
        "United States Department of the Treasury",
        "United States Department of Justice",
      ]),
    );
    expect(agencies.some((a) => /Sports/.test(a ?? ""))).toBe(false);
  });
});

describe("'Limited' as a legal form", () => {
  it("reads a company ending in 'Limited' without a cue, but not 'limited to' in a heading", () => {
    const sheet = sheetOf(
      "Treasury names eight tech firms\n\nThe Treasury singled out Nimbus Vision Technology Limited, which developed face recognition software for the police.\n\nKey Limited to One Attack\n\nThe key works only for that attack.",
      "2021-12-17",
    );
    expect(sheet.organizations.map((o) => o[0])).toEqual(["Nimbus Vision Technology Limited"]);
  });
});

describe("Japanese given names", () => {
  it("reads a researcher with a Japanese given name after a company's possessive as a person", () => {
    const sheet = sheetOf(
      "Web server gets a second fix\n\nThe latest issue was discovered by Akamai Technologies' Takuya Morimoto and an anonymous researcher.",
      "2021-12-18",
    );
    expect(sheet.persons).toEqual([["Takuya Morimoto"]]);
  });
});

describe("an employer before a post and a name no list holds", () => {
  it("reads 'Devcore security researcher Orange Tsai' as a company, not 'Opposition leader …' opening a sentence", () => {
    const sheet = sheetOf(
      "Mail servers under attack\n\nThe three flaws were discovered by Devcore security researcher Orange Tsai last year. Opposition leader Brannoc Hale called for an inquiry.",
      "2021-08-20",
    );
    expect(sheet.organizations.map((o) => o[0])).toEqual(["Devcore"]);
  });
});

describe("a company named before its kind", () => {
  it("reads 'the Hobby Lobby retail chain' as a company, not 'the Log4j supply chain'", () => {
    const sheet = sheetOf(
      "Cloud leaks keep coming\n\nThis year the Hobby Lobby retail chain and the Wegmans grocery chain both left data in open buckets, and attacks on the Log4j supply chain went on.",
      "2021-09-27",
    );
    expect(sheet.organizations.map((o) => o[0])).toEqual(["Hobby Lobby", "Wegmans"]);
  });
});

describe("places as the article spells them", () => {
  it("gives a place as written where it differs from the gazetteer's name only by accents", () => {
    const sheet = sheetOf(
      "Police raid call centre in Bogota\n\nColombian police raided a call centre in Bogota on Monday, and Swiss police searched an office in Zurich.",
      "2022-03-01",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["Bogota", "Zurich"]));
    expect(sheet.places).not.toContain("Bogotá");
  });
});

describe("languages and a programming language", () => {
  it("reads a demonym as a language before a noun of language, after 'in', and in a gloss, but not 'in Russian or CIS countries'", () => {
    const languages = sheetOf(
      "Spam wave pushes loader\n\nWhile the campaign mostly sends emails in English, the actors also use Czech, Greek, Dutch, and Polish emails. The loader's name, Diabolo (Italian for devil), appears in its code.",
      "2021-10-01",
    );
    expect(languages.countries).toEqual([]);
    const countries = sheetOf(
      "Affiliate pleads guilty\n\nAnalysts often assume that ransomware actors are based in Russian or CIS countries. Czech police helped, and Greek prosecutors charged a second man.",
      "2021-10-01",
    );
    expect(countries.countries).toEqual(expect.arrayContaining(["RU", "CZ", "GR"]));
  });

  it("reads Java in a list of protocols as the programming language", () => {
    const sheet = sheetOf(
      "Logging library update\n\nThe update limits the default protocols to Java, LDAP and LDAPS, the Apache Software Foundation said.",
    );
    expect(sheet.places).not.toContain("Java");
  });
});

describe("a ransomware named after a country", () => {
  it("reads 'the Cuba gang' and a bare 'Cuba' in a story of the Cuba ransomware as the gang, and 'in Cuba' as the country", () => {
    const gang = sheetOf(
      "Agency says the Cuba ransomware gang earned millions\n\nThe agency said the Cuba gang compromised 49 entities. Cuba is also one of the ransomware groups that steal files before encrypting them.",
      "2021-12-03",
    );
    expect(gang.countries).not.toContain("CU");
    expect(gang.threat_actors.map((a) => a.names[0])).toContain("Cuba");
    const place = sheetOf(
      "Agency says the Cuba ransomware gang earned millions\n\nThe agency said the Cuba gang compromised 49 entities, none of them in Cuba.",
      "2021-12-03",
    );
    expect(place.countries).toContain("CU");
  });
});

describe("people a list of given names does not hold", () => {
  it("reads a person before ', director of <employer>,' whatever the given name", () => {
    const sheet = sheetOf(
      "Internet cut during protests\n\nMonitors saw a national outage on Wednesday. Zarko Toker, director of NetWatchers, told reporters that they had tracked the disruptions since Tuesday.",
      "2022-01-06",
    );
    expect(sheet.persons.map((p) => p[0])).toContain("Zarko Toker");
  });

  it("reads a country's name that is also a given name as the given name before a surname and a post", () => {
    const sheet = sheetOf(
      'Co-op hit by ransomware\n\nChad Anderson, senior security researcher for DomainWatch, said the gang is new. "It is bad," Anderson said. Aid to Chad and Niger was cut.',
      "2022-01-06",
    );
    expect(sheet.persons).toContainEqual(["Chad Anderson", "Anderson"]);
    expect(sheet.places).not.toContain("Anderson");
    expect(sheet.countries).toEqual(expect.arrayContaining(["TD", "NE"]));
  });
});

describe("teams that speak", () => {
  it("reads no person from a team's name before a speech verb", () => {
    const sheet = sheetOf(
      'Logging flaw\n\nA new zero-day was disclosed. "We believe there will be more," the Halcyon Attack Team said, and the OneBox Support Team added that a fix is coming.',
      "2021-12-10",
    );
    expect(sheet.persons).toEqual([]);
  });
});

describe("publishers and broadcasters", () => {
  it("reads a name ending in 'Publishing' or 'Broadcasting' as a company", () => {
    const sheet = sheetOf(
      "Media firm hit\n\nThe gang hit Harbor Publishing, owner of two daily papers, in December 2018, and later Valley Broadcasting.",
      "2022-01-03",
    );
    expect(sheet.organizations.map((o) => o[0])).toEqual(
      expect.arrayContaining(["Harbor Publishing", "Valley Broadcasting"]),
    );
  });
});

describe("the Americas' people", () => {
  it("reads no US from 'South American', 'North American' or 'Latin American', and the US from 'American'", () => {
    const sheet = sheetOf(
      "Gang hits telecoms\n\nThe group hacked two South American telecommunication providers. North American firms and Latin American banks were warned.",
      "2022-01-03",
    );
    expect(sheet.countries).toEqual([]);
    expect(sheetOf("Banks warned\n\nAmerican banks were warned.", "2022-01-03").countries).toEqual(["US"]);
  });
});

describe("counties", () => {
  it("reads a county named alone or opening a body's name, with its state where the text gives one, and not the city it is named after", () => {
    const text =
      "County systems hit by ransomware\n\nThe gang hit Florida's Broward County school district and the Dallas County Clerk's Office. Butler County, Kansas paid the ransom. The County said it had restored its systems.";
    const sheet = sheetOf(text, "2021-10-20");
    expect(sheet.places).toEqual(
      expect.arrayContaining(["Broward County", "Dallas County", "Butler County"]),
    );
    expect(sheet.places).not.toContain("Dallas");
    expect(sheet.places).not.toContain("County");
    const places = recordOf(text, "2021-10-20").entities.filter((e) => e.type === "place");
    expect(places.find((p) => p.name === "Broward County")?.attributes).toEqual({
      country: "US",
      kind: "county",
    });
    expect(places.find((p) => p.name === "Butler County")?.attributes).toEqual({
      country: "US",
      kind: "county",
    });
  });
});

describe("folders of a path", () => {
  it("reads no company from a folder of a Windows path", () => {
    const sheet = sheetOf(
      "Backdoor hides in plain sight\n\nThe malware drops its files in the C:\\ProgramData\\Microsoft\\WindowsData folder and copies itself to C:\\Program Files\\Atlassian\\Confluence\\bin.",
      "2022-01-12",
    );
    expect(sheet.organizations).toEqual([]);
  });
});

describe("a firm's departments", () => {
  it("reads no organisation from 'IT' in 'an IT company'", () => {
    const sheet = sheetOf(
      "Iranian hackers pose as recruiters\n\nThe malware was built by Mahak Afraz (MRA), an IT company in Tehran.",
      "2021-11-03",
    );
    expect(sheet.organizations.map((o) => o[0])).not.toContain("IT");
  });
});

describe("data leaks listed by owner", () => {
  it("reads an airline named with a demonym, a body before 'and' a city, and the state a postal code gives", () => {
    const text =
      "Portal leaked 12 million records\n\nThe exposed records were tied to Canadian Airlines, Brook Logistics, Ohio Department of Health and Chicago public schools. Marlow County, TX: a total of 81,002 records spilled. A clinic in Eastbrook, Fla. was named too. The Port Authority of New York and New Jersey was not affected.";
    const sheet = sheetOf(text, "2021-08-24");
    expect(names(sheet.organizations)).toContain("Canadian Airlines");
    expect(names(sheet.agencies)).toContain("Ohio Department of Health");
    expect(names(sheet.agencies)).toContain("Port Authority of New York and New Jersey");
    expect(names(sheet.agencies).some((a) => a?.includes("Chicago"))).toBe(false);
    expect(sheet.places).toEqual(
      expect.arrayContaining(["Chicago", "Marlow County", "Texas", "Eastbrook", "Florida"]),
    );
    // A demonym before a common word describes: "Canadian banks".
    const banks = sheetOf("Banks warned\n\nCanadian Banks were warned of the campaign.", "2021-08-24");
    expect(banks.organizations).toEqual([]);
  });
});

describe("a person quoted by surname", () => {
  it("reads a name as a person's where the article quotes its last word alone, not a company's name or a product's", () => {
    const sheet = sheetOf(
      'Crypto library flaw fixed\n\nThe widely used Network Packet Services (NPS) library was broken by Norvik Project Nine\'s Tavik Vasquin in an afternoon. Vasquin found that an oversized key overflowed a buffer. "Nobody fuzzed the whole thing," Vasquin wrote. Open Microsoft Teams and check. Check Point said the flaw was easy to exploit. Firefox Vaultline will be retired, and Vaultline claimed nothing more. Databases Orvanix was updated; Orvanix said so.',
      "2021-12-02",
    );
    expect(names(sheet.persons)).toContain("Tavik Vasquin");
    expect(names(sheet.organizations)).not.toContain("Vasquin");
    expect(names(sheet.persons)).not.toContain("Open Microsoft");
    expect(names(sheet.persons)).not.toContain("Check Point");
    expect(names(sheet.persons)).not.toContain("Firefox Vaultline");
    expect(names(sheet.persons)).not.toContain("Databases Orvanix");
    // A library's name ends in a body's head word: no agency.
    expect(sheet.agencies).toEqual([]);
  });
});

describe("industry head words", () => {
  it("reads a company by its industry's head word (Mortgage, Steel, Wireless, Railways), not a skill or a ministry's portfolio", () => {
    const sheet = sheetOf(
      "Hackers traded on stolen filings\n\nThe hackers stole earnings data of Brightwater Mortgage and Halden Steel before the results were published, and customers of Northway Wireless were phished. A course in Social Engineering was sold on the forum.",
      "2021-10-12",
    );
    expect(names(sheet.organizations)).toEqual(
      expect.arrayContaining(["Brightwater Mortgage", "Halden Steel", "Northway Wireless"]),
    );
    expect(names(sheet.organizations)).not.toContain("Social Engineering");
  });
});

describe("given names that are demonyms or towns", () => {
  it("reads a person whose given name is a demonym or a small town and whose surname is a nation, and one with a post 'of the EU'", () => {
    const sheet = sheetOf(
      'Experts weigh in on the arrest\n\nThe crackdown will push crime rings to adapt, Dane Voskuil warned on Monday. "It is a step in the right direction," Voskuil told reporters. "We will respond," Brandon Scotland, who served as the agency\'s acting director, said earlier this year. Marta Vell, high representative of the EU for security policy, said the attack would not go unanswered.',
      "2021-11-05",
    );
    expect(names(sheet.persons)).toEqual(
      expect.arrayContaining(["Dane Voskuil", "Brandon Scotland", "Marta Vell"]),
    );
    expect(sheet.countries).not.toContain("DK");
  });
});

describe("companies named for their accounts", () => {
  it("reads no company from a list of brands before 'accounts', nor from 'his Twitter'", () => {
    const sheet = sheetOf(
      "Affiliate pleads guilty\n\nInvestigators tied him to the attacks through data from various Apple, Google, Microsoft, and Mega.nz accounts. Later his Twitter was hacked, he said.",
      "2022-06-29",
    );
    expect(sheet.organizations).toEqual([]);
  });
});

describe("a body before its post or document", () => {
  it("reads the body in 'FBI Assistant Director-in-Charge Ravell' and 'the FBI Internet Crime Report 2020', and a surname said before the full name as that person", () => {
    const sheet = sheetOf(
      'Fired clerk wiped bank files\n\nThe scale of such attacks grew, the FBI Internet Crime Report 2020 revealed. "She harmed customers," FBI Assistant Director-in-Charge Ravell added.\n\nThe committee wrote to Director Orwin. Last week, Orwin testified. Theodore B. Orwin said the agency had acted lawfully.',
      "2021-08-02",
    );
    expect(names(sheet.agencies)).toContain("Federal Bureau of Investigation");
    expect(names(sheet.persons)).toContain("Ravell");
    expect(sheet.persons.filter((p) => p.includes("Orwin"))).toHaveLength(1);
  });
});

describe("a state before its officials", () => {
  it("reads a state named before its attorney general, governor or lawmakers as a place, not a town before a party's senators", () => {
    const sheet = sheetOf(
      "Clinic reports breach\n\nIn a letter sent to New Hampshire Attorney General Gordon Reyes, the clinic said files were stolen. A copy went to the Oregon Attorney General's office, and Liberal senators asked questions.",
      "2021-09-14",
    );
    expect(sheet.places).toEqual(expect.arrayContaining(["New Hampshire", "Oregon"]));
    expect(sheet.places).not.toContain("Liberal");
  });
});

describe("a company's initials listed with companies", () => {
  it("reads a product named by a known company's initials as the company in a list of companies, not where it hosts files", () => {
    const listed = sheetOf(
      "Tech chiefs meet on infrastructure\n\nMicrosoft, AWS, Cisco and IBM are taking part in the effort, officials said.",
      "2021-08-25",
    );
    expect(listed.organizations.map((o) => o[0])).toContain("AWS");
    const hosted = sheetOf(
      "Data left open\n\nThe files were hosted on AWS servers for months.",
      "2021-08-25",
    );
    expect(hosted.organizations.map((o) => o[0])).not.toContain("AWS");
  });
});
