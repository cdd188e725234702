import { existsSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { runCorpus } from "./harness.ts";

const LAUGHS = [
  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
].join("\n");

/** Front matter in JavaScript that would leave a file behind if it ever ran. */
const js = (marker: string) =>
  `---js\n{ title: (process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "La Maison"), hero: "hero" }\n---\nIl était une fois.\n`;

/** Content is data: front matter is YAML only, nothing in it ever runs, aliases are bounded. */
runCorpus("content is data", [
  {
    name: "---js front matter is refused and never runs",
    prepare: async (root) => {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(path.join(root, "stories/la-maison/index.md"), js(path.join(root, "RAN")));
    },
    expect: { name: "FrontMatterNotYaml", origin: "stories/la-maison/index.md" },
    buildExit: 0,
    stillBuilt: ["capsule/nuit"],
    leftOut: ["story/la-maison"],
    after: (root) => expect(existsSync(path.join(root, "RAN"))).toBe(false),
  },
  {
    name: "---javascript front matter is refused",
    files: {
      "capsules/nuit/index.md": '---javascript\n{ title: "Nuit" }\n---\nLa nuit.\n',
    },
    expect: { name: "FrontMatterNotYaml", origin: "capsules/nuit/index.md" },
    buildExit: 0,
    leftOut: ["capsule/nuit"],
  },
  {
    name: "---coffee front matter is refused",
    files: { "capsules/nuit/index.md": '---coffee\ntitle: "Nuit"\n---\nLa nuit.\n' },
    expect: { name: "FrontMatterNotYaml", origin: "capsules/nuit/index.md" },
    buildExit: 0,
    leftOut: ["capsule/nuit"],
  },
  {
    name: "---toml front matter is refused",
    files: { "stories/la-maison/index.en.md": '---toml\ntitle = "The House"\n---\nOnce.\n' },
    expect: { name: "FrontMatterNotYaml", origin: "stories/la-maison/index.en.md" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "---json front matter is refused",
    files: { "stories/la-maison/index.ja.md": '---json\n{ "title": "メゾン" }\n---\n昔々。\n' },
    expect: { name: "FrontMatterNotYaml", origin: "stories/la-maison/index.ja.md" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
  },
  {
    name: "an alias bomb in a story is refused without expanding it",
    files: {
      "stories/la-maison/index.md": `---\ntitle: La Maison\nhero: hero\n${LAUGHS}\n---\nIl était une fois.\n`,
    },
    expect: { name: "TooManyYamlAliases", origin: "stories/la-maison/index.md" },
    buildExit: 0,
    leftOut: ["story/la-maison"],
  },
  {
    name: "an alias bomb in a market drops the market and stops the build",
    files: {
      "markets/jp.yaml": `name: Japan\nlocales: [ja, en]\ntimeZone: Asia/Tokyo\n${LAUGHS}\n`,
    },
    expect: { name: "TooManyYamlAliases", origin: "markets/jp.yaml" },
    buildExit: 1,
    absentCodes: ["UndeclaredLocale"],
  },
]);
