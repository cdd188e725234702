/**
 * Where a content store keeps its objects: a folder on this machine, a shared folder, or an
 * S3-compatible bucket. A driver knows nothing of hashes or records (see `ContentStore`): it keeps
 * named bytes, create-only, so two machines that write one name never overwrite each other.
 *
 * Names are `/`-separated segments, as S3 keys are: `blobs/<sha256>`, `records/<namespace>/<key>.json`.
 */
export interface StoreDriver {
  /** For messages: the folder, or s3://bucket/prefix. */
  readonly location: string;
  /** The object's bytes; undefined when absent. */
  get(name: string): Promise<Uint8Array | undefined>;
  /** Create-only: never replaces an object. "exists" when one was there (its bytes are kept). */
  create(name: string, bytes: Uint8Array): Promise<"created" | "exists">;
  has(name: string): Promise<boolean>;
  /** Names under a prefix, in code-point order (S3 ListObjectsV2 order). */
  list(prefix: string): AsyncIterable<string>;
  /** Only used to drop an object that failed its hash check. */
  remove(name: string): Promise<void>;
}

/** Bytes, not S3 keys' 1,024: a local path under a folder has room for little more. */
const MAX_NAME_BYTES = 512;

/**
 * Why `name` cannot be an object's name, or undefined when it can. Segments may not be empty,
 * `.` or `..`, nor start with `.` (a driver's own files, such as the local driver's temporary
 * ones, start with a dot, so they can never be mistaken for an object).
 */
export function nameProblem(name: string): string | undefined {
  if (name === "") return "an empty name";
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `a name longer than ${MAX_NAME_BYTES} bytes`;
  if (name.includes("\\") || [...name].some((char) => char < " " || char === "\x7f")) {
    return "a backslash or a control character";
  }
  for (const segment of name.split("/")) {
    if (segment === "") return "an empty segment (a leading, trailing or double /)";
    if (segment.startsWith(".")) return `a segment that starts with a dot (${segment})`;
  }
  return undefined;
}

/** Throws a TypeError naming the problem: a bad name is Relais's own mistake, never the user's. */
export function assertName(name: string, location: string): void {
  const problem = nameProblem(name);
  if (problem !== undefined) {
    throw new TypeError(
      `[relais] [store] Expected an object name for ${location} but received ${JSON.stringify(name)}: ${problem}`,
    );
  }
}

/** Orders names as S3 lists keys: by their UTF-8 bytes, which is code-point order. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
