import { writeFile } from "node:fs/promises";
import path from "node:path";
import { type BadInputCase, runCorpus } from "./harness.ts";

const config = (text: string) => async (root: string) => {
  await writeFile(path.join(root, "relais.config.ts"), text);
};

/** Bad options and config: exit 2 for every command, printed as issues, the output kept. */
const usage = (c: Omit<BadInputCase, "buildExit">): BadInputCase => ({ ...c, buildExit: 2 });

runCorpus("options and config", [
  usage({
    name: "a misspelled config key is named with the nearest one",
    prepare: config(`export default { marktes: ["fr"] };\n`),
    expect: { name: "UnknownField", origin: "relais.config.ts", path: "marktes" },
  }),
  usage({
    name: "a config value of the wrong type",
    prepare: config(`export default { render: { maxUpscale: "1.5" } };\n`),
    expect: { name: "InvalidConfig", origin: "relais.config.ts", path: "render.maxUpscale" },
  }),
  usage({
    name: "an invalid channel record in the config",
    prepare: config(`export default { channels: [{ id: "x/post", image: { maxBytes: -1 } }] };\n`),
    expect: {
      name: "InvalidChannelRecord",
      origin: "relais.config.ts",
      path: "channels[0].image.maxBytes",
    },
  }),
  usage({
    name: "a Sanity token written in the config is refused without being printed",
    prepare: config(`export default { sanity: { token: "sk-secret-token-123" } };\n`),
    expect: { name: "InvalidConfig", origin: "relais.config.ts", path: "sanity.token" },
    after: async (root) => {
      const { expect } = await import("vitest");
      const { runCli } = await import("../support/run-cli.ts");
      const result = await runCli(["check", "--json"], root);
      expect(result.stdout + result.stderr).not.toContain("sk-secret-token-123");
    },
  }),
  usage({
    name: "a config that throws when loaded",
    prepare: config(`throw new Error("half-written config");\nexport default {};\n`),
    expect: { name: "ConfigNotLoadable", origin: "relais.config.ts" },
  }),
  usage({
    name: "an invalid --now",
    args: ["--now", "tomorrow"],
    expect: { name: "InvalidOption", origin: "command line", path: "--now" },
  }),
  usage({
    name: "a Sanity source without a project",
    args: ["--source", "sanity"],
    expect: { name: "InvalidConfig", origin: "relais.config.ts", path: "sanity.projectId" },
  }),
]);
