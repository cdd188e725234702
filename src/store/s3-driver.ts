import path from "node:path";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
  type S3ClientConfig,
  type S3ClientType,
} from "./aws-sdk.ts";
import { assertName, type StoreDriver } from "./driver.ts";
import { StoreError, type StoreErrorName } from "./store-error.ts";

export interface S3DriverOptions {
  bucket: string;
  /** Folder inside the bucket, without slashes at its ends; "" for the whole bucket. @default "" */
  prefix?: string;
  /** A client of the caller's (tests, a custom credential chain); `clientConfig` is then unused. */
  client?: S3ClientType;
  /**
   * Given to the client over the defaults. Endpoint, region and credentials otherwise come from
   * the SDK's standard environment: AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, AWS_REGION,
   * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE.
   */
  clientConfig?: S3ClientConfig;
}

/** How often a create is tried again after S3's 409: another conditional write was in flight. */
const CONFLICT_RETRIES = 3;

/**
 * Objects in an S3-compatible bucket (S3, R2, MinIO…), under `prefix/`.
 *
 * Create-only: a HEAD first (an object that is there, often a large blob another shard made, is
 * never uploaded again), then `PutObject` with `If-None-Match: *`, which S3, R2 and MinIO refuse
 * with 412 when the key exists, so of concurrent creators exactly one creates it. A server that
 * ignores the header (some emulators) still gets no replacement of an object that was there
 * before the HEAD; only writers racing within the same instant could both write, and for
 * content-addressed names they write the same bytes.
 */
export class S3Driver implements StoreDriver {
  readonly location: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly client: S3ClientType;

  constructor(options: S3DriverOptions) {
    this.bucket = options.bucket;
    this.prefix = (options.prefix ?? "").replace(/^\/+|\/+$/g, "");
    this.location = `s3://${this.bucket}${this.prefix === "" ? "" : `/${this.prefix}`}`;
    this.client = options.client ?? new S3Client(resolveClientConfig(options.clientConfig));
  }

  async get(name: string): Promise<Uint8Array | undefined> {
    const Key = this.keyOf(name);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
      return answer.Body ? await answer.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure(`reading ${name}`, error);
    }
  }

  async has(name: string): Promise<boolean> {
    const Key = this.keyOf(name);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw this.failure(`checking ${name}`, error);
    }
  }

  async create(name: string, bytes: Uint8Array): Promise<"created" | "exists"> {
    const Key = this.keyOf(name);
    for (let attempt = 0; ; attempt += 1) {
      if (await this.has(name)) return "exists";
      try {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key, Body: bytes, IfNoneMatch: "*" }),
        );
        return "created";
      } catch (error) {
        const status = statusOf(error);
        if (status === 412) return "exists";
        // 409 ConditionalRequestConflict: another write of the key was in flight, and may yet
        // fail; the next HEAD says whether it created the object.
        if (status === 409 && attempt < CONFLICT_RETRIES) continue;
        throw this.failure(`writing ${name}`, error);
      }
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    const root = this.prefix === "" ? "" : `${this.prefix}/`;
    try {
      const pages = paginateListObjectsV2(
        { client: this.client },
        { Bucket: this.bucket, Prefix: root + prefix },
      );
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          if (object.Key !== undefined) yield object.Key.slice(root.length);
        }
      }
    } catch (error) {
      throw this.failure(`listing ${prefix === "" ? "all objects" : prefix}`, error);
    }
  }

  async remove(name: string): Promise<void> {
    const Key = this.keyOf(name);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
    } catch (error) {
      if (isNotFound(error)) return;
      throw this.failure(`removing ${name}`, error);
    }
  }

  private keyOf(name: string): string {
    assertName(name, this.location);
    return this.prefix === "" ? name : `${this.prefix}/${name}`;
  }

  private failure(operation: string, error: unknown): StoreError {
    const { code, found } = describeS3Failure(error);
    return new StoreError(code, { location: this.location, operation, found }, { cause: error });
  }
}

/**
 * The SDK's own defaults, with two changes for S3-compatible servers: path-style addresses when
 * an endpoint is set (MinIO and local servers have no bucket subdomains), and checksums only
 * where S3 requires them (the SDK's newer default checksums are refused by some S3-compatible
 * servers; every read is checked against its sha256 anyway).
 */
export function resolveClientConfig(
  config: S3ClientConfig = {},
  env: NodeJS.ProcessEnv = process.env,
): S3ClientConfig {
  const endpoint = config.endpoint ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  return {
    ...(endpoint !== undefined && { forcePathStyle: true }),
    // An S3-compatible server ignores the region, but the SDK refuses to sign without one.
    ...(endpoint !== undefined && env.AWS_REGION === undefined && { region: "us-east-1" }),
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    ...config,
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as Error).name;
  return (
    name === "NoSuchKey" ||
    name === "NotFound" ||
    (statusOf(error) === 404 && name !== "NoSuchBucket")
  );
}

const NETWORK_CODES = [
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
];

/** The catalog name and a one-line account of what the SDK (or the network) said. */
export function describeS3Failure(error: unknown): { code: StoreErrorName; found: string } {
  const name = (error as Error).name ?? "Error";
  const message = (error as Error).message ?? String(error);
  const status = statusOf(error);
  const systemCode = (error as NodeJS.ErrnoException).code;
  const said = status !== undefined ? `${status} ${name}` : name;
  if (name === "CredentialsProviderError" || /could not load credentials/i.test(message)) {
    return { code: "StoreNoCredentials", found: "no credentials were found" };
  }
  if (/region is missing/i.test(message)) {
    return { code: "StoreNoRegion", found: "no region is set" };
  }
  if (name === "NoSuchBucket") {
    return { code: "StoreBucketMissing", found: `the bucket does not exist (${said})` };
  }
  if (
    status === 403 ||
    ["AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "Forbidden"].includes(name)
  ) {
    return { code: "StoreAccessDenied", found: `the store refused the request (${said})` };
  }
  if (
    (systemCode !== undefined && NETWORK_CODES.includes(systemCode)) ||
    name === "TimeoutError" ||
    name === "RequestTimeout"
  ) {
    return {
      code: "StoreUnreachable",
      found: `the store could not be reached (${systemCode ?? name}: ${message})`,
    };
  }
  return { code: "StoreFailed", found: `the store answered ${said}: ${message}` };
}

/** A store location as written in the config or on the command line. */
export type StoreLocation =
  | { kind: "s3"; bucket: string; prefix: string }
  | { kind: "local"; folder: string };

/** S3 bucket names: 3 to 63 lowercase letters, digits, dots and hyphens. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * `s3://bucket/some/prefix` → the bucket and prefix; anything else → a folder, resolved against
 * `baseFolder` (the config's folder, or where the command runs).
 */
export function parseStoreLocation(text: string, baseFolder = process.cwd()): StoreLocation {
  const s3 = /^s3:\/\/([^/]*)\/?(.*)$/i.exec(text.trim());
  if (!s3) return { kind: "local", folder: path.resolve(baseFolder, text) };
  const [, bucket = "", prefix = ""] = s3;
  if (!BUCKET_NAME.test(bucket)) {
    throw new TypeError(
      `[relais] [store] Expected s3://bucket/prefix with a bucket name of 3 to 63 lowercase letters, digits, dots or hyphens for the store location but received ${JSON.stringify(text)}`,
    );
  }
  const trimmed = prefix.replace(/\/+$/, "");
  if (trimmed !== "") assertName(trimmed, text);
  return { kind: "s3", bucket, prefix: trimmed };
}
