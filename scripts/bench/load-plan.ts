// The catalog, channels and render plan of a content folder, as the build computes them: what the
// floor and the naive baseline measure against.
import path from "node:path";
import sharp from "sharp";
import type { ChannelSpec } from "../../src/channels/channel-spec.ts";
import { loadAndValidate, loadChannels } from "../../src/cli/run-context.ts";
import { type ResolvedConfig, resolveConfig } from "../../src/config/resolve-config.ts";
import type { Catalog } from "../../src/model/catalog.ts";
import { planBuild } from "../../src/plan/plan-build.ts";
import { planRenders, type RenderPlan } from "../../src/plan/plan-renders.ts";
import type { EngineVersions } from "../../src/plan/render-tasks.ts";
import { parseInstant } from "../../src/time/moment.ts";

export interface LoadedPlan {
  config: ResolvedConfig;
  catalog: Catalog;
  channels: ReadonlyMap<string, ChannelSpec>;
  engine: EngineVersions;
  renderPlan: RenderPlan;
}

export async function loadPlan(content: string, now: string): Promise<LoadedPlan> {
  const config = resolveConfig(path.dirname(content), { content });
  const channels = loadChannels(config);
  const { catalog } = await loadAndValidate(config, channels);
  if (!catalog) throw new Error(`[bench] ${content} is not a valid catalog`);
  const plan = planBuild(catalog, { ...config, channels }, parseInstant(now));
  const engine = { sharp: sharp.versions.sharp, vips: sharp.versions.vips ?? "" };
  return {
    config,
    catalog,
    channels,
    engine,
    renderPlan: planRenders(plan, catalog, channels, engine),
  };
}
