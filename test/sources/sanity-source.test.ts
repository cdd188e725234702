import path from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createSanitySource } from "../../src/sources/sanity/sanity-source.ts";
import { SourceUnavailableError } from "../../src/sources/source-unavailable-error.ts";
import { minimalHouse } from "../support/house.ts";
import { sanityHouse, serveSanityHouse, sourceOptions, TOKEN } from "../support/sanity-house.ts";
import { describeSourceContract } from "./source-contract.ts";

describeSourceContract(
  "sanity",
  async (files) => {
    const server = await serveSanityHouse(await sanityHouse(files));
    return createSanitySource(await sourceOptions(server));
  },
  { malformedIssue: "InvalidFieldType" },
);

/** The house served with a draft edit of the story and a capsule that was never published. */
async function houseWithDrafts() {
  const house = await sanityHouse(minimalHouse());
  const story = house.documents.find((doc) => doc._type === "relaisStory");
  house.documents.push(
    { ...story, _id: `drafts.${story?._id}`, title: [{ _key: "fr", value: "Brouillon" }] },
    {
      _id: "drafts.capsule-secret",
      _type: "relaisCapsule",
      slug: { current: "secret" },
      season: "FW27",
      title: [{ _key: "fr", value: "Secret" }],
    },
  );
  return house;
}

const titleOf = (documents: { kind: string; texts: { data: unknown }[] }[]) =>
  (documents.find((doc) => doc.kind === "story")?.texts[0]?.data as { title?: string } | undefined)
    ?.title;

describe("sanity source: drafts", () => {
  it("never returns a draft under the default perspective", async () => {
    const server = await serveSanityHouse(await houseWithDrafts());
    const { documents } = await createSanitySource(await sourceOptions(server)).load();
    expect(titleOf(documents)).toBe("La Maison");
    expect(documents.some((doc) => doc.id === "secret")).toBe(false);
    const queries = server.requests.filter((request) => request.kind === "query");
    expect(queries.every((request) => request.path.includes("perspective=published"))).toBe(true);
  });

  it("shows drafts, named as drafts, only when asked", async () => {
    const server = await serveSanityHouse(await houseWithDrafts());
    const { documents } = await createSanitySource(
      await sourceOptions(server, { perspective: "drafts" }),
    ).load();
    expect(titleOf(documents)).toBe("Brouillon");
    const secret = documents.find((doc) => doc.id === "secret");
    expect(secret?.origin).toBe('relaisCapsule "secret" (document drafts.capsule-secret)');
  });
});

describe("sanity source: network faults", () => {
  async function load(fault: Parameters<typeof serveSanityHouse>[1], overrides = {}) {
    const server = await serveSanityHouse(await sanityHouse(minimalHouse()), fault);
    const source = createSanitySource(await sourceOptions(server, overrides));
    return { server, result: source.load() };
  }

  it("retries a query that timed out", async () => {
    const { server, result } = await load(
      { faults: [{ kind: "delay", match: "relaisMarket", delayMs: 400 }] },
      { timeoutMs: 150 },
    );
    expect((await result).documents.filter((doc) => doc.kind === "market")).toHaveLength(2);
    expect(server.requests.filter((r) => r.path.includes("relaisMarket"))).toHaveLength(2);
  });

  it("stops with a timeout error when the API never answers in time", async () => {
    const { result } = await load(
      { faults: [{ kind: "delay", match: "relaisBrand", delayMs: 400, times: 10 }] },
      { timeoutMs: 100, maxRetries: 1 },
    );
    await expect(result).rejects.toMatchObject({
      name: "SourceUnavailableError",
      failure: "timeout",
      message: expect.stringMatching(
        /relaisBrand query failed \(2 attempts\): no answer within 100 ms/,
      ),
    });
  });

  it("waits as long as Retry-After says on 429, then succeeds", async () => {
    const started = Date.now();
    const { server, result } = await load({
      faults: [{ kind: "rate-limit", match: "relaisStory", retryAfterSeconds: 1 }],
    });
    expect((await result).documents.some((doc) => doc.kind === "story")).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it("retries a 500, then succeeds", async () => {
    const { server, result } = await load({
      faults: [{ kind: "server-error", match: "relaisAsset", times: 2 }],
    });
    expect((await result).documents.filter((doc) => doc.kind === "asset")).toHaveLength(2);
    expect(server.requests.filter((r) => r.status === 500)).toHaveLength(2);
  });

  it("gives up on a server that keeps failing, saying so", async () => {
    const { result } = await load({
      faults: [{ kind: "server-error", match: "relaisAsset", times: 10 }],
    });
    await expect(result).rejects.toMatchObject({
      failure: "server-error",
      message: expect.stringContaining("relaisAsset query failed (3 attempts): HTTP 500"),
    });
  });

  it("retries a response cut short, for queries and images", async () => {
    const { server, result } = await load({
      faults: [
        { kind: "truncate", match: "relaisProduct" },
        { kind: "truncate", match: "/images/" },
      ],
    });
    const { documents } = await result;
    expect(documents.filter((doc) => doc.kind === "product")).toHaveLength(1);
    expect(documents.filter((doc) => doc.file?.exists)).toHaveLength(2);
    expect(server.requests.filter((r) => r.fault === "truncate")).toHaveLength(2);
  });

  it("rejects image bytes that do not match the asset's sha1, with a clear error", async () => {
    const { result } = await load({
      faults: [{ kind: "wrong-bytes", match: "/images/", times: 10 }],
    });
    await expect(result).rejects.toMatchObject({
      failure: "integrity",
      message: expect.stringMatching(
        /image of relaisAsset "(hero|detail)" \(document asset-\w+\) failed \(3 attempts\): received sha1 [0-9a-f]{40} where the asset has [0-9a-f]{40}/,
      ),
    });
  });

  it("accepts the image once a damaged download is fetched again", async () => {
    const { result } = await load({ faults: [{ kind: "wrong-bytes", match: "/images/" }] });
    expect((await result).documents.filter((doc) => doc.file?.exists)).toHaveLength(2);
  });
});

describe("sanity source: access", () => {
  it("says to check the token on 401, and never shows it", async () => {
    const server = await serveSanityHouse(await sanityHouse(minimalHouse()));
    const wrong = `${TOKEN}-revoked`;
    const error = await createSanitySource(await sourceOptions(server, { token: wrong }))
      .load()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error).toMatchObject({ failure: "unauthorized" });
    expect((error as Error).message).toContain("Check the token (SANITY_TOKEN)");
    for (const text of [(error as Error).message, (error as Error).stack, inspect(error)])
      expect(text).not.toContain(wrong);
  });

  it("asks for a token when the dataset needs one", async () => {
    const server = await serveSanityHouse(await sanityHouse(minimalHouse()));
    const { token: _token, ...withoutToken } = await sourceOptions(server);
    await expect(createSanitySource(withoutToken).load()).rejects.toThrow(
      /needs a read token\. Set SANITY_TOKEN/,
    );
  });

  it("says to check the project and dataset on 404", async () => {
    const server = await serveSanityHouse(await sanityHouse(minimalHouse()));
    const options = await sourceOptions(server, { dataset: "staging" });
    await expect(createSanitySource(options).load()).rejects.toMatchObject({
      failure: "not-found",
      message: expect.stringContaining('dataset "staging" at http://127.0.0.1:'),
    });
    await expect(createSanitySource(options).load()).rejects.toThrow(
      /Check the project id \(SANITY_PROJECT_ID\) and the dataset name \(SANITY_DATASET\)/,
    );
  });

  it("never puts the token in any error, whatever failed", async () => {
    const faults = [
      { kind: "server-error", match: "relaisBrand", times: 10 },
      { kind: "wrong-bytes", match: "/images/", times: 10 },
      { kind: "delay", match: "relaisMarket", times: 10, delayMs: 300 },
    ] as const;
    for (const fault of faults) {
      const server = await serveSanityHouse(await sanityHouse(minimalHouse()), {
        faults: [fault],
      });
      const options = await sourceOptions(server, { timeoutMs: 100, maxRetries: 0 });
      const error = await createSanitySource(options)
        .load()
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SourceUnavailableError);
      expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(TOKEN);
    }
  });
});

describe("sanity source: image cache", () => {
  it("downloads each image once: a second load reads the cache only", async () => {
    const server = await serveSanityHouse(await sanityHouse(minimalHouse()));
    const source = createSanitySource(await sourceOptions(server));
    const first = await source.load();
    const images = () => server.requests.filter((request) => request.kind === "image").length;
    // hero and detail have the same bytes, so Sanity holds them as one image asset.
    expect(images()).toBe(1);
    const second = await source.load();
    expect(images()).toBe(1);
    expect(second).toEqual(first);
    const hero = first.documents.find((doc) => doc.id === "hero");
    // In the machine's content store, by the sha256 of its bytes.
    expect(hero?.file?.location).toMatch(/\/store\/blobs\/[0-9a-f]{64}$/);
    expect(path.basename(String(hero?.file?.location))).toBe(hero?.file?.contentHash);
  });
});
