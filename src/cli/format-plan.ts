import pc from "picocolors";
import type { Plan, PlanDecision } from "../plan/types.ts";

interface Row {
  audience: string;
  market: string;
  entry: string;
  channels: string[];
  decision: PlanDecision;
}

/**
 * The plan as a table. Rows whose decision is the same on every channel of a market are merged,
 * with the channel count, so the table stays readable; `--json` has every row.
 */
export function formatPlan(plan: Plan, kits?: number): string {
  const rows = mergeChannels(plan.decisions);
  const header = ["AUDIENCE", "MARKET", "ENTRY", "CHANNELS", "DECISION"];
  const cells = rows.map((row) => [
    row.audience,
    row.market,
    row.entry,
    String(row.channels.length),
    describe(row.decision),
  ]);
  const widths = header
    .slice(0, 4)
    .map((title, i) => Math.max(title.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (values: string[]) =>
    values.map((value, i) => (i < widths.length ? value.padEnd(widths[i] ?? 0) : value)).join("  ");
  const out = [pc.bold(line(header))];
  rows.forEach((row, index) => {
    const text = line(cells[index] ?? []);
    out.push(row.decision.included ? text : pc.dim(text));
    for (const asset of row.decision.assets) {
      if (asset.included) continue;
      out.push(
        pc.dim(
          `${" ".repeat((widths[0] ?? 0) + (widths[1] ?? 0) + 4)}image ${asset.asset} left out: ${asset.reasons.map((r) => r.message).join("; ")}`,
        ),
      );
    }
  });
  const { summary } = plan;
  out.push(
    "",
    `${summary.decisions} decisions at ${plan.now}: ${pc.green(`${summary.included} included`)}, ${summary.skipped} skipped, ${summary.fallbacks} with fallback text`,
  );
  if (kits !== undefined)
    out.push(
      `${kits} kits (one launch for one audience in one market): relais plan --json lists them`,
    );
  for (const [code, count] of Object.entries(summary.skippedBy).sort())
    out.push(`  ${code}: ${count}`);
  return out.join("\n");
}

function describe(decision: PlanDecision): string {
  if (decision.included) {
    const locale = decision.locale;
    if (!locale) return "included";
    return locale.fallback
      ? `included in ${locale.locale} (fallback: no ${locale.chain[0]} text)`
      : `included in ${locale.locale}`;
  }
  return `skipped: ${decision.reasons.map((reason) => reason.message).join("; ")}`;
}

function mergeChannels(decisions: readonly PlanDecision[]): Row[] {
  const rows = new Map<string, Row>();
  for (const decision of decisions) {
    const { channel, ...rest } = decision;
    const entry = `${decision.entry.type}/${decision.entry.slug}`;
    const key = `${decision.audience}\u0000${decision.market}\u0000${entry}\u0000${JSON.stringify({ ...rest, audience: 0, market: 0 })}`;
    const row = rows.get(key);
    if (row) row.channels.push(channel);
    else
      rows.set(key, {
        audience: decision.audience,
        market: decision.market,
        entry,
        channels: [channel],
        decision,
      });
  }
  return [...rows.values()];
}
