/** What a transform is given beside the projected value. */
export interface TransformContext {
  /** The document's `_id`. */
  documentId: string;
  /** The document's `_type`. */
  type: string;
  /** Relais's own Portable Text → Markdown conversion (what `body` gets when it is blocks). */
  portableTextToMarkdown: (blocks: unknown) => string;
  /** Relais's slugs from titles (`Next.js` → `next-js`), for ids and tags a schema lacks. */
  slugify: (text: string) => string;
}

export type KindTransform = (value: unknown, context: TransformContext) => unknown;
