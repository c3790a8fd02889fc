/**
 * Real nats-server processes for integration tests, each on free loopback ports with
 * its own JetStream directory (like nats.js's `nst` launcher). Tests that kill or
 * restart NATS use these, never the machine's shared server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect as netConnect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.js";

export const NATS_SERVER_BIN = process.env["NATS_SERVER_BIN"] ?? "/usr/sbin/nats-server";

export interface NatsServer {
  readonly port: number;
  readonly url: string;
  /** SIGKILL; the server can be started again with `restart()` on the same port and store. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the server and removes its store. Idempotent. */
  stop(): Promise<void>;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = netConnect(port, "127.0.0.1");
      s.once("connect", () => { s.destroy(); resolve(true); });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nats-server did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exited(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => proc.once("exit", () => resolve()));
}

interface ServerSpec {
  port: number;
  config: string;
  dir: string;
}

class LaunchedServer implements NatsServer {
  private proc: ChildProcess | undefined;
  private stopped = false;
  constructor(private readonly spec: ServerSpec) {}

  get port(): number { return this.spec.port; }
  get url(): string { return `nats://127.0.0.1:${this.spec.port}`; }

  async start(): Promise<void> {
    const confPath = join(this.spec.dir, "nats.conf");
    await writeFile(confPath, this.spec.config);
    const proc = spawn(NATS_SERVER_BIN, ["-c", confPath], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    proc.stderr.on("data", (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
    this.proc = proc;
    const failed = new Promise<never>((_, reject) =>
      proc.once("exit", (code) => reject(new Error(`nats-server exited (${code}): ${stderr}`))));
    // `failed` settles only if the server exits; mark it handled without waiting for it.
    failed.catch(() => undefined);
    await Promise.race([waitForPort(this.spec.port, 10_000), failed]);
  }

  async kill(): Promise<void> {
    const p = this.proc;
    if (p === undefined) return;
    p.kill("SIGKILL");
    await exited(p);
    this.proc = undefined;
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const p = this.proc;
    if (p !== undefined) {
      p.kill("SIGTERM");
      const t = setTimeout(() => p.kill("SIGKILL"), 3000);
      await exited(p);
      clearTimeout(t);
    }
    await rm(this.spec.dir, { recursive: true, force: true });
  }
}

/** One JetStream-enabled server on a free loopback port. */
export async function startNatsServer(): Promise<NatsServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-nats-"));
  const config = `listen: 127.0.0.1:${port}\njetstream { store_dir: "${dir}/js" }\n`;
  const server = new LaunchedServer({ port, config, dir });
  await server.start();
  return server;
}

/** A clustered JetStream of `size` servers (routes on loopback); URLs of all members in `urls`. */
export async function startNatsCluster(size = 3): Promise<{ servers: NatsServer[]; urls: string[]; stop(): Promise<void> }> {
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  const routePorts = await Promise.all(Array.from({ length: size }, () => freePort()));
  const routes = routePorts.map((p) => `nats-route://127.0.0.1:${p}`).join(", ");
  const servers: LaunchedServer[] = [];
  for (let i = 0; i < size; i++) {
    const dir = await mkdtemp(join(tmpdir(), `ringmesh-natsc${i}-`));
    const config = [
      `server_name: n${i}`,
      `listen: 127.0.0.1:${ports[i]}`,
      `jetstream { store_dir: "${dir}/js" }`,
      `cluster { name: ringmesh-test, listen: 127.0.0.1:${routePorts[i]}, routes: [${routes}] }`,
      "",
    ].join("\n");
    servers.push(new LaunchedServer({ port: ports[i] ?? 0, config, dir }));
  }
  await Promise.all(servers.map((s) => s.start()));
  return {
    servers,
    urls: servers.map((s) => s.url),
    stop: async () => { await Promise.all(servers.map((s) => s.stop())); },
  };
}
