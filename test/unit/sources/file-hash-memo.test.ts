import { createHash } from "node:crypto";
import { mkdtemp, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openFileHashMemo } from "../../../src/sources/file-hash-memo.ts";
import { placeholderImage } from "../../support/house.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function folder() {
  return mkdtemp(path.join(tmpdir(), "relais-memo-"));
}

describe("the file hash memo", () => {
  it("gives each file's sha256, and remembers it for the next run", async () => {
    const dir = await folder();
    const photo = path.join(dir, "photo.jpg");
    await writeFile(photo, "first bytes");
    const memoFile = path.join(dir, "memo.json");
    const memo = await openFileHashMemo(memoFile);
    expect((await memo.inspect(photo))?.contentHash).toBe(sha256("first bytes"));
    expect(await memo.inspect(path.join(dir, "missing.jpg"))).toBeUndefined();
    await memo.save();
    const saved = JSON.parse(await readFile(memoFile, "utf8"));
    expect(Object.keys(saved.files)).toEqual([photo]);
    const again = await openFileHashMemo(memoFile);
    expect((await again.inspect(photo))?.contentHash).toBe(sha256("first bytes"));
  });

  it("never gives a stale hash, even when the modification time is set back", async () => {
    const dir = await folder();
    const photo = path.join(dir, "photo.jpg");
    await writeFile(photo, "first bytes");
    const before = await stat(photo);
    const memoFile = path.join(dir, "memo.json");
    const memo = await openFileHashMemo(memoFile);
    await memo.inspect(photo);
    await memo.save();
    // Same size, and the old modification time put back (as `cp -p` or a sync tool would).
    await writeFile(photo, "other bytes");
    await utimes(photo, before.atime, before.mtime);
    const reopened = await openFileHashMemo(memoFile);
    expect((await reopened.inspect(photo))?.contentHash).toBe(sha256("other bytes"));
  });

  it("forgets files it no longer sees", async () => {
    const dir = await folder();
    const [a, b] = [path.join(dir, "a.jpg"), path.join(dir, "b.jpg")];
    await writeFile(a, "a");
    await writeFile(b, "b");
    const memoFile = path.join(dir, "memo.json");
    const first = await openFileHashMemo(memoFile);
    await first.inspect(a);
    await first.inspect(b);
    await first.save();
    const second = await openFileHashMemo(memoFile);
    await second.inspect(a);
    await second.save();
    expect(Object.keys(JSON.parse(await readFile(memoFile, "utf8")).files)).toEqual([a]);
  });
});

describe("the file hash memo and image probes", () => {
  it("remembers each image's probe with its hash, so an unchanged photo is not read again", async () => {
    const dir = await folder();
    const photo = path.join(dir, "photo.jpg");
    await writeFile(photo, placeholderImage);
    const memoFile = path.join(dir, "memo.json");
    const memo = await openFileHashMemo(memoFile);
    const probe = { readable: true, format: "jpeg", width: 64, height: 64, bytes: 291 };
    expect(await memo.inspect(photo)).toEqual({
      contentHash: createHash("sha256").update(placeholderImage).digest("hex"),
      image: probe,
    });
    await memo.save();
    expect(JSON.parse(await readFile(memoFile, "utf8")).files[photo].image).toEqual(probe);
    // Nothing read from the file: what the memo holds is what it gives.
    const saved = JSON.parse(await readFile(memoFile, "utf8"));
    saved.files[photo].image.width = 65;
    await writeFile(memoFile, JSON.stringify(saved));
    const again = await openFileHashMemo(memoFile);
    expect((await again.inspect(photo))?.image).toMatchObject({ width: 65 });
  });
});
