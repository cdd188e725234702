import type { UpcomingChange, UpcomingKind } from "../plan/upcoming.ts";

const WHAT: Record<UpcomingKind, string> = {
  "embargo-lifts": "embargo lifts",
  withdrawn: "withdrawn",
  "licence-expires": "licence expires",
  "session-ends": "live session ends",
};

/**
 * `relais next` for a person: every moment ahead at which a build gives another output by the
 * clock alone, in time order, each in the market's own time, with what appears or goes.
 */
export function formatNext(changes: readonly UpcomingChange[], now: string): string {
  const first = changes[0];
  if (!first) {
    return `Nothing is due after ${now}: no embargo lifts, no withdrawal and no licence expiry ahead. A build gives the same output until the content changes.`;
  }
  const lines = [`Next change: ${first.at} (${first.local}, ${first.market})`, ""];
  let instant = "";
  for (const change of changes) {
    if (change.at !== instant) {
      if (instant !== "") lines.push("");
      instant = change.at;
      lines.push(instant);
    }
    const what = change.asset
      ? `${WHAT[change.kind]}: ${change.asset}, shown by ${change.entries.join(", ")}`
      : `${WHAT[change.kind]}: ${change.entries.join(", ")}${change.via ? ` (with ${change.via})` : ""}`;
    lines.push(`  ${change.market.padEnd(4)} ${change.local}  ${what}`);
  }
  return lines.join("\n");
}
