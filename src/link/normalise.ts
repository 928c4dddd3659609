/**
 * @module link/normalise
 * The one name normalisation every comparison uses (spec/facts.md): lower case, letters and digits
 * only, a leading "the" dropped. Input: any string. Output: a key, possibly empty.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/^\s*the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
