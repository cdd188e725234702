import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * The GitHub Actions workflow a new house gets: what it runs, and its step that decides whether
 * a scheduled run is due, run here with bash as the runner runs it.
 */
const workflowFile = path.resolve(
  import.meta.dirname,
  "../../packages/create-relais/template/.github/workflows/relais.yml",
);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { paths: string[] }; schedule: { cron: string }[] };
  jobs: { build: { steps: Step[] }; deploy: { if: string; steps: Step[] } };
}

const workflow = parse(await readFile(workflowFile, "utf8")) as Workflow;
const steps = workflow.jobs.build.steps;

describe("the house's workflow", () => {
  it("runs on content pushes and on a schedule", () => {
    expect(workflow.on.push.paths).toContain("content/**");
    expect(workflow.on.schedule.length).toBe(1);
  });

  it("tests the content strictly, builds, and publishes dist/site on GitHub Pages", () => {
    const runs = steps.map((step) => step.run?.trim());
    expect(runs.indexOf("npm test")).toBeGreaterThan(runs.indexOf("npm ci"));
    expect(runs.indexOf("npm run build")).toBeGreaterThan(runs.indexOf("npm test"));
    const build = steps.find((step) => step.run === "npm run build");
    expect(Object.keys(build?.env ?? {})).toEqual(
      expect.arrayContaining(["RELAIS_KIT_SECRET", "SANITY_PROJECT_ID", "SANITY_TOKEN"]),
    );
    const upload = steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with?.path).toBe("dist/site");
    expect(workflow.jobs.deploy.steps[0]?.uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.jobs.deploy.if).toBe("needs.build.outputs.due == 'true'");
  });

  it("records the next moment with `relais next --json` after a build", () => {
    const record = steps.find((step) => step.run?.includes("relais -- next --json"));
    expect(record?.run).toContain("> .relais-schedule/next.json");
  });
});

describe("whether a run is due", () => {
  let work: string;
  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "relais-due-"));
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function due(event: string, next?: string | null): Promise<string> {
    if (next !== undefined) {
      await mkdir(path.join(work, ".relais-schedule"));
      await writeFile(
        path.join(work, ".relais-schedule/next.json"),
        JSON.stringify({ schemaVersion: 1, next, changes: [] }),
      );
    }
    const script = steps.find((step) => step.id === "due")?.run ?? "";
    // The runner gives each step a new file for its outputs.
    const output = path.join(work, "github-output");
    await rm(output, { force: true });
    await promisify(execFile)(
      "bash",
      ["-e", "-c", script.replace(/\$\{\{ github\.event_name \}\}/g, event)],
      { cwd: work, env: { ...process.env, GITHUB_OUTPUT: output } },
    );
    return (await readFile(output, "utf8")).trim();
  }

  it("skips a scheduled run before the next moment, or when none is ahead", async () => {
    expect(await due("schedule", "2999-01-01T00:00:00Z")).toBe("due=false");
    await rm(path.join(work, ".relais-schedule"), { recursive: true });
    expect(await due("schedule", null)).toBe("due=false");
  });

  it("builds on a scheduled run once the moment has come", async () => {
    expect(await due("schedule", "2020-01-01T00:00:00Z")).toBe("due=true");
  });

  it("builds when no build has recorded a moment yet", async () => {
    expect(await due("schedule")).toBe("due=true");
  });

  it("always builds on a push or by hand", async () => {
    expect(await due("push", "2999-01-01T00:00:00Z")).toBe("due=true");
    await rm(path.join(work, ".relais-schedule"), { recursive: true });
    expect(await due("workflow_dispatch", null)).toBe("due=true");
  });
});
