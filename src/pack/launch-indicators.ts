import { countdownFramePlacement, productCardPlacement } from "../plan/live-placements.ts";
import type { UpcomingChange } from "../plan/upcoming.ts";
import { compareCodepoints } from "../text/compare-codepoints.ts";
import type { KitManifest, LaunchIndicator } from "./manifest-types.ts";

/**
 * Who reads the indicators. `public` (dist/manifest.json, published with the site) names only
 * launches that shipped, and of what is coming only withdrawals and licence expiries in markets
 * where they shipped: a launch's embargo lift is a date of something still embargoed there.
 * `editors` (the report, never published) adds embargo lifts, and launches not out anywhere yet.
 */
export type IndicatorReaders = "public" | "editors";

/** A live kit's frames and cards: placements of the kit's own, posted on its covers' platforms. */
const KIT_OWN_PLACEMENTS: ReadonlySet<string> = new Set([
  countdownFramePlacement.id,
  productCardPlacement.id,
]);

/**
 * Per launch: the markets, audiences and platforms its kits went to in this build, how many kits
 * and files, and per market the next moment of each kind that the clock alone changes for it.
 * `changes` are `upcomingChanges(…, { days: Infinity })`, in time order.
 */
export function launchIndicators(
  kits: readonly KitManifest[],
  changes: readonly UpcomingChange[],
  readers: IndicatorReaders,
  /** Who has which launch on their personal page (`writeAmbassadorKits`). */
  ambassadors: readonly { ambassador: string; launch: string }[] = [],
): LaunchIndicator[] {
  const launches = new Map<string, LaunchIndicator>();
  const launchOf = (id: string): LaunchIndicator => {
    let launch = launches.get(id);
    if (!launch) {
      launch = {
        launch: id,
        markets: [],
        audiences: [],
        platforms: [],
        channels: [],
        kits: 0,
        files: 0,
        upcoming: [],
      };
      launches.set(id, launch);
    }
    return launch;
  };
  // Which launch holds an entry in a market: the kit that carries it there.
  const holder = new Map<string, string>();
  for (const kit of kits) {
    const launch = launchOf(kit.launch);
    launch.markets.push(kit.market);
    launch.audiences.push(kit.audience);
    for (const file of kit.files)
      if (file.channel && !KIT_OWN_PLACEMENTS.has(file.channel)) {
        launch.channels.push(file.channel);
        launch.platforms.push(file.channel.split("/")[0] ?? file.channel);
      }
    launch.kits += 1;
    launch.files += kit.files.length;
    // A launch's own kit holds its entries before a live session that shows them does.
    for (const entry of [kit.launch, ...kit.entries]) {
      const key = `${kit.market} ${entry}`;
      if (!holder.has(key)) holder.set(key, kit.launch);
    }
  }
  // Who the ambassadors are stays with the editors: the published manifest never names them.
  const named = new Map<string, string[]>();
  if (readers === "editors")
    for (const { ambassador, launch } of ambassadors)
      if (launches.has(launch)) named.set(launch, [...(named.get(launch) ?? []), ambassador]);
  const seen = new Set<string>();
  for (const change of changes) {
    if (readers === "public" && change.kind === "embargo-lifts") continue;
    for (const entry of change.entries) {
      const shipped = holder.get(`${change.market} ${entry}`);
      if (readers === "public" && !shipped) continue;
      const id = shipped ?? change.via ?? entry;
      const key = `${id} ${change.market} ${change.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      launchOf(id).upcoming.push({
        kind: change.kind,
        market: change.market,
        at: change.at,
        local: change.local,
        ...(entry === id ? {} : { entry }),
        ...(change.asset ? { asset: change.asset } : {}),
      });
    }
  }
  const sorted = (values: string[]) => [...new Set(values)].sort(compareCodepoints);
  return [...launches.values()]
    .map((launch) => ({
      ...launch,
      markets: sorted(launch.markets),
      audiences: sorted(launch.audiences),
      platforms: sorted(launch.platforms),
      channels: sorted(launch.channels),
      ...(readers === "editors" ? { ambassadors: sorted(named.get(launch.launch) ?? []) } : {}),
    }))
    .sort((a, b) => compareCodepoints(a.launch, b.launch));
}
