import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSanity, startLocalSanity } from "../../scripts/sanity-local/server.ts";

const assetsDir = path.resolve(import.meta.dirname, "../../content/assets");
const TOKEN = "local-secret";
const image = {
  _id: "image-abc",
  _type: "sanity.imageAsset",
  originalFilename: "goldfish.png",
  mimeType: "image/png",
  url: "https://cdn.sanity.io/images/p1/production/abc-10x10.png",
};
const documents = [
  { _id: "story-a", _type: "relaisStory", title: "Published A" },
  { _id: "drafts.story-a", _type: "relaisStory", title: "Draft A" },
  { _id: "drafts.story-b", _type: "relaisStory", title: "Draft only B" },
  image,
];

let server: LocalSanity;
beforeAll(async () => {
  server = await startLocalSanity({
    documents,
    assetsDir,
    projectId: "p1",
    dataset: "production",
    token: TOKEN,
  });
});
afterAll(() => server.close());

async function query(
  groq: string,
  { perspective, token = TOKEN, dataset = "production", version = "v2025-02-19" } = {} as {
    perspective?: string;
    token?: string | null;
    dataset?: string;
    version?: string;
  },
) {
  const url = new URL(`${server.url}/${version}/data/query/${dataset}`);
  url.searchParams.set("query", groq);
  if (perspective) url.searchParams.set("perspective", perspective);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await fetch(url, { headers });
  // biome-ignore lint/suspicious/noExplicitAny: answers of several shapes, checked by each test
  const body: any = await response.json();
  return { status: response.status, headers: response.headers, body };
}

const titles = `*[_type == "relaisStory"] | order(_id) { _id, _originalId, title }`;

describe("local Sanity: queries", () => {
  it("answers GET with the query's result, evaluated by groq-js, with $params", async () => {
    const url = new URL(`${server.url}/v2025-02-19/data/query/production`);
    url.searchParams.set("query", "*[_id == $id][0].title");
    url.searchParams.set("$id", JSON.stringify("story-a"));
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await response.json()).toMatchObject({
      result: "Published A",
      query: expect.any(String),
    });
  });

  it("answers POST with { query, params } as the client sends long queries", async () => {
    const response = await fetch(`${server.url}/v2025-02-19/data/query/production`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ query: "count(*[_type == $type])", params: { type: "relaisStory" } }),
    });
    expect(((await response.json()) as { result: unknown }).result).toBe(1);
  });

  it("shows published documents only under the published perspective (the default)", async () => {
    expect((await query(titles)).body.result).toEqual([
      { _id: "story-a", _originalId: null, title: "Published A" },
    ]);
  });

  it("overlays drafts under the drafts perspective, reporting the published id", async () => {
    const expected = [
      { _id: "story-a", _originalId: "drafts.story-a", title: "Draft A" },
      { _id: "story-b", _originalId: "drafts.story-b", title: "Draft only B" },
    ];
    expect((await query(titles, { perspective: "drafts" })).body.result).toEqual(expected);
    expect((await query(titles, { perspective: "previewDrafts" })).body.result).toEqual(expected);
  });

  it("shows every document under raw, the default of older API versions", async () => {
    const { body } = await query("count(*[_type == 'relaisStory'])", { version: "v2021-10-21" });
    expect(body.result).toBe(3);
  });

  it("refuses a request without the token, in Sanity's error shape", async () => {
    for (const token of [null, "wrong"]) {
      const { status, body } = await query(titles, { token });
      expect(status).toBe(401);
      expect(body).toMatchObject({ statusCode: 401, error: "Unauthorized" });
    }
  });

  it("answers 404 for an unknown dataset and 400 for a malformed query", async () => {
    const missing = await query(titles, { dataset: "staging" });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('Dataset "staging" not found');
    const malformed = await query("*[_type == ");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.type).toBe("queryParseError");
  });
});

describe("local Sanity: images", () => {
  it("rewrites asset URLs to itself and serves the file named by originalFilename", async () => {
    const { body } = await query(`*[_id == "image-abc"][0].url`);
    expect(body.result).toBe(`${server.url}/images/p1/production/abc-10x10.png`);
    const response = await fetch(body.result);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(await readFile(path.join(assetsDir, "goldfish.png")))).toBe(true);
    expect((await fetch(`${server.url}/images/p1/production/nope-1x1.png`)).status).toBe(404);
  });
});

describe("local Sanity: faults", () => {
  it("injects 429 with Retry-After, 500, wrong bytes and cut bodies, the given number of times", async () => {
    server.addFault({ kind: "rate-limit", match: "rate", retryAfterSeconds: 7 });
    const limited = await query("'rate'");
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "7"]);
    expect((await query("'rate'")).status).toBe(200);

    server.addFault({ kind: "server-error", match: /boom/, times: 2 });
    expect([(await query("'boom'")).status, (await query("'boom'")).status]).toEqual([500, 500]);
    expect((await query("'boom'")).status).toBe(200);

    const url = `${server.url}/images/p1/production/abc-10x10.png`;
    const sha1 = async () =>
      createHash("sha1")
        .update(Buffer.from(await (await fetch(url)).arrayBuffer()))
        .digest("hex");
    const good = await sha1();
    server.addFault({ kind: "wrong-bytes", match: "/images/" });
    expect(await sha1()).not.toBe(good);

    server.addFault({ kind: "truncate", match: "/images/" });
    await expect(fetch(url).then((response) => response.arrayBuffer())).rejects.toThrow();
    expect(await sha1()).toBe(good);
    expect(server.requests.filter((request) => request.fault).map((r) => r.fault)).toEqual([
      "rate-limit",
      "server-error",
      "server-error",
      "wrong-bytes",
      "truncate",
    ]);
  });

  it("delays an answer, for timeouts", async () => {
    server.addFault({ kind: "delay", match: "slow", delayMs: 300 });
    const started = Date.now();
    expect((await query("'slow'")).body.result).toBe("slow");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
