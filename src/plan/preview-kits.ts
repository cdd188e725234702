import type { ChannelSpec } from "../channels/channel-spec.ts";
import { embargoTag } from "../i18n/embargo-notice.ts";
import type { Audience } from "../model/audience.ts";
import type { Catalog } from "../model/catalog.ts";
import { type KitPlan, planKits } from "./plan-kits.ts";
import type { PressPreview } from "./press-previews.ts";
import type { EngineVersions, ImageTask } from "./render-tasks.ts";

/** A press preview with the kit the press gets (open previews only) and its file-name tag. */
export interface PreviewKitPlan {
  preview: PressPreview;
  /** `EMBARGO-2099-03-01T1000-Europe-Paris`: the start of every file name of the preview. */
  tag: string;
  kit: KitPlan | undefined;
}

/**
 * The kits of the press previews, made by the same planner as every kit, from the previews'
 * decisions alone, then renamed so each file (and the kit's folder) starts with the embargo.
 */
export function planPreviewKits(
  previews: readonly PressPreview[],
  catalog: Catalog,
  channels: ReadonlyMap<string, ChannelSpec>,
  engine: EngineVersions,
  audienceLabel?: (audience: Audience, locale: string) => string,
): { previews: PreviewKitPlan[]; tasks: Map<string, ImageTask> } {
  const tasks = new Map<string, ImageTask>();
  const planned = previews.map((preview): PreviewKitPlan => {
    const tag = embargoTag(preview.embargo.local, preview.embargo.timeZone);
    if (preview.state !== "open") return { preview, tag, kit: undefined };
    const made = planKits(preview.decisions, catalog, channels, engine, audienceLabel);
    for (const [key, task] of made.tasks) tasks.set(key, task);
    const launch = `${preview.launch.type}-${preview.launch.slug}`;
    // Products the capsule holds go into its kit; one left alone would be a kit of its own.
    const kit = made.kits.find((k) => k.id.endsWith(`/${launch}`)) ?? made.kits[0];
    return { preview, tag, kit: kit && tagged(kit, tag) };
  });
  return { previews: planned, tasks };
}

function tagged(kit: KitPlan, tag: string): KitPlan {
  const name = (file: string) => {
    const slash = file.lastIndexOf("/");
    return `${file.slice(0, slash + 1)}${tag}_${file.slice(slash + 1)}`;
  };
  return {
    ...kit,
    name: `${tag}_${kit.name}`,
    sections: kit.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => ({
        ...item,
        captionName: name(item.captionName),
        images: item.images.map((image) => ({ ...image, name: name(image.name) })),
      })),
    })),
    originals: kit.originals.map((original) => ({ ...original, name: name(original.name) })),
  };
}
