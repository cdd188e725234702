import { randomBytes } from "node:crypto";
import pLimit from "p-limit";
import { describe, expect, it } from "vitest";
import { compareNames, type StoreDriver } from "../../src/store/driver.ts";

/** A fresh, empty store behind one driver, with what only that driver's test knows how to do. */
export interface DriverHarness {
  driver: StoreDriver;
  /**
   * Leaves in the store what a writer killed while creating `name` leaves (a temporary file, an
   * aborted upload), without ever finishing the write.
   */
  interruptWrite(name: string, bytes: Uint8Array): Promise<void>;
  /** Another driver on the same store, as another process or machine would open it. */
  reopen(): StoreDriver;
}

export interface ContractOptions {
  /** How many objects the pagination test lists: past 1,000, S3's page size. */
  manyObjects: number;
}

async function collect(names: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const name of names) all.push(name);
  return all;
}

/** The one suite every StoreDriver passes: run by each driver's own test file. */
export function runDriverContract(
  label: string,
  makeHarness: () => Promise<DriverHarness>,
  options: ContractOptions,
): void {
  describe(`${label}: the StoreDriver contract`, () => {
    it("gives undefined, false and nothing listed for a name never created", async () => {
      const { driver } = await makeHarness();
      expect(await driver.get("blobs/missing")).toBeUndefined();
      expect(await driver.has("blobs/missing")).toBe(false);
      expect(await collect(driver.list("blobs/"))).toEqual([]);
    });

    it("gives back exactly the bytes created: binary, empty and 5 MB", async () => {
      const { driver, reopen } = await makeHarness();
      const binary = Uint8Array.from({ length: 256 }, (_, index) => index);
      const large = randomBytes(5 * 1024 * 1024);
      expect(await driver.create("binary", binary)).toBe("created");
      expect(await driver.create("empty", new Uint8Array())).toBe("created");
      expect(await driver.create("large", large)).toBe("created");

      const other = reopen();
      expect(Buffer.from((await other.get("binary")) ?? [])).toEqual(Buffer.from(binary));
      const empty = await other.get("empty");
      expect(empty).toBeInstanceOf(Uint8Array);
      expect(empty?.byteLength).toBe(0);
      expect(await other.has("empty")).toBe(true);
      const largeBack = await other.get("large");
      expect(largeBack?.byteLength).toBe(large.byteLength);
      expect(Buffer.compare(Buffer.from(largeBack ?? []), large)).toBe(0);
    });

    it("never replaces an object: a second create says exists and keeps the first bytes", async () => {
      const { driver, reopen } = await makeHarness();
      expect(await driver.create("records/image/k1.json", Buffer.from("first"))).toBe("created");
      expect(await driver.create("records/image/k1.json", Buffer.from("second"))).toBe("exists");
      expect(await reopen().create("records/image/k1.json", Buffer.from("third"))).toBe("exists");
      expect(Buffer.from((await driver.get("records/image/k1.json")) ?? []).toString()).toBe(
        "first",
      );
    });

    it("lets exactly one of many concurrent creates of one name create it", async () => {
      const { driver, reopen } = await makeHarness();
      const writers = [driver, reopen(), reopen(), driver, reopen(), reopen(), driver, reopen()];
      const results = await Promise.all(
        writers.map((writer, index) => writer.create("blobs/contended", Buffer.from(`w${index}`))),
      );
      expect(results.filter((result) => result === "created")).toHaveLength(1);
      expect(results.filter((result) => result === "exists")).toHaveLength(writers.length - 1);
      const winner = results.indexOf("created");
      expect(Buffer.from((await driver.get("blobs/contended")) ?? []).toString()).toBe(
        `w${winner}`,
      );
    });

    it("lists the names under a prefix in code-point order, sub-folders included", async () => {
      const { driver } = await makeHarness();
      const names = [
        "order/z",
        "order/a/b",
        "order/a0",
        "order/a-b",
        "order/A",
        "order/\u00e9t\u00e9",
        "order/a/a/a",
        "order/\u{1f48e}",
        "order/\uff21",
        "orderly",
        "other/a",
      ];
      for (const name of names) await driver.create(name, Buffer.from(name));
      // Code points, as S3 orders keys (by UTF-8 bytes): "-" < "/" < "0" < "A" < "é" < "Ａ" < "💎".
      expect(await collect(driver.list("order/"))).toEqual([
        "order/A",
        "order/a-b",
        "order/a/a/a",
        "order/a/b",
        "order/a0",
        "order/z",
        "order/\u00e9t\u00e9",
        "order/\uff21",
        "order/\u{1f48e}",
      ]);
      expect(await collect(driver.list("order/a"))).toEqual([
        "order/a-b",
        "order/a/a/a",
        "order/a/b",
        "order/a0",
      ]);
      expect(await collect(driver.list("order"))).toEqual([
        ...names.filter((name) => name.startsWith("order")).sort(compareNames),
      ]);
      expect(await collect(driver.list("")).then((all) => all.length)).toBe(names.length);
      expect(Buffer.from((await driver.get("order/a/a/a")) ?? []).toString()).toBe("order/a/a/a");
      expect(await driver.has("order/a")).toBe(false);
    });

    it(`lists all of ${options.manyObjects} objects, past one page, in order`, async () => {
      const { driver } = await makeHarness();
      const names = Array.from(
        { length: options.manyObjects },
        (_, index) => `page/${index.toString(36).padStart(3, "0")}`,
      );
      const limit = pLimit(16);
      await Promise.all(names.map((name) => limit(() => driver.create(name, Buffer.from("x")))));
      await driver.create("pagf", Buffer.from("after the prefix"));
      expect(await collect(driver.list("page/"))).toEqual([...names].sort(compareNames));
    }, 120_000);

    it("removes an object, which can then be created again", async () => {
      const { driver } = await makeHarness();
      await driver.create("blobs/bad", Buffer.from("corrupt"));
      await driver.create("blobs/kept", Buffer.from("kept"));
      await driver.remove("blobs/bad");
      expect(await driver.get("blobs/bad")).toBeUndefined();
      expect(await driver.has("blobs/bad")).toBe(false);
      expect(await collect(driver.list("blobs/"))).toEqual(["blobs/kept"]);
      await driver.remove("blobs/bad");
      expect(await driver.create("blobs/bad", Buffer.from("good"))).toBe("created");
      expect(Buffer.from((await driver.get("blobs/bad")) ?? []).toString()).toBe("good");
    });

    it("shows nothing of a writer killed halfway: not read, not listed, creatable", async () => {
      const { driver, interruptWrite } = await makeHarness();
      await interruptWrite("blobs/interrupted", randomBytes(1024 * 1024));
      expect(await driver.get("blobs/interrupted")).toBeUndefined();
      expect(await driver.has("blobs/interrupted")).toBe(false);
      expect(await collect(driver.list(""))).toEqual([]);
      expect(await driver.create("blobs/interrupted", Buffer.from("whole"))).toBe("created");
      expect(await collect(driver.list(""))).toEqual(["blobs/interrupted"]);
    });

    it("refuses names that could escape the store or clash with a driver's own files", async () => {
      const { driver } = await makeHarness();
      for (const name of ["", "/abs", "a//b", "a/", "../up", "a/../b", ".tmp/x", "a\\b"]) {
        await expect(driver.create(name, Buffer.from("x")), name).rejects.toThrow(
          /Expected an object name/,
        );
      }
    });
  });
}
