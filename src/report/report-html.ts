import type { UpcomingChange } from "../plan/upcoming.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import type {
  BuildReport,
  HeldBack,
  ImageLeftOut,
  KitReport,
  ReasonMoment,
  WarningLine,
  Where,
} from "./build-report.ts";

/**
 * `dist/report.html`: the build report for editors, readable without JavaScript and on a phone.
 * The first screen says what was built, what was held back and what needs doing; each reason is
 * one line with its markets; the detail (warnings, contact sheets) is folded until opened.
 */
export function reportHtml(report: BuildReport): string {
  const page = new ReportPage(report);
  return `${[
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${esc(report.brand)} — Relais build report</title>`,
    `<style>${STYLE}</style>`,
    "</head><body><main>",
    page.header(),
    page.published(),
    page.launches(),
    page.heldBack(),
    page.comingUp(),
    page.unlistedKits(),
    page.pressPreviews(),
    page.ambassadors(),
    page.imagesLeftOut(),
    page.fallbacks(),
    page.warnings(),
    page.issues(),
    page.contactSheets(),
    "</main></body></html>",
  ]
    .filter((part) => part !== "")
    .join("\n")}\n`;
}

const STYLE = [
  "*{box-sizing:border-box}",
  "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1b18;background:#fff}",
  "main{max-width:72rem;margin:0 auto;padding:1rem}",
  "h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .25rem}",
  "h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid #ccc}",
  "h3{font-size:1rem;margin:1rem 0 .25rem}",
  "a{color:#0b57d0}",
  "code,.where,.id,a{overflow-wrap:anywhere}",
  "code{font-size:.9em}",
  ".muted,.id{color:#5c5955}",
  ".id{font-size:.85em}",
  ".alert{border-left:4px solid #b3261e;background:#fdecea;padding:.5rem .75rem;margin:.75rem 0}",
  ".note{border-left:4px solid #8a4b00;background:#fff4e0;padding:.5rem .75rem;margin:.75rem 0}",
  ".figures{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:.75rem 0;list-style:none}",
  ".figures b{font-size:1.15em}",
  "table{border-collapse:collapse;width:100%}",
  "td,th{border-bottom:1px solid #e5e2dc;padding:.3rem .5rem;text-align:left;vertical-align:top}",
  "th{font-weight:600}",
  ".num{text-align:right;font-variant-numeric:tabular-nums}",
  "ul.lines{list-style:none;padding:0;margin:.25rem 0}",
  "ul.lines>li{padding:.4rem 0;border-bottom:1px solid #eee}",
  "ul.lines ul{margin:.15rem 0 0;padding-left:1.1rem}",
  ".where{color:#5c5955}",
  ".where b{color:#1d1b18;font-weight:600}",
  ".copy{user-select:all;background:#f2f0eb;padding:.1rem .3rem;border-radius:3px}",
  "textarea{width:100%;font:13px/1.4 ui-monospace,monospace}",
  "details{margin:.4rem 0}",
  "summary{cursor:pointer;padding:.2rem 0}",
  ".sheets{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:1.25rem;margin:.5rem 0 1rem}",
  "figure{margin:0}",
  "figcaption{font-size:.9em;margin-bottom:.25rem}",
  "img{max-width:100%;height:auto;display:block;border:1px solid #e5e2dc}",
  "@media (max-width:40rem){",
  "table.reflow thead{display:none}",
  "table.reflow tr{display:block;border-bottom:1px solid #e5e2dc;padding:.4rem 0}",
  "table.reflow td{display:block;border:0;padding:.1rem 0}",
  "table.reflow td[data-label]::before{content:attr(data-label) ': ';color:#5c5955}",
  "table.reflow td.num{display:inline-block;margin-right:1.25rem}",
  ".num{text-align:left}",
  "}",
].join("");

/** Between titles, which may hold commas themselves (`1854, l'atelier de la rue de Turenne`). */
const TITLES = " · ";

const KIND_WORDS: Record<UpcomingChange["kind"], string> = {
  "embargo-lifts": "appears (embargo lifts)",
  withdrawn: "is withdrawn",
  "licence-expires": "licence expires",
  "session-ends": "live session ends (its kit goes)",
};

class ReportPage {
  readonly #report: BuildReport;
  readonly #allMarkets: string;

  constructor(report: BuildReport) {
    this.#report = report;
    this.#allMarkets = report.markets.map((m) => m.market).join(" ");
  }

  header(): string {
    const r = this.#report;
    const s = r.summary;
    const parts = [
      `<h1>${esc(r.brand)} — build report</h1>`,
      `<p class="muted">Decided at ${esc(utc(r.now))}, the build's clock. For the editors only: never publish this page, it names what is under embargo.</p>`,
    ];
    if (r.site?.defaultUrl) {
      parts.push(
        `<p class="alert" id="site-url"><strong>The site's address is still the default, ${esc(r.site.url)}.</strong> Every link in this report and on the site points there, so a link sent now would not open. Set <code>site: { url: "https://…" }</code> in <code>relais.config.ts</code> and build again before sending any.</p>`,
      );
    }
    if (s.contentErrors > 0) {
      parts.push(
        `<p class="alert"><strong>${plural(s.contentErrors, "content error")}</strong>: what they touch is left out of this build. <a href="#issues">See what to fix</a>.</p>`,
      );
    }
    const comingUp = upcomingLines(r.upcoming.changes).length;
    const figure = (href: string, value: string, words: string, show = true) =>
      show ? `<li><a href="${href}"><b>${value}</b> ${words}</a></li>` : "";
    parts.push(
      '<ul class="figures">',
      figure(
        "#published",
        num(s.entriesPublished),
        `${s.entriesPublished === 1 ? "entry" : "entries"} published in ${plural(s.markets, "market")}`,
      ),
      figure(
        "#held-back",
        num(s.entriesHeldBack),
        `${s.entriesHeldBack === 1 ? "entry" : "entries"} held back`,
      ),
      figure(
        "#coming-up",
        num(comingUp),
        `${comingUp === 1 ? "change" : "changes"} coming in the next ${r.upcoming.days} days`,
      ),
      figure(
        "#unlisted",
        num(r.unlistedKits.length),
        `unlisted kit ${r.unlistedKits.length === 1 ? "link" : "links"}`,
        r.unlistedKits.length > 0,
      ),
      figure(
        "#ambassadors",
        num(r.ambassadors.length),
        r.ambassadors.length === 1 ? "ambassador" : "ambassadors",
        r.ambassadors.length > 0,
      ),
      figure("#warnings", num(s.warnings), s.warnings === 1 ? "warning" : "warnings"),
      figure(
        "#issues",
        num(s.contentErrors),
        `content ${s.contentErrors === 1 ? "error" : "errors"}${s.contentWarnings > 0 ? `, ${plural(s.contentWarnings, "content warning")}` : ""}`,
      ),
      "</ul>",
      `<p class="muted">${plural(s.kits, "kit")}, ${plural(s.images, "image")}, ${plural(s.files, "file")}.</p>`,
    );
    return parts.join("\n");
  }

  published(): string {
    const r = this.#report;
    const audiences = [
      ...new Set(r.markets.flatMap((m) => m.published.flatMap((p) => p.audiences))),
    ].sort(compareCodepoints);
    // Entries held back in every market are named once, under Held back.
    const everywhere = new Set(
      r.markets.length > 1
        ? (r.markets[0]?.heldBack ?? []).filter((entry) =>
            r.markets.every((m) => m.heldBack.includes(entry)),
          )
        : [],
    );
    const rows = r.markets.map((market) => {
      const types = countBy(market.published.map((p) => p.entry.slice(0, p.entry.indexOf("/"))));
      const byAudience = audiences
        .map((a) => `${esc(a)} ${market.published.filter((p) => p.audiences.includes(a)).length}`)
        .join(" · ");
      const own = market.heldBack.filter((entry) => !everywhere.has(entry));
      const held = [
        ...own.map((entry) => this.#title(entry)),
        ...(everywhere.size > 0
          ? [
              `<a href="#held-back">${own.length > 0 ? "+ " : ""}the ${plural(everywhere.size, "entry", "entries")} held back everywhere</a>`,
            ]
          : []),
      ];
      return `<tr><td><b>${esc(market.market)}</b> <span class="muted">${esc(market.name)}</span></td><td data-label="published"><b>${plural(market.published.length, "entry", "entries")}</b>: ${esc(typeWords(types))}<br><span class="muted">${byAudience}</span></td><td class="num" data-label="kits">${num(market.kits)}</td><td class="num" data-label="images">${num(market.images)}</td><td data-label="held back">${held.length > 0 ? held.join(TITLES) : '<span class="muted">none</span>'}</td></tr>`;
    });
    return [
      '<h2 id="published">Published</h2>',
      this.#publishedEntries(),
      '<table class="reflow"><thead><tr><th>market</th><th>entries published, per audience</th><th class="num">kits</th><th class="num">images</th><th>held back</th></tr></thead><tbody>',
      ...rows,
      "</tbody></table>",
    ].join("\n");
  }

  /** Which entries, by name: those in every market, then each other one with its markets. */
  #publishedEntries(): string {
    const markets = this.#report.markets;
    const where = new Map<string, string[]>();
    for (const market of markets) {
      for (const { entry } of market.published) {
        where.set(entry, [...(where.get(entry) ?? []), market.market]);
      }
    }
    if (where.size === 0) return '<p class="alert">Nothing was published.</p>';
    const entries = [...where.keys()].sort(
      (a, b) => typeRank(a) - typeRank(b) || compareCodepoints(a, b),
    );
    const everywhere = entries.filter((e) => where.get(e)?.length === markets.length);
    const some = entries.filter((e) => where.get(e)?.length !== markets.length);
    const parts = [];
    if (everywhere.length > 0) {
      const label = markets.length > 1 ? "In every market" : "Entries";
      parts.push(`${label}: ${everywhere.map((e) => this.#title(e)).join(TITLES)}.`);
    }
    if (some.length > 0) {
      const named = some.map((e) => `${this.#title(e)} (${(where.get(e) ?? []).join(", ")})`);
      parts.push(`Only in some: ${named.join(TITLES)}.`);
    }
    return `<p>${parts.join(" ")}</p>`;
  }

  /** Per launch: where it shipped and, per market, what is next for it (however far ahead). */
  launches(): string {
    const launches = this.#report.launches;
    if (launches.length === 0) return "";
    const rows = launches.map((l) => {
      const next = l.upcoming.map((u) => {
        const what = u.asset ? `${u.asset} ` : u.entry ? `${this.#title(u.entry)} ` : "";
        return `${esc(u.market)}: ${what}${esc(KIND_WORDS[u.kind])} ${esc(u.local)}`;
      });
      return `<tr><td><b>${this.#title(l.launch)}</b></td><td data-label="markets">${l.markets.length > 0 ? esc(l.markets.join(", ")) : '<span class="muted">none yet</span>'}</td><td data-label="audiences">${esc(l.audiences.join(", "))}</td><td data-label="platforms">${esc(l.platforms.join(", "))}</td><td data-label="ambassadors">${l.ambassadors?.length ? esc(l.ambassadors.join(", ")) : '<span class="muted">none</span>'}</td><td class="num" data-label="kits">${num(l.kits)}</td><td class="num" data-label="files">${num(l.files)}</td><td data-label="coming up">${next.length > 0 ? next.join("<br>") : '<span class="muted">nothing</span>'}</td></tr>`;
    });
    return [
      '<h2 id="launches">Launches</h2>',
      '<p class="muted">Where each launch and live session shipped in this build, which ambassadors have it on their personal page, and per market the next embargo lift, withdrawal, licence expiry or end of session, however far ahead. The manifest carries the same list without embargo lifts and launches not out yet.</p>',
      '<table class="reflow"><thead><tr><th>launch</th><th>markets</th><th>audiences</th><th>platforms</th><th>ambassadors</th><th class="num">kits</th><th class="num">files</th><th>coming up</th></tr></thead><tbody>',
      ...rows,
      "</tbody></table>",
    ].join("\n");
  }

  heldBack(): string {
    const lines = this.#report.heldBack;
    const body =
      lines.length === 0
        ? '<p class="muted">Nothing: every entry is published wherever it may be.</p>'
        : this.#byEntry(lines);
    return [
      '<h2 id="held-back">Held back</h2>',
      '<p class="muted">Each reason once, with the markets it holds in (and the audiences or channels, when not all of them).</p>',
      body,
    ].join("\n");
  }

  comingUp(): string {
    const { upcoming } = this.#report;
    const intro = `<p class="muted">What the clock alone changes until ${esc(utc(upcoming.until))}: a build run after each moment publishes or withdraws it (none runs by itself).</p>`;
    if (upcoming.changes.length === 0) {
      return `<h2 id="coming-up">Coming up in the next ${upcoming.days} days</h2>\n${intro}\n<p class="muted">Nothing changes by the clock alone.</p>`;
    }
    const items = upcomingLines(upcoming.changes).map((line) => {
      const what =
        line.asset !== undefined
          ? `image <b>${esc(line.asset)}</b>: ${KIND_WORDS[line.kind]} <span class="muted">(shown in ${line.entries.map((e) => this.#title(e)).join(TITLES)})</span>`
          : `${line.entries.map((e) => this.#entry(e)).join(TITLES)} ${KIND_WORDS[line.kind]}${line.via ? ` <span class="muted">with ${this.#title(line.via)}</span>` : ""}`;
      const moments = line.moments
        .map(
          (m) =>
            `<li>${this.#markets(m.markets)}: ${esc(line.datedAs === "local" ? utc(m.at) : m.local)}</li>`,
        )
        .join("");
      return `<li><b>${esc(line.when)}</b> — ${what}<ul>${moments}</ul></li>`;
    });
    return [
      `<h2 id="coming-up">Coming up in the next ${upcoming.days} days</h2>`,
      intro,
      `<ul class="lines">${items.join("\n")}</ul>`,
    ].join("\n");
  }

  unlistedKits(): string {
    const kits = this.#report.unlistedKits;
    if (kits.length === 0) return "";
    const wrong = this.#report.site?.defaultUrl
      ? '<p class="alert">These links use the default address: <a href="#site-url">set the site\'s address</a> before sending them.</p>'
      : "";
    const groups = Map.groupBy(kits, (kit) => `${kit.market} ${kit.audience}`);
    const items = [...groups.values()].map((group) => {
      const [first] = group;
      if (!first) return "";
      const index = audienceIndex(first);
      const launches = group
        .map(
          (kit) =>
            `<li>${this.#title(kit.launch)}<br><code class="copy">${esc(kit.url)}</code> <a href="${esc(kit.url)}">open</a></li>`,
        )
        .join("");
      const all = index
        ? `<br>every kit: <code class="copy">${esc(index)}</code> <a href="${esc(index)}">open</a>`
        : "";
      return `<li><b>${esc(first.market)}</b> · ${esc(first.audience)} — ${plural(group.length, "kit")}${all}<details><summary>Each kit's link</summary><ul>${launches}</ul></details></li>`;
    });
    const text = kits.map((kit) => `${kit.market} ${kit.audience} ${kit.launch} ${kit.url}`);
    return [
      '<h2 id="unlisted">Unlisted kit links</h2>',
      "<p>Send each link to the people it is for: these kits are listed nowhere else, and anyone with a link can open its kit. A tap on a link selects it whole.</p>",
      wrong,
      `<ul class="lines">${items.join("\n")}</ul>`,
      `<details><summary>Every link as text, to copy at once</summary><textarea readonly rows="${Math.min(kits.length, 12)}">${esc(text.join("\n"))}</textarea></details>`,
    ].join("\n");
  }

  pressPreviews(): string {
    const previews = this.#report.pressPreviews ?? [];
    if (previews.length === 0) return "";
    const items = previews.map(
      (p) =>
        `<li><b>${esc(p.market)}</b> · ${esc(p.audience)} — ${this.#title(p.launch)} (${p.state === "open" ? `embargo until ${esc(p.embargo)}` : "embargo lifted: leads to the public kit"})<br><code class="copy">${esc(p.url)}</code> <a href="${esc(p.url)}">open</a></li>`,
    );
    return [
      '<h2 id="press-previews">Press previews</h2>',
      "<p>Send each address to the accredited press of its market only: the launch is still under embargo, and anyone with the address can open its preview. Nothing else in the output links to it.</p>",
      `<ul class="lines">${items.join("\n")}</ul>`,
    ].join("\n");
  }

  ambassadors(): string {
    const ambassadors = this.#report.ambassadors;
    if (ambassadors.length === 0) return "";
    const wrong = this.#report.site?.defaultUrl
      ? '<p class="alert">These pages and links use the default address: <a href="#site-url">set the site\'s address</a> before sending them.</p>'
      : "";
    const link = (url: string) => `<code class="copy">${esc(url)}</code>`;
    const items = ambassadors.map((ambassador) => {
      const handles = Object.entries(ambassador.platforms)
        .map(([platform, handle]) => `${esc(platform)} <bdi>${esc(handle)}</bdi>`)
        .join(" · ");
      const page = ambassador.page
        ? `<br>personal page: ${link(ambassador.page)} <a href="${esc(ambassador.page)}">open</a>`
        : "";
      const launches = ambassador.launches.map((launch) => {
        const links = launch.links
          .map(
            (l) =>
              `<li><b>${esc(l.market)}</b> · ${esc(l.platform)} <bdi>${esc(l.handle)}</bdi><br>${link(l.url)}</li>`,
          )
          .join("");
        const held = launch.notOffered
          .map(
            (n) =>
              `<li class="muted"><b>${esc(n.market)}</b> · ${esc(n.channel)} not offered: ${esc(n.reason)}</li>`,
          )
          .join("");
        const launchPage = launch.page
          ? `<br>page: ${link(launch.page)} <a href="${esc(launch.page)}">open</a>`
          : "";
        return `<li>${this.#title(launch.launch)}${launchPage}<ul>${links}${held}</ul></li>`;
      });
      const code = ambassador.referralCode
        ? ` · referral code <code>${esc(ambassador.referralCode)}</code>`
        : "";
      return `<li><b><bdi>${esc(ambassador.name)}</bdi></b> <span class="id">${esc(ambassador.id)}</span> — ${esc(ambassador.markets.join(", "))} · ${handles}${code}${page}<details><summary>Tracked links per launch (${ambassador.launches.length})</summary><ul>${launches.join("")}</ul></details></li>`;
    });
    const text = ambassadors.flatMap((ambassador) => [
      ...(ambassador.page ? [`${ambassador.id} page ${ambassador.page}`] : []),
      ...ambassador.launches.flatMap((launch) => [
        ...(launch.page ? [`${ambassador.id} ${launch.launch} page ${launch.page}`] : []),
        ...launch.links.map(
          (l) => `${ambassador.id} ${launch.launch} ${l.market} ${l.platform} ${l.url}`,
        ),
      ]),
    ]);
    return [
      '<h2 id="ambassadors">Ambassadors</h2>',
      "<p>Send each ambassador their personal page: it holds each launch's kits for their markets and platforms, every caption with their own tracked link. It is listed nowhere, and anyone with the address can open it. Their links are below for your analytics.</p>",
      wrong,
      `<ul class="lines">${items.join("\n")}</ul>`,
      `<details><summary>Every page and link as text, to copy at once</summary><textarea readonly rows="${Math.min(text.length, 12)}">${esc(text.join("\n"))}</textarea></details>`,
    ].join("\n");
  }

  imagesLeftOut(): string {
    const lines = this.#report.imagesLeftOut;
    if (lines.length === 0) return "";
    const items = Map.groupBy(lines, (line) => line.asset);
    const html = [...items].map(([asset, reasons]) => {
      const entries = [...new Set(reasons.flatMap((r) => r.entries))];
      const label = `<b>${esc(asset)}</b> <span class="muted">in ${entries.map((e) => this.#title(e)).join(TITLES)}</span>`;
      return this.#reasonItem(label, reasons);
    });
    return [
      '<h2 id="images-left-out">Images left out</h2>',
      '<p class="muted">Images an entry could not use where it was published (licence territory, usage, expiry).</p>',
      `<ul class="lines">${html.join("\n")}</ul>`,
    ].join("\n");
  }

  fallbacks(): string {
    const lines = this.#report.fallbacks;
    if (lines.length === 0) return "";
    const items = lines.map(
      (line) =>
        `<li>${this.#entry(line.entry)}: shown in <b>${esc(line.locale)}</b>, no <b>${esc(line.missing)}</b> text — ${this.#where(line.where)}</li>`,
    );
    return [
      '<h2 id="fallbacks">Translations missing</h2>',
      '<p class="muted">Entries published in a fallback locale: a translation to add.</p>',
      `<ul class="lines">${items.join("\n")}</ul>`,
    ].join("\n");
  }

  warnings(): string {
    const { warnings, summary } = this.#report;
    if (warnings.length === 0) {
      return '<h2 id="warnings">Warnings</h2>\n<p class="muted">None.</p>';
    }
    const byCode = Map.groupBy(warnings, (line) => line.code);
    const sections = [...byCode].map(([code, lines]) => {
      const outputs = lines.reduce((sum, line) => sum + line.count, 0);
      const items = lines.map((line) => this.#warningItem(line));
      return `<details><summary><b>${esc(WARNING_WORDS[code] ?? code)}</b> — ${plural(outputs, "output")}, ${plural(lines.length, "line")}</summary><ul class="lines">${items.join("\n")}</ul></details>`;
    });
    return [
      '<h2 id="warnings">Warnings</h2>',
      `<p class="muted">${plural(summary.warnings, "warning")} on what was built, grouped: open a kind to see each one with its markets.</p>`,
      ...sections,
    ].join("\n");
  }

  issues(): string {
    const { issues } = this.#report;
    if (issues.length === 0) {
      return '<h2 id="issues">Content issues</h2>\n<p class="muted">None.</p>';
    }
    const items = issues.map(
      (issue) =>
        `<li><b class="${issue.severity === "error" ? "error" : "muted"}">${esc(issue.severity)}</b> <b>${esc(issue.name)}</b> in <code>${esc(issue.origin)}${issue.line ? `:${issue.line}` : ""}</code> <code>${esc(issue.path)}</code><br>expected ${esc(issue.expected)}, found ${esc(issue.found)}<br><span class="muted">${esc(issue.hint)}</span></li>`,
    );
    return [
      '<h2 id="issues">Content issues</h2>',
      `<ul class="lines">${items.join("\n")}</ul>`,
    ].join("\n");
  }

  contactSheets(): string {
    const { kits, markets } = this.#report;
    const withSheets = kits.filter((kit) => kit.sheet);
    if (withSheets.length === 0) return "";
    const byMarket = Map.groupBy(withSheets, (kit) => kit.market);
    const sections = markets.flatMap((market) => {
      const inMarket = byMarket.get(market.market);
      if (!inMarket) return [];
      // By launch, so the audiences of one launch sit side by side.
      const figures = inMarket
        .toSorted(
          (a, b) =>
            typeRank(a.launch) - typeRank(b.launch) ||
            compareCodepoints(a.launch, b.launch) ||
            compareCodepoints(a.audience, b.audience),
        )
        .map((kit) => this.#sheetFigure(kit));
      return [
        `<details id="sheets-${esc(market.market)}"><summary><b>${esc(market.market)}</b> ${esc(market.name)} — ${plural(inMarket.length, "sheet")}</summary><div class="sheets">${figures.join("\n")}</div></details>`,
      ];
    });
    return [
      '<h2 id="sheets">Contact sheets</h2>',
      '<p class="muted">One per kit: every image of every placement it holds, to check the crops. Open a market; a sheet opens at full size.</p>',
      ...sections,
    ].join("\n");
  }

  #sheetFigure(kit: KitReport): string {
    const label = `${kit.audience} · ${kit.market} · ${kit.launch}`;
    return `<figure><figcaption><b>${esc(kit.audience)}</b> · ${esc(kit.market)} · ${this.#entry(kit.launch)}<br><span class="muted">${plural(kit.images, "image")} in ${plural(kit.channels.length, "placement")}, ${plural(kit.entries.length, "entry", "entries")} · ${size(kit.bytes)}</span></figcaption><a href="${esc(kit.sheet ?? "")}"><img src="${esc(kit.sheet ?? "")}" alt="Contact sheet: ${esc(label)}" loading="lazy"></a></figure>`;
  }

  #byEntry(lines: readonly HeldBack[]): string {
    const byEntry = Map.groupBy(lines, (line) => line.entry);
    const items = [...byEntry].map(([entry, reasons]) =>
      this.#reasonItem(this.#entry(entry), reasons),
    );
    return `<ul class="lines">${items.join("\n")}</ul>`;
  }

  /** One subject's reasons: on one line when it has one, else one line each under it. */
  #reasonItem(label: string, reasons: readonly (HeldBack | ImageLeftOut)[]): string {
    const line = (r: HeldBack | ImageLeftOut) =>
      `${esc(r.reason)} — ${this.#where(r.where)}${momentsNote(r.moments)}`;
    if (reasons.length === 1 && reasons[0]) return `<li>${label}: ${line(reasons[0])}</li>`;
    return `<li>${label}<ul>${reasons.map((r) => `<li>${line(r)}</li>`).join("")}</ul></li>`;
  }

  #warningItem(line: WarningLine): string {
    const entries = line.entries.map((entry) => this.#title(entry)).join(TITLES);
    const where = entries ? ` <span class="muted">· in ${entries}</span>` : "";
    return `<li>${esc(line.message)} — ${this.#where(line.where)}${where}</li>`;
  }

  #entry(id: string): string {
    const title = this.#report.titles[id];
    return title === undefined
      ? `<b>${esc(id)}</b>`
      : `<b>${esc(title)}</b> <span class="id">${esc(id)}</span>`;
  }

  #title(id: string): string {
    return esc(this.#report.titles[id] ?? id);
  }

  #markets(markets: readonly string[]): string {
    if (markets.length > 1 && markets.join(" ") === this.#allMarkets) return "every market";
    return markets.map(esc).join(", ");
  }

  #where(where: readonly Where[]): string {
    const parts = where.map((w) => {
      const audiences = w.audiences ? ` for ${w.audiences.map(esc).join(", ")}` : "";
      const channels = w.channels ? ` on ${w.channels.map(esc).join(", ")}` : "";
      return `<b>${this.#markets(w.markets)}</b>${audiences}${channels}`;
    });
    return `<span class="where">${parts.join("; ")}</span>`;
  }
}

const WARNING_WORDS: Record<string, string> = {
  "source-too-small": "Source image too small",
  "source-unreadable": "Source image unreadable",
  "byte-budget-failed": "Over the byte budget",
  "quality-lowered": "Quality lowered to fit",
  upscaled: "Enlarged past the limit",
  caption: "Caption adjusted to fit",
  "ambassador-caption": "An ambassador's caption adjusted to fit",
  "entry-without-images": "Entry without images",
};

/** A dated reason far off needs no UTC times; one in the coming weeks shows under Coming up. */
function momentsNote(moments: readonly ReasonMoment[] | undefined): string {
  if (!moments || moments.length === 0) return "";
  const instants = new Set(moments.map((m) => m.at));
  if (instants.size === 1) return ` <span class="muted">(${esc(utc(moments[0]?.at ?? ""))})</span>`;
  return "";
}

/**
 * The link to every kit of an audience in a market, one level above each kit's own
 * (`…/kit/<token>/capsule-herbier/` → `…/kit/<token>/`), when the link has that shape.
 */
function audienceIndex(kit: { launch: string; url: string }): string | undefined {
  const own = `/${kit.launch.replace("/", "-")}/`;
  return kit.url.endsWith(own) ? kit.url.slice(0, kit.url.length - own.length + 1) : undefined;
}

interface UpcomingLine {
  kind: UpcomingChange["kind"];
  entries: string[];
  asset?: string;
  via?: string;
  /** `2027-01-31 00:00 local time`, or a UTC time when the markets share the instant instead. */
  when: string;
  datedAs: "local" | "utc";
  /** Markets sharing one instant, in time order. */
  moments: { markets: string[]; at: string; local: string }[];
  first: string;
}

/**
 * The changes as lines: one per change and local time (or UTC time, for a moment written as an
 * instant), with its markets grouped by instant.
 */
function upcomingLines(changes: readonly UpcomingChange[]): UpcomingLine[] {
  const subjectOf = (c: UpcomingChange) =>
    JSON.stringify([c.kind, c.asset ?? "", c.entries, c.via ?? ""]);
  const lines: UpcomingLine[] = [];
  for (const bucket of Map.groupBy(changes, subjectOf).values()) {
    const wall = (c: UpcomingChange) => c.local.slice(0, 16);
    const byLocal = Map.groupBy(bucket, wall);
    const byUtc = Map.groupBy(bucket, (c) => c.at);
    const datedAs = byUtc.size < byLocal.size ? "utc" : "local";
    const groups = datedAs === "local" ? byLocal : byUtc;
    for (const [key, group] of groups) {
      const [first] = group;
      if (!first) continue;
      const moments = [...Map.groupBy(group, (c) => c.at)].map(([at, same]) => ({
        markets: same.map((c) => c.market).sort(compareCodepoints),
        at,
        local: same.map((c) => c.local).join(", "),
      }));
      lines.push({
        kind: first.kind,
        entries: first.entries,
        ...(first.asset !== undefined ? { asset: first.asset } : {}),
        ...(first.via !== undefined ? { via: first.via } : {}),
        when: datedAs === "local" ? `${key} local time` : utc(key),
        datedAs,
        moments,
        first: first.at,
      });
    }
  }
  return lines.sort(
    (a, b) => compareCodepoints(a.first, b.first) || compareCodepoints(a.when, b.when),
  );
}

/** `2027-01-30T15:00:00Z` → `2027-01-30 15:00 UTC`. */
function utc(instant: string): string {
  return `${instant.slice(0, 16).replace("T", " ")} UTC`;
}

function typeRank(entry: string): number {
  return ["story", "capsule", "product"].indexOf(entry.slice(0, entry.indexOf("/")));
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const TYPE_PLURAL: Record<string, string> = {
  story: "stories",
  capsule: "capsules",
  product: "products",
};

function typeWords(types: ReadonlyMap<string, number>): string {
  return ["story", "capsule", "product"]
    .filter((type) => types.has(type))
    .map((type) => plural(types.get(type) ?? 0, type, TYPE_PLURAL[type]))
    .join(", ");
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

function num(n: number): string {
  return n.toLocaleString("en");
}

function size(bytes: number): string {
  return bytes >= 999_500 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
