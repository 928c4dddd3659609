/**
 * @module extract/number-words
 * Counts as news writes them: digits with thousands separators, number words ("eight", "twenty-
 * three", "a dozen", "a hundred") and a pattern matching any of them, capitalised or not.
 */
const SMALL = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL.slice(1).join("|")}|a dozen|two dozen|three dozen)`;

/** NUMBER with its words also capitalised, for counts that open a sentence ("One German, one Israeli…"). */
export const ANY_CASE_NUMBER = NUMBER.replace(
  /\b([a-z])([a-z]+)\b/g,
  (_, a: string, rest: string) => `[${a}${a.toUpperCase()}]${rest}`,
);

export function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/,/g, "");
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "a dozen") return 12;
  if (text === "two dozen") return 24;
  if (text === "three dozen") return 36;
  if (text === "a hundred") return 100;
  if (text === "a thousand") return 1000;
  const small = SMALL.indexOf(text);
  if (small >= 0) return small;
  const [tens, unit] = text.split("-");
  const base = TENS[tens ?? ""];
  if (base !== undefined) return base + (unit ? Math.max(0, SMALL.indexOf(unit)) : 0);
  return null;
}
