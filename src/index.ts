/** The public API of Relais: what `relais.config.ts` and other programs import. */

export { runBuildPipeline } from "./build/run-build.ts";
export type { ChannelSpec, ChannelSpecInput } from "./channels/channel-spec.ts";
export { defaultChannelSpecs } from "./channels/library/index.ts";
export type { ChannelSpecError } from "./channels/resolve-channels.ts";
export { resolveChannelSpecs } from "./channels/resolve-channels.ts";
export type { RelaisConfig } from "./config/define-config.ts";
export { defineConfig } from "./config/define-config.ts";
export type { KindTransform, TransformContext } from "./config/kind-transform.ts";
export type { ResolvedConfig } from "./config/resolve-config.ts";
export { resolveConfig } from "./config/resolve-config.ts";
export { contentErrors } from "./errors/catalog.ts";
export type { ContentIssue } from "./errors/issue.ts";
export type { Asset } from "./model/asset.ts";
export type { Audience, EntryType, Usage } from "./model/audience.ts";
export type { Brand } from "./model/brand.ts";
export type { Catalog } from "./model/catalog.ts";
export type { Capsule, Entry, Product, Story } from "./model/entries.ts";
export type { Market } from "./model/market.ts";
export type { DistManifest } from "./pack/manifest-types.ts";
export { planBuild } from "./plan/plan-build.ts";
export type { Plan, PlanDecision, SkipReason } from "./plan/types.ts";
export type { RawDocument, Source, SourceSnapshot } from "./sources/contract.ts";
export { createMarkdownSource } from "./sources/markdown/markdown-source.ts";
export type { KindQuery, SanityQueries } from "./sources/sanity/projections.ts";
export { slugify } from "./text/slugify.ts";
export { parseInstant } from "./time/moment.ts";
export { validateCatalog } from "./validate/validate-catalog.ts";
