import type { TextDirection } from "../model/market.ts";
import { fillTracking, type Tracking, type TrackingPlaceholder } from "../model/tracking.ts";

/** What one tracked link is for: who posts it, where, and for which launch. */
export interface TrackedLinkFor {
  /** The launch page's absolute URL on the site. */
  page: string;
  ambassador: string;
  platform: string;
  market: string;
  launch: { type: string; slug: string };
  referralCode?: string | undefined;
}

/**
 * An ambassador's link to a launch page: the page's URL with the house's UTM parameters, in this
 * order, `utm_source`, `utm_medium`, `utm_campaign`, `utm_content`, then the referral code under
 * the house's parameter when the ambassador has one. Any query or fragment the page URL had is
 * replaced, so the same inputs always give the same link.
 */
export function trackedLink(tracking: Tracking, link: TrackedLinkFor): string {
  const values: Record<TrackingPlaceholder, string> = {
    platform: link.platform,
    launch: link.launch.slug,
    type: link.launch.type,
    market: link.market,
    ambassador: link.ambassador,
  };
  const url = new URL(link.page);
  const search = new URLSearchParams();
  search.append("utm_source", fillTracking(tracking.source, values));
  search.append("utm_medium", fillTracking(tracking.medium, values));
  search.append("utm_campaign", fillTracking(tracking.campaign, values));
  search.append("utm_content", fillTracking(tracking.content, values));
  if (link.referralCode) search.append(tracking.referralParameter, link.referralCode);
  url.search = search.toString();
  url.hash = "";
  return url.href;
}

/**
 * The link as a caption carries it, on a line of its own: in a right-to-left caption, wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so its slashes and `?` keep their order (as the
 * caption engine wraps every Latin run there, `bidi.ts`), and counted with them.
 */
export function captionLinkLine(url: string, direction: TextDirection): string {
  return direction === "rtl" ? `\u2068${url}\u2069` : url;
}
