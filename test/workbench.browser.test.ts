/**
 * The workbench in a real browser: the samples are ingested into an in-memory PGlite store, the real
 * server listens on loopback, and Debian's Chromium (driven by playwright-core) is used as an analyst
 * would: list, search, open an incident, follow a story to where outlets disagree, follow a source badge
 * and a JSON link. A posted article whose title carries markup must not run script on any page.
 * Needs BLOTTER_TEST_CHROMIUM (`npm test` sets it via scripts/chromium.sh); skips with a message without.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../src/contracts.ts";
import { ingest } from "../src/app/ingest.ts";
import { regroupStories } from "../src/app/stories.ts";
import { collectPaths } from "../src/collect/index.ts";
import { buildServer } from "../src/server/app.ts";
import { openStore } from "../src/store/index.ts";

const samplesDir = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "samples");
const chromiumPath = process.env.BLOTTER_TEST_CHROMIUM ?? "";
const haveChromium = chromiumPath !== "" && existsSync(chromiumPath);
if (!haveChromium)
  console.warn(
    chromiumPath === ""
      ? "browser tests skipped: BLOTTER_TEST_CHROMIUM is not set (run with BLOTTER_TEST_CHROMIUM=$(bash scripts/chromium.sh | tail -n 1))"
      : `browser tests skipped: no Chromium at ${chromiumPath}`,
  );

// Playwright adds --headless, --no-sandbox and a fresh --user-data-dir itself; the rest keep Chromium
// off the network, which is closed here and would refuse its background connections.
const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const XSS_TITLE = `Probe <img src=x onerror="window.__pwned=1"> headline`;
const SLOW = { timeout: 120_000 };

/** Whether any script planted in article text ran in the page. */
const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

describe.skipIf(!haveChromium)("the workbench in Chromium", SLOW, () => {
  let store: Store | undefined;
  let server: ReturnType<typeof buildServer> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = await openStore({ kind: "pglite" });
    const summary = await ingest(collectPaths([samplesDir]), store);
    expect(summary.failed).toEqual([]);
    await regroupStories(store);
    server = buildServer({ store });
    await server.listen({ host: "127.0.0.1", port: 0 });
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("lists the incidents on the home page", async () => {
    await page.goto(`${base}/`);
    expect(await page.locator("h1").textContent()).toBe("Incidents");
    expect(await page.locator("main tbody tr").count()).toBe(7);
    expect(await page.locator("main").textContent()).toContain(
      "Norwegian seafood processor Nordhavn hit by Black Lantern ransomware",
    );
  });

  it("searches from the search box and highlights the matches", async () => {
    await page.goto(`${base}/`);
    await page.getByRole("searchbox", { name: "Search incidents" }).fill("ransomware");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/\?q=ransomware$/);
    expect(await page.locator("h1").textContent()).toBe("Search: ransomware");
    expect(await page.locator("main ol > li").count()).toBe(2);
    const marks = await page.locator("main ol mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase() === "ransomware")).toBe(true);
    expect(await page.getByRole("searchbox").inputValue()).toBe("ransomware");
  });

  it("opens an incident with its evidence marked and its fact sheet", async () => {
    await page
      .getByRole("link", { name: "Norwegian seafood processor Nordhavn hit by Black Lantern" })
      .click();
    await page.waitForURL(/\/incidents\/[^/]+$/);
    expect(await page.locator("main .text mark").count()).toBeGreaterThan(3);
    expect(await page.locator("aside h2").textContent()).toBe("Fact sheet");
    const facts = page.locator("aside dl.facts");
    expect(await facts.locator("dt").allTextContents()).toContain("Threat actors");
    expect(await facts.textContent()).toContain("Black Lantern");
    // A fact links to its first piece of evidence in the text.
    const fact = facts.locator("a[href^='#s-']").first();
    const anchor = (await fact.getAttribute("href")) ?? "";
    await fact.click();
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await page.locator(`main .text mark${anchor}`).count()).toBe(1);
  });

  it("follows the Angeles City story to where outlets disagree, then to a source", async () => {
    await page.getByRole("link", { name: "Stories", exact: true }).click();
    await page.waitForURL(/\/stories$/);
    expect(await page.locator("h1").textContent()).toBe("Stories");
    const twoArticles = page.locator("main tbody tr").filter({
      has: page.locator("td:nth-child(3)", { hasText: /^2$/ }),
    });
    expect(await twoArticles.count()).toBe(1);
    expect(await twoArticles.textContent()).toContain("Angeles City");
    await twoArticles.locator("a").first().click();
    await page.waitForURL(/\/stories\/[^/]+$/);
    const storyId = decodeURIComponent(page.url().split("/").pop() ?? "");

    const articles = page.locator("main section ol > li");
    expect(await articles.count()).toBe(2);
    const disagree = page.locator(".disagree");
    expect(await disagree.locator("h2").textContent()).toBe("Outlets disagree");
    const arrestedCounts = disagree.locator("li", { hasText: "arrested" });
    expect((await arrestedCounts.textContent())?.replace(/\s+/g, " ")).toMatch(/arrested: 185 1 vs 186 2/);

    // The badge beside 186 names the second article; following it lands on that incident.
    const badge = arrestedCounts.locator("a.tag", { hasText: /^2$/ });
    const href = (await badge.getAttribute("href")) ?? "";
    await badge.click();
    await page.waitForURL(`${base}${href}`);
    expect(await page.locator("h1").textContent()).toBe(
      "Philippine Police Raid Scam Hub in Angeles City, 186 Detained",
    );
    const arrested = page
      .locator("aside dl.facts dt", { hasText: "Arrested" })
      .locator("xpath=following-sibling::dd[1]");
    expect(await arrested.textContent()).toContain("186");
    expect(await page.getByRole("link", { name: "story: 2 articles" }).getAttribute("href")).toBe(
      `/stories/${encodeURIComponent(storyId)}`,
    );

    // The JSON link serves the same incident to programs.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${base}/api/incidents/`)),
      page.getByRole("link", { name: "JSON", exact: true }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const incident = (await response.json()) as {
      article: { id: string };
      storyId: string;
      sheet: { arrested: { total: number } | null };
    };
    expect(`/incidents/${encodeURIComponent(incident.article.id)}`).toBe(href);
    expect(incident.storyId).toBe(storyId);
    expect(incident.sheet.arrested?.total).toBe(186);
  });

  it("shows markup in article text as text, and runs none of it", async () => {
    const posted = await fetch(`${base}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: XSS_TITLE,
        text: `Police in Oslo arrested two men on Monday over a phishing scam. <script>window.__pwned=2</script>`,
      }),
    });
    expect(posted.status).toBe(201);
    const { articleId } = (await posted.json()) as { articleId: string };

    await page.goto(`${base}/incidents/${encodeURIComponent(articleId)}`);
    expect(await page.locator("h1").textContent()).toBe(XSS_TITLE);
    expect(await page.locator("main .text").textContent()).toContain("<script>window.__pwned=2</script>");
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();

    await page.goto(`${base}/`);
    expect(await page.locator("main").textContent()).toContain(XSS_TITLE);
    expect(await pwned(page)).toBeUndefined();

    // The query itself is echoed in the title, heading and search box.
    await page
      .getByRole("searchbox", { name: "Search incidents" })
      .fill(`Probe <img src=x onerror="window.__pwned=3">`);
    await page.getByRole("searchbox", { name: "Search incidents" }).press("Enter");
    await page.waitForURL(/\/\?q=/);
    expect(await page.locator("h1").textContent()).toContain("<img src=x");
    expect(await page.locator("main img").count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
  });

  it("threw no script errors on any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
