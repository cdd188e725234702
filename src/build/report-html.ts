import type { BuildReport } from "./build-report.ts";

/** `dist/report.html`: the build report for editors, readable without JavaScript. */
export function reportHtml(
  report: BuildReport,
  sheets: ReadonlyMap<string, string>,
  brand: string,
): string {
  const { summary } = report;
  const parts = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(brand)} — Relais build report</title>`,
    "<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1b18}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{margin-bottom:.25rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #e5e2dc;padding:.25rem .5rem;text-align:left;vertical-align:top}.warn{color:#8a4b00}.skip{color:#5c5955}img{max-width:100%;height:auto}td a,code{overflow-wrap:anywhere}</style>",
    "</head><body><main>",
    `<h1>${escapeHtml(brand)} — build report</h1>`,
    `<p>${summary.packs} packs, ${summary.files} files; ${summary.included} publications included, ${summary.skipped} skipped; ${summary.warnings} warnings; ${summary.contentErrors} content errors.</p>`,
  ];
  if (report.unlistedKits.length > 0) {
    parts.push(
      "<h2>Unlisted kit links</h2><p>Send each link to the people it is for: these kits are listed nowhere else, and anyone with a link can open its kit.</p><table><tr><th>market</th><th>audience</th><th>link</th></tr>",
    );
    for (const kit of report.unlistedKits) {
      parts.push(
        `<tr><td>${escapeHtml(kit.market)}</td><td>${escapeHtml(kit.audience)}</td><td><a href="${escapeHtml(kit.url)}">${escapeHtml(kit.url)}</a></td></tr>`,
      );
    }
    parts.push("</table>");
  }
  if (report.issues.length > 0) {
    parts.push(
      "<h2>Content issues</h2><table><tr><th>where</th><th>issue</th><th>expected / found</th><th>what to do</th></tr>",
    );
    for (const issue of report.issues) {
      parts.push(
        `<tr class="${issue.severity === "error" ? "warn" : "skip"}"><td>${escapeHtml(issue.origin)}${issue.line ? `:${issue.line}` : ""} <code>${escapeHtml(issue.path)}</code></td><td>${escapeHtml(issue.name)}</td><td>${escapeHtml(issue.expected)} / ${escapeHtml(issue.found)}</td><td>${escapeHtml(issue.hint)}</td></tr>`,
      );
    }
    parts.push("</table>");
  }
  for (const market of report.markets) {
    parts.push(
      `<h2 id="market-${escapeHtml(market.market)}">Market ${escapeHtml(market.market)}</h2>`,
    );
    for (const channel of market.channels) {
      parts.push(`<h3>${escapeHtml(channel.channel)}</h3>`);
      for (const pack of channel.packs) {
        const sheet = sheets.get(pack.path);
        parts.push(
          `<p><strong>${escapeHtml(pack.audience)}</strong>: ${pack.images} images, ${pack.entries.length} entries — <a href="${escapeHtml(pack.zip)}">${escapeHtml(pack.zip)}</a> (${pack.zipBytes.toLocaleString("en")} bytes)</p>`,
        );
        if (sheet)
          parts.push(
            `<img src="${escapeHtml(sheet)}" alt="Contact sheet of the ${escapeHtml(pack.audience)} pack for ${escapeHtml(channel.channel)} in ${escapeHtml(market.market)}" loading="lazy">`,
          );
      }
      const rows = [
        ...channel.skipped.map(
          (s) =>
            `<tr class="skip"><td>${escapeHtml(s.audience)}</td><td>${escapeHtml(s.entry)}</td><td>skipped: ${escapeHtml(s.reasons.join("; "))}</td></tr>`,
        ),
        ...channel.imagesLeftOut.map(
          (s) =>
            `<tr class="skip"><td>${escapeHtml(s.audience)}</td><td>${escapeHtml(s.entry)}</td><td>image ${escapeHtml(s.asset)} left out: ${escapeHtml(s.reasons.join("; "))}</td></tr>`,
        ),
        ...channel.fallbacks.map(
          (f) =>
            `<tr class="warn"><td>${escapeHtml(f.audience)}</td><td>${escapeHtml(f.entry)}</td><td>shown in ${escapeHtml(f.locale)}: no ${escapeHtml(f.missing)} text</td></tr>`,
        ),
        ...channel.warnings.map(
          (w) =>
            `<tr class="warn"><td>${escapeHtml(w.audience)}</td><td>${escapeHtml(w.entry ?? "")}</td><td>${escapeHtml(w.message)}</td></tr>`,
        ),
      ];
      if (rows.length > 0)
        parts.push(
          `<table><tr><th>audience</th><th>entry</th><th>what happened</th></tr>${rows.join("")}</table>`,
        );
    }
  }
  parts.push("</main></body></html>");
  return `${parts.join("\n")}\n`;
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
