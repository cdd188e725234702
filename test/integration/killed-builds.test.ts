import { access, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { currentOwner, ownerToken } from "../../src/fs/process-owner.ts";
import { snapshotFolder } from "../errors-corpus/harness.ts";
import { houseWithPhotos, writeHouse } from "../support/house.ts";
import { childrenOf, endedPid, eventually, exited, isRunning } from "../support/processes.ts";
import { type BinResult, runBin, startBin } from "../support/run-bin.ts";
import { runCli } from "../support/run-cli.ts";

/**
 * `bin/relais.js` killed at random points of a cold build (what a CI runner cancelling a job or
 * the OOM killer does), then built again: the second build gives what a build never interrupted
 * gives, byte for byte, and nothing any of them made is left in the house, beside the output,
 * inside Relais or in the temporary folder.
 *
 * Rounds: 4 here, about 20 s each on two shared cores (a cold build killed, a build to the end);
 * more with `RELAIS_ROUNDS=20 npx vitest run test/integration/killed-builds.test.ts`.
 */
const ROUNDS = Number(process.env.RELAIS_ROUNDS ?? 4);

const RELAIS_ROOT = path.resolve(import.meta.dirname, "../..");
const OUT = "published/dist";
const ARGS = ["build", "--content", ".", "--out", OUT, "--now", "2026-12-01T00:00:00Z"];
/** Unlisted kit links follow the secret: one for every build, whatever the cache holds. */
const ENV = { RELAIS_KIT_SECRET: "a-kit-secret-for-the-killed-builds-test-0123456789" };

let root = "";
let reference = new Map<string, Buffer>();
let coldMs = 0;

function expectBuilt(result: BinResult): void {
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, unchanged: false });
}

/** Dot-folders Relais makes beside the output or in the house: staging, locks, site work. */
async function leftovers(): Promise<string[]> {
  const dots = async (folder: string) =>
    (await readdir(folder).catch(() => [] as string[]))
      .filter((name) => name.startsWith(".") && name !== ".relais")
      .map((name) => path.join(folder, name));
  const scratch = await readdir(path.join(root, ".relais/cache/.tmp")).catch(() => []);
  return [...(await dots(root)), ...(await dots(path.join(root, "published"))), ...scratch];
}

/** Folders named for one of `pids` (`…-<machine>-<pid>-<start>-…`) in Relais and the temp folder. */
async function foldersOf(pids: Iterable<number>): Promise<string[]> {
  const found: string[] = [];
  for (const folder of [RELAIS_ROOT, tmpdir()]) {
    const names = await readdir(folder);
    for (const pid of pids) {
      const owned = new RegExp(`-[0-9a-f]{8}-${pid}-\\d+-`);
      found.push(...names.filter((name) => owned.test(name)).map((n) => path.join(folder, n)));
    }
  }
  return found;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe("builds killed outright", { timeout: 120_000 + ROUNDS * 90_000 }, () => {
  beforeAll(async () => {
    root = await writeHouse(await houseWithPhotos());
    const started = performance.now();
    expectBuilt(await runBin([...ARGS, "--json"], root, { env: ENV }));
    coldMs = performance.now() - started;
    reference = await snapshotFolder(path.join(root, OUT));
    expect([...reference.keys()].some((name) => name.startsWith("site/"))).toBe(true);
  }, 180_000);

  it("leave nothing behind once the next build has run, and that build is the reference", async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      // Cold: every image rendered again, the site built again.
      await rm(path.join(root, ".relais"), { recursive: true, force: true });
      // Alternately the bin alone (its build must stop by itself) and the bin with its build.
      const wholeGroup = round % 2 === 0;
      const killAfter = Math.round(200 + Math.random() * coldMs);
      const label = `round ${round}: killed ${wholeGroup ? "with its build" : "alone"} after ${killAfter} ms`;

      const run = startBin(ARGS, root, { detached: true, env: ENV });
      const bin = run.process.pid ?? 0;
      const pids = new Set([bin]);
      const until = Date.now() + killAfter;
      while (Date.now() < until && run.process.exitCode === null) {
        for (const child of await childrenOf(bin)) pids.add(child);
        await sleep(25);
      }
      try {
        process.kill(wholeGroup ? -bin : bin, "SIGKILL");
      } catch {
        // It had finished: the round still checks the next build.
      }
      await exited(run.process);
      // Every process of that build ends, the build process too when only the bin was killed.
      for (const pid of pids) {
        expect(await eventually(async () => !(await isRunning(pid)), 60_000), label).toBe(true);
      }
      // The last good output is there, or was moved aside in a swap the next build completes.
      const parent = path.join(root, "published");
      const aside = (await readdir(parent).catch(() => [] as string[])).some((name) =>
        name.endsWith("-previous"),
      );
      expect((await exists(path.join(root, OUT))) || aside, label).toBe(true);

      const next = await runBin([...ARGS, "--json"], root, { env: ENV });
      // Unchanged only when the killed build had finished first.
      expect(next.code, next.stderr).toBe(0);
      const built = await snapshotFolder(path.join(root, OUT));
      expect([...built.keys()].sort(), label).toEqual([...reference.keys()].sort());
      const differing = [...reference].filter(([name, bytes]) => !built.get(name)?.equals(bytes));
      expect(
        differing.map(([name]) => name),
        label,
      ).toEqual([]);
      expect(await leftovers(), label).toEqual([]);
      expect(await foldersOf(pids), label).toEqual([]);
    }
  });

  it("the next build puts back an output a kill mid-swap left missing, even when it then fails", async () => {
    const house = await writeHouse(await houseWithPhotos());
    const dist = path.join(house, "dist");
    const args = ["build", "--no-site", "--content", ".", "--out", "dist", ...ARGS.slice(-2)];
    expect((await runCli(args, house)).code).toBe(0);
    const good = await snapshotFolder(dist);
    // A build killed between its two renames: the last output moved aside, its own beside it.
    const killed = ownerToken({ ...currentOwner(), pid: await endedPid() });
    await rename(dist, path.join(house, `.dist-next-${killed}-aaaaaa-previous`));
    await mkdir(path.join(house, `.dist-next-${killed}-aaaaaa`));
    await writeFile(path.join(house, "markets/jp.yaml"), "name: Japan\nlocales: [ja\n");
    const failed = await runCli([...args, "--strict"], house);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("the last output was put back");
    const after = await snapshotFolder(dist);
    expect([...after.keys()].sort()).toEqual([...good.keys()].sort());
    for (const [name, bytes] of good) expect(after.get(name)?.equals(bytes), name).toBe(true);
    expect((await readdir(house)).filter((name) => name.startsWith(".dist"))).toEqual([]);
  });

  it.each(["SIGKILL", "SIGTERM"] as const)(
    "the build stops with the bin that started it (%s), and replaces nothing",
    async (signal) => {
      await rm(path.join(root, ".relais"), { recursive: true, force: true });
      const lock = path.join(root, "published/.dist-lock");
      const run = startBin(ARGS, root, { env: ENV });
      const bin = run.process.pid ?? 0;
      // Once the build holds the output's lock, it is under way.
      expect(await eventually(() => exists(lock), 60_000)).toBe(true);
      const [build] = await childrenOf(bin);
      expect(build).toBeDefined();
      await rm(path.join(root, OUT), { recursive: true, force: true });
      run.process.kill(signal);
      // SIGTERM is passed on, and the bin ends as its build did: by the signal.
      expect(await exited(run.process)).toMatchObject({ signal });
      expect(await eventually(async () => !(await isRunning(build ?? 0)), 60_000)).toBe(true);
      // It stopped instead of writing its output; what it made, it removed.
      expect(await exists(path.join(root, OUT))).toBe(false);
      expect(await exists(lock)).toBe(false);
      expect(await leftovers()).toEqual([]);
      expect(await foldersOf([build ?? 0])).toEqual([]);
    },
  );
});
