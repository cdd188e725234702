import { randomUUID } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PutObjectCommand, S3Client } from "../../src/store/aws-sdk.ts";
import { parseStoreLocation, resolveClientConfig, S3Driver } from "../../src/store/s3-driver.ts";
import { StoreError } from "../../src/store/store-error.ts";
import { type LocalS3, startLocalS3 } from "../support/local-s3.ts";
import { runDriverContract } from "./driver-contract.ts";

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
});

function clientFor(
  server: LocalS3,
  overrides: Partial<ConstructorParameters<typeof S3Client>[0]> = {},
) {
  return new S3Client(
    resolveClientConfig({
      endpoint: server.endpoint,
      region: server.region,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
      ...overrides,
    }),
  );
}

async function errorOf(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

runDriverContract(
  "S3Driver",
  async () => {
    // Each test its own prefix: an empty store in the one bucket.
    const prefix = `runs/${randomUUID()}`;
    const open = () => new S3Driver({ bucket: s3.bucket, prefix, client: clientFor(s3) });
    return {
      driver: open(),
      reopen: open,
      // A PutObject cut off halfway: the connection is dropped with half the bytes sent.
      async interruptWrite(name, bytes) {
        const controller = new AbortController();
        const body = new Readable({ read() {} });
        body.push(bytes.subarray(0, bytes.byteLength / 2));
        setTimeout(() => controller.abort(), 200);
        await clientFor(s3)
          .send(
            new PutObjectCommand({
              Bucket: s3.bucket,
              Key: `${prefix}/${name}`,
              Body: body,
              ContentLength: bytes.byteLength,
              IfNoneMatch: "*",
            }),
            { abortSignal: controller.signal },
          )
          .then(
            () => expect.fail("the interrupted upload finished"),
            () => undefined,
          );
        await new Promise((settle) => setTimeout(settle, 100));
      },
    };
  },
  { manyObjects: 1005 },
);

describe("S3Driver", () => {
  it("names its location s3://bucket/prefix and keeps objects under the prefix", async () => {
    const driver = new S3Driver({
      bucket: s3.bucket,
      prefix: "/shared/main/",
      client: clientFor(s3),
    });
    expect(driver.location).toBe(`s3://${s3.bucket}/shared/main`);
    await driver.create("blobs/abc", Buffer.from("x"));
    const whole = new S3Driver({ bucket: s3.bucket, client: clientFor(s3) });
    expect(whole.location).toBe(`s3://${s3.bucket}`);
    expect(await whole.has("shared/main/blobs/abc")).toBe(true);
  });

  it("takes endpoint, region and credentials from the SDK's environment", async () => {
    vi.stubEnv("AWS_ENDPOINT_URL_S3", s3.endpoint);
    vi.stubEnv("AWS_ACCESS_KEY_ID", s3.accessKeyId);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", s3.secretAccessKey);
    vi.stubEnv("AWS_REGION", undefined);
    try {
      const driver = new S3Driver({ bucket: s3.bucket, prefix: `env/${randomUUID()}` });
      expect(await driver.create("blobs/from-env", Buffer.from("env"))).toBe("created");
      expect(Buffer.from((await driver.get("blobs/from-env")) ?? []).toString()).toBe("env");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("says the credentials are refused, naming the store, the object and what to do", async () => {
    const driver = new S3Driver({
      bucket: s3.bucket,
      prefix: "p",
      client: clientFor(s3, { credentials: { accessKeyId: "WRONG", secretAccessKey: "nope" } }),
    });
    const error = await errorOf(driver.get("blobs/abc"));
    expect(error.code).toBe("StoreAccessDenied");
    expect(error.message).toMatch(
      new RegExp(
        `^\\[relais\\] \\[store\\] StoreAccessDenied s3://${s3.bucket}/p: reading blobs/abc failed: the store refused the request \\(403 InvalidAccessKeyId\\)\\. Give the key s3:GetObject`,
      ),
    );
    expect(error.message).not.toContain("\n");
    expect(error.cause).toBeDefined();
  });

  it("says the bucket does not exist", async () => {
    const driver = new S3Driver({ bucket: "no-such-bucket", client: clientFor(s3) });
    const error = await errorOf(driver.create("blobs/abc", Buffer.from("x")));
    expect(error.code).toBe("StoreBucketMissing");
    expect(error.message).toContain("s3://no-such-bucket: writing blobs/abc failed");
    expect(error.message).toContain("Create the bucket");
    expect((await errorOf(driver.get("blobs/abc"))).code).toBe("StoreBucketMissing");
  });

  it("says the store cannot be reached", async () => {
    const driver = new S3Driver({
      bucket: s3.bucket,
      client: clientFor(s3, { endpoint: "http://127.0.0.1:9", maxAttempts: 1 }),
    });
    const error = await errorOf(driver.has("blobs/abc"));
    expect(error.code).toBe("StoreUnreachable");
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toContain("AWS_ENDPOINT_URL_S3");
  });

  it("says no credentials were found, with where to set them", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", undefined);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", undefined);
    vi.stubEnv("AWS_PROFILE", undefined);
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", path.join(s3.directory, "absent-credentials"));
    vi.stubEnv("AWS_CONFIG_FILE", path.join(s3.directory, "absent-config"));
    vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
    try {
      const driver = new S3Driver({
        bucket: s3.bucket,
        clientConfig: { endpoint: s3.endpoint, region: s3.region },
      });
      const error = await errorOf(driver.get("blobs/abc"));
      expect(error.code).toBe("StoreNoCredentials");
      expect(error.message).toContain(
        `s3://${s3.bucket}: reading blobs/abc failed: no credentials were found. Set AWS_ACCESS_KEY_ID`,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  describe("against a server that ignores If-None-Match (s3rver as it is)", () => {
    let plain: LocalS3;
    beforeAll(async () => {
      plain = await startLocalS3({ ignoreIfNoneMatch: true });
    });
    afterAll(async () => {
      await plain?.stop();
    });

    it("still never replaces an object that was there before the create", async () => {
      const driver = new S3Driver({ bucket: plain.bucket, client: clientFor(plain) });
      expect(await driver.create("records/r/k.json", Buffer.from("first"))).toBe("created");
      expect(await driver.create("records/r/k.json", Buffer.from("second"))).toBe("exists");
      expect(Buffer.from((await driver.get("records/r/k.json")) ?? []).toString()).toBe("first");
    });

    it("is a server that overwrites on a conditional put (what the HEAD guards against)", async () => {
      const client = clientFor(plain);
      const put = (text: string) =>
        client.send(
          new PutObjectCommand({ Bucket: plain.bucket, Key: "raw", Body: text, IfNoneMatch: "*" }),
        );
      await put("first");
      await put("second");
      const driver = new S3Driver({ bucket: plain.bucket, client });
      expect(Buffer.from((await driver.get("raw")) ?? []).toString()).toBe("second");
    });
  });
});

describe("resolveClientConfig", () => {
  it("uses path-style addresses and a default region when an endpoint is set", () => {
    expect(resolveClientConfig({}, { AWS_ENDPOINT_URL_S3: "http://127.0.0.1:9000" })).toMatchObject(
      {
        forcePathStyle: true,
        region: "us-east-1",
      },
    );
    expect(
      resolveClientConfig({}, { AWS_ENDPOINT_URL: "http://minio:9000", AWS_REGION: "eu-west-3" }),
    ).not.toHaveProperty("region");
    expect(resolveClientConfig({}, {})).not.toHaveProperty("forcePathStyle");
    expect(
      resolveClientConfig({ forcePathStyle: false }, { AWS_ENDPOINT_URL: "http://x" }),
    ).toMatchObject({ forcePathStyle: false });
  });
});

describe("parseStoreLocation", () => {
  it("reads s3://bucket/prefix as a bucket and a prefix", () => {
    expect(parseStoreLocation("s3://relais-cache/maison/main/")).toEqual({
      kind: "s3",
      bucket: "relais-cache",
      prefix: "maison/main",
    });
    expect(parseStoreLocation("s3://relais-cache")).toEqual({
      kind: "s3",
      bucket: "relais-cache",
      prefix: "",
    });
  });

  it("reads anything else as a folder, resolved against the base folder", () => {
    expect(parseStoreLocation("../shared-cache", "/builds/house")).toEqual({
      kind: "local",
      folder: "/builds/shared-cache",
    });
    expect(parseStoreLocation("/mnt/cache", "/builds/house")).toEqual({
      kind: "local",
      folder: "/mnt/cache",
    });
  });

  it("refuses a bucket name S3 would refuse, and a prefix that could escape", () => {
    expect(() => parseStoreLocation("s3://Relais_Cache/x")).toThrow(
      'Expected s3://bucket/prefix with a bucket name of 3 to 63 lowercase letters, digits, dots or hyphens for the store location but received "s3://Relais_Cache/x"',
    );
    expect(() => parseStoreLocation("s3:///x")).toThrow(/bucket name/);
    expect(() => parseStoreLocation("s3://cache/a/../b")).toThrow(/Expected an object name/);
  });
});
