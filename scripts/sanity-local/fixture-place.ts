/** The project and dataset the sample house's fixture dataset pretends to live in. */
export const FIXTURE_PLACE = { projectId: "maison01", dataset: "production" };
