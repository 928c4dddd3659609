/**
 * @module extract/lexicon/known-flaws
 * Flaws the news knows by name, with the day each was made public (facts from the vendors' and
 * finders' advisories). A later article that names one ("the Log4j vulnerability", "ProxyShell
 * vulnerabilities") speaks of a flaw already disclosed, not of its own disclosure. Names only.
 */
export const KNOWN_FLAWS: readonly (readonly [names: string, disclosed: string])[] = [
  ["Log4Shell|Log4j|Log4j2|Log4J", "2021-12-09"],
  ["ProxyShell", "2021-08-05"],
  ["ProxyLogon", "2021-03-02"],
  ["ProxyNotShell", "2022-09-29"],
  ["PrintNightmare", "2021-06-29"],
  ["HiveNightmare|SeriousSAM", "2021-07-20"],
  ["PetitPotam", "2021-07-18"],
  ["Zerologon|ZeroLogon", "2020-08-11"],
  ["BlueKeep", "2019-05-14"],
  ["EternalBlue", "2017-03-14"],
  ["Heartbleed", "2014-04-07"],
  ["Shellshock", "2014-09-24"],
  ["Spectre|Meltdown", "2018-01-03"],
  ["Follina", "2022-05-27"],
  ["Spring4Shell", "2022-03-30"],
];
