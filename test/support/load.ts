import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";
import { type HouseFiles, writeHouse } from "./house.ts";

/** Writes a house and runs the real source and validation on it. */
export async function loadHouse(files: HouseFiles) {
  const root = await writeHouse(files);
  const snapshot = await createMarkdownSource({ root }).load();
  return { root, snapshot, ...validateCatalog(snapshot) };
}
