import { writeFile } from "node:fs/promises";
import path from "node:path";
import { errorsDoc } from "../src/cli/errors-doc.ts";

/** Writes docs/errors.md from the error catalog (a test fails when the two differ). */
const target = path.resolve(import.meta.dirname, "../docs/errors.md");
await writeFile(target, errorsDoc());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
