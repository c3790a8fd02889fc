/**
 * `ringmesh start`: the composition root of a node. It builds the shared parts
 * (config, logs, metrics and health endpoint, document store) and starts the
 * requested services on them; with no NATS_URL everything runs in this process on
 * an embedded store in the data directory. SIGTERM/SIGINT drain it: readiness fails
 * first, then each service stops, then the connections close.
 */
import { connect as natsConnect, type NatsConnection } from "@nats-io/transport-node";
import { loadServerConfig, type ServerConfig, type ServiceName } from "../lib/env.js";
import { startOpsServer } from "../lib/http.js";
import { createLogger, type Logger } from "../lib/log.js";
import { createRegistry } from "../lib/metrics.js";
import { FileDocumentStore, KvDocumentStore, type DocumentStore } from "../lib/store/index.js";
import { ensureAdminToken, loadTokensFile, startAdminServer, TokenRegistry, type TokenGrant } from "../services/admin/index.js";
import { loadDocuments } from "./load.js";
import { CliError } from "./errors.js";

export interface StartOptions {
  readonly dataDir?: string;
  readonly services?: string;
  readonly bootstrap?: string;
}

/** Services this build can run; the others are named in the README as not built yet. */
const AVAILABLE: readonly ServiceName[] = ["admin"];

async function openStore(config: ServerConfig, logger: Logger): Promise<{ store: DocumentStore; nc?: NatsConnection }> {
  if (config.natsUrl === undefined) {
    logger.info({ dataDir: config.dataDir }, "embedded mode: documents kept in the data directory");
    return { store: await FileDocumentStore.open(config.dataDir) };
  }
  const nc = await natsConnect({
    servers: config.natsUrl.split(","),
    name: `ringmesh-${config.nodeId}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
  logger.info({ server: nc.getServer() }, "connected to NATS");
  return { store: await KvDocumentStore.open(nc), nc };
}

async function tokenGrants(config: ServerConfig, logger: Logger): Promise<TokenGrant[]> {
  if (config.tokensFile !== undefined) return loadTokensFile(config.tokensFile);
  const admin = await ensureAdminToken(config.dataDir);
  logger.info({ path: admin.path, created: admin.created }, "platform admin token (the CLI reads it from the data directory)");
  return [{ token: admin.token, role: "platformAdmin" }];
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
  let draining = false;
  ops.addReadinessCheck("node", () => (draining ? "draining" : true));

  const { store, nc } = await openStore(config, logger);
  const stops: (() => Promise<void>)[] = [];
  try {
    if (opts.bootstrap !== undefined) await bootstrap(store, opts.bootstrap, logger);
    for (const name of config.services.filter((s) => !AVAILABLE.includes(s))) {
      logger.warn({ service: name }, "service not built yet in this version; skipped");
    }
    if (config.services.includes("admin")) {
      const tokens = new TokenRegistry(await tokenGrants(config, logger));
      const admin = await startAdminServer({
        store,
        tokens,
        host: config.host,
        port: config.grpcPort,
        logger: logger.child({ service: "admin" }),
        ...(config.tls !== undefined
          ? { tls: { cert: config.tls.certFile, key: config.tls.keyFile, ...(config.tls.caFile !== undefined ? { ca: config.tls.caFile } : {}) } }
          : {}),
      });
      stops.push(() => admin.stop());
      logger.info({ port: admin.port }, "admin gRPC API listening");
    }
    logger.info({ metricsPort: ops.port, services: config.services.filter((s) => AVAILABLE.includes(s)) }, "ready");
    const sig = await signalled();
    logger.info({ signal: sig }, "draining");
  } finally {
    draining = true;
    for (const stop of stops.reverse()) await stop();
    await store.close();
    if (nc !== undefined) await nc.drain();
    await ops.stop();
    logger.info("stopped");
  }
}
