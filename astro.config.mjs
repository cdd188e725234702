// The press kit site. Astro reads the site data the pipeline wrote and never processes an image
// again: pages show the pipeline's own derivatives, so the image service is a no-op. A plain
// object keeps this file valid before the site's own dependencies are installed; `defineConfig`
// from "astro/config" is only a typed identity over it. `buildSite()` (src/site/build-site.ts)
// adds `site`, `outDir` and the data file for each build.
export default {
  srcDir: "./src/site",
  publicDir: "./src/site/public",
  outDir: "./dist/site",
  output: "static",
  trailingSlash: "always",
  build: {
    format: "directory",
    // One stylesheet for every page, cached after the first: inlined, its 8 kB were repeated in
    // each of the thousands of kit pages a catalog has (docs/performance.md).
    inlineStylesheets: "never",
  },
  image: {
    service: { entrypoint: "astro/assets/services/noop" },
  },
  // No page needs JavaScript; nothing may be fetched ahead by script either.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [],
};
