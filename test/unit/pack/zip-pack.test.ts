import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipPack } from "../../../src/pack/zip-pack.ts";

const entries = [
  { path: "story-a/caption.fr.txt", bytes: new TextEncoder().encode("Bonjour\n") },
  { path: "README.txt", bytes: new TextEncoder().encode("Usage rights\n") },
  { path: "story-a/01-hero.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]) },
];

describe("zipPack", () => {
  it("holds every file, readable back", async () => {
    const files = unzipSync(await zipPack(entries));
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "story-a/01-hero.jpg",
      "story-a/caption.fr.txt",
    ]);
    expect(new TextDecoder().decode(files["story-a/caption.fr.txt"])).toBe("Bonjour\n");
  });

  it("gives the same bytes whatever the order of the files", async () => {
    const a = await zipPack(entries);
    const b = await zipPack([...entries].reverse());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("gives the same bytes in any time zone", async () => {
    const script = `import { zipPack } from ${JSON.stringify(path.resolve("src/pack/zip-pack.ts"))};
      import { createHash } from "node:crypto";
      const bytes = await zipPack([{ path: "a.txt", bytes: new TextEncoder().encode("a") }]);
      console.log(createHash("sha256").update(bytes).digest("hex"));`;
    const run = promisify(execFile);
    const hashIn = async (tz: string) =>
      (
        await run(process.execPath, ["--input-type=module", "-e", script], {
          env: { ...process.env, TZ: tz },
        })
      ).stdout.trim();
    const here = createHash("sha256")
      .update(await zipPack([{ path: "a.txt", bytes: new TextEncoder().encode("a") }]))
      .digest("hex");
    expect(await hashIn("Asia/Tokyo")).toBe(here);
    expect(await hashIn("America/Los_Angeles")).toBe(here);
  });
});
