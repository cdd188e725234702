import { describe, expect, it } from "vitest";
import { creditLines, fillCreditTemplate } from "../../../src/render/captions/credit-lines.ts";

const values = { creator: "Jane Doe", licence: "CC-BY-4.0", brand: "Maison Aurèle" };

describe("fillCreditTemplate", () => {
  it("fills every placeholder", () => {
    expect(
      fillCreditTemplate("Photo : {creator} {year} · {licence} · {brand}", {
        ...values,
        year: "2024",
      }),
    ).toBe("Photo : Jane Doe 2024 · CC-BY-4.0 · Maison Aurèle");
  });

  it("collapses the double space an empty {year} leaves", () => {
    expect(
      fillCreditTemplate("Photo : {creator} {year} · {licence} · {brand}", { ...values, year: "" }),
    ).toBe("Photo : Jane Doe · CC-BY-4.0 · Maison Aurèle");
  });

  it("removes the separator an empty {year} leaves dangling or doubled", () => {
    expect(fillCreditTemplate("Photo: {creator}, {year}", { ...values, year: "" })).toBe(
      "Photo: Jane Doe",
    );
    expect(fillCreditTemplate("{creator} · {year} · {licence}", { ...values, year: "" })).toBe(
      "Jane Doe · CC-BY-4.0",
    );
    expect(fillCreditTemplate("{year} · {creator}", { ...values, year: "" })).toBe("Jane Doe");
    expect(fillCreditTemplate("{creator} ({year})", { ...values, year: "" })).toBe("Jane Doe");
    expect(fillCreditTemplate("写真：{creator} {year}・{licence}", { ...values, year: "" })).toBe(
      "写真：Jane Doe・CC-BY-4.0",
    );
  });

  it("passes each non-empty value through wrap", () => {
    expect(
      fillCreditTemplate("{creator} {year}", { ...values, year: "" }, (value) => `[${value}]`),
    ).toBe("[Jane Doe]");
  });
});

describe("creditLines", () => {
  const brand = {
    name: "Maison Aurèle",
    defaultLocale: "fr",
    creditLine: { fr: "Photo : {creator} {year} · {licence}", en: "Photo: {creator} {year}" },
  };
  const image = (creator: string, year?: number, licence = "CC-BY-4.0") => ({
    credit: year === undefined ? { creator } : { creator, year },
    licence: { name: licence, usage: ["social" as const], territories: { exclude: [] } },
  });

  it("writes one line per distinct credit, in image order", () => {
    const result = creditLines(
      [image("Jane Doe", 2024), image("John Roe"), image("Jane Doe", 2024)],
      brand,
      "fr",
    );
    expect(result).toEqual({
      lines: ["Photo : Jane Doe 2024 · CC-BY-4.0", "Photo : John Roe · CC-BY-4.0"],
      templateLocale: "fr",
    });
  });

  it("falls back to the default locale's template", () => {
    expect(creditLines([image("Jane Doe", 2024)], brand, "ja")).toEqual({
      lines: ["Photo : Jane Doe 2024 · CC-BY-4.0"],
      templateLocale: "fr",
    });
    expect(creditLines([image("Jane Doe", 2024)], brand, "en").lines).toEqual([
      "Photo: Jane Doe 2024",
    ]);
  });
});
