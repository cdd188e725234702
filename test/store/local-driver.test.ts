import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ownerToken } from "../../src/fs/process-owner.ts";
import { LocalDriver } from "../../src/store/local-driver.ts";
import { StoreError } from "../../src/store/store-error.ts";
import { runDriverContract } from "./driver-contract.ts";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function freshFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "relais-local-driver-"));
  folders.push(folder);
  return folder;
}

runDriverContract(
  "LocalDriver",
  async () => {
    const folder = await freshFolder();
    return {
      driver: new LocalDriver(folder),
      reopen: () => new LocalDriver(folder),
      // What a writer killed before its link leaves: a whole or partial temporary file.
      async interruptWrite(_name, bytes) {
        await mkdir(path.join(folder, ".tmp"), { recursive: true });
        await writeFile(path.join(folder, ".tmp", `${ownerToken()}-killed`), bytes.slice(0, 100));
      },
    };
  },
  { manyObjects: 1005 },
);

const run = promisify(execFile);
const driverModule = fileURLToPath(new URL("../../src/store/local-driver.ts", import.meta.url));

describe("LocalDriver", () => {
  it("lets exactly one of several processes create one name", async () => {
    const folder = await freshFolder();
    const script = `
      const { LocalDriver } = await import(${JSON.stringify(driverModule)});
      const bytes = Buffer.alloc(2 * 1024 * 1024, process.argv[1]);
      // All start at one instant, so their checks and writes overlap.
      await new Promise((go) => setTimeout(go, Number(process.argv[2]) - Date.now()));
      process.stdout.write(await new LocalDriver(${JSON.stringify(folder)}).create("blobs/same", bytes));
    `;
    const start = String(Date.now() + 3_000);
    const outputs = await Promise.all(
      ["a", "b", "c", "d"].map((fill) =>
        run(process.execPath, ["--input-type=module", "-e", script, fill, start]),
      ),
    );
    const results = outputs.map(({ stdout }) => stdout);
    expect(results.filter((result) => result === "created")).toHaveLength(1);
    expect(results.filter((result) => result === "exists")).toHaveLength(3);
    const kept = await new LocalDriver(folder).get("blobs/same");
    expect(new Set(kept)).toEqual(new Set([Buffer.from("abcd")[results.indexOf("created")]]));
    expect(await readdir(path.join(folder, ".tmp"))).toEqual([]);
  }, 30_000);

  it("keeps an object as a file at its name, for stages that copy or link files", async () => {
    const folder = await freshFolder();
    const driver = new LocalDriver(folder);
    await driver.create("records/image/abc.json", Buffer.from("{}"));
    expect(driver.pathOf("records/image/abc.json")).toBe(
      path.join(folder, "records", "image", "abc.json"),
    );
    expect(await readdir(path.join(folder, "records", "image"))).toEqual(["abc.json"]);
  });

  it("removes the temporary files of writers whose process is gone, and only those", async () => {
    const folder = await freshFolder();
    const driver = new LocalDriver(folder);
    await mkdir(path.join(folder, ".tmp"));
    const gone = ownerToken({ ...parseSelf(), pid: 2 ** 22 + 7 });
    await writeFile(path.join(folder, ".tmp", `${gone}-x`), "partial");
    await writeFile(path.join(folder, ".tmp", `${ownerToken()}-y`), "mine, still writing");
    expect(await driver.removeAbandonedTemporaries()).toBe(1);
    expect(await readdir(path.join(folder, ".tmp"))).toEqual([`${ownerToken()}-y`]);
  });

  it("says which folder cannot be written, and what to do", async () => {
    const folder = await freshFolder();
    await writeFile(path.join(folder, "blobs"), "a file where the folder should be");
    const error = await new LocalDriver(folder)
      .create("blobs/abc", Buffer.from("x"))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("StoreFolderUnwritable");
    expect((error as StoreError).message).toContain(`${folder}: writing blobs/abc failed`);
    expect((error as StoreError).message).toContain("writable by the user");
  });
});

function parseSelf() {
  const [machine = "", pid = "", started = ""] = ownerToken().split("-");
  return { machine, pid: Number(pid), started: Number(started) };
}
