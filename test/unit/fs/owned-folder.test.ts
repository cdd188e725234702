import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeOwnedFolder, removeAbandoned } from "../../../src/fs/owned-folder.ts";
import {
  currentOwner,
  ownerOf,
  ownerState,
  ownerToken,
  parseOwnerToken,
} from "../../../src/fs/process-owner.ts";
import {
  childrenOf,
  endedPid,
  eventually,
  exited,
  isRunning,
  sleeper,
} from "../../support/processes.ts";

describe("process owners", () => {
  it("names this process, and reads its token back", () => {
    const owner = currentOwner();
    expect(owner.pid).toBe(process.pid);
    expect(owner.started).toBeGreaterThan(0);
    expect(parseOwnerToken(`${ownerToken(owner)}-Ab12Cd`)).toEqual(owner);
    expect(parseOwnerToken("XXXXXX")).toBeUndefined();
    expect(ownerState(owner)).toBe("alive");
  });

  it("knows a process that ended, a reused id and another machine's process", async () => {
    const ended = await endedPid();
    expect(ownerState({ ...currentOwner(), pid: ended })).toBe("gone");
    // The same id, started at another time: another process.
    expect(ownerState({ ...currentOwner(), started: currentOwner().started - 1 })).toBe("gone");
    expect(ownerState({ ...currentOwner(), machine: "00000000" })).toBe("elsewhere");
  });

  it("counts a zombie (ended, never collected by its parent) as gone", async () => {
    // `sleep 0` ends at once; its parent, become `sleep 5`, never collects it.
    const parent = spawn("sh", ["-c", "sleep 0 & exec sleep 5"], { stdio: "ignore" });
    try {
      let zombie: number | undefined;
      const found = await eventually(async () => {
        [zombie] = await childrenOf(parent.pid ?? 0);
        return zombie !== undefined && !(await isRunning(zombie));
      }, 10_000);
      expect(found).toBe(true);
      expect(ownerState(ownerOf(zombie ?? 0))).toBe("gone");
    } finally {
      parent.kill();
      await exited(parent);
    }
  });
});

describe("owned folders", () => {
  it("removes the folders of processes that are gone, and no other", async () => {
    const parent = await mkdtemp(path.join(tmpdir(), "relais-owned-"));
    const mine = await makeOwnedFolder(parent, ".work-");
    const running = sleeper();
    const theirs = path.join(parent, `.work-${ownerToken(ownerOf(running.pid ?? 0))}-aaaaaa`);
    const dead = path.join(
      parent,
      `.work-${ownerToken({ ...currentOwner(), pid: await endedPid() })}-bbbbbb`,
    );
    const foreign = { ...currentOwner(), machine: "00000000" };
    const recentForeign = path.join(parent, `.work-${ownerToken(foreign)}-cccccc`);
    const oldForeign = path.join(parent, `.work-${ownerToken(foreign)}-dddddd`);
    const notOurs = path.join(parent, ".work-XXXXXX");
    const otherPrefix = path.join(
      parent,
      `.other-${ownerToken({ ...currentOwner(), pid: await endedPid() })}-eeeeee`,
    );
    for (const folder of [theirs, dead, recentForeign, oldForeign, notOurs, otherPrefix]) {
      await mkdir(folder);
    }
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    await utimes(oldForeign, twoDaysAgo, twoDaysAgo);
    try {
      const removed = await removeAbandoned(parent, ".work-");
      expect(removed.sort()).toEqual([path.basename(dead), path.basename(oldForeign)].sort());
      expect((await readdir(parent)).sort()).toEqual(
        [mine, theirs, recentForeign, notOurs, otherPrefix].map((f) => path.basename(f)).sort(),
      );
    } finally {
      running.kill();
      await exited(running);
    }
    // Once its process ended, its folder goes too.
    expect(await removeAbandoned(parent, ".work-")).toEqual([path.basename(theirs)]);
    await rm(parent, { recursive: true, force: true });
  });

  it("finds nothing to remove in a folder that does not exist", async () => {
    expect(await removeAbandoned(path.join(tmpdir(), "relais-no-such-folder"), ".x-")).toEqual([]);
  });
});
