import { compareCodepoints } from "../text/compare-codepoints.ts";

/**
 * Where one line of the report holds: in these markets, for every audience and channel that had
 * its entry (or image) there — unless `audiences` or `channels` narrow it to some of them.
 */
export interface Where {
  markets: string[];
  audiences?: string[];
  channels?: string[];
}

/** One audience × market × channel the line stands for. */
export interface Cell {
  audience: string;
  market: string;
  channel: string;
}

/** The audience × channel pairs of one market, as `cellKey`s. */
export type CellKeys = ReadonlySet<string>;

export function cellKey(cell: Pick<Cell, "audience" | "channel">): string {
  return `${cell.audience}\t${cell.channel}`;
}

type Narrowing = Omit<Where, "markets">;

/**
 * Where a line holds, from the cells it stands for and, per market, every cell that could have
 * shown its entry there (`universe`): the market alone when the line holds in all of them, else
 * the audiences, the channels, or each audience with its channels, that it holds for.
 *
 * A narrowing is a filter on the market's own cells, so markets share one `Where` whenever one
 * filter gives each of them exactly its cells: an image too small for the story placements is
 * one line, `on instagram/story, snapchat/story, tiktok/cover`, in every market, whichever of
 * those placements each market has. Markets are in code point order.
 */
export function whereOf(cells: Iterable<Cell>, universe: (market: string) => CellKeys): Where[] {
  const byMarket = new Map<string, Set<string>>();
  for (const cell of cells) {
    const keys = byMarket.get(cell.market) ?? new Set<string>();
    keys.add(cellKey(cell));
    byMarket.set(cell.market, keys);
  }
  const fits = (narrowing: Narrowing, market: string) => {
    const own = byMarket.get(market) ?? new Set();
    const kept = [...universe(market)].filter((key) => passes(narrowing, key));
    return kept.length === own.size && kept.every((key) => own.has(key));
  };
  /** `split`: one of a market's lines, one per audience; such lines only take the same one. */
  const lines: { where: Where; split: boolean }[] = [];
  for (const market of [...byMarket.keys()].sort(compareCodepoints)) {
    const narrowings = narrowingsIn(byMarket.get(market) ?? new Set(), universe(market));
    const [only] = narrowings;
    if (narrowings.length === 1 && only) {
      const joined = lines.find(
        (line) =>
          !line.split &&
          [...line.where.markets, market].every((m) => fits(widen(line.where, only), m)),
      );
      if (joined) {
        joined.where = { markets: [...joined.where.markets, market], ...widen(joined.where, only) };
      } else {
        lines.push({ where: { markets: [market], ...only }, split: false });
      }
      continue;
    }
    for (const narrowing of narrowings) {
      const id = JSON.stringify(narrowing);
      const same = lines.find(
        (line) => line.split && JSON.stringify(narrowingOf(line.where)) === id,
      );
      if (same) same.where.markets.push(market);
      else lines.push({ where: { markets: [market], ...narrowing }, split: true });
    }
  }
  return lines.map((line) => ({ markets: line.where.markets, ...narrowingOf(line.where) }));
}

function narrowingOf(where: Narrowing): Narrowing {
  return {
    ...(where.audiences ? { audiences: where.audiences } : {}),
    ...(where.channels ? { channels: where.channels } : {}),
  };
}

/** The filter that lets through what either lets through, axis by axis. */
function widen(a: Narrowing, b: Narrowing): Narrowing {
  const union = (x?: string[], y?: string[]) =>
    x && y ? [...new Set([...x, ...y])].sort(compareCodepoints) : undefined;
  const audiences = union(a.audiences, b.audiences);
  const channels = union(a.channels, b.channels);
  return { ...(audiences ? { audiences } : {}), ...(channels ? { channels } : {}) };
}

function passes(where: Narrowing, key: string): boolean {
  const [audience = "", channel = ""] = key.split("\t");
  return (
    (!where.audiences || where.audiences.includes(audience)) &&
    (!where.channels || where.channels.includes(channel))
  );
}

function narrowingsIn(cells: CellKeys, universe: CellKeys): Narrowing[] {
  if ([...universe].every((key) => cells.has(key))) return [{}];
  const audiences = audiencesOf(cells);
  const channelsOf = (keys: CellKeys, audience: string) =>
    [...keys]
      .filter((key) => key.startsWith(`${audience}\t`))
      .map((key) => key.slice(audience.length + 1))
      .sort(compareCodepoints);
  const full = (audience: string) =>
    channelsOf(universe, audience).every((channel) => cells.has(`${audience}\t${channel}`));
  if (audiences.every(full)) return [{ audiences }];
  const [first = ""] = audiences;
  const channels = channelsOf(cells, first);
  const same = audiences.every((a) => channelsOf(cells, a).join("\n") === channels.join("\n"));
  if (same) {
    const every = audiencesOf(universe).length === audiences.length;
    return [every ? { channels } : { audiences, channels }];
  }
  return audiences.map((audience) =>
    full(audience)
      ? { audiences: [audience] }
      : { audiences: [audience], channels: channelsOf(cells, audience) },
  );
}

function audiencesOf(keys: CellKeys): string[] {
  return [...new Set([...keys].map((key) => key.slice(0, key.indexOf("\t"))))].sort(
    compareCodepoints,
  );
}
