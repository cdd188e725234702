import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";

/**
 * The process that made a folder or holds a lock. A process id alone does not say it: ids are
 * reused (a container's first processes get the same ids on every start), so the process's start
 * time and the machine, with its boot, are part of it.
 */
export interface ProcessOwner {
  /** The host name and the kernel's boot id, hashed: another machine, or this one rebooted. */
  machine: string;
  pid: number;
  /** When the process started, in clock ticks since boot (Linux); 0 where it cannot be read. */
  started: number;
}

/** Whether the owner still runs: `elsewhere` is another machine's (or boot's), unknowable here. */
export type OwnerState = "alive" | "gone" | "elsewhere";

let machine: string | undefined;

function thisMachine(): string {
  machine ??= createHash("sha256")
    .update(`${os.hostname()}\0${readText("/proc/sys/kernel/random/boot_id")}`)
    .digest("hex")
    .slice(0, 8);
  return machine;
}

let self: ProcessOwner | undefined;

export function currentOwner(): ProcessOwner {
  self ??= ownerOf(process.pid);
  return self;
}

/** A process of this machine, as it is now. */
export function ownerOf(pid: number): ProcessOwner {
  return { machine: thisMachine(), pid, started: startOf(pid) };
}

export function ownerState(owner: ProcessOwner): OwnerState {
  if (owner.machine !== thisMachine()) return "elsewhere";
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return "gone";
  }
  const { state, started } = statOf(owner.pid);
  // A zombie has ended: its parent was killed and no one collects it (a container's first
  // process often does not).
  if (state === "Z" || state === "X") return "gone";
  return owner.started !== 0 && started !== 0 && started !== owner.started ? "gone" : "alive";
}

/** `<machine>-<pid>-<started>`: the owner in a folder name. */
export function ownerToken(owner: ProcessOwner = currentOwner()): string {
  return `${owner.machine}-${owner.pid}-${owner.started}`;
}

const TOKEN = /^([0-9a-f]{8})-(\d+)-(\d+)(?=-|$)/;

/** The owner at the start of `text` (a folder name after its prefix), if it has one. */
export function parseOwnerToken(text: string): ProcessOwner | undefined {
  const match = TOKEN.exec(text);
  if (!match) return undefined;
  const [, machineHash = "", pid = "", started = ""] = match;
  return { machine: machineHash, pid: Number(pid), started: Number(started) };
}

function startOf(pid: number): number {
  return statOf(pid).started;
}

/**
 * Fields 3 (state) and 22 (start time) of /proc/<pid>/stat, read after the command name, which
 * may hold spaces and brackets. Empty where there is no /proc.
 */
function statOf(pid: number): { state: string; started: number } {
  const stat = readText(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const started = Number(fields[19]);
  return { state: fields[0] ?? "", started: Number.isSafeInteger(started) ? started : 0 };
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
