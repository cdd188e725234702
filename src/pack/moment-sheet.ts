import type { CountdownStep } from "../plan/plan-moments.ts";

/**
 * A live-shopping kit as a page shows it: what its files say, already in the kit's language and
 * the market's time, so the page repeats the kit and never formats a price or a time itself.
 * Files are named as inside the kit (`covers/douyin-live-cover.jpg`).
 */
export interface MomentSheet {
  title: string;
  locale: string;
  direction: "ltr" | "rtl";
  /** Start and end as instants with the market's offset, for `<time datetime>`. */
  start: string;
  end: string;
  /** `Live from … to ….`, in the kit's language and the market's zone. */
  when: string;
  host?: string | undefined;
  covers: { file: string; channel: string; placement: string; size: string }[];
  frames: {
    step: CountdownStep;
    /** The frame image; absent when its render failed (the sticker text is still given). */
    file?: string | undefined;
    sticker: { file: string; text: string };
    postAt: string;
    /** When to post it, as the README says it. */
    when: string;
  }[];
  products: {
    slug: string;
    name: string;
    price: string;
    availability: string;
    card: string;
    file?: string | undefined;
  }[];
  talkingPoints: { file: string; lines: string[] };
  disclosure: { file: string; text: string };
}
