/**
 * Hard cases of amounts, from invented sentences written the way news is: arrest counts in words,
 * lists, headlines and named people, and money that was not taken or is a statistic.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

describe("arrest counts", () => {
  it("counts no arrest a sentencing report only retells", () => {
    const sentenced = sheetOf(
      "Ad fraud botnet operator sentenced to eight years in prison\n\nA US judge sentenced the operator of an ad fraud botnet to eight years in prison on Thursday. Bulgarian police announced the arrest of a suspect in November 2019 and he was extradited a year later.",
      "2022-03-10",
    );
    expect(sentenced.arrested).toBeNull();
    const fresh = sheetOf(
      "Botnet operator arrested in Bulgaria\n\nBulgarian police announced the arrest of a suspect on Thursday on accusations of running an ad fraud botnet.",
      "2022-03-10",
    );
    expect(fresh.arrested?.total).toBe(1);
  });

  it("counts one person from 'the arrest of a suspect' and a headline about one national, not a plural headline", () => {
    const suspect = sheetOf(
      "Police arrest botnet operator\n\nUkrainian police announced the arrest of a suspect on accusations of running a botnet of 100,000 devices. News of the arrest comes after US prosecutors charged a Turkish national over another botnet.",
    );
    expect(suspect.arrested).toEqual({ total: 1, by_nationality: {} });
    const national = sheetOf(
      "UK national arrested in Spain over celebrity account hijacks\n\nThe man was indicted in the US for taking over 130 accounts.",
    );
    expect(national.arrested).toEqual({ total: 1, by_nationality: { GB: 1 } });
    const team = sheetOf(
      "Hackers arrested for forging vaccination records\n\nThe security service arrested a team of actors who entered false records into the national health database.",
    );
    expect(team.arrested).toBeNull();
  });

  it("reads one detainee's nationality from an 'indicted' headline, and from the second sentence of the lead", () => {
    const indicted = sheetOf(
      "Canadian indicted for launching ransomware attacks\n\nThe 31-year-old was arrested in Ottawa last week and faces 17 counts in the US.",
      "2021-12-02",
    );
    expect(indicted.arrested).toEqual({ total: 1, by_nationality: { CA: 1 } });
    const lead = sheetOf(
      "Account hijacker arrested in Spain\n\nSpanish police arrested a man on Wednesday for his role in a social media hack. The British national is accused of taking over 130 accounts.",
      "2021-07-22",
    );
    expect(lead.arrested).toEqual({ total: 1, by_nationality: { GB: 1 } });
  });
  it("takes the group's count over 'one of those arrested', and an exact count soon after a vague one", () => {
    const partitive = sheetOf(
      "Official: one of the arrested hackers hit the pipeline\n\nAn official said one of the individuals who was arrested today was behind the pipeline attack. The state news agency said 14 members of the notorious ransomware gang had been detained.",
    );
    expect(partitive.arrested?.total).toBe(14);
    const exact = sheetOf(
      "Security service arrests ransomware gang members\n\nMore than a dozen members of the gang have been arrested following raids at 25 addresses, the agency says. Officers seized cash and 20 cars. The authorities have detained 14 individuals suspected to be part of the ransomware operation.",
    );
    expect(exact.arrested?.total).toBe(14);
    const vague = sheetOf(
      "Security service arrests ransomware gang members\n\nMore than a dozen members of the gang have been arrested following raids at 25 addresses, the agency says.",
    );
    expect(vague.arrested).toBeNull();
    const others = sheetOf(
      "Security service raids ransomware gang\n\nOfficers raided 25 homes of gang members today. Seven other members of the gang were also arrested last year in operations coordinated by Europol.",
    );
    expect(others.arrested).toBeNull();
  });

  it("counts one suspect arrested 'last week a local suspect' or 'the suspect was arrested', not a dated earlier case", () => {
    const after = sheetOf(
      "Hacker downloaded ID photos from state database\n\nOfficials said they arrested last week a local suspect who used a flaw to download 286,000 ID photos.",
      "2021-07-28",
    );
    expect(after.arrested?.total).toBe(1);
    const the = sheetOf(
      "Hacker stole test results of Parisians\n\nThe attack took place this month, and the suspect was arrested on Friday, police said.",
      "2021-07-28",
    );
    expect(the.arrested?.total).toBe(1);
    const earlier = sheetOf(
      "Ransomware gang recruits insiders\n\nThe gang offers employees millions for network access. In August 2020, the FBI arrested a Russian national for trying to recruit a car maker's employee.",
      "2021-08-04",
    );
    expect(earlier.arrested).toBeNull();
  });

  it("counts one person arrested as 'the chief executive of' a firm", () => {
    const post = sheetOf(
      "Security firm's chief arrested on treason charge\n\nThe chief executive of Corvane has been arrested on suspicion of state treason.",
    );
    expect(post.arrested?.total).toBe(1);
  });

  it("reads the one arrested person's nationality from the headline, lead or count, not a later case", () => {
    const headline = sheetOf(
      "US arrests and charges Moldovan man for hospital ransomware attacks\n\nA man from Chisinau was arrested in Romania in October and is awaiting extradition, prosecutors said.",
    );
    expect(headline.arrested).toEqual({ total: 1, by_nationality: { MD: 1 } });
    const lead = sheetOf(
      "Carding forum admin held at Riga airport\n\nA Latvian national who ran two carding forums is in custody. Police said Daniel Ozols, 34, was arrested at the airport on Monday.",
    );
    expect(lead.arrested).toEqual({ total: 1, by_nationality: { LV: 1 } });
    const mixed = sheetOf(
      "Police detain a botnet operator\n\nPolice announced the arrest of a Serbian national on Monday. A Croatian national was charged in a separate case.",
    );
    expect(mixed.arrested).toEqual({ total: 1, by_nationality: { RS: 1 } });
  });

  it("reads a headline count, a reduced relative and a nationality list in words", () => {
    const sheet = sheetOf(
      "Police arrest two in operation against ransomware gang\n\nTwo ransomware operators, who police said had extorted dozens of firms, have been arrested. The two people arrested were held in Kyiv.\n\nOne German, one Israeli, and two Bulgarian nationals were also detained at a call centre in Sofia.",
    );
    expect(sheet.arrested?.total).toBe(2);
  });

  it("prefers the body's exact count to the headline's round one, and keeps the list's nationalities", () => {
    const sheet = sheetOf(
      "1,000 arrests in cybertrading crackdown\n\nPolice have arrested 1,004 individuals across 20 countries. One German, one Israeli, and two Bulgarian nationals were detained in Sofia.",
    );
    expect(sheet.arrested).toEqual({ total: 1004, by_nationality: { DE: 1, IL: 1, BG: 2 } });
  });

  it("gives every detainee the one nationality the article states for them", () => {
    const sheet = sheetOf(
      "Police arrest eight romance scammers\n\nThe police service has arrested eight suspects in Cape Town. The suspects are believed to be Nigerian nationals.",
    );
    expect(sheet.arrested).toEqual({ total: 8, by_nationality: { NG: 8 } });
  });

  it("counts one named national as one of that nationality", () => {
    const sheet = sheetOf(
      "Exchange executive detained\n\nA Russian national and co-founder of two exchanges, Pavel Orlov, was arrested in Amsterdam on Tuesday.",
    );
    expect(sheet.arrested).toEqual({ total: 1, by_nationality: { RU: 1 } });
  });

  it("reads a time phrase before the count, named people listed after the verb and plural roles", () => {
    const week = sheetOf(
      "Two held over ATM attacks\n\nPolish police officers have arrested this week two Belarusian nationals for emptying cash machines.",
    );
    expect(week.arrested).toEqual({ total: 2, by_nationality: { BY: 2 } });
    const couple = sheetOf(
      "Couple held over exchange hack\n\nThe department also said it arrested 41-year-old Marten Olsson and his 38-year-old wife Ilse Brandt for their role in laundering the stolen coins.",
    );
    expect(couple.arrested?.total).toBe(2);
    const mules = sheetOf(
      "Money mule crackdown\n\nEuropol has announced the arrest of 2,116 money mules out of 19,500 identified during the operation.",
    );
    expect(mules.arrested?.total).toBe(2116);
  });

  it("counts one unnamed person, with the nationality the sentence or the headline gives", () => {
    const unnamed = sheetOf(
      "Phishing veteran detained\n\nA Tunisian man suspected of being the hacker known as 'Zorro' – behind years of defacements and carding – has been arrested.",
    );
    expect(unnamed.arrested).toEqual({ total: 1, by_nationality: { TN: 1 } });
    const headline = sheetOf(
      "Romanian Hacker Extradited for Selling Stolen Logins\n\nProsecutors said Andrei Vasilescu sold access to hacked servers. Vasilescu was arrested by Austrian authorities in October and flown to the US.",
    );
    expect(headline.arrested).toEqual({ total: 1, by_nationality: { RO: 1 } });
  });

  it("counts people told as a group: a couple, the pair, a man and his wife", () => {
    const couple = sheetOf(
      "Prosecutors seize laundered coins\n\nA Boston couple, Dmitri Varga, 41, and his wife, Lena Varga, 38, were arrested today for laundering the stolen funds.",
    );
    expect(couple.arrested?.total).toBe(2);
    const wife = sheetOf(
      "Agents arrest drone engineer\n\nFederal agents have arrested a drone engineer and his wife for trying to sell export-controlled designs.",
    );
    expect(wife.arrested?.total).toBe(2);
    const trio = sheetOf("SIM-swap trio held\n\nThe trio were detained at Lisbon airport on Monday.");
    expect(trio.arrested?.total).toBe(3);
    const few = sheetOf("Card skimmers held\n\nPolice arrested a couple of suspects near the station.");
    expect(few.arrested).toBeNull();
  });

  it("counts one person told as 'another member', 'the 22-year-old' or by role before the name", () => {
    const another = sheetOf(
      "Another botnet gang member held\n\nAnother alleged member of the Quasar gang has been apprehended, this time when trying to leave Japan.",
    );
    expect(another.arrested?.total).toBe(1);
    const age = sheetOf(
      "US indicts UK resident over SIM swaps\n\nThe 22-year-old was arrested in Spain and the US is seeking extradition.",
    );
    expect(age.arrested).toEqual({ total: 1, by_nationality: { GB: 1 } });
    const role = sheetOf(
      "Security firm founder held\n\nInvestigators raided the firm's office and detained its founder and chief executive officer, Pavel Drozdov, on treason charges.",
    );
    expect(role.arrested?.total).toBe(1);
  });

  it("takes the operation's total over the first wave it reports", () => {
    const sheet = sheetOf(
      "Botnet affiliates arrested\n\nPolice in Latvia arrested two affiliates of the Gorgon botnet on Tuesday. Three more were detained in Estonia in March. In total, the operation has resulted in six arrests.",
    );
    expect(sheet.arrested?.total).toBe(6);
    const tally = sheetOf(
      "Botnet affiliates arrested\n\nPolice in Latvia arrested two affiliates of the Gorgon botnet on Tuesday. Authorities arrested nine suspects linked to Gorgon this year in total.",
    );
    expect(tally.arrested?.total).toBe(2);
  });

  it("reads the one person's nationality from a definite description a few sentences on ('The Russian national, who …')", () => {
    const sheet = sheetOf(
      "Botnet developer arrested at airport\n\nA developer known only as Mr. B was stopped at an airport after months stuck abroad. Another alleged member of the Gorgon gang has been apprehended, according to reports.\n\nThe Russian national, who is an alleged developer of the botnet, had been stuck in the country since 2020.",
      "2021-09-07",
    );
    expect(sheet.arrested).toEqual({ total: 1, by_nationality: { RU: 1 } });
  });

  it("keeps vague counts out", () => {
    const sheet = sheetOf(
      "Scam centre raided\n\nPolice detained more than two dozen people at the compound on Friday.",
    );
    expect(sheet.arrested).toBeNull();
  });
});

describe("arrest counts of other cases", () => {
  it("counts no arrest in an article with no police or court action of its own, and reads 'picked up by police' as an arrest", () => {
    const shutdown = sheetOf(
      "Ransomware gang says it is shutting down\n\nThe gang told affiliates it would close its servers within 48 hours, citing pressure from the authorities. In a message posted to its private portal, the operators said some of their members were no longer available. Affiliates were told to move their victims to another gang's platform, and the gang offered decryptors to those still negotiating.\n\nThe missing members could be related to a recent international law enforcement operation arresting twelve individuals linked to 1,800 ransomware attacks.",
      "2021-11-03",
    );
    expect(shutdown.arrested).toBeNull();
    const deported = sheetOf(
      "US deports prized hacker back to Russia\n\nThe hacker was picked up this week by Russian police at the Moscow airport after he landed on a deportation flight.",
      "2021-09-06",
    );
    expect(deported.event_types).toContain("law-enforcement/arrest");
  });
});

describe("money", () => {
  it("reads sums hijacked or redirected as stolen, and no price charged per month or per week, nor a cost a day or a price paid for bugs", () => {
    const sheet = sheetOf(
      "Man sues parents of teens who hijacked nearly $1M in bitcoin\n\nA clipboard stealer redirected his 16.4552 bitcoin to a wallet the teenagers controlled, the lawsuit says.",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 1_000_000, currency: "USD" },
        { amount: 16.4552, currency: "BTC" },
      ]),
    );
    const prices = sheetOf(
      "Stealer sold on forums\n\nThe malware that stole passwords from thousands of users is rented for $150 per month, or $40 per week, on hacking forums.",
    );
    expect(prices.money).toEqual([]);
    // Nor what an outage costs a day; "lost less than a day of operations" is no rate.
    const daily = sheetOf(
      "Lawmakers weigh cyber hiring powers\n\nOne plant hit by ransomware lost $2 million a day while its lines were down, a lawmaker said. Another firm paid a $3 million ransom and lost less than a day of operations.",
    );
    expect(daily.money).toEqual([{ amount: 3_000_000, currency: "USD" }]);
    // Nor the price a bug fetches.
    const market = sheetOf(
      "Phone maker patches zero-day used by spyware\n\nThe grey market for these bugs is huge, with amounts north of $1 million paid for exploitable bugs in phones, a researcher said.",
    );
    expect(market.money).toEqual([]);
  });

  it("reads a scale word capitalised as titles write it", () => {
    expect(
      sheetOf(
        "Police Recover $23 Million in Bitcoin Stolen From Exchange\n\nInvestigators traced the coins through several mixers before seizing them.",
      ).money,
    ).toEqual([{ amount: 23_000_000, currency: "USD" }]);
  });

  it("reads what a victim 'loses' as money lost, the losses complaints add up to and what attacks 'cost victims'", () => {
    expect(
      sheetOf(
        "US farm loses $9 million in the aftermath of a ransomware attack\n\nThe farm was hit in 2021.",
        "2022-01-21",
      ).money,
    ).toEqual([{ amount: 9_000_000, currency: "USD" }]);
    // So are the losses a wave of complaints adds up to, this year.
    expect(
      sheetOf(
        "Police: extortion complaints spike, with $5 million in losses\n\nPolice said on Monday they had received 9,000 extortion complaints since January, with total losses of more than $5 million.",
        "2022-01-21",
      ).money,
    ).toEqual([{ amount: 5_000_000, currency: "USD" }]);
    // And what a wave of attacks "cost victims".
    expect(
      sheetOf(
        "Police: spike in SIM-swap attacks cost victims $5 million this year\n\nPolice said on Monday the attacks had risen sharply since January.",
        "2022-01-21",
      ).money,
    ).toEqual([{ amount: 5_000_000, currency: "USD" }]);
  });

  it("keeps a title's seizure of money stolen years before and the value of seized coins, not a valuation or a year's tally", () => {
    const money = (text: string) => sheetOf(text, "2022-02-08").money;
    expect(money("DOJ seizes $3.6 billion stolen in 2016 exchange hack\n\nAgents traced the funds.")).toEqual(
      [{ amount: 3_600_000_000, currency: "USD" }],
    );
    expect(
      money(
        "Police seize crypto\n\nPolice seized 500 bitcoins, valued at $20 million, from the suspects on Monday.",
      ),
    ).toEqual(expect.arrayContaining([{ amount: 20_000_000, currency: "USD" }]));
    expect(
      money("Startup raises cash\n\nThe company was valued at $3.6 billion after the funding round."),
    ).toEqual([]);
    expect(
      money("Ransomware victims paid $600 million to gangs in 2021\n\nThe figures come from a new report."),
    ).toEqual([]);
  });

  it("keeps seizures and laundering dated to an earlier month after their amounts, not an earlier announcement's or a year's tally", () => {
    const money = (text: string) => sheetOf(text, "2022-03-01").money;
    expect(
      money(
        "Ransomware affiliate sentenced in Canada\n\nA Quebec man was sentenced to seven years on Monday. Besides the 12.5 BTC seized from his wallet in January 2021, the police also seized CAD $84,300 from his home.",
      ),
    ).toEqual(
      expect.arrayContaining([
        { amount: 12.5, currency: "BTC" },
        { amount: 84_300, currency: "CAD" },
      ]),
    );
    expect(
      money(
        "Couple arrested over exchange hack\n\nProsecutors say she played a key role in laundering the 8,214 Bitcoin stolen from the exchange in August 2016.",
      ),
    ).toEqual([{ amount: 8214, currency: "BTC" }]);
    expect(
      money(
        "Gang members arrested in Spain\n\nPolice arrested four men on Tuesday. Earlier, the U.S. announced in November 2021 that it had arrested an affiliate and seized $4.2 million.",
      ),
    ).toEqual([]);
    expect(
      money(
        "Agency reports on its year\n\nThe agency said on Monday that it seized over $1.7 billion in cryptocurrency in 2021.",
      ),
    ).toEqual([]);
  });

  it("keeps what a suspect made from his ransomware activity, not a contest's winnings or pay every two weeks", () => {
    expect(
      sheetOf(
        "Ransomware affiliate jailed\n\nOfficials said the suspect made more than CAD$12 million from his ransomware activity.",
      ).money,
    ).toEqual([{ amount: 12_000_000, currency: "CAD" }]);
    expect(
      sheetOf(
        "Browsers fall at hacking contest\n\nResearchers took home $740,000 after hacking three browsers at the contest on Sunday.",
      ).money,
    ).toEqual([]);
    expect(
      sheetOf(
        "Insiders unlocked phones for cash\n\nThe employees were paid $3,000 every two weeks for installing the malware, prosecutors said.",
      ).money,
    ).toEqual([]);
  });

  it("leaves out ransoms saved or unpaid and the takings of attacks given as examples", () => {
    expect(
      sheetOf(
        "Decryptor portal marks an anniversary\n\nThe portal has saved more than 12,000 systems and over €40 million in unpaid ransom, the agency said.",
      ).money,
    ).toEqual([]);
    expect(
      sheetOf(
        "How to prepare for ransomware\n\nGangs have grown bolder, including the attacks on a fuel pipeline and a dairy group, which netted the attackers ransoms of $3.1 million and $7 million.",
      ).money,
    ).toEqual([]);
  });

  it("keeps the demand of an attempted extortion, not the sum of an attempted theft, and damage that reaches a sum", () => {
    const money = (text: string) => sheetOf(text).money;
    expect(
      money(
        "Streamer charged with hacking sports leagues\n\nOfficials said he also attempted to extort the league, asking it to pay $120,000 to disclose the flaws he found.",
      ),
    ).toEqual([{ amount: 120_000, currency: "USD" }]);
    expect(
      money(
        "Bank thwarts transfer\n\nThe gang attempted to steal $2 million from the bank on Monday, police said.",
      ),
    ).toEqual([]);
    expect(
      money(
        "Police arrest ransomware crew\n\nPolice arrested five men on Monday. More than 40 companies were hit, and the total damage reaches more than $900,000, police said.",
      ),
    ).toEqual([{ amount: 900_000, currency: "USD" }]);
  });

  it("reads the euro sign typed as the letter Є, a code before a spaced $, an amount 'in' a coin and damages incurred", () => {
    const seized = sheetOf(
      "Police raid ransomware crew\n\nOfficers seized 310 million rubles, $420,000 and Є250,000 in Euros during the raids.",
    );
    expect(seized.money).toContainEqual({ amount: 250000, currency: "EUR" });
    const spaced = sheetOf(
      "Affiliate's cash seized\n\nThe police also seized CAD $187,400 from his residence.",
    );
    expect(spaced.money).toEqual([{ amount: 187400, currency: "CAD" }]);
    const coin = sheetOf(
      "Market admins sentenced\n\nThe two operators received 6,042 in Bitcoin (BTC) in kickbacks from vendors on the market.",
    );
    expect(coin.money).toEqual([{ amount: 6042, currency: "BTC" }]);
    const damages = sheetOf(
      "VPN service taken down\n\nAs a result of the takedown, the service incurred financial damages of at least 40 million Euros.",
    );
    expect(damages.money).toEqual([{ amount: 40000000, currency: "EUR" }]);
  });

  it("reads what a criminal made from his attacks or netted as takings, not what a company made in sales", () => {
    const sheet = sheetOf(
      "Ransomware affiliate sentenced in Canada\n\nThe former IT consultant breached companies around the world and made more than 1,800 Bitcoin from his attacks, prosecutors said. A second suspect netted $2.5 million from the scheme. The victim firm made $40 million last quarter.",
      "2022-03-10",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 1800, currency: "BTC" },
        { amount: 2500000, currency: "USD" },
      ]),
    );
    expect(sheet.money.some((m) => m.amount === 40000000)).toBe(false);
  });

  it("keeps each cryptocurrency's own code and its amount as precise as the wallet gives it", () => {
    const sheet = sheetOf(
      "Hacker charged with crypto theft\n\nProsecutors say the hacker stole 770.784869 Bitcoin Cash (BCH), 6,363.490509 Litecoin (LTC) and 7.456728 Bitcoin (BTC) from the firm's clients, and a victim paid a 0.00009921 BTC fee.",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 770.784869, currency: "BCH" },
        { amount: 6363.490509, currency: "LTC" },
        { amount: 7.456728, currency: "BTC" },
      ]),
    );
    expect(sheet.money.every((m) => m.amount > 0)).toBe(true);
    const monero = sheetOf(
      "Ransomware affiliate's wallets seized\n\nPolice seized 15.725489349111 XMR from a Monero wallet, according to the filing.",
    );
    expect(monero.money).toContainEqual({ amount: 15.725489349111, currency: "XMR" });
  });
  it("reads a ransom the attackers request, Binance coins, and no budget allocated after a records request", () => {
    const ransom = sheetOf(
      "Blogs defaced with fake ransom notes\n\nIn the note, the attackers request 0.1 bitcoins (~$6,100) to unlock each site.",
    );
    expect(ransom.money).toEqual(
      expect.arrayContaining([
        { amount: 0.1, currency: "BTC" },
        { amount: 6100, currency: "USD" },
      ]),
    );
    const coins = sheetOf(
      "Lending platform drained\n\nThe attacker was able to steal 206,809 Binance coins (BNB) from the platform's wallet.",
    );
    expect(coins.money).toEqual([{ amount: 206809, currency: "BNB" }]);
    const budget = sheetOf(
      "Ministry funds campaign against encryption\n\nThe ministry disclosed in a response to a Freedom of Information request that it has allocated £534,000 for the campaign.",
    );
    expect(budget.money).toEqual([]);
  });

  it("counts no payment to settle a case, no price for each item and no per-share figure", () => {
    const settled = sheetOf(
      "Former contractors settle hacking case\n\nThe three men avoid prison in exchange for paying $1,335,000 to resolve a Justice Department investigation, under a deferred prosecution agreement.",
    );
    expect(settled.money).toEqual([]);
    const bounty = sheetOf(
      "Agency pays hackers to find flaws\n\nThe agency has paid researchers $500 for each uncovered vulnerability during the three-week exercise.",
    );
    expect(bounty.money).toEqual([]);
    const results = sheetOf(
      "Security vendor's results disappoint\n\nThe company reported a net loss per basic share of $0.18 for the quarter.",
    );
    expect(results.money).toEqual([]);
  });

  it("counts the damage and clean-up cost the victim suffered, not damages a court awards", () => {
    const sheet = sheetOf(
      "Streaming pirate charged with extorting a sports league\n\nThe league suffered approximately $3,000,000 in damages, the FBI said. A credit union hit by the same man spent months restoring files, and the incident has cost about $12,000 in remediation so far. The league is suing for $5 million in punitive damages.",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 3000000, currency: "USD" },
        { amount: 12000, currency: "USD" },
      ]),
    );
    expect(sheet.money).not.toContainEqual({ amount: 5000000, currency: "USD" });
  });

  it("counts unauthorised withdrawals as stolen and leaves out money victims were saved", () => {
    const sheet = sheetOf(
      "Exchange confirms 483 accounts hacked\n\nUnauthorized withdrawals totaled $33.8 million in crypto, the exchange said. Separately, free decryptors have saved victims almost €1 billion in ransom payments.",
    );
    expect(sheet.money).toEqual([{ amount: 33800000, currency: "USD" }]);
  });

  it("leaves out what someone will pay or is willing to pay, offers, bribes, asking prices and an estimate's range", () => {
    const sheet = sheetOf(
      "Insider recruiting scheme exposed\n\nThe gang stole $2.1 million from the bank. The sender offered employees a $1 million payout for deploying ransomware. The three men will be forced to pay $750,000 over three years. He paid more than $80,000 in bribes to store staff. The actor is selling the database for six bitcoin (~$280K). The losses may reach a $30-40 billion loss. The gang is willing to pay up to $100,000 for access to a large network.",
    );
    expect(sheet.money).toEqual([{ amount: 2100000, currency: "USD" }]);
  });

  it("leaves out ranges, medians, past-year statistics and sums that were never taken", () => {
    const sheet = sheetOf(
      "Town loses $2.3 million to BEC scammers\n\nThe town lost $2.3 million after scammers redirected bank transfers.\n\nIn March, the FBI warned of BEC attacks with losses ranging from $10,000 up to $4 million. Over $1.8 billion in losses were reported to IC3 in 2020. The median amount lost to scammers was $1,900.\n\nOfficers said the arrests came before the group was able to steal more than €3.5 million.",
    );
    expect(sheet.money).toEqual([{ amount: 2_300_000, currency: "USD" }]);
  });

  it("keeps what a seller earned, what a gang made through its attacks and the damages it caused", () => {
    const sheet = sheetOf(
      "Access broker extradited\n\nUnder the alias 'Bolt', the suspect put up for sale access to 3,100 servers, where he earned $41,250. His partners made at least $2 million through their attacks on the firms. The total damages caused to the victims are $40 million.",
    );
    expect(sheet.money).toEqual([
      { amount: 41_250, currency: "USD" },
      { amount: 2_000_000, currency: "USD" },
      { amount: 40_000_000, currency: "USD" },
    ]);
  });

  it("keeps proceeds received from compromised accounts", () => {
    const sheet = sheetOf(
      "Spain arrests 16 over banking trojans\n\nAuthorities said the suspects received more than €276,470 from bank accounts compromised with the trojans.",
    );
    expect(sheet.money).toEqual([{ amount: 276_470, currency: "EUR" }]);
  });

  it("reads currency words in any casing and small amounts written as words, and keeps an estimated theft", () => {
    const sheet = sheetOf(
      "Loan fraud ring dismantled\n\nPolice arrested 31 people who defrauded at least 150 borrowers of 1,200,000 Euros ($1.38 million). Each victim paid fees of between 400 and 900 Euros ($460 - $1,040).\n\nThe gang first asked the lender for one bitcoin, then raised its extortion demand to 50 bitcoins, or approximately $2.1 million.\n\nTwo couriers are believed to have stolen an estimated €180,000 ($207,000) in cash.",
    );
    // Amounts of one sentence come out in pattern order, so the comparison ignores order.
    expect(sheet.money).toHaveLength(7);
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 1_200_000, currency: "EUR" },
        { amount: 1_380_000, currency: "USD" },
        { amount: 1, currency: "BTC" },
        { amount: 50, currency: "BTC" },
        { amount: 2_100_000, currency: "USD" },
        { amount: 180_000, currency: "EUR" },
        { amount: 207_000, currency: "USD" },
      ]),
    );
  });

  it("reads dollar signs of other countries by their prefix", () => {
    const sheet = sheetOf(
      "Ad scams cost victims\n\nPolice said victims of the fake ads lost at least S$495,000 since December. A New Zealand firm lost NZ$80,000 to the same scammers.",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 495_000, currency: "SGD" },
        { amount: 80_000, currency: "NZD" },
      ]),
    );
    expect(sheet.money.some((m) => m.currency === "USD")).toBe(false);
  });

  it("leaves out a present-day valuation, a period's statistics and a figure beside a percentage", () => {
    const sheet = sheetOf(
      "Exchange hack funds moved\n\nThe hackers stole $72 million from the exchange. The remainder of the stolen funds, now worth $3.1 billion, sits in one wallet.\n\nThe agency estimates that between January and October 2021, residents lost £14.2 million to such scams, an increase of 9% on the year before.",
      "2022-02-08",
    );
    expect(sheet.money).toEqual([{ amount: 72_000_000, currency: "USD" }]);
  });
  it("leaves out unit prices, habitual sums, projections and a one-time fee, and keeps one telling of an amount", () => {
    const sheet = sheetOf(
      "Forger sold fake health passes\n\nThe forger sold 90 passes to 14 buyers who paid him roughly $1,310, amounting to around $15 per pass. Buyers paid a $20 one-time fee to join the channel.\n\nThe gang's ransom demands are often over $2 million. Losses from such attacks are projected to be some $30 billion by the end of this year.\n\nThe scheme caused the carrier $150 million in losses; prosecutors put the carrier's losses at $150,312,904.27.",
      "2022-03-01",
    );
    expect(sheet.money).toEqual([
      { amount: 1310, currency: "USD" },
      { amount: 150_312_904.27, currency: "USD" },
    ]);
  });

  it("keeps revenue a victim lost and sums taken as false refunds", () => {
    const sheet = sheetOf(
      "Logistics firm counts cost of ransomware\n\nThe company lost $4.2 million of freight revenue after the ransomware attack. Its annual revenue is $1.9 billion.\n\nThe fraudsters also used stolen W-2 data to claim about $2.3 million in false tax refunds.",
      "2022-03-01",
    );
    expect(sheet.money).toEqual([
      { amount: 4_200_000, currency: "USD" },
      { amount: 2_300_000, currency: "USD" },
    ]);
  });

  it("reads payments in a currency word, an amount beside a range of years and one 'according to the report' on the case", () => {
    const sheet = sheetOf(
      "Romance fraud ring broken up\n\nIn some cases, payments of 40 million rand were made to the gang. The ring stole more than $3 million from victims between 2017 and 2020. The hackers only ended up stealing about $95,000 worth of bitcoin, according to the report.",
      "2022-03-01",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 40_000_000, currency: "ZAR" },
        { amount: 3_000_000, currency: "USD" },
        { amount: 95_000, currency: "USD" },
      ]),
    );
  });

  it("leaves out another incident's sum, a report's finding and what victims will lose", () => {
    const sheet = sheetOf(
      "Lending platform drained by hacker\n\nA hacker stole $12 million from the lending platform on Monday. The firm hopes for a repeat of the Harbor incident, where the attacker returned all the $90 million stolen funds. A survey that found 40 million people lost $9.1 billion to scam calls was cited. Analysts estimate that merchants will lose $20 billion to fraud.",
      "2022-03-01",
    );
    expect(sheet.money).toEqual([{ amount: 12_000_000, currency: "USD" }]);
  });

  it("reads dollar prefixes with a country code, a decimal comma, dollars named by country and a list's amounts", () => {
    const sheet = sheetOf(
      "Police seize cash from ransomware gang\n\nPolice seized CAD$640,040 in cash and AU$85,000 from his accounts. Authorities detained 14 people and confiscated money as follows:\n\n* more than 426 million rubles (approximately $5,5 million)\n\n* 600 thousand US dollars\n\n* 90 thousand Canadian dollars",
      "2022-01-14",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 640_040, currency: "CAD" },
        { amount: 85_000, currency: "AUD" },
        { amount: 426_000_000, currency: "RUB" },
        { amount: 5_500_000, currency: "USD" },
        { amount: 600_000, currency: "USD" },
        { amount: 90_000, currency: "CAD" },
      ]),
    );
    expect(sheet.money.some((m) => m.amount === 5 || (m.amount === 640_040 && m.currency === "USD"))).toBe(
      false,
    );
  });

  it("reads hryvnias and a number word with a scale, and leaves out what a court ordered paid", () => {
    const sheet = sheetOf(
      "Doctors sold fake vaccination certificates\n\nThe doctors offered false certificates to anyone who paid them 3,000 hryvnias. Police said the gang stole more than one million US dollars from companies.\n\nThe ringleader was ordered to pay back over $100,000.",
      "2022-03-01",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 3000, currency: "UAH" },
        { amount: 1_000_000, currency: "USD" },
      ]),
    );
    expect(sheet.money.some((m) => m.amount === 100_000)).toBe(false);
  });

  it("keeps damages a victim incurred, leaves out damages sought in court and a sale price", () => {
    const sheet = sheetOf(
      "Rideshare account hacker charged\n\nThe scheme raised the damages incurred by the victimized companies to about $200,000. The company is seeking an injunction and damages of at least $500,000 from the operators. Learn to hack ethically with this course for only $43.",
      "2022-03-01",
    );
    expect(sheet.money).toEqual([{ amount: 200_000, currency: "USD" }]);
  });
});

describe("proceeds told as what passed through a wallet", () => {
  it("reads coins that 'passed through his e-wallet' and that his 'ransomware activities involved' as the case's money", () => {
    const sheet = sheetOf(
      "Ransomware affiliate sentenced\n\nThe defendant admitted that over 1,400 Bitcoins related to his malware activities passed through his e-wallet. His entire ransomware activities involved over 2,500 Bitcoins, the judge said.",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 1400, currency: "BTC" },
        { amount: 2500, currency: "BTC" },
      ]),
    );
  });
});

describe("damages estimated for this case, and coins a gang moved", () => {
  it("reads estimated damages this case caused and coins moved, not an estimate about the field", () => {
    const sheet = sheetOf(
      "Ransomware gang moves its bitcoin\n\nThe gang moved 95 bitcoins, worth about $4.1 million, to new wallets on Friday. Police said it is estimated that the total damages caused to the victimized companies are $80 million.",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 95, currency: "BTC" },
        { amount: 80000000, currency: "USD" },
      ]),
    );
    const field = sheetOf(
      "Ransomware costs keep growing\n\nAnalysts estimated that ransomware will cost businesses $20 billion this year.",
    );
    expect(field.money).toEqual([]);
  });
});

describe("tallies of criminals at large", () => {
  it("leaves out what 'cybercriminals have laundered' in all, and keeps what named hackers took", () => {
    const tally = sheetOf(
      "Crypto laundering rose last year\n\n“Overall, cybercriminals have laundered over $21 billion worth of cryptocurrency since 2016,” the analysts wrote.",
    );
    expect(tally.money).toEqual([]);
    const theft = sheetOf(
      "DeFi platform drained\n\nThe hackers have stolen $12 million in Ether from the Norvik lending platform, the company said on Monday.",
    );
    expect(theft.money).toEqual([{ amount: 12000000, currency: "USD" }]);
  });
});

describe("ransoms weighed or bargained over", () => {
  it("reads the ransom a cost was lowered to, and no sum a speaker says 'would be' worth something", () => {
    const sheet = sheetOf(
      'Amateur gang pitches insiders\n\nThe attacker soon lowered the proposed cost of the ransom down to $120,000. "$100,000 or $1 million would both be a life-changing amount for him," a researcher said. The average cost of a data breach reached $4.2 million.',
      "2021-08-13",
    );
    expect(sheet.money.map((m) => m.amount)).toEqual([120_000]);
  });
});

describe("amounts of other victims' cases", () => {
  it("leaves out a ransom 'in Kestrel's case', in 'past incidents' and 'in two recent heists', and keeps the article's own", () => {
    const sheet = sheetOf(
      "Gang threatens to leak data if victim calls police\n\nThe Rook ransomware gang demanded $2 million from a Dutch retailer on Monday. In Kestrel's case, the group had encrypted 2,000 devices and demanded an $11,000,000 ransom. Past incidents include a 2020 attack on a food business that avoided paying a $40 million ransom demand. In two recent cryptocurrency heists, the attackers returned the $611 million they took.",
    );
    expect(sheet.money).toEqual([{ amount: 2000000, currency: "USD" }]);
  });

  it("leaves out a ransom in a list item dated an earlier year ('July 2020: …')", () => {
    const sheet = sheetOf(
      "Rook gang warns victims not to call police\n\nThe Rook ransomware gang demanded $2 million from a Dutch retailer on Monday.\n\nSome of the gang's earlier attacks:\n\nJuly 2020: A corporate-travel firm may have paid $4.5 million in a ransomware attack attributed to the gang.\n\nNovember 2020: A spirits brand was attacked.",
      "2021-09-07",
    );
    expect(sheet.money).toEqual([{ amount: 2000000, currency: "USD" }]);
  });

  it("leaves out a tally compared with ('up from the $300 million they stole the year before') and a deposit on a hacking forum", () => {
    const sheet = sheetOf(
      "State hackers stole $380 million in crypto this year\n\nHackers working for the government are believed to have stolen almost $380 million from six companies this year, up from the $290 million they stole from three companies the year before. The gang also withdrew 3 Bitcoins (~$150,000) today from a hacking forum.",
      "2022-01-14",
    );
    expect(sheet.money).toEqual([{ amount: 380000000, currency: "USD" }]);
  });
});

describe("amounts valued when they were taken", () => {
  it("keeps an amount valued 'at the time of the transactions'", () => {
    const sheet = sheetOf(
      "Mixer operator pleads guilty to laundering\n\nProsecutors said the mixer moved over 200,000 bitcoins, which amounted to more than $250 million at the time of the transactions.",
      "2021-08-20",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 200000, currency: "BTC" },
        { amount: 250000000, currency: "USD" },
      ]),
    );
  });

  it("reads no money from the worth of a thing ('a $3 billion design'); the price paid for the stolen data stays", () => {
    const sheet = sheetOf(
      "Engineer charged with selling warship secrets\n\nHe was paid $10,000 in cryptocurrency for the first batch. Among the stolen data were schematics for a class of submarine, a $3 billion design now in active service.",
      "2021-10-11",
    );
    expect(sheet.money).toEqual([{ amount: 10000, currency: "USD" }]);
  });

  it("reads money a victim was talked into transferring or wiring", () => {
    const sheet = sheetOf(
      "Exchange users robbed\n\nTwo customers said callers posing as support staff talked them into transferring £5,000 to a wallet the callers controlled.",
      "2021-10-11",
    );
    expect(sheet.money).toEqual([{ amount: 5000, currency: "GBP" }]);
  });

  it("reads what attackers were 'asking' as a demand, but not a seller's price for a license", () => {
    const demand = sheetOf(
      "NAS owners hit by ransomware\n\nOne victim said the attackers were asking $1,000 from individuals or $1.8 million from the vendor for a master key.",
      "2022-01-28",
    );
    expect(demand.money).toEqual(
      expect.arrayContaining([
        { amount: 1000, currency: "USD" },
        { amount: 1800000, currency: "USD" },
      ]),
    );
    const price = sheetOf(
      "Stealer sold on hacking forum\n\nThe Windows build costs more: the seller asks $59 for a one-month license and $129 for three months.",
      "2022-01-28",
    );
    expect(price.money).toEqual([]);
  });
});

describe("a count the detained are referred back to", () => {
  it("reads the members counted in a raid as the arrested when a later sentence calls them 'the detained members'", () => {
    const sheet = sheetOf(
      "Security service arrests members of ransomware gang\n\nRaids were conducted today at 19 homes owned by 11 members suspected to be part of the gang across three regions. Officers seized cash, cars and computers. The detained members were charged with the illegal circulation of means of payment.",
      "2022-01-14",
    );
    expect(sheet.arrested).toEqual({ total: 11, by_nationality: {} });
  });
});

describe("arrests of an earlier case in a story of another kind", () => {
  it("counts no arrest told as 'just last week' or 'right after' in a bounty or campaign story", () => {
    for (const text of [
      "State Department offers $10 million for ransomware leaders\n\nThe reward targets the gang's leaders. Just last week Europol apprehended 12 individuals allegedly responsible for attacks on critical infrastructure.",
      "Banking trojan returns with a stealthy campaign\n\nThe new campaign started right after the Civil Guard announced the arrest of 16 people involved with the trojan's distribution, the researchers said.",
    ])
      expect(sheetOf(text, "2021-11-05").arrested).toBeNull();
  });
});

describe("a coin amount and its value when it was paid", () => {
  it("keeps a payment in bitcoin and its worth 'at the time they were paid'", () => {
    const sheet = sheetOf(
      "Dark web portal operator sentenced to eight years\n\nThe two operators received 3,412 in Bitcoin (BTC) – worth roughly $4.1 million at the time they were paid – in kickbacks from marketplaces.",
      "2021-10-20",
    );
    expect(sheet.money).toEqual(
      expect.arrayContaining([
        { amount: 3412, currency: "BTC" },
        { amount: 4100000, currency: "USD" },
      ]),
    );
  });
});
