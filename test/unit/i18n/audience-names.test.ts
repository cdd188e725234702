import { describe, expect, it } from "vitest";
import {
  audienceDescription,
  audienceDescriptionLabel,
  audienceLabel,
  audienceName,
} from "../../../src/i18n/audience-names.ts";
import { resolveAudience } from "../../../src/model/audience.ts";

const base = {
  receives: ["story" as const],
  usage: "social" as const,
  listed: true,
  partnership: "none" as const,
};

describe("audienceName", () => {
  const press = resolveAudience(
    "press",
    {
      ...base,
      name: { en: "Press", fr: "Presse", ja: "プレス", "zh-Hans": "媒体", ko: "언론" },
      description: { fr: "Journalistes et rédactions.", en: "Journalists and newsrooms." },
    },
    "fr",
  );

  it("names the audience in the reader's language, through the locale's chain", () => {
    expect(audienceName(press, "ja")).toBe("プレス");
    expect(audienceName(press, "ko")).toBe("언론");
    expect(audienceLabel(press, "zh-Hans-CN")).toEqual({ text: "媒体", locale: "zh-Hans" });
  });

  it("falls back to the brand's default locale, and says so", () => {
    expect(audienceLabel(press, "ar")).toEqual({ text: "Presse", locale: "fr" });
  });

  it("reads a name written once as the brand's default locale's", () => {
    const fans = resolveAudience("public", { ...base, name: "Fans", description: "" }, "fr");
    expect(fans.names).toEqual({ fr: "Fans" });
    expect(audienceLabel(fans, "ja")).toEqual({ text: "Fans", locale: "fr" });
    expect(audienceDescription(fans, "ja")).toBeUndefined();
  });

  it("keeps the default locale's name as `name`, first of `names`", () => {
    expect(press.name).toBe("Presse");
    expect(Object.keys(press.names)).toEqual(["fr", "en", "ja", "zh-Hans", "ko"]);
  });

  it("describes the audience the same way", () => {
    expect(audienceDescription(press, "en-GB")).toBe("Journalists and newsrooms.");
    expect(audienceDescriptionLabel(press, "ja")).toEqual({
      text: "Journalistes et rédactions.",
      locale: "fr",
    });
  });
});
