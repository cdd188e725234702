import type { z } from "zod";
import type { ContentErrorName } from "./errors.ts";
import { type ContentIssue, createIssue, describeValue } from "./issue.ts";

export type SchemaResult<T> = { value: T | undefined; issues: ContentIssue[] };

/**
 * Parses one document with its schema and turns zod's issues into catalog issues. Unknown fields
 * are warnings: they are reported, dropped, and the document is parsed again without them.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  origin: string,
  basePath: readonly PropertyKey[] = [],
): SchemaResult<z.output<S>> {
  const first = schema.safeParse(data, { reportInput: true });
  if (first.success) return { value: first.data, issues: [] };

  const unknownFields = first.error.issues.filter((issue) => issue.code === "unrecognized_keys");
  const warnings = unknownFields.flatMap((issue) =>
    issue.keys.map((key) =>
      createIssue("UnknownField", {
        origin,
        path: [...basePath, ...issue.path, key],
        expected: "a field of this document type",
        found: `the field "${key}"`,
      }),
    ),
  );
  if (unknownFields.length === first.error.issues.length) {
    const second = schema.safeParse(withoutKeys(data, unknownFields), { reportInput: true });
    if (second.success) return { value: second.data, issues: warnings };
    return {
      value: undefined,
      issues: [...warnings, ...toIssues(second.error.issues, origin, basePath)],
    };
  }
  const errors = first.error.issues.filter((issue) => issue.code !== "unrecognized_keys");
  return { value: undefined, issues: [...warnings, ...toIssues(errors, origin, basePath)] };
}

function withoutKeys(data: unknown, issues: readonly z.core.$ZodIssueUnrecognizedKeys[]): unknown {
  const copy = structuredClone(data);
  for (const issue of issues) {
    let target: unknown = copy;
    for (const key of issue.path) target = (target as Record<PropertyKey, unknown>)?.[key];
    if (target && typeof target === "object") {
      for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
    }
  }
  return copy;
}

function toIssues(
  issues: readonly z.core.$ZodIssue[],
  origin: string,
  basePath: readonly PropertyKey[],
): ContentIssue[] {
  return issues.flatMap((issue) => {
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
  return createIssue(errorNameOf(issue, input), {
    origin,
    path,
    expected: expectedOf(issue),
    found: describeValue(input),
  });
}

function errorNameOf(
  issue: z.core.$ZodIssue | z.core.$ZodRawIssue,
  input: unknown,
): ContentErrorName {
  const named = (issue as { params?: { errorName?: ContentErrorName } }).params?.errorName;
  if (named) return named;
  if (issue.code === "invalid_type")
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
