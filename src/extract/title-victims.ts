/**
 * @module extract/title-victims
 * The company a title names as the victim of an attack or a breach ("McMenamins Data Breach Affects
 * 12 Years of Employee Info", "Customer services firm Atento hit by cyberattack"), read by names.ts
 * when the body writes the name too. Titles otherwise give only names the body or a lexicon vouches for.
 */
import type { Span } from "../contracts.ts";
import { writtenInLowerCase, type ExtractionContext } from "./context.ts";
import { surface, type Chunk } from "./name-chunks.ts";
import { isPersonTitle, startsWithFirstName } from "./name-kinds.ts";
import { wholeWordsAt } from "./words.ts";

/** After a title's victim: "X hit by ransomware", "X discloses data breach", "X Data Breach Affects …". */
const VICTIM_AFTER =
  /^\s*(?:(?:was|is|has been|gets?|got)\s+)?(?:hit|struck|crippled|disrupted|hacked|breached|extorted)\b|^\s*(?:discloses|confirms|reports|suffers|notifies|admits)\b[^.]{0,40}\b(?:breach|attack|hack|ransomware|incident|intrusion)|^\s*(?:['’]s\s+)?(?:[Dd]ata\s+)?(?:[Bb]reach|[Hh]ack|[Cc]yberattack|[Rr]ansomware [Aa]ttack)\b/;
/** Before a title's victim: "Ransomware attack on X", "Conti ransomware hits X". */
const VICTIM_BEFORE =
  /\b(?:attack|breach|hack|ransomware|cyberattack|incident)\s+(?:on|at|against)\s+(?:the\s+)?$|\b(?:ransomware|attack|cyberattack|breach|hackers?|gang)\s+(?:hits|breaches|hacks|cripples|disrupts)\s+$/i;

/** Words for those who attack, which a title may set where its victim would stand. */
const ATTACKER_WORD =
  /^(?:Hackers?|Attackers?|Scammers?|Fraudsters?|(?:Cyber-?)?[Cc]riminals?|Crooks|Thieves|Gangs?|Spies|Operators)$/;

/** Two names that open or end with the same word: "Inetum" and "Inetum Group", "Renner" and "Lojas Renner". */
export function sharesEdgeWord(a: string, b: string): boolean {
  const [x, y] = [a.split(" "), b.split(" ")];
  return x[0] === y[0] || x.at(-1) === y.at(-1);
}

/**
 * A name of one to three words the title gives as the victim of an attack or a breach, that the body
 * also writes: the company hit ("McMenamins Data Breach Affects 12 Years of Employee Info"). Not a
 * person's name, a public body's, a common word or part of a longer name; in a Title Case title, the
 * words before "Data Breach" and the like. names.ts then leaves out places, products and names it
 * has already read.
 */
export function titleVictim(
  ctx: ExtractionContext,
  titleChunk: Chunk,
): { name: string; span: Span; first: string } | null {
  const chunk = victimPart(titleChunk);
  const name = surface(ctx, chunk.words);
  const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
  if (
    chunk.words.length === 0 ||
    chunk.words.length > 3 ||
    chunk.words.some((w) => /^(?:and|&|or)$/.test(w.text) || isPersonTitle(w)) ||
    // "Bernalillo County", "City of Tulsa": a public body's, not a company's.
    /^(?:County|City|State|Province|District|Government|Council)$/.test(chunk.words.at(-1)?.text ?? "") ||
    startsWithFirstName(chunk.words) ||
    // "Hackers breach startup": who attacks, never the one attacked.
    ATTACKER_WORD.test(chunk.words[0]?.text ?? "") ||
    writtenInLowerCase(ctx, name) ||
    // "Just Dance", "Pro Wrestling Tees": a capitalised word before the chunk is part of the name.
    /^\p{Lu}/u.test(chunk.before.at(-1)?.text ?? "")
  )
    return null;
  const after = ctx.text.slice(span[1], span[1] + 60);
  const before = ctx.text.slice(Math.max(ctx.titleSpan[0], span[0] - 40), span[0]);
  if (!VICTIM_AFTER.test(after) && !VICTIM_BEFORE.test(before)) return null;
  return wholeWordsAt(ctx.text.slice(ctx.titleSpan[1]), name).next().done
    ? null
    : { name, span, first: chunk.words[0]?.text ?? "" };
}

/** In a Title Case title, the words before "Data Breach", "Breach", "Hack", "Cyberattack" or "Ransomware Attack". */
function victimPart(chunk: Chunk): Chunk {
  const at = chunk.words.findIndex(
    (w, k) =>
      k > 0 &&
      (/^(?:Breach|Hack|Cyberattack|Cyber-attack)$/.test(w.text) ||
        (/^(?:Data|Ransomware|Cyber)$/.test(w.text) &&
          /^(?:Breach|Attack|Leak)$/.test(chunk.words[k + 1]?.text ?? ""))),
  );
  return at > 0
    ? { ...chunk, words: chunk.words.slice(0, at), after: [...chunk.words.slice(at), ...chunk.after] }
    : chunk;
}
