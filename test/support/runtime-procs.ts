/** Spawns `runtime-node-proc.ts` children and collects their JSON lines. Every child is stopped by its own pid. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Line {
  readonly ev?: string;
  readonly msg?: string;
  readonly node?: string;
  readonly actor?: string;
  readonly epoch?: number;
  readonly rev?: number;
  readonly tag?: string;
  readonly timerId?: string;
  readonly type?: string;
  readonly [k: string]: unknown;
}

export interface NodeProc {
  readonly id: string;
  readonly proc: ChildProcess;
  readonly lines: Line[];
  waitFor(pred: (l: Line) => boolean, timeoutMs?: number): Promise<Line>;
  signal(sig: NodeJS.Signals): void;
  /** SIGTERM (graceful hand-off) and wait for exit; SIGKILL after 10 s. */
  stop(): Promise<void>;
  exited: Promise<void>;
}

const script = fileURLToPath(new URL("./runtime-node-proc.ts", import.meta.url));

export function spawnNode(id: string, env: Record<string, string>): NodeProc {
  const proc = spawn(process.execPath, ["--import=tsx", script], {
    env: { ...process.env, NODE_ID: id, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Line[] = [];
  const waiters = new Set<() => void>();
  let buf = "";
  proc.stdout.on("data", (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      const raw = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        lines.push(JSON.parse(raw) as Line);
      } catch {
        lines.push({ ev: "raw", text: raw });
      }
    }
    for (const w of waiters) w();
  });
  let stderr = "";
  proc.stderr.on("data", (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once("exit", () => resolve());
  });
  const waitFor = (pred: (l: Line) => boolean, timeoutMs = 15_000): Promise<Line> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const hit = lines.find(pred);
        if (hit === undefined) return false;
        waiters.delete(onData);
        clearTimeout(t);
        resolve(hit);
        return true;
      };
      const onData = (): void => { check(); };
      const t = setTimeout(() => {
        waiters.delete(onData);
        reject(new Error(`node ${id}: no matching line within ${timeoutMs} ms; stderr: ${stderr}`));
      }, timeoutMs);
      if (!check()) waiters.add(onData);
    });
  return {
    id,
    proc,
    lines,
    waitFor,
    exited,
    signal: (sig) => { if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig); },
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill("SIGCONT");
      proc.kill("SIGTERM");
      const k = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(k);
    },
  };
}

/** Commits (`msg: "committed"` and activation claims) of one actor across nodes, ordered by state revision. */
export function commitHistory(nodes: readonly NodeProc[], actorKey: string): { node: string; epoch: number; rev: number }[] {
  const out: { node: string; epoch: number; rev: number }[] = [];
  for (const n of nodes) {
    for (const l of n.lines) {
      if (l.actor === actorKey && (l.msg === "committed" || l.msg === "actor activated") && typeof l.epoch === "number" && typeof l.rev === "number") {
        out.push({ node: n.id, epoch: l.epoch, rev: l.rev });
      }
    }
  }
  return out.sort((a, b) => a.rev - b.rev);
}
