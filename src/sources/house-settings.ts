import type { ResolvedConfig } from "../config/resolve-config.ts";
import type { RawDocument } from "./contract.ts";
import type { SettingsElsewhere } from "./sanity/load-snapshot.ts";

/**
 * The house settings a Sanity build reads outside the dataset: `content/` as Markdown when
 * `sanity.settings` is `content`, and each part written in the config's `house` (which wins).
 * Undefined when everything comes from the dataset.
 */
export async function settingsElsewhere(
  config: ResolvedConfig,
): Promise<SettingsElsewhere | undefined> {
  const fromContent = config.sanity.settings === "content" ? await contentSettings(config) : {};
  const fromConfig = houseDocuments(config.house);
  if (config.sanity.settings !== "content" && Object.keys(fromConfig).length === 0)
    return undefined;
  return { ...fromContent, ...fromConfig };
}

async function contentSettings(config: ResolvedConfig): Promise<SettingsElsewhere> {
  const { createMarkdownSource } = await import("./markdown/markdown-source.ts");
  const snapshot = await createMarkdownSource({ root: config.content, only: "settings" }).load();
  const of = (kind: RawDocument["kind"]) => snapshot.documents.filter((doc) => doc.kind === kind);
  return {
    brand: of("brand")[0],
    audiences: of("audiences")[0],
    markets: of("market"),
    issues: snapshot.issues,
  };
}

/** `house.brand`, `house.audiences`, `house.markets.<id>` as the documents their files would be. */
function houseDocuments(house: ResolvedConfig["house"]): SettingsElsewhere {
  const settings: SettingsElsewhere = {};
  if (house?.brand) settings.brand = configDocument("brand", "brand", "house.brand", house.brand);
  if (house?.audiences)
    settings.audiences = configDocument(
      "audiences",
      "audiences",
      "house.audiences",
      house.audiences,
    );
  if (house?.markets) {
    settings.markets = Object.entries(house.markets).map(([id, data]) =>
      configDocument("market", id, `house.markets.${id}`, data),
    );
  }
  return settings;
}

/** A setting written in the config, named by its place there for messages. */
function configDocument(
  kind: RawDocument["kind"],
  id: string,
  field: string,
  data: unknown,
): RawDocument {
  return { kind, id, origin: `relais.config.ts (${field})`, data, texts: [] };
}
