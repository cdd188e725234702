import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { GroqSyntaxError } from "groq-js";
import { evaluateGroq } from "../../src/sources/sanity/evaluate-groq.ts";
import {
  applyPerspective,
  isDraftId,
  isPerspective,
  type Perspective,
  type SanityDocumentLike,
} from "../../src/sources/sanity/perspective.ts";
import { type Fault, FaultPlan } from "./faults.ts";

/**
 * A local stand-in for Sanity's Content API and image CDN, for tests and demos: it answers GROQ
 * queries with groq-js (Sanity's own implementation) over a dataset held in memory, honours
 * perspectives and the read token as the API does, serves each asset's image at its CDN path,
 * and injects faults on demand. It listens on loopback only.
 */
export interface LocalSanityOptions {
  /** The dataset's documents, as NDJSON lines parsed (drafts are `drafts.<id>` documents). */
  documents: readonly SanityDocumentLike[];
  /** Folder of the images; each `sanity.imageAsset` names its file in `originalFilename`. */
  assetsDir?: string;
  /**
   * Or each image's file by its asset's `_id`, where a file is not named by `originalFilename`
   * (an export's images/, where two uploads may share a name). Looked up before `assetsDir`.
   */
  imageFiles?: ReadonlyMap<string, string>;
  projectId: string;
  dataset: string;
  /** When set, every query must carry `Authorization: Bearer <token>`. */
  token?: string;
  faults?: readonly Fault[];
  /** @default 0 (any free port) */
  port?: number;
}

export interface LoggedRequest {
  method: string;
  /** Path with the query string. */
  path: string;
  kind: "query" | "image" | "other";
  /** 0 while unanswered, or when the client hung up first. */
  status: number;
  fault?: Fault["kind"];
}

export interface LocalSanity {
  /** `http://127.0.0.1:<port>`: the API host and the CDN. */
  url: string;
  /** Every request answered, in order. */
  requests: LoggedRequest[];
  addFault(fault: Fault): void;
  /** Drops the faults not used up yet. */
  clearFaults(): void;
  close(): Promise<void>;
}

const CDN = "https://cdn.sanity.io";

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export async function startLocalSanity(options: LocalSanityOptions): Promise<LocalSanity> {
  const faults = new FaultPlan(options.faults);
  const requests: LoggedRequest[] = [];
  let documents: SanityDocumentLike[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ statusCode: 500, error: String(error) }));
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const pathWithQuery = request.url ?? "/";
    const fault = faults.take(pathWithQuery);
    const kind = kindOf(pathWithQuery);
    // Logged on arrival, so a request the client gave up on is counted too.
    const entry: LoggedRequest = {
      method: request.method ?? "GET",
      path: pathWithQuery,
      kind,
      status: 0,
      ...(fault ? { fault: fault.kind } : {}),
    };
    requests.push(entry);
    const log = (status: number) => {
      entry.status = status;
    };

    if (fault?.kind === "delay") await sleep(fault.delayMs ?? 5000);
    if (response.destroyed) return log(0);
    if (fault?.kind === "rate-limit") {
      const reply = apiError(429, "Too Many Requests", "API rate limit exceeded");
      reply.headers["retry-after"] = String(fault.retryAfterSeconds ?? 1);
      return send(response, reply, log);
    }
    if (fault?.kind === "server-error")
      return send(response, apiError(500, "Internal Server Error", "Internal error"), log);

    const reply =
      kind === "query"
        ? await answerQuery(request, pathWithQuery)
        : kind === "image"
          ? await serveImage(pathWithQuery)
          : apiError(404, "Not Found", "Not found");
    if (fault?.kind === "wrong-bytes" && reply.status === 200) {
      const damaged = Buffer.from(reply.body);
      const middle = damaged.length >> 1;
      damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
      reply.body = damaged;
    }
    if (fault?.kind === "truncate" && reply.status === 200) {
      // Announce the whole body, send half, and hang up: a connection dropped mid-answer.
      response.writeHead(200, { ...reply.headers, "content-length": String(reply.body.length) });
      response.write(reply.body.subarray(0, reply.body.length >> 1));
      log(200);
      response.socket?.destroy();
      return;
    }
    send(response, reply, log);
  }

  async function answerQuery(request: IncomingMessage, pathWithQuery: string): Promise<Reply> {
    const url = new URL(pathWithQuery, "http://local");
    const match = /^\/v(1|\d{4}-\d{2}-\d{2})\/data\/query\/([^/]+)$/.exec(url.pathname);
    if (!match) return apiError(404, "Not Found", "Not found");
    const [, apiVersion = "1", dataset] = match;
    if (dataset !== options.dataset) {
      return apiError(
        404,
        "Not Found",
        `Dataset "${dataset}" not found for project ID "${options.projectId}"`,
      );
    }
    const authorized = request.headers.authorization === `Bearer ${options.token}`;
    if (options.token && !authorized) {
      return apiError(401, "Unauthorized", "Session not found", { errorCode: "SIO-401-ANF" });
    }

    const input = await queryInput(request, url);
    if ("status" in input) return input;
    const perspective = url.searchParams.get("perspective") ?? defaultPerspective(apiVersion);
    if (!isPerspective(perspective))
      return apiError(400, "Bad Request", `Invalid perspective "${perspective}"`);
    // Drafts are never shown to a request without a token, whatever the perspective.
    const visible = options.token ? documents : documents.filter((doc) => !isDraftId(doc._id));
    const started = performance.now();
    try {
      const result = await evaluateGroq(
        applyPerspective(visible, perspective),
        input.query,
        input.params,
      );
      const body: Record<string, unknown> = {
        result,
        syncTags: [],
        ms: Math.round(performance.now() - started),
      };
      if (url.searchParams.get("returnQuery") !== "false") body.query = input.query;
      return json(200, body);
    } catch (error) {
      // As the API does: a query that does not parse, or names an unknown function, is a 400.
      const queryError = error instanceof Error && error.name === "GroqQueryError";
      if (!(error instanceof GroqSyntaxError) && !queryError) throw error;
      return json(400, {
        error: {
          type: queryError ? "queryError" : "queryParseError",
          description: error.message,
          query: input.query,
          ...(error instanceof GroqSyntaxError ? { start: error.position } : {}),
        },
      });
    }
  }

  async function serveImage(pathWithQuery: string): Promise<Reply> {
    const name = new URL(pathWithQuery, "http://local").pathname;
    const asset = documents.find(
      (doc) => doc._type === "sanity.imageAsset" && doc.url === `${address}${name}`,
    );
    const file = asset ? imageFileOf(asset) : undefined;
    if (file === undefined) return apiError(404, "Not Found", "Not found");
    try {
      const body = await readFile(file);
      const type = typeof asset?.mimeType === "string" ? asset.mimeType : "image/jpeg";
      return { status: 200, headers: { "content-type": type }, body };
    } catch {
      return apiError(404, "Not Found", "Not found");
    }
  }

  function imageFileOf(asset: SanityDocumentLike): string | undefined {
    const own = options.imageFiles?.get(asset._id);
    if (own !== undefined) return own;
    const name = asset.originalFilename;
    if (options.assetsDir === undefined || typeof name !== "string") return undefined;
    return path.join(options.assetsDir, path.basename(name));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The dataset says where its images are on Sanity's CDN: here, this server is the CDN.
  documents = options.documents.map((doc) =>
    doc._type === "sanity.imageAsset" && typeof doc.url === "string"
      ? { ...doc, url: doc.url.replace(CDN, address) }
      : doc,
  );

  return {
    url: address,
    requests,
    addFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function kindOf(pathWithQuery: string): LoggedRequest["kind"] {
  if (/^\/v[^/]+\/data\/query\//.test(pathWithQuery)) return "query";
  if (pathWithQuery.startsWith("/images/")) return "image";
  return "other";
}

/** As the API: `published` from v2025-02-19 on, `raw` before. */
function defaultPerspective(apiVersion: string): Perspective {
  return apiVersion !== "1" && apiVersion >= "2025-02-19" ? "published" : "raw";
}

/** GET: `query` and `$name` JSON parameters in the URL; POST: `{ query, params }` as JSON. */
async function queryInput(
  request: IncomingMessage,
  url: URL,
): Promise<{ query: string; params: Record<string, unknown> } | Reply> {
  try {
    if (request.method === "POST") {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        query?: unknown;
        params?: Record<string, unknown>;
      };
      if (typeof body.query !== "string") return apiError(400, "Bad Request", "Missing query");
      return { query: body.query, params: body.params ?? {} };
    }
    const query = url.searchParams.get("query");
    if (query === null) return apiError(400, "Bad Request", "Missing query");
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) {
      if (key.startsWith("$")) params[key.slice(1)] = JSON.parse(value);
    }
    return { query, params };
  } catch {
    return apiError(400, "Bad Request", "Parameters and body must be valid JSON");
  }
}

function apiError(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
): Reply {
  return json(status, { statusCode: status, error, message, ...extra });
}

function json(status: number, body: unknown): Reply {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: Buffer.from(JSON.stringify(body)),
  };
}

function send(response: ServerResponse, reply: Reply, log: (status: number) => void) {
  if (response.destroyed) return log(0);
  response.writeHead(reply.status, {
    ...reply.headers,
    "content-length": String(reply.body.length),
  });
  response.end(reply.body);
  log(reply.status);
}

/** The documents of an NDJSON dataset file (one JSON document a line). */
export async function readNdjson(file: string): Promise<SanityDocumentLike[]> {
  const text = await readFile(file, "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SanityDocumentLike);
}
