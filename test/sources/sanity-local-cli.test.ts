import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exited } from "../support/processes.ts";

const repository = path.resolve(import.meta.dirname, "../..");
const START = path.join(repository, "scripts/sanity-local/start.ts");
const FIXTURE_FOLDER = path.join(repository, "fixtures/sanity/schemaui-starter");

const started: ChildProcess[] = [];
afterEach(async () => {
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited(child);
    }
  }
});

/** `npm run sanity:local -- <args>` typed in `userFolder`: npm runs it in the package root. */
function startCli(args: string[], userFolder: string) {
  const child = spawn(process.execPath, [START, ...args], {
    cwd: repository,
    env: { ...process.env, INIT_CWD: userFolder, SANITY_LOCAL_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  /** The settings it printed, once it listens (or its stderr, if it stopped first). */
  const settings = new Promise<Record<string, string>>((resolve, reject) => {
    child.stdout.on("data", () => {
      if (!stdout.includes("Ctrl-C stops it.")) return;
      resolve(
        Object.fromEntries([...stdout.matchAll(/^(SANITY_\w+)=(.*)$/gm)].map((m) => [m[1], m[2]])),
      );
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  return { child, settings, output: () => ({ stdout, stderr }) };
}

describe("npm run sanity:local", () => {
  it("serves an export given relative to the folder npm was run in, and prints its settings", async () => {
    const cli = startCli(["--export", "sample-data.tar.gz"], FIXTURE_FOLDER);
    const settings = await cli.settings;
    expect(settings).toMatchObject({
      SANITY_PROJECT_ID: "local01",
      SANITY_DATASET: "schemaui-starter",
      SANITY_API_HOST: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      SANITY_TOKEN: "local-read-token",
      SANITY_EXPORT: path.join(FIXTURE_FOLDER, "sample-data.tar.gz"),
    });
    const url = new URL(
      `${settings.SANITY_API_HOST}/v${settings.SANITY_API_VERSION}/data/query/${settings.SANITY_DATASET}`,
    );
    url.searchParams.set("query", `*[originalFilename == "Google__G__logo.svg"][0].url`);
    const answer = await fetch(url, {
      headers: { authorization: `Bearer ${settings.SANITY_TOKEN}` },
    });
    const { result } = (await answer.json()) as { result: string };
    const image = await fetch(result);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
    expect((await image.arrayBuffer()).byteLength).toBe(772);

    cli.child.kill("SIGTERM");
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(0);
  });

  it("still serves the sample house by default", async () => {
    const cli = startCli([], FIXTURE_FOLDER);
    const settings = await cli.settings;
    expect(settings).toEqual({
      SANITY_PROJECT_ID: "maison01",
      SANITY_DATASET: "production",
      SANITY_API_HOST: expect.any(String),
      SANITY_API_VERSION: "2025-02-19",
      SANITY_TOKEN: "local-read-token",
    });
  });

  it("stops with a clear message, naming the file it looked for, when --export is wrong", async () => {
    const cli = startCli(["--export", "production.tar.gz"], FIXTURE_FOLDER);
    await expect(cli.settings).rejects.toThrow();
    expect(cli.child.exitCode).toBe(2);
    expect(cli.output().stderr).toBe(
      `sanity:local: ${path.join(FIXTURE_FOLDER, "production.tar.gz")}: no such file. Give the .tar.gz that \`sanity dataset export\` wrote.\n`,
    );

    const notAnExport = startCli(["--export", "README.md"], FIXTURE_FOLDER);
    await expect(notAnExport.settings).rejects.toThrow();
    expect(notAnExport.output().stderr).toContain(
      `Sanity export ${path.join(FIXTURE_FOLDER, "README.md")} cannot be read`,
    );
  });
});
