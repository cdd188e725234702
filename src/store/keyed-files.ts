import type { ContentStore } from "./content-store.ts";

/**
 * Files of one kind in the store, by the key of what made them (contact sheets, thumbnails):
 * when a key has a file, it is the right one. Every path is a verified file of the local layer.
 */
export class KeyedFiles {
  readonly store: ContentStore;
  readonly namespace: string;

  constructor(store: ContentStore, namespace: string) {
    this.store = store;
    this.namespace = namespace;
  }

  /** The file made for `key`, or undefined when it was never made (or failed its check). */
  async file(key: string): Promise<string | undefined> {
    return (await this.store.getKeyed(this.namespace, key))?.file;
  }

  async put(key: string, bytes: Uint8Array): Promise<string> {
    return (await this.store.putKeyed(this.namespace, key, bytes, {})).file;
  }
}
