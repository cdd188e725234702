import pLimit from "p-limit";
import { type ContentIssue, createIssue } from "../../errors/issue.ts";
import { entryTypeSchema } from "../../model/audience.ts";
import { nearestKey } from "../../model/known-keys.ts";
import { slugify } from "../../text/slugify.ts";
import type { RawDocument, SourceSnapshot } from "../contract.ts";
import { SourceUnavailableError } from "../source-unavailable-error.ts";
import {
  audiencesDocument,
  type ImageAssetInfo,
  type Mapped,
  type MappedBrand,
  mapAmbassador,
  mapAsset,
  mapAudience,
  mapBrand,
  mapEntry,
  mapMarket,
  mapMoment,
  originOf,
  type ProjectedRow,
} from "./map-document.ts";
import { convertPortableText } from "./portable-text.ts";
import {
  documentTypesQuery,
  pageQuery,
  type ResolvedQuery,
  resolveQuery,
  type SanityKind,
  type SanityQueries,
} from "./projections.ts";
import {
  checkFilter,
  checkProjection,
  describeMistake,
  type ProjectionMistake,
  placeInProjection,
  projectionStartIn,
  QueryRejected,
} from "./query-rejected.ts";

/** How a driver reaches its dataset: the only part the `sanity` and `sanity-export` drivers differ in. */
export interface DatasetReader {
  /** The driver's name, for errors. */
  readonly source: string;
  /**
   * Runs a GROQ query; `what` names it in messages (`the relaisStory query`). Throws
   * SourceUnavailableError when the dataset cannot be read, QueryRejected when the query is not
   * one the dataset can run.
   */
  query(query: string, params: Record<string, unknown>, what: string): Promise<unknown>;
  /** Puts an asset's image where the renderer reads it and says where it is. */
  imageFile(image: ImageAssetInfo, assetOrigin: string): Promise<NonNullable<RawDocument["file"]>>;
}

/**
 * House settings read elsewhere (`relais.config.ts`, or `content/` as Markdown): the dataset's
 * queries for those kinds are not run. A house whose Sanity holds its stories and images keeps
 * its markets as a few lines of configuration.
 */
export interface SettingsElsewhere {
  brand?: RawDocument;
  audiences?: RawDocument;
  markets?: readonly RawDocument[];
  issues?: readonly ContentIssue[];
}

export interface SnapshotOptions {
  queries?: SanityQueries;
  settings?: SettingsElsewhere;
  /** Documents per query. @default 500 */
  pageSize?: number;
  /** Images fetched at once. @default 4 */
  concurrency?: number;
}

/**
 * Reads every Relais document of a dataset, page by page, and maps each to the RawDocument the
 * Markdown driver would give for the same content, in the same order (brand, audiences, then
 * markets, assets, entries and live-shopping moments by id).
 */
export async function loadSnapshot(
  reader: DatasetReader,
  { queries, settings = {}, pageSize = 500, concurrency = 4 }: SnapshotOptions,
): Promise<SourceSnapshot> {
  const issues: ContentIssue[] = [...(settings.issues ?? [])];
  const keep = <T>(mapped: Mapped<T>): T[] => {
    if (!mapped.ok) {
      issues.push(mapped.issue);
      return [];
    }
    issues.push(...(mapped.warnings ?? []));
    return [mapped.value];
  };
  let datasetTypes: Promise<string[]> | undefined;
  const read = async (kind: SanityKind) => {
    const query = resolveQuery(kind, queries);
    const rows = await readKind(reader, query, pageSize, issues);
    // An empty kind is a mistake when the build cannot do without it, or when the house named
    // its type: a misspelled type reads nothing, and nothing would say so. A house may have no
    // capsule or product in the Relais schema.
    if (rows?.length === 0 && (query.own || requiredKinds.has(kind))) {
      datasetTypes ??= readDatasetTypes(reader);
      issues.push(queryEmpty(query, await datasetTypes));
    }
    return { type: query.type, rows: rows ?? [] };
  };

  // A part named in the settings is read there only, even when it is missing there: reading the
  // dataset's instead would build with settings the house did not mean.
  const brands =
    "brand" in settings
      ? settings.brand
        ? [{ document: settings.brand, audienceOrder: [] }]
        : []
      : await readBrands();
  async function readBrands() {
    const brandRows = await read("brand");
    return withoutSecondBrand(
      brandRows.rows.flatMap((row) => keep(mapBrand(row, brandRows.type))),
      brandRows.type,
      issues,
    );
  }
  const brand = brands[0];
  const defaultLocale = readDefaultLocale(brand?.document.data);

  const audienceDocument =
    "audiences" in settings ? { document: settings.audiences, issues: [] } : await readAudiences();
  async function readAudiences() {
    const audienceRows = await read("audience");
    const audiences = audienceRows.rows.flatMap((row) => keep(mapAudience(row, audienceRows.type)));
    return audiencesDocument(audiences, brand?.audienceOrder ?? [], audienceRows.type);
  }
  issues.push(...audienceDocument.issues);

  const markets = "markets" in settings ? [...(settings.markets ?? [])] : await readMarkets();
  async function readMarkets() {
    const marketRows = await read("market");
    return marketRows.rows.flatMap((row) => keep(mapMarket(row, marketRows.type)));
  }

  const assetRows = await read("asset");
  const mappedAssets = assetRows.rows.flatMap((row) =>
    keep(mapAsset(row, assetRows.type, defaultLocale)),
  );
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

  const ambassadorRows = await read("ambassador");
  const ambassadors = ambassadorRows.rows.flatMap((row) =>
    keep(mapAmbassador(row, ambassadorRows.type)),
  );

  const entries: RawDocument[] = [];
  for (const kind of entryTypeSchema.options) {
    const { type, rows } = await read(kind);
    const mapped = rows.flatMap((row) => keep(mapEntry(row, type, kind, defaultLocale)));
    entries.push(...byId(mapped));
  }

  const momentRows = await read("moment");
  const moments = momentRows.rows.flatMap((row) => keep(mapMoment(row, momentRows.type)));

  const documents: RawDocument[] = [
    ...brands.map((mapped) => mapped.document),
    ...(audienceDocument.document ? [audienceDocument.document] : []),
    ...byId(markets),
    ...byId(assets),
    ...byId(ambassadors),
    ...entries,
    ...byId(moments),
  ];
  return { documents, issues };
}

const requiredKinds: ReadonlySet<SanityKind> = new Set(["brand", "audience", "market"]);

/**
 * Every row of one kind, or undefined when the house's projection cannot run: that is reported
 * as an issue naming its config field, and the other kinds are still read.
 */
async function readKind(
  reader: DatasetReader,
  query: ResolvedQuery,
  pageSize: number,
  issues: ContentIssue[],
): Promise<ProjectedRow[] | undefined> {
  const filterMistake = query.filter === undefined ? undefined : await checkFilter(query.filter);
  if (filterMistake) {
    issues.push(filterInvalid(query, filterMistake));
    return undefined;
  }
  const mistake = query.ownProjection ? await checkProjection(query.projection) : undefined;
  if (mistake) {
    issues.push(queryInvalid(query, mistake));
    return undefined;
  }
  let rows: ProjectedRow[];
  try {
    rows = await readAllPages(
      reader,
      query.type,
      pageQuery(query.projection, query.filter),
      pageSize,
    );
  } catch (error) {
    if (!(error instanceof QueryRejected)) throw error;
    if (!query.ownProjection && query.filter === undefined) {
      throw new SourceUnavailableError(
        reader.source,
        "unreadable",
        `The ${query.type} query was refused: ${error.message}. Check the API version (sanity.apiVersion).`,
      );
    }
    const start = projectionStartIn(query.filter);
    const inFilter = query.filter !== undefined && (error.position ?? start) < start;
    issues.push(
      inFilter
        ? filterInvalid(query, { message: error.message })
        : queryInvalid(query, placeInProjection(error, query.projection, start)),
    );
    return undefined;
  }
  return query.transform ? transformRows(rows, query, issues) : rows;
}

/**
 * The house's transform on each row. One that throws on a document is that document's issue,
 * naming the config field: the other documents are still read, as for a content mistake.
 */
async function transformRows(
  rows: readonly ProjectedRow[],
  query: ResolvedQuery,
  issues: ContentIssue[],
): Promise<ProjectedRow[]> {
  const transform = query.transform as NonNullable<ResolvedQuery["transform"]>;
  const kept: ProjectedRow[] = [];
  for (const row of rows) {
    const documentId = row._originalId ?? row._id;
    try {
      const value = await transform(structuredClone(row.value), {
        documentId,
        type: query.type,
        portableTextToMarkdown: (blocks) =>
          Array.isArray(blocks) ? convertPortableText(blocks).markdown : "",
        slugify,
      });
      kept.push({ ...row, value });
    } catch (error) {
      issues.push(
        createIssue("SourceTransformFailed", {
          origin: originOf(query.type, documentId),
          path: query.transformField,
          expected: `a function that returns the fields of the ${query.kind} documents`,
          found: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        }),
      );
    }
  }
  return kept;
}

function filterInvalid(query: ResolvedQuery, mistake: ProjectionMistake): ContentIssue {
  return createIssue("SourceQueryInvalid", {
    origin: "relais.config.ts",
    path: query.filterField,
    expected: `a GROQ filter of the ${query.kind} documents, such as language == "en"`,
    found: describeMistake(query.filter ?? "", mistake),
  });
}

function queryInvalid(query: ResolvedQuery, mistake: ProjectionMistake): ContentIssue {
  return createIssue("SourceQueryInvalid", {
    origin: "relais.config.ts",
    path: query.projectionField,
    expected: `a GROQ projection of the ${query.kind} documents, such as { "slug": slug.current, title }`,
    found: describeMistake(query.projection, mistake),
  });
}

const plural: Record<SanityKind, string> = {
  brand: "the brand",
  audience: "the audiences",
  market: "the markets",
  asset: "the images",
  story: "the stories",
  capsule: "the capsules",
  product: "the products",
  moment: "the live-shopping moments",
  ambassador: "the ambassadors",
};

function queryEmpty(query: ResolvedQuery, datasetTypes: readonly string[]): ContentIssue {
  const types = datasetTypes.filter((type) => !/^(sanity|system)\./.test(type)).sort();
  const nearest = nearestKey(query.type, types);
  const listed = types.length > 12 ? [...types.slice(0, 12), "…"] : types;
  const hints = [
    ...(nearest ? [`did you mean "${nearest}"?`] : []),
    types.length > 0 ? `its document types: ${listed.join(", ")}` : "it holds no document",
  ];
  return createIssue("SourceQueryEmpty", {
    origin: `sanity query ${query.kind}`,
    path: query.typeField,
    expected: `${query.kind === "brand" ? "a document" : "documents"} of type "${query.type}" (${plural[query.kind]})`,
    found:
      query.filter === undefined
        ? `none in the dataset (${hints.join(" ")})`
        : `none that matches ${query.filterField} (${query.filter})`,
  });
}

async function readDatasetTypes(reader: DatasetReader): Promise<string[]> {
  const types = await reader.query(documentTypesQuery, {}, "the document types query");
  return Array.isArray(types) ? types.filter((type) => typeof type === "string") : [];
}

/**
 * The build reads one brand. Two brand documents (one made in the Studio beside the pinned
 * `relaisBrand`) are both reported and left out, since either could be the wrong one.
 */
function withoutSecondBrand(
  brands: readonly MappedBrand[],
  type: string,
  issues: ContentIssue[],
): MappedBrand[] {
  if (brands.length < 2) return [...brands];
  for (const brand of brands) {
    const others = brands.filter((other) => other !== brand).map((other) => other.document.origin);
    issues.push(
      createIssue("DuplicateSlug", {
        origin: brand.document.origin,
        expected: `a single ${type} document: the build reads one brand`,
        found: `another: ${others.join(", ")}`,
      }),
    );
  }
  return [];
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
    const page = await reader.query(query, { type, after, limit: pageSize }, `the ${type} query`);
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
