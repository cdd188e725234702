/**
 * The project and dataset the test Studio is built for: the sample house's fixture dataset
 * (scripts/sanity-local/fixture-place.ts), so that the documents it writes are read back by the
 * `sanity` source from the same place.
 */
export const STUDIO_PLACE = { projectId: "maison01", dataset: "production" } as const;
