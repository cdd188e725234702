import { isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import { formatPath } from "../../errors/issue.ts";

/**
 * The line of every field in a YAML document, keyed by the same field paths issues use
 * (`alt.ko`, `gallery[1]`), so an issue can point the editor at the line to fix.
 */
export function fieldLines(root: unknown, counter: LineCounter): Record<string, number> {
  const lines: Record<string, number> = {};
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== "string" && typeof key !== "number") continue;
        const at = [...path, String(key)];
        const start = (pair.key as Node).range?.[0];
        if (start !== undefined) lines[formatPath(at)] = counter.linePos(start).line;
        visit(pair.value, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const at = [...path, index];
        const start = (item as Node | null)?.range?.[0];
        if (start !== undefined) lines[formatPath(at)] = counter.linePos(start).line;
        visit(item, at);
      });
    }
  };
  visit(root, []);
  return lines;
}
