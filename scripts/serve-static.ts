import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import sirv from "sirv";

/** Serves a built site folder on loopback, answering 404 with its own page, as a static host does. */
export async function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server = createServer((request, response) => {
    serve(request, response, () => {
      readFile(path.join(dir, "404.html")).then(
        (page) => {
          response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(page);
        },
        () => {
          response.writeHead(404).end("Not found");
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}` };
}
