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
 * the audiences, the channels, or each audience with its channels, that it holds for. Markets
 * with the same narrowing share one `Where`, the markets in code point order.
 */
export function whereOf(cells: Iterable<Cell>, universe: (market: string) => CellKeys): Where[] {
  const byMarket = new Map<string, Set<string>>();
  for (const cell of cells) {
    const keys = byMarket.get(cell.market) ?? new Set<string>();
    keys.add(cellKey(cell));
    byMarket.set(cell.market, keys);
  }
  const merged = new Map<string, Where>();
  for (const market of [...byMarket.keys()].sort(compareCodepoints)) {
    const keys = byMarket.get(market) ?? new Set();
    for (const narrowing of narrowingsIn(keys, universe(market))) {
      const id = JSON.stringify([narrowing.audiences ?? [], narrowing.channels ?? []]);
      const where = merged.get(id) ?? { markets: [], ...narrowing };
      where.markets.push(market);
      merged.set(id, where);
    }
  }
  return [...merged.values()];
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
