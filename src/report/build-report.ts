import { configDefaults, type ResolvedConfig } from "../config/resolve-config.ts";
import type { ContentIssue } from "../errors/issue.ts";
import type { Catalog } from "../model/catalog.ts";
import { entryTitle } from "../model/entries.ts";
import type { BuildWarning } from "../pack/assemble-kits.ts";
import { launchIndicators } from "../pack/launch-indicators.ts";
import type { DistManifest, LaunchIndicator } from "../pack/manifest-types.ts";
import type { ChannelRules } from "../plan/eligibility.ts";
import type { Plan, PlanDecision, SkipCode, SkipReason } from "../plan/types.ts";
import { UPCOMING_DAYS, type UpcomingChange, upcomingChanges } from "../plan/upcoming.ts";
import type { PressPreviewLink } from "../site/stage/press-previews.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { Temporal } from "../time/moment.ts";
import { type Cell, type CellKeys, cellKey, type Where, whereOf } from "./report-where.ts";

export type { Where } from "./report-where.ts";

/**
 * `dist/report.json`: what a build published, what it held back and why, what changes soon by
 * the clock alone, for the editors (never published). docs/report.md describes every field.
 */
export interface BuildReport {
  /** Bumped when a field changes meaning or goes away. */
  schemaVersion: 2;
  brand: string;
  /** The build's clock (`--now`), as the plan has it. */
  now: string;
  /** Every entry's title (a product's name) in the brand's locale, by `type/slug`. */
  titles: Record<string, string>;
  /**
   * The press kit site's address; `defaultUrl` while it is still Relais's default
   * (`http://localhost:4321`), when every link sent from the report would be wrong. Absent when
   * the build has no site.
   */
  site?: { url: string; defaultUrl: boolean };
  summary: ReportSummary;
  /** Per market: what was published, for whom, in how many kits and images. */
  markets: MarketReport[];
  /** Entries left out, one line per entry and reason with the markets it holds in. */
  heldBack: HeldBack[];
  /** Images left out of entries that were published, one line per image and reason. */
  imagesLeftOut: ImageLeftOut[];
  /** Entries shown in a fallback locale: a translation the editors may want to add. */
  fallbacks: Fallback[];
  /** The build's warnings (images too small, captions shortened…), one line per message. */
  warnings: WarningLine[];
  /** What the clock alone changes in the next `days` (see `upcomingChanges`). */
  upcoming: { days: number; until: string; changes: UpcomingChange[] };
  kits: KitReport[];
  /**
   * Per launch: where it shipped in this build (markets, audiences, platforms, kits, files) and,
   * per market, the next embargo lift, withdrawal and licence expiry, however far ahead; launches
   * not out anywhere yet included (see `launchIndicators`).
   */
  launches: LaunchIndicator[];
  issues: readonly ContentIssue[];
  /** The links of unlisted kits (ambassadors…), to send to the people they are for. */
  unlistedKits: readonly UnlistedKit[];
  /**
   * The addresses of press previews of embargoed launches (`embargo.pressPreview`), to send to
   * the accredited press of each market; `lifted` ones now lead to the public kit.
   */
  pressPreviews?: PressPreviewLink[];
  /** Every ambassador, their personal page and their tracked link per launch, market and platform. */
  ambassadors: readonly AmbassadorReport[];
}

export interface AmbassadorReport {
  /** Their id: the file name, and `utm_content` by default. */
  id: string;
  name: string;
  markets: string[];
  /** Their account name per platform. */
  platforms: Record<string, string>;
  referralCode?: string;
  /** Their personal page: every launch they have a kit of. Absent without a site. */
  page?: string;
  launches: AmbassadorLaunchReport[];
}

export interface AmbassadorLaunchReport {
  /** `type/slug`. */
  launch: string;
  /** The launch's personal page. Absent without a site. */
  page?: string;
  /** Their tracked link per market and platform, the one each caption of theirs there carries. */
  links: { market: string; platform: string; handle: string; url: string }[];
  /**
   * Their own caption files (each with their link), relative to dist/: in `files/` like every
   * published file, but not in the public manifest.
   */
  captions: { market: string; channel: string; entry: string; path: string }[];
  /** Placements of their platforms not offered to them, and why (their caption cannot fit). */
  notOffered: {
    market: string;
    channel: string;
    entries: string[];
    code: SkipCode;
    reason: string;
  }[];
}

export interface ReportSummary {
  markets: number;
  /** Entries published in at least one market. */
  entriesPublished: number;
  /** Entries with at least one line in `heldBack`. */
  entriesHeldBack: number;
  kits: number;
  files: number;
  images: number;
  /** Audience × market × channel × entry decisions, as `relais plan` counts them. */
  included: number;
  skipped: number;
  /** Build warnings, one per output (`warnings` groups them). */
  warnings: number;
  contentErrors: number;
  contentWarnings: number;
  /** Moments in `upcoming.changes`. */
  upcoming: number;
}

export interface UnlistedKit {
  market: string;
  audience: string;
  /** type/slug of the kit's launch. */
  launch: string;
  url: string;
}

export interface MarketReport {
  market: string;
  name: string;
  timeZone: string;
  /** Each entry published here (`type/slug`), with the audiences that receive it. */
  published: { entry: string; audiences: string[] }[];
  kits: number;
  images: number;
  /** Entries that could have been published here and were, for no audience. */
  heldBack: string[];
}

/** The moment of a dated reason (embargo, withdrawal, licence expiry) in one market. */
export interface ReasonMoment {
  market: string;
  /** In UTC. */
  at: string;
  /** In the market's time zone, as the plan shows it. */
  local: string;
}

interface ReasonLine {
  code: SkipCode;
  /** The reason in words, true of every market listed: `embargoed until 2099-03-01 10:00 local time`. */
  reason: string;
  /** The reason's own data that every market listed shares (`capsule`, `usage`, `locale`…). */
  data?: Record<string, unknown>;
  /** Per market, the moment of a dated reason. */
  moments?: ReasonMoment[];
  where: Where[];
  /** Audience × market × channel decisions the line stands for. */
  count: number;
}

export interface HeldBack extends ReasonLine {
  /** `type/slug`. */
  entry: string;
}

export interface ImageLeftOut extends ReasonLine {
  asset: string;
  /** The entries it was left out of. */
  entries: string[];
}

export interface Fallback {
  entry: string;
  /** The locale shown. */
  locale: string;
  /** The locale the markets listed want first, which has no text. */
  missing: string;
  where: Where[];
  count: number;
}

export interface WarningLine {
  code: BuildWarning["code"];
  /** The entries (`type/slug`) it was given for. */
  entries: string[];
  asset?: string;
  /** The warning, without the placement folder a file's name starts with (`where` names it). */
  message: string;
  where: Where[];
  /** Outputs it stands for (one per audience × market × channel). */
  count: number;
}

export interface KitReport {
  /** `market/audience/type-slug`, as in the manifest. */
  id: string;
  audience: string;
  market: string;
  /** `type/slug` of the launch. */
  launch: string;
  /** `type/slug` of every entry in the kit, the launch first. */
  entries: string[];
  /** The kit's top folder and archive name. */
  name: string;
  /** The placements it holds. */
  channels: string[];
  images: number;
  /** What its files weigh together: the whole kit's download, before zipping. */
  bytes: number;
  /** Its contact sheet, relative to dist/. */
  sheet?: string;
}

export interface ReportInput {
  plan: Plan;
  catalog: Catalog;
  config: Pick<ResolvedConfig, "markets" | "audiences" | "site">;
  /** Channel records, so that `upcoming` leaves out what no channel of a market takes. */
  channels?: ReadonlyMap<string, ChannelRules>;
  manifest: DistManifest;
  warnings: readonly BuildWarning[];
  issues: readonly ContentIssue[];
  unlistedKits?: readonly UnlistedKit[];
  ambassadors?: readonly AmbassadorReport[];
  /** Contact sheet (relative to dist/) by kit id. */
  sheets?: ReadonlyMap<string, string>;
  /** How far `upcoming` looks ahead. @default UPCOMING_DAYS */
  upcomingDays?: number;
}

/** Reasons that are the design (a product is not for the fans), not news: never reported. */
const BY_DESIGN: ReadonlySet<SkipCode> = new Set(["not-for-audience", "channel-excludes-type"]);

export function buildReport(input: ReportInput): BuildReport {
  const { plan, catalog, config, manifest, warnings, issues } = input;
  const decisions = plan.decisions.filter(
    (d) => d.included || !d.reasons.some((r) => BY_DESIGN.has(r.code)),
  );
  const entryCells = universeBy(decisions, (d) => [entryId(d)]);
  const includedCells = universeBy(
    decisions.filter((d) => d.included),
    (d) => [entryId(d)],
  );
  const kits = kitsOf(manifest, input.sheets ?? new Map());
  const heldBack = heldBackLines(decisions, entryCells);
  const days = input.upcomingDays ?? UPCOMING_DAYS;
  const now = Temporal.Instant.from(plan.now);
  const changes = upcomingChanges(
    catalog,
    { markets: config.markets, audiences: config.audiences, ...channelsOf(input) },
    now,
    { days },
  );
  const markets = marketReports(catalog, decisions, kits);
  const allChanges = upcomingChanges(
    catalog,
    { markets: config.markets, audiences: config.audiences, ...channelsOf(input) },
    now,
    { days: Infinity },
  );
  return {
    schemaVersion: 2,
    brand: catalog.brand.name,
    now: plan.now,
    titles: titlesOf(catalog),
    ...(config.site.enabled
      ? { site: { url: config.site.url, defaultUrl: config.site.url === configDefaults.siteUrl } }
      : {}),
    summary: {
      markets: markets.length,
      entriesPublished: new Set(decisions.filter((d) => d.included).map(entryId)).size,
      entriesHeldBack: new Set(heldBack.map((line) => line.entry)).size,
      kits: kits.length,
      files: manifest.kits.reduce((sum, kit) => sum + kit.files.length, 0),
      images: kits.reduce((sum, kit) => sum + kit.images, 0),
      included: plan.summary.included,
      skipped: plan.summary.skipped,
      warnings: warnings.length,
      contentErrors: issues.filter((issue) => issue.severity === "error").length,
      contentWarnings: issues.filter((issue) => issue.severity !== "error").length,
      upcoming: changes.length,
    },
    markets,
    heldBack,
    imagesLeftOut: imageLines(decisions),
    fallbacks: fallbackLines(decisions, includedCells),
    warnings: warningLines(warnings, includedCells),
    upcoming: { days, until: now.add({ seconds: Math.round(days * 86_400) }).toString(), changes },
    kits,
    launches: launchIndicators(
      [...manifest.kits, ...(manifest.moments ?? [])],
      allChanges,
      "editors",
      (input.ambassadors ?? []).flatMap((ambassador) =>
        ambassador.launches.map((launch) => ({ ambassador: ambassador.id, launch: launch.launch })),
      ),
    ),
    issues,
    unlistedKits: input.unlistedKits ?? [],
    ambassadors: input.ambassadors ?? [],
  };
}

/** Each entry's and live session's title in the brand's language, else its first by code. */
function titlesOf(catalog: Catalog): Record<string, string> {
  const firstOf = (titles: Record<string, unknown>) =>
    titles[catalog.brand.defaultLocale] !== undefined
      ? catalog.brand.defaultLocale
      : Object.keys(titles).sort(compareCodepoints)[0];
  return Object.fromEntries([
    ...catalog.entries.map((entry) => [
      `${entry.type}/${entry.slug}`,
      entryTitle(entry, firstOf(entry.text) ?? "") ?? entry.slug,
    ]),
    ...(catalog.moments ?? []).map((moment) => [
      `moment/${moment.id}`,
      moment.title[firstOf(moment.title) ?? ""] ?? moment.id,
    ]),
  ]);
}

function channelsOf(input: ReportInput) {
  return input.channels ? { channels: input.channels } : {};
}

function entryId(decision: PlanDecision): string {
  return `${decision.entry.type}/${decision.entry.slug}`;
}

/** Per subject (an entry, an image) and market, every audience × channel it had there. */
type Universe = (subject: string) => (market: string) => CellKeys;

function universeBy(
  decisions: readonly PlanDecision[],
  subjects: (decision: PlanDecision) => string[],
): Universe {
  const cells = new Map<string, Set<string>>();
  for (const decision of decisions) {
    for (const subject of subjects(decision)) {
      const key = `${subject}\t${decision.market}`;
      const keys = cells.get(key) ?? new Set<string>();
      keys.add(cellKey(decision));
      cells.set(key, keys);
    }
  }
  const none: CellKeys = new Set();
  return (subject) => (market) => cells.get(`${subject}\t${market}`) ?? none;
}

/** The kits, as the report lists them: the report's one dependency on the manifest's shape. */
function kitsOf(manifest: DistManifest, sheets: ReadonlyMap<string, string>): KitReport[] {
  return manifest.kits.map((kit) => {
    const sheet = sheets.get(kit.id);
    const channels = new Set(kit.files.flatMap((f) => (f.channel ? [f.channel] : [])));
    return {
      id: kit.id,
      audience: kit.audience,
      market: kit.market,
      launch: kit.launch,
      entries: kit.entries,
      name: kit.name,
      channels: [...channels].sort(compareCodepoints),
      images: kit.files.filter((f) => f.kind === "image").length,
      bytes: kit.files.reduce((sum, f) => sum + f.bytes, 0),
      ...(sheet ? { sheet } : {}),
    };
  });
}

function marketReports(
  catalog: Catalog,
  decisions: readonly PlanDecision[],
  kits: readonly KitReport[],
): MarketReport[] {
  const byMarket = Map.groupBy(decisions, (d) => d.market);
  return catalog.markets
    .filter((market) => byMarket.has(market.id))
    .map((market) => {
      const audiences = new Map<string, Set<string>>();
      for (const d of byMarket.get(market.id) ?? []) {
        const receivers = audiences.get(entryId(d)) ?? new Set<string>();
        if (d.included) receivers.add(d.audience);
        audiences.set(entryId(d), receivers);
      }
      const inMarket = kits.filter((kit) => kit.market === market.id);
      const entries = [...audiences.keys()].sort(compareCodepoints);
      return {
        market: market.id,
        name: market.name,
        timeZone: market.timeZone,
        published: entries.flatMap((entry) => {
          const receivers = [...(audiences.get(entry) ?? [])].sort(compareCodepoints);
          return receivers.length > 0 ? [{ entry, audiences: receivers }] : [];
        }),
        kits: inMarket.length,
        images: inMarket.reduce((sum, kit) => sum + kit.images, 0),
        heldBack: entries.filter((entry) => audiences.get(entry)?.size === 0),
      };
    });
}

/** A reason as a report line: the key it groups under, its words and its shared data. */
interface Described {
  key: string;
  reason: string;
  data?: Record<string, unknown>;
  moment?: { at: string; local: string };
}

/** Fields that differ from market to market: left out of a line's shared `data`. */
const PER_MARKET = new Set(["code", "message", "until", "untilInstant", "since", "sinceInstant"]);

/**
 * A moment written without an offset is the same local time in every market, and one with an
 * offset the same instant everywhere: a dated reason reads as one local time or one UTC time,
 * whichever puts its markets on fewer lines.
 */
type DatedAs = "local" | "utc";

function describe(reason: SkipReason, datedAs: DatedAs): Described {
  const dated = datedOf(reason);
  if (dated) {
    const when =
      datedAs === "local"
        ? `${dated.local.slice(0, 16)} local time`
        : `${dated.at.slice(0, 16).replace("T", " ")} UTC`;
    return {
      key: `${reason.code} ${when}`,
      reason: `${dated.verb} ${when}`,
      moment: { at: dated.at, local: dated.local },
    };
  }
  switch (reason.code) {
    case "capsule-not-live": {
      const [words = reason.message] = reason.message.split(": ");
      return { key: `${reason.code} ${words}`, reason: words, data: { capsule: reason.capsule } };
    }
    case "market-not-targeted":
      return { key: reason.code, reason: "not among the entry's markets" };
    case "not-sold-in-market":
      return { key: reason.code, reason: "not sold there" };
    case "no-text-in-chain":
      return { key: reason.code, reason: "no text in any of the market's locales" };
    case "no-usable-asset":
      return { key: reason.code, reason: "none of its images may be used there" };
    case "licence-territory-excluded":
      return { key: reason.code, reason: "its licence excludes these markets" };
    default: {
      const data = Object.fromEntries(Object.entries(reason).filter(([k]) => !PER_MARKET.has(k)));
      const shared = Object.keys(data).length > 0 ? { data } : {};
      return { key: `${reason.code} ${reason.message}`, reason: reason.message, ...shared };
    }
  }
}

function datedOf(reason: SkipReason): { verb: string; at: string; local: string } | undefined {
  if (reason.code === "embargoed")
    return { verb: "embargoed until", at: reason.untilInstant, local: reason.until };
  if (reason.code === "unpublished")
    return { verb: "withdrawn since", at: reason.sinceInstant, local: reason.since };
  if (reason.code === "licence-expired")
    return { verb: "licence expired", at: reason.sinceInstant, local: reason.since };
  return undefined;
}

/** One reason of one decision, for one subject (an entry, or an image of it). */
interface Occurrence {
  subject: string;
  decision: PlanDecision;
  reason: SkipReason;
}

interface Grouped {
  subject: string;
  described: Described;
  occurrences: Occurrence[];
}

/** Groups reasons by subject and reason, a dated reason by local or UTC time (see `DatedAs`). */
function groupReasons(occurrences: readonly Occurrence[]): Grouped[] {
  const groups = new Map<string, Grouped>();
  const byCode = Map.groupBy(occurrences, (o) => `${o.subject}\t${o.reason.code}`);
  for (const bucket of byCode.values()) {
    const count = (as: DatedAs) => new Set(bucket.map((o) => describe(o.reason, as).key)).size;
    const datedAs: DatedAs = count("utc") < count("local") ? "utc" : "local";
    for (const occurrence of bucket) {
      const described = describe(occurrence.reason, datedAs);
      const key = `${occurrence.subject}\t${described.key}`;
      const group = groups.get(key) ?? { subject: occurrence.subject, described, occurrences: [] };
      group.occurrences.push(occurrence);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      compareCodepoints(a.subject, b.subject) ||
      compareCodepoints(a.described.reason, b.described.reason),
  );
}

function reasonLine(group: Grouped, universe: (market: string) => CellKeys): ReasonLine {
  const { described, occurrences } = group;
  const cells = new Map<string, Cell>();
  const moments = new Map<string, ReasonMoment>();
  for (const { decision, reason } of occurrences) {
    cells.set(`${decision.market}\t${cellKey(decision)}`, decision);
    const moment = datedOf(reason);
    if (moment) moments.set(decision.market, { market: decision.market, ...moment });
  }
  return {
    code: occurrences[0]?.reason.code ?? "no-usable-asset",
    reason: described.reason,
    ...(described.data ? { data: described.data } : {}),
    ...(moments.size > 0
      ? {
          moments: [...moments.values()]
            .sort((a, b) => compareCodepoints(a.market, b.market))
            .map(({ market, at, local }) => ({ market, at, local })),
        }
      : {}),
    where: whereOf(cells.values(), universe),
    count: cells.size,
  };
}

function heldBackLines(decisions: readonly PlanDecision[], universe: Universe): HeldBack[] {
  const occurrences = decisions.flatMap((decision) =>
    decision.included
      ? []
      : decision.reasons.map((reason) => ({ subject: entryId(decision), decision, reason })),
  );
  return groupReasons(occurrences).map((group) => ({
    entry: group.subject,
    ...reasonLine(group, universe(group.subject)),
  }));
}

/**
 * Images left out where their entry was published, or where they were the reason it was not
 * (`no-usable-asset`): either way the editors need to know which image and why.
 */
function imageLines(decisions: readonly PlanDecision[]): ImageLeftOut[] {
  const shown = decisions.filter(
    (d) => d.included || d.reasons.every((r) => r.code === "no-usable-asset"),
  );
  const universe = universeBy(shown, (d) => d.assets.map((a) => a.asset));
  const occurrences = shown.flatMap((decision) =>
    decision.assets.flatMap((asset) =>
      asset.reasons.map((reason) => ({ subject: asset.asset, decision, reason })),
    ),
  );
  return groupReasons(occurrences).map((group) => ({
    asset: group.subject,
    entries: [...new Set(group.occurrences.map((o) => entryId(o.decision)))].sort(
      compareCodepoints,
    ),
    ...reasonLine(group, universe(group.subject)),
  }));
}

function fallbackLines(decisions: readonly PlanDecision[], universe: Universe): Fallback[] {
  const groups = new Map<string, { line: Omit<Fallback, "where" | "count">; cells: Cell[] }>();
  for (const decision of decisions) {
    if (!decision.included || !decision.locale?.fallback) continue;
    const line = {
      entry: entryId(decision),
      locale: decision.locale.locale,
      missing: decision.locale.chain[0] ?? "",
    };
    const key = JSON.stringify(line);
    const group = groups.get(key) ?? { line, cells: [] };
    group.cells.push(decision);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ line, cells }) => ({
      ...line,
      where: whereOf(cells, universe(line.entry)),
      count: cells.length,
    }))
    .sort(
      (a, b) =>
        compareCodepoints(a.entry, b.entry) ||
        compareCodepoints(a.missing, b.missing) ||
        compareCodepoints(a.locale, b.locale),
    );
}

/**
 * One line per kind of warning, image and message, with the entries it was given for: a caption
 * shortened the same way in every entry of a market is one line.
 */
function warningLines(warnings: readonly BuildWarning[], universe: Universe): WarningLine[] {
  const groups = new Map<
    string,
    { line: Omit<WarningLine, "entries" | "where" | "count">; warnings: BuildWarning[] }
  >();
  for (const warning of warnings) {
    // A file's name in a kit starts with its placement's folder, which `where` gives already.
    const folder = `${warning.channel}/`;
    const message = warning.message.startsWith(folder)
      ? warning.message.slice(folder.length)
      : warning.message;
    const line = {
      code: warning.code,
      ...(warning.asset ? { asset: warning.asset } : {}),
      message,
    };
    const key = JSON.stringify(line);
    const group = groups.get(key) ?? { line, warnings: [] };
    group.warnings.push(warning);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ line, warnings: given }) => {
      const entries = [...new Set(given.flatMap((w) => (w.entry ? [w.entry] : [])))].sort(
        compareCodepoints,
      );
      // Where its entries were published; a warning on no entry holds wherever it was given.
      const cellsIn = (market: string) =>
        new Set([
          ...entries.flatMap((entry) => [...universe(entry)(market)]),
          ...given.filter((w) => !w.entry && w.market === market).map(cellKey),
        ]);
      const cells = new Map(given.map((w) => [`${w.market}\t${cellKey(w)}`, w]));
      return {
        ...line,
        entries,
        where: whereOf(cells.values(), cellsIn),
        count: given.length,
      };
    })
    .sort(
      (a, b) =>
        compareCodepoints(a.code, b.code) ||
        compareCodepoints(a.asset ?? "", b.asset ?? "") ||
        compareCodepoints(a.message, b.message),
    );
}
