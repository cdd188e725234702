import { readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { type ContentIssue, createIssue } from "../../errors/issue.ts";
import { isWithin } from "../../fs/is-within.ts";
import { type EntryType, entryTypeSchema } from "../../model/audience.ts";
import { localizedFields } from "../../model/entries.ts";
import type { RawDocument, RawText, Source, SourceSnapshot } from "../contract.ts";
import { type FileHashMemo, type InspectedImage, inspectImageFile } from "../file-hash-memo.ts";
import { type ParsedYaml, parseMarkdown, parseYaml } from "./parse-yaml.ts";

export interface MarkdownSourceOptions {
  /** Absolute path of the content folder. */
  root: string;
  /**
   * The locale of `index.md` files. @default read from `brand.yaml` (`defaultLocale`), which is
   * the single place a house sets it.
   */
  defaultLocale?: string;
  /** Remembers the photos' hashes between runs. @default every photo is read and hashed */
  hashMemo?: FileHashMemo;
  /**
   * `settings`: only the brand, the audiences and the markets, for a house whose entries and
   * images are in Sanity. @default everything
   */
  only?: "settings";
}

/** Folder of each entry type under the content root. */
export const entryFolders: Record<EntryType, string> = {
  story: "stories",
  capsule: "capsules",
  product: "products",
};

const TRANSLATION = /^index\.(.+)\.md$/;

/**
 * The embedded default source: `content/` as Markdown and YAML. Layout and conventions are in
 * docs/content-model.md.
 */
export function createMarkdownSource(options: MarkdownSourceOptions): Source {
  return {
    name: "markdown",
    load: () => loadMarkdown(options),
  };
}

async function loadMarkdown({
  root,
  defaultLocale,
  hashMemo,
  only,
}: MarkdownSourceOptions): Promise<SourceSnapshot> {
  const reader = new ContentReader(root, hashMemo);
  await reader.open();
  const documents: RawDocument[] = [];
  if (!(await reader.isDirectory("."))) {
    const issue = createIssue("MissingFile", {
      origin: root,
      expected:
        only === "settings"
          ? "a content folder with brand.yaml, audiences.yaml and markets/ (sanity.settings is content)"
          : "a content folder with brand.yaml, audiences.yaml, markets/, assets/ and entries",
      found: "no such folder",
    });
    return { documents, issues: [issue] };
  }

  const brand = await reader.yaml("brand.yaml", { required: true });
  documents.push({ kind: "brand", id: "brand", origin: "brand.yaml", ...orUnreadable(brand) });
  const locale = defaultLocale ?? readDefaultLocale(brand?.data);

  const audiences = await reader.yaml("audiences.yaml", { required: true });
  documents.push({
    kind: "audiences",
    id: "audiences",
    origin: "audiences.yaml",
    ...orUnreadable(audiences),
  });

  for (const file of await reader.list("markets")) {
    const origin = `markets/${file}`;
    if (!file.endsWith(".yaml")) {
      reader.unexpected(origin, "a market file named <id>.yaml");
      continue;
    }
    const market = await reader.yaml(origin);
    documents.push({
      kind: "market",
      id: path.basename(file, ".yaml"),
      origin,
      ...orUnreadable(market),
    });
  }
  if (only === "settings") return { documents, issues: reader.issues };

  for (const file of (await reader.list("assets")).filter((name) => name.endsWith(".yaml"))) {
    const origin = `assets/${file}`;
    const asset = await reader.yaml(origin);
    if (!asset) {
      documents.push({
        kind: "asset",
        id: path.basename(file, ".yaml"),
        origin,
        ...orUnreadable(),
      });
      continue;
    }
    const imageName = (asset.data as { file?: unknown } | null)?.file;
    const named = typeof imageName === "string" && imageName !== "";
    const location = path.join(root, "assets", named ? imageName : "");
    const outside = named && !(await reader.isInside(location));
    if (outside) {
      reader.issues.push(
        createIssue("PathOutsideContent", {
          origin,
          path: "file",
          expected: "an image file inside the content folder",
          found: `${JSON.stringify(imageName)}, which resolves outside it`,
        }),
      );
    }
    const inspected = named && !outside ? await reader.image(location) : undefined;
    documents.push({
      kind: "asset",
      id: path.basename(file, ".yaml"),
      origin,
      ...asset,
      texts: [],
      file: inspected
        ? { location, exists: true, ...inspected }
        : { location, exists: false, ...(outside ? { refused: true } : {}) },
    });
  }

  for (const file of await reader.list("ambassadors")) {
    const origin = `ambassadors/${file}`;
    if (!file.endsWith(".yaml")) {
      reader.unexpected(origin, "an ambassador file named <id>.yaml");
      continue;
    }
    const ambassador = await reader.yaml(origin);
    documents.push({
      kind: "ambassador",
      id: path.basename(file, ".yaml"),
      origin,
      ...orUnreadable(ambassador),
    });
  }

  for (const type of entryTypeSchema.options) {
    for (const slug of await reader.list(entryFolders[type])) {
      const document = await readEntry(reader, type, slug, locale);
      if (document) documents.push(document);
    }
  }
  for (const file of await reader.list("moments")) {
    const origin = `moments/${file}`;
    if (!file.endsWith(".yaml")) {
      reader.unexpected(origin, "a live-shopping moment file named <id>.yaml");
      continue;
    }
    const moment = await reader.yaml(origin);
    const id = path.basename(file, ".yaml");
    documents.push({ kind: "moment", id, origin, ...orUnreadable(moment) });
  }
  return { documents, issues: reader.issues };
}

async function readEntry(
  reader: ContentReader,
  type: EntryType,
  slug: string,
  defaultLocale: string,
): Promise<RawDocument | undefined> {
  const folder = `${entryFolders[type]}/${slug}`;
  if (!(await reader.isDirectory(folder))) {
    reader.unexpected(folder, `a folder ${entryFolders[type]}/<slug>/ holding index.md`);
    return undefined;
  }
  const files = await reader.list(folder);
  if (!files.includes("index.md")) {
    reader.issues.push(
      createIssue("MissingFile", {
        origin: `${folder}/index.md`,
        expected: `index.md with the shared fields and the ${defaultLocale} text`,
        found: files.length === 0 ? "an empty folder" : `only ${files.join(", ")}`,
      }),
    );
    return undefined;
  }
  const origin = `${folder}/index.md`;
  const main = await reader.markdown(origin);
  if (!main) return { kind: type, id: slug, origin, ...orUnreadable() };

  const textKeys = new Set(localizedFields[type]);
  const data: Record<string, unknown> = {};
  const defaultText: Record<string, unknown> = { body: main.body };
  for (const [key, value] of Object.entries(main.frontmatter)) {
    if (textKeys.has(key)) defaultText[key] = value;
    else data[key] = value;
  }
  const texts: RawText[] = [
    { locale: defaultLocale, origin, data: defaultText, lines: main.lines },
  ];

  for (const file of files) {
    if (file === "index.md") continue;
    const locale = TRANSLATION.exec(file)?.[1];
    if (!locale) {
      // Images and other files beside an entry are fine; only stray Markdown is suspicious.
      if (file.endsWith(".md"))
        reader.unexpected(`${folder}/${file}`, "index.md or index.<locale>.md");
      continue;
    }
    const translationOrigin = `${folder}/${file}`;
    if (locale === defaultLocale) {
      reader.issues.push(
        createIssue("DuplicateTranslation", {
          origin: translationOrigin,
          expected: `translations in locales other than ${defaultLocale}, whose text is in index.md`,
          found: `a second ${defaultLocale} text`,
        }),
      );
      continue;
    }
    const translation = await reader.markdown(translationOrigin);
    if (translation)
      texts.push({
        locale,
        origin: translationOrigin,
        data: { ...translation.frontmatter, body: translation.body },
        lines: translation.lines,
      });
  }
  return { kind: type, id: slug, origin, data, lines: main.lines, texts };
}

/** The document as read, or a placeholder saying it exists but could not be read. */
function orUnreadable(
  parsed?: ParsedYaml,
): Pick<RawDocument, "data" | "lines" | "texts" | "unreadable"> {
  return parsed ? { ...parsed, texts: [] } : { data: undefined, texts: [], unreadable: true };
}

function readDefaultLocale(brand: unknown): string {
  const locale = (brand as { defaultLocale?: unknown } | undefined)?.defaultLocale;
  return typeof locale === "string" ? locale : "en";
}

/** File access relative to the content root, turning every failure into a reported issue. */
class ContentReader {
  readonly issues: ContentIssue[] = [];
  private readonly root: string;
  private realRoot: string;
  private readonly hashMemo: FileHashMemo | undefined;

  constructor(root: string, hashMemo?: FileHashMemo) {
    this.root = root;
    this.realRoot = root;
    this.hashMemo = hashMemo;
  }

  /** Resolves the root's own links once: a content folder may itself be reached through one. */
  async open(): Promise<void> {
    try {
      this.realRoot = await realpath(this.root);
    } catch {
      this.realRoot = this.root;
    }
  }

  /**
   * True when the path, with every symbolic link followed, stays inside the content root: content
   * publishes only what is in its folder, never a file a `../` or a link leads to. A path that
   * does not exist is "inside" (it is then reported as missing, not as outside).
   */
  async isInside(location: string): Promise<boolean> {
    let real: string;
    try {
      real = await realpath(location);
    } catch {
      return isWithin(this.root, path.resolve(location));
    }
    return isWithin(this.realRoot, real);
  }

  async list(folder: string): Promise<string[]> {
    try {
      const names = await readdir(path.join(this.root, folder));
      return names.filter((name) => !name.startsWith(".")).sort();
    } catch {
      return [];
    }
  }

  async isDirectory(folder: string): Promise<boolean> {
    try {
      await readdir(path.join(this.root, folder));
      return true;
    } catch {
      return false;
    }
  }

  /** sha256 of an image file's bytes and its probe, or undefined when it cannot be read. */
  async image(location: string): Promise<InspectedImage | undefined> {
    return this.hashMemo ? this.hashMemo.inspect(location) : inspectImageFile(location);
  }

  async yaml(origin: string, { required = false } = {}): Promise<ParsedYaml | undefined> {
    const text = await this.text(origin, required);
    if (text === undefined) return undefined;
    const parsed = parseYaml(text, origin);
    if (!parsed.ok) {
      this.issues.push(parsed.issue);
      return undefined;
    }
    return parsed.value;
  }

  async markdown(origin: string) {
    const text = await this.text(origin, true);
    if (text === undefined) return undefined;
    const parsed = parseMarkdown(text, origin);
    if (!parsed.ok) {
      this.issues.push(parsed.issue);
      return undefined;
    }
    return { ...parsed.value, body: parsed.value.body.trim() };
  }

  unexpected(origin: string, expected: string): void {
    this.issues.push(
      createIssue("UnexpectedFile", { origin, expected, found: "a file Relais does not read" }),
    );
  }

  private async text(origin: string, required: boolean): Promise<string | undefined> {
    if (!(await this.isInside(path.join(this.root, origin)))) {
      this.issues.push(
        createIssue("PathOutsideContent", {
          origin,
          expected: "a file inside the content folder",
          found: "a symbolic link to a file outside it",
        }),
      );
      return undefined;
    }
    try {
      const buffer = await readFile(path.join(this.root, origin));
      return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        if (required) {
          this.issues.push(
            createIssue("MissingFile", { origin, expected: "this file", found: "no such file" }),
          );
        }
      } else {
        this.issues.push(
          createIssue("UnreadableFile", {
            origin,
            expected: "a readable UTF-8 text file",
            found:
              code ?? (error instanceof TypeError ? "bytes that are not UTF-8" : String(error)),
          }),
        );
      }
      return undefined;
    }
  }
}
