import { createHash } from "node:crypto";
import { stringify } from "safe-stable-stringify";
import type { ChannelSpec, ImageFormat, ImageSize } from "../channels/channel-spec.ts";
import type { Asset } from "../model/asset.ts";
import { type CropFractions, type HotspotFractions, matchingAspectCrop } from "./crop-frame.ts";

/** Bump when the renderer changes its output for the same task. */
export const RENDER_KEY_VERSION = 2;

/** The versions of the image engine: part of every key, since a new libvips can change bytes. */
export interface EngineVersions {
  sharp: string;
  vips: string;
}

/** Who made an image and under which terms: written into every output so the credit travels with it. */
export interface ImageRights {
  creator: string;
  /** "© 2008 Charles Barbin — GPL-2.0-or-later", in the words of the credit line. */
  rights: string;
  /** The licence's URL (XMP's web statement of rights). */
  webStatement?: string | undefined;
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

/** File extension of each output format. */
export const FILE_EXTENSIONS: Record<ImageFormat, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  avif: "avif",
};

export function scaledSize(size: ImageSize, width: number): ImageSize {
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
