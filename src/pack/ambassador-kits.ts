import type { ChannelSpec } from "../channels/channel-spec.ts";
import type { Catalog } from "../model/catalog.ts";
import type { Entry } from "../model/entries.ts";
import type {
  AmbassadorLink,
  AmbassadorPlacementHeld,
  AmbassadorPlan,
} from "../plan/plan-ambassadors.ts";
import type { PlanDecision } from "../plan/types.ts";
import type { CaptionRecord } from "../render/captions/caption-files.ts";
import { captionFileFields } from "./caption-file.ts";
import type { KitFile, KitManifest } from "./manifest-types.ts";

/** An ambassador's own caption: the kit's, with their tracked link, as a file of its own. */
export type AmbassadorCaption = Required<Pick<KitFile, "channel" | "entry" | "locale">> &
  Pick<
    KitFile,
    | "name"
    | "path"
    | "bytes"
    | "sha256"
    | "captionLength"
    | "captionLimit"
    | "counting"
    | "hashtags"
    | "creditMoved"
  >;

/** What one ambassador receives of one launch's kit in one market, as written. */
export interface AmbassadorKit {
  ambassador: string;
  /** `type/slug` of the launch. */
  launch: string;
  market: string;
  /** The kit it is drawn from: its images and README are theirs too. */
  kit: string;
  locale: string;
  links: AmbassadorLink[];
  /** The placements offered to them, each with the entries it holds there. */
  sections: { channel: string; entries: string[] }[];
  /** Their captions, named as the kit's own (`instagram/feed-portrait/herbier-caption.fr.txt`). */
  captions: AmbassadorCaption[];
  notOffered: AmbassadorPlacementHeld[];
}

/** The kits' caption writer (`writeCaptions`), given the ambassador's link. */
export type LinkedCaptionWriter = (
  entry: Entry,
  decision: PlanDecision,
  spec: ChannelSpec,
  link: string | undefined,
) =>
  | (Pick<
      CaptionRecord,
      "text" | "locale" | "length" | "limit" | "counting" | "hashtags" | "creditMoved"
    > & { warnings?: readonly string[] })
  | undefined;

export interface AmbassadorKitsInput {
  ambassadors: readonly AmbassadorPlan[];
  /** The kits as written: an item is theirs only where the kit has its images. */
  kits: readonly KitManifest[];
  catalog: Catalog;
  channels: ReadonlyMap<string, ChannelSpec>;
  captionOf: LinkedCaptionWriter;
  publishText(text: string): Promise<{ path: string; sha256: string; bytes: number }>;
  /** What the caption engine says of an ambassador's caption (a hashtag dropped to fit…). */
  onWarning?: (warning: AmbassadorCaptionWarning) => void;
}

export interface AmbassadorCaptionWarning {
  ambassador: string;
  market: string;
  /** The audience of the kit the caption belongs to. */
  audience: string;
  channel: string;
  entry: string;
  message: string;
}

/**
 * Each ambassador's captions, written by the caption engine with their tracked link for the
 * placement's platform and published once by content like every other file. They are not in
 * the public manifest: an ambassador's links and referral code are theirs, and reach them
 * through their personal pages; the report lists them for the editors.
 */
export async function writeAmbassadorKits(input: AmbassadorKitsInput): Promise<AmbassadorKit[]> {
  const kits = new Map(input.kits.map((kit) => [kit.id, kit]));
  const entries = new Map(input.catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const written: AmbassadorKit[] = [];
  for (const ambassador of input.ambassadors) {
    for (const { launch, kits: theirs } of ambassador.launches) {
      for (const plan of theirs) {
        const kit = kits.get(plan.kit);
        if (!kit) continue;
        const names = new Set(kit.files.map((file) => file.name));
        const links = new Map(plan.links.map((link) => [link.platform, link.url]));
        const sections: AmbassadorKit["sections"] = [];
        const captions: AmbassadorCaption[] = [];
        for (const section of plan.sections) {
          const spec = input.channels.get(section.channel);
          if (!spec) continue;
          const link = links.get(section.channel.split("/")[0] ?? section.channel);
          const shown: string[] = [];
          for (const item of section.items) {
            const entryId = `${item.entry.type}/${item.entry.slug}`;
            const entry = entries.get(entryId);
            // The kit left out an entry none of whose images could be made: so do their pages.
            if (!entry || !item.images.some((image) => names.has(image.name))) continue;
            shown.push(entryId);
            const caption = input.captionOf(entry, item.decision, spec, link);
            if (!caption) continue;
            for (const message of caption.warnings ?? [])
              input.onWarning?.({
                ambassador: ambassador.id,
                market: plan.market,
                audience: kit.audience,
                channel: section.channel,
                entry: entryId,
                message,
              });
            const file = await input.publishText(`${caption.text}\n`);
            captions.push({
              name: `${item.captionName}.${caption.locale}.txt`,
              ...file,
              ...captionFileFields(caption, section.channel, entryId),
            });
          }
          if (shown.length > 0) sections.push({ channel: section.channel, entries: shown });
        }
        if (sections.length === 0 && plan.notOffered.length === 0) continue;
        written.push({
          ambassador: ambassador.id,
          launch: `${launch.type}/${launch.slug}`,
          market: plan.market,
          kit: plan.kit,
          locale: plan.locale.locale,
          links: plan.links,
          sections,
          captions,
          notOffered: plan.notOffered,
        });
      }
    }
  }
  return written;
}
