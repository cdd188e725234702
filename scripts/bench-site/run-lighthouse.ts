// `npm run bench:site`: Lighthouse on three pages of the press kit site (mobile, simulated
// throttling, median of 3 runs), printed as a table and written to docs/lighthouse.md.
import { loadavg } from "node:os";
import path from "node:path";
import { printTable, writeMarkdown } from "./report.ts";
import { measurePage, type PageResult } from "./run-page.ts";
import { launchChromium, serveSite } from "./serve-and-launch.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PAGES = ["/fr/fr/", "/fr/fr/stories/la-maison-1854/", "/fr/kit/public/fr/"];
const RUNS = 3;

const date = new Date();
const loadStart = loadavg()[0] ?? 0;
const { server, url } = await serveSite(root);
const browser = await launchChromium().catch((error: unknown) => {
  server.close();
  throw error;
});
try {
  console.log(`Lighthouse on ${url} with ${browser.version}, ${RUNS} runs per page`);
  const pages: PageResult[] = [];
  for (const page of PAGES) pages.push(await measurePage(url, page, browser.port, RUNS));
  console.log();
  printTable(pages);
  const file = path.join(root, "docs", "lighthouse.md");
  await writeMarkdown(file, pages, {
    date,
    browser: browser.version,
    runs: RUNS,
    load: [loadStart, loadavg()[0] ?? 0],
  });
  console.log(`\nWrote ${path.relative(root, file)}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
