import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotFolder } from "../errors-corpus/harness.ts";
import { houseWithPhotos, markdown, writeHouse } from "../support/house.ts";
import { type BinResult, runBin } from "../support/run-bin.ts";

/**
 * Two builds of one house at once, as a launch and a preview of it run side by side: the launch
 * with today's clock, the preview with a clock past a capsule's embargo. Each must give exactly
 * what it gives alone. Every round is a real build (outputs are removed between rounds) of real
 * processes (`bin/relais.js`), with the site.
 *
 * Rounds: 3 of each kind here (on two shared cores a round takes about 10 s side by side and 13 s
 * into one folder, where the builds take turns). Before builds were isolated, 8 runs in 12 went
 * wrong. A long run of 50 rounds: `RELAIS_ROUNDS=50 npx vitest run
 * test/integration/concurrent-builds.test.ts` (about 20 minutes; docs/robustness.md).
 */
const ROUNDS = Number(process.env.RELAIS_ROUNDS ?? 3);

const LAUNCH = "2026-12-01T00:00:00Z";
const PREVIEW = "2099-06-01T00:00:00Z";
/** Only in the capsule embargoed to 2099. */
const SECRET = "Nuit Secrète";

type Snapshot = Map<string, Buffer>;

let root = "";
const reference = new Map<string, Snapshot>();

const build = (now: string, out: string) =>
  runBin(["build", "--content", ".", "--out", out, "--now", now, "--json"], root);

function expectBuilt(result: BinResult): void {
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, unchanged: false });
}

/** Byte for byte, naming the first files that differ rather than printing their bytes. */
function expectSameFolder(actual: Snapshot, expected: Snapshot, label: string): void {
  expect([...actual.keys()].sort(), label).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([name, bytes]) => !actual.get(name)?.equals(bytes));
  expect(
    differing.map(([name]) => name),
    label,
  ).toEqual([]);
}

function includesSecret(snapshot: Snapshot): boolean {
  return [...snapshot].some(
    ([name, bytes]) => !name.startsWith("report") && bytes.includes(SECRET),
  );
}

async function leftovers(): Promise<string[]> {
  const scratch = await readdir(path.join(root, ".relais/cache/.tmp")).catch(() => []);
  return [
    // Every dot-folder but the state folder: staging, locks, site work, Astro's.
    ...(await readdir(root)).filter((name) => name.startsWith(".") && name !== ".relais"),
    ...scratch,
  ];
}

describe("two builds of one house at once", { timeout: 60_000 + ROUNDS * 60_000 }, () => {
  beforeAll(async () => {
    root = await writeHouse(
      await houseWithPhotos({
        "capsules/nuit/index.md": markdown(
          {
            title: SECRET,
            season: "FW26",
            keyVisuals: ["hero"],
            products: ["sac-nuit"],
            embargo: { publishAt: "2099-01-01T00:00" },
          },
          "La nuit.",
        ),
      }),
    );
    // Each alone, one after the other: the references.
    for (const [now, out] of [
      [LAUNCH, "launch"],
      [PREVIEW, "preview"],
    ] as const) {
      expectBuilt(await build(now, out));
      reference.set(now, await snapshotFolder(path.join(root, out)));
      await rm(path.join(root, out), { recursive: true });
    }
    const launch = reference.get(LAUNCH) ?? new Map();
    const preview = reference.get(PREVIEW) ?? new Map();
    expect([...launch.keys()].some((name) => name.startsWith("site/"))).toBe(true);
    expect(includesSecret(launch)).toBe(false);
    expect(includesSecret(preview)).toBe(true);
  }, 240_000);

  it("each into its own --out gives what it alone gives", async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const [launch, preview] = await Promise.all([build(LAUNCH, "a"), build(PREVIEW, "b")]);
      expectBuilt(launch);
      expectBuilt(preview);
      const a = await snapshotFolder(path.join(root, "a"));
      expect(includesSecret(a), `round ${round}`).toBe(false);
      expectSameFolder(a, reference.get(LAUNCH) ?? new Map(), `launch, round ${round}`);
      expectSameFolder(
        await snapshotFolder(path.join(root, "b")),
        reference.get(PREVIEW) ?? new Map(),
        `preview, round ${round}`,
      );
      expect(await leftovers()).toEqual([]);
      await rm(path.join(root, "a"), { recursive: true });
      await rm(path.join(root, "b"), { recursive: true });
    }
  });

  it("both into one --out: the second waits for the first, and the folder is one build's whole output", async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const finished: string[] = [];
      const run = (now: string) =>
        build(now, "out").then((result) => {
          finished.push(now);
          return result;
        });
      const results = await Promise.all([run(LAUNCH), run(PREVIEW)]);
      for (const result of results) expectBuilt(result);
      // They overlap (each takes seconds), so one of them waited for the other's lock.
      expect(
        results.some((result) => result.stderr.includes("waiting for it to finish")),
        `round ${round}`,
      ).toBe(true);
      // The one that wrote last had to build after the other released the folder: it ends last.
      const last = finished[1] ?? "";
      const out = await snapshotFolder(path.join(root, "out"));
      expectSameFolder(out, reference.get(last) ?? new Map(), `round ${round}, ${last} last`);
      expect(await leftovers()).toEqual([]);
      await rm(path.join(root, "out"), { recursive: true });
    }
  });
});
