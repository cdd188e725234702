import { useEffect, useState } from "react";
import { type DocumentBadgeComponent, type DocumentBadgeProps, useClient } from "sanity";
import type { EntryType } from "../../model/audience.ts";
import { documentTypeNames } from "../../model/document-types.ts";
import { Temporal } from "../../time/moment.ts";
import { PUBLISHED } from "../data/fetch-context.ts";
import { marketOf, type StudioMarket } from "../data/model-values.ts";
import type { StudioSettings } from "../options.ts";
import { publicationStatus } from "./publication-status.ts";

const ENTRY_TYPES: Record<string, EntryType> = {
  [documentTypeNames.story]: "story",
  [documentTypeNames.capsule]: "capsule",
  [documentTypeNames.product]: "product",
};

/** The markets a build reads: published only, with their slugs as ids. */
const MARKETS = `*[_type == $type && ${PUBLISHED}]
  | order(_id asc) { _id, "id": slug.current, name, locales, timeZone }`;

/** Whether a document type gets the badge: stories, capsules and products. */
export function isEntryDocumentType(type: string): boolean {
  return type in ENTRY_TYPES;
}

/**
 * A document badge for entries: where and when the document on screen (the draft, else the
 * published version) will be published, market by market in each market's own time, so an
 * editor sees an embargo or a withdrawal before publishing. The markets are read once per
 * document pane; the clock is the plugin's `now`.
 */
export function publicationBadge(settings: StudioSettings): DocumentBadgeComponent {
  const PublicationBadge = (props: DocumentBadgeProps) => {
    const client = useClient({ apiVersion: "2025-02-19" });
    const [markets, setMarkets] = useState<StudioMarket[] | undefined>();
    useEffect(() => {
      let current = true;
      client
        .fetch<(Record<string, unknown> & { _id: string })[]>(MARKETS, {
          type: documentTypeNames.market,
        })
        .then((documents) => current && setMarkets(documents.map(marketOf)))
        // Without markets the badge says nothing rather than something wrong.
        .catch(() => current && setMarkets([]));
      return () => {
        current = false;
      };
    }, [client]);
    const type = ENTRY_TYPES[props.type];
    const document = props.draft ?? props.published;
    if (!type || !document || !markets) return null;
    const now = Temporal.Instant.fromEpochMilliseconds(settings.now().getTime());
    return publicationStatus(document as Record<string, unknown>, type, markets, now) ?? null;
  };
  return PublicationBadge;
}
