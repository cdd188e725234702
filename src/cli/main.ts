import { Command, CommanderError, Option } from "commander";
import { type ContentIssue, createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";
import { SourceUnavailableError } from "../sources/source-unavailable-error.ts";
import { StoreError } from "../store/store-error.ts";
import { type ExitCode, runBuild, runCheck, runNext, runPlan } from "./commands.ts";
import { countIssues, formatIssues } from "./format-issues.ts";
import { invokedFrom } from "./invoked-from.ts";
import type { Output } from "./output.ts";
import {
  type CommonOptions,
  createRunContext,
  type RunContext,
  systemClock,
} from "./run-context.ts";

export interface MainOptions {
  cwd?: string;
  output?: Output;
  clock?: typeof systemClock;
}

const processOutput: Output = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

type Runner = (context: RunContext, output: Output) => Promise<ExitCode>;

/** Runs the `relais` command line and returns its exit code. */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<ExitCode> {
  const output = options.output ?? processOutput;
  const cwd = options.cwd ?? invokedFrom(process.env, process.cwd());
  let exitCode: ExitCode = 0;

  const program = new Command("relais")
    .description("Channel-ready kits for every market and placement, from one source of content.")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.stdout(text.trimEnd()),
      writeErr: (text) => output.stderr(text.trimEnd()),
    });

  const commands: [string, string, Runner][] = [
    ["check", "Validate the content and print every issue.", runCheck],
    [
      "plan",
      "Print what would be built for every audience, market, channel and entry, and why anything is skipped.",
      runPlan,
    ],
    [
      "build",
      "Validate, plan and write the output folder (replaced only when the build succeeds).",
      runBuild,
    ],
    [
      "next",
      "Print the moments at which the output changes by the clock alone (embargoes lifting, withdrawals, licence expiries), per market: when a scheduled build must run.",
      runNext,
    ],
  ];
  for (const [name, description, run] of commands) {
    const command = withCommonOptions(program.command(name).description(description));
    if (name === "build") withBuildOptions(command);
    command.action(async (commandOptions: CommonOptions) => {
      const context = await createRunContext(commandOptions, cwd, options.clock ?? systemClock);
      exitCode = await run(context, output);
    });
  }

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const stopped = stoppingIssues(error);
    if (!stopped) throw error;
    if (argv.includes("--json")) {
      output.stdout(
        JSON.stringify(
          { ok: false, ...countIssues(stopped.issues), issues: stopped.issues },
          null,
          2,
        ),
      );
    }
    output.stderr(
      `${formatIssues(stopped.issues)}\n\n[relais] Nothing was built; the last output was left as it was.`,
    );
    return stopped.exitCode;
  }
}

/** Errors that stop a run before or while it builds, as issues: never a stack trace. */
function stoppingIssues(error: unknown): { issues: ContentIssue[]; exitCode: 1 | 2 } | undefined {
  if (error instanceof IssueError) return { issues: error.issues, exitCode: error.exitCode };
  if (error instanceof SourceUnavailableError) {
    const issue = createIssue("SourceUnavailable", {
      origin: error.source,
      expected: "a source Relais can read",
      found: error.message,
    });
    return { issues: [issue], exitCode: 1 };
  }
  if (error instanceof StoreError) {
    const issue = createIssue("StoreUnavailable", {
      origin: error.location,
      expected: "a store this build can read and write",
      found: `${error.code}: ${error.operation} failed: ${error.found}. ${error.hint}`,
    });
    return { issues: [issue], exitCode: 1 };
  }
  return undefined;
}
function withBuildOptions(command: Command): Command {
  return command
    .option("--no-site", "build the kits' files and manifest only, without the press kit site")
    .option("--cache <dir>", "this machine's cache folder (default: .relais/cache)")
    .option(
      "--store <location>",
      "a store shared between machines: a folder or s3://bucket/prefix (docs/store.md)",
    )
    .option("--read-only-store", "read finished renders from the store, never write to it")
    .option(
      "--shard <i/n>",
      "render slice i of n into the store and write no output (auto: from JOB_COMPLETION_INDEX, CI_NODE_INDEX or RELAIS_SHARD; docs/sharding.md)",
    )
    .option(
      "--merge",
      "assemble the output from the renders the shards left in the store, rendering nothing",
    );
}

function withCommonOptions(command: Command): Command {
  return command
    .option("--config <file>", "config file", undefined)
    .option("--content <dir>", "Markdown content folder (default: content)")
    .option("--out <dir>", "output folder (default: dist)")
    .option(
      "--now <instant>",
      "the build's clock, ISO-8601 with Z or offset (default: the current time)",
    )
    .addOption(
      new Option("--source <driver>", "where content comes from").choices([
        "markdown",
        "sanity",
        "sanity-export",
      ]),
    )
    .option(
      "--drafts",
      "Sanity sources: read drafts over published documents (a preview, never for a launch)",
    )
    .option("--strict", "fail (exit 1) when the content has any error")
    .option(
      "--allow-partial",
      "build even when a whole market or audience is left out by its errors (without it, the build fails and the last output stays)",
    )
    .option("--json", "machine-readable output on stdout");
}
