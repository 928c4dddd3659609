/**
 * @module extract/company-forms
 * One company by its short and full forms: "NSO" and "NSO Group", "Cisco" and "Cisco Systems",
 * "Kroger" and "Kroger Co.", a unit with and without its owner ("Cisco Talos" and "Talos"), and
 * Facebook by its owner's new name, Meta. An article names a company
 * in full once and short after that (or the reverse); the fact sheet lists it once, with both names.
 */
import { normaliseName } from "../link/normalise.ts";
import type { EntityTable } from "./entities.ts";
import { isKnownOrg } from "./lexicon/institutions.ts";

/**
 * Words a company's full name adds to its short one: legal forms and the generic nouns companies take
 * ("Technologies", "Networks", "Labs"). Not "Security": "IBM Security" is often a unit of its own.
 */
const FORM_SUFFIX =
  /^(.+?),? (?:Group|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|LLC|L\.L\.C\.|Holdings|Co\.?|Company|Technologies|Technology|Networks|Software|Systems|Labs|Platforms|Web Services|plc|PLC|AG|GmbH|S\.A\.|SA|N\.V\.|News Agency|News)$/;

/** Names of one company that share no words: an owner renamed ("Meta", once Facebook Inc.). */
const SAME_COMPANY: readonly (readonly string[])[] = [["Facebook", "Meta", "Meta Platforms"]];

/** Merges each organisation named by a short and a full form into the one the article names first. */
export function mergeCompanyForms(table: EntityTable): void {
  const keyOfName = new Map<string, string>();
  const firstAt = (key: string) =>
    table.get(key)?.mentions.reduce((a, m) => Math.min(a, m.span[0]), Infinity) ?? Infinity;
  const keys = table.keys("organization").sort((a, b) => firstAt(a) - firstAt(b));
  for (const key of keys) {
    const entity = table.get(key);
    if (!entity) continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const normal = normaliseName(name);
      if (!keyOfName.has(normal)) keyOfName.set(normal, key);
    }
  }
  // "Cisco Talos" and "Talos", "Qihoo 360 Netlab" and "Netlab": a unit named with and without its
  // owner, a known company or one the article names.
  const unitOf = (name: string): string[] => {
    const words = name.split(" ");
    for (let k = 1; k < words.length; k++) {
      const owner = words.slice(0, k).join(" ");
      if (isKnownOrg(owner) || keyOfName.has(normaliseName(owner))) return [words.slice(k).join(" ")];
    }
    return [];
  };
  // "Abnormal Security" and "Abnormal's report", "Redmarsh Intelligence" and "Redmarsh senior researcher
  // …": a security firm's short name, where the short name is no company of its own that the firm could
  // be a unit of ("IBM Security").
  const securityShort = (name: string) => {
    const short = / (?:Security|Intelligence)$/.exec(name) ? name.slice(0, name.lastIndexOf(" ")) : undefined;
    return short && !short.includes(" ") && !isKnownOrg(short) ? short : undefined;
  };
  const sameAs = (name: string): string[] => {
    const short = FORM_SUFFIX.exec(name)?.[1] ?? securityShort(name);
    const group = SAME_COMPANY.find((names) => names.includes(name)) ?? [];
    return [...(short ? [short] : []), ...group.filter((other) => other !== name), ...unitOf(name)];
  };
  for (const key of keys) {
    const entity = table.get(key);
    if (!entity) continue;
    for (const other of [entity.name, ...entity.aliases].flatMap(sameAs)) {
      const into = keyOfName.get(normaliseName(other));
      if (!into || into === key || !table.get(into)) continue;
      const [kept, folded] = firstAt(into) <= firstAt(key) ? [into, key] : [key, into];
      table.merge(folded, kept);
      for (const [name, owner] of keyOfName) if (owner === folded) keyOfName.set(name, kept);
      break;
    }
  }
}
