import { createRequire } from "node:module";

/**
 * The AWS SDK's S3 client, loaded as Node loads it (its CommonJS build). Vitest resolves bare
 * imports with the `module` condition first (see vitest.config.ts), which picks the SDK's build
 * for bundlers, whose extensionless imports Node cannot run; `require` gives every caller, the
 * CLI and the tests, the same build.
 */
const sdk = createRequire(import.meta.url)(
  "@aws-sdk/client-s3",
) as typeof import("@aws-sdk/client-s3");

export const {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} = sdk;
export type { S3Client as S3ClientType, S3ClientConfig } from "@aws-sdk/client-s3";
