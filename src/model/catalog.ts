import type { Ambassador } from "./ambassador.ts";
import type { Asset } from "./asset.ts";
import type { Audience } from "./audience.ts";
import type { Brand } from "./brand.ts";
import type { Entry } from "./entries.ts";
import type { LiveMoment } from "./live-moment.ts";
import type { Market } from "./market.ts";

/** Everything a source holds, validated: what the planner decides on. Sorted by id. */
export interface Catalog {
  brand: Brand;
  markets: Market[];
  audiences: Audience[];
  entries: Entry[];
  assets: Asset[];
  /** Live-shopping moments (`content/moments/`). @default none */
  moments?: LiveMoment[];
  /** The people who post for the house, each with their markets and platforms. @default none */
  ambassadors?: Ambassador[];
}
