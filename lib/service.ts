/**
 * How a service plugs into a node. `ringmesh start` builds the shared parts once
 * (config, logs, metrics, document store, actor runtime) and starts each requested
 * service on them, so a service runs the same alone in its own pod or beside the
 * others in one process.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { Clock } from "./clock.js";
import type { ServerConfig, ServiceName } from "./env.js";
import type { Logger } from "./log.js";
import type { AnyActorKind } from "./runtime/kind.js";
import type { Runtime } from "./runtime/index.js";
import type { DocumentStore } from "./store/index.js";

export interface NodeContext {
  readonly config: ServerConfig;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly clock: Clock;
  readonly store: DocumentStore;
  /** The cluster connection; absent in embedded mode. */
  readonly nc?: NatsConnection;
  /** Hosts every actor kind the node's services contribute, and reaches all others. */
  readonly runtime: Runtime;
}

export interface RunningService {
  /** Drains: stop taking new work, finish what is in flight (bounded), release resources. Idempotent. */
  stop(): Promise<void>;
  /** `true` when ready, or why not; the node's /readyz reports it. */
  ready?(): true | string;
}

export interface ServiceModule {
  readonly name: ServiceName;
  /** Actor kinds this service hosts; the node's runtime is started with the union. */
  kinds?(ctx: Omit<NodeContext, "runtime">): readonly AnyActorKind[];
  start(ctx: NodeContext): Promise<RunningService>;
}
