import { z } from "zod";
import { formatPath } from "../errors/issue.ts";
import { type ChannelSpec, channelSpecSchema } from "./channel-spec.ts";
import { defaultChannelSpecs } from "./library/index.ts";

/** One invalid channel record, reported rather than thrown: the other records still resolve. */
export interface ChannelSpecError {
  /**
   * `InvalidChannelSpec` for a record that does not match the schema; `DuplicateChannelId` when
   * the library lists an id twice (houses change a record by overriding it, which is not a
   * duplicate).
   */
  name: "InvalidChannelSpec" | "DuplicateChannelId";
  /** The built-in library, or the house's `channels` option. */
  origin: "library" | "override";
  /** Position of the record in its list. */
  index: number;
  /** The record's `id` when it has a text there, even an invalid one. */
  id: string | undefined;
  /** Field path inside the record, e.g. `image.maxBytes`; empty for the record as a whole. */
  path: string;
  expected: string;
  found: string;
  /** `[relais] [channels] Expected a positive whole number for image.maxBytes of "x/post" but received -1` */
  message: string;
}

export interface ResolvedChannelSpecs {
  /** Every valid record by id, in id order. Frozen, like every record in it. */
  specs: ReadonlyMap<string, ChannelSpec>;
  errors: readonly ChannelSpecError[];
}

type Where = Pick<ChannelSpecError, "origin" | "index" | "id">;

/**
 * The library's records, then the house's overrides in order. An override whose id the library
 * (or an earlier override) already has is merged onto that record field by field and the result
 * is validated; any other id adds a record, which must then be complete. An invalid record is
 * reported and left out; an invalid override leaves the record it aimed at as it was.
 */
export function resolveChannelSpecs(
  overrides: readonly unknown[] = [],
  library: readonly unknown[] = defaultChannelSpecs,
): ResolvedChannelSpecs {
  /** The input behind each valid record, so that an override merges onto what the house wrote. */
  const inputs = new Map<string, unknown>();
  const specs = new Map<string, ChannelSpec>();
  const errors: ChannelSpecError[] = [];
  const libraryIds = new Set<string>();

  const accept = (input: unknown, where: Where) => {
    const idErrors = checkId(input, where);
    if (idErrors.length > 0) {
      errors.push(...idErrors);
      return;
    }
    const result = channelSpecSchema.safeParse(input, { reportInput: true });
    if (!result.success) {
      errors.push(...result.error.issues.flatMap((issue) => describeIssue(issue, input, where)));
      return;
    }
    inputs.set(result.data.id, input);
    specs.set(result.data.id, deepFreeze(result.data));
  };

  for (const [index, record] of library.entries()) {
    const where: Where = { origin: "library", index, id: idOf(record) };
    if (where.id !== undefined && libraryIds.has(where.id)) {
      errors.push(duplicateError(where.id, where));
      continue;
    }
    if (where.id !== undefined) libraryIds.add(where.id);
    accept(record, where);
  }

  for (const [index, override] of overrides.entries()) {
    const where: Where = { origin: "override", index, id: idOf(override) };
    const base = where.id === undefined ? undefined : inputs.get(where.id);
    accept(base === undefined ? override : mergeRecord(base, override), where);
  }

  const sorted = [...specs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.freeze({
    specs: new Map(sorted),
    errors: Object.freeze(errors.map((error) => Object.freeze(error))),
  });
}

/**
 * Fields replaced as a whole by an override rather than merged: a size's fields depend on its
 * `fit`, so `{ fit: "width", width: 1080 }` must not keep the library's `height`.
 */
const REPLACED_WHOLE = new Set(["image.size"]);

/** Override onto base: mappings merge key by key, anything else (lists included) replaces. */
function mergeRecord(base: unknown, override: unknown, path = ""): unknown {
  if (!isMapping(base) || !isMapping(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const at = path === "" ? key : `${path}.${key}`;
    merged[key] = REPLACED_WHOLE.has(at) ? value : mergeRecord(merged[key], value, at);
  }
  return merged;
}

/** Without a valid id, an override cannot say which record it changes: report only that. */
function checkId(record: unknown, where: Where): ChannelSpecError[] {
  if (!isMapping(record)) {
    return [
      createError(where, "", "a channel record (a mapping of fields)", describeFound(record)),
    ];
  }
  const result = channelSpecSchema.shape.id.safeParse(record.id, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    createError(
      where,
      "id",
      expectedOf(issue, channelSpecSchema.shape.id),
      describeFound(record.id),
    ),
  );
}

function duplicateError(id: string, where: Where): ChannelSpecError {
  return {
    ...createError(where, "id", "an id no other library record has", `"${id}" a second time`),
    name: "DuplicateChannelId",
  };
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, where: Where): ChannelSpecError[] {
  if (issue.code === "unrecognized_keys") {
    const parent = schemaAt(issue.path, input);
    const known = parent instanceof z.ZodObject ? Object.keys(parent.shape).join(", ") : undefined;
    return issue.keys.map((key) =>
      createError(
        where,
        formatPath([...issue.path, key]),
        known ? `one of the fields ${known}` : "a known field",
        `an unknown field "${key}"`,
      ),
    );
  }
  return [
    createError(
      where,
      formatPath(issue.path),
      expectedOf(issue, schemaAt(issue.path, input)),
      describeFound(valueAt(input, issue.path)),
    ),
  ];
}

function createError(
  where: Where,
  path: string,
  expected: string,
  found: string,
): ChannelSpecError {
  const record =
    where.id !== undefined && channelSpecSchema.shape.id.safeParse(where.id).success
      ? `"${where.id}"`
      : `${where.origin === "library" ? "library" : "channels"}[${where.index}]`;
  const subject = path === "" ? record : `${path} of ${record}`;
  return {
    name: "InvalidChannelSpec",
    ...where,
    path,
    expected,
    found,
    message: `[relais] [channels] Expected ${expected} for ${subject} but received ${found}`,
  };
}

/** Zod's own messages start with these words; a message written on the schema does not. */
const ZOD_WORDING = /^(Invalid|Too)\b/;

const PATTERNS: Record<string, string> = {
  "^#[0-9a-fA-F]{6}$": "a colour written #rrggbb, e.g. #ffffff",
};

function expectedOf(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
  if (
    issue.code === "custom" ||
    (issue.code === "invalid_format" && !ZOD_WORDING.test(issue.message))
  )
    return issue.message;
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options))
    return oneOf(issue.options);
  if (issue.code === "invalid_value") return oneOf(issue.values);
  return (schema && describeSchema(schema)) ?? issue.message;
}

function describeSchema(schema: z.ZodType): string | undefined {
  if (schema instanceof z.ZodNumber) return describeNumber(schema);
  if (schema instanceof z.ZodURL) return "a URL such as https://example.com/specs";
  if (schema instanceof z.ZodString) {
    const probe = schema.safeParse("");
    const custom = probe.error?.issues.find((issue) => !ZOD_WORDING.test(issue.message));
    if (custom) return custom.message;
    const pattern = checksOf(schema).find((check) => check.pattern instanceof RegExp)?.pattern;
    if (pattern instanceof RegExp) return PATTERNS[pattern.source] ?? `a text matching ${pattern}`;
    return schema.minLength ? "a non-empty text" : "a text";
  }
  if (schema instanceof z.ZodBoolean) return "true or false";
  if (schema instanceof z.ZodEnum) return oneOf(schema.options);
  if (schema instanceof z.ZodLiteral) return oneOf([...schema.values]);
  if (schema instanceof z.ZodArray) {
    const min = checksOf(schema).find((check) => check.check === "min_length")?.minimum;
    if (min === 1) return "a non-empty list";
    return typeof min === "number" && min > 1 ? `a list of at least ${min} items` : "a list";
  }
  if (schema instanceof z.ZodObject || schema instanceof z.ZodUnion) return "a mapping of fields";
  return undefined;
}

function describeNumber(schema: z.ZodNumber): string {
  const noun = schema.isInt ? "whole number" : "number";
  const checks = checksOf(schema);
  const low = checks.find((check) => check.check === "greater_than");
  const high = checks.find((check) => check.check === "less_than");
  if (low && high && low.inclusive && high.inclusive)
    return `a ${noun} from ${low.value} to ${high.value}`;
  if (low?.value === 0 && !high)
    return low.inclusive ? `a ${noun} of 0 or more` : `a positive ${noun}`;
  return `a ${noun}`;
}

type CheckDef = {
  check?: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: unknown;
  pattern?: unknown;
};

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** The schema of the field at `path`, following the record's own value through unions. */
function schemaAt(path: readonly PropertyKey[], input: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = channelSpecSchema;
  let value = input;
  for (const key of path) {
    schema = pickOption(unwrap(schema), value);
    if (schema instanceof z.ZodObject) schema = schema.shape[String(key)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return undefined;
    value =
      isMapping(value) || Array.isArray(value)
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  return pickOption(unwrap(schema), value);
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
    current = current.unwrap() as z.ZodType;
  return current;
}

/** For a discriminated union, the option the value's discriminator names (or the first). */
function pickOption(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return schema;
  const options = schema.options as z.ZodType[];
  const key = schema._zod.def.discriminator;
  const named = options.find(
    (option) =>
      option instanceof z.ZodObject &&
      isMapping(value) &&
      option.shape[key]?.safeParse(value[key]).success,
  );
  return named ?? options[0];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (!isMapping(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function idOf(record: unknown): string | undefined {
  return isMapping(record) && typeof record.id === "string" ? record.id : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneOf(values: readonly unknown[]): string {
  const listed = values.map((value) => JSON.stringify(value));
  return listed.length === 1 ? (listed[0] as string) : `one of ${listed.join(", ")}`;
}

/** The value as written, on one line: `-1`, `"Instagram Feed"`, `nothing`. */
function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
