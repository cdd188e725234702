import matter from "gray-matter";
import { LineCounter, parseDocument } from "yaml";
import { type ContentIssue, createIssue } from "../../errors/issue.ts";
import { fieldLines } from "./yaml-lines.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; issue: ContentIssue };

/**
 * YAML 1.2 (the `yaml` package): dates stay text, so Relais reads them in each market's time
 * zone instead of the parser guessing UTC; duplicate keys are errors.
 */
export function parseYaml(text: string, origin: string): Parsed<ParsedYaml> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    return {
      ok: false,
      issue: createIssue("ContentSyntaxError", {
        origin,
        line,
        expected: "valid YAML",
        found: (error.message.split("\n")[0] ?? error.code).replace(
          / at line \d+, column \d+:?$/,
          "",
        ),
      }),
    };
  }
  let data: unknown;
  try {
    // The `yaml` package stops expanding aliases past maxAliasCount (a billion-laughs file would
    // otherwise take all memory); its error becomes the editor's.
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      issue: createIssue("TooManyYamlAliases", {
        origin,
        expected: `at most ${MAX_ALIAS_COUNT} alias expansions`,
        found: "more than that (aliases that expand into each other)",
      }),
    };
  }
  return { ok: true, value: { data, lines: fieldLines(document.contents, lineCounter) } };
}

const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  data: unknown;
  /** Line of each field path, for messages. */
  lines: Record<string, number>;
}

export interface MarkdownFile {
  frontmatter: Record<string, unknown>;
  lines: Record<string, number>;
  body: string;
}

/** Frontmatter between `---` lines (gray-matter), parsed as YAML 1.2, and the Markdown body. */
export function parseMarkdown(text: string, origin: string): Parsed<MarkdownFile> {
  const language = frontMatterLanguage(text);
  if (language !== undefined) {
    return {
      ok: false,
      issue: createIssue("FrontMatterNotYaml", {
        origin,
        line: 1,
        expected: "YAML frontmatter opening with a line of ---",
        found: `---${language}`,
      }),
    };
  }
  let yamlResult: Parsed<ParsedYaml> = { ok: true, value: { data: {}, lines: {} } };
  const file = matter(text, {
    language: "yaml",
    engines: {
      ...REFUSED_ENGINES,
      // gray-matter keeps the newline after the opening `---`, so YAML lines are file lines.
      yaml: (source: string) => {
        yamlResult = parseYaml(source, origin);
        return {};
      },
    },
  });
  if (!yamlResult.ok) return yamlResult;
  const frontmatter = yamlResult.value.data;
  if (typeof frontmatter !== "object" || frontmatter === null || Array.isArray(frontmatter)) {
    return {
      ok: false,
      issue: createIssue("ContentSyntaxError", {
        origin,
        line: 2,
        expected: "frontmatter that is a mapping of fields (key: value)",
        found: Array.isArray(frontmatter) ? "a list" : `the value ${JSON.stringify(frontmatter)}`,
      }),
    };
  }
  return {
    ok: true,
    value: {
      frontmatter: frontmatter as Record<string, unknown>,
      lines: yamlResult.value.lines,
      body: file.content,
    },
  };
}

/**
 * gray-matter reads the language after the opening `---` (`---js`, `---coffee`, `---toml`…) and
 * evaluates JavaScript and CoffeeScript front matter. Content is data: anything but YAML is
 * refused before gray-matter parses the file, and its other engines are replaced all the same.
 */
function frontMatterLanguage(text: string): string | undefined {
  if (!matter.test(text)) return undefined;
  const { name } = matter.language(text);
  return name === "" || name === "yaml" || name === "yml" ? undefined : name;
}

const refuse = () => {
  throw new Error("Relais reads YAML front matter only");
};
const REFUSED_ENGINES = Object.fromEntries(
  ["javascript", "js", "coffee", "coffeescript", "cson", "json", "toml"].map((name) => [
    name,
    refuse,
  ]),
);
