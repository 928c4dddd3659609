/**
 * @module extract/lexicon/agency-aliases
 * The names the news gives well-known government bodies, canonical name first, with the country whose
 * body it is. Facts, not prose: official names, acronyms and the usual short forms. An entry whose
 * names another country's body could share ("NCSC", "Department of Justice") applies only where the
 * article names that country or a name says it ("U.S. Treasury").
 */
export interface KnownBody {
  readonly names: readonly string[];
  /** ISO 3166 code; absent for international bodies. */
  readonly country?: string;
  /** Names only this body goes by anywhere ("FBI"): no need for the country in the article. */
  readonly unique?: readonly string[];
  /**
   * Names any country's body goes by ("Army"): they make a name an agency's after a country ("US
   * Army", "the U.S. Army"), but never link alone ("our Air Force", a Ukrainian said).
   */
  readonly generic?: readonly string[];
  /** Misspellings the news prints ("Federal Bureau of Investigations"): matched, never given as names. */
  readonly variants?: readonly string[];
}

const US = "US";
export const KNOWN_AGENCIES: readonly KnownBody[] = [
  {
    names: [
      "United States Department of Justice",
      "Department of Justice",
      "Justice Department",
      "DOJ",
      "DoJ",
      "U.S. Department of Justice",
      "US Department of Justice",
      "U.S. Justice Department",
      "US Justice Department",
    ],
    country: US,
    unique: [
      "U.S. Department of Justice",
      "US Department of Justice",
      "U.S. Justice Department",
      "US Justice Department",
      "United States Department of Justice",
    ],
  },
  {
    names: [
      "United States Department of the Treasury",
      "Department of the Treasury",
      "Treasury Department",
      "U.S. Treasury",
      "US Treasury",
      "U.S. Treasury Department",
      "US Treasury Department",
      "Treasury",
    ],
    country: US,
    unique: [
      "U.S. Treasury",
      "US Treasury",
      "U.S. Treasury Department",
      "US Treasury Department",
      "United States Department of the Treasury",
    ],
  },
  {
    names: [
      "United States Department of State",
      "Department of State",
      "State Department",
      "U.S. State Department",
      "US State Department",
    ],
    country: US,
    unique: ["U.S. State Department", "US State Department"],
  },
  {
    names: [
      "United States Department of Homeland Security",
      "Department of Homeland Security",
      "DHS",
      "Homeland Security",
    ],
    country: US,
    unique: ["DHS"],
  },
  {
    names: [
      "United States Department of Defense",
      "Department of Defense",
      "Defense Department",
      "DoD",
      "DOD",
      "Pentagon",
    ],
    country: US,
    unique: ["Pentagon"],
  },
  {
    names: ["United States Department of Energy", "Department of Energy", "Energy Department", "DOE"],
    country: US,
  },
  {
    names: ["United States Department of Commerce", "Department of Commerce", "Commerce Department"],
    country: US,
  },
  {
    names: [
      "United States Department of Health and Human Services",
      "Department of Health and Human Services",
      "Health and Human Services",
      "HHS",
    ],
    country: US,
    unique: ["HHS"],
  },
  {
    names: ["Federal Bureau of Investigation", "FBI"],
    country: US,
    unique: ["FBI", "Federal Bureau of Investigation", "Federal Bureau of Investigations"],
    variants: ["Federal Bureau of Investigations"],
  },
  {
    names: ["Cybersecurity and Infrastructure Security Agency", "CISA"],
    country: US,
    unique: ["CISA", "Cybersecurity and Infrastructure Security Agency"],
  },
  { names: ["National Security Agency", "NSA"], country: US, unique: ["NSA"] },
  {
    names: [
      "Securities and Exchange Commission",
      "SEC",
      "U.S. Securities and Exchange Commission",
      "US Securities and Exchange Commission",
    ],
    country: US,
    unique: ["U.S. Securities and Exchange Commission", "US Securities and Exchange Commission"],
  },
  { names: ["Federal Trade Commission", "FTC"], country: US, unique: ["FTC", "Federal Trade Commission"] },
  {
    names: ["Federal Communications Commission", "FCC"],
    country: US,
    unique: ["FCC", "Federal Communications Commission"],
  },
  { names: ["Internal Revenue Service", "IRS"], country: US, unique: ["IRS", "Internal Revenue Service"] },
  {
    names: ["Internal Revenue Service Criminal Investigation", "IRS-CI", "IRS Criminal Investigation"],
    country: US,
    unique: ["IRS-CI", "IRS Criminal Investigation"],
  },
  {
    names: ["Office of Foreign Assets Control", "OFAC"],
    country: US,
    unique: ["OFAC", "Office of Foreign Assets Control"],
  },
  {
    names: ["Federal Deposit Insurance Corporation", "FDIC"],
    country: US,
    unique: ["FDIC", "Federal Deposit Insurance Corporation"],
  },
  { names: ["United States Computer Emergency Readiness Team", "US-CERT"], country: US, unique: ["US-CERT"] },
  {
    names: [
      "United States Cyber Command",
      "Cyber Command",
      "USCYBERCOM",
      "US Cyber Command",
      "U.S. Cyber Command",
    ],
    country: US,
    unique: ["USCYBERCOM", "US Cyber Command", "U.S. Cyber Command"],
  },
  {
    names: ["Financial Crimes Enforcement Network", "FinCEN"],
    country: US,
    unique: ["FinCEN", "Financial Crimes Enforcement Network"],
  },
  {
    names: [
      "United States Secret Service",
      "Secret Service",
      "USSS",
      "U.S. Secret Service",
      "US Secret Service",
    ],
    country: US,
    unique: ["USSS", "U.S. Secret Service", "US Secret Service"],
  },
  {
    names: ["Industrial Control Systems Cyber Emergency Response Team", "ICS-CERT"],
    country: US,
    unique: ["Industrial Control Systems Cyber Emergency Response Team", "ICS-CERT"],
  },
  // National CERTs run by governments.
  {
    names: ["Computer Emergency Response Team New Zealand", "CERT NZ", "CERT-NZ"],
    country: "NZ",
    unique: ["Computer Emergency Response Team New Zealand", "CERT NZ", "CERT-NZ"],
  },
  { names: ["CERT-FR"], country: "FR", unique: ["CERT-FR"] },
  { names: ["CERT Polska", "CERT-PL"], country: "PL", unique: ["CERT Polska", "CERT-PL"] },
  // The armed services: "the US Navy", "the U.S. Army"; "Marine Corps" alone is the US's.
  {
    names: ["United States Army", "US Army", "U.S. Army", "Army"],
    country: US,
    unique: ["United States Army", "US Army", "U.S. Army"],
    generic: ["Army"],
  },
  {
    names: ["United States Navy", "US Navy", "U.S. Navy", "Navy", "Department of the Navy"],
    country: US,
    unique: ["United States Navy", "US Navy", "U.S. Navy", "Department of the Navy"],
    generic: ["Navy"],
  },
  {
    names: ["United States Air Force", "US Air Force", "U.S. Air Force", "Air Force"],
    country: US,
    unique: ["United States Air Force", "US Air Force", "U.S. Air Force"],
    generic: ["Air Force"],
  },
  {
    names: ["United States Marine Corps", "US Marine Corps", "U.S. Marine Corps", "Marine Corps"],
    country: US,
    unique: ["United States Marine Corps", "US Marine Corps", "U.S. Marine Corps"],
  },
  {
    names: ["Central Intelligence Agency", "CIA"],
    country: US,
    unique: ["CIA", "Central Intelligence Agency"],
  },
  {
    names: ["Internet Crime Complaint Center", "IC3"],
    country: US,
    unique: ["IC3", "Internet Crime Complaint Center"],
  },
  { names: ["National Crime Agency", "NCA"], country: "GB" },
  { names: ["National Cyber Security Centre", "NCSC"], country: "GB" },
  { names: ["Government Communications Headquarters", "GCHQ"], country: "GB", unique: ["GCHQ"] },
  { names: ["Crown Prosecution Service", "CPS"], country: "GB", unique: ["Crown Prosecution Service"] },
  { names: ["European Union Agency for Law Enforcement Cooperation", "Europol"], unique: ["Europol"] },
  {
    names: ["International Criminal Police Organization", "Interpol", "INTERPOL"],
    unique: ["Interpol", "INTERPOL"],
  },
  { names: ["European Union Agency for Criminal Justice Cooperation", "Eurojust"], unique: ["Eurojust"] },
  { names: ["European Union Agency for Cybersecurity", "ENISA"], unique: ["ENISA"] },
  {
    names: ["United States Congress", "US Congress", "U.S. Congress", "Congress"],
    country: US,
    unique: ["United States Congress", "US Congress", "U.S. Congress"],
  },
  {
    names: ["United States Senate", "US Senate", "U.S. Senate", "Senate"],
    country: US,
    unique: ["United States Senate", "US Senate", "U.S. Senate"],
  },
  {
    names: [
      "United States House of Representatives",
      "US House of Representatives",
      "U.S. House of Representatives",
      "House of Representatives",
    ],
    country: US,
    unique: [
      "United States House of Representatives",
      "US House of Representatives",
      "U.S. House of Representatives",
    ],
  },
  // Central banks (facts.md lists them among government bodies).
  {
    names: ["Federal Reserve", "US Federal Reserve", "U.S. Federal Reserve", "Federal Reserve Board"],
    country: US,
    unique: ["Federal Reserve", "US Federal Reserve", "U.S. Federal Reserve", "Federal Reserve Board"],
  },
  { names: ["Bank Negara Malaysia", "BNM"], country: "MY", unique: ["Bank Negara Malaysia"] },
  { names: ["Bank of England", "BoE"], country: "GB", unique: ["Bank of England"] },
  { names: ["Bank of Japan", "BoJ"], country: "JP", unique: ["Bank of Japan"] },
  { names: ["Bank of Canada"], country: "CA", unique: ["Bank of Canada"] },
  { names: ["Swiss National Bank", "SNB", "National Bank"], country: "CH", unique: ["Swiss National Bank"] },
  { names: ["National Bank of Ukraine", "NBU"], country: "UA", unique: ["National Bank of Ukraine"] },
  { names: ["People's Bank of China", "PBOC", "PBoC"], country: "CN", unique: ["People's Bank of China"] },
  {
    names: ["Deutsche Bundesbank", "Bundesbank"],
    country: "DE",
    unique: ["Deutsche Bundesbank", "Bundesbank"],
  },
  { names: ["Federal Security Service", "FSB"], country: "RU", unique: ["FSB"] },
  { names: ["Main Intelligence Directorate", "GRU"], country: "RU", unique: ["GRU"] },
  { names: ["Foreign Intelligence Service", "SVR"], country: "RU", unique: ["SVR"] },
  {
    names: ["Security Service of Ukraine", "SBU", "SSU"],
    country: "UA",
    unique: ["SBU", "Security Service of Ukraine"],
  },
  {
    names: ["Cyber Police of Ukraine", "Ukrainian Cyber Police", "Cyber Police Department", "Cyberpolice"],
    country: "UA",
    unique: ["Cyber Police of Ukraine", "Ukrainian Cyber Police"],
  },
  { names: ["Computer Emergency Response Team of Ukraine", "CERT-UA"], country: "UA", unique: ["CERT-UA"] },
  {
    names: ["Royal Canadian Mounted Police", "RCMP"],
    country: "CA",
    unique: ["RCMP", "Royal Canadian Mounted Police"],
  },
  { names: ["Ministry of State Security", "MSS"], country: "CN" },
  {
    names: [
      "Islamic Revolutionary Guard Corps",
      "IRGC",
      "Revolutionary Guard Corps",
      "Revolutionary Guard",
      "Revolutionary Guards",
    ],
    country: "IR",
    unique: ["Islamic Revolutionary Guard Corps", "IRGC"],
  },
  {
    names: ["Ministry of Intelligence and Security", "Ministry of Intelligence", "MOIS"],
    country: "IR",
    unique: ["Ministry of Intelligence and Security", "MOIS"],
  },
  {
    names: ["Reconnaissance General Bureau", "RGB"],
    country: "KP",
    unique: ["Reconnaissance General Bureau"],
  },
  { names: ["National Cybersecurity Agency of France", "ANSSI"], country: "FR", unique: ["ANSSI"] },
  {
    names: ["Federal Criminal Police Office", "BKA", "Bundeskriminalamt"],
    country: "DE",
    unique: ["BKA", "Bundeskriminalamt"],
  },
  { names: ["Federal Office for Information Security", "BSI"], country: "DE" },
  {
    names: ["Australian Cyber Security Centre", "ACSC"],
    country: "AU",
    unique: ["Australian Cyber Security Centre"],
  },
  {
    names: ["Australian Competition and Consumer Commission", "ACCC"],
    country: "AU",
    unique: ["Australian Competition and Consumer Commission", "ACCC"],
  },
  {
    names: ["Office of the Australian Information Commissioner", "OAIC"],
    country: "AU",
    unique: ["Office of the Australian Information Commissioner", "OAIC"],
  },
  {
    names: ["Australian Communications and Media Authority", "ACMA"],
    country: "AU",
    unique: ["Australian Communications and Media Authority", "ACMA"],
  },
  {
    names: ["Australian Securities and Investments Commission", "ASIC"],
    country: "AU",
    unique: ["Australian Securities and Investments Commission"],
  },
  { names: ["National Cybercrime Investigation Agency", "NCCIA"], country: "PK", unique: ["NCCIA"] },
  { names: ["Federal Investigation Agency", "FIA"], country: "PK" },
  { names: ["Central Bureau of Investigation", "CBI"], country: "IN" },
  { names: ["Indian Computer Emergency Response Team", "CERT-In"], country: "IN", unique: ["CERT-In"] },
  {
    names: [
      "United States Postal Service",
      "USPS",
      "U.S. Postal Service",
      "US Postal Service",
      "Postal Service",
    ],
    country: US,
    unique: ["United States Postal Service", "USPS", "U.S. Postal Service", "US Postal Service"],
  },
  {
    names: ["National Aeronautics and Space Administration", "NASA"],
    country: US,
    unique: ["National Aeronautics and Space Administration", "NASA"],
  },
  {
    names: ["National Oceanic and Atmospheric Administration", "NOAA"],
    country: US,
    unique: ["National Oceanic and Atmospheric Administration", "NOAA"],
  },
  { names: ["National Institutes of Health", "NIH"], country: US, unique: ["National Institutes of Health"] },
  {
    names: ["Office of Personnel Management", "OPM"],
    country: US,
    unique: ["Office of Personnel Management"],
  },
  {
    names: [
      "U.S. Customs and Border Protection",
      "Customs and Border Protection",
      "CBP",
      "US Customs and Border Protection",
    ],
    country: US,
    unique: [
      "U.S. Customs and Border Protection",
      "Customs and Border Protection",
      "US Customs and Border Protection",
    ],
  },
  {
    names: ["Transportation Security Administration", "TSA"],
    country: US,
    unique: ["Transportation Security Administration", "TSA"],
  },
  {
    names: ["Directorate for Investigating Organized Crime and Terrorism", "DIICOT"],
    country: "RO",
    unique: ["Directorate for Investigating Organized Crime and Terrorism", "DIICOT"],
  },
  {
    names: ["Australian Transaction Reports and Analysis Centre", "AUSTRAC", "Austrac"],
    country: "AU",
    unique: ["Australian Transaction Reports and Analysis Centre", "AUSTRAC", "Austrac"],
  },
  {
    names: ["Australian Criminal Intelligence Commission", "ACIC"],
    country: "AU",
    unique: ["Australian Criminal Intelligence Commission"],
  },
  {
    names: ["Commonwealth Director of Public Prosecutions", "CDPP"],
    country: "AU",
    unique: ["Commonwealth Director of Public Prosecutions"],
  },
];

/**
 * International organisations, and non-government bodies the news names by an acronym as often as in
 * full (organisations, not agencies, in the fact sheet), by their names.
 */
export const KNOWN_ORGANIZATIONS: readonly KnownBody[] = [
  { names: ["United Nations", "UN", "U.N."], unique: ["United Nations", "UN", "U.N."] },
  {
    names: ["North Atlantic Treaty Organization", "NATO"],
    unique: ["North Atlantic Treaty Organization", "NATO"],
  },
  { names: ["International Monetary Fund", "IMF"], unique: ["International Monetary Fund", "IMF"] },
  { names: ["Massachusetts Institute of Technology", "MIT"] },
  { names: ["CERT Coordination Center", "CERT/CC"] },
  { names: ["SANS Institute", "SANS"] },
  { names: ["Electronic Frontier Foundation", "EFF"] },
  { names: ["Internet Security Research Group", "ISRG"] },
  { names: ["Open Source Security Foundation", "OpenSSF"] },
  { names: ["National Football League", "NFL"] },
  { names: ["National Basketball Association", "NBA"] },
  { names: ["Major League Baseball", "MLB"] },
  { names: ["National Hockey League", "NHL"] },
  {
    names: ["Financial Industry Regulatory Authority", "FINRA"],
    unique: ["Financial Industry Regulatory Authority", "FINRA"],
  },
  {
    names: [
      "National Center for Missing and Exploited Children",
      "National Center for Missing & Exploited Children",
      "NCMEC",
    ],
    unique: [
      "National Center for Missing and Exploited Children",
      "National Center for Missing & Exploited Children",
      "NCMEC",
    ],
  },
];

/**
 * Intelligence and state-security services that news names almost only as the sponsors of hackers
 * (China's MSS and its Hainan department, Russia's SVR and GRU, Iran's MOIS and IRGC, North Korea's
 * RGB); not the FSB or Ukraine's SBU, which arrest and charge as police do.
 */
const SPY_SERVICE =
  /\b(?:Ministry of State Security|State Security Department|MSS|HSSD|Foreign Intelligence Service|SVR|Main Intelligence Directorate|GRU|Ministry of Intelligence|MOIS|Islamic Revolutionary Guard Corps|Revolutionary Guards?|IRGC|Reconnaissance General Bureau|RGB)\b/;

/** Whether one of a body's names is a spy service's. */
export const isSpyService = (names: readonly string[]) => names.some((name) => SPY_SERVICE.test(name));
