import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../data/site-store.ts";
import { sitemapXml } from "../../lib/sitemap.ts";
import type { SiteData, SiteMarket } from "../../site-data.ts";

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return data.markets.map((market) => ({ params: { market: market.id }, props: { data, market } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: SiteData; market: SiteMarket }> = ({ props }) =>
  new Response(sitemapXml(props.data, props.market), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
