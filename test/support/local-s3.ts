import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/**
 * A real S3-compatible server on 127.0.0.1, for tests: @20minutes/s3rver (a maintained fork of
 * s3rver), which speaks S3's REST API to the AWS SDK and checks its SigV4 signatures, with its
 * objects in a temporary folder removed on `stop`. It checks the access key, not the signature
 * (see `allowMismatchedSignatures` below).
 *
 * It runs in a process of its own: s3rver's continuation tokens are DES-encrypted, which Node 24's
 * OpenSSL only has with `--openssl-legacy-provider` (without it every list past one page fails).
 *
 * s3rver 5.0.0 also differs from S3 in ways that matter to a create-only store, so this server
 * mends them in front of it, as S3, R2 and MinIO behave:
 * - it ignores `If-None-Match: *` on PutObject (it overwrites). Here such a put of an existing key
 *   answers 412 PreconditionFailed, checked and written under one lock per key; `ignoreIfNoneMatch`
 *   leaves s3rver's own behaviour, to test a driver against a server without conditional writes;
 * - it lists keys in the order the file system gives them (hash order on ext4), so its pages skip
 *   keys. Here listings are in code-point order, as ListObjectsV2 promises;
 * - it keeps the bytes of a PutObject cut off halfway under the key; S3 never does (a put is
 *   atomic). Here such an object is removed as soon as the cut-off request ends.
 */
export interface LocalS3 {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** The folder s3rver keeps the bucket in (to damage an object behind the API's back). */
  directory: string;
  stop(): Promise<void>;
}

interface S3rverObject {
  metadata: Record<string, string>;
}
interface S3rverStore {
  existsObject(bucket: string, key: string): Promise<boolean>;
  deleteObject(bucket: string, key: string): Promise<void>;
  getMetadata(bucket: string, key: string): Promise<Record<string, string>>;
  listObjects(
    bucket: string,
    options: { delimiter?: string; startAfter?: string; prefix?: string; maxKeys?: number },
  ): Promise<{ objects: S3rverObject[]; commonPrefixes: string[]; isTruncated: boolean }>;
}
interface S3rverInstance {
  store: S3rverStore;
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer: Server;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;
type S3ObjectConstructor = new (
  bucket: string,
  key: string,
  content: null,
  metadata: Record<string, string>,
) => S3rverObject;

const require = createRequire(import.meta.url);

/** s3rver's one account. */
const ACCESS_KEY = "S3RVER";
/** s3rver keeps key `a/b` as the file `a/b._S3rver_object`, beside its metadata. */
const OBJECT_SUFFIX = "._S3rver_object";

interface ServeOptions {
  bucket: string;
  directory: string;
  ignoreIfNoneMatch: boolean;
}

export async function startLocalS3(
  options: { bucket?: string; ignoreIfNoneMatch?: boolean } = {},
): Promise<LocalS3> {
  const serve: ServeOptions = {
    bucket: options.bucket ?? "relais-test",
    directory: await mkdtemp(path.join(os.tmpdir(), "relais-local-s3-")),
    ignoreIfNoneMatch: options.ignoreIfNoneMatch ?? false,
  };
  const child = spawn(
    process.execPath,
    ["--openssl-legacy-provider", fileURLToPath(import.meta.url), "--serve", JSON.stringify(serve)],
    // The server ends with its standard input: a test process that dies takes it along.
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`local S3 server exited (${code}) before listening`)),
    );
    createInterface({ input: child.stdout }).once("line", (line) => resolve(Number(line)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: serve.bucket,
    accessKeyId: ACCESS_KEY,
    secretAccessKey: ACCESS_KEY,
    region: "us-east-1",
    directory: path.join(serve.directory, serve.bucket),
    async stop() {
      child.stdin.end();
      await exited;
      await rm(serve.directory, { recursive: true, force: true });
    },
  };
}

/** The server process: s3rver on a free port of 127.0.0.1, which it prints, mended as above. */
async function serveLocalS3({ bucket, directory, ignoreIfNoneMatch }: ServeOptions): Promise<void> {
  const S3rver = require("@20minutes/s3rver") as S3rverConstructor;
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    // s3rver computes a bucket-level request's canonical path unlike the current SDK, so every
    // ListObjectsV2 fails its signature check. Access keys are still checked (InvalidAccessKeyId).
    allowMismatchedSignatures: true,
    configureBuckets: [{ name: bucket }],
  });
  const store = server.store;
  store.listObjects = (listedBucket, listing) =>
    listInOrder(store, path.join(directory, listedBucket), listedBucket, listing);

  const address = await server.run();
  const s3rverHandler = server.httpServer.listeners("request")[0] as (
    request: IncomingMessage,
    response: ServerResponse,
  ) => void;
  const locks = new Map<string, Promise<void>>();
  server.httpServer.removeAllListeners("request");
  server.httpServer.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const target = putTarget(request);
    if (!target) return s3rverHandler(request, response);
    const conditional = !ignoreIfNoneMatch && request.headers["if-none-match"] === "*";
    const lockName = `${target.bucket}/${target.key}`;
    const previous = conditional ? (locks.get(lockName) ?? Promise.resolve()) : Promise.resolve();
    const done = previous.then(async () => {
      if (conditional && (await store.existsObject(target.bucket, target.key))) {
        request.resume();
        response.writeHead(412, { "content-type": "application/xml" });
        response.end(
          '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-None-Match</Condition></Error>',
        );
        return;
      }
      const finished = new Promise<void>((resolve) => response.once("close", resolve));
      s3rverHandler(request, response);
      await finished;
      if (!request.complete) await store.deleteObject(target.bucket, target.key).catch(() => {});
    });
    if (conditional)
      locks.set(
        lockName,
        done.catch(() => {}),
      );
    done.catch((error: unknown) => response.destroy(error as Error));
  });
  process.stdout.write(`${address.port}\n`);
  process.stdin.resume();
  process.stdin.once("end", () => {
    server.close().finally(() => process.exit(0));
  });
}

/** The bucket and key of a path-style PutObject (not a part upload, not a copy). */
function putTarget(request: IncomingMessage): { bucket: string; key: string } | undefined {
  if (request.method !== "PUT") return undefined;
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.searchParams.has("partNumber") || request.headers["x-amz-copy-source"]) return undefined;
  const [, bucket = "", ...key] = url.pathname.split("/");
  if (bucket === "" || key.length === 0) return undefined;
  return { bucket: decodeURIComponent(bucket), key: key.map(decodeURIComponent).join("/") };
}

/** s3rver's listing with S3's order: every key under the prefix, sorted by UTF-8 bytes. */
async function listInOrder(
  store: S3rverStore,
  bucketFolder: string,
  bucket: string,
  options: { delimiter?: string; startAfter?: string; prefix?: string; maxKeys?: number },
): Promise<{ objects: S3rverObject[]; commonPrefixes: string[]; isTruncated: boolean }> {
  const {
    delimiter = "",
    startAfter = "",
    prefix = "",
    maxKeys = Number.POSITIVE_INFINITY,
  } = options;
  const entries = await readdir(bucketFolder, { recursive: true, withFileTypes: true });
  const keys = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(OBJECT_SUFFIX))
    .map((entry) =>
      path
        .relative(bucketFolder, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/")
        .slice(0, -OBJECT_SUFFIX.length),
    )
    .filter((key) => key.startsWith(prefix) && byteOrder(key, startAfter) > 0)
    .sort(byteOrder);
  const commonPrefixes = new Set<string>();
  const listed: string[] = [];
  let isTruncated = false;
  for (const key of keys) {
    const cut = delimiter === "" ? -1 : key.indexOf(delimiter, prefix.length);
    if (cut !== -1) {
      commonPrefixes.add(key.slice(0, cut + delimiter.length));
      continue;
    }
    if (listed.length === maxKeys) {
      isTruncated = true;
      break;
    }
    listed.push(key);
  }
  const S3Object = require("@20minutes/s3rver/lib/models/object.js") as S3ObjectConstructor;
  const objects = await Promise.all(
    listed.map(
      async (key) => new S3Object(bucket, key, null, await store.getMetadata(bucket, key)),
    ),
  );
  return { objects, commonPrefixes: [...commonPrefixes].sort(byteOrder), isTruncated };
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === "--serve") {
  await serveLocalS3(JSON.parse(process.argv[3] ?? "{}") as ServeOptions);
}
