/**
 * @module clean/html-extent
 * Where an element ends in HTML source, as htmlparser2 (the parser linkedom uses) would close it: at its
 * own end tag, at an end tag of an element it contains that closes it too, or at a start tag that
 * implies its end (`<li>` ends an open `<li>`). Input: the source, a global tag pattern and the
 * element's name, with the pattern positioned after its start tag. Output: the offset where the element
 * ends, or -1 when that cannot be told from the element's own content (an end tag of an element
 * opened before it, raw text, nesting past a bound, the end of the source). Invariants: only tags
 * after the start are read, once each; bounded nesting keeps it linear on hostile input.
 */

/** Elements with no content and no end tag. */
const VOID = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);

/** Elements whose content the tokenizer reads as text, tags included. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "plaintext"]);

const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
/** Start tags that close the open element on top of the stack when it has one of these names. */
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...["select", "input", "output", "button", "datalist", "textarea"].map(
    (name) => [name, new Set(FORM)] as const,
  ),
  ...(
    "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer " +
    "form header hr main nav ol pre section table ul"
  )
    .split(" ")
    .map((name) => [name, new Set(["p"])] as const),
]);

/** Deeper nesting inside one element is left to the DOM. */
const MAX_DEPTH = 256;

/** Whether an element of this name can be measured here (it has content the tokenizer reads as markup). */
export function hasMarkupContent(name: string): boolean {
  return !VOID.has(name) && !RAW_TEXT.has(name);
}

/**
 * @param tags a global pattern whose first group is an end tag's name and second a start tag's name,
 *   with `lastIndex` just after the element's start tag; it is left where reading stopped.
 * @param onTag sees every tag read inside the element, in order.
 */
export function elementEnd(
  source: string,
  tags: RegExp,
  name: string,
  onTag: (tag: RegExpExecArray) => void = () => {},
): number {
  const open = [name];
  for (let m = tags.exec(source); m; m = tags.exec(source)) {
    const start = m[2]?.toLowerCase();
    const end = m[1]?.toLowerCase();
    if (start) {
      if (RAW_TEXT.has(start)) return -1;
      const closes = CLOSED_BY.get(start);
      while (closes && open.length > 0 && closes.has(open[open.length - 1] ?? "")) open.pop();
      if (open.length === 0) return m.index;
      if (!VOID.has(start) && open.push(start) > MAX_DEPTH) return -1;
    } else if (end && !VOID.has(end)) {
      const at = open.lastIndexOf(end);
      // An end tag for nothing opened inside: it may close an ancestor, and this element with it.
      if (at < 0) return -1;
      open.length = at;
      if (at === 0) return m.index + m[0].length;
    }
    onTag(m);
  }
  // exec() rewinds a global pattern when it finds nothing; reading must not start over.
  tags.lastIndex = source.length;
  return -1;
}
