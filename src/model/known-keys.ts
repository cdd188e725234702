import { closestMatch } from "leven";
import type { z } from "zod";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The field names the schema accepts for the object at `path`, so that an unknown field can be
 * answered with the nearest known one. Wrappers (defaults, optionals, pipes) are looked through;
 * a record or a list consumes one path segment.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  collect(schema, path, keys);
  return [...keys];
}

function collect(schema: z.ZodType, path: readonly PropertyKey[], keys: Set<string>): void {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in ?? def.getter?.();
  if (inner) {
    collect(inner, path, keys);
    return;
  }
  if (def.type === "union") {
    for (const option of def.options ?? []) collect(option, path, keys);
    return;
  }
  const [head, ...rest] = path;
  if (def.type === "object" && def.shape) {
    if (head === undefined) for (const key of Object.keys(def.shape)) keys.add(key);
    else {
      const field = def.shape[String(head)];
      if (field) collect(field, rest, keys);
    }
    return;
  }
  const element = def.valueType ?? def.element;
  if (element && head !== undefined) collect(element, rest, keys);
}

/** `embrago` → `embargo`: the known name within a small edit distance, if there is one. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const sameLetters = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  if (sameLetters) return sameLetters;
  const maxDistance = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return closestMatch(key, known, { maxDistance });
}
