import sharp from "sharp";
import type { EngineVersions } from "../plan/render-tasks.ts";

/** The image engine's versions: part of every render key, since a new libvips can change bytes. */
export function engineVersions(): EngineVersions {
  return { sharp: sharp.versions.sharp, vips: sharp.versions.vips };
}
