// The import rules of src/ (docs/layers.md): the stages in their order, each importing only
// earlier stages and the foundations; foundations importing no stage; the Studio plugin kept apart.
// `npm run lint:deps` checks them; CI runs it after `npm run lint`.

/** The build's stages, in the order data flows through them. */
const STAGES = ["sources", "validate", "plan", "render", "pack", "site", "report", "build", "cli"];

/** Shared by every stage; they may import one another (never in a cycle), and no stage. */
const FOUNDATIONS = [
  "model",
  "text",
  "time",
  "hash",
  "i18n",
  "channels",
  "errors",
  "fs",
  "config",
  "store",
];

const folders = (names) => `^src/(${names.join("|")})/`;
/** The package's entry point. */
const ENTRY = "^src/index\\.ts$";

const laterStages = STAGES.slice(0, -1).map((stage, i) => ({
  name: `${stage}-not-to-later-stages`,
  comment: `${stage} runs before ${STAGES.slice(i + 1).join(", ")}: it imports only earlier stages and the foundations.`,
  severity: "error",
  from: { path: `^src/${stage}/` },
  to: { path: folders(STAGES.slice(i + 1)) },
}));

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    ...laterStages,
    {
      name: "only-studio-imports-studio",
      comment:
        "The Studio plugin is a separate product: no stage imports it (the Sanity source drivers take the document type names from src/model).",
      severity: "error",
      from: { pathNot: "^src/studio/" },
      to: { path: "^src/studio/" },
    },
    {
      name: "not-to-package-entry",
      comment:
        "src/index.ts is the package's public face and re-exports from the stages: nothing imports it.",
      severity: "error",
      from: {},
      to: { path: ENTRY },
    },
    {
      name: "foundations-not-to-stages",
      comment: "A foundation is shared by every stage, so it imports none of them.",
      severity: "error",
      from: { path: folders(FOUNDATIONS) },
      to: { path: folders([...STAGES, "studio"]) },
    },
    {
      name: "studio-only-foundations",
      comment:
        "The Studio plugin uses the content model and the foundations, and the caption engine (pure text) for its caption warnings; no other part of the pipeline.",
      severity: "error",
      from: { path: "^src/studio/" },
      to: { path: folders(STAGES), pathNot: "^src/render/captions/" },
    },
    {
      name: "no-circular",
      comment: "A cycle makes two modules one: neither can be read, tested or moved alone.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "src-not-to-test",
      comment: "The product never imports its tests or their fixtures.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^test/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to nothing: a file moved without its importers.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^astro:" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // swc parses the TypeScript as written, `import type` included, so a type-only import is held
    // to the rules too. (dependency-cruiser's own TypeScript support needs typescript < 7.)
    parser: "swc",
    // dependency-cruiser reads the tsconfig through the typescript package, which it supports only
    // below 7 (Relais uses 7), so what the tsconfig means for resolving is also said here: imports
    // name their `.ts` file, and package exports resolve with the relais-source condition.
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      conditionNames: ["relais-source", "import", "node", "default"],
      extensions: [".ts", ".js", ".mjs", ".json"],
      exportsFields: ["exports"],
      mainFields: ["module", "main", "types"],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
