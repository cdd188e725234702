import type { APIRoute } from "astro";
import { getSiteData } from "../data/site-store.ts";
import { sitemapIndexXml } from "../lib/sitemap.ts";

export const GET: APIRoute = async () =>
  new Response(sitemapIndexXml(await getSiteData()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
