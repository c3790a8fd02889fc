/**
 * The signaling service as a node module: SIP on UDP and TCP (`SIP_PORT`) and, when
 * `SIP_WS_PORT` is set, WebSocket; the registrar over the shared location service
 * (JetStream KV with NATS, memory embedded). INVITE handling is temporary, see `tu.ts`.
 */
import { randomBytes } from "node:crypto";
import type { TimerHandle } from "../../../lib/clock.js";
import { errorMessage } from "../../../lib/errors.js";
import type { NodeContext, RunningService, ServiceModule } from "../../../lib/service.js";
import { KvLocationStore } from "./location/kv.js";
import { MemoryLocationStore } from "./location/memory.js";
import type { LocationStore } from "./location/types.js";
import { DEFAULT_POLICY, type RegistrarPolicy } from "./registrar/decide.js";
import { Directory } from "./registrar/directory.js";
import { Registrar } from "./registrar/registrar.js";
import { Endpoint } from "./sip/endpoint.js";
import { TcpTransport } from "./sip/transport/tcp.js";
import { TransportLayer } from "./sip/transport/layer.js";
import type { Transport } from "./sip/transport/types.js";
import { UdpTransport } from "./sip/transport/udp.js";
import { WsTransport } from "./sip/transport/ws.js";
import { SignalingTu } from "./tu.js";

export type SignalingContext = Pick<NodeContext, "config" | "logger" | "registry" | "clock" | "store" | "nc">;

export interface SignalingOptions {
  readonly policy?: Partial<RegistrarPolicy>;
  /** Longest `stop()` waits for REGISTERs in flight; default 2000 ms. */
  readonly drainMs?: number;
  /** How often expired bindings are deleted; default 30 s. */
  readonly sweepIntervalMs?: number;
}

export interface SignalingNode extends RunningService {
  readonly location: LocationStore;
  readonly directory: Directory;
  readonly registrar: Registrar;
  readonly endpoint: Endpoint;
  /** Bound ports (the OS's choice when 0 was configured). */
  readonly sipPort: number;
  readonly wsPort?: number;
}

const ALLOW = ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER"];

export async function startSignaling(ctx: SignalingContext, opts: SignalingOptions = {}): Promise<SignalingNode> {
  const { config, logger, clock } = ctx;
  const policy = { ...DEFAULT_POLICY, ...opts.policy };
  const directory = await Directory.start(ctx.store, logger);
  let location: LocationStore;
  let secret: string | Buffer;
  if (ctx.nc !== undefined) {
    // Twice the longest registration: only bindings no node swept ever age out this way.
    const kv = await KvLocationStore.open(ctx.nc, { maxAgeMs: policy.maxExpires * 2000, logger });
    location = kv;
    secret = await kv.sharedSecret();
  } else {
    location = new MemoryLocationStore();
    secret = randomBytes(32);
  }
  const registrar = new Registrar({ directory, location, clock, nodeId: config.nodeId, secret, policy, registry: ctx.registry, logger });
  const tu = new SignalingTu(registrar, directory, logger);

  const transports: Transport[] = [];
  try {
    const udp = new UdpTransport({ host: config.host, port: config.sipPort });
    const endpointSink: { receive: (data: Buffer, flow: Parameters<Endpoint["receive"]>[1]) => void } = { receive: () => undefined };
    await udp.listen((d, f) => endpointSink.receive(d, f));
    transports.push(udp);
    // Same port for TCP as UDP, also when the OS picked it.
    const tcp = new TcpTransport({ host: config.host, port: udp.local.port });
    await tcp.listen((d, f) => endpointSink.receive(d, f));
    transports.push(tcp);
    if (config.sipWsPort !== undefined) {
      const ws = new WsTransport({ host: config.host, port: config.sipWsPort });
      await ws.listen((d, f) => endpointSink.receive(d, f));
      transports.push(ws);
    }
    const layer = new TransportLayer(transports);
    const endpoint = new Endpoint({ sender: layer, clock, tu, registry: ctx.registry, logger, allow: ALLOW });
    endpointSink.receive = endpoint.receive;

    let sweepTimer: TimerHandle | undefined;
    const sweepEvery = opts.sweepIntervalMs ?? 30_000;
    const sweep = (): void => {
      location
        .sweep(clock.now())
        .catch((err: unknown) => logger.warn({ err: errorMessage(err) }, "expired binding sweep failed"))
        .finally(() => {
          if (!stopped) sweepTimer = clock.setTimeout(sweep, sweepEvery);
        });
    };
    let stopped = false;
    sweepTimer = clock.setTimeout(sweep, sweepEvery);
    let stopping: Promise<void> | undefined;
    const wsPort = transports.find((t) => t.protocol === "WS")?.local.port;
    logger.info({ sip: udp.local, ws: wsPort, location: ctx.nc !== undefined ? "jetstream-kv" : "memory" }, "signaling listening");
    return {
      location,
      directory,
      registrar,
      endpoint,
      sipPort: udp.local.port,
      ...(wsPort !== undefined ? { wsPort } : {}),
      ready: () => (tu.isDraining ? "draining" : true),
      stop: () =>
        (stopping ??= (async () => {
          await tu.drain(opts.drainMs ?? 2000);
          stopped = true;
          if (sweepTimer !== undefined) clock.clearTimeout(sweepTimer);
          await layer.close();
          await location.close();
          directory.stop();
        })()),
    };
  } catch (err) {
    await Promise.all(transports.map((t) => t.close()));
    await location.close();
    directory.stop();
    throw err;
  }
}

export const signalingService: ServiceModule = {
  name: "signaling",
  start: (ctx) => startSignaling(ctx),
};
