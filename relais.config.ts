import { defineConfig } from "relais";

// The sample house builds with the defaults; this file shows where a house sets its own.
export default defineConfig({
  content: "content",
  out: "dist",
  site: {
    // The sample house's secret is committed so that every clone gives the same demo links for
    // its ambassadors. A real house keeps this file out of its repository, or sets
    // RELAIS_KIT_SECRET in its CI: the links of unlisted kits are only as private as the secret.
    kitSecretFile: "fixtures/sample-kit-secret.txt",
  },
});
