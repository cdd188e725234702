import pLimit from "p-limit";
import { type ContentIssue, createIssue } from "../../errors/issue.ts";
import { entryTypeSchema } from "../../model/audience.ts";
import type { RawDocument, SourceSnapshot } from "../contract.ts";
import { SourceUnavailableError } from "../source-unavailable-error.ts";
import {
  audiencesDocument,
  type ImageAssetInfo,
  type Mapped,
  mapAsset,
  mapAudience,
  mapBrand,
  mapEntry,
  mapMarket,
  originOf,
  type ProjectedRow,
} from "./map-document.ts";
import {
  type PageParams,
  pageQuery,
  resolveQuery,
  type SanityKind,
  type SanityQueries,
} from "./projections.ts";

/** How a driver reaches its dataset: the only part the `sanity` and `sanity-export` drivers differ in. */
export interface DatasetReader {
  /** The driver's name, for errors. */
  readonly source: string;
  /** Runs a GROQ query. Throws SourceUnavailableError when the dataset cannot be read. */
  query(query: string, params: PageParams): Promise<unknown>;
  /** Puts an asset's image where the renderer reads it and says where it is. */
  imageFile(image: ImageAssetInfo, assetOrigin: string): Promise<NonNullable<RawDocument["file"]>>;
}

export interface SnapshotOptions {
  queries?: SanityQueries;
  /** Documents per query. @default 500 */
  pageSize?: number;
  /** Images fetched at once. @default 4 */
  concurrency?: number;
}

/**
 * Reads every Relais document of a dataset, page by page, and maps each to the RawDocument the
 * Markdown driver would give for the same content, in the same order (brand, audiences, then
 * markets, assets and entries by id).
 */
export async function loadSnapshot(
  reader: DatasetReader,
  { queries, pageSize = 500, concurrency = 4 }: SnapshotOptions,
): Promise<SourceSnapshot> {
  const issues: ContentIssue[] = [];
  const keep = <T>(mapped: Mapped<T>): T[] => {
    if (mapped.ok) return [mapped.value];
    issues.push(mapped.issue);
    return [];
  };
  const read = async (kind: SanityKind) => {
    const { type, projection } = resolveQuery(kind, queries);
    const rows = await readAllPages(reader, type, pageQuery(projection), pageSize);
    return { type, rows };
  };

  const brandRows = await read("brand");
  const brands = brandRows.rows.flatMap((row) => keep(mapBrand(row, brandRows.type)));
  const brand = brands[0];
  if (!brand) {
    issues.push(
      createIssue("MissingFile", {
        origin: originOf(brandRows.type, brandRows.type),
        expected: `a ${brandRows.type} document with the house's name, default locale and credit line`,
        found: "no such document",
      }),
    );
  }
  const defaultLocale = readDefaultLocale(brand?.document.data);

  const audienceRows = await read("audience");
  const audiences = audienceRows.rows.flatMap((row) => keep(mapAudience(row, audienceRows.type)));

  const marketRows = await read("market");
  const markets = marketRows.rows.flatMap((row) => keep(mapMarket(row, marketRows.type)));

  const assetRows = await read("asset");
  const mappedAssets = assetRows.rows.flatMap((row) => keep(mapAsset(row, assetRows.type)));
  const limit = pLimit(concurrency);
  // Assets sharing an image (Sanity keeps one asset per sha1) fetch it once.
  const files = new Map<string, Promise<NonNullable<RawDocument["file"]>>>();
  const fileOf = (image: ImageAssetInfo, origin: string) => {
    const key = `${image.sha1hash}.${image.extension}`;
    const file = files.get(key) ?? limit(() => reader.imageFile(image, origin));
    files.set(key, file);
    return file;
  };
  const assets = await Promise.all(
    mappedAssets.map(
      async ({ document, image }): Promise<RawDocument> => ({
        ...document,
        file: image ? await fileOf(image, document.origin) : { location: "", exists: false },
      }),
    ),
  );

  const entries: RawDocument[] = [];
  for (const kind of entryTypeSchema.options) {
    const { type, rows } = await read(kind);
    const mapped = rows.flatMap((row) => keep(mapEntry(row, type, kind, defaultLocale)));
    entries.push(...byId(mapped));
  }

  const documents: RawDocument[] = [
    ...brands.map((mapped) => mapped.document),
    audiencesDocument(audiences, brand?.audienceOrder ?? [], audienceRows.type),
    ...byId(markets),
    ...byId(assets),
    ...entries,
  ];
  return { documents, issues };
}

async function readAllPages(
  reader: DatasetReader,
  type: string,
  query: string,
  pageSize: number,
): Promise<ProjectedRow[]> {
  const rows: ProjectedRow[] = [];
  let after = "";
  for (;;) {
    const page = await reader.query(query, { type, after, limit: pageSize });
    if (!Array.isArray(page)) {
      throw new SourceUnavailableError(
        reader.source,
        "unreadable",
        `The ${type} query did not return a list of documents (got ${typeof page}).`,
      );
    }
    const pageRows = page as ProjectedRow[];
    rows.push(...pageRows);
    const last = pageRows.at(-1);
    if (pageRows.length < pageSize || !last) return rows;
    after = last._id;
  }
}

function readDefaultLocale(brand: unknown): string {
  const locale = (brand as { defaultLocale?: unknown } | undefined)?.defaultLocale;
  return typeof locale === "string" ? locale : "en";
}

/** Same order as the Markdown driver's sorted file names. */
function byId(documents: readonly RawDocument[]): RawDocument[] {
  return [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
