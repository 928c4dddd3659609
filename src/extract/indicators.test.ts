/**
 * Indicators of compromise: refanging with exact spans, and each false-positive rule with its
 * reason, on invented sentences in the genre of real reports; then a few real corpus articles with
 * defanged indicators (skipped without ../shared), and a hostile 1 MB input.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../clean/index.ts";
import type { IocFact } from "../contracts.ts";
import { analyseText } from "./analyse.ts";
import { findIndicators } from "./indicators.ts";
import { judgeOccurrence } from "./ioc-judge.ts";
import { locateIndicators } from "./ioc-locate.ts";

function indicatorsOf(body: string, title = "Report"): { text: string; facts: IocFact[] } {
  const text = `${title}\n\n${body}`;
  const ctx = {
    articleId: "a_test",
    analysis: analyseText(text),
    text,
    titleSpan: [0, title.length] as const,
  };
  return { text, facts: findIndicators({ ...ctx, published: null }) };
}

function byValue(body: string): Map<string, IocFact> {
  return new Map(indicatorsOf(body).facts.map((f) => [f.value, f]));
}

describe("refanging", () => {
  it("refangs hxxp, [.], (dot), [://] and [@] and keeps the defanged text as evidence", () => {
    const { text, facts } = indicatorsOf(
      "The loader fetched hxxps://cdn-update[.]top/gate.php and beaconed to 45.137.21[.]9, " +
        "while the lure came from billing(dot)secure-pay(dot)ru and ops[@]invoice-portal[.]com. " +
        "Intezer listed https[://]bookitlab[.]tech as a C2.",
    );
    const written = new Map(facts.map((f) => [f.value, f.evidence?.spans.map(([s, e]) => text.slice(s, e))]));
    expect(written.get("https://cdn-update.top/gate.php")).toEqual(["hxxps://cdn-update[.]top/gate.php"]);
    expect(written.get("45.137.21.9")).toEqual(["45.137.21[.]9"]);
    expect(written.get("billing.secure-pay.ru")).toEqual(["billing(dot)secure-pay(dot)ru"]);
    expect(written.get("ops@invoice-portal.com")).toEqual(["ops[@]invoice-portal[.]com"]);
    expect(written.get("https://bookitlab.tech")).toEqual(["https[://]bookitlab[.]tech"]);
    expect(facts.every((f) => f.benign === null && f.confidence === 95)).toBe(true);
  });

  it("gives one fact per value with every place it is written, and no domain for a URL's host", () => {
    const { facts } = indicatorsOf(
      "Payloads came from hxxp://files-cdn[.]xyz/a.bin. Later, files-cdn[.]xyz moved to 193.42.36[.]245, and 193.42.36.245 went dark.",
    );
    expect(facts.map((f) => [f.kind, f.value, f.evidence?.spans.length])).toEqual([
      ["url", "http://files-cdn.xyz/a.bin", 1],
      ["domain", "files-cdn.xyz", 1],
      ["ipv4", "193.42.36.245", 2],
    ]);
  });

  it("finds hashes, wallets and IPv6, trims the punctuation around them, and leaves CVEs to the entities", () => {
    const sha512 = "a".repeat(64) + "b".repeat(64);
    const kinds = new Map(
      indicatorsOf(
        `The dropper (SHA-256 ${"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}, MD5 44d88612fea8a8f36de82e1278abb02f, ` +
          `SHA-1 3395856ce81f2b7382dee72602f798b642f14140, SHA-512 ${sha512}) exploits CVE-2021-44228. ` +
          "Victims paid to 1AVNM68gj6PGPFcJuftKATa4WLnzg8fpfv, 0x4dd10a91e43bc7761e56da692471cd38c4aaa426 and " +
          "45iHeQwQaunWXryL9YZ2egJxKvWBtWQUE4PKitu1VwYNUqkhHt6nyCTQb2dbvDRqDPXveNq94DG9uTndKcWLYNoG2uonhgH. " +
          "The panel answered on 2a03:2880:f10c:83:face:b00c:0:25de (see http://panel-login.su/admin).",
      ).facts.map((f) => [f.kind, f.value]),
    );
    expect(kinds).toEqual(
      new Map([
        ["sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
        ["md5", "44d88612fea8a8f36de82e1278abb02f"],
        ["sha1", "3395856ce81f2b7382dee72602f798b642f14140"],
        ["sha512", sha512],
        ["btc", "1AVNM68gj6PGPFcJuftKATa4WLnzg8fpfv"],
        ["eth", "0x4dd10a91e43bc7761e56da692471cd38c4aaa426"],
        [
          "xmr",
          "45iHeQwQaunWXryL9YZ2egJxKvWBtWQUE4PKitu1VwYNUqkhHt6nyCTQb2dbvDRqDPXveNq94DG9uTndKcWLYNoG2uonhgH",
        ],
        ["ipv6", "2a03:2880:f10c:83:face:b00c:0:25de"],
        ["url", "http://panel-login.su/admin"],
      ]),
    );
  });

  it("does not read certificate fingerprints or C++ scope operators as IPv6", () => {
    const { facts } = indicatorsOf(
      "The certificate fingerprint is ec:c8:db:01:a4:a3:17:36:d6:4a:e5:0e:f6:73:d0:69:aa:bb:cc:dd and the code calls std::string e::deb.",
    );
    expect(facts).toEqual([]);
  });
});

describe("false positives kept with their reason", () => {
  it("reads file names as files unless the words around them say domain", () => {
    const files = byValue(
      "The email carried invoice.zip, which dropped update.exe and report.pdf; a second archive named lsass.zip followed.",
    );
    expect(files.get("invoice.zip")?.benign).toBe("file name");
    expect(files.get("lsass.zip")).toMatchObject({ benign: "file name", cue: { text: "archive named" } });
    expect(files.has("update.exe")).toBe(false);
    expect(files.has("report.pdf")).toBe(false);

    const domain = byValue("Researchers saw the domain invoice.zip registered in May.").get("invoice.zip");
    expect(domain).toMatchObject({ benign: null, cue: { text: "domain" } });
    expect(
      byValue("Victims were sent to statement.mov, which resolves to a Russian host.").get("statement.mov"),
    ).toMatchObject({ benign: null, cue: { text: "which resolves" } });
    expect(
      byValue("The actors registered statement[.]mov for the lure.").get("statement.mov")?.benign,
    ).toBeNull();
  });

  it("reads version numbers as versions, not IPv4 addresses", () => {
    const found = byValue(
      "Users on version 1.2.3.4 should move to v10.0.0.1 or build 4.3.2.1. Chrome 96.0.4664.110 is safe, " +
        "and QNAP fixed it in QTS 4.5.4.1892 build 20211223 and later. VMware lists 21.1.0.27 and above. " +
        "The beacon called 185.220.101.4 every minute.",
    );
    expect(found.get("1.2.3.4")).toMatchObject({ benign: "version number", cue: { text: "version" } });
    expect(found.get("10.0.0.1")?.benign).toBe("version number");
    expect(found.get("4.3.2.1")).toMatchObject({ benign: "version number", cue: { text: "build" } });
    expect([...found.values()].filter((f) => f.value.startsWith("96.0"))).toEqual([]);
    expect(found.get("4.5.4.189")?.benign).toBe("version number");
    expect(found.get("21.1.0.27")).toMatchObject({ benign: "version number", cue: { text: "and above" } });
    expect(found.get("185.220.101.4")?.benign).toBeNull();
  });

  it("reads a column of version numbers as versions", () => {
    const found = byValue("Fixed versions:\n\n16.0.1.2\n\n15.1.3\n\n14.1.4.2");
    expect(found.get("16.0.1.2")?.benign).toBe("version number");
    expect(found.get("14.1.4.2")?.benign).toBe("version number");
  });

  it("marks well-known hosts benign instead of dropping them, unless the author defanged them", () => {
    const found = byValue(
      "The script checked connectivity against google.com and microsoft.com, then pulled code from " +
        "https://github.com/acme/tools and https[://]github[.]com/evil-dev/loader. Details were posted on twitter.com by the researcher.",
    );
    expect(found.get("google.com")?.benign).toBe("well-known benign host");
    expect(found.get("microsoft.com")?.benign).toBe("well-known benign host");
    expect(found.get("twitter.com")?.benign).toBe("well-known benign host");
    expect(found.get("https://github.com/acme/tools")?.benign).toBe("well-known benign host");
    expect(found.get("https://github.com/evil-dev/loader")?.benign).toBeNull();
  });

  it("marks documentation examples and reserved addresses", () => {
    const found = byValue(
      "In the advisory's example, 198.51.100.23 stands for the attacker and example.com for the victim; " +
        "the implant tunnelled to 192.168.10.212 and http://127.0.0.1:3672/ before reaching 2001:db8::8a2e:370:7334.",
    );
    expect(found.get("198.51.100.23")?.benign).toBe("documentation example");
    expect(found.get("example.com")?.benign).toBe("documentation example");
    expect(found.get("192.168.10.212")?.benign).toBe("private or reserved address");
    expect(found.get("http://127.0.0.1:3672/")?.benign).toBe("private or reserved address");
    expect(found.get("2001:db8::8a2e:370:7334")?.benign).toBe("documentation example");
  });

  it("reads package names and namespaces as code identifiers", () => {
    const found = byValue(
      "Persistence used com.apple.update.plist, the app posed as com.mobilesoft.security, and the web shell imported System.IO.",
    );
    expect(found.get("com.apple")?.benign).toBe("code identifier");
    expect(found.get("com.mobilesoft.security")?.benign).toBe("code identifier");
    expect(found.get("system.io")?.benign).toBe("code identifier");
  });

  it("marks the publisher's contacts and Markdown link targets", () => {
    const found = byValue(
      "Submit questions to Threatpost's Becky Bracken at becky.bracken@threatpost.com. " +
        "You can contact me securely on Signal at +1 555 0100 or Jabber at lawrence.tips@anonym.im. " +
        "The gang asks victims to write to recover@onionmail.org. " +
        "The actors used [protonmail[.]com](http://protonmail.com/) accounts.",
    );
    expect(found.get("becky.bracken@threatpost.com")?.benign).toBe("publisher contact");
    expect(found.get("lawrence.tips@anonym.im")).toMatchObject({
      benign: "publisher contact",
      cue: { text: "Signal" },
    });
    expect(found.get("recover@onionmail.org")?.benign).toBeNull();
    expect(found.get("protonmail.com")?.benign).toBeNull();
    expect(found.get("http://protonmail.com/")?.benign).toBe("source link");
  });
});

describe("hostile input", () => {
  it("locates and judges 1 MB of dots, digits and defanged separators without backtracking", () => {
    const shapes = [
      ".".repeat(1_000_000),
      "1.".repeat(500_000),
      "a.".repeat(500_000),
      "[.]".repeat(333_334),
      "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a ".repeat(31_250),
      "1.2.3.4.5.6.7.8.9.10.11.12.13.14 ".repeat(30_000),
      "185.220.101.4 ".repeat(72_000),
    ];
    const started = Date.now();
    for (const shape of shapes) {
      const text = shape.slice(0, 1_000_000);
      const around = { text, sentence: [0, text.length] as const };
      for (const occurrence of locateIndicators(text)) judgeOccurrence(occurrence, around);
    }
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 180_000);
});

const NEWS = join(import.meta.dirname, "../../../shared/corpus/news");
const hasShared = existsSync(NEWS);
if (!hasShared) console.warn(`indicator corpus tests skipped: ${NEWS} (the shared corpus) is not present`);

describe.skipIf(!hasShared)("real articles with defanged indicators", () => {
  function articleIndicators(path: string): Map<string, IocFact> {
    const outcome = cleanDocument({ uri: path, bytes: readFileSync(join(NEWS, path)), format: "markdown" });
    if (outcome.status !== "ok") throw new Error(`${path}: ${outcome.reason}`);
    const { text, titleSpan } = outcome.value;
    const facts = findIndicators({
      articleId: "a",
      analysis: analyseText(text),
      text,
      titleSpan,
      published: null,
    });
    for (const f of facts)
      for (const [start, end] of f.evidence?.spans ?? []) expect(text.slice(start, end)).not.toBe("");
    return new Map(facts.map((f) => [`${f.kind} ${f.value}`, f]));
  }

  it("keeps SysJoker's defanged C2 URLs, including the Google Drive payloads", () => {
    const found = articleIndicators(
      "bleepingcomputer/New-SysJoker-backdoor-targets-Windows-macOS-and-Linux.md",
    );
    expect(found.get("url https://bookitlab.tech")?.benign).toBeNull();
    expect(found.get("url https://github.url-mini.com")?.benign).toBeNull();
    expect(
      found.get("url https://drive.google.com/uc?export=download&id=1W64PQQxrwY3XjBnv_QaeBQu-ePr537eu")
        ?.benign,
    ).toBeNull();
    expect(found.get("domain com.apple")?.benign).toBe("code identifier");
    expect([...found.values()].filter((f) => f.kind === "domain" && f.benign === null)).toEqual([]);
  });

  it("reads the dnSpy campaign's file names as files and its site as a domain", () => {
    const found = articleIndicators(
      "bleepingcomputer/Trojanized-dnSpy-app-drops-malware-cocktail-on-researchers-devs.md",
    );
    expect(found.get("domain dnspy-net-win64.zip")?.benign).toBe("file name");
    expect(found.get("domain dnspy.net")?.benign).toBeNull();
    expect(found.get("url https://github.com/carbonblackz/dnSpy/")?.benign).toBeNull();
  });

  it("finds the fake unemployment-benefit domains", () => {
    const found = articleIndicators(
      "bleepingcomputer/FBI-warns-of-fake-govt-sites-used-to-steal-financial-personal-data.md",
    );
    expect(found.get("domain employ-nv.xyz")?.benign).toBeNull();
    expect(found.get("domain illiform-gov.xyz")?.confidence).toBe(95);
  });
});
