import { describe, expect, it } from "vitest";
import type { SourceFormat } from "../contracts.ts";
import { extractFile } from "../app/extract-file.ts";
import { incidentKeys, prepareStoryInputs } from "./prepare.ts";
import { clusterStories, type StoryInput } from "./stories.ts";

function input(
  id: string,
  published: string,
  title: string,
  body: string,
  format: SourceFormat = "text",
): StoryInput {
  const out = extractFile({
    uri: `${id}.txt`,
    bytes: new TextEncoder().encode(`${title}\n\n${body}`),
    format,
  });
  if (out.status !== "ok") throw new Error(out.reason);
  const { article, sheet } = out.value;
  return {
    articleId: id,
    published,
    title: article.title,
    text: article.text,
    contentHash: article.contentHash,
    sheet,
  };
}

const RAID =
  "Police in Lagos arrested 37 suspects on Tuesday in a raid on a building used as a call centre for romance scams targeting victims in the United States and Europe. The Economic and Financial Crimes Commission said the suspects, including 12 Ghanaian nationals, had defrauded victims of more than $4 million. Investigators seized 120 laptops and 300 phones.";
const REWRITE =
  "Nigeria's Economic and Financial Crimes Commission says 37 people were detained in Lagos during a Tuesday raid on a romance-scam call centre. Twelve of those held are from Ghana, officials said, and the group is accused of stealing over $4 million from victims abroad. Officers took away 120 laptops and 300 phones.";
const OTHER_RAID =
  "Police in Lagos arrested 22 suspects on Friday in a raid on a hotel used by a crypto investment scam ring. The Economic and Financial Crimes Commission said the suspects had defrauded victims of $1.5 million through fake trading platforms. Investigators seized 40 laptops.";
const PATCH = (month: string, cves: string) =>
  `Microsoft has released its ${month} Patch Tuesday updates, fixing dozens of security flaws in Windows, Office and Exchange, including zero-days tracked as ${cves} that attackers exploited before the fixes. Administrators are urged to install the updates as soon as possible.`;

describe("clusterStories", () => {
  it("groups a copy with aggregator boilerplate and a rewrite, earliest first", () => {
    const stories = clusterStories([
      input("rewrite", "2024-03-07", "Lagos raid nets 37 in romance scam probe", REWRITE),
      input("original", "2024-03-06", "Nigerian police arrest 37 in Lagos romance scam raid", RAID),
      input(
        "copy",
        "2024-03-06",
        "Nigerian police arrest 37 in Lagos romance scam raid | #cybercrime | #infosec",
        `${RAID}\n\nSource link\n\nClick Here For The Original Source.`,
      ),
    ]);
    expect(stories.map((s) => s.articleIds.length)).toEqual([3]);
    expect(stories[0]?.articleIds[0]).toMatch(/^(original|copy)$/);
    expect(stories[0]?.articleIds.at(-1)).toBe("rewrite");
  });

  it("keeps the same agency's next raid, weeks later or with other facts, apart", () => {
    const stories = clusterStories([
      input("first", "2024-03-06", "Nigerian police arrest 37 in Lagos romance scam raid", RAID),
      input("second", "2024-03-08", "Lagos police arrest 22 in crypto scam raid", OTHER_RAID),
      input(
        "later",
        "2024-04-20",
        "Nigerian police arrest 37 in Lagos romance scam raid",
        RAID.replace("Tuesday", "Monday"),
      ),
    ]);
    expect(stories).toHaveLength(3);
  });

  it("does not merge two months' Patch Tuesday articles", () => {
    const stories = clusterStories([
      input(
        "march",
        "2024-03-12",
        "Microsoft March 2024 Patch Tuesday fixes 2 zero-days",
        PATCH("March 2024", "CVE-2024-21412 and CVE-2024-21351"),
      ),
      input(
        "april",
        "2024-04-09",
        "Microsoft April 2024 Patch Tuesday fixes 2 zero-days",
        PATCH("April 2024", "CVE-2024-26234 and CVE-2024-29988"),
      ),
    ]);
    expect(stories).toHaveLength(2);
  });

  it("keeps a product's next release, two days later, apart from the first", () => {
    const FIRST =
      "Harbor Systems has fixed an actively exploited file read flaw in Harbor Gateway 4.1.7, available now for the appliance's web interface. Attackers used the bug to read configuration files and session tokens from exposed servers, and the company urges administrators of internet-facing gateways to upgrade at once.";
    const NEXT =
      "Harbor Systems released Harbor Gateway 4.1.8 on Wednesday after researchers showed that Monday's fix could be bypassed with encoded paths. The bypass is already used in attacks on exposed appliances, so administrators who installed the earlier update must upgrade again and rotate session tokens.";
    const stories = clusterStories([
      input("first", "2024-05-06", "Harbor Gateway 4.1.7 fixes exploited file read flaw", FIRST),
      input(
        "first-rewrite",
        "2024-05-06",
        "Harbor Systems patches exploited Harbor Gateway flaw",
        FIRST.replace("Harbor Systems has fixed", "Harbor Systems patched"),
      ),
      input("next", "2024-05-08", "Harbor Gateway 4.1.8 fixes incomplete patch for exploited flaw", NEXT),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([["first", "first-rewrite"], ["next"]]);
  });

  it("keys the product versions the lead names, not a score or an amount", () => {
    const keys = incidentKeys(
      input(
        "update",
        "2022-01-27",
        "Update your iPhone right now: iOS 15.3 is out",
        "Install iOS 15.3 and macOS Monterey 12.2 today: they fix a flaw rated CVSS 9.8 that thieves used to take about 1.5 million dollars.",
      ).sheet,
      "Update your iPhone right now: iOS 15.3 is out\n\nInstall iOS 15.3 and macOS Monterey 12.2 today: they fix a flaw rated CVSS 9.8 that thieves used to take about 1.5 million dollars.",
    );
    const versions = [...keys].filter((k) => k.startsWith("version:")).sort();
    expect(versions).toEqual(["version:ios15.3", "version:monterey12.2"]);
  });

  it("reads a release's own number, the newest named, and joins two titles naming it however they count it", () => {
    const FIXED =
      "The Apache Software Foundation has released Log4j 2.17.1 to fix CVE-2021-44832, a remote code execution flaw in the logging library's JDBC appender found by Checkmarx, the fourth bug fixed this month. Version 2.17.0 had been out for ten days. Administrators should upgrade, although the flaw needs an attacker who can already change the configuration.";
    const stories = clusterStories([
      input("out", "2021-12-28", "Log4j 2.17.1 out now, fixes new remote code execution bug", FIXED),
      input(
        "another",
        "2021-12-30",
        "Apache releases Log4j 2.17.1 fixing another code execution flaw",
        "Apache rolled out Log4j 2.17.1 on Tuesday against CVE-2021-44832. Checkmarx researchers reported the issue; exploiting it requires write access to the configuration, so the risk is lower than that of Log4Shell.",
      ),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([["out", "another"]]);
    const set = prepareStoryInputs([
      input("newest", "2021-12-18", "Upgraded to 2.16.0? Here is 2.17.0", "Version 2.17.0 replaces 2.16.0."),
    ]);
    expect(set.releases).toEqual(["2.17.0"]);
  });

  it("gives the same stories for the same input in any order", () => {
    const a = [
      input("one", "2024-03-06", "Nigerian police arrest 37 in Lagos romance scam raid", RAID),
      input("two", "2024-03-07", "Lagos raid nets 37 in romance scam probe", REWRITE),
      input("three", "2024-03-08", "Lagos police arrest 22 in crypto scam raid", OTHER_RAID),
    ];
    expect(clusterStories([...a].reverse())).toEqual(clusterStories(a));
  });

  it("reads 'second … in a week' in a title as a sequel, and 'second breach this year' as counting an older case", () => {
    const body = "The company said attackers stole customer records from its service systems.";
    const set = prepareStoryInputs([
      input("sequel", "2024-03-08", "Retailer hacked twice in a week by the same gang", body),
      input("count", "2024-03-08", "Retailer confirms second security breach this year", body),
      input("dated", "2024-03-08", "Retailer confirms second cyberattack in 2024", body),
    ]);
    expect([...set.sequelTitles]).toEqual([1, 0, 0]);
  });

  it("keys a Patch Tuesday report by the month it names, not by a year or the day it was posted", () => {
    const sheet = input("x", "2022-01-14", "Patch Tuesday", PATCH("January", "CVE-2022-21882")).sheet;
    const edition = (text: string) => [...incidentKeys(sheet, text)].filter((k) => k.startsWith("edition:"));
    expect(edition("Microsoft January 2022 Patch Tuesday fixes 6 zero-days")).toEqual([
      "edition:patchtuesday-1",
    ]);
    expect(edition("Patch Tuesday gets off to a busy start for January")).toEqual(["edition:patchtuesday-1"]);
    expect(edition("Patching isn't enough for December's Patch Tuesday")).toEqual([
      "edition:patchtuesday-12",
    ]);
    expect(edition("Microsoft releases its monthly Patch Tuesday updates")).toEqual([]);
  });

  it("joins a report of the 8 charged that names the 14 detained to the report of the 14, not a day of the month", () => {
    const DETAINED =
      "Police in Cebu detained 14 people on Thursday in raids on two offices running a crypto investment scam that targeted victims in Japan and South Korea. The National Bureau of Investigation said the suspects used fake trading apps and seized 60 computers and 95 phones from the premises.";
    const CHARGED =
      "Eight members of the fraud ring who were detained by the National Bureau of Investigation now face charges of swindling and illegal access, a regional court in Cebu said on Friday. Agents had searched the offices of 14 suspects behind the crypto investment scam and its fake trading apps. Lawyers for the accused say their clients only answered phones.";
    const stories = clusterStories([
      input("detained", "2024-03-14", "Police detain 14 in Cebu crypto scam raids", DETAINED),
      input("charged", "2024-03-15", "Eight face charges over Cebu crypto scam", CHARGED),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([["detained", "charged"]]);
    const set = prepareStoryInputs([
      input(
        "dated",
        "2024-03-15",
        "Eight held",
        "On March 14 police detained eight men; on the 15th March two more.",
      ),
    ]);
    expect([...set.namedNumbers.values]).toEqual([2, 8]);
  });
  it("keeps state hackers exploiting a flaw, a week after its fix, apart from the fix and its update", () => {
    const stories = clusterStories([
      input(
        "patch",
        "2024-05-06",
        "Northbeam patches actively exploited Gatekeeper SSO flaw",
        "Northbeam has released Gatekeeper SSO 7.3 to fix CVE-2024-31337, a critical authentication bypass in the single sign-on portal that is already exploited in attacks. The company urged customers running self-hosted Gatekeeper SSO servers to install the update at once, as the flaw lets remote attackers log in as any user.",
      ),
      input(
        "patch2",
        "2024-05-07",
        "Critical Gatekeeper SSO bug exploited before Northbeam fix",
        "An authentication bypass in Northbeam's Gatekeeper SSO, tracked as CVE-2024-31337, was exploited in the wild before the vendor shipped a fix this week. Administrators of self-hosted Gatekeeper SSO servers should install version 7.3, Northbeam said, because remote attackers can log in as any user.",
      ),
      input(
        "advisory",
        "2024-05-14",
        "FBI warns state hackers exploit Gatekeeper SSO flaw to plant web shells",
        "The FBI and CISA warned on Tuesday that state-sponsored hackers are exploiting CVE-2024-31337, the critical authentication bypass in Northbeam's Gatekeeper SSO, to deploy web shells and a custom backdoor on servers of defense contractors. The cyberespionage campaign targets self-hosted Gatekeeper SSO servers that have not installed version 7.3.",
      ),
      input(
        "advisory2",
        "2024-05-15",
        "State-backed APTs exploit Northbeam Gatekeeper SSO bug, FBI says",
        "State-backed hackers are exploiting the Gatekeeper SSO authentication bypass CVE-2024-31337 to install malware on unpatched servers, the FBI and CISA said in a joint advisory. The espionage campaign drops web shells and a backdoor; Northbeam's version 7.3 fixes the flaw, and administrators should install it and hunt for compromise.",
      ),
      input(
        "update",
        "2024-05-16",
        "Northbeam says most Gatekeeper SSO servers now patched",
        "Northbeam said on Thursday that most self-hosted Gatekeeper SSO servers now run version 7.3, which fixes the exploited authentication bypass CVE-2024-31337. The company repeated that remote attackers could log in as any user on servers that have not installed the update, and asked the remaining customers to patch.",
      ),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([
      ["patch", "patch2", "update"],
      ["advisory", "advisory2"],
    ]);
  });
  it("keeps a victim's confirmation a week later that its cyberattack was ransomware in the story", () => {
    const stories = clusterStories([
      input(
        "first",
        "2024-06-03",
        "Harlow Health hospitals hit by cyberattack, systems offline",
        "Harlow Health, which runs nine hospitals in Ohio, said a cyberattack took its electronic health records and phone systems offline on Saturday, forcing staff to use paper charts and divert ambulances. The company said it is working with outside experts to restore its systems and has notified law enforcement.",
      ),
      input(
        "second",
        "2024-06-04",
        "Cyberattack forces Harlow Health to divert ambulances",
        "Ambulances were diverted from Harlow Health's nine Ohio hospitals after a cyberattack knocked out electronic health records and phone systems over the weekend. Staff have switched to paper charts while outside experts help restore the systems, the company said.",
      ),
      input(
        "confirm",
        "2024-06-11",
        "Harlow Health confirms ransomware attack",
        "Harlow Health confirmed on Tuesday that last week's outage was caused by ransomware that encrypted its servers. Most of its hospitals have now reopened their emergency rooms, a spokesperson said.",
      ),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([["first", "second", "confirm"]]);
  });
  it("keeps a vendor's report apart from a joint advisory on the same hackers that names other CVEs", () => {
    // Alike in wording and vendors, the same day; but the report's flaws (named below the lead) are
    // not the advisory's, while a rewrite of the advisory shares one of them.
    const REPORT =
      "Veltrix Security has detailed how four state-backed hacking groups from Eastern Europe are now deploying ransomware on the networks they break into, in waves every few weeks since last spring. The groups, which Veltrix tracks under weather names, were known for espionage but now encrypt victim files with disk-encryption tools and demand payment, the company said in a report on Tuesday. Veltrix said the hackers brute-force remote access portals and are patient and persistent once inside. Other firms have seen the same crews use older flaws in Quorra Mail servers and Halden VPN appliances to plant web shells. Veltrix said one of the groups broke into mail servers through CVE-2021-41001 and CVE-2021-41002, flaws fixed last year, before deploying its ransomware.";
    const ADVISORY =
      "Cybersecurity agencies in three countries warned on Tuesday that state-backed hacking groups from Eastern Europe are now deploying ransomware on the networks they break into through flaws in Quorra Mail servers and Halden VPN appliances, and encrypt victim files and demand payment. The joint advisory says the hackers have targeted hospitals, transport operators and city councils since the spring, planting web shells and adding administrator accounts. The agencies urged administrators to patch and to hunt for compromise. The advisory lists the flaws the hackers exploit: CVE-2021-52010 in Halden VPN appliances and CVE-2021-52011 in Quorra Mail, both fixed months ago, and it names Veltrix Security among the firms that tracked the campaign.";
    const REWRITE =
      "State-backed hackers from Eastern Europe are breaking into hospitals, transport operators and city councils through Quorra Mail servers and Halden VPN appliances that have not been patched, the cybersecurity agencies of three countries said on Tuesday. Once inside, the hackers plant web shells, add administrator accounts, steal data and deploy ransomware, according to the joint advisory, which asks administrators to patch and to hunt for compromise. Among the flaws exploited is CVE-2021-52010, a bug in Halden VPN appliances fixed months ago.";
    const stories = clusterStories([
      input(
        "report",
        "2024-05-14",
        "State-backed hackers from Eastern Europe turn to ransomware, Veltrix says",
        REPORT,
      ),
      input(
        "advisory",
        "2024-05-14",
        "Agencies warn state-backed hackers exploit Quorra Mail and Halden VPN flaws",
        ADVISORY,
      ),
      input(
        "rewrite",
        "2024-05-15",
        "State hackers exploit Halden VPN and Quorra Mail bugs, agencies warn",
        REWRITE,
      ),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([["advisory", "rewrite"], ["report"]]);
  });
  it("keys one person spelt two ways by two outlets as one ('Kellerman', 'Kellermann')", () => {
    const sheet = input("x", "2024-05-14", "Quote", "A researcher commented on the attack.").sheet;
    const personKeys = (name: string) =>
      [...incidentKeys({ ...sheet, persons: [[name]] })].filter((k) => k.startsWith("person:"));
    expect(personKeys("Tom Kellermann")).toEqual(personKeys("Tom Kellerman"));
    expect(personKeys("Anna Phillips")).toEqual(personKeys("Anna Philips"));
    expect(personKeys("Anna Phillips")).not.toEqual(personKeys("Anna Phelps"));
  });
  it("keeps a heist at another company, whose report recalls the first, apart when the titles name different companies", () => {
    const FIRST =
      "Cryptocurrency platform Ardent Network said on Tuesday that a hacker stole cryptocurrency worth $600 million from its hot wallets by exploiting a flaw in its cross-chain smart contracts. The stolen funds were moved to addresses the attacker controls, and Ardent Network asked exchanges and miners to blacklist the tokens.";
    const SECOND =
      "Cryptocurrency exchange Kestrel said on Thursday that a hacker stole cryptocurrency worth $94 million from its hot wallets, a week after a hacker stole $600 million from Ardent Network by exploiting a flaw in its cross-chain smart contracts. The exchange has paused withdrawals while it moves the remaining funds to cold storage, and says customers will be repaid.";
    const stories = clusterStories([
      input("ardent", "2024-08-10", "Hacker steals $600 million from Ardent Network", FIRST),
      input("kestrel", "2024-08-15", "Kestrel cryptocurrency exchange loses $94 million to hackers", SECOND),
    ]);
    expect(stories.map((s) => s.articleIds)).toEqual([["ardent"], ["kestrel"]]);
    // The title's companies are read from the fact sheet's organisations, as whole words only.
    const set = prepareStoryInputs([
      input("ardent", "2024-08-10", "Hacker steals $600 million from Ardent Network", FIRST),
      input("other", "2024-08-10", "Hacker steals $600 million from Ardent Networks platform", FIRST),
    ]);
    expect(set.titleOrgs.starts[1]! - set.titleOrgs.starts[0]!).toBe(1);
    expect(set.titleOrgs.starts[2]! - set.titleOrgs.starts[1]!).toBe(0);
  });
});
