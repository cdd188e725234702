import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IssueError } from "../../../src/errors/issue-error.ts";
import { kitSecret, kitToken } from "../../../src/site/stage/kit-token.ts";

const folder = () => mkdtemp(path.join(tmpdir(), "relais-secret-"));
const SECRET = "a".repeat(16) + "b".repeat(16) + "c".repeat(16);

describe("the kit secret behind unlisted links", () => {
  it("comes from RELAIS_KIT_SECRET first, then a secret file, then the one kept on the machine", async () => {
    const state = await folder();
    const file = path.join(await folder(), "secret.txt");
    await writeFile(file, `${SECRET}\n`);
    expect(await kitSecret(state, { RELAIS_KIT_SECRET: "from-env" }, { secretFile: file })).toBe(
      "from-env",
    );
    expect(await kitSecret(state, {}, { secretFile: file })).toBe(SECRET);
    expect(await kitSecret(state, { RELAIS_KIT_SECRET_FILE: file }, {})).toBe(SECRET);
    const made = await kitSecret(state, {});
    expect(made).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(path.join(state, "kit-secret"), "utf8")).trim()).toBe(made);
  });

  it("gives two fresh clones with the same secret file the same links", async () => {
    const file = path.join(await folder(), "secret.txt");
    await writeFile(file, SECRET);
    const first = await kitSecret(
      await folder(),
      { CI: "true" },
      { unlistedKits: true, secretFile: file },
    );
    const second = await kitSecret(
      await folder(),
      { CI: "true" },
      { unlistedKits: true, secretFile: file },
    );
    expect(kitToken(first, "fr", "ambassadors")).toBe(kitToken(second, "fr", "ambassadors"));
  });

  it("is never made in CI when there are unlisted kits, and says what to set", async () => {
    const state = await folder();
    const attempt = kitSecret(state, { CI: "true" }, { unlistedKits: true });
    await expect(attempt).rejects.toBeInstanceOf(IssueError);
    await expect(attempt).rejects.toMatchObject({
      exitCode: 1,
      issues: [
        expect.objectContaining({
          name: "KitSecretMissing",
          found: "no RELAIS_KIT_SECRET nor RELAIS_KIT_SECRET_FILE in this CI build",
        }),
      ],
    });
    // Without unlisted kits, nothing depends on it: a secret is made as usual.
    expect(await kitSecret(state, { CI: "true" }, { unlistedKits: false })).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it("refuses a secret file that holds no secret", async () => {
    const file = path.join(await folder(), "empty.txt");
    await writeFile(file, "short\n");
    await expect(kitSecret(await folder(), {}, { secretFile: file })).rejects.toMatchObject({
      issues: [expect.objectContaining({ name: "KitSecretMissing" })],
    });
  });
});
