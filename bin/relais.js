#!/usr/bin/env node
// Relais runs its TypeScript sources directly (Node 24 strips types). npm scripts and npx put the
// project's pinned Node (the `node` package) first on PATH; a bare older `node` gets a clear hint.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `[relais] Node ${process.versions.node} is too old: Relais needs Node 24. Run it through npm ` +
      "(npm run relais -- <command>), which uses the Node pinned in node_modules.",
  );
  process.exit(2);
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
