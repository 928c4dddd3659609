import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article, Outcome, RawDocument, SourceFormat } from "../contracts.ts";
import { cleanDocument } from "./index.ts";

const shared = resolve(import.meta.dirname, "../../../shared");
const seedPath = resolve(shared, "corpus/seed/faisalabad-nccia-raid.txt");
const utf8 = (text: string) => new TextEncoder().encode(text);
const doc = (
  text: string | Uint8Array,
  format: SourceFormat,
  uri = `mem://article.${format}`,
): RawDocument => ({
  uri,
  bytes: typeof text === "string" ? utf8(text) : text,
  format,
});
function ok(outcome: Outcome<Article>): Article {
  if (outcome.status !== "ok") throw new Error(`expected ok, got ${outcome.status}: ${outcome.reason}`);
  return outcome.value;
}

const CORPUS_LAYOUT = `# Police in Lagos arrest 12 over crypto scam
### A short summary of the story.

## Information:
+ Source: Example Wire
+ Link: [article](https://news.example/lagos-crypto-scam/)
+ Date: 2022-03-14T09:30:00-05:00
+ Author: Ada Writer


## Article:
Unknown

![Article Image](https://img.example/lagos.jpg)

Police in [Lagos](https://news.example/tag/lagos) arrested **12 suspects** on Monday.

Related reading
---------------

The suspects allegedly ran a *fake* investment site.

#### Tags:
[[Nigeria]] [[Scam]]
#### ipv4-adresses
203.0.113.9
`;

describe("cleanDocument", () => {
  it.skipIf(!existsSync(seedPath))(
    "strips the seed's title hashtags and syndication footer, keeping every sentence",
    () => {
      const article = ok(cleanDocument(doc(readFileSync(seedPath), "text", seedPath)));
      expect(article.title).toBe("Pakistani Authorities Bust Major Cybercrime Ring in Faisalabad");
      expect(article.text).not.toMatch(/Source link|Click Here|National Cyber Security|FREE|#infosec/);
      expect(article.text).toContain(
        "Authorities say the investigation is ongoing and further developments are expected.",
      );
      expect(article.slug).toBe("faisalabad-nccia-raid");
      expect(article.published).toBeNull();
      expect(article.messages.some((m) => m.code === "boilerplate")).toBe(true);
    },
  );

  it("reads the news-corpus Markdown layout: metadata, links to text, no trailing tag sections", () => {
    const article = ok(cleanDocument(doc(CORPUS_LAYOUT, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.title).toBe("Police in Lagos arrest 12 over crypto scam");
    expect(article.sourceUrl).toBe("https://news.example/lagos-crypto-scam/");
    expect(article.published).toBe("2022-03-14T09:30:00-05:00");
    expect(article.author).toBe("Ada Writer");
    expect(article.outlet).toBe("Example Wire");
    expect(article.text).toContain("Police in Lagos arrested 12 suspects on Monday.");
    expect(article.text).toContain("The suspects allegedly ran a fake investment site.");
    expect(article.text).not.toMatch(/Unknown|Article Image|\[\[|203\.0\.113\.9|Tags/);
    expect(article.text.slice(...article.titleSpan)).toBe(article.title);
  });

  it("keeps the text typed on the line after an image and its credit, and drops the credit", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "![Portal](https://news.example/portal.jpg)Image: Example Wire\nThe raid was led by officers from the state of Ogun.\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).toContain("The raid was led by officers from the state of Ogun.");
    expect(article.text).not.toContain("Image: Example Wire");
  });

  it("drops an image or link whose address holds brackets ('greet(1).png') whole, and keeps its caption", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "![Post on the forum](https://img.example/posts/greet(1).png)**Post on the forum**\n\nSee [the notice](https://police.example/notice_(2021)) for more.\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).not.toMatch(/png|\(1\)|2021\)/);
    expect(article.text).toContain("Post on the forum");
    expect(article.text).toContain("See the notice for more.");
  });

  it("gives back the space a link glued to the next word lost, but not to a lower-case ending", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      '"They ran it like a business," [said](https://police.example/release)Ada Okoro, a detective. Two [Ryuk](https://wiki.example/ryuk)s were seen.\n\nThe suspects allegedly ran',
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).toContain('business," said Ada Okoro, a detective.');
    expect(article.text).toContain("Two Ryuks were seen.");
  });

  it("joins a sentence the page broke over two paragraphs, but not a heading nor a paragraph that ended", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "Using the app could let criminals read messages or install\n\n\ntracking tools, spyware, or other malware, the agency said.\n\n### How the scheme worked\n\nmoney was moved through mule accounts.\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).toContain("read messages or install tracking tools, spyware, or other malware,");
    expect(article.text).toContain("How the scheme worked\n\nmoney was moved");
  });

  it("drops a source credit typed right above a paragraph, and teaser lines pointing to other stories", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "![Seller panel](https://news.example/panel.jpg)**The seller panel in March**\n*Source: Harbour Intel*\nBuyers paid in bitcoin for each log.\n\n**SEE:** [**Why phishing still works**](https://news.example/phishing/)\n\nMust read: Ten tips for a safer router\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).toContain("Buyers paid in bitcoin for each log.");
    expect(article.text).not.toMatch(/Harbour Intel|Why phishing still works|Ten tips/);
  });

  it("drops a related-coverage list of linked headlines wherever it stands, not a list of linked victims", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "Earlier victims of the gang include:\n\n* [A shipping firm in Rotterdam](https://news.example/rotterdam/)\n* [The water board of Zeeland](https://news.example/zeeland/)\n\n**MORE ON CYBERSECURITY**\n\n* [**Hackers used this plugin flaw to skim cards from web shops**](https://news.example/skim/)\n* **[**Ransomware gangs are getting bolder, and insurers are paying**](https://news.example/bold/)**.\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).toContain("The water board of Zeeland");
    expect(article.text).toContain("The suspects allegedly ran a fake investment site.");
    expect(article.text).not.toMatch(/MORE ON|skim cards|getting bolder/);
  });

  it("reads each table row as a paragraph of its own, its cells apart", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "| **Entity** | **Country** | **Reason** |\n| --- | --- | --- |\n| **Harbour Trading Ltd.** | Pakistan | Exports to a sanctioned lab |\n| **Kestrel Tech** | Singapore | Front company |\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).toContain(
      "\n\nHarbour Trading Ltd.; Pakistan; Exports to a sanctioned lab\n\nKestrel Tech; Singapore; Front company\n\n",
    );
    expect(article.text).toContain("Entity; Country; Reason");
  });

  it("drops page script that leaked into the text, not prose that mentions code", () => {
    const layout = CORPUS_LAYOUT.replace(
      "The suspects allegedly ran",
      "window.SiteFunctions.logWithLabel('%c Consent ', \"Service loaded: script_widgets\");\n\nThe malware calls window.open() to show a fake page.\n\nThe suspects allegedly ran",
    );
    const article = ok(cleanDocument(doc(layout, "markdown", "/x/lagos-crypto-scam.md")));
    expect(article.text).not.toContain("logWithLabel");
    expect(article.text).toContain("The malware calls window.open() to show a fake page.");
    expect(article.messages.some((m) => m.text.startsWith("page script"))).toBe(true);
  });

  it("drops the site's own name from a title, only when the outlet or host names it", () => {
    const corpus = (title: string) =>
      CORPUS_LAYOUT.replace("# Police in Lagos arrest 12 over crypto scam", `# ${title}`);
    expect(
      ok(cleanDocument(doc(corpus("Police in Lagos arrest 12 over crypto scam | Example Wire"), "markdown")))
        .title,
    ).toBe("Police in Lagos arrest 12 over crypto scam");
    expect(
      ok(cleanDocument(doc(corpus("Police in Lagos arrest 12 over crypto scam - News Example"), "markdown")))
        .title,
    ).toBe("Police in Lagos arrest 12 over crypto scam");
    // A last segment that is not the site is part of the title.
    expect(
      ok(cleanDocument(doc(corpus("Crypto scam ring broken up - Lagos police"), "markdown"))).title,
    ).toBe("Crypto scam ring broken up - Lagos police");
  });

  it("takes the main text out of an HTML page with Readability, without scripts or navigation", () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bank hit by phishing | Site</title>
      <link rel="canonical" href="https://site.example/bank-phishing"><meta property="og:site_name" content="Site">
      <meta property="article:published_time" content="2024-05-02T10:00:00Z"><script>document.write("INJECTED")</script></head>
      <body><nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Bank hit by phishing</h1>
      <p>${"A phishing campaign targeted customers of a regional bank in Leeds, stealing their passwords and card numbers. ".repeat(3)}</p>
      <p>${"The bank said it had blocked the fraudulent domains and warned customers to ignore the messages. ".repeat(3)}</p>
      <p><a href="https://origin.example/story">Click Here For The Original Source</a></p></article>
      <footer>Copyright Site 2024. All rights reserved.</footer></body></html>`;
    const article = ok(cleanDocument(doc(html, "html")));
    expect(article.title).toMatch(/Bank hit by phishing/);
    expect(article.text).toContain("stealing their passwords and card numbers");
    expect(article.text).not.toMatch(/INJECTED|Home|All rights reserved/);
    expect(article.canonicalUrl).toBe("https://site.example/bank-phishing");
    expect(article.originalUrl).toBe("https://origin.example/story");
    expect(article.published).toBe("2024-05-02T10:00:00Z");
    expect(article.language).toBe("en");
  });

  it("drops furniture marked by element, ARIA role or visibility, nested or not", () => {
    const prose = "Police in Leeds arrested two men over a phishing campaign against bank customers. ".repeat(
      3,
    );
    const html = `<html><body><main><p>${prose}</p><div role="navigation"><p>MENU-ONE</p></div>
      <div aria-hidden="true"><div><p>HIDDEN-TWO</p></div></div><p hidden>HIDDEN-THREE</p>
      <div role="note"><p>${prose.replace("Police", "Detectives")}</p></div><button>SHARE-FOUR</button>
      <aside><nav><p>ASIDE-FIVE</p></nav></aside><p>${prose.replace("two", "three")}</p></main></body></html>`;
    const article = ok(cleanDocument(doc(html, "html")));
    expect(article.text).not.toMatch(/MENU-ONE|HIDDEN-TWO|HIDDEN-THREE|SHARE-FOUR|ASIDE-FIVE/);
    expect(article.text).toContain("Detectives in Leeds arrested two men");
    expect(article.text).toContain("arrested three men");
  });

  it("gives the same id to the same text and a different one to different text", () => {
    const a = ok(cleanDocument(doc("Title\n\nBody one.", "text", "/a.txt")));
    const b = ok(cleanDocument(doc("Title\n\nBody one.", "text", "/b.txt")));
    const c = ok(cleanDocument(doc("Title\n\nBody two.", "text", "/a.txt")));
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
  });

  it.each([
    ["empty", new Uint8Array(0), "empty"],
    ["binary", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), "binary"],
    ["huge", new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61), "too-large"],
  ] as const)("fails a %s document with a clear code", (_name, bytes, code) => {
    const outcome = cleanDocument(doc(bytes, "text"));
    expect(outcome.status).toBe("failed");
    if (outcome.status === "failed") {
      expect(outcome.code).toBe(code);
      expect(outcome.reason).not.toMatch(/\n|at .*\.ts/);
    }
  });

  it("decodes legacy and UTF-16 encodings", () => {
    const latin1 = Uint8Array.from([
      ...utf8("Caf"),
      0xe9,
      ...utf8(" raid\n\nPolice raided a caf"),
      0xe9,
      ...utf8("."),
    ]);
    const legacy = ok(cleanDocument(doc(latin1, "text")));
    expect(legacy.title).toBe("Café raid");
    expect(legacy.messages.some((m) => m.code === "legacy-encoding")).toBe(true);
    const text = "Title\n\nBody über alles.";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(ok(cleanDocument(doc(utf16, "text"))).text).toContain("Body über alles.");
  });

  it("cuts scripts before decoding, so stray bytes in code do not turn a UTF-8 page into windows-1252", () => {
    const page = (script: number[]) =>
      Uint8Array.from([
        ...utf8("<html><head><title>Café raid</title><script>var x = '"),
        ...script,
        ...utf8(
          `';</script></head><body><p>${"Police raided a café in Zürich and seized servers. ".repeat(6)}</p></body></html>`,
        ),
      ]);
    const article = ok(cleanDocument(doc(page([0xff, 0xfe, 0x80]), "html")));
    expect(article.text).toContain("Police raided a café in Zürich");
    expect(article.messages.some((m) => m.code === "legacy-encoding")).toBe(false);
    const jis = ok(
      cleanDocument(
        doc(
          utf8(
            `<html><head><meta charset="iso-2022-jp"></head><body><p>${"Police arrested two men. ".repeat(8)}</p></body></html>`,
          ),
          "html",
        ),
      ),
    );
    expect(jis.text).toContain("Police arrested two men.");
  });

  it("survives malformed HTML and input built to make regexes backtrack", () => {
    const broken = ok(
      cleanDocument(
        doc("<html><body><p>Unclosed <b>bold <i>italic<div><p>Police arrested two men.</td></table>", "html"),
      ),
    );
    expect(broken.text).toContain("Police arrested two men.");
    const nested = `<html><body><p>Police arrested two men.</p>${"<div>".repeat(20_000)}deep${"</div>".repeat(10)}</body></html>`;
    const nestedStart = Date.now();
    const flat = ok(cleanDocument(doc(nested, "html")));
    expect(Date.now() - nestedStart).toBeLessThan(5_000);
    expect(flat.messages.some((m) => m.code === "deep-nesting")).toBe(true);
    expect(flat.text).toContain("deep");
    const hostile = `# T\n\n${"[".repeat(50_000)}${"](".repeat(50_000)}${"*_".repeat(50_000)}${"![a](b(c)".repeat(20_000)}`;
    const started = Date.now();
    const outcome = cleanDocument(doc(hostile, "markdown"));
    expect(outcome.status).toBe("ok");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
