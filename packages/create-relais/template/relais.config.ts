import { defineConfig } from "relais";

export default defineConfig({
  content: "content",
  out: "dist",
  site: {
    // Where the press kit site is served: its canonical links, feeds and sitemap use it. The
    // workflow sets RELAIS_SITE_URL to the GitHub Pages address.
    url: process.env.RELAIS_SITE_URL || "http://localhost:4321",
  },
});
