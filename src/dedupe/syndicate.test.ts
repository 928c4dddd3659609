import { describe, expect, it } from "vitest";
import { copyAsMarkdown, seededRandom, syndicate } from "./syndicate.ts";

const ARTICLE = {
  title: "Police arrest 37 in Lagos romance scam raid",
  paragraphs: [
    "Police in Lagos arrested 37 suspects on Tuesday in a raid on a romance scam call centre.",
    "The agency said the suspects had defrauded victims of more than $4 million.",
    "Investigators seized 120 laptops and 300 phones. The company that owned the building said it was unaware.",
    "The attackers targeted victims in the United States and Europe.",
    "The suspects will be charged in court next week.",
  ],
  published: "2024-03-06",
};

describe("syndicate", () => {
  it("gives the same copies for the same seed and others for another", () => {
    expect(syndicate(ARTICLE, 3, 42)).toEqual(syndicate(ARTICLE, 3, 42));
    expect(syndicate(ARTICLE, 3, 43)).not.toEqual(syndicate(ARTICLE, 3, 42));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it("adds boilerplate, dates copies up to three days later and lays them out as corpus files", () => {
    for (const copy of syndicate(ARTICLE, 20, 7)) {
      expect(copy.changes).toContain("boilerplate");
      const days = (Date.parse(copy.published) - Date.parse(ARTICLE.published)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThanOrEqual(3);
      const markdown = copyAsMarkdown(copy);
      expect(markdown).toContain(`+ Date: ${copy.published}`);
      expect(markdown).toContain(copy.url);
    }
  });
});
