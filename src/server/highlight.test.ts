import { describe, expect, it } from "vitest";
import { highlightText, type LabelledSpan } from "./highlight.ts";

const span = (start: number, end: number, label: string): LabelledSpan => ({
  start,
  end,
  kind: "entity",
  label,
});

describe("highlightText", () => {
  it("cuts overlapping spans into segments that list every covering fact", () => {
    const out = highlightText("NCCIA raided <Faisalabad>", [
      span(0, 12, "event"),
      span(0, 5, "agency"),
      span(13, 25, "place"),
    ]);
    expect(out.value).toBe(
      '<mark id="s-0" class="k-entity" title="event\nagency">NCCIA</mark>' +
        '<mark id="s-5" class="k-entity" title="event"> raided</mark> ' +
        '<mark id="s-13" class="k-entity" title="place">&lt;Faisalabad&gt;</mark>',
    );
  });

  it("clamps spans past the end and drops empty ones", () => {
    expect(highlightText("abc", [span(2, 99, "x"), span(1, 1, "y"), span(-5, 0, "z")]).value).toBe(
      'ab<mark id="s-2" class="k-entity" title="x">c</mark>',
    );
  });

  it("escapes labels and text with no spans", () => {
    expect(highlightText(`a "b" & c`, []).value).toBe("a &quot;b&quot; &amp; c");
    expect(highlightText("ab", [span(0, 1, `<x y="z">`)]).value).toBe(
      '<mark id="s-0" class="k-entity" title="&lt;x y=&quot;z&quot;&gt;">a</mark>b',
    );
  });
});
