/**
 * A real `ringmesh start` process on free loopback ports, for end-to-end tests, and
 * a runner for one-shot CLI commands against it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, freeUdpTcpPort } from "./ports.js";

export const BIN = join(import.meta.dirname, "..", "..", "bin", "ringmesh.js");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}, timeoutMs = 30_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal !== null ? 128 : 1), stdout, stderr });
    });
  });
}

export interface RingmeshNode {
  readonly dataDir: string;
  readonly grpcPort: number;
  readonly metricsPort: number;
  /** SIP on UDP and TCP (`SIP_PORT`; a free port unless the caller's env sets one). */
  readonly sipPort: number;
  /** Environment that points the CLI at this node. */
  readonly cliEnv: Readonly<Record<string, string>>;
  readonly log: () => string;
  /** SIGTERM and wait for a clean exit; resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (a crash: no shutdown runs) and wait until the process is gone. */
  kill(): Promise<void>;
  /** Start the node again on the same ports and data directory. */
  restart(): Promise<void>;
  /** Stop and remove the data directory. */
  dispose(): Promise<void>;
}

async function waitReady(port: number, proc: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`ringmesh exited with ${proc.exitCode} before ready:\n${log()}`);
    try {
      // The log arrives on a pipe, /readyz on a socket: wait for both, so tests that read
      // the start-up lines (listening ports, "ready") find them.
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200 && log().includes('"msg":"ready"')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`ringmesh not ready within ${timeoutMs} ms:\n${log()}`);
}

export async function startRingmeshNode(opts: { env?: Record<string, string>; args?: string[] } = {}): Promise<RingmeshNode> {
  const dataDir = await mkdtemp(join(tmpdir(), "ringmesh-node-"));
  const pickPorts = async () => ({
    grpcPort: await freePort(),
    metricsPort: await freePort(),
    // Never the default 5060: nodes of concurrent tests would collide on it.
    sipPort: opts.env?.["SIP_PORT"] !== undefined ? Number(opts.env["SIP_PORT"]) : await freeUdpTcpPort(),
  });
  let { grpcPort, metricsPort, sipPort } = await pickPorts();
  const envOf = () => ({
    ...process.env,
    RINGMESH_HOST: "127.0.0.1",
    GRPC_PORT: String(grpcPort),
    METRICS_PORT: String(metricsPort),
    SIP_PORT: String(sipPort),
    RINGMESH_DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    ...opts.env,
  });
  let env = envOf();
  let output = "";
  let proc: ChildProcess;
  const launch = async () => {
    proc = spawn(process.execPath, [BIN, "start", ...(opts.args ?? [])], { env, stdio: ["ignore", "pipe", "pipe"] });
    proc.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    proc.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    await waitReady(metricsPort, proc, () => output, 30_000);
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await launch();
      break;
    } catch (err) {
      // A port free a moment ago can be taken before the node binds it (another test's
      // outgoing connection gets it as its ephemeral port): start again on others.
      if (attempt >= 3 || !output.includes("EADDRINUSE")) throw err;
      output = "";
      ({ grpcPort, metricsPort, sipPort } = await pickPorts());
      env = envOf();
    }
  }
  const stop = async (): Promise<number | null> => {
    const p = proc;
    if (p.exitCode !== null || p.signalCode !== null) return p.exitCode;
    const exited = new Promise<number | null>((resolve) => p.once("exit", (code) => resolve(code)));
    p.kill("SIGTERM");
    const kill = setTimeout(() => p.kill("SIGKILL"), 10_000);
    const code = await exited;
    clearTimeout(kill);
    return code;
  };
  const kill = async (): Promise<void> => {
    const p = proc;
    if (p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => p.once("exit", () => resolve()));
    p.kill("SIGKILL");
    await exited;
  };
  return {
    dataDir,
    grpcPort,
    metricsPort,
    sipPort,
    cliEnv: { RINGMESH_ADDR: `127.0.0.1:${grpcPort}`, RINGMESH_DATA_DIR: dataDir },
    log: () => output,
    stop,
    kill,
    restart: async () => {
      await stop();
      await launch();
    },
    dispose: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
