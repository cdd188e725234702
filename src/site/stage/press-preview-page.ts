import { escapeXml as esc } from "../lib/xml.ts";

/** What one page of a press preview shows, already in its language. */
export interface PreviewPageInput {
  lang: string;
  dir: "ltr" | "rtl";
  /** `Embargo : 1 mars 2099 à 10:00 heure d'Europe centrale (Europe/Paris)` */
  embargo: string;
  rule: string;
  eyebrow: string;
  title: string;
  dek: string | undefined;
  /** The same page in the market's other locales, relative to this page. */
  languages: { href: string; label: string; lang: string; current: boolean }[];
  readme: { href: string; name: string };
  sections: {
    name: string;
    items: {
      title: string;
      images: { href: string; name: string; width: number; height: number; alt: string }[];
      caption: { text: string; lang: string; dir: "ltr" | "rtl" } | undefined;
    }[];
  }[];
  originals: { href: string; name: string; width: number; height: number }[];
}

/**
 * A press preview's page: written by the pipeline, not by the site's Astro build, so no page,
 * sitemap, feed or search index of the site can ever list it. No script, no outside request,
 * `noindex`, and the embargo first and last on the page.
 */
export function previewPage(page: PreviewPageInput): string {
  const banner = `<p class="embargo" role="note"><strong>${esc(page.embargo)}</strong><br>${esc(page.rule)}</p>`;
  const languages = page.languages
    .map((l) =>
      l.current
        ? `<li><span aria-current="page" lang="${esc(l.lang)}">${esc(l.label)}</span></li>`
        : `<li><a href="${esc(l.href)}" hreflang="${esc(l.lang)}" lang="${esc(l.lang)}">${esc(l.label)}</a></li>`,
    )
    .join("");
  const sections = page.sections
    .map(
      (section) =>
        `<section><h2>${esc(section.name)}</h2>${section.items
          .map(
            (item) =>
              `<h3>${esc(item.title)}</h3><ul class="images" role="list">${item.images
                .map(
                  (image) =>
                    `<li><img src="${esc(image.href)}" width="${image.width}" height="${image.height}" alt="${esc(image.alt)}" loading="lazy" decoding="async"><a href="${esc(image.href)}" download>${esc(image.name)}</a></li>`,
                )
                .join("")}</ul>${
                item.caption
                  ? `<pre class="caption" lang="${esc(item.caption.lang)}" dir="${item.caption.dir}">${esc(item.caption.text)}</pre>`
                  : ""
              }`,
          )
          .join("")}</section>`,
    )
    .join("");
  const originals =
    page.originals.length === 0
      ? ""
      : `<section><h2>Originals</h2><ul class="files" role="list">${page.originals
          .map(
            (o) =>
              `<li><a href="${esc(o.href)}" download>${esc(o.name)}</a> · ${o.width} × ${o.height}</li>`,
          )
          .join("")}</ul></section>`;
  return `<!doctype html>
<html lang="${esc(page.lang)}" dir="${page.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow, noarchive, noimageindex">
<meta name="referrer" content="no-referrer">
<title>${esc(page.embargo)} · ${esc(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${banner}
<p class="eyebrow">${esc(page.eyebrow)}</p>
<h1>${esc(page.title)}</h1>
${page.dek ? `<p class="dek">${esc(page.dek)}</p>` : ""}
<ul class="languages" role="list">${languages}</ul>
<p><a href="${esc(page.readme.href)}" download>${esc(page.readme.name)}</a></p>
${sections}
${originals}
${banner}
</main>
</body>
</html>
`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1d1b18;background:#fbfaf7}
main{max-width:72rem;margin:0 auto;padding:1rem}
.embargo{margin:0 0 1rem;padding:.75rem 1rem;border:3px solid #a4161a;background:#fff1f0;color:#6b0d10;font-size:1.05rem}
.eyebrow{margin:0;color:#5c574f;font-size:.9rem}
h1{margin:.25rem 0;font-size:clamp(1.6rem,5vw,2.6rem);line-height:1.15}
h2{margin:2rem 0 .5rem;font-size:1.3rem;border-top:1px solid #d9d4cb;padding-top:1rem}
h3{margin:1rem 0 .25rem;font-size:1rem}
.dek{font-size:1.1rem;color:#3d3a35}
.languages{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
.images{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.75rem;padding:0;list-style:none}
.images img{display:block;width:100%;height:auto;max-height:14rem;object-fit:contain;background:#eee}
.images a,.files a{font-size:.75rem;overflow-wrap:anywhere}
.caption{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;font-size:.9rem;background:#fff;border:1px solid #d9d4cb;padding:.5rem .75rem}
.files{padding:0 1rem}
a{color:#5b2a86}
`;

/** The page at a preview's address once the embargo has lifted: on to the public page. */
export function previewRedirect(target: string, canonical: string): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${esc(target)}">
<link rel="canonical" href="${esc(canonical)}">
<title>${esc(canonical)}</title>
</head>
<body><p><a href="${esc(target)}">${esc(canonical)}</a></p></body>
</html>
`;
}
