import pc from "picocolors";
import {
  type ContentErrorName,
  contentErrors,
  type ErrorSpec,
  type ErrorStage,
} from "../errors/catalog.ts";
import { createIssue } from "../errors/issue.ts";
import { formatIssue } from "./format-issues.ts";

const STAGES: readonly [ErrorStage, string][] = [
  ["usage", "Command line"],
  ["config", "Config"],
  ["source", "Reading the source"],
  ["validate", "Validating documents"],
  ["plan", "Planning the whole catalog"],
  ["render", "Rendering images and captions"],
  ["pack", "Writing the output"],
  ["site", "The press kit site"],
];

/**
 * docs/errors.md, made from the catalog alone: every code with its stage, what it means, an
 * example as the command line prints it, and its fix. `npm run docs:errors` writes it; a test
 * keeps the file equal to this.
 */
export function errorsDoc(): string {
  const plain = pc.createColors(false);
  const entries = Object.entries(contentErrors) as [ContentErrorName, ErrorSpec][];
  const lines = [
    "# Errors",
    "",
    "<!-- Generated from src/errors/catalog.ts by `npm run docs:errors`; do not edit by hand. -->",
    "",
    "Every mistake Relais finds has a permanent code. The command line prints it with the file or",
    "document, the field, what was expected, what was found and what to do; `--json` gives the same",
    "as data (`name`, `stage`, `severity`, `origin`, `line`, `path`, `expected`, `found`, `hint`).",
    "",
    "- An **error** leaves its document out (a translation: only that locale) and the rest is built;",
    "  `--strict` fails the run on any error.",
    "- A **warning** is reported and changes nothing.",
    "- A **blocking** error fails the run even without `--strict` and keeps the last output: it would",
    "  drop a whole market, audience or the catalog. `--allow-partial` lets a build go on without a",
    "  dropped market or audience.",
    "",
    "Exit codes: `0` success, `1` the build failed, `2` bad usage (an option or the config).",
    "",
  ];
  for (const [stage, heading] of STAGES) {
    const ofStage = entries.filter(([, spec]) => spec.stage === stage);
    if (ofStage.length === 0) continue;
    lines.push(`## ${heading}`, "");
    lines.push("| code | severity | what happened |", "| --- | --- | --- |");
    for (const [name, spec] of ofStage) {
      lines.push(`| [\`${name}\`](#${name.toLowerCase()}) | ${severityOf(spec)} | ${spec.title} |`);
    }
    lines.push("");
    for (const [name, spec] of ofStage) lines.push(...entryLines(name, spec, plain));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function severityOf(spec: ErrorSpec): string {
  return spec.blocking ? `${spec.severity}, blocking` : spec.severity;
}

function entryLines(
  name: ContentErrorName,
  spec: ErrorSpec,
  colors: ReturnType<typeof pc.createColors>,
): string[] {
  const { fix, ...example } = spec.example;
  const printed = formatIssue(createIssue(name, example), colors);
  const lines = [
    `### ${name}`,
    "",
    `${spec.title} (${spec.stage}, ${severityOf(spec)}).`,
    "",
    "```",
    printed,
    "```",
    "",
    `**Fix:** ${fix}`,
    "",
  ];
  if (spec.sanityHint) lines.push(`**With Sanity:** ${spec.sanityHint}`, "");
  return lines;
}
