import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { evaluateGroq } from "../../../src/sources/sanity/evaluate-groq.ts";
import type { ContentLake, LakeChange, LakeDocument } from "./content-lake.ts";

/**
 * Sanity's listener (`/data/listen`, an event stream that stays open), on loopback. A
 * Playwright route can only answer a request whole, and a stream that ends makes the Studio
 * reconnect and reload every open document; so the API routes redirect listeners here. Each
 * stream gets Sanity's `welcome`, then a `mutation` event for every change to a document its
 * query matches, with the effects as a Mendoza patch that sets the whole document (`[0, value]`),
 * which is what the Studio applies.
 */
export interface ListenServer {
  url: string;
  close(): Promise<void>;
}

interface Listener {
  response: ServerResponse;
  query: string;
  params: Record<string, unknown>;
}

export async function startListenServer(lake: ContentLake): Promise<ListenServer> {
  const listeners = new Set<Listener>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://local");
    const params: Record<string, unknown> = {};
    for (const [name, value] of url.searchParams) {
      if (name.startsWith("$")) params[name.slice(1)] = JSON.parse(value);
    }
    // The browser followed a redirect from another origin: its origin is now "null".
    response.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      "access-control-allow-origin": request.headers.origin ?? "*",
      "access-control-allow-credentials": "true",
    });
    const listener = { response, query: url.searchParams.get("query") ?? "*", params };
    listeners.add(listener);
    request.on("close", () => listeners.delete(listener));
    send(response, "welcome", undefined, { listenerName: "relais-stand-in" });
  });

  const unsubscribe = lake.subscribe((changes) => {
    changes.forEach((change, index) => {
      for (const listener of listeners) {
        void matches(listener, change).then((matched) => {
          if (matched)
            send(
              listener.response,
              "mutation",
              eventId(change),
              event(change, index, changes.length),
            );
        });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, name: string, id: string | undefined, data: unknown) {
  response.write(`event: ${name}\n${id ? `id: ${id}\n` : ""}data: ${JSON.stringify(data)}\n\n`);
}

function eventId(change: LakeChange): string {
  return `${change.transactionId}#${change.documentId}`;
}

/** A mutation event as the Content API sends it with `effectFormat=mendoza`. */
function event(change: LakeChange, index: number, total: number) {
  const transition =
    change.before === null ? "appear" : change.after === null ? "disappear" : "update";
  return {
    eventId: eventId(change),
    documentId: change.documentId,
    transactionId: change.transactionId,
    transition,
    identity: "p-relais-editor",
    mutations: change.mutations,
    previousRev: change.before?._rev,
    resultRev: change.transactionId,
    timestamp: change.timestamp,
    visibility: "transaction",
    result: change.after ?? undefined,
    effects: { apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)] },
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
  };
}

function withoutRev(document: LakeDocument | null) {
  if (document === null) return null;
  const { _rev, ...rest } = document;
  return rest;
}

/** Whether the listener's query selects the document before or after the change. */
async function matches(listener: Listener, change: LakeChange): Promise<boolean> {
  const documents = [change.before, change.after].filter((doc) => doc !== null);
  try {
    const result = await evaluateGroq(documents, listener.query, listener.params);
    return Array.isArray(result) ? result.length > 0 : result !== null;
  } catch {
    // A function groq-js lacks (`sanity::versionOf`): tell the listener; it filters by id itself.
    return true;
  }
}
