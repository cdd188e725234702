import { pageQuery } from "./projections.ts";

/**
 * A query the dataset refused as a query (a GROQ syntax error, an unknown function), unlike a
 * dataset that could not be read: a house's projection is at fault, and the source reports it as
 * an issue naming the config field instead of stopping. `position` is the parser's, in the query
 * that was sent, when it gave one.
 */
export class QueryRejected extends Error {
  override readonly name = "QueryRejected";
  readonly position: number | undefined;

  constructor(message: string, position?: number) {
    // groq-js (and so the local Content API) repeats the position the issue already gives.
    super(message.replace(/^Syntax error in GROQ query at position \d+: /, ""));
    this.position = position;
  }
}

/** What is wrong with a projection, and where in the projection string the house wrote. */
export interface ProjectionMistake {
  message: string;
  /** Offset in the house's own string, when the parser gave one. */
  position?: number;
}

/** groq-js's own errors as QueryRejected; anything else as it was. */
export function asQueryRejected(error: unknown): unknown {
  const { name, message, position } = (error ?? {}) as {
    name?: unknown;
    message?: unknown;
    position?: unknown;
  };
  if ((name !== "GroqSyntaxError" && name !== "GroqQueryError") || typeof message !== "string")
    return error;
  return new QueryRejected(message, typeof position === "number" ? position : undefined);
}

const SAMPLE_PARAMS = { type: "", after: "", limit: 1 };

/** Where a projection starts in its page query (with the house's filter, if any). */
export const projectionStartIn = (filter?: string) => pageQuery("\0", filter).indexOf("\0");
const projectionStart = projectionStartIn();

/**
 * Parses a house's projection on its own, then inside the page query, with groq-js (Sanity's own
 * parser), so a mistake is reported at its place in the house's string rather than in the query
 * Relais wraps around it, and before any request is made.
 */
export async function checkProjection(projection: string): Promise<ProjectionMistake | undefined> {
  const { parse } = await import("groq-js");
  const lead = projection.length - projection.trimStart().length;
  const own = projection.trim();
  if (!own.startsWith("{"))
    return { message: "a projection is an object in braces, { … }", position: lead };
  for (const [query, start] of [
    [own, 0],
    [pageQuery(projection), projectionStart],
  ] as const) {
    try {
      parse(query, { params: SAMPLE_PARAMS });
    } catch (error) {
      const rejected = asQueryRejected(error);
      if (!(rejected instanceof QueryRejected)) throw error;
      return placeInProjection(rejected, projection, start);
    }
  }
  return undefined;
}

/**
 * Parses a house's filter on its own, as the condition of `*[…]`, so a mistake is reported at its
 * place in the house's string before any request is made.
 */
export async function checkFilter(filter: string): Promise<ProjectionMistake | undefined> {
  const { parse } = await import("groq-js");
  const query = `*[${filter}]`;
  try {
    parse(query, { params: SAMPLE_PARAMS });
    return undefined;
  } catch (error) {
    const rejected = asQueryRejected(error);
    if (!(rejected instanceof QueryRejected)) throw error;
    if (rejected.position === undefined) return { message: rejected.message };
    return {
      message: rejected.message,
      position: Math.min(filter.length, Math.max(0, rejected.position - 2)),
    };
  }
}

/** A position in the page query (or in the trimmed projection, from 0) → one in the house's string. */
export function placeInProjection(
  rejected: QueryRejected,
  projection: string,
  start = projectionStart,
): ProjectionMistake {
  if (rejected.position === undefined) return { message: rejected.message };
  const lead = projection.length - projection.trimStart().length;
  const end = projection.trimEnd().length;
  const position = Math.min(end, Math.max(lead, rejected.position - start + lead));
  return { message: rejected.message, position };
}

/** `a syntax error at line 1, column 37: Expected "}" after object, right after `…title, body``. */
export function describeMistake(projection: string, mistake: ProjectionMistake): string {
  if (mistake.position === undefined) return `a GROQ error: ${mistake.message}`;
  const before = projection.slice(0, mistake.position);
  const lines = before.split("\n");
  const current = lines.at(-1) ?? "";
  const excerpt = current.length > 30 ? `…${current.slice(-30)}` : current;
  const after = excerpt.trim() === "" ? "" : `, right after \`${excerpt}\``;
  return `a syntax error at line ${lines.length}, column ${current.length + 1}: ${mistake.message}${after}`;
}
