import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ambassadorSchema } from "../../src/model/ambassador.ts";
import { assetSchema } from "../../src/model/asset.ts";
import { audienceSchema } from "../../src/model/audience.ts";
import { brandSchema } from "../../src/model/brand.ts";
import { localeValueTypeNames } from "../../src/model/document-types.ts";
import { entrySchemas } from "../../src/model/entries.ts";
import { liveMomentSchema } from "../../src/model/live-moment.ts";
import { marketSchema } from "../../src/model/market.ts";
import { compileRelaisSchema } from "./studio-harness.ts";

/**
 * Every field of the pipeline's zod schemas has its counterpart in the Sanity type, and every
 * Sanity field is one of the model's, so neither can change without the other. The only
 * differences are the documented ones (docs/sanity.md): the slug is the id, the brand lists its
 * audiences, the image field holds the file with its hotspot and crop, and a map of the model
 * is a list of keyed items in Sanity.
 */

// biome-ignore lint/suspicious/noExplicitAny: the compiled schema's types are untyped objects.
type SanityType = any;

interface Differences {
  /** Fields only Sanity has, by dotted path. */
  sanityOnly: string[];
  /** Model fields Sanity holds elsewhere: model path → Sanity path. */
  heldAt?: Record<string, string>;
  /** Model maps that Sanity keeps as lists: path → the item's key field (`_key` for locales). */
  keyedBy?: Record<string, string>;
  /** For a map of plain values, the item's field holding the value. */
  valueIn?: Record<string, string>;
  /**
   * Model objects Sanity keeps as flat fields beside the others: path → prefix (the market's
   * `disclosure.paid` is the Studio's `disclosurePaid`).
   */
  flattened?: Record<string, string>;
  /** Model fields the Studio cannot edit yet (docs/sanity.md says which and why). */
  modelOnly?: string[];
}

const { schema } = compileRelaisSchema();

const documents: [string, z.ZodType, Differences][] = [
  ["relaisBrand", brandSchema, { sanityOnly: ["audiences"] }],
  ["relaisAudience", audienceSchema, { sanityOnly: ["slug"] }],
  [
    "relaisMarket",
    marketSchema,
    {
      sanityOnly: ["slug"],
      flattened: { disclosure: "disclosure" },
      modelOnly: ["disclosure.platforms"],
    },
  ],
  [
    "relaisAmbassador",
    ambassadorSchema,
    { sanityOnly: ["slug"], keyedBy: { platforms: "platform" }, valueIn: { platforms: "handle" } },
  ],
  [
    "relaisAsset",
    assetSchema,
    {
      sanityOnly: ["slug", "image"],
      heldAt: { file: "image.asset", hotspot: "image.hotspot", crop: "image.crop" },
      keyedBy: { crops: "aspect" },
    },
  ],
  ...(["story", "capsule", "product"] as const).map((type): [string, z.ZodType, Differences] => [
    `relais${type[0]?.toUpperCase()}${type.slice(1)}`,
    entrySchemas[type].data.extend(entrySchemas[type].text.shape),
    {
      sanityOnly: ["slug"],
      keyedBy: { "embargo.markets": "market", prices: "market" },
      valueIn: { "embargo.markets": "publishAt" },
    },
  ]),
  ["relaisLiveMoment", liveMomentSchema, { sanityOnly: ["slug"] }],
];

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
    current = current.unwrap() as z.ZodType;
  return current;
}

function fieldsOf(type: SanityType): Map<string, SanityType> {
  return new Map((type?.fields ?? []).map((field: SanityType) => [field.name, field.type]));
}

function sanityAt(type: SanityType, path: string): SanityType {
  return path.split(".").reduce((current, name) => fieldsOf(current).get(name), type);
}

/** Every mismatch between a zod object and a Sanity object type, as readable lines. */
function mismatches(
  model: z.ZodType,
  sanity: SanityType,
  differences: Differences,
  path = "",
): string[] {
  const shape = unwrap(model);
  if (!(shape instanceof z.ZodObject)) return [];
  const fields = fieldsOf(sanity);
  const problems: string[] = [];
  const flatFields = new Set<string>();
  for (const [name, fieldSchema] of Object.entries(shape.shape as Record<string, z.ZodType>)) {
    const at = `${path}${name}`;
    const prefix = differences.flattened?.[at];
    if (prefix !== undefined) {
      const inner = unwrap(fieldSchema);
      if (!(inner instanceof z.ZodObject)) problems.push(`${at}: flattened, but not an object`);
      else {
        for (const key of Object.keys(inner.shape)) {
          const flat = `${prefix}${key[0]?.toUpperCase()}${key.slice(1)}`;
          flatFields.add(flat);
          if (!fields.has(flat) && !differences.modelOnly?.includes(`${at}.${key}`))
            problems.push(`${at}.${key}: in the model, missing in Sanity (expected ${flat})`);
        }
      }
      continue;
    }
    const heldAt = differences.heldAt?.[at];
    if (heldAt !== undefined) {
      if (!sanityAt(sanity, heldAt))
        problems.push(`${at}: the model's field, expected in Sanity at ${heldAt}`);
      continue;
    }
    const field = fields.get(name);
    if (!field) {
      problems.push(`${at}: in the model, missing in Sanity`);
      continue;
    }
    const inner = unwrap(fieldSchema);
    if (inner instanceof z.ZodRecord)
      problems.push(...recordMismatches(inner, field, differences, at));
    else if (inner instanceof z.ZodObject)
      problems.push(...mismatches(inner, field, differences, `${at}.`));
  }
  for (const name of fields.keys()) {
    const at = `${path}${name}`;
    if (!(name in shape.shape) && !flatFields.has(name) && !differences.sanityOnly.includes(at))
      problems.push(`${at}: in Sanity, missing in the model`);
  }
  return problems;
}

/** A map of the model as a Sanity list: each item holds the key and the value's fields. */
function recordMismatches(
  record: z.ZodRecord,
  field: SanityType,
  differences: Differences,
  at: string,
): string[] {
  if (field.jsonType !== "array")
    return [`${at}: a map in the model, expected a list of keyed items in Sanity`];
  const item = field.of?.[0];
  const key = differences.keyedBy?.[at] ?? "_key";
  const value = unwrap(record.valueType as z.ZodType);
  if (key === "_key") {
    const localeTypes: string[] = Object.values(localeValueTypeNames);
    const named = [item?.name, item?.type?.name].some((name) => localeTypes.includes(name));
    return named && fieldsOf(item).has("value")
      ? []
      : [`${at}: a localized map, expected items of a relaisLocale* type with a value`];
  }
  const itemFields = [...fieldsOf(item).keys()].sort();
  const valueFields =
    value instanceof z.ZodObject
      ? Object.keys(value.shape)
      : [differences.valueIn?.[at] ?? "value"];
  const expected = [key, ...valueFields].sort();
  return JSON.stringify(itemFields) === JSON.stringify(expected)
    ? []
    : [`${at}: items with ${expected.join(", ")} expected, Sanity has ${itemFields.join(", ")}`];
}

describe("the Sanity types and the pipeline's model have the same fields", () => {
  test.each(documents)("%s", (typeName, model, differences) => {
    expect(mismatches(model, schema.get(typeName), differences)).toEqual([]);
  });

  test("the drift check notices a field the model adds", () => {
    const grown = brandSchema.extend({ tagline: z.string() });
    expect(mismatches(grown, schema.get("relaisBrand"), { sanityOnly: ["audiences"] })).toEqual([
      "tagline: in the model, missing in Sanity",
    ]);
  });

  test("the drift check notices a field only Sanity has", () => {
    expect(mismatches(brandSchema, schema.get("relaisBrand"), { sanityOnly: [] })).toEqual([
      "audiences: in Sanity, missing in the model",
    ]);
  });
});
