import { createHash } from "node:crypto";
import { stringify } from "safe-stable-stringify";
import type { ChannelSpec, ImageFormat, ImageSize } from "../channels/channel-spec.ts";
import type { Asset } from "../model/asset.ts";
import type { Catalog } from "../model/catalog.ts";
import {
  type CropFractions,
  type HotspotFractions,
  matchingAspectCrop,
} from "../render/images/crop-frame.ts";
import type { ImageRights } from "../render/images/xmp.ts";
import type { Plan, PlanDecision } from "./types.ts";

/** Bump when the renderer changes its output for the same task. */
export const RENDER_KEY_VERSION = 2;

/** The versions of the image engine: part of every key, since a new libvips can change bytes. */
export interface EngineVersions {
  sharp: string;
  vips: string;
}

/** Everything that decides an output image's bytes, and nothing else. */
export interface ImageTask {
  /** sha256 of the stable serialization of the fields below: the cache file's name. */
  key: string;
  asset: string;
  /** Where the source's bytes are (not part of the key: moving a file changes nothing). */
  location: string;
  contentHash: string;
  framing: {
    crop?: CropFractions;
    hotspot?: HotspotFractions;
    /** The dedicated aspect crop used, when one matches the output's aspect. */
    aspectCrop?: string;
    safeZone?: ChannelSpec["image"]["safeZone"];
  };
  size: ImageSize;
  encode: { format: ImageFormat; quality: number; maxBytes: number; background: string };
  rights: ImageRights;
}

/** One image of a pack: which task renders it and how it is named. */
export interface PackImage {
  task: string;
  asset: string;
  /** Path inside the pack folder. */
  path: string;
  /** Extra widths of the same image (LINE imagemap) are `variant: width`. */
  variant: "main" | number;
}

export interface PackEntry {
  decision: PlanDecision;
  images: PackImage[];
}

/** Everything for one audience × market × channel. */
export interface PackPlan {
  audience: string;
  market: string;
  channel: string;
  entries: PackEntry[];
}

export interface RenderPlan {
  /** Unique by key, sorted by key: the same variant for several markets is rendered once. */
  tasks: ImageTask[];
  packs: PackPlan[];
}

/** File extension of each output format. */
export const FILE_EXTENSIONS: Record<ImageFormat, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  avif: "avif",
};

/**
 * Turns the plan's included decisions into image tasks keyed by content, and packs that name
 * their files. Pure: the engine versions come in as an argument.
 */
export function planRenders(
  plan: Plan,
  catalog: Catalog,
  channels: ReadonlyMap<string, ChannelSpec>,
  engine: EngineVersions,
): RenderPlan {
  const assets = new Map(catalog.assets.map((asset) => [asset.id, asset]));
  const tasks = new Map<string, ImageTask>();
  const packs = new Map<string, PackPlan>();

  for (const decision of plan.decisions) {
    const spec = channels.get(decision.channel);
    if (!decision.included || !spec) continue;
    const packKey = `${decision.audience}/${decision.market}/${decision.channel}`;
    let pack = packs.get(packKey);
    if (!pack) {
      pack = {
        audience: decision.audience,
        market: decision.market,
        channel: decision.channel,
        entries: [],
      };
      packs.set(packKey, pack);
    }
    const folder = `${decision.entry.type}-${decision.entry.slug}`;
    const images: PackImage[] = [];
    decision.assets
      .filter((choice) => choice.included)
      .forEach((choice, index) => {
        const asset = assets.get(choice.asset);
        if (!asset) return;
        const base = `${folder}/${String(index + 1).padStart(2, "0")}-${asset.id}`;
        const extension = FILE_EXTENSIONS[spec.image.format];
        for (const variant of ["main", ...spec.image.extraWidths] as const) {
          const size = variant === "main" ? spec.image.size : scaledSize(spec.image.size, variant);
          const task = imageTask(asset, spec, size, engine);
          tasks.set(task.key, task);
          const path =
            variant === "main" ? `${base}.${extension}` : `${base}-w${variant}.${extension}`;
          images.push({ task: task.key, asset: asset.id, path, variant });
        }
      });
    pack.entries.push({ decision, images });
  }
  return {
    tasks: [...tasks.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    packs: [...packs.values()],
  };
}

function scaledSize(size: ImageSize, width: number): ImageSize {
  if (size.fit === "width") return { fit: "width", width };
  return { fit: "exact", width, height: Math.round((width * size.height) / size.width) };
}

export function imageTask(
  asset: Asset,
  spec: ChannelSpec,
  size: ImageSize,
  engine: EngineVersions,
): ImageTask {
  const aspectCrop =
    size.fit === "exact" ? matchingAspectCrop(asset.crops, size.width / size.height) : undefined;
  const framing: ImageTask["framing"] = {};
  if (aspectCrop) {
    framing.aspectCrop = aspectCrop;
    framing.crop = asset.crops[aspectCrop] as CropFractions;
  } else {
    if (asset.crop) framing.crop = asset.crop;
    // A fit-width output keeps the whole crop: the focal point cannot change its bytes.
    if (asset.hotspot && size.fit === "exact") framing.hotspot = asset.hotspot;
    if (spec.image.safeZone && size.fit === "exact") framing.safeZone = spec.image.safeZone;
  }
  const { format, quality, maxBytes } = spec.image;
  const encode = {
    format,
    quality,
    maxBytes,
    background: asset.background ?? spec.image.background,
  };
  const rights = rightsOf(asset);
  const keyed = {
    v: RENDER_KEY_VERSION,
    source: asset.contentHash,
    framing,
    size,
    encode,
    rights,
    engine,
  };
  const key = createHash("sha256").update(stringify(keyed)).digest("hex");
  return {
    key,
    asset: asset.id,
    location: asset.location,
    contentHash: asset.contentHash,
    framing,
    size,
    encode,
    rights,
  };
}

/** The rights written into the file: the same in every locale, so one render serves all markets. */
export function rightsOf(asset: Asset): ImageRights {
  const year = asset.credit.year === undefined ? "" : `${asset.credit.year} `;
  return {
    creator: asset.credit.creator,
    rights: `© ${year}${asset.credit.creator}. Licence: ${asset.licence.name}`,
    webStatement: asset.licence.url,
  };
}
