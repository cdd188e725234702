// How the benchmarks print their figures: padded tables, seconds and MiB, and the machine.
import os from "node:os";
import sharp from "sharp";

const GIB = 1024 ** 3;

/** The machine the figures were taken on, printed above them and recorded with them. */
export function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Number((os.totalmem() / GIB).toFixed(1)),
    node: process.versions.node,
    sharp: sharp.versions.sharp,
    libvips: sharp.versions.vips,
    // sharp's own choice on this machine: 1 on glibc without jemalloc, else the cores.
    defaultVipsThreads: sharp.concurrency(),
  };
}

export function describeMachine(m: ReturnType<typeof machine>): string {
  return `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, sharp ${m.sharp}, libvips ${m.libvips}`;
}

/** Columns padded to their widest cell: the first and the last (notes) to the left, figures right. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const last = widths.length - 1;
  const pad = (cell: string, i: number) =>
    i === 0 || (i === last && last > 1)
      ? cell.padEnd(widths[i] ?? 0)
      : cell.padStart(widths[i] ?? 0);
  return rows
    .map((r) => r.map(pad).join("  "))
    .join("\n")
    .replace(/ +$/gm, "");
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}

export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

/** PASS, MISS, or a dash for a figure that is only reported. */
export function verdict(pass: boolean | undefined): string {
  return pass === undefined ? "—" : pass ? "PASS" : "MISS";
}
