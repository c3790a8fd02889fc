/** Spawns `routing-node-proc.ts` children (the runtime-procs.ts pattern); every child is stopped by its own pid. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./routing-node-proc.ts", import.meta.url));

export interface RoutingProc {
  readonly id: string;
  readonly proc: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  kill9(): Promise<void>;
  /** SIGTERM and wait; SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export function spawnRoutingNode(id: string, env: Record<string, string>): RoutingProc {
  const proc = spawn(process.execPath, ["--import=tsx", script], { env: { ...process.env, NODE_ID: id, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${id} not ready in 20 s; stderr: ${stderr}`)), 20_000);
    proc.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('"ev":"ready"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`${id} exited before ready; stderr: ${stderr}`)));
  });
  ready.catch(() => undefined);
  proc.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const alive = (): boolean => proc.exitCode === null && proc.signalCode === null;
  return {
    id,
    proc,
    ready,
    exited,
    async kill9() {
      if (alive()) proc.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (!alive()) return;
      proc.kill("SIGTERM");
      const k = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(k);
    },
  };
}
