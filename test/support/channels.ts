import {
  type ChannelSpec,
  type ChannelSpecInput,
  channelSpecSchema,
} from "../../src/channels/channel-spec.ts";

/** A small channel record for tests, valid by the real schema; `changes` override its image part. */
export function testChannel(
  id: string,
  image: Partial<ChannelSpecInput["image"]> = {},
  rest: Partial<ChannelSpecInput> = {},
): ChannelSpec {
  return channelSpecSchema.parse({
    id,
    name: id,
    image: {
      size: { fit: "exact", width: 400, height: 500 },
      acceptedFormats: ["jpeg"],
      format: "jpeg",
      maxBytes: 1_000_000,
      ...image,
    },
    text: { caption: { max: 2200 }, hashtags: { syntax: "hash", max: 5 }, linksClickable: false },
    source: { url: "https://example.com/spec", checked: "2026-11-23", confidence: "platform" },
    ...rest,
  });
}
