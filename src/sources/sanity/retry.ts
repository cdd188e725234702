import { setTimeout as sleep } from "node:timers/promises";

/** How hard a driver tries before it gives up on a request. */
export interface RetryPolicy {
  /** Attempts after the first. */
  maxRetries: number;
  /** First backoff step; it doubles with each attempt, plus random jitter up to one step. */
  baseDelayMs: number;
  /** Longest backoff between two attempts. */
  maxDelayMs: number;
  /** The longest `Retry-After` waited for; a longer one gives up at once rather than stall a build. */
  maxRetryAfterMs: number;
}

/** What went wrong with one attempt, in the terms the retry loop and the final message need. */
export type AttemptFailure =
  | { kind: "status"; status: number; retryAfterMs?: number; detail?: string }
  | { kind: "timeout" }
  | { kind: "network"; detail: string }
  | { kind: "integrity"; detail: string };

export class AttemptFailed extends Error {
  readonly failure: AttemptFailure;

  constructor(failure: AttemptFailure) {
    super(failure.kind);
    this.failure = failure;
  }
}

/**
 * Rate limits, server errors, timeouts, dropped connections and damaged bytes may pass; other
 * answers (401, 403, 404…) will not change by asking again.
 */
export function isTransient(failure: AttemptFailure): boolean {
  if (failure.kind !== "status") return true;
  return failure.status === 429 || failure.status >= 500;
}

/** The result of the first attempt that succeeds; otherwise the last failure, with the count. */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof AttemptFailed)) throw error;
      const { failure } = error;
      const retryAfter = failure.kind === "status" ? failure.retryAfterMs : undefined;
      const tooLong = retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs;
      if (!isTransient(failure) || retry >= policy.maxRetries || tooLong)
        throw new RetriesExhausted(failure, retry + 1);
      await sleep(retryAfter ?? backoff(retry, policy));
    }
  }
}

/** Thrown by `withRetries` when it gives up: the last failure and how many attempts were made. */
export class RetriesExhausted extends Error {
  readonly failure: AttemptFailure;
  readonly attempts: number;

  constructor(failure: AttemptFailure, attempts: number) {
    super(`${failure.kind} after ${attempts} attempt(s)`);
    this.failure = failure;
    this.attempts = attempts;
  }
}

function backoff(retry: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  // Jitter spreads the retries of parallel downloads so they do not hit the API in step.
  return step + Math.random() * policy.baseDelayMs;
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()) {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
