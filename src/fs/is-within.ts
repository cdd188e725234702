import path from "node:path";

/** True when `target` is `folder` itself or lies inside it (both absolute, links resolved). */
export function isWithin(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
