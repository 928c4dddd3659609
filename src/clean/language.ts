/**
 * @module clean/language
 * The language of an article's text, by franc-min's trigram models (82 languages), as a BCP 47
 * primary tag ("en", "de"; a three-letter code where ISO 639-1 has none). Input: the cleaned text and
 * the language the page declared (`<html lang>`), if any. Output: a tag or null, and whether the text
 * contradicts the declaration. Invariants: only the first 700 characters are read, so the cost
 * is bounded; text too short to tell keeps the declared language; a declaration the text agrees with is
 * kept as given ("en-GB").
 */
import { franc } from "franc-min";

/** Enough text for franc to be reliable, and no more than it needs. */
const MIN_CHARS = 120;
const MAX_CHARS = 700;

/** franc's ISO 639-3 codes → ISO 639-1 where one exists (individual languages to their macrolanguage). */
const TWO_LETTER: Readonly<Record<string, string>> = {
  spa: "es",
  eng: "en",
  por: "pt",
  ind: "id",
  fra: "fr",
  deu: "de",
  jav: "jv",
  vie: "vi",
  ita: "it",
  tur: "tr",
  pol: "pl",
  swh: "sw",
  sun: "su",
  ron: "ro",
  hau: "ha",
  bos: "bs",
  hrv: "hr",
  nld: "nl",
  srp: "sr",
  yor: "yo",
  uzn: "uz",
  zlm: "ms",
  ibo: "ig",
  tgl: "tl",
  hun: "hu",
  azj: "az",
  ces: "cs",
  run: "rn",
  plt: "mg",
  nya: "ny",
  kin: "rw",
  zul: "zu",
  swe: "sv",
  lin: "ln",
  som: "so",
  rus: "ru",
  ukr: "uk",
  bel: "be",
  bul: "bg",
  kaz: "kk",
  arb: "ar",
  urd: "ur",
  pes: "fa",
  pbu: "ps",
  hin: "hi",
  mar: "mr",
  npi: "ne",
  cmn: "zh",
  ben: "bn",
  jpn: "ja",
  kor: "ko",
  tel: "te",
  tam: "ta",
  guj: "gu",
  kan: "kn",
  mal: "ml",
  mya: "my",
  pan: "pa",
  amh: "am",
  tha: "th",
  sin: "si",
  ell: "el",
  heb: "he",
  hye: "hy",
  kat: "ka",
};

export interface DetectedLanguage {
  readonly language: string | null;
  /** True when the page declared one language and its text reads as another. */
  readonly contradictsDeclared: boolean;
}

/** Function words no other language franc knows uses this often (not "in", "is", "on", "die"). */
const ENGLISH_WORDS = new Set(
  "the|and|of|to|that|with|was|were|has|have|had|by|from|which|said|this|been|are|for|their|they|would|will|its|these|who|about|after|into|than|could|should|there|when|what".split(
    "|",
  ),
);

/**
 * Text in which English function words make up an eighth of the words, "the" twice among them, is English:
 * franc's trigram comparison against 82 languages (most of the cleaner's time) is spared for it.
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return false;
  let english = 0;
  let the = 0;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) english++;
    if (word === "the") the++;
  }
  return the >= 2 && english >= 0.13 * words.length;
}

const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? "";

/**
 * @example detectLanguage("Police in Lyon arrested two men…", "en-GB") // { language: "en-GB", … }
 */
export function detectLanguage(text: string, declared: string | null): DetectedLanguage {
  const sample = text.slice(0, MAX_CHARS);
  const code =
    sample.replace(/\s+/g, " ").trim().length < MIN_CHARS
      ? "und"
      : plainlyEnglish(sample)
        ? "eng"
        : franc(sample);
  const detected = code === "und" ? null : (TWO_LETTER[code] ?? code);
  const declaredTag =
    declared && /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(declared.trim()) ? declared.trim() : null;
  if (detected === null) return { language: declaredTag, contradictsDeclared: false };
  if (declaredTag === null || primary(declaredTag) === detected)
    return { language: declaredTag ?? detected, contradictsDeclared: false };
  return { language: detected, contradictsDeclared: true };
}
