import type { z } from "zod";
import type { ContentErrorName } from "../errors/catalog.ts";
import { type ContentIssue, createIssue, describeValue } from "../errors/issue.ts";
import { knownKeysAt, nearestKey } from "./known-keys.ts";
import { describeHiddenCharacter } from "./primitives.ts";

export type SchemaResult<T> = { value: T | undefined; issues: ContentIssue[] };

/**
 * Parses one document with its schema and turns zod's issues into catalog issues. An unknown
 * field is an error, never dropped in silence: a misspelled `embargo`, `expires` or `exclude`
 * would otherwise publish what must not be. The message names the nearest known field.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  origin: string,
  basePath: readonly PropertyKey[] = [],
): SchemaResult<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, issues: [] };
  const unknownFields = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => unknownField(schema, issue.path, key, origin, basePath))
      : [],
  );
  const others = result.error.issues.filter((issue) => issue.code !== "unrecognized_keys");
  return { value: undefined, issues: [...unknownFields, ...toIssues(others, origin, basePath)] };
}

function unknownField(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  key: string,
  origin: string,
  basePath: readonly PropertyKey[],
): ContentIssue {
  const known = knownKeysAt(schema, path);
  const nearest = nearestKey(key, known);
  const expected = nearest
    ? `a field of this document type (did you mean \`${nearest}\`?)`
    : known.length > 0
      ? `one of the fields ${known.map((name) => `\`${name}\``).join(", ")}`
      : "a field of this document type";
  return createIssue("UnknownField", {
    origin,
    path: [...basePath, ...path, key],
    expected,
    found: `the field "${key}"`,
  });
}

function toIssues(
  issues: readonly z.core.$ZodIssue[],
  origin: string,
  basePath: readonly PropertyKey[],
): ContentIssue[] {
  return issues.flatMap((issue): ContentIssue[] => {
    // A value of one of a union's kinds (a map where a text or a map is allowed) carries that
    // kind's own issues; a value of none of them is a value of the wrong type.
    if (issue.code === "invalid_union") {
      const ofItsKind = issue.errors.filter(
        (branch) =>
          !branch.every((inner) => inner.code === "invalid_type" && inner.path.length === 0),
      );
      const [branch] = ofItsKind;
      if (ofItsKind.length === 1 && branch) {
        const inner = branch.map((found) => ({ ...found, path: [...issue.path, ...found.path] }));
        return toIssues(inner, origin, basePath);
      }
    }
    // A bad key in a record (e.g. an invalid locale in `alt`) carries the key's own issues.
    if (issue.code === "invalid_key") {
      return issue.issues.map((inner) =>
        toIssue({ ...inner, path: [...issue.path, ...inner.path] }, origin, basePath, issue.input),
      );
    }
    return [toIssue(issue, origin, basePath, issue.input)];
  });
}

function toIssue(
  issue: z.core.$ZodIssue | z.core.$ZodRawIssue,
  origin: string,
  basePath: readonly PropertyKey[],
  input: unknown,
): ContentIssue {
  const path = [...basePath, ...(issue.path ?? [])];
  const name = errorNameOf(issue, input);
  return createIssue(name, {
    origin,
    path,
    expected: name === "HiddenCharacters" ? (issue.message ?? "") : expectedOf(issue),
    found: foundOf(name, input),
  });
}

/** A long text is described by its length, a hidden character by its name and place. */
function foundOf(name: ContentErrorName, input: unknown): string {
  if (typeof input === "string" && name === "TextTooLong")
    return `${input.length.toLocaleString("en")} characters`;
  if (typeof input === "string" && name === "HiddenCharacters")
    return describeHiddenCharacter(input) ?? describeValue(input);
  return describeValue(input);
}

function errorNameOf(
  issue: z.core.$ZodIssue | z.core.$ZodRawIssue,
  input: unknown,
): ContentErrorName {
  const named = (issue as { params?: { errorName?: ContentErrorName } }).params?.errorName;
  if (named) return named;
  if (issue.code === "too_big" && issue.origin === "string") return "TextTooLong";
  if (issue.code === "invalid_type" || issue.code === "invalid_union")
    return input === undefined ? "MissingRequiredField" : "InvalidFieldType";
  return "InvalidValue";
}

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
  record: "a mapping of fields",
};

function expectedOf(issue: z.core.$ZodIssue | z.core.$ZodRawIssue): string {
  if (issue.code === "invalid_type") return TYPE_NAMES[issue.expected] ?? issue.expected;
  if (issue.code === "invalid_value")
    return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "too_small" || issue.code === "too_big") {
    return issue.message?.replace(/^Too (small|big): expected /, "") ?? "a value in range";
  }
  return issue.message ?? "a valid value";
}
