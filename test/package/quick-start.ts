/**
 * The install-and-run lines of a README's "Quick start" block (those starting with `npm ci`), as a
 * person would copy them; the serving line (`npm run preview`) waits for Ctrl+C and is left out.
 */
export function quickStartCommands(readme: string): string[] {
  const block = /## Quick start\s+```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error("The README has no Quick start code block");
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line.startsWith("npm ci"));
}
