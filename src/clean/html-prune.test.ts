import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { elementEnd } from "./html-extent.ts";
import { cutFurniture, removeFurniture } from "./html-prune.ts";

/** The page as the DOM pass leaves it. */
function pruned(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const body = document.querySelector("body");
  if (body) removeFurniture(body);
  return document.documentElement.outerHTML;
}

const TAGS = /<\/([a-zA-Z][\w:-]*)[^>]*>|<([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g;

function endOf(html: string, name: string): number {
  const tags = new RegExp(TAGS.source, "g");
  tags.lastIndex = html.indexOf(">") + 1;
  return elementEnd(html, tags, name);
}

describe("elementEnd", () => {
  it("finds the end tag, an implied end, or gives up when the end is not the element's own", () => {
    expect(endOf("<nav><div><nav></nav></div></nav>tail", "nav")).toBe(
      "<nav><div><nav></nav></div></nav>".length,
    );
    expect(endOf("<li role=menu>a<b>b</b><li>next", "li")).toBe("<li role=menu>a<b>b</b>".length);
    expect(endOf("<div hidden><p>a<div>b</div></div>x", "div")).toBe(
      "<div hidden><p>a<div>b</div></div>".length,
    );
    expect(endOf("<div hidden><span>a</section></div>", "div")).toBe(-1);
    expect(endOf("<div hidden><textarea><div></textarea></div>", "div")).toBe(-1);
    expect(endOf(`<div hidden>${"<div>".repeat(300)}`, "div")).toBe(-1);
    expect(endOf("<aside>never closed", "aside")).toBe(-1);
  });
});

describe("cutFurniture", () => {
  it.each([
    ["a nav inside a paragraph, which the nav closes", "<p>intro<nav><a>Home</a></nav>more</p><p>next</p>"],
    ["nested furniture", "<div role=navigation><aside><p>x</p></aside><div hidden>y</div></div><p>kept</p>"],
    ["an implied end", "<ul><li role=menu><a>Menu</a><li>item two</ul>"],
    ["a stray end tag", "<div hidden><span>a</b></span></div><p>after</p>"],
    ["an end tag of an ancestor", "<section><div aria-hidden=true><p>gone</section><p>outside</p>"],
    [
      "self-closing syntax, an open tag in HTML",
      "<div hidden/><p>inside the hidden div</p></div><p>after</p>",
    ],
    ["an unclosed element", "<p>text</p><footer><p>to the end"],
    ["duplicate attributes, the first counting", '<div role="main" role="navigation"><p>main text</p></div>'],
  ])("leaves the tree the DOM pass leaves: %s", (_name, html) => {
    expect(pruned(cutFurniture(html))).toBe(pruned(html));
  });

  it("stays linear on furniture that never ends", () => {
    for (const unit of ["<nav><div>", "<footer>x", "<div hidden><span></b>", "<aside>".repeat(300)]) {
      const hostile = `<p>text</p>${unit.repeat(Math.ceil(200_000 / unit.length))}`;
      const started = Date.now();
      expect(cutFurniture(hostile)).toContain("<p>text</p>");
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it("keeps the metadata and original-source links furniture holds", () => {
    const cut = cutFurniture(
      '<footer><meta itemprop="datePublished" content="2024-05-02"><p>Copyright</p></footer>' +
        '<aside><a href="https://origin.example/">Click Here For The Original Source</a></aside>',
    );
    expect(cut).toContain('<meta itemprop="datePublished" content="2024-05-02">');
    expect(cut).not.toContain("Copyright");
    expect(cut).toContain("https://origin.example/");
  });
});
