import type { APIRoute } from "astro";
import { getSiteData } from "../data/site-store.ts";
import { robotsTxt } from "../lib/sitemap.ts";

export const GET: APIRoute = async () =>
  new Response(robotsTxt(await getSiteData()), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
