/**
 * Bounded sipp runs for the SIP benchmark: one load run (UAC at a fixed rate for a fixed
 * number of calls) read back from sipp's own files (`-trace_stat` counters, `-trace_rtt`
 * per-call rtd timers, `-trace_logs` timestamps), and long-running UAS processes.
 * Every sipp is bounded: `-timeout` plus a hard stop by PID.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseTimes, scratchDir, startProc, treeCpuUs, type Proc } from "./procs.js";

export const SIPP = process.env["SIPP_BIN"] ?? "sipp";
export const SCENARIOS = import.meta.dirname;
export const BUFF = ["-buff_size", "8388608"];

export interface LoadOptions {
  readonly name: string;
  readonly target: string;
  readonly scenario: string;
  readonly localPort: number;
  readonly cps: number;
  readonly secs: number;
  readonly holdMs: number;
  /** Longest a call may wait for one message before sipp fails it. */
  readonly recvTimeoutMs: number;
  readonly args?: readonly string[];
  /** Write `-trace_logs` (scenario <log> actions) and return its lines. */
  readonly logs?: boolean;
}

export interface LoadResult {
  readonly cps: number;
  readonly secs: number;
  readonly planned: number;
  readonly created: number;
  readonly successful: number;
  readonly failed: number;
  readonly retransmissions: number;
  /** Seconds from the first call to the last one created (interpolated from 1 s stat rows). */
  readonly createSecs: number;
  /** From sipp's start to its last stat row (written as it exits). */
  readonly elapsedSecs: number;
  /** rtd 1 (INVITE → 200) and rtd 2 (INVITE → 503) per call, in ms (sipp's resolution: 1 ms). */
  readonly rtd1: number[];
  readonly rtd2: number[];
  /** UAC CPU (user + system), µs. */
  readonly uacCpuUs: number | undefined;
  readonly code: number;
  readonly logLines: string[];
  /** Tail of sipp's error log (why calls failed). */
  readonly errors: string;
  readonly wallSecs: number;
}

const col = {
  start: 0,
  current: 2,
  created: 12,
  successful: 15,
  failed: 17,
  retrans: 57,
} as const;

/** "2026-11-24\t23:21:48.379057\t1795562508.379057" → epoch seconds. */
function epochOf(field: string | undefined): number {
  const parts = (field ?? "").split("\t");
  return Number(parts[2] ?? NaN);
}

export function parseStat(text: string, planned: number): { created: number; successful: number; failed: number; retransmissions: number; createSecs: number; elapsedSecs: number } {
  const rows = text
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(";"))
    .filter((r) => r.length > col.retrans);
  const last = rows.at(-1);
  if (last === undefined) return { created: 0, successful: 0, failed: 0, retransmissions: 0, createSecs: NaN, elapsedSecs: NaN };
  const n = (r: string[], i: number) => Number(r[i] ?? 0);
  const start = epochOf(last[col.start]);
  let createSecs = NaN;
  let prevT = 0;
  let prevC = 0;
  for (const r of rows) {
    const t = epochOf(r[col.current]) - start;
    const c = n(r, col.created);
    if (c >= planned) {
      createSecs = c === prevC ? t : prevT + ((planned - prevC) / (c - prevC)) * (t - prevT);
      break;
    }
    prevT = t;
    prevC = c;
  }
  return {
    created: n(last, col.created),
    successful: n(last, col.successful),
    failed: n(last, col.failed),
    retransmissions: n(last, col.retrans),
    createSecs,
    elapsedSecs: epochOf(last[col.current]) - start,
  };
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const dir = await scratchDir(o.name);
  const planned = Math.max(1, Math.round(o.cps * o.secs));
  const timeoutS = Math.ceil(o.secs * 1.5 + o.holdMs / 1000 + o.recvTimeoutMs / 1000 + 10);
  const args = [
    o.target,
    "-sf", o.scenario,
    "-i", "127.0.0.1",
    "-p", String(o.localPort),
    "-r", String(o.cps),
    "-m", String(planned),
    "-l", String(Math.max(100, Math.ceil(o.cps * (o.holdMs / 1000 + 5)))),
    "-d", String(o.holdMs),
    "-nostdin",
    ...BUFF,
    "-recv_timeout", String(o.recvTimeoutMs),
    "-timeout", `${timeoutS}s`,
    "-trace_stat", "-stf", join(dir, "stat.csv"), "-fd", "1",
    "-trace_rtt", "-rtt_freq", "1",
    "-trace_err", "-error_file", join(dir, "err.log"),
    ...(o.logs === true ? ["-trace_logs", "-log_file", join(dir, "log.txt")] : []),
    ...(o.args ?? []),
  ];
  const started = performance.now();
  // bash reports sipp's CPU (`times`: user and system of its children) on fd 3 after it exits.
  const proc = startProc(o.name, "bash", ["-c", `"${SIPP}" "$@"; rc=$?; times >&3; exit $rc`, "bench-sipp", ...args], { cwd: dir, fd3: true });
  const hard = setTimeout(() => void proc.stop(1000), (timeoutS + 10) * 1000);
  const code = await proc.exited;
  clearTimeout(hard);
  const wallSecs = (performance.now() - started) / 1000;
  const read = (f: string) => readFile(join(dir, f), "utf8").catch(() => "");
  const stat = parseStat(await read("stat.csv"), planned);
  const rtd1: number[] = [];
  const rtd2: number[] = [];
  for (const f of (await readdir(dir)).filter((x) => x.endsWith("_rtt.csv"))) {
    for (const line of (await read(f)).split("\n").slice(1)) {
      const parts = line.split(";");
      const ms = parts.at(1);
      const no = parts.at(2);
      if (ms === undefined || no === undefined) continue;
      (no.trim() === "2" ? rtd2 : rtd1).push(Number(ms));
    }
  }
  const errors = (await read("err.log")).slice(-2000);
  const logLines = o.logs === true ? (await read("log.txt")).split("\n").filter((l) => l !== "") : [];
  await rm(dir, { recursive: true, force: true });
  return { cps: o.cps, secs: o.secs, planned, ...stat, rtd1, rtd2, uacCpuUs: parseTimes(proc.fd3()), code, logLines, errors, wallSecs };
}

export interface Uas {
  readonly proc: Proc;
  readonly port: number;
  cpuUs(): number;
  logLines(): Promise<string[]>;
  stop(): Promise<void>;
}

/** A sipp UAS on 127.0.0.1:`port`; resolves once it has had a moment to bind. */
export async function startUas(name: string, scenario: string, port: number, o: { logs?: boolean; args?: readonly string[] } = {}): Promise<Uas> {
  const dir = await scratchDir(name);
  const args = [
    "-sf", scenario,
    "-i", "127.0.0.1",
    "-p", String(port),
    "-nostdin",
    ...BUFF,
    "-timeout", "1800s",
    ...(o.logs === true ? ["-trace_logs", "-log_file", join(dir, "log.txt")] : []),
    ...(o.args ?? []),
  ];
  const proc = startProc(name, SIPP, args, { cwd: dir });
  await new Promise((r) => setTimeout(r, 300));
  if (proc.child.exitCode !== null) throw new Error(`${name}: sipp UAS exited at once:\n${proc.output().slice(-1500)}`);
  return {
    proc,
    port,
    cpuUs: () => treeCpuUs(proc.pid),
    logLines: async () => (await readFile(join(dir, "log.txt"), "utf8").catch(() => "")).split("\n").filter((l) => l !== ""),
    stop: async () => {
      await proc.stop(1000);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
