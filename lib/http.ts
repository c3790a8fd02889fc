/**
 * The operations endpoint of every process: `/metrics`, `/healthz` (the event loop
 * answers) and `/readyz` (every registered readiness check passes; Kubernetes stops
 * routing to a pod that fails it, e.g. while draining).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export type ReadinessCheck = () => boolean | string;

export interface OpsServer {
  readonly port: number;
  /** Adds a named readiness check: `true` is ready, a string says why not. */
  addReadinessCheck(name: string, check: ReadinessCheck): void;
  stop(): Promise<void>;
}

export async function startOpsServer(opts: { registry: Registry; host: string; port: number }): Promise<OpsServer> {
  const checks = new Map<string, ReadinessCheck>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/metrics") {
      opts.registry.metrics().then(
        (body) => res.writeHead(200, { "content-type": opts.registry.contentType }).end(body),
        (err: unknown) => res.writeHead(500, { "content-type": "text/plain" }).end(`metrics failed: ${String(err)}\n`),
      );
    } else if (path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    } else if (path === "/readyz") {
      const failing: string[] = [];
      for (const [name, check] of checks) {
        let result: boolean | string;
        try {
          result = check();
        } catch (err) {
          result = String(err);
        }
        if (result !== true) failing.push(`${name}: ${result === false ? "not ready" : result}`);
      }
      const ready = checks.size > 0 && failing.length === 0;
      res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" })
        .end(ready ? "ready\n" : `${checks.size === 0 ? "starting" : failing.join("\n")}\n`);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  let stopping: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    addReadinessCheck: (name, check) => void checks.set(name, check),
    stop: () => (stopping ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    })),
  };
}
