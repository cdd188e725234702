/**
 * The one catalog of what can go wrong, for every stage: usage, config, source, validate, plan,
 * render, pack and site. A name is permanent: tests, editors' tooling, the Studio plugin and
 * `--json` readers match on it. Each entry says what went wrong in general and what to do next;
 * the issue itself adds where (file or document, and field), what was expected and what was found.
 * `docs/errors.md` is generated from this file (`npm run docs:errors`) and a test keeps them equal.
 */
export type ErrorStage =
  | "usage"
  | "config"
  | "source"
  | "validate"
  | "plan"
  | "render"
  | "pack"
  | "site";

export interface ErrorSpec {
  stage: ErrorStage;
  severity: "error" | "warning";
  /**
   * Fails the build even without `--strict`, keeping the last output: the mistake would drop a
   * whole market, audience or the whole catalog, which no launch wants in silence.
   */
  blocking?: boolean;
  title: string;
  /** What to do next, worded for Markdown content (`content/`). */
  hint: string;
  /** The same advice worded for a Sanity source, when it differs. */
  sanityHint?: string;
  /** One realistic case, printed in docs/errors.md as the CLI prints it, with its fix. */
  example: {
    origin: string;
    path?: string;
    line?: number;
    expected: string;
    found: string;
    fix: string;
  };
}

export const contentErrors = {
  // ——— usage and config ———
  InvalidOption: {
    stage: "usage",
    severity: "error",
    title: "A command-line option has a value Relais cannot use",
    hint: "Run `relais <command> --help` for the options and their forms.",
    example: {
      origin: "command line",
      path: "--now",
      expected: "an ISO-8601 instant with Z or an offset",
      found: '"tomorrow"',
      fix: "Write --now 2026-12-01T09:00:00Z.",
    },
  },
  InvalidConfig: {
    stage: "config",
    severity: "error",
    title: "relais.config.ts has a mistake",
    hint: "Fix the field named; the README's Configuration section and define-config's types list every option.",
    example: {
      origin: "relais.config.ts",
      path: "render.maxUpscale",
      expected: "a number",
      found: '"1.5"',
      fix: "Write maxUpscale: 1.5 without quotes.",
    },
  },
  ConfigNotLoadable: {
    stage: "config",
    severity: "error",
    title: "The config file cannot be found or loaded",
    hint: "Check the path given to --config (relative to where the command runs) and that the file has a default export of defineConfig({ … }).",
    example: {
      origin: "house/relais.config.ts",
      expected: "a config file",
      found: "no file at that path",
      fix: "Pass the right path: relais build --config house/relais.config.ts.",
    },
  },
  InvalidChannelRecord: {
    stage: "config",
    severity: "error",
    title: "A channel record in the config is invalid",
    hint: "Fix the record in `channels` in relais.config.ts; docs/channels.md describes every field.",
    example: {
      origin: "relais.config.ts",
      path: "channels[0].width",
      expected: "a whole number of pixels",
      found: '"1080px"',
      fix: "Write width: 1080.",
    },
  },

  // ——— source: reading files or documents ———
  ContentSyntaxError: {
    stage: "source",
    severity: "error",
    title: "Malformed YAML or frontmatter",
    hint: "Fix the YAML at the line shown: check indentation, the space after each colon and unclosed quotes. Quote values that contain ': ' or start with @, # or *.",
    example: {
      origin: "markets/jp.yaml",
      line: 2,
      expected: "valid YAML",
      found: "Flow sequence in block collection must be sufficiently indented and end with a ]",
      fix: "Close the list: locales: [ja, en].",
    },
  },
  FrontMatterNotYaml: {
    stage: "source",
    severity: "error",
    title: "Frontmatter in a language other than YAML",
    hint: "Frontmatter is YAML only, between two lines of ---. Content is data: Relais never runs code written in content (---js, ---coffee…), and reads no TOML or JSON frontmatter.",
    example: {
      origin: "stories/la-maison/index.md",
      line: 1,
      expected: "YAML frontmatter opening with a line of ---",
      found: "---js (JavaScript)",
      fix: "Rewrite the frontmatter as YAML between two --- lines.",
    },
  },
  TooManyYamlAliases: {
    stage: "source",
    severity: "error",
    title: "A YAML file uses too many aliases",
    hint: "Write the values out instead of repeating them with *aliases; a file that expands aliases without bound could exhaust memory, so Relais stops at 100.",
    example: {
      origin: "brand.yaml",
      expected: "at most 100 alias expansions",
      found: "more than 100 (an alias bomb?)",
      fix: "Remove the anchors (&a) and aliases (*a) and write the values out.",
    },
  },
  UnreadableFile: {
    stage: "source",
    severity: "error",
    title: "A content file could not be read",
    hint: "Check that the file exists, is readable and is UTF-8 text.",
    example: {
      origin: "stories/la-maison/index.en.md",
      expected: "a readable UTF-8 text file",
      found: "bytes that are not UTF-8",
      fix: "Save the file as UTF-8.",
    },
  },
  MissingFile: {
    stage: "source",
    severity: "error",
    title: "A required content file is missing",
    hint: "Create the file; docs/content-model.md has a complete example.",
    example: {
      origin: "audiences.yaml",
      expected: "this file",
      found: "no such file",
      fix: "Create content/audiences.yaml with the audiences of the house.",
    },
  },
  PathOutsideContent: {
    stage: "source",
    severity: "error",
    title: "A path leads outside the content folder",
    hint: "Keep every file the content names inside the content folder, and no symbolic link that points out of it: Relais publishes only what is in there.",
    sanityHint:
      "Keep every image in the dataset or the export archive: Relais publishes only what the source holds.",
    example: {
      origin: "assets/hero.yaml",
      path: "file",
      expected: "a file inside the content folder",
      found: '"../../outside/secret.jpg", which resolves outside it',
      fix: "Copy the image next to the sidecar and write file: hero.jpg.",
    },
  },
  UnexpectedFile: {
    stage: "source",
    severity: "warning",
    title: "A file is not where Relais looks for content",
    hint: "Move it to the folder of its type (see docs/content-model.md) or remove it; it is ignored.",
    example: {
      origin: "stories/la-maison/notes.md",
      expected: "index.md or index.<locale>.md",
      found: "a file Relais does not read",
      fix: "Rename it index.<locale>.md if it is a translation, or move it out of content/.",
    },
  },
  DuplicateTranslation: {
    stage: "source",
    severity: "error",
    title: "Two files hold the text of one locale",
    hint: "index.md holds the brand's default locale; remove the index.<locale>.md file for that same locale, or merge the two.",
    example: {
      origin: "stories/la-maison/index.fr.md",
      expected: "translations in locales other than fr, whose text is in index.md",
      found: "a second fr text",
      fix: "Merge index.fr.md into index.md and delete it.",
    },
  },
  SourceQueryInvalid: {
    stage: "source",
    severity: "error",
    blocking: true,
    title: "A GROQ query or projection of the config is invalid",
    hint: "Fix the projection in `sanity.queries` of relais.config.ts at the position shown; docs/sanity.md has working examples.",
    example: {
      origin: "relais.config.ts",
      path: "sanity.queries.story.projection",
      expected: 'a GROQ projection of the story documents, such as { "slug": slug.current, title }',
      found: "a syntax error at line 3, column 9: a comma is missing, right after `  title `",
      fix: "Write the comma: title, body.",
    },
  },
  SourceQueryEmpty: {
    stage: "source",
    severity: "error",
    title: "A query found no document of a kind",
    hint: "Check the document type's spelling in `sanity.queries` of relais.config.ts (Sanity types are case-sensitive), and that the documents are published.",
    example: {
      origin: "sanity query story",
      path: "sanity.queries.story.type",
      expected: 'published documents of type "artcle" (the stories)',
      found:
        'none in the dataset (did you mean "article"? its document types: article, product, settings)',
      fix: 'Write type: "article".',
    },
  },
  SourceTransformFailed: {
    stage: "source",
    severity: "error",
    title: "A house's transform threw on a document",
    hint: "Fix the function in `sanity.queries.<kind>.transform` of relais.config.ts so that it handles this document; the other documents were still read.",
    example: {
      origin: "post (document c4c68bce-db20-4d8e-9ac5-3b7765d6e255)",
      path: "sanity.queries.story.transform",
      expected: "a function that returns the document's fields",
      found: "TypeError: Cannot read properties of undefined (reading 'current')",
      fix: "Read value.slug?.current, for a post whose slug is not set yet.",
    },
  },
  PortableTextLeftOut: {
    stage: "source",
    severity: "warning",
    title: "A Portable Text block has no Markdown form and was left out",
    hint: "Relais reads bodies as Markdown: headings, lists, links, marks, quotes, code and images convert; a block of another type (a video embed, a form) does not. Leave it (the page and captions go without it), or convert it yourself in `sanity.queries.<kind>.transform`.",
    example: {
      origin: 'post "what-is-headless-cms" (document c4c68bce-db20-4d8e-9ac5-3b7765d6e255)',
      path: "body[2]",
      expected: "a block Markdown can hold",
      found: 'a block of type "youtube"',
      fix: "Nothing, or write the video's link as a paragraph in the transform.",
    },
  },
  SourceUnavailable: {
    stage: "source",
    severity: "error",
    blocking: true,
    title: "The source could not be read",
    hint: "Check the project, dataset, token and network named in the message; nothing was built and the last output was left as it was.",
    example: {
      origin: "sanity",
      expected: "a dataset the token can read",
      found: "401 Unauthorized",
      fix: "Set SANITY_TOKEN to a Viewer token of the project.",
    },
  },

  // ——— validate: one document at a time, then references ———
  MissingRequiredField: {
    stage: "validate",
    severity: "error",
    title: "A required field is missing",
    hint: "Add the field; docs/content-model.md lists every field with an example.",
    sanityHint:
      "Fill the field in the Studio, or check that the projection in `sanity.queries` returns it (docs/sanity.md).",
    example: {
      origin: "capsules/nuit/index.md",
      path: "season",
      expected: "a text",
      found: "nothing",
      fix: "Add season: FW26.",
    },
  },
  InvalidFieldType: {
    stage: "validate",
    severity: "error",
    title: "A field has the wrong type",
    hint: "Change the value to the expected type; in YAML, quote text that looks like a number or a date.",
    sanityHint:
      "Change the field in the Studio, or make the projection in `sanity.queries` return the expected shape (docs/sanity.md); Portable Text must be converted, not projected as it is.",
    example: {
      origin: "stories/la-maison/index.md",
      path: "gallery",
      expected: "a list",
      found: '"detail"',
      fix: "Write gallery: [detail].",
    },
  },
  InvalidValue: {
    stage: "validate",
    severity: "error",
    title: "A field has a value Relais cannot use",
    hint: "Change the value to one of the expected form.",
    example: {
      origin: "audiences.yaml",
      path: "press.usage",
      expected: 'one of "social", "editorial", "commerce"',
      found: '"print"',
      fix: "Write usage: editorial.",
    },
  },
  UnknownField: {
    stage: "validate",
    severity: "error",
    title: "Unknown field",
    hint: "Fix the spelling or remove the field. A misspelled field is never ignored: it could be an embargo, a territory or an expiry, so the document is left out until it is fixed. docs/content-model.md lists the fields of each type.",
    sanityHint:
      "Rename the field in the projection of `sanity.queries` (relais.config.ts) or remove it; the projection must return only the fields docs/sanity.md lists. The document is left out until it is fixed.",
    example: {
      origin: "capsules/nuit/index.md",
      line: 3,
      path: "embrago",
      expected: "a field of this document type (did you mean `embargo`?)",
      found: 'the field "embrago"',
      fix: "Rename embrago: to embargo:.",
    },
  },
  TextTooLong: {
    stage: "validate",
    severity: "error",
    title: "A text is longer than Relais accepts",
    hint: "Shorten the text: the limit keeps pages light and builds fast. Long reading belongs in the body, and a body over the limit in several stories.",
    example: {
      origin: "stories/la-maison/index.md",
      path: "dek",
      expected: "at most 600 characters",
      found: "1,048,576 characters",
      fix: "Write a dek of one or two sentences.",
    },
  },
  HiddenCharacters: {
    stage: "validate",
    severity: "error",
    title: "Invisible or direction-changing characters in a text",
    hint: "Remove the characters named (often pasted from another tool): they can reorder or hide what a caption says. Relais sets the direction of right-to-left text itself.",
    example: {
      origin: "stories/la-maison/index.ar.md",
      path: "title",
      expected: "text without bidirectional overrides or invisible characters",
      found: "U+202E RIGHT-TO-LEFT OVERRIDE at character 4",
      fix: "Delete the character (retype the title if you cannot see it).",
    },
  },
  MissingAltText: {
    stage: "validate",
    severity: "error",
    title: "Alt text is missing",
    hint: "Describe what the image shows for people who cannot see it. The brand's default locale is required; add the other locales you can.",
    example: {
      origin: "assets/detail.yaml",
      path: "alt.fr",
      expected: "alt text in fr, the brand's default locale",
      found: "nothing",
      fix: "Add alt: { fr: Une couture sellier }.",
    },
  },
  MissingCreditLine: {
    stage: "validate",
    severity: "error",
    blocking: true,
    title: "The brand has no credit line in its default locale",
    hint: "Add a creditLine template for the brand's default locale: it is the fallback of every other locale, and no image may be published without its credit.",
    example: {
      origin: "brand.yaml",
      path: "creditLine.fr",
      expected: "a credit line template in fr, the default locale",
      found: "templates for en only",
      fix: "Add creditLine: { fr: 'Photo : {creator}, {year}' }.",
    },
  },
  UnknownAssetReference: {
    stage: "validate",
    severity: "error",
    title: "Reference to an asset that does not exist",
    hint: "Use the id of an asset in content/assets/ (its file name without .yaml), or add the asset.",
    sanityHint: "Point the reference at an existing asset document, or publish the asset.",
    example: {
      origin: "stories/la-maison/index.md",
      path: "hero",
      expected: "an asset id that exists",
      found: '"heroo"',
      fix: "Write hero: hero.",
    },
  },
  UnknownProductReference: {
    stage: "validate",
    severity: "error",
    title: "Reference to a product that does not exist",
    hint: "Use the slug of a product in content/products/, or add the product.",
    sanityHint: "Point the reference at an existing product document, or publish the product.",
    example: {
      origin: "capsules/nuit/index.md",
      path: "products[0]",
      expected: "a product slug that exists",
      found: '"sac-nuitt"',
      fix: "Write products: [sac-nuit].",
    },
  },
  UnknownCapsuleReference: {
    stage: "validate",
    severity: "error",
    title: "Reference to a capsule that does not exist",
    hint: "Use the slug of a capsule in content/capsules/, or add the capsule.",
    sanityHint: "Point the reference at an existing capsule document, or publish the capsule.",
    example: {
      origin: "products/sac-nuit/index.md",
      path: "capsule",
      expected: "a capsule slug that exists",
      found: '"nuitt"',
      fix: "Write capsule: nuit.",
    },
  },
  UnknownMarketReference: {
    stage: "validate",
    severity: "error",
    title: "Reference to a market that does not exist",
    hint: "Use the id of a market in content/markets/ (its file name without .yaml). The entry is left out until this is fixed, so that no embargo or territory rule is silently lost.",
    sanityHint:
      "Point the reference at an existing market. The entry is left out until this is fixed, so that no embargo or territory rule is silently lost.",
    example: {
      origin: "assets/hero.yaml",
      path: "licence.territories.exclude[0]",
      expected: "a market id that exists",
      found: '"china"',
      fix: "Write exclude: [cn].",
    },
  },
  UnknownChannel: {
    stage: "validate",
    severity: "error",
    title: "A market or an audience lists a channel Relais does not know",
    hint: "Use a channel id from docs/channels.md (platform/placement; an audience may also name a whole platform, e.g. instagram), or add a record for it in `channels` of relais.config.ts. The channel is left out of the market or audience until this is fixed.",
    example: {
      origin: "markets/fr.yaml",
      path: "channels[0]",
      expected: "a known channel id (did you mean `instagram/feed-portrait`?)",
      found: '"instagram/feed-portrat"',
      fix: "Write instagram/feed-portrait.",
    },
  },
  UnknownPlatform: {
    stage: "validate",
    severity: "error",
    title: "An ambassador posts on a platform Relais does not know",
    hint: "Use a platform of docs/channels.md (the first part of a channel id: instagram, xiaohongshu, weibo…), or add records for it in `channels` of relais.config.ts. The ambassador is left out until this is fixed, so that no link goes to the wrong platform.",
    sanityHint:
      "Pick a platform Relais knows (the first part of a channel id: instagram, xiaohongshu, weibo…). The ambassador is left out until this is fixed.",
    example: {
      origin: "ambassadors/mei-lin.yaml",
      path: "platforms.xiaohongsu",
      expected: "a known platform (did you mean `xiaohongshu`?)",
      found: '"xiaohongsu"',
      fix: 'Write xiaohongshu: "@mei.lin".',
    },
  },
  UnknownAudienceReference: {
    stage: "validate",
    severity: "error",
    title: "An ambassador receives the kits of an audience that does not exist",
    hint: "Use an audience id of audiences.yaml (ambassadors by default), or add the audience. The ambassador is left out until this is fixed.",
    sanityHint:
      "Write the slug of an audience document (ambassadors by default), or add the audience. The ambassador is left out until this is fixed.",
    example: {
      origin: "ambassadors/mei-lin.yaml",
      path: "audience",
      expected: "an audience id that exists (did you mean `ambassadors`?)",
      found: '"ambassador"',
      fix: "Write audience: ambassadors, or leave the field out.",
    },
  },
  AmbassadorPlatformUnused: {
    stage: "validate",
    severity: "warning",
    title: "An ambassador posts on a platform none of their markets uses",
    hint: "Their pages would show nothing for it: add the platform's placements to one of their markets, add a market that uses it, or take the platform out of their list.",
    example: {
      origin: "ambassadors/mei-lin.yaml",
      path: "platforms.instagram",
      expected: "a platform one of the ambassador's markets (cn) uses",
      found: '"instagram"',
      fix: "Add jp to markets, where Instagram is used, or remove instagram.",
    },
  },
  AssetFileMissing: {
    stage: "validate",
    severity: "error",
    title: "The image file of an asset is missing",
    hint: "Put the image next to the asset's .yaml file, or fix the `file` field.",
    sanityHint:
      "Upload the image to the asset document, or check that the export archive holds its file.",
    example: {
      origin: "assets/hero.yaml",
      path: "file",
      expected: "an image file next to this sidecar",
      found: 'no file at "hero.jpeg"',
      fix: "Write file: hero.jpg, the name of the image beside it.",
    },
  },
  ImageUnreadable: {
    stage: "validate",
    severity: "error",
    title: "An image file cannot be read as an image",
    hint: "Export the image again as JPEG, PNG, WebP, AVIF or TIFF from the original: the file is damaged, empty, cut short or not an image.",
    sanityHint:
      "Upload the image again from the original: the stored file is damaged, empty or not an image.",
    example: {
      origin: "assets/hero.yaml",
      path: "file",
      expected: "a JPEG, PNG, WebP, AVIF, TIFF or SVG image",
      found: "hero.jpg: a file of 0 bytes",
      fix: "Export the photograph again and replace hero.jpg.",
    },
  },
  ImageTooLarge: {
    stage: "validate",
    severity: "error",
    title: "An image has more pixels than Relais decodes",
    hint: "Export the image at a reasonable size (the largest output is 3840 px wide): Relais refuses images over the pixel limit without decoding them, as a decompression bomb would exhaust memory.",
    example: {
      origin: "assets/hero.yaml",
      path: "file",
      expected: "at most 268,402,689 pixels",
      found: "hero.png: 20000 × 20000 px (400,000,000 pixels)",
      fix: "Export the image at 6000 px on its long side.",
    },
  },
  ImageTooSmall: {
    stage: "validate",
    severity: "error",
    title: "An image is too small or too thin to crop for any placement",
    hint: "Use the original photograph: Relais needs at least 64 px on each side and a shape no thinner than 1:20 to crop it for a placement.",
    example: {
      origin: "assets/hero.yaml",
      path: "file",
      expected: "at least 64 × 64 px and an aspect ratio within 1:20",
      found: "hero.jpg: 1 × 50000 px",
      fix: "Replace hero.jpg with the full photograph.",
    },
  },
  EntryImageUnusable: {
    stage: "validate",
    severity: "error",
    title: "An entry shows an image that cannot be used",
    hint: "Replace or fix the image (its own error is listed above): the entry is held until then, rather than published without the image chosen for it. The rest of the build goes on.",
    example: {
      origin: "stories/la-maison/index.md",
      path: "gallery[0]",
      expected: "images that can be published",
      found:
        '"detail", whose image cannot be used (ImageUnreadable: detail.jpg: a file of 0 bytes)',
      fix: "Export detail.jpg again from the original.",
    },
  },
  DuplicateSlug: {
    stage: "validate",
    severity: "error",
    title: "Two documents of the same type share a slug or id",
    hint: "Give each its own slug or id: it becomes its URL and the name of its files. Both are left out, since either could be the wrong one.",
    sanityHint:
      "Give each document its own slug in the Studio, or delete the duplicate: both are left out, since either could be the wrong one.",
    example: {
      origin: "story nuit (document a1b2)",
      path: "slug",
      expected: "a slug no other story uses",
      found: '"nuit", also used by story "nuit" (document c3d4)',
      fix: "Change one slug to nuit-2026.",
    },
  },
  DuplicateSku: {
    stage: "validate",
    severity: "error",
    title: "Two products share a SKU",
    hint: "Give each product its own SKU, as in the house's product system.",
    example: {
      origin: "products/sac-jour/index.md",
      path: "sku",
      expected: "a SKU no other product uses",
      found: '"MA-FW26-001", also used by products/sac-nuit/index.md',
      fix: "Write the product's own SKU, MA-FW26-002.",
    },
  },
  UnsafeSlug: {
    stage: "validate",
    severity: "error",
    title: "A slug or id is not a safe path segment",
    hint: "Use lower-case letters, digits and single hyphens only (e.g. la-maison-1854); no slashes, dots, spaces or reserved names such as con or nul.",
    example: {
      origin: "stories/La Maison/index.md",
      path: "slug",
      expected: "a safe path segment: lower-case letters, digits and single hyphens",
      found: '"La Maison"',
      fix: "Rename the folder la-maison.",
    },
  },
  InvalidDate: {
    stage: "validate",
    severity: "error",
    title: "Invalid date or time",
    hint: "Write 2026-12-01 (a day, from 00:00 local time), 2026-12-01T10:00 (local time in each market) or 2026-12-01T09:00:00Z (one instant everywhere). Seconds run from 00 to 59: a leap second (:60) is refused, since it would be read a second early.",
    example: {
      origin: "capsules/nuit/index.md",
      path: "embargo.publishAt",
      expected: "an ISO-8601 date, local date-time or instant",
      found: '"2027-02-30"',
      fix: "Write a real date: 2027-02-28.",
    },
  },
  InvalidTimeZone: {
    stage: "validate",
    severity: "error",
    title: "Invalid time zone",
    hint: "Use an IANA time zone name such as Europe/Paris, America/New_York or Asia/Shanghai.",
    example: {
      origin: "markets/jp.yaml",
      path: "timeZone",
      expected: "an IANA time zone",
      found: '"Tokyo"',
      fix: "Write timeZone: Asia/Tokyo.",
    },
  },
  InvalidLocale: {
    stage: "validate",
    severity: "error",
    title: "Invalid locale tag",
    hint: "Write the locale as a canonical BCP 47 tag: fr, en, zh-Hans, ja, ko, ar (mind the case: zh-Hans, not zh-hans).",
    example: {
      origin: "markets/cn.yaml",
      path: "locales[0]",
      expected: "a canonical BCP 47 locale tag",
      found: '"zh-hans"',
      fix: "Write zh-Hans.",
    },
  },
  UndeclaredLocale: {
    stage: "validate",
    severity: "error",
    title: "A locale is not declared by any market that could use it",
    hint: "Add the locale to the market's `locales`, or fix the locale's spelling (e.g. ja, not jp).",
    example: {
      origin: "stories/la-maison/index.jp.md",
      expected: "a locale that some market lists in its `locales`",
      found: '"jp"',
      fix: "Rename the file index.ja.md.",
    },
  },
  CapsuleProductMismatch: {
    stage: "validate",
    severity: "error",
    title: "A capsule and a product disagree",
    hint: "Set the product's `capsule` to the capsule that lists it, or remove it from the capsule's `products`. Until then the product is held back by the markets, embargo and withdrawal of every capsule on either side, and left out altogether while such a capsule is itself left out by an error.",
    example: {
      origin: "capsules/nuit/index.md",
      path: "products[0]",
      expected: 'a product whose capsule is "nuit"',
      found: '"sac-nuit", whose capsule is not set (products/sac-nuit/index.md)',
      fix: "Add capsule: nuit to the product.",
    },
  },

  // ——— plan: what the whole catalog can publish ———
  MomentBeforeLaunch: {
    stage: "validate",
    severity: "error",
    title: "A live-shopping moment starts before what it shows is public in its market",
    hint: "A moment may not show a product or a capsule before its embargo lifts in the moment's market: move `startsAt` after the launch, or take the product out of `products`. The moment is left out until then, so nothing of the launch leaks through its kit.",
    example: {
      origin: "moments/herbier-live-cn.yaml",
      path: "startsAt",
      expected:
        "a start at or after 2026-09-15 10:00 Asia/Shanghai (UTC+08:00), when capsule herbier is public in cn",
      found: '"2026-09-14T20:00"',
      fix: "Write startsAt: 2026-09-15T20:00.",
    },
  },
  MomentPriceMissing: {
    stage: "validate",
    severity: "error",
    title: "A product of a live-shopping moment has no price in the moment's market",
    hint: "Give the product a price in the market's currency (`prices.<market>.amount`, a decimal string with no more decimals than the currency has), or its market a `currency`. A product card never shows a made-up or unformatted price: the moment is left out until then.",
    example: {
      origin: "moments/herbier-live-cn.yaml",
      path: "products[1]",
      expected: "a product with prices.cn (amount in CNY)",
      found: "sac-prairie (products/sac-prairie/index.md), without prices.cn",
      fix: 'Add prices: { cn: { amount: "26800.00", availability: limited } } to the product.',
    },
  },
  BrandUnusable: {
    stage: "plan",
    severity: "error",
    blocking: true,
    title: "Nothing can be built without a valid brand",
    hint: "Fix the brand's own errors listed above; every caption, credit and page needs it.",
    sanityHint:
      "Fix the brand document's errors listed above, or check the brand query in `sanity.queries`.",
    example: {
      origin: "brand.yaml",
      expected: "a valid brand",
      found: "a brand with 1 error",
      fix: "Fix the errors reported for brand.yaml.",
    },
  },
  MarketDropped: {
    stage: "plan",
    severity: "error",
    blocking: true,
    title: "A whole market would be left out of the build",
    hint: "Fix the market's own errors listed above. The last output is kept; pass --allow-partial to build the other markets anyway.",
    example: {
      origin: "markets/jp.yaml",
      expected: "a market that can be built",
      found: "a market left out by 1 error (ContentSyntaxError)",
      fix: "Fix the YAML of markets/jp.yaml.",
    },
  },
  AudienceDropped: {
    stage: "plan",
    severity: "error",
    blocking: true,
    title: "A whole audience would be left out of the build",
    hint: "Fix the audience's own errors listed above. The last output is kept; pass --allow-partial to build the other audiences anyway.",
    example: {
      origin: "audiences.yaml",
      path: "press",
      expected: "an audience that can be built",
      found: "an audience left out by 1 error (InvalidValue)",
      fix: "Fix press.usage in audiences.yaml.",
    },
  },
  EntryReachesNothing: {
    stage: "plan",
    severity: "error",
    title: "An entry can never be published anywhere",
    hint: "Whatever the date, no market, audience and channel takes this entry: check its markets, the audiences' `receives`, the markets' channels and its images' licences (the reasons are listed).",
    example: {
      origin: "products/sac-nuit/index.md",
      expected: "at least one market, audience and channel that can take it",
      found: "none: not sold in any market it targets (soldIn: [us])",
      fix: "Add us to the markets, or sell the product where it is published.",
    },
  },
  NothingToPublish: {
    stage: "plan",
    severity: "error",
    blocking: true,
    title: "The build would publish nothing",
    hint: "Every entry is left out (by errors, embargoes, expiries or targeting, as listed). The last output is kept; fix the causes, or check --now.",
    example: {
      origin: "content",
      expected: "at least one entry published",
      found: "0 of 12 entries (12 left out by errors)",
      fix: "Fix the errors listed above.",
    },
  },

  // ——— render, pack and site ———
  RenderFailed: {
    stage: "render",
    severity: "error",
    title: "An image could not be rendered",
    hint: "Export the image again from the original; its outputs are left out of the build and the rest is built.",
    example: {
      origin: "assets/hero.yaml",
      path: "file",
      expected: "an image that decodes",
      found: "VipsJpeg: premature end of input file",
      fix: "Replace hero.jpg with a complete export.",
    },
  },
  CaptionOverLimit: {
    stage: "render",
    severity: "error",
    title: "The caption's fixed parts alone exceed the channel's limit",
    hint: "Shorten the legal lines, the credit template or the campaign hashtags for this locale, or override the channel's caption limit in relais.config.ts; the caption must not be published as it is.",
    example: {
      origin: "kakao/brand-wide",
      expected: "at most 76 characters",
      found: "104 characters of legal and credit lines",
      fix: "Shorten the market's legal line for ko.",
    },
  },
  TitleTruncated: {
    stage: "render",
    severity: "warning",
    title: "The title was shortened to fit the caption",
    hint: "Write a shorter title for this locale, or drop hashtags or legal lines the channel does not need.",
    example: {
      origin: "x/post",
      expected: "a title that fits",
      found: "a title cut after 61 characters",
      fix: "Write a shorter English title.",
    },
  },
  HashtagsDropped: {
    stage: "render",
    severity: "warning",
    title: "Market or brand hashtags were left out for length",
    hint: "Shorten the text or the hashtags if they must appear on this channel.",
    example: {
      origin: "weibo/post",
      expected: "room for every hashtag",
      found: "2 hashtags left out",
      fix: "Shorten the dek or the market's hashtags.",
    },
  },
  CreditTemplateFallback: {
    stage: "render",
    severity: "warning",
    title: "The credit line uses the brand's default locale",
    hint: "Add a creditLine template for this locale in brand.yaml.",
    example: {
      origin: "brand.yaml",
      path: "creditLine.ja",
      expected: "a credit line in ja",
      found: "none: the fr template was used",
      fix: "Add creditLine.ja.",
    },
  },
  CreditTemplateMissing: {
    stage: "render",
    severity: "error",
    title: "No credit line template for this locale nor the brand's default locale",
    hint: "Add a creditLine template for the brand's default locale in brand.yaml.",
    example: {
      origin: "brand.yaml",
      path: "creditLine",
      expected: "a credit line in fr",
      found: "none",
      fix: "Add creditLine.fr.",
    },
  },
  CreditMoved: {
    stage: "render",
    severity: "warning",
    title: "The credit line did not fit the caption: it is in the README and the image's metadata",
    hint: "Nothing to do if the platform's limit is the reason; shorten the legal lines or the credit template for this locale if the credit must be in the caption.",
    example: {
      origin: "kakao/brand-wide",
      expected: "a credit line within 76 characters with the legal lines",
      found: "the credit line does not fit 76 (graphemes) with the legal lines",
      fix: "Shorten the creditLine template for ko.",
    },
  },
  LegalLinesOverLimit: {
    stage: "plan",
    severity: "error",
    title: "A market's legal lines alone exceed a placement's caption limit",
    hint: "The placement is not offered in that market, since legal lines never give way. Shorten the legal line, or remove the placement from the market's channels.",
    example: {
      origin: "markets/kr.yaml",
      path: "legalLines.ko",
      expected: "legal lines within kakao/brand-wide's 76 characters (graphemes)",
      found: "92 characters: «본 콘텐츠는 …»",
      fix: "Shorten the legal line for ko, or drop kakao/brand-wide from kr's channels.",
    },
  },
  DisclosureOverLimit: {
    stage: "plan",
    severity: "error",
    title: "A market's disclosure and legal lines exceed a placement's caption limit",
    hint: "The placement is not offered to that audience in that market, since the disclosure a paid or gifted post needs never gives way. Shorten the disclosure or the legal lines, give the platform shorter words under disclosure.platforms, or leave the placement out of the audience's channels.",
    example: {
      origin: "markets/kr.yaml",
      path: "disclosure.paid.ko",
      expected:
        "the disclosure and legal lines within kakao/brand-wide's 76 characters (graphemes)",
      found:
        "81 (graphemes) for ambassadors, so kakao/brand-wide is not offered to them in kr in ko",
      fix: "Shorten disclosure.paid.ko, or add kakao/brand-wide's own under disclosure.platforms.",
    },
  },
  MomentHeldBack: {
    stage: "plan",
    severity: "warning",
    title: "A live-shopping moment's kit is held back until what it shows is public",
    hint: "Nothing to do if the launch is planned: the kit appears with the first build after every product and capsule of the moment is public in its market (see `relais next`).",
    example: {
      origin: "moments/nuit-live-fr.yaml",
      path: "products",
      expected: "products and capsule public in fr",
      found: "capsule aurele-nuit is embargoed until 2027-03-01 10:00 Europe/Paris (UTC+01:00)",
      fix: "Wait for the embargo, or build with a later --now to preview.",
    },
  },
  DisclosureMissing: {
    stage: "plan",
    severity: "error",
    title: "A market's disclosure has no line in the caption's locale",
    hint: "A paid, gifted or retouched post is never published without its line, and a legal line is not borrowed from another language: the placement is not offered in that locale. Add the line for the locale.",
    example: {
      origin: "markets/cn.yaml",
      path: "disclosure.paid.en",
      expected: "a paid disclosure line in en, the locale of the caption",
      found: "lines in zh-Hans only, so ambassadors get no caption in en in cn",
      fix: 'Add disclosure.paid.en (for example "Advertisement").',
    },
  },
  DisclosureNotConfigured: {
    stage: "render",
    severity: "warning",
    title: "An audience's posts are paid or gifted but the market has no disclosure line",
    hint: "Add the line the market's law asks for under disclosure.paid (see docs/disclosure.md), or set the audience's partnership to none if nothing is given for its posts.",
    example: {
      origin: "markets/de.yaml",
      path: "disclosure.paid",
      expected: "the line a paid post needs in this market",
      found: "no disclosure, so the ambassadors' captions go without one",
      fix: "Add disclosure.paid.de: [Werbung].",
    },
  },
  LegalLinesMissing: {
    stage: "render",
    severity: "warning",
    title: "Legal lines exist in other locales but not in this one",
    hint: "Add the legal lines for this locale to brand.yaml or to the market's file.",
    example: {
      origin: "markets/kr.yaml",
      path: "legalLines.ko",
      expected: "legal lines in ko",
      found: "legal lines in en only",
      fix: "Add legalLines.ko.",
    },
  },
  LinksNotClickable: {
    stage: "render",
    severity: "warning",
    title: "The caption contains a link the channel does not make clickable",
    hint: "Remove the link from the text, or put it where the channel allows one (profile link, link sticker).",
    example: {
      origin: "instagram/feed-portrait",
      expected: "no link in the caption",
      found: "https://maison.example/nuit",
      fix: "Remove the link from the dek.",
    },
  },
  OutputRefused: {
    stage: "pack",
    severity: "error",
    blocking: true,
    title: "The output folder is not one Relais may replace",
    hint: "A build replaces its whole output folder. Give --out (or `out` in relais.config.ts) a new or empty folder, or one a previous build wrote; never a file, a link, the content, the project or a folder holding other files.",
    example: {
      origin: "--out",
      path: "/home/maison/site",
      expected: "a new folder, an empty one, or one a previous Relais build wrote",
      found: "a folder Relais did not write (it holds index.html, .git, package.json)",
      fix: "Build into dist: relais build --out dist.",
    },
  },
  OutputNotWritable: {
    stage: "pack",
    severity: "error",
    blocking: true,
    title: "The output could not be written",
    hint: "Free disk space or fix the folder's permissions, then build again; the staging folder was removed and the last output was left as it was.",
    example: {
      origin: "dist",
      expected: "a writable folder with free space",
      found: "ENOSPC: no space left on device",
      fix: "Free disk space on the output's volume.",
    },
  },
  OutputBusy: {
    stage: "pack",
    severity: "error",
    blocking: true,
    title: "Another build is writing the output folder",
    hint: "One build at a time writes an output folder: a second one waits while the first runs, and after ten minutes refuses to wait any longer for one running on another machine or in another container that shares the folder. Give each build its own --out, or build again when the other has finished; the last output was left as it was.",
    example: {
      origin: "dist",
      expected: "no other build writing this output folder",
      found:
        "another build is writing it: the build of pid 4242 on ci-runner-2 has held .dist-lock since 2026-12-01T09:00:00.000Z",
      fix: "Give the preview build its own folder: relais build --now 2027-03-01T00:00:00Z --out preview.",
    },
  },
  KitSecretMissing: {
    stage: "site",
    severity: "error",
    blocking: true,
    title: "No kit secret in CI: unlisted kit links would change",
    hint: "Set RELAIS_KIT_SECRET as a secret of the CI (the value of .relais/kit-secret on the machine that built the links already sent), or point RELAIS_KIT_SECRET_FILE at a file kept out of the repository. A new secret would break every ambassador link already sent.",
    example: {
      origin: "RELAIS_KIT_SECRET",
      expected: "the house's kit secret, set as a CI secret (RELAIS_KIT_SECRET)",
      found: "no RELAIS_KIT_SECRET nor RELAIS_KIT_SECRET_FILE in this CI build",
      fix: "Add RELAIS_KIT_SECRET to the repository's CI secrets and to the build job's environment.",
    },
  },
  RendersMissing: {
    stage: "render",
    severity: "error",
    blocking: true,
    title: "The merge found renders missing from the store",
    hint: "Run each relais build --shard i/n again with the same --now, content and Relais version as the merge (a shard run again renders only what it has not stored), then merge; or run relais build without --merge, which renders what is missing itself. The last output was left as it was.",
    example: {
      origin: "s3://maison-aurele-relais/main",
      path: "--merge",
      expected: "every render of the plan in the store (682)",
      found: "12 missing, e.g. silk-ribbon.jpg for instagram/feed-portrait (1080×1350 jpeg)",
      fix: "The shard 3/4 job was cancelled: run relais build --shard 3/4 again, then relais build --merge.",
    },
  },
  StoreUnavailable: {
    stage: "render",
    severity: "error",
    blocking: true,
    title: "The shared store could not be read or written",
    hint: "Check the store's address (--store, RELAIS_STORE or the config's store.location), its credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION) and endpoint (AWS_ENDPOINT_URL_S3), then build again. Nothing was written to the output.",
    example: {
      origin: "s3://maison-aurele-relais/main",
      expected: "a bucket this build may read and write",
      found: "AccessDenied on PutObject",
      fix: "Give the CI role s3:GetObject, s3:PutObject and s3:ListBucket on the bucket.",
    },
  },
  SiteBuildFailed: {
    stage: "site",
    severity: "error",
    blocking: true,
    title: "The press kit site could not be built",
    hint: "The message names the page; the last output was left as it was. Build with --no-site to publish the kits meanwhile.",
    example: {
      origin: "site",
      expected: "every page built",
      found: "the page /jp/ja/stories/la-maison/ failed",
      fix: "Report the message with the content that makes it fail.",
    },
  },
} as const satisfies Record<string, ErrorSpec>;

export type ContentErrorName = keyof typeof contentErrors;
