import type { Asset } from "../model/asset.ts";
import { creditOf } from "../model/asset.ts";
import { type Brief, type Entry, entryTitle } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import { publishMomentOf } from "../plan/eligibility.ts";
import { resolveLocale } from "../plan/resolve-locale.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import { resolveMoment, Temporal } from "../time/moment.ts";
import { briefStrings } from "./kit-brief-strings.ts";
import { formatWhen, type KitReadmeInput, plainLabels } from "./kit-readme.ts";

/**
 * A kit's brief, in the kit's language and its market's time: what to say and avoid, the key
 * dates, and each image's usage window. BRIEF.txt and the kit's page both show this one record.
 */
export interface KitBrief {
  title: string;
  /** The language of the talking points, do's and don'ts, and its direction. */
  locale: string;
  direction: "ltr" | "rtl";
  /** Set when the brief's lines come from further down the market's locale chain. */
  fallbackNote?: string;
  /** Set when no locale of the chain has a brief for the launch. */
  noBriefNote?: string;
  talkingPoints: Section;
  do: Section;
  dont: Section;
  dates: { heading: string; timeZone: string; lines: { at: string; when: string; what: string }[] };
  images: {
    heading: string;
    intro: string;
    lines: { asset: string; window: string; usages: string; placements: string; credit: string }[];
  };
}

interface Section {
  heading: string;
  lines: string[];
}

export type KitBriefInput = Pick<KitReadmeInput, "kit" | "entries" | "sections" | "labels"> & {
  market: Market;
  /** The build's clock: an image usable with no publication moment is usable from now. */
  now: Temporal.Instant;
};

export function kitBrief(input: KitBriefInput): KitBrief {
  const { market, kit } = input;
  const locale = kit.locale.locale;
  const t = briefStrings(locale);
  const labels = input.labels ?? plainLabels;
  const marketName = labels.market(market, locale);
  const zoned = (instant: Temporal.Instant) =>
    formatWhen(instant.toZonedDateTimeISO(market.timeZone), locale);
  const instantOf = (moment: string) => resolveMoment(moment, market.timeZone).toInstant();
  const title = (entry: Entry) => entryTitle(entry, locale) ?? entry.slug;
  const launch = input.entries[0];

  // The brief follows the market's chain like the rest of the kit's text, from the kit's locale.
  const from = Math.max(0, market.locales.indexOf(locale));
  const found = launch
    ? resolveLocale(
        { ...market, locales: market.locales.slice(from) },
        (l) => briefOf(launch, l) !== undefined,
      )
    : undefined;
  const brief = found && launch ? briefOf(launch, found.locale) : undefined;
  const briefLocale = found?.locale ?? locale;

  // A product never appears before its capsule: an entry is out at the later of the two moments.
  const publishOf = (entry: Entry): string | undefined => {
    const own = publishMomentOf(entry, market);
    const launchMoment = launch && entry !== launch ? publishMomentOf(launch, market) : undefined;
    if (!own || !launchMoment) return own ?? launchMoment;
    return Temporal.Instant.compare(instantOf(own), instantOf(launchMoment)) >= 0
      ? own
      : launchMoment;
  };
  const dates: { at: Temporal.Instant; what: string }[] = [];
  for (const entry of input.entries) {
    const publish = publishMomentOf(entry, market);
    if (publish) dates.push({ at: instantOf(publish), what: t.published(title(entry)) });
    if (entry.data.unpublishAt)
      dates.push({ at: instantOf(entry.data.unpublishAt), what: t.withdrawn(title(entry)) });
  }
  // Each image once, with the entries and placements of the kit that show it.
  const shown = new Map<string, { asset: Asset; entries: Set<Entry>; placements: Set<string> }>();
  for (const { spec, items } of input.sections)
    for (const item of items)
      for (const { asset } of item.images) {
        const known = shown.get(asset.id) ?? { asset, entries: new Set(), placements: new Set() };
        known.entries.add(item.entry);
        known.placements.add(labels.placement(spec, locale));
        shown.set(asset.id, known);
      }
  for (const { asset } of shown.values())
    if (asset.licence.expires)
      dates.push({ at: instantOf(asset.licence.expires), what: t.licenceExpires(asset.id) });
  dates.sort((a, b) => Temporal.Instant.compare(a.at, b.at) || compareCodepoints(a.what, b.what));

  const images = [...shown.values()].map(({ asset, entries, placements }) => {
    // Usable once the first entry showing it is out; until its licence ends or the last entry
    // showing it is withdrawn, whichever comes first.
    const starts = [...entries].map((e) => publishOf(e));
    const start = starts.includes(undefined)
      ? undefined
      : earliest(starts.map((s) => instantOf(s as string)));
    const ends = [...entries].map((e) => e.data.unpublishAt);
    const entriesEnd = ends.includes(undefined)
      ? undefined
      : latest(ends.map((e) => instantOf(e as string)));
    const end = earliest(
      [entriesEnd, asset.licence.expires ? instantOf(asset.licence.expires) : undefined].filter(
        (x): x is Temporal.Instant => x !== undefined,
      ),
    );
    return {
      asset: asset.id,
      window: t.window(zoned(start ?? input.now), end && zoned(end), start === undefined),
      usages: t.usages(asset.licence.usage.map((u) => t.usage[u]).join(t.list)),
      placements: t.placements([...placements].join(t.list)),
      credit: t.credit(
        creditOf(asset),
        asset.licence.url ? `${asset.licence.name} (${asset.licence.url})` : asset.licence.name,
      ),
    };
  });

  const language = new Intl.DisplayNames([locale], { type: "language" }).of(briefLocale);
  return {
    title: t.title(launch ? title(launch) : kit.launch.slug, marketName),
    locale: briefLocale,
    direction: market.directionOf[briefLocale] ?? "ltr",
    ...(brief && briefLocale !== locale
      ? { fallbackNote: t.fallback(language ?? briefLocale) }
      : {}),
    ...(brief ? {} : { noBriefNote: t.noBrief }),
    talkingPoints: { heading: t.talkingPoints, lines: brief?.talkingPoints ?? [] },
    do: { heading: t.do, lines: brief?.do ?? [] },
    dont: { heading: t.dont, lines: brief?.dont ?? [] },
    dates: {
      heading: t.datesHeading,
      timeZone: t.timeZone(market.timeZone, marketName),
      lines: dates.map(({ at, what }) => ({ at: at.toString(), when: zoned(at), what })),
    },
    images: { heading: t.imagesHeading, intro: t.imagesIntro(marketName), lines: images },
  };
}

/** The brief as BRIEF.txt: plain text, one line per point, dates with the zone named. */
export function briefText(brief: KitBrief): string {
  const lines = [brief.title, ""];
  if (brief.fallbackNote) lines.push(brief.fallbackNote, "");
  if (brief.noBriefNote) lines.push(brief.noBriefNote, "");
  for (const section of [brief.talkingPoints, brief.do, brief.dont]) {
    if (section.lines.length === 0) continue;
    lines.push(section.heading, ...section.lines.map((line) => `- ${line}`), "");
  }
  lines.push(brief.dates.heading, brief.dates.timeZone);
  for (const date of brief.dates.lines) lines.push(`- ${date.when} — ${date.what}`);
  lines.push("", brief.images.heading, brief.images.intro);
  for (const image of brief.images.lines)
    lines.push(
      `- ${image.asset}: ${image.window}`,
      `  ${image.usages}`,
      `  ${image.placements}`,
      `  ${image.credit}`,
    );
  return `${lines.join("\n")}\n`;
}

function briefOf(entry: Entry, locale: string): Brief | undefined {
  const brief = entry.text[locale]?.brief;
  if (!brief) return undefined;
  const empty = brief.talkingPoints.length + brief.do.length + brief.dont.length === 0;
  return empty ? undefined : brief;
}

function earliest(instants: readonly Temporal.Instant[]): Temporal.Instant | undefined {
  return [...instants].sort(Temporal.Instant.compare)[0];
}

function latest(instants: readonly Temporal.Instant[]): Temporal.Instant | undefined {
  return [...instants].sort(Temporal.Instant.compare).at(-1);
}
