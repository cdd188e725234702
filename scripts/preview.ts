// `npm run preview`: serves dist/site on http://127.0.0.1:4321 for people who want to look.
import path from "node:path";
import { serveStatic } from "./serve-static.ts";

const root = path.resolve(import.meta.dirname, "..");
const { url } = await serveStatic(
  path.join(root, "dist", "site"),
  Number(process.env.PORT ?? 4321),
);
console.log(`Relais press kit site: ${url}/ (Ctrl+C to stop)`);
