import { defineConfig } from "relais";

// The sample house builds with the defaults; this file shows where a house sets its own.
export default defineConfig({
  content: "content",
  out: "dist",
});
