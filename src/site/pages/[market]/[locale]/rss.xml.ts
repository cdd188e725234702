import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../../data/site-store.ts";
import { FEED_WRITERS, feedModel } from "../../../lib/feeds.ts";
import { FEED_FORMATS } from "../../../lib/site-pages.ts";
import type { SiteData, SiteMarket } from "../../../site-data.ts";

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return data.markets.flatMap((market) =>
    market.locales.map(({ locale }) => ({
      params: { market: market.id, locale },
      props: { data, market, locale },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: SiteData; market: SiteMarket; locale: string }> = ({ props }) =>
  new Response(FEED_WRITERS.rss(feedModel(props.data, props.market, props.locale)), {
    headers: { "Content-Type": `${FEED_FORMATS.rss.type}; charset=utf-8` },
  });
