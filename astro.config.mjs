// The press kit site: Astro reads what the pipeline wrote in dist/ and never processes an image
// again. Pages, layouts and components live in src/site/. A plain object keeps this file valid
// before the site's own dependencies are installed; `defineConfig` from "astro/config" is only a
// typed identity over it.
export default {
  root: ".",
  srcDir: "./src/site",
  publicDir: "./src/site/public",
  outDir: "./dist/site",
  output: "static",
  trailingSlash: "always",
};
