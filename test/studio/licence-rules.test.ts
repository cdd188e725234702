import { expect, test } from "vitest";
import { sampleHouse } from "./sample-house.ts";
import { compileRelaisSchema, type Doc, validate } from "./studio-harness.ts";

/** The licence warnings of the sample image with `licence`, at the clock `now`. */
async function licenceWarnings(licence: Record<string, unknown>, now = "2026-12-01T00:00:00Z") {
  const house = sampleHouse();
  const compiled = compileRelaisSchema({ now: () => new Date(now) });
  const hero: Doc = {
    ...house.hero,
    licence: { name: "CC-BY-4.0", usage: ["editorial"], ...licence },
  };
  const markers = await validate(compiled, hero, house.dataset);
  return markers.filter((marker) => marker.level === "warning").map((marker) => marker.message);
}

test("an ended licence is a warning that names each market's end in its own time zone", async () => {
  expect(await licenceWarnings({ expires: "2026-06-30" })).toEqual([
    "The licence has ended (China 2026-06-30 00:00 Asia/Shanghai (UTC+08:00) · France 2026-06-30 00:00 Europe/Paris (UTC+02:00)): the image is left out of every pack; renew the licence or replace the image",
  ]);
});

test("a licence ending within 30 days is a warning", async () => {
  expect(await licenceWarnings({ expires: "2026-12-10" })).toEqual([
    "The licence ends in 9 days (China 2026-12-10 00:00 Asia/Shanghai (UTC+08:00) · France 2026-12-10 00:00 Europe/Paris (UTC+01:00)): after that the image is left out of the packs; renew it or plan a replacement",
  ]);
});

test("a local end time has passed in Shanghai but not yet in Paris", async () => {
  expect(await licenceWarnings({ expires: "2026-12-01T05:00" })).toEqual([
    "The licence has ended (China 2026-12-01 05:00 Asia/Shanghai (UTC+08:00)): the image is left out of these markets' packs; renew the licence or replace the image",
    "The licence ends in 1 day (France 2026-12-01 05:00 Europe/Paris (UTC+01:00)): after that the image is left out of the packs; renew it or plan a replacement",
  ]);
});

test("only the markets the licence covers count", async () => {
  const excludeChina = {
    territories: { exclude: [{ _key: "cn", _type: "reference", _ref: "market-cn" }] },
  };
  expect(await licenceWarnings({ expires: "2026-12-01T05:00", ...excludeChina })).toEqual([
    "The licence ends in 1 day (France 2026-12-01 05:00 Europe/Paris (UTC+01:00)): after that the image is left out of the packs; renew it or plan a replacement",
  ]);
});

test("the clock is the one validation is given", async () => {
  expect(await licenceWarnings({ expires: "2027-06-30" })).toEqual([]);
  expect(await licenceWarnings({ expires: "2027-06-30" }, "2027-06-20T00:00:00Z")).toEqual([
    expect.stringContaining("The licence ends in 10 days"),
  ]);
});
