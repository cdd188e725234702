import { isHttpError, isTimeoutError, type SanityClient } from "@sanity/client";
import { QueryRejected } from "./query-rejected.ts";
import {
  AttemptFailed,
  type AttemptFailure,
  parseRetryAfter,
  RetriesExhausted,
  type RetryPolicy,
  withRetries,
} from "./retry.ts";
import { type ConnectionFacts, redact, unavailable } from "./unavailable.ts";

export interface ContentApiContext {
  client: SanityClient;
  policy: RetryPolicy;
  facts: ConnectionFacts;
  token: string | undefined;
}

/**
 * One GROQ query on the Content API, retried on rate limits, server errors, timeouts and cut
 * responses. The result is checked to be a list: a cut body the client could not parse comes
 * back as text, and must not pass for an empty dataset. A query the API refuses to parse throws
 * QueryRejected, with the API's own explanation and position.
 */
export async function queryContentApi(
  { client, policy, facts, token }: ContentApiContext,
  query: string,
  params: Record<string, unknown>,
  what: string,
): Promise<unknown[]> {
  try {
    return await withRetries(async () => {
      let body: unknown;
      try {
        body = await client.fetch(query, params, { filterResponse: false });
      } catch (error) {
        const rejected = queryRejected(error, token);
        if (rejected) throw rejected;
        throw new AttemptFailed(failureOf(error, token));
      }
      const result = (body as { result?: unknown } | null)?.result;
      if (!Array.isArray(result)) {
        throw new AttemptFailed({
          kind: "integrity",
          detail: "the answer was not a complete JSON query result (cut short?)",
        });
      }
      return result;
    }, policy);
  } catch (error) {
    if (!(error instanceof RetriesExhausted)) throw error;
    const failed = unavailable(what, error.failure, error.attempts, facts);
    failed.message = redact(failed.message, token);
    throw failed;
  }
}

/** HTTP 400 with a query error (`queryParseError`…): the query is wrong, asking again will not help. */
function queryRejected(error: unknown, token: string | undefined): QueryRejected | undefined {
  if (!isHttpError(error) || (error as { statusCode?: number }).statusCode !== 400)
    return undefined;
  const body = (error as { response?: { body?: unknown } }).response?.body as
    | { error?: { type?: unknown; description?: unknown; start?: unknown } }
    | undefined;
  const { type, description, start } = body?.error ?? {};
  if (typeof type !== "string" || !/query/i.test(type) || typeof description !== "string")
    return undefined;
  return new QueryRejected(
    redact(description.slice(0, 300), token),
    typeof start === "number" ? start : undefined,
  );
}

function failureOf(error: unknown, token: string | undefined): AttemptFailure {
  if (isHttpError(error)) {
    const { statusCode, response } = error as {
      statusCode: number;
      response?: { headers?: Record<string, string>; body?: unknown };
    };
    return {
      kind: "status",
      status: statusCode,
      retryAfterMs: parseRetryAfter(response?.headers?.["retry-after"]),
      detail: serverMessage(response?.body, token),
    };
  }
  if (isTimeoutError(error) || (error as Error | undefined)?.name === "TimeoutError")
    return { kind: "timeout" };
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error | undefined)?.message;
  return { kind: "network", detail: redact(String(detail ?? error), token) };
}

/** The API's own explanation: `message`, or `error.description` for query errors. */
function serverMessage(body: unknown, token: string | undefined): string | undefined {
  const value = body as { message?: unknown; error?: unknown } | undefined;
  const nested = (value?.error as { description?: unknown } | undefined)?.description;
  const text = [value?.message, nested, value?.error].find((item) => typeof item === "string");
  return typeof text === "string" ? redact(text.slice(0, 300), token) : undefined;
}
