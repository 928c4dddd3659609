/**
 * @module extract/lexicon/leaders
 * Heads of state and government, and a few ministers and dissidents, that cyber news names by surname
 * alone ("Biden gave Putin a list", "helped Modi win"): reference facts, surnames only where the word
 * names no one else often ("Johnson", "Khan" or "Kim" are left out).
 */

/** Surnames that name one well-known political figure when written alone and capitalised. */
export const LEADER_SURNAMES: ReadonlySet<string> = new Set([
  "Putin",
  "Biden",
  "Trump",
  "Obama",
  "Xi",
  "Modi",
  "Zelensky",
  "Zelenskyy",
  "Lukashenko",
  "Erdogan",
  "Erdoğan",
  "Macron",
  "Merkel",
  "Netanyahu",
  "Khamenei",
  "Rouhani",
  "Raisi",
  "Navalny",
  "Lavrov",
  "Peskov",
  "Blinken",
  "Bolsonaro",
  "Trudeau",
  "Scholz",
  "Sunak",
  "Medvedev",
]);
