import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Driver } from "../../src/store/s3-driver.ts";
import { snapshotFolder } from "../errors-corpus/harness.ts";
import { startLocalS3 } from "../support/local-s3.ts";
import { eventually } from "../support/processes.ts";
import { type BinResult, runBin, startBin } from "../support/run-bin.ts";

/**
 * The sample house built as a CI matrix builds it: three shard processes, each with its own
 * cache (its own machine), rendering into one S3-compatible store on 127.0.0.1, then a merge
 * that renders nothing. Its output is the one-process build's, byte for byte; so is it when a
 * shard is killed halfway and run again, which renders only what it had not stored.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const NOW = "2026-12-01T00:00:00Z";
const KIT_SECRET = "kit-secret-for-the-sharded-build-test-0123456789abcdef";

let work = "";
let s3: Awaited<ReturnType<typeof startLocalS3>>;
let env: NodeJS.ProcessEnv = {};
let reference = new Map<string, Buffer>();

/** `relais build` in the work folder, as a machine of its own (`cache` is its disk). */
function build(args: string[], cache: string) {
  return runBin(
    ["build", "--now", NOW, "--json", "--cache", path.join(work, cache), ...args],
    work,
    { env },
  );
}

function ok(result: BinResult) {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** Objects of one kind in the bucket, under a run's prefix. */
async function countRenders(prefix: string): Promise<number> {
  const driver = new S3Driver({
    bucket: s3.bucket,
    prefix,
    clientConfig: {
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    },
  });
  let count = 0;
  for await (const _ of driver.list("records/renders/")) count += 1;
  return count;
}

async function shardsThenMerge(prefix: string, out: string): Promise<void> {
  const store = `s3://${s3.bucket}/${prefix}`;
  for (const index of [1, 2, 3]) {
    const shard = ok(await build(["--shard", `${index}/3`, "--store", store], `cache-${index}`));
    expect(shard).toMatchObject({ ok: true, shard: `${index}/3` });
  }
  const merged = ok(await build(["--merge", "--store", store, "--out", out], "cache-merge"));
  expect(merged).toMatchObject({ ok: true, rendered: 0 });
}

async function expectSameAsReference(out: string): Promise<void> {
  const built = await snapshotFolder(out);
  expect([...built.keys()].sort()).toEqual([...reference.keys()].sort());
  const different = [...reference].filter(([name, bytes]) => !built.get(name)?.equals(bytes));
  expect(different.map(([name]) => name)).toEqual([]);
}

describe("a build in three shards and a merge, over S3", { timeout: 600_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "relais-shards-"));
    await writeFile(
      path.join(work, "relais.config.ts"),
      `export default ${JSON.stringify({ content: path.join(repo, "content") })};\n`,
    );
    s3 = await startLocalS3();
    env = {
      RELAIS_KIT_SECRET: KIT_SECRET,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_REGION: s3.region,
      AWS_ACCESS_KEY_ID: s3.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
    };
    ok(await build(["--out", path.join(work, "one-process")], "cache-one"));
    reference = await snapshotFolder(path.join(work, "one-process"));
    expect(reference.has("manifest.json")).toBe(true);
    expect([...reference.keys()].some((name) => name.startsWith("site/"))).toBe(true);
  }, 300_000);

  afterAll(async () => {
    await s3?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("gives the one-process build's output, byte for byte", async () => {
    const out = path.join(work, "sharded");
    await shardsThenMerge("run-1", out);
    await expectSameAsReference(out);
  });

  it("does the same when a shard is killed halfway and run again", async () => {
    const prefix = "run-2";
    const store = `s3://${s3.bucket}/${prefix}`;
    const args = ["build", "--now", NOW, "--json", "--shard", "2/3", "--store", store];
    const killed = startBin([...args, "--cache", path.join(work, "cache-killed")], work, {
      env,
      detached: true,
    });
    // Halfway: some of its renders are in the store, not all.
    const started = await eventually(async () => (await countRenders(prefix)) >= 40, 120_000);
    expect(started).toBe(true);
    process.kill(-(killed.process.pid as number), "SIGKILL");
    const ended = await killed.done;
    expect(ended.signal).toBe("SIGKILL");
    const stored = await countRenders(prefix);

    // Run again on another machine (an empty cache): only what is missing is rendered.
    const again = ok(await build(["--shard", "2/3", "--store", store], "cache-rerun"));
    expect(again).toMatchObject({ ok: true, shard: "2/3" });
    const { renders, rendered, fromStore } = again as {
      [k in "renders" | "rendered" | "fromStore"]: number;
    };
    expect(fromStore).toBeGreaterThanOrEqual(stored);
    // What it had stored is not rendered again (outputs too small for their source never are).
    expect(rendered).toBeGreaterThan(0);
    expect(rendered + fromStore).toBeLessThanOrEqual(renders);
    expect(rendered).toBeLessThanOrEqual(renders - stored);

    const out = path.join(work, "sharded-after-kill");
    await shardsThenMerge(prefix, out);
    await expectSameAsReference(out);
  });

  it("refuses to merge while renders are missing, saying what to run", async () => {
    const store = `s3://${s3.bucket}/run-empty`;
    const out = path.join(work, "never");
    const merged = await build(["--merge", "--store", store, "--out", out], "cache-empty");
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/RendersMissing/);
    expect(merged.stderr).toMatch(/--shard/);
    await expect(snapshotFolder(out)).rejects.toThrow();
  });
});
