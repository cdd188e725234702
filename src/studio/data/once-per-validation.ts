/**
 * Runs `work` once per validation of a document. Sanity hands every rule of one validation pass
 * the same document object, so the rules that report one result at different levels (errors,
 * warnings, notes) share one fetch and one computation; the next edit is a new object and a
 * fresh result.
 */
export function oncePerValidation<C, T>(
  work: (document: Record<string, unknown>, context: C) => Promise<T>,
): (document: Record<string, unknown>, context: C) => Promise<T> {
  const results = new WeakMap<object, Promise<T>>();
  return (document, context) => {
    let result = results.get(document);
    if (result === undefined) {
      result = work(document, context);
      results.set(document, result);
    }
    return result;
  };
}
