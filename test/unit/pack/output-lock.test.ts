import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IssueError } from "../../../src/errors/issue-error.ts";
import { currentOwner, ownerToken } from "../../../src/fs/process-owner.ts";
import { type LockHolder, lockOutput, outputLockPath } from "../../../src/pack/output-lock.ts";
import { openStaging, recoverOutput } from "../../../src/pack/staging.ts";
import { endedPid, eventually } from "../../support/processes.ts";

let parent: string;
let out: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "relais-lock-"));
  out = path.join(parent, "dist");
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

/** A lock left as a build of `owner` would have left it. */
async function leaveLock(owner: Partial<LockHolder>): Promise<void> {
  const lock = outputLockPath(out);
  await mkdir(lock);
  const holder = { ...currentOwner(), host: "elsewhere", since: "2026-12-01T00:00:00.000Z" };
  await writeFile(path.join(lock, "owner.json"), JSON.stringify({ ...holder, id: "x", ...owner }));
}

describe("lockOutput", () => {
  it("lets one build at a time write an output folder, the second waiting for the first", async () => {
    const first = await lockOutput(out);
    const waited: LockHolder[] = [];
    const events: string[] = [];
    const second = lockOutput(out, {
      pollMs: 20,
      onWait: (holder) => {
        waited.push(holder);
        events.push("waiting");
      },
    }).then((lock) => {
      events.push("second holds");
      return lock;
    });
    expect(await eventually(() => events.length > 0, 10_000)).toBe(true);
    expect(events).toEqual(["waiting"]);
    expect(waited[0]).toMatchObject({ pid: process.pid });
    events.push("first releases");
    await first.release();
    const lock = await second;
    expect(events).toEqual(["waiting", "first releases", "second holds"]);
    await lock.verify();
    await lock.release();
    expect(await readdir(parent)).toEqual([]);
  });

  it("takes over the lock of a build that is gone", async () => {
    await leaveLock({ pid: await endedPid() });
    const lock = await lockOutput(out, { onWait: () => expect.unreachable() });
    await lock.verify();
    const holder = JSON.parse(await readFile(path.join(outputLockPath(out), "owner.json"), "utf8"));
    expect(holder.pid).toBe(process.pid);
    await lock.release();
    expect(await readdir(parent)).toEqual([]);
  });

  it("refuses, naming the holder, when another machine's build holds it past the wait", async () => {
    await leaveLock({ machine: "00000000", pid: 4242 });
    const refused = await lockOutput(out, { waitElsewhereMs: 100, pollMs: 20 }).catch((e) => e);
    expect(refused).toBeInstanceOf(IssueError);
    expect(refused.issues[0]).toMatchObject({
      name: "OutputBusy",
      origin: out,
      found: expect.stringMatching(/pid 4242 on elsewhere has held .*\.dist-lock since/),
    });
    // The other build's lock stays; this one's draft is gone.
    expect(await readdir(parent)).toEqual([".dist-lock"]);
  });

  it("takes over a lock from elsewhere that its holder stopped touching", async () => {
    await leaveLock({ machine: "00000000", pid: 4242 });
    const owner = path.join(outputLockPath(out), "owner.json");
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(owner, longAgo, longAgo);
    const lock = await lockOutput(out, {
      staleAfterMs: 2 * 60_000,
      onWait: () => expect.unreachable(),
    });
    expect(JSON.parse(await readFile(owner, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("touches its lock while it holds it, so builds elsewhere know it runs", async () => {
    const lock = await lockOutput(out, { heartbeatMs: 20 });
    const owner = path.join(outputLockPath(out), "owner.json");
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(owner, longAgo, longAgo);
    expect(
      await eventually(async () => Date.now() - (await stat(owner)).mtimeMs < 60_000, 10_000),
    ).toBe(true);
    await lock.release();
  });

  it("finds out before the swap when its lock was taken from it", async () => {
    const lock = await lockOutput(out);
    const owner = path.join(outputLockPath(out), "owner.json");
    const taken = { ...JSON.parse(await readFile(owner, "utf8")), id: "another" };
    await writeFile(owner, JSON.stringify(taken));
    await expect(lock.verify()).rejects.toThrow(/OutputBusy .*taken over/);
    // Releasing leaves the other build's lock alone.
    await lock.release();
    expect(await readdir(parent)).toEqual([".dist-lock"]);
  });
});

describe("recoverOutput", () => {
  const token = async () => ownerToken({ ...currentOwner(), pid: await endedPid() });

  it("puts the last output back when a build was killed between the two renames of its swap", async () => {
    const dead = await token();
    const previous = path.join(parent, `.dist-next-${dead}-aaaaaa-previous`);
    await mkdir(previous);
    await writeFile(path.join(previous, "manifest.json"), "last good");
    await mkdir(path.join(parent, `.dist-next-${dead}-aaaaaa`));
    expect(await recoverOutput(out)).toEqual({
      restored: true,
      removed: [`.dist-next-${dead}-aaaaaa`],
    });
    expect(await readFile(path.join(out, "manifest.json"), "utf8")).toBe("last good");
    expect(await readdir(parent)).toEqual(["dist"]);
  });

  it("removes what killed builds left beside a complete output, and nothing of a running build", async () => {
    await mkdir(out);
    const dead = await token();
    const elsewhere = ownerToken({ ...currentOwner(), machine: "00000000" });
    for (const name of [
      `.dist-next-${dead}-aaaaaa`,
      `.dist-next-${dead}-bbbbbb-previous`,
      `.dist-next-${elsewhere}-cccccc`,
    ]) {
      await mkdir(path.join(parent, name));
    }
    const running = await openStaging(out);
    await mkdir(path.join(parent, ".dist-next-by-hand"));
    const { restored, removed } = await recoverOutput(out);
    expect(restored).toBe(false);
    expect(removed.sort()).toEqual(
      [
        `.dist-next-${dead}-aaaaaa`,
        `.dist-next-${dead}-bbbbbb-previous`,
        `.dist-next-${elsewhere}-cccccc`,
      ].sort(),
    );
    expect((await readdir(parent)).sort()).toEqual(
      [".dist-next-by-hand", path.basename(running.dir), "dist"].sort(),
    );
    await running.abort();
  });
});
