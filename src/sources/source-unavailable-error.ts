/** Why a source could not be read at all (as opposed to content it read and found wrong). */
export type SourceFailure =
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "timeout"
  | "rate-limited"
  | "server-error"
  | "network"
  | "integrity"
  | "unreadable";

/**
 * A source that cannot be reached or trusted: bad credentials, an unknown project or dataset, a
 * network that keeps failing, bytes that do not match their hash. Unlike a content mistake (an
 * issue the editors fix), this stops the run before anything is built, so a build never swaps a
 * partial catalog into the output. The message says what to check; it never holds a credential.
 */
export class SourceUnavailableError extends Error {
  override readonly name = "SourceUnavailableError";
  /** The driver that failed, e.g. `sanity`. */
  readonly source: string;
  readonly failure: SourceFailure;

  constructor(source: string, failure: SourceFailure, message: string) {
    super(message);
    this.source = source;
    this.failure = failure;
  }
}

export function isSourceUnavailable(error: unknown): error is SourceUnavailableError {
  return error instanceof SourceUnavailableError;
}
