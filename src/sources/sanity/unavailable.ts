import { SourceUnavailableError } from "../source-unavailable-error.ts";
import type { AttemptFailure } from "./retry.ts";

/** What the editor or the person running the build set up, for the message to name. */
export interface ConnectionFacts {
  projectId: string;
  dataset: string;
  /** Where requests went, without credentials. */
  host: string;
  timeoutMs: number;
  hasToken: boolean;
}

/**
 * A request that failed for good → the error that stops the run, saying what to check. `what`
 * names the request (`the relaisStory query`, `the image of relaisAsset "hero" (…)`).
 */
export function unavailable(
  what: string,
  failure: AttemptFailure,
  attempts: number,
  facts: ConnectionFacts,
): SourceUnavailableError {
  const tries = attempts > 1 ? ` (${attempts} attempts)` : "";
  const where = `project "${facts.projectId}", dataset "${facts.dataset}" at ${facts.host}`;
  const error = (kind: SourceUnavailableError["failure"], text: string) =>
    new SourceUnavailableError("sanity", kind, `Sanity: ${what} failed${tries}: ${text}`);

  if (failure.kind === "timeout") {
    return error(
      "timeout",
      `no answer within ${facts.timeoutMs} ms from ${facts.host}. Check the network and the API host, or raise the timeout.`,
    );
  }
  if (failure.kind === "network") {
    return error(
      "network",
      `${failure.detail}. Check the network and the API host (${facts.host}).`,
    );
  }
  if (failure.kind === "integrity") {
    return error(
      "integrity",
      `${failure.detail}. The bytes received are not the asset Sanity describes: retry later; if it persists, re-upload the image in the Studio.`,
    );
  }
  const said = failure.detail ? ` (${failure.detail})` : "";
  switch (failure.status) {
    case 401:
      return error(
        "unauthorized",
        facts.hasToken
          ? `HTTP 401${said}: Sanity refused the read token for ${where}. Check the token (SANITY_TOKEN): it may be mistyped, revoked, or made for another project.`
          : `HTTP 401${said}: ${where} needs a read token. Set SANITY_TOKEN to a token with read access.`,
      );
    case 403:
      return error(
        "forbidden",
        `HTTP 403${said}: the token may not read ${where}. Give the token read access to this dataset (Viewer role or above), or use another token.`,
      );
    case 404:
      return error(
        "not-found",
        `HTTP 404${said}: ${where} was not found. Check the project id (SANITY_PROJECT_ID) and the dataset name (SANITY_DATASET).`,
      );
    case 429:
      return error(
        "rate-limited",
        `HTTP 429${said}: Sanity kept asking to slow down. Retry later, or lower the page size and concurrency.`,
      );
    default:
      return error(
        failure.status >= 500 ? "server-error" : "unreadable",
        `HTTP ${failure.status}${said} from ${facts.host}. ${failure.status >= 500 ? "Sanity had a problem answering: retry later (https://www.sanity-status.com)." : "Check the API version and the queries."}`,
      );
  }
}

/** Removes the token from any text that may reach a message or a log. */
export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join("[token]") : text;
}
