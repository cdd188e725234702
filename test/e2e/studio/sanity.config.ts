import { defineConfig } from "sanity";
import { structureTool } from "sanity/structure";
import { relais } from "../../../src/studio/index.ts";
import { STUDIO_PLACE } from "./studio-place.ts";

/**
 * The Studio the browser suite builds and drives: the house's own configuration, as a house
 * writes it, with nothing but the Relais plugin and Sanity's structure tool.
 */
export default defineConfig({
  name: "relais-test",
  title: "Relais test Studio",
  ...STUDIO_PLACE,
  plugins: [
    structureTool(),
    relais({ locales: ["fr", "en", "zh-Hans", "ja", "ko", "ar"], defaultLocale: "fr" }),
  ],
});
