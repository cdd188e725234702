/**
 * Orders strings by UTF-16 code units, the same on every machine and in every locale (unlike
 * `localeCompare`): file lists, zips and manifests must not depend on where they were built.
 */
export function compareCodepoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
