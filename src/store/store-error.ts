/**
 * Permanent names of what can go wrong with a store, each with what to do next. The build prints
 * the message as it is: it names the store, the operation and the object, never an SDK stack
 * (the SDK's error stays as `cause`, for `--verbose`).
 */
export const storeErrorHints = {
  StoreNoCredentials:
    "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for the machine that runs the build, or leave the shared store out to build with the local cache alone.",
  StoreNoRegion:
    "Set AWS_REGION (for R2 or MinIO any region works, e.g. us-east-1), or AWS_ENDPOINT_URL_S3 for an S3-compatible server.",
  StoreBucketMissing:
    "Create the bucket, or correct its name in the store location (s3://bucket/prefix).",
  StoreAccessDenied:
    "Give the key s3:GetObject, s3:PutObject and s3:DeleteObject on bucket/prefix/* and s3:ListBucket on the bucket; check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY belong together.",
  StoreUnreachable:
    "Check the network and the endpoint (AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL); the build can run with the local cache alone if the shared store is left out.",
  StoreFolderUnwritable:
    "Check that the folder exists or can be created, is writable by the user running the build, and that its disk is not full.",
  StoreFailed:
    "Run the build again; if it keeps failing, the cause below says what the store answered.",
} as const;

export type StoreErrorName = keyof typeof storeErrorHints;

/** A store that cannot be read or written; `location` is the folder or s3://bucket/prefix. */
export class StoreError extends Error {
  readonly code: StoreErrorName;
  readonly location: string;
  /** What was being done: "reading blobs/ab12…", "listing records/image/". */
  readonly operation: string;
  readonly hint: string;
  /** What the store answered. */
  readonly found: string;

  constructor(
    code: StoreErrorName,
    details: { location: string; operation: string; found: string },
    options?: { cause?: unknown },
  ) {
    const hint = storeErrorHints[code];
    super(
      `[relais] [store] ${code} ${details.location}: ${details.operation} failed: ${details.found}. ${hint}`,
      options,
    );
    this.name = "StoreError";
    this.code = code;
    this.location = details.location;
    this.operation = details.operation;
    this.hint = hint;
    this.found = details.found;
  }
}
