import { defineCliConfig } from "sanity/cli";
import { STUDIO_PLACE } from "./studio-place.ts";

/** `sanity build` reads the project from here; the suite builds into a temporary folder. */
export default defineCliConfig({
  api: STUDIO_PLACE,
  // The browser suite serves the build on loopback; no telemetry, no hosted deploy.
  deployment: { autoUpdates: false },
});
