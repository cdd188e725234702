#!/usr/bin/env node
// Relais's own checkout runs its TypeScript sources directly (Node 24 strips types); an installed
// Relais runs its compiled lib/, because Node strips no types under node_modules. npm scripts and
// npx put the pinned Node (the `node` package) first on PATH; a bare older `node` gets a hint.
import { spawn } from "node:child_process";
import nodeModule from "node:module";
import { constants } from "node:os";
import path from "node:path";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `[relais] Node ${process.versions.node} is too old: Relais needs Node 24. Run it through npm ` +
      "(npm run relais -- <command>), which uses the Node pinned in node_modules.",
  );
  process.exit(2);
}

// libvips allocates and frees in its worker threads; glibc gives threads their own arenas (up to 8
// per core) and seldom returns their freed memory, so a build's peak memory grew with the catalog.
// Two arenas halve the peak at the same CPU time (docs/performance.md). The allocator reads the
// variable only at start, so Relais starts itself again with it when it is not set.
if (process.platform === "linux" && process.env.MALLOC_ARENA_MAX === undefined) {
  // The IPC channel is how the child knows this process is gone, even killed with SIGKILL (which
  // cannot be passed on): it closes, and the child stops instead of going on to replace dist/.
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, MALLOC_ARENA_MAX: "2" },
  });
  const forward = (signal) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward);
  child.on("exit", (code, signal) => {
    if (signal) {
      for (const name of ["SIGINT", "SIGTERM", "SIGHUP"]) process.off(name, forward);
      process.exitCode = 128 + (constants.signals[signal] ?? 0);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
} else {
  const installed = import.meta.dirname.split(path.sep).includes("node_modules");
  if (!installed) resolveRelaisToSources();
  const cli = installed ? "../lib/cli" : "../src/cli";
  const extension = installed ? "js" : "ts";
  const { main } = await import(`${cli}/main.${extension}`);
  const { stopOnSignals } = await import(`${cli}/stop-on-signals.${extension}`);
  stopOnSignals();
  process.exitCode = await main(process.argv.slice(2));
}

/**
 * In the checkout, `import … from "relais"` (the sample's relais.config.ts) must load src/, not a
 * lib/ that is absent or stale: the package's exports give src/ under the `relais-source`
 * condition, which tsconfig.json sets for the type checker and this hook for Node.
 */
function resolveRelaisToSources() {
  // A default import: a named one would fail to link on an old Node before the hint above.
  nodeModule.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      nextResolve(specifier, { ...context, conditions: [...context.conditions, "relais-source"] }),
  });
}
