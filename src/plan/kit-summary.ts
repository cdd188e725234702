import type { KitPlan } from "./plan-kits.ts";

/** A kit as `relais plan --json` shows it: what it holds and the render task of every file. */
export interface KitSummary {
  id: string;
  audience: string;
  market: string;
  launch: string;
  entries: string[];
  locale: string;
  name: string;
  sections: {
    channel: string;
    items: { entry: string; images: { name: string; task: string }[]; caption: string }[];
  }[];
  originals: { name: string; task: string }[];
}

export function kitSummary(kit: KitPlan): KitSummary {
  const ref = (e: { type: string; slug: string }) => `${e.type}/${e.slug}`;
  return {
    id: kit.id,
    audience: kit.audience,
    market: kit.market,
    launch: ref(kit.launch),
    entries: kit.entries.map(ref),
    locale: kit.locale.locale,
    name: kit.name,
    sections: kit.sections.map((section) => ({
      channel: section.channel,
      items: section.items.map((item) => ({
        entry: ref(item.entry),
        images: item.images.map(({ name, task }) => ({ name, task })),
        caption: `${item.captionName}.${item.decision.locale?.locale ?? kit.locale.locale}.txt`,
      })),
    })),
    originals: kit.originals.map(({ name, task }) => ({ name, task })),
  };
}
