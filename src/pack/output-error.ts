import { createIssue } from "../errors/issue.ts";
import { IssueError } from "../errors/issue-error.ts";

/** File-system failures a person fixes (space, permissions, a read-only disk), not bugs in Relais. */
const OUTPUT_FAILURES = new Set([
  "ENOSPC",
  "EDQUOT",
  "EACCES",
  "EPERM",
  "EROFS",
  "EEXIST",
  "EISDIR",
  "ENOTDIR",
  "EMFILE",
  "ENFILE",
  "EIO",
]);

/**
 * A failure to write the output as the issue a person can act on, naming the output folder (not
 * the staging folder beside it); undefined for anything else, which is a bug to show as such.
 */
export function outputNotWritable(error: unknown, out: string): IssueError | undefined {
  const fsError = error as NodeJS.ErrnoException | undefined;
  if (typeof fsError?.code !== "string" || !OUTPUT_FAILURES.has(fsError.code)) return undefined;
  const detail = fsError.message.startsWith(`${fsError.code}:`)
    ? fsError.message
    : `${fsError.code}: ${fsError.message}`;
  return new IssueError(
    [
      createIssue("OutputNotWritable", {
        origin: out,
        expected: "a writable folder with free space",
        found: detail,
      }),
    ],
    1,
    { cause: error },
  );
}
