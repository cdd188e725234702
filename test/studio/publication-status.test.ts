import { describe, expect, it } from "vitest";
import { publicationStatus } from "../../src/studio/badges/publication-status.ts";
import { marketOf } from "../../src/studio/data/model-values.ts";
import { Temporal } from "../../src/time/moment.ts";

/** What the entry badge says, against markets as the Studio reads them. */
const markets = [
  marketOf({
    _id: "market-fr",
    id: "fr",
    name: "France",
    locales: ["fr"],
    timeZone: "Europe/Paris",
  }),
  marketOf({ _id: "market-jp", id: "jp", name: "Japon", locales: ["ja"], timeZone: "Asia/Tokyo" }),
];
const ref = (id: string) => ({ _type: "reference", _ref: id });
const NOW = Temporal.Instant.from("2026-12-02T00:00:00Z");

describe("the entry badge", () => {
  it("says live in every market when nothing holds the entry back", () => {
    expect(publicationStatus({}, "story", markets, NOW)).toEqual({
      label: "Live in 2 markets",
      title: "France (fr): live on the next build\nJapon (jp): live on the next build",
      color: "success",
    });
  });

  it("reads an embargo in each market's own time, a market's own moment first", () => {
    const document = {
      embargo: {
        publishAt: "2099-03-01T10:00",
        markets: [{ market: ref("market-jp"), publishAt: "2026-12-01T09:00" }],
      },
    };
    expect(publicationStatus(document, "capsule", markets, NOW)).toEqual({
      label: "Live in 1 of 2 markets",
      title:
        "France (fr): embargoed until 2099-03-01 10:00 Europe/Paris (UTC+01:00)\nJapon (jp): live on the next build",
      color: "warning",
    });
  });

  it("says embargoed, or withdrawn, when no market shows the entry", () => {
    const embargoed = publicationStatus(
      { embargo: { publishAt: "2099-03-01T10:00" } },
      "story",
      markets,
      NOW,
    );
    expect(embargoed).toMatchObject({ label: "Embargoed in 2 markets", color: "warning" });
    // At 20:00 UTC on 1 December, midnight of 2 December has passed in Tokyo, not yet in Paris.
    const withdrawal = { unpublishAt: "2026-12-02" };
    const evening = Temporal.Instant.from("2026-12-01T20:00:00Z");
    expect(publicationStatus(withdrawal, "story", markets, evening)).toEqual({
      label: "Live in 1 of 2 markets",
      title:
        "France (fr): live, withdrawn at 2026-12-02 00:00 Europe/Paris (UTC+01:00)\nJapon (jp): withdrawn since 2026-12-02 00:00 Asia/Tokyo (UTC+09:00)",
      color: "warning",
    });
    expect(publicationStatus({ unpublishAt: "2026-11-30" }, "story", markets, NOW)).toMatchObject({
      label: "Withdrawn",
      color: "danger",
    });
  });

  it("follows the targeting: included markets only, and for a product where it is sold", () => {
    const onlyJapan = { markets: { include: [ref("market-jp")] } };
    expect(publicationStatus(onlyJapan, "story", markets, NOW)?.label).toBe("Live in 1 market");
    expect(publicationStatus({ soldIn: [] }, "product", markets, NOW)).toEqual({
      label: "In no market",
      title: "This entry targets no published market: no build will publish it.",
      color: "danger",
    });
  });

  it("says nothing while no market is published", () => {
    expect(publicationStatus({}, "story", [], NOW)).toBeUndefined();
  });
});
