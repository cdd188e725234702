import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Request, Route } from "playwright-core";
import type { ContentLake } from "./content-lake.ts";

/**
 * Sanity's hosted API, answered inside the browser by Playwright routes: there is no network
 * here, and the Studio needs more of the API than the Content API stand-in of
 * scripts/sanity-local answers (the user, the project, listening, mutations, actions). Every
 * answer comes from one `ContentLake`, so what the Studio writes is what the build reads.
 *
 * Stood in: `https://<projectId>.api.sanity.io` (and `apicdn`), `https://api.sanity.io`, the
 * image CDN (files from `assetsDir`) and the scripts and fonts the Studio loads from Sanity's
 * CDNs. Faked: only authentication, as one logged-in administrator. Anything else is answered
 * 404 and recorded in `unhandled`, so a test can show what the Studio asked for.
 */
export interface SanityApiOptions {
  lake: ContentLake;
  projectId: string;
  dataset: string;
  /** Folder of the images; each `sanity.imageAsset` names its file in `originalFilename`. */
  assetsDir: string;
  /** Where listeners are redirected (`startListenServer`): a route cannot keep a stream open. */
  listenUrl: string;
}

export interface SanityApiStandIn {
  /** `METHOD url` of each request no route answered. */
  unhandled: string[];
  /** Requests a route failed to answer, with the reason. */
  failed: string[];
  /** Mutations and actions the Studio sent, as `kind: body`, in order. */
  writes: { kind: "mutate" | "actions"; body: unknown }[];
}

export const EDITOR = {
  id: "p-relais-editor",
  name: "Relais Editor",
  email: "editor@maison-aurele.example",
  profileImage: null,
  role: "administrator",
  roles: [{ name: "administrator", title: "Administrator" }],
  provider: "sanity",
};

interface Reply {
  status: number;
  contentType?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

const json = (body: unknown, status = 200): Reply => ({
  status,
  contentType: "application/json",
  body: JSON.stringify(body),
});

export async function standInSanityApi(
  context: BrowserContext,
  options: SanityApiOptions,
): Promise<SanityApiStandIn> {
  const standIn: SanityApiStandIn = { unhandled: [], failed: [], writes: [] };
  const sanityHost = /^https:\/\/([a-z0-9-]+\.)?(api|apicdn)\.sanity\.io\//;
  const cdnHost = /^https:\/\/([a-z0-9-]+\.)?(sanity-cdn\.com|sanity\.io)\//;

  await context.route(
    (url) => cdnHost.test(url.href) || sanityHost.test(url.href),
    async (route: Route) => {
      const request = route.request();
      const origin = (await request.headerValue("origin")) ?? "*";
      const cors = {
        "access-control-allow-origin": origin,
        "access-control-allow-credentials": "true",
        "access-control-allow-headers": "authorization, content-type, x-sanity-app",
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
      };
      if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
      let reply: Reply | undefined;
      try {
        reply = await answer(request, options, standIn);
      } catch (error) {
        standIn.failed.push(`${request.method()} ${request.url()}: ${String(error)}`);
        reply = json({ error: { description: String(error) } }, 500);
      }
      if (reply === undefined) {
        standIn.unhandled.push(`${request.method()} ${request.url()}`);
        reply = json({ statusCode: 404, error: "Not Found", message: "Not stood in" }, 404);
      }
      await route.fulfill({
        status: reply.status,
        headers: { ...cors, ...reply.headers },
        contentType: reply.contentType,
        body: reply.body,
      });
    },
  );
  // Presence and live updates of other users (bifur) go over a WebSocket: accepted and left
  // silent, since this Studio has one user.
  await context.routeWebSocket(/sanity\.io/, () => {});
  return standIn;
}

async function answer(
  request: Request,
  options: SanityApiOptions,
  standIn: SanityApiStandIn,
): Promise<Reply | undefined> {
  const url = new URL(request.url());
  const { lake, dataset, projectId } = options;

  if (url.hostname === "core.sanity-cdn.com" && url.pathname.endsWith(".js"))
    // The bridge to Sanity's dashboard: nothing to bridge to outside it.
    return { status: 200, contentType: "text/javascript", body: "" };
  if (url.hostname === "cdn.sanity.io" && url.pathname.startsWith("/images/"))
    return serveImage(url, options);
  if (!/api(cdn)?\.sanity\.io$/.test(url.hostname)) return undefined;

  // `/v2025-02-19/…` or `/v1/…`: the version does not change these answers.
  const route = url.pathname.replace(/^\/v[^/]+/, "");
  const dataPath = new RegExp(`^/data/([a-z]+)/${dataset}(?:/(.*))?$`).exec(route);

  if (route === "/users/me") return json(EDITOR);
  if (route === `/projects/${projectId}`) return json(project(projectId));
  if (route === `/projects/${projectId}/datasets`)
    return json([{ name: dataset, aclMode: "private", createdAt: "2026-01-05T09:00:00Z" }]);
  if (route === `/projects/${projectId}/features` || route === "/features") return json([]);
  if (route === `/projects/${projectId}/grants`) return json(projectGrants());
  if (route.startsWith("/users/me/keyvalue/")) return keyValues(request, route);
  if (route.startsWith(`/projects/${projectId}/datasets/${dataset}/acl`) || route === "/acl")
    return json(adminGrants());
  if (route.startsWith("/intake/")) return json({});

  if (dataPath) {
    const [, operation, rest = ""] = dataPath;
    if (operation === "query") {
      const { query, params } = withoutEmptySearch(await queryInput(request, url));
      const perspective = url.searchParams.get("perspective") ?? "raw";
      const result = await lake.query(query, params, perspective);
      return json({ result, ms: 1, query });
    }
    if (operation === "doc") {
      const ids = decodeURIComponent(rest).split(",").filter(Boolean);
      const documents = ids.flatMap((id) => lake.get(id) ?? []);
      const omitted = ids
        .filter((id) => lake.get(id) === undefined)
        .map((id) => ({ id, reason: "existence" }));
      return json({ documents, omitted });
    }
    if (operation === "listen")
      return {
        status: 307,
        headers: { location: `${options.listenUrl}${url.pathname}${url.search}` },
        body: "",
      };
    if (operation === "mutate") {
      const body = request.postDataJSON() as { mutations: []; transactionId?: string };
      standIn.writes.push({ kind: "mutate", body });
      return json(lake.mutate(body.mutations, body.transactionId));
    }
    if (operation === "actions") {
      const body = request.postDataJSON() as { actions: []; transactionId?: string };
      standIn.writes.push({ kind: "actions", body });
      return json(lake.act(body.actions, body.transactionId));
    }
  }
  return undefined;
}

async function serveImage(url: URL, options: SanityApiOptions): Promise<Reply | undefined> {
  const wanted = `${url.origin}${url.pathname}`;
  const asset = options.lake
    .documents()
    .find((document) => document._type === "sanity.imageAsset" && document.url === wanted);
  if (typeof asset?.originalFilename !== "string") return undefined;
  const body = await readFile(path.join(options.assetsDir, path.basename(asset.originalFilename)));
  return { status: 200, contentType: String(asset.mimeType ?? "image/jpeg"), body };
}

/**
 * Document lists and reference inputs search with `text::query()`, Sanity's search function,
 * which groq-js does not have. With nothing typed (`"*"`) it matches every document; a typed
 * search (`"wood*"`) is matched against the id and the slug, enough to pick an image by name.
 */
function withoutEmptySearch(input: { query: string; params: Record<string, unknown> }) {
  if (!input.query.includes("text::query($__query)")) return input;
  const query =
    input.params.__query === "*"
      ? input.query.replaceAll("[@, _id] match text::query($__query)", "true")
      : input.query
          .replaceAll("[@, _id] match", "[_id, slug.current] match")
          .replaceAll("text::query($__query)", "$__query");
  return { ...input, query };
}

async function queryInput(request: Request, url: URL) {
  if (request.method() === "POST") {
    const body = request.postDataJSON() as { query: string; params?: Record<string, unknown> };
    return { query: body.query, params: body.params ?? {} };
  }
  const params: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    if (name.startsWith("$")) params[name.slice(1)] = JSON.parse(value);
  }
  return { query: url.searchParams.get("query") ?? "", params };
}

function project(projectId: string) {
  return {
    id: projectId,
    displayName: "Maison Aurèle",
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    members: [{ id: EDITOR.id, role: "administrator", isCurrentUser: true, isRobot: false }],
    features: [],
  };
}

/** What the project lets the user do: nothing the Studio's editing depends on. */
function projectGrants() {
  return { "sanity.project": [{ grants: [{ name: "read" }] }] };
}

/** The Studio's per-user settings (list layout, sort order): none stored, writes accepted. */
function keyValues(request: Request, route: string): Reply {
  if (request.method() !== "GET") return json(request.postDataJSON());
  const keys = decodeURIComponent(route.slice("/users/me/keyvalue/".length)).split(",");
  return json(keys.map((key) => ({ key, value: null })));
}

/** Every permission on every document: the one user is an administrator. */
function adminGrants() {
  return [
    {
      filter: "_id in path('**')",
      permissions: ["history", "read", "update", "create", "manage"],
    },
  ];
}
