// The site and the browser under test: dist/site (built first when missing) served on loopback,
// and Debian's Chromium with a fresh profile and a DevTools port for Lighthouse to connect to.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveStatic } from "../serve-static.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The same instant as the end-to-end tests, so the same stories are published. */
const BUILD_NOW = "2026-12-01T00:00:00Z";

/** Serves `<root>/dist/site`, running `relais build` first when there is no site yet. */
export async function serveSite(root: string): Promise<{ server: Server; url: string }> {
  const site = path.join(root, "dist", "site");
  if (!existsSync(site)) {
    console.log(`No ${path.relative(root, site)} yet: building it (--now ${BUILD_NOW}).`);
    const build = spawn(process.execPath, ["bin/relais.js", "build", "--now", BUILD_NOW], {
      cwd: root,
      stdio: "inherit",
    });
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0 || !existsSync(site)) throw new Error(`relais build failed (exit ${code})`);
  }
  return serveStatic(site);
}

export interface Browser {
  /** DevTools port on 127.0.0.1. */
  port: number;
  /** As the browser reports it, e.g. "HeadlessChrome/156.0.8078.79". */
  version: string;
  close: () => Promise<void>;
}

/** Starts headless Chromium kept off the network: no background, update, sync or QUIC traffic. */
export async function launchChromium(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), "relais-lighthouse-"));
  const child = spawn(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
      "--disable-domain-reliability",
      "--disable-client-side-phishing-detection",
      "--metrics-recording-only",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await devToolsPort(child);
    const info = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
      Browser: string;
    };
    return { port, version: info.Browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Reads the port from Chromium's "DevTools listening on ws://127.0.0.1:<port>/…" line. */
function devToolsPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      seen += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stderr?.removeAllListeners("data");
        child.stderr?.resume();
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before listening:\n${seen}`));
    });
  });
}
