/**
 * @module extract/lexicon/countries
 * Country names, short forms and demonyms → ISO 3166-1 alpha-2. Official names come from
 * i18n-iso-countries; demonyms and common short forms are listed here (facts, not prose).
 * `AMBIGUOUS` names are also common first names or words and count only after a preposition.
 */
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(english);

/** code: demonyms and extra names, separated by "|". */
const EXTRA: Record<string, string> = {
  AF: "Afghan|Afghans",
  AL: "Albanian|Albanians",
  DZ: "Algerian|Algerians",
  AO: "Angolan|Angolans",
  AR: "Argentine|Argentinian|Argentinians",
  AM: "Armenian|Armenians",
  AU: "Australian|Australians",
  AT: "Austrian|Austrians",
  AZ: "Azerbaijani|Azerbaijanis",
  BH: "Bahraini|Bahrainis",
  BD: "Bangladeshi|Bangladeshis",
  BY: "Belarusian|Belarusians|Belarus",
  BE: "Belgian|Belgians",
  BJ: "Beninese",
  BO: "Bolivian|Bolivians",
  BA: "Bosnian|Bosnians",
  BR: "Brazilian|Brazilians",
  BN: "Bruneian",
  BG: "Bulgarian|Bulgarians",
  KH: "Cambodian|Cambodians",
  CM: "Cameroonian|Cameroonians",
  CA: "Canadian|Canadians",
  CL: "Chilean|Chileans",
  CN: "Chinese|PRC",
  CO: "Colombian|Colombians",
  CR: "Costa Rican|Costa Ricans",
  HR: "Croatian|Croatians",
  CU: "Cuban|Cubans",
  CY: "Cypriot|Cypriots",
  CZ: "Czech|Czechs|Czechia",
  DK: "Danish|Dane|Danes",
  DO: "Dominican",
  EC: "Ecuadorian|Ecuadorians",
  EG: "Egyptian|Egyptians",
  EE: "Estonian|Estonians",
  ET: "Ethiopian|Ethiopians",
  FI: "Finnish|Finn|Finns",
  FR: "French",
  GE: "Georgian|Georgians",
  DE: "German|Germans",
  GH: "Ghanaian|Ghanaians",
  GR: "Greek|Greeks",
  GT: "Guatemalan|Guatemalans",
  HK: "Hong Konger|Hong Kongers",
  HU: "Hungarian|Hungarians",
  IS: "Icelandic|Icelander|Icelanders",
  IN: "Indian|Indians",
  ID: "Indonesian|Indonesians",
  IR: "Iranian|Iranians",
  IQ: "Iraqi|Iraqis",
  IE: "Irish",
  IL: "Israeli|Israelis",
  IT: "Italian|Italians",
  JM: "Jamaican|Jamaicans",
  JP: "Japanese",
  JO: "Jordanian|Jordanians",
  KZ: "Kazakh|Kazakhstani|Kazakhs",
  KE: "Kenyan|Kenyans",
  KP: "North Korean|North Koreans|DPRK|North Korea",
  KR: "South Korean|South Koreans|South Korea",
  KW: "Kuwaiti|Kuwaitis",
  KG: "Kyrgyz",
  LA: "Lao|Laotian|Laos",
  LV: "Latvian|Latvians",
  LB: "Lebanese",
  LY: "Libyan|Libyans",
  LT: "Lithuanian|Lithuanians",
  LU: "Luxembourgish",
  MY: "Malaysian|Malaysians",
  MV: "Maldivian|Maldivians",
  MT: "Maltese",
  MX: "Mexican|Mexicans",
  MD: "Moldovan|Moldovans",
  MN: "Mongolian|Mongolians",
  ME: "Montenegrin",
  MA: "Moroccan|Moroccans",
  MM: "Burmese|Myanmar|Burma",
  NP: "Nepalese|Nepali",
  NL: "Dutch|Netherlands|Holland",
  NZ: "New Zealander|New Zealanders",
  NI: "Nicaraguan",
  NG: "Nigerian|Nigerians",
  MK: "Macedonian|North Macedonia",
  NO: "Norwegian|Norwegians",
  OM: "Omani",
  PK: "Pakistani|Pakistanis",
  PS: "Palestinian|Palestinians|Palestine",
  PA: "Panamanian",
  PY: "Paraguayan",
  PE: "Peruvian|Peruvians",
  PH: "Filipino|Filipinos|Philippine|Philippines",
  PL: "Polish|Pole|Poles",
  PT: "Portuguese",
  QA: "Qatari|Qataris",
  RO: "Romanian|Romanians",
  RU: "Russian|Russians|Russia",
  RW: "Rwandan",
  SA: "Saudi|Saudis|Saudi Arabian",
  SN: "Senegalese",
  RS: "Serbian|Serbians|Serb|Serbs",
  SG: "Singaporean|Singaporeans",
  SK: "Slovak|Slovakian|Slovaks",
  SI: "Slovenian|Slovene|Slovenians",
  SO: "Somali|Somalis",
  ZA: "South African|South Africans",
  ES: "Spanish|Spaniard|Spaniards",
  LK: "Sri Lankan|Sri Lankans",
  SD: "Sudanese",
  SE: "Swedish|Swede|Swedes",
  CH: "Swiss",
  SY: "Syrian|Syrians|Syria",
  TW: "Taiwanese|Taiwan",
  TJ: "Tajik",
  TZ: "Tanzanian|Tanzania",
  TH: "Thai",
  TN: "Tunisian|Tunisians",
  TR: "Turkish|Turk|Turks|Türkiye|Turkey",
  TM: "Turkmen",
  UG: "Ugandan|Ugandans",
  UA: "Ukrainian|Ukrainians",
  AE: "Emirati|Emiratis|UAE|U.A.E.",
  GB: "British|Briton|Britons|Britain|U.K.|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|Northern Irish",
  US: "American|Americans|America|U.S.|U.S.A|US",
  UY: "Uruguayan",
  UZ: "Uzbek|Uzbekistani",
  VE: "Venezuelan|Venezuelans|Venezuela",
  VN: "Vietnamese|Vietnam",
  YE: "Yemeni|Yemenis",
  ZM: "Zambian|Zambians",
  ZW: "Zimbabwean|Zimbabweans",
  MD_: "Moldova",
  MO: "Macanese",
  CI: "Ivorian|Ivory Coast",
  CD: "Congolese",
  BS: "Bahamian",
  BB: "Barbadian",
  BZ: "Belizean",
  BT: "Bhutanese",
  BW: "Botswanan",
  TT: "Trinidadian",
  VA: "Vatican",
};

/** Names that are also common words or first names. */
export const AMBIGUOUS_COUNTRY_NAMES = new Set([
  "Jordan",
  "Chad",
  "Georgia",
  "Turkey",
  "Guinea",
  "Niger",
  "English",
  "Pole",
  "Poles",
  "Dominican",
  "Lao",
  "Vatican",
  "Mali",
  "Oman",
  "Peru",
]);

/** Whether `name` is a country's own name ("China", "Australia"), not a demonym ("Chinese"). */
export function isCountryName(name: string): boolean {
  return countries.getAlpha2Code(name, "en") !== undefined;
}

/** Every surface form → alpha-2 code. Case-sensitive: country names are proper nouns. */
export function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const all = countries.getNames("en", { select: "all" });
  for (const [code, list] of Object.entries(all)) {
    for (const name of list) {
      if (/,/.test(name)) continue; // "Korea, Republic of": an index form, not a running-text one
      names.set(name, code);
      names.set(name.replace(/^the /i, ""), code);
    }
  }
  for (const [rawCode, extra] of Object.entries(EXTRA)) {
    const code = rawCode.replace(/_$/, "");
    for (const name of extra.split("|")) if (name) names.set(name, code);
  }
  names.set("Korea", "KR");
  return names;
}
