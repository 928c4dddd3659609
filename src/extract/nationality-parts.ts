/**
 * @module extract/nationality-parts
 * The parts of an arrest count stated in one sentence: by nationality ("48 Chinese nationals", "one
 * German, one Israeli, and two Bulgarian nationals", "a Russian national") and by sex within a
 * nationality ("44 Chinese men and four Chinese women").
 */
import type { Span } from "../contracts.ts";
import type { Sentence } from "./analyse.ts";
import { matchesIn } from "./context.ts";
import { ANY_CASE_NUMBER, NUMBER, parseNumber } from "./number-words.ts";

export interface PartDraft {
  readonly key: string;
  readonly dimension: "nationality" | "sex";
  readonly value: number;
  readonly span: Span;
  readonly sex?: "male" | "female";
}

export const DEMONYM = String.raw`[A-Z][\w-]+(?: [A-Z][\w-]+)?`;
const PEOPLE_NOUN = String.raw`(?:nationals|citizens|people|suspects|individuals|men|women|males|females|others)`;

/** "One German, one Israeli, and two Bulgarian nationals": several counts sharing one noun. */
function listParts(sentence: Sentence, demonyms: ReadonlyMap<string, string>): PartDraft[] {
  const item = String.raw`(${ANY_CASE_NUMBER}) (${DEMONYM})`;
  const list = new RegExp(String.raw`\b${item}(?:,? (?:and )?${item})+ ${PEOPLE_NOUN}\b`, "g");
  const parts: PartDraft[] = [];
  for (const { match, span } of matchesIn(list, sentence)) {
    const items = new RegExp(String.raw`${item}`, "g");
    for (let m = items.exec(match[0]); m; m = items.exec(match[0])) {
      const code = demonyms.get(m[2] ?? "");
      const value = parseNumber(m[1] ?? "");
      if (code && value !== null) parts.push({ key: code, dimension: "nationality", value, span });
    }
  }
  return parts;
}

/** "A Russian national … was arrested": one person of a stated nationality. */
const ONE_NATIONAL = new RegExp(
  String.raw`\b[Aa]n? (?:\d{1,3}-year-old )?(${DEMONYM}) (?:national|citizen|man|woman)\b`,
  "g",
);

/** "48 Chinese nationals", "44 Chinese men and four Chinese women", "Pakistani citizens … 76 men and two women". */
export function nationalityParts(sentence: Sentence, demonyms: ReadonlyMap<string, string>): PartDraft[] {
  const parts: PartDraft[] = listParts(sentence, demonyms);
  for (const { match, span } of matchesIn(ONE_NATIONAL, sentence)) {
    const code = demonyms.get(match[1] ?? "");
    if (code) parts.push({ key: code, dimension: "nationality", value: 1, span });
  }
  const direct = new RegExp(
    String.raw`\b(${NUMBER}) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) (nationals|citizens|people|suspects|individuals|men|women|males|females|others)\b`,
    "g",
  );
  const listed = new Set(parts.map((p) => p.key));
  const mentioned: string[] = [...listed];
  for (const { match, span } of matchesIn(direct, sentence)) {
    const code = demonyms.get(match[2] ?? "");
    const value = parseNumber(match[1] ?? "");
    if (!code || value === null || listed.has(code)) continue;
    const noun = match[3] ?? "";
    const sex = /^(?:men|males)$/.test(noun)
      ? "male"
      : /^(?:women|females)$/.test(noun)
        ? "female"
        : undefined;
    parts.push({ key: code, dimension: sex ? "sex" : "nationality", value, span, ...(sex ? { sex } : {}) });
    mentioned.push(code);
  }
  // "<Demonym> citizens made up the bulk…, with 76 men and two women detained": the sexes of one nationality.
  const group = new RegExp(
    String.raw`\b([A-Z][\w-]+) (?:nationals|citizens)\b[^.;]{0,80}?\b(${NUMBER}) (men|males)\b(?: and (${NUMBER}) (women|females))?`,
    "g",
  );
  for (const { match, span } of matchesIn(group, sentence)) {
    const code = demonyms.get(match[1] ?? "");
    if (!code || mentioned.includes(code)) continue;
    const men = parseNumber(match[2] ?? "");
    const women = match[4] ? parseNumber(match[4]) : null;
    if (men !== null) parts.push({ key: code, dimension: "sex", value: men, span, sex: "male" });
    if (women !== null) parts.push({ key: code, dimension: "sex", value: women, span, sex: "female" });
  }
  return parts;
}
