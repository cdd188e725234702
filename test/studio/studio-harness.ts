import { Schema } from "@sanity/schema";
import { builtinTypes, groupProblems, validateSchema } from "@sanity/schema/_internal";
import type { SchemaValidationProblemGroup } from "@sanity/types";
import {
  type DocumentValidationMarker,
  validateDocument,
  validateDocumentWithWorkspace,
} from "@sanity/validation";
import { getFallbackLocaleSource } from "@sanity/validation/_internal";
import { evaluate, parse } from "groq-js";
import type { RelaisStudioOptions } from "../../src/studio/options.ts";
import { relaisSchemaTypes } from "../../src/studio/schema-types.ts";

/**
 * The Studio without a browser: the plugin's types compiled by Sanity's own schema tooling, as
 * `createSchema` in `sanity` does, and documents validated by `@sanity/validation` against a
 * dataset held in memory and queried with groq-js, Sanity's GROQ implementation.
 */

export const studioOptions: RelaisStudioOptions = {
  locales: ["fr", "en", "zh-Hans"],
  defaultLocale: "fr",
  now: () => new Date("2026-12-01T00:00:00Z"),
};

// biome-ignore lint/suspicious/noExplicitAny: Sanity's schema definitions are untyped here.
type TypeDefinition = any;

const builtinSchema = Schema.compile({ name: "builtin", types: builtinTypes });

export interface CompiledStudioSchema {
  schema: ReturnType<typeof Schema.compile>;
  problems: SchemaValidationProblemGroup[];
}

export function compileStudioSchema(types: TypeDefinition[]): CompiledStudioSchema {
  const problems = groupProblems(validateSchema(types).getTypes());
  const schema = Schema.compile({ name: "relais-test", types, parent: builtinSchema });
  return { schema, problems };
}

export function compileRelaisSchema(
  options: Partial<RelaisStudioOptions> = {},
): CompiledStudioSchema {
  return compileStudioSchema(relaisSchemaTypes({ ...studioOptions, ...options }));
}

export type Doc = Record<string, unknown> & { _id: string; _type: string };

/** A client with what validation uses (`fetch`, `withConfig`), answering from `dataset`. */
export function datasetClient(dataset: readonly Doc[]) {
  const fetch = async (query: string, params: Record<string, unknown> = {}) => {
    const result = await evaluate(parse(query), { dataset: [...dataset], params });
    return result.get();
  };
  const client = {
    fetch,
    getDataUrl: (operation: string, path = "") => `/data/${operation}/test/${path}`,
    observable: {
      fetch: () => {
        throw new Error("not used by the Relais rules");
      },
      request: () => {
        throw new Error("not used by the Relais rules");
      },
    },
    withConfig: () => client,
  };
  return client;
}

/**
 * Validates as the Studio does (`environment: "studio"`), by default. The command-line mode
 * (`"cli"`, `validateDocument`) adds an unknown-field check but, in this Sanity version, turns
 * every other rule of an object-typed field into a warning with it, so levels are tested in
 * Studio mode and unknown fields in command-line mode.
 */
export async function validate(
  compiled: CompiledStudioSchema,
  document: Doc,
  dataset: readonly Doc[] = [],
  environment: "studio" | "cli" = "studio",
): Promise<DocumentValidationMarker[]> {
  const ids = new Set([...dataset.map((doc) => doc._id), document._id]);
  // A structural stand-in for SanityClient: it has what validation and the Relais rules call.
  const client = datasetClient([
    ...dataset.filter((doc) => doc._id !== document._id),
    document,
  ]) as never;
  const getDocumentExists = async ({ id }: { id: string }) => ids.has(id);
  if (environment === "cli") {
    const result = await validateDocument({
      document: document as never,
      schema: compiled.schema,
      client,
      getDocumentExists,
    });
    return result.markers;
  }
  return validateDocumentWithWorkspace({
    document: document as never,
    workspace: {
      schema: compiled.schema,
      getClient: () => client,
      i18n: getFallbackLocaleSource(),
    },
    getDocumentExists,
    environment: "studio",
  });
}
