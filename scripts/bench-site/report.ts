// The results as a console table and as docs/lighthouse.md.
import { writeFile } from "node:fs/promises";
import { availableParallelism, cpus } from "node:os";
import { CATEGORIES, type Category, type PageResult } from "./run-page.ts";

const LABELS: Record<Category, string> = {
  performance: "Performance",
  accessibility: "Accessibility",
  "best-practices": "Best practices",
  seo: "SEO",
};

export interface RunInfo {
  date: Date;
  browser: string;
  runs: number;
  /** One-minute load average when the run started and when it ended. */
  load: [number, number];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function rows(pages: PageResult[]): string[][] {
  return pages.map((page) => [
    page.path,
    ...CATEGORIES.map((c) => String(page.scores[c])),
    `${Math.round(page.lcpMs)} ms`,
    page.cls.toFixed(3),
    `${Math.round(page.tbtMs)} ms`,
    kb(page.transferBytes),
    kb(page.htmlCssGzipBytes),
  ]);
}

const HEADER = [
  "Page",
  ...CATEGORIES.map((c) => LABELS[c]),
  "LCP",
  "CLS",
  "TBT",
  "Transfer (KB)",
  "HTML+CSS gzip (KB)",
];

export function printTable(pages: PageResult[]): void {
  const table = [HEADER, ...rows(pages)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
  for (const row of table) {
    const cells = row.map((cell, i) =>
      i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
    );
    console.log(cells.join("  "));
  }
}

function markdownTable(pages: PageResult[]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const align = HEADER.map((_, i) => (i === 0 ? ":---" : "---:"));
  return [line(HEADER), line(align), ...rows(pages).map(line)].join("\n");
}

function notes(pages: PageResult[]): string {
  const out: string[] = [];
  for (const page of pages) {
    for (const category of CATEGORIES) {
      if (page.scores[category] >= 100) continue;
      out.push(`- \`${page.path}\`, ${LABELS[category]} ${page.scores[category]}:`);
      const failing = page.failing
        .filter((audit) => audit.category === category)
        .sort((a, b) => b.weight - a.weight);
      for (const audit of failing) {
        const kind = audit.weight > 0 ? "scored" : "insight";
        const items = [...audit.items].slice(0, 4).map((item) => `\`${item}\``);
        const where = items.length ? `: ${items.join(", ")}` : "";
        const runs = `${audit.runs} of ${page.runs} runs`;
        out.push(`  - \`${audit.id}\` (${kind}, ${audit.title}; ${runs})${where}`);
      }
    }
  }
  return out.length ? out.join("\n") : "Every page scores 100 in every category.";
}

const NO_SCRIPT =
  " None of these pages loads a script: their Total Blocking Time is the browser's own main-thread work (parsing, style, layout, decoding) multiplied by the simulated CPU slowdown, so it follows the machine's load from run to run.";

export async function writeMarkdown(
  file: string,
  pages: PageResult[],
  info: RunInfo,
): Promise<void> {
  const first = pages[0];
  const [loadStart, loadEnd] = info.load.map((load) => load.toFixed(1));
  const text = `# Press kit site: Lighthouse

Written by \`npm run bench:site\` (scripts/bench-site/); run it again to refresh the figures.

- Date: ${info.date.toISOString().replace(/\.\d+Z$/, "Z")}
- Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), load average ${loadStart} at the start and ${loadEnd} at the end, Lighthouse benchmark index ${Math.round(first?.benchmarkIndex ?? 0)}
- Browser: ${info.browser}, headless
- Node ${process.versions.node}, Lighthouse ${first?.lighthouseVersion ?? "?"}
- Settings: mobile form factor, Lighthouse's default simulated throttling (${first?.throttling ?? "?"}), ${info.runs} runs per page; every column is the median of the runs.

The site is \`dist/site\` served on loopback by \`scripts/serve-static.ts\`, which sends neither compression nor \`Cache-Control\`. Transfer is therefore the uncompressed weight of everything the page loads; HTML+CSS gzip is the page's document and stylesheets gzipped (level 6) here, as a static host would serve them.

${markdownTable(pages)}

## Below 100

Scored audits set the category's score. Insights have no weight: they only point at savings. Two of them describe the loopback server rather than the site: \`document-latency-insight\` (no compression) and \`cache-insight\` (no cache lifetime); the production host should send gzip or Brotli for HTML, CSS and feeds, and \`Cache-Control: public, max-age=31536000, immutable\` for the content-hashed files under \`/_img/\`.${pages.every((page) => page.scripts === 0) ? NO_SCRIPT : ""}

${notes(pages)}
`;
  await writeFile(file, text);
}
