import type { APIRoute } from "astro";
import { getSiteData } from "../data/site-store.ts";
import { sitemapXml } from "../lib/sitemap.ts";

export const GET: APIRoute = async () =>
  new Response(sitemapXml(await getSiteData()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
