import { Mutation } from "@sanity/mutator";
import { evaluateGroq } from "../../../src/sources/sanity/evaluate-groq.ts";
import {
  applyPerspective,
  isPerspective,
  type SanityDocumentLike,
} from "../../../src/sources/sanity/perspective.ts";

/**
 * A dataset held in memory that changes as Sanity's Content Lake changes it: mutations are
 * applied by `@sanity/mutator` (the library the Studio itself applies patches with), actions
 * (create, edit, publish…) become the mutations the Actions API stands for, and queries are
 * answered by groq-js. It stands in for the hosted dataset in the browser suite, where there is
 * no network.
 */
export interface LakeDocument extends SanityDocumentLike {
  _type: string;
  _rev?: string;
  [field: string]: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: a mutation's body is any document or patch.
type MutationBody = Record<string, any>;

export interface MutationResult {
  transactionId: string;
  results: { id: string; operation: "create" | "update" | "delete" | "none" }[];
}

/** One document changed by one transaction, as a listener is told of it. */
export interface LakeChange {
  transactionId: string;
  timestamp: string;
  documentId: string;
  before: LakeDocument | null;
  after: LakeDocument | null;
  mutations: MutationBody[];
}

export class ContentLake {
  readonly #documents = new Map<string, LakeDocument>();
  readonly #subscribers = new Set<(changes: LakeChange[]) => void>();
  #transactions = 0;

  /** Calls `subscriber` with every document each transaction changes; returns the unsubscribe. */
  subscribe(subscriber: (changes: LakeChange[]) => void): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  constructor(documents: readonly LakeDocument[]) {
    for (const document of documents) this.#documents.set(document._id, structuredClone(document));
  }

  /** Every document, drafts included, ordered by id: what an export of the dataset holds. */
  documents(): LakeDocument[] {
    return [...this.#documents.values()]
      .sort((a, b) => a._id.localeCompare(b._id))
      .map((document) => structuredClone(document));
  }

  get(id: string): LakeDocument | undefined {
    const document = this.#documents.get(id);
    return document && structuredClone(document);
  }

  /**
   * A GROQ query as the Content API answers it. A perspective stack (`drafts,rRelease`) is read
   * as its first perspective: this dataset holds no release.
   */
  query(query: string, params: Record<string, unknown>, perspective = "raw"): Promise<unknown> {
    const first = perspective.split(",")[0] ?? "raw";
    const chosen = isPerspective(first) ? first : "raw";
    return evaluateGroq(applyPerspective(this.documents(), chosen), query, params);
  }

  /** `POST /data/mutate`: each mutation applied in order, in one transaction. */
  mutate(mutations: readonly MutationBody[], transactionId = this.#newTransactionId()) {
    const timestamp = new Date().toISOString();
    const results: MutationResult["results"] = [];
    const changes = new Map<string, LakeChange>();
    for (const mutation of mutations) {
      const id = documentIdOf(mutation);
      const before = this.#documents.get(id) ?? null;
      const after = new Mutation({
        mutations: [structuredClone(mutation)],
        resultRev: transactionId,
        timestamp,
      }).apply(before ? structuredClone(before) : null) as LakeDocument | null;
      if (after === null) this.#documents.delete(id);
      else this.#documents.set(id, { ...after, _rev: transactionId });
      const change = changes.get(id) ?? {
        transactionId,
        timestamp,
        documentId: id,
        before: before && structuredClone(before),
        after: null,
        mutations: [],
      };
      change.after = this.get(id) ?? null;
      change.mutations.push(mutation);
      changes.set(id, change);
      results.push({
        id,
        operation: after === null ? "delete" : before === null ? "create" : "update",
      });
    }
    for (const subscriber of this.#subscribers) subscriber([...changes.values()]);
    return { transactionId, results } satisfies MutationResult;
  }

  /**
   * `POST /data/actions`: the document actions the Studio sends (Sanity's Actions API), each
   * turned into the mutations it stands for.
   */
  act(actions: readonly MutationBody[], transactionId = this.#newTransactionId()) {
    const mutations = actions.flatMap((action) => this.#mutationsOf(action));
    return this.mutate(mutations, transactionId);
  }

  #mutationsOf(action: MutationBody): MutationBody[] {
    const type = String(action.actionType);
    const draftId = action.draftId ?? `drafts.${action.publishedId}`;
    switch (type) {
      case "sanity.action.document.create":
        return [{ create: { ...action.attributes, _id: draftId } }];
      case "sanity.action.document.version.create":
        return [{ create: { ...action.document } }];
      case "sanity.action.document.edit": {
        // An edit of a published document starts its draft from the published version.
        const draft = this.#documents.get(draftId);
        const published = this.#documents.get(action.publishedId);
        const start =
          draft === undefined && published !== undefined
            ? [{ create: { ...withoutSystemFields(published), _id: draftId } }]
            : [];
        return [...start, { patch: { ...action.patch, id: draftId } }];
      }
      case "sanity.action.document.publish": {
        const draft = this.#documents.get(draftId);
        if (draft === undefined) throw new Error(`Cannot publish ${draftId}: there is no draft`);
        return [
          { createOrReplace: { ...withoutSystemFields(draft), _id: action.publishedId } },
          { delete: { id: draftId } },
        ];
      }
      case "sanity.action.document.discard":
      case "sanity.action.document.version.discard":
        return [{ delete: { id: action.draftId ?? action.versionId } }];
      case "sanity.action.document.delete":
        return [action.publishedId, ...(action.includeDrafts ?? [])].map((id: string) => ({
          delete: { id },
        }));
      default:
        throw new Error(`The content lake stand-in does not know the action ${type}`);
    }
  }

  #newTransactionId(): string {
    this.#transactions += 1;
    return `tx${String(this.#transactions).padStart(6, "0")}`;
  }
}

function documentIdOf(mutation: MutationBody): string {
  const body =
    mutation.create ??
    mutation.createOrReplace ??
    mutation.createIfNotExists ??
    mutation.delete ??
    mutation.patch;
  const id = body?._id ?? body?.id;
  if (typeof id !== "string")
    throw new Error(`A mutation without a document id: ${JSON.stringify(mutation)}`);
  return id;
}

function withoutSystemFields(document: LakeDocument): MutationBody {
  const { _rev, _createdAt, _updatedAt, ...fields } = document;
  return fields;
}
