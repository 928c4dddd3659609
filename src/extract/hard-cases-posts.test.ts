/**
 * Hard cases of people named with their posts: a post with its field before the employer ("director
 * of threat research at"), a stray word run into a name from the line before it, and the employer
 * named before a post or in the possessive before a person.
 */
import { describe, expect, it } from "vitest";
import { sheetOf } from "./sheet-of.ts";

const names = (items: readonly (readonly string[])[]) => items.map((item) => item[0]);

describe("people named with their posts", () => {
  it("reads a name before 'director of <field> at <company>' as a person, whatever the first name", () => {
    const sheet = sheetOf(
      'Loader spread through cracked software\n\n"They buy adverts over the weekend, when fewer staff vet them," Radu Vintilescu, director of threat research and reporting at Norvik, told reporters.',
    );
    expect(names(sheet.persons)).toContain("Radu Vintilescu");
  });

  it("reads a long post before a name ('U.S. Secretary of Commerce Gina Raimondo') as the person's title, not a company", () => {
    const sheet = sheetOf(
      "Export rules tightened\n\nThe rules take effect in 90 days. U.S. Secretary of Commerce Helen Orlova said in a statement on Monday that the tools are dangerous.",
    );
    expect(names(sheet.persons)).toContain("Helen Orlova");
    expect(sheet.organizations.flat().join(" ")).not.toContain("Orlova");
  });

  it("reads a name opened by two initials ('J.A. Varga') as a person's, but not 'U.S.' before a post", () => {
    const sheet = sheetOf(
      "Hacking group tied to intelligence service\n\nThe group works for the ministry, J.A. Varga, a principal threat researcher at Norvik, said. The case is led by U.S. Attorneys Matthew Podolsky and Ann Reyes.",
    );
    expect(names(sheet.persons)).toContain("J.A. Varga");
    expect(sheet.persons.flat().join(" ")).not.toContain("U.S.");
  });

  it("reads a post held before ('then-President', 'ex-CEO') as a person's title", () => {
    const sheet = sheetOf(
      "Gang tried to extort officials\n\nThe gang tried to extort then-President Orlek Vantis in 2019, prosecutors said. The company's ex-CEO Tavo Rennick paid the ransom.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Orlek Vantis", "Tavo Rennick"]));
  });

  it("drops a common word run into a person's name ahead of its first name, given a person cue", () => {
    const sheet = sheetOf(
      "Ministry launches security guide\n\nThe guide covers information sharing between firms.\n\nMinister for Communications and Information Josephine Tan said the guide would be updated every year.",
    );
    expect(names(sheet.persons)).toContain("Josephine Tan");
    expect(names(sheet.persons)).not.toContain("Information Josephine Tan");
  });

  it("reads a body from its possessive before a corporate post ('Norvik's vice president for …', 'Kestrel's CTO')", () => {
    const sheet = sheetOf(
      "Firms skip due diligence\n\nFirms must check their suppliers, said Maren Falk, Norvik's vice president for international markets. Kestrel's CTO agreed.",
    );
    expect(names(sheet.organizations)).toEqual(expect.arrayContaining(["Norvik", "Kestrel"]));
  });

  it("reads a one-word company before a research post and its holder ('Devcore Principal Security Researcher Orange Tsai')", () => {
    const sheet = sheetOf(
      "Exchange servers scanned for flaws\n\nThe three flaws were found by Norvik Principal Security Researcher Orange Tsai, and Senior Principal Analyst Jo Lee tracked the scans.",
    );
    expect(names(sheet.organizations)).toEqual(["Norvik"]);
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Orange Tsai", "Jo Lee"]));
  });

  it("reads a post and its holder after a company noun as a person ('president and group CEO Yuki Kusumi')", () => {
    const sheet = sheetOf(
      "Electronics maker offers four-day week\n\nDuring a briefing, president and group CEO Mika Hoshino told investors that the option would help retain staff.",
    );
    expect(names(sheet.persons)).toContain("Mika Hoshino");
    expect(sheet.organizations.flat()).not.toContain("CEO Mika Hoshino");
  });

  it("reads a name as a person's where it works and what it said follow ('Ramin Nafisi from MSTIC wrote')", () => {
    const sheet = sheetOf(
      "Backdoor hits identity servers\n\nThe attacks started in April, Tamsin Kore from NVRT wrote in a blog post, and researchers like Odile Vance from Harlow Security explained how the worm spreads.",
    );
    expect(names(sheet.persons)).toEqual(expect.arrayContaining(["Tamsin Kore", "Odile Vance"]));
  });
});

describe("a rank or post before a law's or a field's name", () => {
  it("reads no person from 'the General Data Protection Regulation' or 'President of Global Affairs at Google'", () => {
    const sheet = sheetOf(
      "Regulator fines retailer\n\nThe regulator fined the retailer €2 million under the General Data Protection Regulation (GDPR) on Monday. Mara Lind, President of Global Affairs at Google, said the rules were clear.",
      "2022-03-10",
    );
    const persons = sheet.persons.map((p) => p[0]);
    expect(persons).toContain("Mara Lind");
    expect(persons).not.toContain("Data Protection Regulation");
    expect(persons).not.toContain("Global Affairs");
  });

  it("reads the employer from a company named with a field word before a post, or in the possessive before a person", () => {
    const sheet = sheetOf(
      "Experts weigh in on router flaw\n\nThe flaw was added to the list on Monday, and Norvik Cyber engineer Mara Lind said it is old. Kestrova's John Ellery explained that patches exist, and uBlock Origin's Raymond Hill agreed. Security researcher Dana Whitfield did not.",
    );
    const organizations = names(sheet.organizations);
    expect(organizations).toEqual(expect.arrayContaining(["Norvik Cyber", "Kestrova"]));
    expect(organizations).not.toContain("Origin");
    expect(organizations).not.toContain("Security");
    expect(names(sheet.persons)).toEqual(
      expect.arrayContaining(["Mara Lind", "John Ellery", "Dana Whitfield"]),
    );
  });
});
