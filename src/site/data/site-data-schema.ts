import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { SiteData } from "../site-data.ts";

/**
 * The site's edge: the JSON the pipeline wrote is checked once, here, against the contract in
 * `site-data.ts`. Anything that becomes a path segment or a URL in a page is held to the rule
 * that makes it safe there, so a page never has to second-guess its data.
 */

/** Lower-case letters, digits and single hyphens: the pipeline's rule for ids and slugs. */
const segment = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a path segment of lower-case letters, digits and hyphens");

const localeTag = z
  .string()
  .refine(isCanonicalLocale, "a canonical BCP 47 locale tag, e.g. zh-Hans");

/** A URL on the site itself: `/…`, never `//host`, and no space or comma (they break a srcset). */
const sitePath = z
  .string()
  .regex(/^\/(?!\/)[^\s,"'<>\\]*$/, "a site-relative URL such as /_img/abc.avif");

const direction = z.enum(["ltr", "rtl"]);

const siteText = z.object({
  locale: localeTag,
  direction,
  title: z.string().min(1),
  dek: z.string().optional(),
  body: z.string(),
});

const siteImage = z.object({
  asset: z.string().min(1),
  alt: z.record(z.string(), z.string()),
  altLang: z.record(z.string(), localeTag).optional(),
  credit: z.string(),
  creator: z.string(),
  licence: z.string(),
  licenceUrl: z.string().optional(),
  sources: z
    .array(
      z.object({
        format: z.enum(["avif", "webp", "jpeg"]),
        srcset: z.array(z.object({ url: sitePath, width: z.number().int().positive() })).min(1),
      }),
    )
    .min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  og: sitePath,
});

const siteEntry = z.object({
  type: z.enum(["story", "capsule", "product"]),
  slug: segment,
  // The pipeline writes "" when it has no publish moment for the market.
  publishedAt: z.union([z.iso.datetime({ offset: true }), z.literal("")]),
  text: z.record(z.string(), siteText),
  images: z.array(siteImage),
  era: z.record(z.string(), z.string()).optional(),
  year: z.number().int().optional(),
  products: z.array(segment),
  sku: z.string().optional(),
  kits: z.array(
    z.object({ audience: segment, path: z.string().regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/) }),
  ),
});

/** A folder on the site: path segments ending in /, e.g. /fr/kit/press/. */
const siteFolder = z
  .string()
  .regex(
    /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/,
    "a site-relative folder of path segments ending in /, e.g. /fr/kit/press/",
  );

/** A name inside a kit's archive: relative, no `..`, no backslash. */
const kitName = z
  .string()
  .regex(/^(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\:*?"<>|\p{Cc}]+$/u, "a relative path inside the kit");

const kitFile = z.object({ url: sitePath, name: kitName, bytes: z.number().int().nonnegative() });
const sized = { width: z.number().int().positive(), height: z.number().int().positive() };
const entryRef = z.object({ type: z.enum(["story", "capsule", "product"]), slug: segment });

const kitImage = kitFile.extend({
  asset: z.string().min(1),
  alt: z.record(z.string(), z.string()),
  credit: z.string(),
  creator: z.string(),
  licence: z.string(),
  licenceUrl: z.string().optional(),
  ...sized,
  format: z.string(),
  variants: z.array(kitFile.extend(sized)),
});

/** A list of a kit's brief: its heading in the kit's language and its lines. */
const briefSection = z.object({ heading: z.string(), lines: z.array(z.string()) });

const siteLaunchKit = z.object({
  id: z.string().min(1),
  launch: entryRef,
  title: z.string().min(1),
  locale: localeTag,
  direction,
  path: siteFolder,
  name: z.string().regex(/^[a-z0-9_-]+$/, "a file name of lower-case letters, digits, - and _"),
  readme: kitFile.extend({ text: z.string() }),
  brief: kitFile
    .extend({
      title: z.string(),
      locale: localeTag,
      direction,
      fallbackNote: z.string().optional(),
      noBriefNote: z.string().optional(),
      talkingPoints: briefSection,
      do: briefSection,
      dont: briefSection,
      dates: z.object({
        heading: z.string(),
        timeZone: z.string(),
        lines: z.array(z.object({ at: z.string(), when: z.string(), what: z.string() })),
      }),
      images: z.object({
        heading: z.string(),
        intro: z.string(),
        lines: z.array(
          z.object({
            asset: z.string(),
            window: z.string(),
            usages: z.string(),
            placements: z.string(),
            credit: z.string(),
          }),
        ),
      }),
    })
    .optional(),
  sections: z.array(
    z.object({
      channel: z.string().min(1),
      platform: z.string().min(1),
      name: z.string().min(1),
      size: z.string(),
      items: z.array(
        z.object({
          entry: entryRef,
          title: z.string().min(1),
          images: z.array(kitImage).min(1),
          caption: kitFile
            .extend({
              locale: localeTag,
              direction,
              text: z.string(),
              hashtags: z.array(z.string()),
              length: z.number().nonnegative(),
              limit: z.number().int().nonnegative(),
              counting: z.string(),
              creditMoved: z.boolean(),
            })
            .optional(),
        }),
      ),
    }),
  ),
  articles: z.array(
    z.object({
      channel: z.string().min(1),
      platform: z.string().min(1),
      page: kitFile,
      fields: kitFile.extend({ text: z.string() }),
      web: siteFolder.optional(),
    }),
  ),
  originals: z.array(
    kitImage.extend({
      entry: entryRef,
      entryTitle: z.string().min(1),
      path: siteFolder,
      expires: z.iso.datetime({ offset: true }).optional(),
      picture: siteImage.optional(),
      renditions: z.array(z.object({ channel: z.string(), file: kitFile.extend(sized) })),
    }),
  ),
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  preview: kitImage.optional(),
});

const textFile = kitFile.extend({ text: z.string() });
const zonedInstant = z.iso.datetime({ offset: true });

const siteMomentKit = z.object({
  id: z.string().min(1),
  moment: segment,
  title: z.string().min(1),
  locale: localeTag,
  direction,
  path: siteFolder,
  name: z.string().regex(/^[a-z0-9_-]+$/, "a file name of lower-case letters, digits, - and _"),
  start: zonedInstant,
  end: zonedInstant,
  when: z.string().min(1),
  host: z.string().optional(),
  readme: textFile,
  covers: z.array(
    z.object({
      channel: z.string().min(1),
      platform: segment,
      placement: z.string().min(1),
      size: z.string(),
      image: kitImage,
    }),
  ),
  frames: z.array(
    z.object({
      step: z.enum(["t-24h", "t-1h", "live"]),
      postAt: zonedInstant,
      when: z.string().min(1),
      sticker: textFile,
      image: kitImage.optional(),
    }),
  ),
  products: z.array(
    z.object({
      slug: segment,
      name: z.string().min(1),
      price: z.string().min(1),
      availability: z.string().min(1),
      card: kitFile,
      image: kitImage.optional(),
    }),
  ),
  talkingPoints: kitFile.extend({ lines: z.array(z.string()) }),
  disclosure: textFile,
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  preview: kitImage.optional(),
});

const siteKit = z.object({
  audience: segment,
  audienceName: z.string().min(1),
  listed: z.boolean(),
  path: siteFolder,
  launches: z.array(siteLaunchKit),
  moments: z.array(siteMomentKit).optional(),
});

const siteAmbassador = z.object({
  name: z.string().min(1),
  locale: localeTag,
  direction,
  path: siteFolder,
  launches: z.array(
    z.object({
      launch: z.object({ type: z.enum(["story", "capsule", "product"]), slug: segment }),
      path: siteFolder,
      kits: z.array(
        z.object({
          market: segment,
          kit: siteLaunchKit,
          links: z.array(
            z.object({
              platform: segment,
              handle: z.string().min(1),
              url: z.url({ protocol: /^https?$/ }),
              linksClickable: z.boolean(),
            }),
          ),
          notOffered: z.array(z.object({ channel: z.string(), platform: segment })),
        }),
      ),
    }),
  ),
});

const siteMarket = z.object({
  id: segment,
  name: z.string().min(1),
  timeZone: z.string().refine(isTimeZone, "an IANA time zone such as Europe/Paris"),
  locales: z.array(z.object({ locale: localeTag, direction, hreflang: z.string().min(2) })).min(1),
  entries: z.array(siteEntry),
  kits: z.array(siteKit),
});

const siteLabel = z.object({
  text: z.string().min(1),
  lang: localeTag,
  dir: direction,
});

const siteLabels = z.object({
  markets: z.record(z.string(), z.record(z.string(), siteLabel)),
  audiences: z.record(
    z.string(),
    z.record(z.string(), z.object({ name: siteLabel, description: siteLabel.optional() })),
  ),
  channels: z.record(
    z.string(),
    z.record(z.string(), z.object({ platform: siteLabel, placement: siteLabel.optional() })),
  ),
});

export const siteDataSchema = z.object({
  schemaVersion: z.literal(1),
  site: z
    .url({ protocol: /^https?$/ })
    .refine(isOrigin, "an origin without path, query or fragment, e.g. https://press.example.com"),
  brand: z.object({ name: z.string().min(1), website: z.string().optional() }),
  markets: z.array(siteMarket).superRefine(checkUnique),
  sharedImage: siteImage.optional(),
  labels: siteLabels,
  ambassadors: z.array(siteAmbassador).optional(),
}) satisfies z.ZodType<SiteData>;

/** Reads and validates the pipeline's site data; the message names the file and each bad field. */
export async function readSiteData(file: string): Promise<SiteData> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (cause) {
    throw new Error(`[relais] [site] Could not read the site data ${file}`, { cause });
  }
  const parsed = siteDataSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("\n");
    throw new Error(
      `[relais] [site] The site data in ${file} does not match SiteData:\n${fields}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

/** Two things with one name would be two pages at one URL: refuse them here, by name. */
function checkUnique(markets: z.infer<typeof siteMarket>[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  const once = (key: string, path: (string | number)[], what: string) => {
    if (seen.has(key)) context.addIssue({ code: "custom", path, message: `${what} appears twice` });
    seen.add(key);
  };
  markets.forEach((market, m) => {
    once(`market ${market.id}`, [m, "id"], `market "${market.id}"`);
    market.locales.forEach(({ locale }, l) => {
      once(`locale ${market.id} ${locale}`, [m, "locales", l], `locale "${locale}"`);
    });
    market.entries.forEach((entry, e) => {
      once(
        `entry ${market.id} ${entry.type} ${entry.slug}`,
        [m, "entries", e, "slug"],
        `${entry.type} "${entry.slug}"`,
      );
    });
    market.kits.forEach((kit, k) => {
      once(`kit ${kit.path}`, [m, "kits", k, "path"], `kit path "${kit.path}"`);
      // A kit page is kit.path + locale/: it must not land on a market home.
      if (markets.some((other) => kit.path === `/${other.id}/`)) {
        context.addIssue({
          code: "custom",
          path: [m, "kits", k, "path"],
          message: `kit path "${kit.path}" is a market's own folder`,
        });
      }
    });
  });
}

function isCanonicalLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  const url = new URL(value);
  return url.pathname === "/" && url.search === "" && url.hash === "";
}
