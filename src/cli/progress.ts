import pc from "picocolors";
import type { RenderProgress } from "../render/render-images.ts";
import type { Output } from "./output.ts";

/**
 * Render progress on stderr: a bar redrawn in place on a terminal, plain lines (at most one per
 * tenth of the work) in CI and logs.
 */
export function createProgress(output: Output, stream: NodeJS.WriteStream = process.stderr) {
  const live = stream.isTTY === true && !process.env.CI;
  let lastTenth = -1;
  return {
    update(event: RenderProgress): void {
      if (event.total === 0) return;
      const text = `images ${event.done}/${event.total} (${event.rendered} rendered, ${event.cached} from cache) ${event.asset}`;
      if (live) {
        const width = 24;
        const filled = Math.round((event.done / event.total) * width);
        stream.write(
          `\r${pc.green("█".repeat(filled))}${pc.dim("░".repeat(width - filled))} ${text}\x1b[K`,
        );
        return;
      }
      const tenth = Math.floor((event.done / event.total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        output.stderr(`[relais] ${text}`);
      }
    },
    done(): void {
      if (live) stream.write("\r\x1b[K");
    },
  };
}
