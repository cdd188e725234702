import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/**
 * Serves a built Studio on loopback as a static host configured for a single-page app does:
 * every path the Studio routes itself (`/structure/…`, `/intent/…`) answers its index.html.
 */
export async function serveStudio(dir: string): Promise<{ server: Server; url: string }> {
  const serve = sirv(dir, { single: true, dev: false, etag: true });
  const server = createServer((request, response) => serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
