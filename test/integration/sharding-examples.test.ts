import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { type ShardEnv, shardOption } from "../../src/cli/shard-option.ts";

/**
 * The sharded build examples of docs/sharding.md: each engine's file says what the doc says
 * (every slice rendered once, the merge after the shards, one instant and one store everywhere),
 * and every Relais command in them uses only options that `relais build --help` lists, in
 * their forms.
 */
const root = path.resolve(import.meta.dirname, "../..");
const example = (name: string) => readFile(path.join(root, "docs/examples", name), "utf8");

interface GithubStep {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface GithubJob {
  needs?: string | string[];
  outputs?: Record<string, string>;
  strategy?: { "fail-fast"?: boolean; matrix?: Record<string, unknown> };
  steps: GithubStep[];
}
interface GitlabJob {
  stage?: string;
  needs?: (string | { job: string })[];
  parallel?: unknown;
  script?: string[];
  artifacts?: { paths?: string[]; reports?: { dotenv?: string } };
}
interface K8sEnvVar {
  name: string;
  value?: string;
  valueFrom?: { configMapKeyRef?: { name: string; key: string } };
}
interface K8sContainer {
  image: string;
  command: string[];
  env?: K8sEnvVar[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string };
  spec: {
    completionMode?: string;
    completions?: number;
    parallelism?: number;
    backoffLimitPerIndex?: number;
    suspend?: boolean;
    template: { spec: { restartPolicy?: string; containers: K8sContainer[] } };
  };
}

/** A Relais build command: the arguments after `relais build` (`npm run relais -- build …`). */
type BuildArgs = string[];

/**
 * The `relais … build` commands in a shell script, as the shell splits their words (quotes
 * removed, nothing expanded). CI expressions (`${{ matrix.shard }}`) become one word, `⟨…⟩`,
 * since the engine substitutes them before the shell runs.
 */
function buildCommands(script: string): BuildArgs[] {
  const commands: BuildArgs[] = [];
  const text = script
    .replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => `⟨${expression}⟩`)
    .replace(/\\\n/g, " ");
  for (const line of text.split("\n")) {
    if (line.trim().startsWith("#")) continue;
    const args = afterBuild(shellWords(line));
    if (args) commands.push(args);
  }
  return commands;
}

function afterBuild(words: string[]): BuildArgs | undefined {
  const relais = words.findIndex((word) => word === "relais" || word.endsWith("/relais"));
  if (relais < 0) return undefined;
  let next = relais + 1;
  if (words[next] === "--") next += 1;
  return words[next] === "build" ? words.slice(next + 1) : undefined;
}

function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined;
      else word = (word ?? "") + char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote) throw new Error(`unclosed quote in: ${line}`);
  if (word !== undefined) words.push(word);
  return words;
}

/** The value given to `option` (`--now X` or `--now=X`); undefined when the option is absent. */
function optionValue(args: BuildArgs, option: string): string | undefined {
  for (const [index, arg] of args.entries()) {
    if (arg === option) return args[index + 1];
    if (arg.startsWith(`${option}=`)) return arg.slice(option.length + 1);
  }
  return undefined;
}

/** `relais build --help`, run once: each option it lists, and whether it takes a value. */
let buildOptions: Map<string, boolean>;

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, "bin/relais.js"), "build", "--help"],
    { cwd: root },
  );
  buildOptions = new Map();
  for (const match of stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)( <[^>]+>)?/gm)) {
    buildOptions.set(match[1] as string, match[2] !== undefined);
  }
}, 60_000);

/** Every word is an option `relais build --help` lists, each value where one is taken. */
function expectKnownOptions(args: BuildArgs): void {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    expect(buildOptions.has(name), `${arg} in relais build ${args.join(" ")}`).toBe(true);
    const takesValue = buildOptions.get(name);
    if (!takesValue) {
      expect(inline, `${name} takes no value`).toBeUndefined();
    } else if (inline === undefined) {
      const value = args[index + 1];
      expect(value !== undefined && !value.startsWith("--"), `a value after ${name}`).toBe(true);
      index += 1;
    }
  }
  expect(args.includes("--shard") && args.includes("--merge")).toBe(false);
}

/** The slices a set of jobs renders, each job's environment given to `--shard`'s own parser. */
function slices(value: string, envs: ShardEnv[]): string[] {
  return envs.map((env) => {
    const parsed = shardOption(value, env);
    if (!("shard" in parsed))
      throw new Error(`${value} with ${JSON.stringify(env)}: ${parsed.found}`);
    return `${parsed.shard.index}/${parsed.shard.count}`;
  });
}

const everySlice = (count: number) =>
  Array.from({ length: count }, (_, index) => `${index + 1}/${count}`);

describe("the help the checks read", () => {
  it("lists the sharding options, with their values", () => {
    expect(buildOptions.get("--shard")).toBe(true);
    expect(buildOptions.get("--store")).toBe(true);
    expect(buildOptions.get("--now")).toBe(true);
    expect(buildOptions.get("--merge")).toBe(false);
    expect(buildOptions.get("--read-only-store")).toBe(false);
  });
});

const workflow = parse(await example("github-actions-sharded.yml")) as {
  jobs: Record<string, GithubJob>;
};
const pipeline = parse(await example("gitlab-ci-sharded.yml")) as Record<string, unknown> & {
  stages: string[];
  default?: { before_script?: string[] };
};
const objects = parseAllDocuments(await example("kubernetes-indexed-job.yaml"))
  .map((document) => document.toJS() as K8sObject | null)
  .filter((object): object is K8sObject => object !== null);

describe("GitHub Actions (docs/examples/github-actions-sharded.yml)", () => {
  const { clock, shard, merge } = workflow.jobs as Record<"clock" | "shard" | "merge", GithubJob>;
  const commandsOf = (job: GithubJob) => job.steps.flatMap((step) => buildCommands(step.run ?? ""));
  const needs = (job: GithubJob) => [job.needs ?? []].flat();
  const all = Object.values(workflow.jobs).flatMap(commandsOf);

  it("renders every slice once: the matrix lists 1 to n and the command says /n", () => {
    const matrix = shard.strategy?.matrix?.shard as number[];
    const count = matrix.length;
    expect(count).toBeGreaterThan(1);
    expect(matrix).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    const [command, ...others] = commandsOf(shard);
    expect(others).toEqual([]);
    const value = optionValue(command ?? [], "--shard");
    expect(value).toBe(`⟨matrix.shard⟩/${count}`);
    const values = matrix.map((index) => value?.replace("⟨matrix.shard⟩", String(index)) ?? "");
    expect(values.flatMap((each) => slices(each, [{}]))).toEqual(everySlice(count));
  });

  it("lets the other shards finish when one fails", () => {
    expect(shard.strategy?.["fail-fast"]).toBe(false);
  });

  it("merges after every shard, rendering nothing, and publishes dist/site", () => {
    expect(needs(merge)).toContain("shard");
    const commands = commandsOf(merge);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toContain("--merge");
    const upload = merge.steps.find((step) =>
      step.uses?.startsWith("actions/upload-pages-artifact@"),
    );
    expect(upload?.with?.path).toBe("dist/site");
  });

  it("gives every command the instant the clock job decided once, and the same store", () => {
    const output = clock.outputs?.now?.match(/^\$\{\{\s*steps\.(\S+)\.outputs\.now\s*\}\}$/);
    const step = clock.steps.find((each) => (each as { id?: string }).id === output?.[1]);
    expect(step?.run).toContain('"$GITHUB_OUTPUT"');
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const command of all) {
      expect(optionValue(command, "--now")).toBe("⟨needs.clock.outputs.now⟩");
      expect(optionValue(command, "--store")).toBe(optionValue(all[0] ?? [], "--store"));
    }
    expect(optionValue(all[0] ?? [], "--store")).toBeTruthy();
    expect(needs(shard)).toContain("clock");
    expect(needs(merge)).toContain("clock");
  });

  it("uses only options relais build lists", () => {
    for (const command of all) expectKnownOptions(command);
  });
});

describe("GitLab CI (docs/examples/gitlab-ci-sharded.yml)", () => {
  const jobs = Object.entries(pipeline).filter(
    (entry): entry is [string, GitlabJob] =>
      typeof entry[1] === "object" && entry[1] !== null && "script" in entry[1],
  );
  const commandsOf = (job: GitlabJob) => buildCommands((job.script ?? []).join("\n"));
  const [renderName, render] = jobs.find(([, job]) =>
    commandsOf(job).some((command) => command.includes("--shard")),
  ) ?? ["", {} as GitlabJob];
  const [mergeName, merge] = jobs.find(([, job]) =>
    commandsOf(job).some((command) => command.includes("--merge")),
  ) ?? ["", {} as GitlabJob];
  const all = jobs.flatMap(([, job]) => commandsOf(job));

  it("renders every slice once: parallel: n, and --shard auto reads CI_NODE_INDEX", () => {
    const count = render.parallel as number;
    expect(Number.isInteger(count) && count > 1).toBe(true);
    const [command, ...others] = commandsOf(render);
    expect(others).toEqual([]);
    expect(optionValue(command ?? [], "--shard")).toBe("auto");
    const envs = everySlice(count).map((_, index) => ({
      CI_NODE_INDEX: String(index + 1),
      CI_NODE_TOTAL: String(count),
    }));
    expect(slices("auto", envs)).toEqual(everySlice(count));
  });

  it("merges in a later stage, after every shard, and publishes dist/site as public", () => {
    expect(mergeName).not.toBe(renderName);
    const stage = (job: GitlabJob) => pipeline.stages.indexOf(job.stage ?? "test");
    expect(stage(render)).toBeGreaterThanOrEqual(0);
    expect(stage(merge)).toBeGreaterThan(stage(render));
    expect(
      (merge.needs ?? []).map((need) => (typeof need === "string" ? need : need.job)),
    ).toContain(renderName);
    expect(merge.script).toContain("mv dist/site public");
    expect(merge.artifacts?.paths).toEqual(["public"]);
  });

  it("gives every command the instant a clock job decided once, and the same store", () => {
    const clock = jobs.find(([, job]) => job.artifacts?.reports?.dotenv);
    const dotenv = clock?.[1].artifacts?.reports?.dotenv;
    const variable = clock?.[1].script?.join("\n").match(new RegExp(`(\\w+)=.*> ${dotenv}`))?.[1];
    expect(variable).toBeTruthy();
    const stage = (job: GitlabJob | undefined) => pipeline.stages.indexOf(job?.stage ?? "test");
    expect(stage(clock?.[1])).toBeLessThan(stage(render));
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const command of all) {
      expect(optionValue(command, "--now")).toBe(`$${variable}`);
      expect(optionValue(command, "--store")).toBe(optionValue(all[0] ?? [], "--store"));
    }
    expect(optionValue(all[0] ?? [], "--store")).toBeTruthy();
  });

  it("installs the lockfile's Relais before every Relais command", () => {
    expect(pipeline.default?.before_script?.some((line) => line.startsWith("npm ci"))).toBe(true);
  });

  it("uses only options relais build lists", () => {
    for (const command of all) expectKnownOptions(command);
  });
});

describe("Kubernetes (docs/examples/kubernetes-indexed-job.yaml)", () => {
  const jobs = objects.filter((object) => object.kind === "Job");
  const containerOf = (job: K8sObject | undefined) =>
    job?.spec.template.spec.containers[0] as K8sContainer;
  const argsOf = (job: K8sObject | undefined) => afterBuild(containerOf(job).command) ?? [];
  const shards = jobs.find((job) => argsOf(job).includes("--shard"));
  const merge = jobs.find((job) => argsOf(job).includes("--merge"));
  const envOf = (job: K8sObject | undefined, name: string) =>
    containerOf(job).env?.find((variable) => variable.name === name);

  it("renders every slice once: an Indexed Job whose completions RELAIS_SHARD_COUNT repeats", () => {
    expect(shards?.spec.completionMode).toBe("Indexed");
    const count = shards?.spec.completions as number;
    expect(count).toBeGreaterThan(1);
    expect(shards?.spec.parallelism).toBe(count);
    expect(envOf(shards, "RELAIS_SHARD_COUNT")?.value).toBe(String(count));
    expect(optionValue(argsOf(shards), "--shard")).toBe("auto");
    const envs = everySlice(count).map((_, index) => ({
      JOB_COMPLETION_INDEX: String(index),
      RELAIS_SHARD_COUNT: envOf(shards, "RELAIS_SHARD_COUNT")?.value ?? "",
    }));
    expect(slices("auto", envs)).toEqual(everySlice(count));
  });

  it("retries a shard on its own: backoffLimitPerIndex, with the restart policy it needs", () => {
    expect(shards?.spec.backoffLimitPerIndex).toBeGreaterThan(0);
    expect(shards?.spec.template.spec.restartPolicy).toBe("Never");
  });

  it("merges with the same image, created suspended until the shards are done", () => {
    expect(merge).toBeDefined();
    expect(merge).not.toBe(shards);
    expect(merge?.spec.suspend).toBe(true);
    expect(containerOf(merge).image).toBe(containerOf(shards).image);
    expect(containerOf(shards).image).toMatch(/REPLACE/);
  });

  it("gives both Jobs the instant and the store from the same ConfigMap keys", () => {
    for (const job of [shards, merge]) {
      const args = argsOf(job);
      for (const [option, variable] of [
        ["--now", "BUILD_NOW"],
        ["--store", "STORE"],
      ] as const) {
        expect(optionValue(args, option)).toBe(`$(${variable})`);
        expect(envOf(job, variable)?.valueFrom?.configMapKeyRef).toEqual(
          envOf(shards, variable)?.valueFrom?.configMapKeyRef,
        );
        expect(envOf(job, variable)?.valueFrom?.configMapKeyRef).toBeDefined();
      }
    }
  });

  it("defines every $(VARIABLE) its commands use: Kubernetes leaves an undefined one as written", () => {
    for (const job of jobs) {
      const defined = new Set(containerOf(job).env?.map((variable) => variable.name));
      for (const arg of containerOf(job).command) {
        for (const [, name] of arg.matchAll(/\$\((\w+)\)/g)) expect(defined).toContain(name);
      }
    }
  });

  it("uses only options relais build lists", () => {
    for (const job of jobs) expectKnownOptions(argsOf(job));
  });
});
