/**
 * Child processes of the SIP benchmark: each one is started in its own process group
 * (detached), remembered, and stopped by its PID (SIGTERM to the group, SIGKILL after a
 * grace period) — at the end, on failure, on a signal, or when the overall deadline hits.
 * CPU time per process tree comes from /proc/<pid>/stat (utime + stime).
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Proc {
  readonly name: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** stdout + stderr, the last 64 KiB. */
  output(): string;
  /** Resolves with the exit code (or 128 + signal) once the process has exited. */
  readonly exited: Promise<number>;
  /** Extra pipe (fd 3) contents, when asked for with `fd3`. */
  fd3(): string;
  stop(graceMs?: number): Promise<number>;
}

const live = new Map<number, Proc>();

export function startProc(name: string, cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; fd3?: boolean } = {}): Proc {
  const spawnOpts: SpawnOptions = {
    detached: true,
    stdio: opts.fd3 === true ? ["ignore", "pipe", "pipe", "pipe"] : ["ignore", "pipe", "pipe"],
    ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}),
    env: opts.env ?? process.env,
  };
  const child = spawn(cmd, args, spawnOpts);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: ${cmd} did not start`);
  let out = "";
  let extra = "";
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-65_536);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const pipe3 = child.stdio[3];
  if (pipe3 !== undefined && pipe3 !== null && "on" in pipe3) pipe3.on("data", (d: Buffer) => (extra += d.toString()));
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => {
      live.delete(pid);
      resolve(code ?? (signal !== null ? 128 : 1));
    });
    child.once("error", () => {
      live.delete(pid);
      resolve(127);
    });
  });
  const proc: Proc = {
    name,
    pid,
    child,
    output: () => out,
    fd3: () => extra,
    exited,
    stop: async (graceMs = 3000) => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      signalGroup(pid, "SIGTERM");
      const t = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(t);
      // The group leader is gone; anything it forked and left behind goes too.
      signalGroup(pid, "SIGKILL");
      return code;
    },
  };
  live.set(pid, proc);
  return proc;
}

function signalGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/** Stops every process this benchmark started that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...live.values()].map((p) => p.stop(2000)));
}

const dirs = new Set<string>();

/** A scratch directory under the system temp dir, removed by `killAllNow` if its owner has not removed it. */
export async function scratchDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ringmesh-bench-${prefix}-`));
  dirs.add(dir);
  return dir;
}

/** Last resort on exit: SIGKILL every group still known, remove scratch directories (synchronous). */
export function killAllNow(): void {
  for (const pid of live.keys()) signalGroup(pid, "SIGKILL");
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs.clear();
}

// ---------------------------------------------------------------- /proc CPU

let clkTck = 100;
try {
  const auxv = readFileSync("/proc/self/auxv");
  // AT_CLKTCK = 17; entries are pairs of 64-bit words.
  for (let i = 0; i + 16 <= auxv.length; i += 16) {
    if (auxv.readBigUInt64LE(i) === 17n) clkTck = Number(auxv.readBigUInt64LE(i + 8));
  }
} catch {
  // keep 100
}

interface Stat {
  readonly ppid: number;
  readonly ticks: number;
}

function readStat(pid: number): Stat | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = s.slice(s.lastIndexOf(")") + 2).split(" ");
    // rest[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return undefined;
  }
}

/** CPU µs (user + system) of `pid` and all its live descendants, now. */
export function treeCpuUs(pid: number): number {
  const stats = new Map<number, Stat>();
  for (const e of readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    const st = readStat(Number(e));
    if (st !== undefined) stats.set(Number(e), st);
  }
  const children = new Map<number, number[]>();
  for (const [p, st] of stats) {
    const list = children.get(st.ppid) ?? [];
    list.push(p);
    children.set(st.ppid, list);
  }
  let ticks = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() ?? 0;
    ticks += stats.get(p)?.ticks ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return (ticks * 1e6) / clkTck;
}

/** `bash times` output (second line: children's user and system time) → µs. */
export function parseTimes(text: string): number | undefined {
  const lines = text.trim().split("\n");
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(lines[1] ?? "");
  if (m === null) return undefined;
  const sec = Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
  return Math.round(sec * 1e6);
}

/** Load average and how busy the two cores are over `ms` (from /proc/stat). */
export async function machineLoad(ms = 1000): Promise<{ loadavg1: number; busyPct: number }> {
  const read = () => {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const total = v.reduce((a, b) => a + b, 0);
    return { idle, total };
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  const loadavg1 = Number((readFileSync("/proc/loadavg", "utf8").split(" ")[0] ?? "0"));
  const dt = b.total - a.total;
  return { loadavg1, busyPct: dt > 0 ? Math.round((100 * (dt - (b.idle - a.idle))) / dt) : 0 };
}
