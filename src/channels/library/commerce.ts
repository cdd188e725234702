import type { ChannelSpecInput } from "../channel-spec.ts";

export const commerceChannelSpecs: readonly ChannelSpecInput[] = [
  {
    id: "google-merchant/product",
    name: "Google Merchant Center product image 1:1",
    image: {
      /** 1500×1500 or more is recommended; from 2027-01-31 every image must be ≥ 500×500. */
      size: { fit: "exact", width: 1500, height: 1500 },
      acceptedFormats: ["jpeg", "webp", "png"],
      format: "jpeg",
      quality: 82,
      maxBytes: 16_000_000,
      background: "#ffffff",
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    usage: "commerce",
    entryTypes: ["product"],
    source: {
      url: "https://support.google.com/merchants/answer/6324350",
      checked: "2026-11-23",
      confidence: "platform",
    },
    notes:
      "No promotional text, watermarks, borders or placeholders, and no upscaled images. Until 2027-01-31 the floor is 100×100 (apparel 250×250). At most 64 megapixels; the file extension must match the format; the URL must be crawlable by Googlebot-Image.",
  },
  {
    id: "meta-catalog/product",
    name: "Meta catalog product image 1:1",
    image: {
      size: { fit: "exact", width: 1080, height: 1080 },
      acceptedFormats: ["jpeg", "png"],
      format: "jpeg",
      quality: 82,
      /** No limit is published for catalog images; Instagram's 8 MB is assumed. */
      maxBytes: 8_000_000,
      background: "#ffffff",
    },
    text: { hashtags: { syntax: "none" }, linksClickable: false },
    usage: "commerce",
    entryTypes: ["product"],
    source: {
      url: "https://developers.facebook.com/documentation/ads-commerce/instagram/ads-api/reference/media-requirements",
      checked: "2026-11-23",
      confidence: "uncertain",
    },
    notes:
      "Advantage+ catalog ads need at least 600×600; 1:1 is recommended (1024×1024 or more per OWOX, uncertain). The file-size limit is not published (uncertain): 8 MB follows Instagram's API.",
  },
];
