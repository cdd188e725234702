import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { snapshotFolder } from "../errors-corpus/harness.ts";
import { houseWithPhotos, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";

const build = (out: string, now: string) => [
  "build",
  "--no-site",
  "--content",
  ".",
  "--out",
  out,
  "--now",
  now,
  "--json",
];

/** A small tmpfs mounted for the test (root on Linux can; elsewhere the test says why it cannot). */
function mountTmpfs(folder: string, size: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", folder], {
      stdio: "ignore",
    });
    return true;
  } catch {
    return false;
  }
}

const mounted: string[] = [];
afterEach(() => {
  for (const folder of mounted.splice(0)) execFileSync("umount", ["-l", folder]);
});

async function diskFor(size: string): Promise<string | undefined> {
  const folder = await mkdtemp(path.join(tmpdir(), "relais-disk-"));
  if (!mountTmpfs(folder, size)) return undefined;
  mounted.push(folder);
  return folder;
}

const canMount = await (async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "relais-probe-"));
  const ok = mountTmpfs(folder, "64k");
  if (ok) execFileSync("umount", [folder]);
  return ok;
})();

/**
 * Real disk faults on a real (small) file system: a full disk and a read-only one end in a named
 * issue, the last output is kept byte for byte and no staging folder is left. Mounting needs
 * root; where it is refused these tests cannot run, and disk-faults-injected.test.ts covers the
 * same promises with the errors injected at the file-system boundary.
 */
describe.runIf(canMount)("disk faults", { timeout: 120_000 }, () => {
  it("a full disk keeps the last output and leaves nothing behind", async () => {
    const root = await writeHouse(await houseWithPhotos());
    const disk = (await diskFor("64m")) as string;
    const out = path.join(disk, "dist");
    expect((await runCli(build(out, "2026-12-01T00:00:00Z"), root)).code).toBe(0);
    const good = await snapshotFolder(out);
    // Fill the disk but for a few kilobytes.
    const free = Number(
      execFileSync("df", ["--output=avail", "-B1", disk]).toString().split("\n")[1],
    );
    await writeFile(path.join(disk, "filler"), Buffer.alloc(Math.max(0, free - 32 * 1024)));

    await changeCaption(root);
    const result = await runCli(build(out, "2026-12-01T00:00:00Z"), root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).issues).toEqual([
      expect.objectContaining({
        name: "OutputNotWritable",
        found: expect.stringContaining("ENOSPC"),
      }),
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    const after = await snapshotFolder(out);
    expect([...after.keys()]).toEqual([...good.keys()]);
    for (const [name, bytes] of good) expect(after.get(name)?.equals(bytes), name).toBe(true);
    expect((await readdir(disk)).sort()).toEqual(["dist", "filler"]);
  });

  it("a read-only disk keeps the last output and says so", async () => {
    const root = await writeHouse(await houseWithPhotos());
    const disk = (await diskFor("64m")) as string;
    const out = path.join(disk, "dist");
    expect((await runCli(build(out, "2026-12-01T00:00:00Z"), root)).code).toBe(0);
    const good = await snapshotFolder(out);
    execFileSync("mount", ["-o", "remount,ro", disk]);

    await changeCaption(root);
    const result = await runCli(build(out, "2026-12-01T00:00:00Z"), root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).issues).toEqual([
      expect.objectContaining({
        name: "OutputNotWritable",
        found: expect.stringContaining("EROFS"),
      }),
    ]);
    const after = await snapshotFolder(out);
    for (const [name, bytes] of good) expect(after.get(name)?.equals(bytes), name).toBe(true);
    expect(await readdir(disk)).toEqual(["dist"]);
  });
});

/** A new dek: every caption of the story changes, so the build has to write. */
async function changeCaption(root: string): Promise<void> {
  const file = path.join(root, "stories/la-maison/index.md");
  await writeFile(
    file,
    (await readFile(file, "utf8")).replace("Depuis 1854", "Depuis 1854, à Paris"),
  );
}
