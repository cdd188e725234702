import { evaluate, parse } from "groq-js";

/**
 * Runs a GROQ query over documents held in memory with groq-js, Sanity's own implementation of
 * the language, so a query means the same over an export as on the Content API. Parameters are
 * given to the parser too: slices such as `[0...$limit]` are resolved when parsing.
 */
export async function evaluateGroq(
  documents: readonly unknown[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  const tree = parse(query, { params });
  const value = await evaluate(tree, { dataset: documents, params });
  return value.get();
}
