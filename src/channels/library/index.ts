import type { ChannelSpecInput } from "../channel-spec.ts";
import { chinaChannelSpecs } from "./china.ts";
import { commerceChannelSpecs } from "./commerce.ts";
import { japanKoreaChannelSpecs } from "./japan-korea.ts";
import { liveChannelSpecs } from "./live.ts";
import { metaChannelSpecs } from "./meta.ts";
import { westernChannelSpecs } from "./western.ts";

/**
 * The placements Relais renders by default, one record each, in id order. Ids are a public
 * contract (houses, manifests and tests rely on them); the facts and their sources are in each
 * record. A house overrides or adds records with the `channels` option of `relais.config.ts`.
 */
export const defaultChannelSpecs: readonly ChannelSpecInput[] = Object.freeze(
  [
    ...metaChannelSpecs,
    ...westernChannelSpecs,
    ...chinaChannelSpecs,
    ...japanKoreaChannelSpecs,
    ...commerceChannelSpecs,
    ...liveChannelSpecs,
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

export {
  chinaChannelSpecs,
  commerceChannelSpecs,
  japanKoreaChannelSpecs,
  liveChannelSpecs,
  metaChannelSpecs,
  westernChannelSpecs,
};
