/**
 * `ringmesh start`: the composition root of a node. It builds the shared parts
 * (config, logs, metrics and health endpoint, document store, actor runtime) and
 * starts the requested services on them. With no NATS_URL everything runs in this
 * process: the store lives in the data directory and actors on an in-memory
 * transport. SIGTERM/SIGINT drain it: readiness fails first, then each service stops
 * (in reverse order), then the runtime and connections close.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { systemClock } from "../lib/clock.js";
import { loadServerConfig, type ServerConfig, type ServiceName } from "../lib/env.js";
import { startOpsServer } from "../lib/http.js";
import { createLogger, type Logger } from "../lib/log.js";
import { createRegistry } from "../lib/metrics.js";
import { connectNatsTransport, createMemoryTransport, Runtime, type Transport } from "../lib/runtime/index.js";
import type { RunningService, ServiceModule } from "../lib/service.js";
import { FileDocumentStore, KvDocumentStore, type DocumentStore } from "../lib/store/index.js";
import { adminService } from "../services/admin/index.js";
import { agentActorService } from "../services/agent-actor/index.js";
import { createQueueActorService } from "../services/queue-actor/index.js";
import { CallCommandBridge, createSignalingService } from "../services/signaling/index.js";
import { loadDocuments } from "./load.js";
import { CliError } from "./errors.js";

export interface StartOptions {
  readonly dataDir?: string;
  readonly services?: string;
  readonly bootstrap?: string;
}

/**
 * Group actors and signaling share one bridge: when both run in this process, commands
 * for this node's calls are handed over in-process; otherwise they travel as CallCommand
 * messages over NATS.
 */
function callModules(): Pick<Record<ServiceName, ServiceModule>, "queue-actor" | "signaling"> {
  const bridge = new CallCommandBridge();
  return { "queue-actor": createQueueActorService({ signaling: bridge.port }), signaling: createSignalingService({ bridge }) };
}

/** Every service this build can run. A requested service missing here is reported, not faked. */
const MODULES: Partial<Record<ServiceName, ServiceModule>> = {
  admin: adminService,
  "agent-actor": agentActorService,
  ...callModules(),
};

interface Backends {
  readonly transport: Transport;
  readonly store: DocumentStore;
  readonly nc?: NatsConnection;
}

async function openBackends(config: ServerConfig, logger: Logger, registry: Registry): Promise<Backends> {
  if (config.natsUrl === undefined) {
    logger.info({ dataDir: config.dataDir }, "embedded mode: documents in the data directory, actors in this process");
    return { transport: createMemoryTransport(systemClock), store: await FileDocumentStore.open(config.dataDir) };
  }
  const transport = await connectNatsTransport({ servers: config.natsUrl.split(","), name: `ringmesh-${config.nodeId}`, logger, registry });
  logger.info({ server: transport.nc.getServer() }, "connected to NATS");
  return { transport, store: await KvDocumentStore.open(transport.nc), nc: transport.nc };
}

async function bootstrap(store: DocumentStore, dir: string, logger: Logger): Promise<void> {
  if ((await store.list()).length > 0) return;
  const loaded = await loadDocuments([dir]);
  if (loaded.errors.length > 0) throw new CliError(`--bootstrap ${dir}: ${loaded.errors.join("; ")}`);
  const applied = await store.apply(loaded.documents.map((d) => d.raw), { audio: loaded.audio });
  logger.info({ dir, documents: applied.length }, "bootstrap documents applied to the empty store");
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => () => resolve(sig);
    process.once("SIGTERM", on("SIGTERM"));
    process.once("SIGINT", on("SIGINT"));
  });
}

export async function runStart(opts: StartOptions): Promise<void> {
  const config = loadServerConfig(process.env, opts);
  const logger = createLogger("node", config.logLevel).child({ node: config.nodeId });
  const registry = createRegistry(config.nodeId);
  const ops = await startOpsServer({ registry, host: config.host, port: config.metricsPort });
  let phase: "starting" | "serving" | "draining" = "starting";
  ops.addReadinessCheck("node", () => (phase === "serving" ? true : phase));
  // Armed before anything starts, so a signal during start-up drains too.
  const stopRequested = signalled();

  const modules = config.services.flatMap((name) => {
    const m = MODULES[name];
    if (m === undefined) logger.warn({ service: name }, "service not built yet in this version; skipped");
    return m === undefined ? [] : [m];
  });
  const { transport, store, nc } = await openBackends(config, logger, registry);
  const base = { config, logger, registry, clock: systemClock, store, ...(nc !== undefined ? { nc } : {}) };
  const runtime = Runtime.start({
    transport,
    clock: systemClock,
    logger: logger.child({ component: "runtime" }),
    registry,
    nodeId: config.nodeId,
    kinds: modules.flatMap((m) => m.kinds?.(base) ?? []),
  });
  const running: RunningService[] = [];
  try {
    if (opts.bootstrap !== undefined) await bootstrap(store, opts.bootstrap, logger);
    for (const m of modules) {
      const service = await m.start({ ...base, runtime, logger: logger.child({ service: m.name }) });
      running.push(service);
      ops.addReadinessCheck(m.name, () => service.ready?.() ?? true);
    }
    phase = "serving";
    logger.info({ grpcPort: config.grpcPort, metricsPort: ops.port, services: modules.map((m) => m.name) }, "ready");
    logger.info({ signal: await stopRequested }, "draining");
  } finally {
    phase = "draining";
    for (const service of running.reverse()) await service.stop();
    await runtime.stop();
    await store.close();
    await transport.close();
    await ops.stop();
    logger.info("stopped");
  }
}
