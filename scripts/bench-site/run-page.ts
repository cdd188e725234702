// One page measured with Lighthouse: mobile, simulated throttling, several runs, medians kept.
import { gzipSync } from "node:zlib";
import lighthouse, { type Flags, type Result } from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  id: string;
  title: string;
  category: Category;
  /** Runs (out of all runs of the page) in which the audit scored below 1 or failed. */
  runs: number;
  /** Its weight in the category: 0 for insights, which do not change the score. */
  weight: number;
  /** Where the audit points: element selectors, URLs, unmet checks. */
  items: Set<string>;
}

export interface PageResult {
  path: string;
  runs: number;
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  transferBytes: number;
  /** The page's HTML and stylesheets, each gzipped (level 6) as a static host would serve them. */
  htmlCssGzipBytes: number;
  failing: FailingAudit[];
  /** Scripts the page requested. */
  scripts: number;
  /** Lighthouse's throttling, e.g. "4× CPU, 150 ms RTT, 1638 kbit/s". */
  throttling: string;
  lighthouseVersion: string;
  benchmarkIndex: number;
}

const SCORED = new Set(["binary", "numeric", "metricSavings"]);

/** Runs Lighthouse `runs` times on `base + path` in the browser listening on `port`. */
export async function measurePage(
  base: string,
  path: string,
  port: number,
  runs = 3,
): Promise<PageResult> {
  const flags: Flags = {
    port,
    logLevel: "error",
    output: "json",
    onlyCategories: [...CATEGORIES],
    formFactor: "mobile",
    throttlingMethod: "simulate",
    // The full-page screenshot adds nothing here and is the step most likely to stall headless.
    disableFullPageScreenshot: true,
    maxWaitForLoad: 30_000,
  };
  const lhrs: Result[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(`${base}${path}`, flags);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
    for (const category of CATEGORIES) {
      if (typeof lhr.categories[category]?.score !== "number") {
        throw new Error(`Lighthouse gave no ${category} score for ${path}`);
      }
    }
    lhrs.push(lhr);
    console.log(
      `  ${path} run ${run}/${runs}: ${CATEGORIES.map((c) => percent(lhr, c)).join(" ")}`,
    );
  }
  const first = lhrs[0] as Result;
  return {
    path,
    runs,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, median(lhrs.map((lhr) => percent(lhr, c)))]),
    ) as Record<Category, number>,
    lcpMs: median(lhrs.map((lhr) => metric(lhr, "largest-contentful-paint"))),
    cls: median(lhrs.map((lhr) => metric(lhr, "cumulative-layout-shift"))),
    tbtMs: median(lhrs.map((lhr) => metric(lhr, "total-blocking-time"))),
    transferBytes: median(lhrs.map((lhr) => metric(lhr, "total-byte-weight"))),
    htmlCssGzipBytes: await htmlCssGzip(first),
    scripts: requests(first).filter((item) => item.resourceType === "Script").length,
    throttling: describeThrottling(first),
    failing: failingAudits(lhrs, base),
    lighthouseVersion: first.lighthouseVersion,
    benchmarkIndex: median(lhrs.map((lhr) => lhr.environment.benchmarkIndex)),
  };
}

function percent(lhr: Result, category: Category): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

function metric(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function requests(lhr: Result): NetworkItem[] {
  return (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] })?.items ?? [];
}

function describeThrottling(lhr: Result): string {
  const { cpuSlowdownMultiplier, rttMs, throughputKbps } = lhr.configSettings.throttling;
  return `${cpuSlowdownMultiplier}× CPU, ${rttMs} ms RTT, ${Math.round(throughputKbps ?? 0)} kbit/s`;
}

/** The document and stylesheets the page loaded, fetched again and gzipped here. */
async function htmlCssGzip(lhr: Result): Promise<number> {
  const urls = new Set(
    requests(lhr)
      .filter((item) => item.resourceType === "Document" || item.resourceType === "Stylesheet")
      .map((item) => item.url),
  );
  let total = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    total += gzipSync(body, { level: 6 }).length;
  }
  return total;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
}

/** The audits behind a score: weighted metrics stand for the blocking work behind them. */
const EVIDENCE: Record<string, string> = {
  "total-blocking-time": "long-tasks",
  "max-potential-fid": "long-tasks",
};

/** Audits scored below 1 or in error in any run, by category, with what they point at. */
function failingAudits(lhrs: Result[], base: string): FailingAudit[] {
  const found = new Map<string, FailingAudit>();
  for (const lhr of lhrs) {
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        const errored = audit?.scoreDisplayMode === "error";
        const scored = audit && SCORED.has(audit.scoreDisplayMode) && audit.score !== null;
        if (!audit || !(errored || (scored && (audit.score ?? 1) < 1))) continue;
        const key = `${category}/${ref.id}`;
        const evidence = lhr.audits[EVIDENCE[ref.id] ?? ref.id] ?? audit;
        const entry = found.get(key) ?? {
          id: ref.id,
          title: audit.title,
          category,
          weight: ref.weight,
          runs: 0,
          items: new Set<string>(),
        };
        if (audit.errorMessage) entry.items.add(`error: ${audit.errorMessage}`);
        for (const item of describe(evidence.details, base)) entry.items.add(item);
        entry.runs++;
        found.set(key, entry);
      }
    }
  }
  return [...found.values()];
}

/** Element selectors, URLs (as paths) and unmet checklist items of an audit's details. */
function describe(details: unknown, base: string): string[] {
  const d = details as { type?: string; items?: unknown } | undefined;
  if (!d || typeof d.items !== "object" || d.items === null) return [];
  if (d.type === "checklist") {
    return Object.values(d.items as Record<string, { label: string; value: boolean }>)
      .filter((check) => !check.value)
      .map((check) => check.label);
  }
  if (!Array.isArray(d.items)) return [];
  return d.items.flatMap((item: Record<string, unknown>) => {
    if (d.type === "list") {
      return describe(item.type === "node" ? { items: [{ node: item }] } : item, base);
    }
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const where = node?.selector ?? node?.snippet ?? item.url ?? item.source ?? item.label;
    return typeof where === "string" && where ? [where.replace(base, "")] : [];
  });
}
