/**
 * Failures the local server injects, to test how a driver copes with the network Sanity really
 * sits behind: slow answers, rate limits, server errors, bodies cut short, damaged images.
 */
export type FaultKind = "delay" | "rate-limit" | "server-error" | "truncate" | "wrong-bytes";

export interface Fault {
  kind: FaultKind;
  /** Requests it applies to: a substring of, or a pattern on, the path with its query string. */
  match: string | RegExp;
  /** How many matching requests get it, then it is spent. @default 1 */
  times?: number;
  /** `delay`: how long to wait before answering normally. @default 5000 */
  delayMs?: number;
  /** `rate-limit`: the Retry-After header, in seconds. @default 1 */
  retryAfterSeconds?: number;
}

/** Faults still to inject, taken in order: the first matching one with uses left applies. */
export class FaultPlan {
  private readonly pending: { fault: Fault; left: number }[] = [];

  constructor(faults: readonly Fault[] = []) {
    for (const fault of faults) this.add(fault);
  }

  add(fault: Fault): void {
    this.pending.push({ fault, left: fault.times ?? 1 });
  }

  /** Drops every fault still pending. */
  clear(): void {
    this.pending.length = 0;
  }

  /** The fault for this request, if any, counting it as used. */
  take(pathWithQuery: string): Fault | undefined {
    const entry = this.pending.find(
      ({ fault, left }) =>
        left > 0 &&
        (typeof fault.match === "string"
          ? pathWithQuery.includes(fault.match)
          : fault.match.test(pathWithQuery)),
    );
    if (!entry) return undefined;
    entry.left--;
    return entry.fault;
  }
}
