/**
 * @module extract/prefilter
 * Literal prefilters for large regexes, derived from their syntax tree: the set of lower-case strings
 * at least one of which every match must contain. A sentence holding none of them cannot match, so the
 * regex is never run on it. This is how RE2 and Hyperscan skip text; here the literals are read off the
 * pattern by @eslint-community/regexpp, so a trigger edited in one place needs no second list.
 * Invariants: the set is sound (never a false "cannot match") for the patterns it accepts; a pattern
 * part it cannot bound (a class of many letters, a back-reference, an optional part) gives no literal,
 * and a pattern with no required literal gives `null`, meaning "always run the regex".
 */
import { RegExpParser, type AST } from "@eslint-community/regexpp";

/** Beyond this many strings, a finite set of exact matches is treated as unbounded. */
const MAX_EXACT = 64;

/**
 * What a piece of pattern can match: `exact`, every string it can match (lower case), when few;
 * `required`, strings one of which every match contains; null where unknown.
 */
interface Literals {
  readonly exact: ReadonlySet<string> | null;
  readonly required: ReadonlySet<string> | null;
}

const EMPTY: Literals = { exact: new Set([""]), required: null };
const UNBOUNDED: Literals = { exact: null, required: null };

/** Literals this long are about equally rare; among them the smaller set is the better filter. */
const SELECTIVE = 8;

/** The shortest string of a set: the weakest filter it makes. */
function shortest(set: ReadonlySet<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** A required set is only useful when none of its strings is empty. */
function usable(set: ReadonlySet<string> | null): ReadonlySet<string> | null {
  return set && set.size > 0 && shortest(set) > 0 ? set : null;
}

/** The better of two required sets: the one whose shortest string is longer, then the smaller one. */
function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(shortest(a), SELECTIVE);
  const lb = Math.min(shortest(b), SELECTIVE);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(sets: readonly (ReadonlySet<string> | null)[]): Set<string> | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set) return null;
    for (const s of set) out.add(s);
  }
  return out;
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Literals {
  const parts = alternatives.map(ofSequence);
  const exact = union(parts.map((p) => p.exact));
  return {
    exact: exact && exact.size <= MAX_EXACT ? exact : null,
    required: usable(union(parts.map((p) => usable(p.required) ?? usable(p.exact)))),
  };
}

/** A sequence: exact strings multiply along runs of bounded parts; the best run or part is required. */
function ofSequence(alternative: AST.Alternative): Literals {
  let required: ReadonlySet<string> | null = null;
  let run: ReadonlySet<string> | null = new Set([""]);
  let whole: ReadonlySet<string> | null = new Set([""]);
  for (const element of alternative.elements) {
    const part = ofElement(element);
    required = better(required, usable(part.required));
    const joined: ReadonlySet<string> | null = run && part.exact ? product(run, part.exact) : null;
    whole = whole && part.exact ? product(whole, part.exact) : null;
    if (joined) run = joined;
    else {
      required = better(required, usable(run));
      run = part.exact ?? new Set([""]);
    }
  }
  required = better(required, usable(run));
  return { exact: whole, required };
}

function ofElement(element: AST.Element): Literals {
  switch (element.type) {
    case "Character":
      return { exact: new Set([String.fromCodePoint(element.value).toLowerCase()]), required: null };
    case "CharacterClass": {
      if (element.negate) return UNBOUNDED;
      const chars = new Set<string>();
      for (const member of element.elements) {
        if (member.type !== "Character") return UNBOUNDED;
        chars.add(String.fromCodePoint(member.value).toLowerCase());
      }
      return chars.size <= 4 ? { exact: chars, required: null } : UNBOUNDED;
    }
    case "Group":
    case "CapturingGroup":
      return ofAlternatives(element.alternatives);
    case "Quantifier": {
      const inner = ofElement(element.element);
      if (element.min === 0) return element.max === 1 && inner.exact ? optional(inner.exact) : UNBOUNDED;
      if (element.min === 1 && element.max === 1) return inner;
      return { exact: null, required: usable(inner.required) ?? usable(inner.exact) };
    }
    case "Assertion":
      return EMPTY;
    case "Backreference":
    case "CharacterSet":
    case "ExpressionCharacterClass":
      return UNBOUNDED;
  }
}

/** `x?`: the empty string or x; it adds nothing required. */
function optional(exact: ReadonlySet<string>): Literals {
  return { exact: new Set(["", ...exact]), required: null };
}

/**
 * The lower-case strings one of which every match of `re` contains, or null when the pattern has no
 * such set (then a prefilter cannot skip anything).
 * @example requiredLiterals(/\barrest(?:ed|s)?\b|\bdetain/) // → Set { "arrest", "detain" }
 */
export function requiredLiterals(re: RegExp): ReadonlySet<string> | null {
  const pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(re.source, 0, re.source.length, {
    unicode: re.unicode,
    unicodeSets: re.flags.includes("v"),
  });
  const literals = ofAlternatives(pattern.alternatives);
  const set = usable(literals.required) ?? usable(literals.exact);
  return set && minimal(set);
}

/** Drops each literal that holds another: a text holding "arrested" holds "arrest". */
function minimal(set: ReadonlySet<string>): ReadonlySet<string> {
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of sorted) if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  return new Set(kept);
}

/** Characters the sieve's class map covers directly; others go through a map of the literals' own. */
const ASCII = 128;

/**
 * Which of several regexes may match a text, from one pass over it: an Aho-Corasick automaton over
 * every regex's required literals, compiled to a dense table with letters folded to lower case, so a
 * sentence costs one table step per character however many regexes there are. Up to 32 regexes; one
 * without required literals is always reported.
 */
export class LiteralSieve<K> {
  readonly keys: readonly K[];
  /** Keys reported for every text: their regexes have no required literal. */
  private readonly always: number;
  /** The mask with every key's bit set, as a 32-bit integer: once a text reaches it, the rest changes nothing. */
  private readonly everyKey: number;
  /** The class of each ASCII character; class 0 is every character no literal uses. */
  private readonly classOf = new Uint8Array(ASCII);
  private readonly wideClass = new Map<number, number>();
  /**
   * The automaton, one row per state: the row offset of the next state for each class, then the mask
   * of keys whose literal ends there. A state is its row's offset, so a step is two reads.
   */
  private readonly table: Uint32Array;
  private readonly width: number;

  constructor(regexes: ReadonlyMap<K, RegExp>) {
    this.keys = [...regexes.keys()];
    if (this.keys.length > 32) throw new Error("LiteralSieve takes at most 32 regexes");
    const literals = [...regexes.values()].map(requiredLiterals);
    this.always = literals.reduce((mask, set, i) => (set ? mask : mask | (1 << i)), 0) >>> 0;
    this.everyKey = this.keys.length === 32 ? -1 : (1 << this.keys.length) - 1;
    let classes = 1;
    for (const set of literals)
      for (const literal of set ?? [])
        for (let k = 0; k < literal.length; k++) {
          const code = literal.charCodeAt(k);
          if (code < ASCII && this.classOf[code] === 0) this.classOf[code] = classes++;
          else if (code >= ASCII && !this.wideClass.has(code)) this.wideClass.set(code, classes++);
        }
    if (classes > 255) throw new Error("LiteralSieve: the literals use too many characters");
    for (let upper = 65; upper <= 90; upper++) this.classOf[upper] = this.classOf[upper + 32] ?? 0;
    const { goto, masks } = this.trie(literals);
    this.width = classes + 1;
    this.table = this.compile(goto, masks, classes);
  }

  private classAt(code: number): number {
    if (code < ASCII) return this.classOf[code] ?? 0;
    return (
      this.wideClass.get(code) ??
      this.wideClass.get(String.fromCharCode(code).toLowerCase().charCodeAt(0)) ??
      0
    );
  }

  /** The literals' trie: each state's moves by class, and the keys whose literal ends there. */
  private trie(literals: readonly (ReadonlySet<string> | null)[]) {
    const goto: Map<number, number>[] = [new Map<number, number>()];
    const masks: number[] = [0];
    literals.forEach((set, key) => {
      for (const literal of set ?? []) {
        let state = 0;
        for (let k = 0; k < literal.length; k++) {
          const c = this.classAt(literal.charCodeAt(k));
          let to = goto[state]?.get(c);
          if (to === undefined) {
            to = goto.length;
            goto.push(new Map<number, number>());
            masks.push(0);
            goto[state]?.set(c, to);
          }
          state = to;
        }
        masks[state] = ((masks[state] ?? 0) | (1 << key)) >>> 0;
      }
    });
    return { goto, masks };
  }

  /** Failure links breadth first, folded into a dense table of row offsets (Aho-Corasick's DFA). */
  private compile(goto: readonly Map<number, number>[], masks: number[], classes: number): Uint32Array {
    const width = classes + 1;
    const table = new Uint32Array(goto.length * width);
    const fail = new Uint32Array(goto.length);
    const queue: number[] = [];
    for (const [c, to] of goto[0] ?? []) {
      table[c] = to * width;
      queue.push(to);
    }
    table[classes] = masks[0] ?? 0;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const failRow = (fail[state] ?? 0) * width;
      const row = state * width;
      table[row + classes] = ((masks[state] ?? 0) | (table[failRow + classes] ?? 0)) >>> 0;
      for (let c = 0; c < classes; c++) {
        const to = goto[state]?.get(c);
        if (to === undefined) table[row + c] = table[failRow + c] ?? 0;
        else {
          table[row + c] = to * width;
          fail[to] = (table[failRow + c] ?? 0) / width;
          queue.push(to);
        }
      }
    }
    return table;
  }

  /**
   * Bit i is set when `keys[i]`'s regex may match `text`. The pass stops once every key is reported: a
   * single pattern's sieve (`prefiltered`) then stops at the first literal it finds.
   */
  scan(text: string): number {
    const { classOf, table, width, everyKey } = this;
    const outputAt = width - 1;
    let mask = this.always | 0;
    let row = 0;
    for (let k = 0; k < text.length && mask !== everyKey; k++) {
      const code = text.charCodeAt(k);
      row = table[row + (code < ASCII ? (classOf[code] ?? 0) : this.classAt(code))] ?? 0;
      mask |= table[row + outputAt] ?? 0;
    }
    return mask >>> 0;
  }
}
