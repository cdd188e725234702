import type { CustomValidator } from "@sanity/types";
import type { z } from "zod";

/** Zod's own messages start with these words; a message written on a Relais schema does not. */
const ZOD_WORDING = /^(Invalid|Too)\b/;

/**
 * The first problem the pipeline's schema finds with a value, worded for an editor, or
 * undefined when the build would accept it. Relais schemas describe what they expect ("a season
 * code such as SS27…"), so those messages read as "Expected …".
 */
export function zodProblem(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return "Not a value Relais can use";
  const inner = issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : null;
  const message = inner ?? issue.message;
  return ZOD_WORDING.test(message) ? message : `Expected ${message}`;
}

/**
 * A Sanity custom validator that applies one of the pipeline's field schemas (season, SKU,
 * hashtag, locale, moment…), so that the Studio and `relais check` accept exactly the same
 * values. An empty field passes: whether it is required is the field's own rule.
 */
export function matchesModel(schema: z.ZodType): CustomValidator<unknown> {
  return (value) => {
    if (value === undefined || value === null) return true;
    return zodProblem(schema, value) ?? true;
  };
}

/** The same check on each item of a list of primitives, with the item's index as its path. */
export function eachMatchesModel(schema: z.ZodType): CustomValidator<unknown> {
  return (values) => {
    if (!Array.isArray(values)) return true;
    const problems = values.flatMap((value, index) => {
      const problem = zodProblem(schema, value);
      return problem === undefined ? [] : [{ message: `${problem}: "${value}"`, path: [index] }];
    });
    return problems.length === 0 ? true : problems;
  };
}
