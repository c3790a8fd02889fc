/**
 * The signaling service as a node module: SIP on UDP and TCP (`SIP_PORT`) and, when
 * `SIP_WS_PORT` is set, WebSocket; SIP over TLS (`SIP_TLS_PORT`) and secure WebSocket
 * (`SIP_WSS_PORT`) with the node's certificate (`RINGMESH_TLS_CERT`/`KEY`); the
 * registrar over the shared location service (JetStream KV with NATS, memory embedded);
 * calls (calls/manager.ts) bridged to the group actors through the node's runtime. Commands
 * from group actors arrive in-process through a CallCommandBridge shared with queue-actor,
 * and over NATS from other nodes.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { TimerHandle } from "../../../lib/clock.js";
import { errorMessage } from "../../../lib/errors.js";
import type { NodeContext, RunningService, ServiceModule } from "../../../lib/service.js";
import { AdmissionControl } from "./admission/control.js";
import { waitForCalls } from "./admission/drain.js";
import { LoopSampler } from "./admission/loop-sampler.js";
import { FileCdrSink, JetStreamCdrSink, type CdrSink } from "./cdr/sink.js";
import { KvLocationStore } from "./location/kv.js";
import { MemoryLocationStore } from "./location/memory.js";
import type { LocationStore } from "./location/types.js";
import { DEFAULT_POLICY, type RegistrarPolicy } from "./registrar/decide.js";
import { Directory } from "./registrar/directory.js";
import { Registrar } from "./registrar/registrar.js";
import type { CallCommandBridge } from "./calls/bridge.js";
import { subscribeCallCommands, type CommandSubscription } from "./calls/commands.js";
import { CallManager } from "./calls/manager.js";
import type { MediaBridge } from "./calls/media.js";
import { peerTrust } from "./calls/inbound.js";
import { runtimeRoutingPort } from "./calls/routing-port.js";
import { SignalingCluster } from "./cluster/index.js";
import { NatsRelayWire } from "./cluster/relay-wire.js";
import { Endpoint } from "./sip/endpoint.js";
import { TcpTransport } from "./sip/transport/tcp.js";
import { TransportLayer } from "./sip/transport/layer.js";
import { FlowRelay, localFlows } from "./sip/transport/relay.js";
import type { Transport } from "./sip/transport/types.js";
import type { BaseTimers } from "./sip/constants.js";
import { UdpTransport } from "./sip/transport/udp.js";
import { WsTransport } from "./sip/transport/ws.js";
import { SignalingTu } from "./tu.js";

/** `runtime` absent: registrar only, INVITEs to groups get 503 (signaling tests without actors). */
export type SignalingContext = Pick<NodeContext, "config" | "logger" | "registry" | "clock" | "store" | "nc"> & Partial<Pick<NodeContext, "runtime">>;

export interface SignalingOptions {
  readonly policy?: Partial<RegistrarPolicy>;
  /** Longest `stop()` waits for REGISTERs in flight; default 2000 ms. */
  readonly drainMs?: number;
  /** How often expired bindings are deleted; default 30 s. */
  readonly sweepIntervalMs?: number;
  /** Shared with queue-actor in one process, so group commands for this node's calls stay in-process. */
  readonly bridge?: CallCommandBridge;
  /** Default: SDP passed through (no media anchoring). */
  readonly media?: MediaBridge;
  readonly timers?: BaseTimers;
}

export interface SignalingNode extends RunningService {
  readonly location: LocationStore;
  readonly directory: Directory;
  readonly registrar: Registrar;
  readonly endpoint: Endpoint;
  /** Absent without a runtime. */
  readonly calls?: CallManager;
  /** Bound ports (the OS's choice when 0 was configured). */
  readonly sipPort: number;
  readonly wsPort?: number;
  readonly tlsPort?: number;
  readonly wssPort?: number;
}

const ALLOW = ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "UPDATE", "INFO"];
/** Option tags a `Require` may name (RFC 3261 §8.2.2.3): session timers, run per leg by calls/session-timer.ts (RFC 4028). */
const SUPPORTED = ["timer"];

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

  const transports: Transport[] = [];
  let sampler: LoopSampler | undefined;
  try {
    // The receive queue's wait is one of the adaptive limit's signals (admission/overload.ts).
    const adaptive = config.sipLimits.overloadDelayMs !== undefined;
    const udp = new UdpTransport({ host: config.host, port: config.sipPort, bufferBytes: config.sipUdpBufferBytes, receiveProbe: adaptive });
    const endpointSink: { receive: (data: Buffer, flow: Parameters<Endpoint["receive"]>[1]) => void } = { receive: () => undefined };
    await udp.listen((d, f) => endpointSink.receive(d, f));
    // Linux reports twice the bytes it granted; a grant short of the request means rmem_max capped it.
    const granted = udp.receiveBufferBytes / 2;
    if (granted < config.sipUdpBufferBytes) {
      logger.warn({ requested: config.sipUdpBufferBytes, granted }, "SIP UDP receive buffer capped by the kernel (raise net.core.rmem_max): bursts during a busy moment may be dropped");
    }
    if (adaptive && !udp.probing) {
      logger.warn({ host: config.host }, "SIP UDP receive probe could not bind: adaptive admission runs without the receive-queue wait");
    }
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
    // SIP over TLS (RFC 3261 §26.2) and secure WebSocket (RFC 7118) with the node's certificate;
    // outbound TLS connections check peers against RINGMESH_TLS_CA (system CAs without it).
    if (config.tls !== undefined) {
      const { certFile, keyFile, caFile } = config.tls;
      const tls = { certPath: certFile, keyPath: keyFile, ...(caFile !== undefined ? { caPath: caFile } : {}) };
      const secure: Transport[] = [];
      if (config.sipTlsPort !== undefined) secure.push(new TcpTransport({ host: config.host, port: config.sipTlsPort, tls }));
      if (config.sipWssPort !== undefined) secure.push(new WsTransport({ host: config.host, port: config.sipWssPort, tls }));
      for (const t of secure) {
        await t.listen((d, f) => endpointSink.receive(d, f));
        transports.push(t);
      }
    }
    const layer = new TransportLayer(transports);
    // Across nodes (NATS), a device connected to another node is reached through that node's connection.
    const relayLog = logger.child({ component: "sip-relay" });
    const relayWire = ctx.nc === undefined ? undefined : new NatsRelayWire(ctx.nc, { nodeId: config.nodeId, logger: relayLog });
    const relay = relayWire === undefined ? undefined : new FlowRelay({ nodeId: config.nodeId, flows: layer, wire: relayWire, registry: ctx.registry, logger: relayLog });
    // The call manager and the endpoint need each other; legs only send once a call exists, after both are built.
    const built: { endpoint?: Endpoint } = {};
    // Across nodes (NATS), the calls of a signaling node that dies are ended by a survivor (cluster/).
    const cluster =
      ctx.nc !== undefined && ctx.runtime !== undefined ? new SignalingCluster({ nc: ctx.nc, runtime: ctx.runtime, nodeId: config.nodeId, clock, logger, registry: ctx.registry }) : undefined;
    // Records of calls that leave through the trunk (cdr/): JetStream in a cluster, cdr.jsonl embedded.
    let cdr: CdrSink | undefined;
    if (config.sipTrunk !== undefined && ctx.runtime !== undefined) {
      const cdrLog = logger.child({ component: "cdr" });
      cdr = ctx.nc !== undefined ? await JetStreamCdrSink.open(ctx.nc, cdrLog, ctx.registry) : new FileCdrSink(join(config.dataDir, "cdr.jsonl"), cdrLog, ctx.registry);
    }
    const store = ctx.store;
    const calls =
      ctx.runtime === undefined
        ? undefined
        : new CallManager({
            nodeId: config.nodeId,
            directory,
            location,
            routing: cluster !== undefined ? cluster.watch(runtimeRoutingPort(ctx.runtime)) : runtimeRoutingPort(ctx.runtime),
            legs: {
              endpoint: { request: (req, dest, user) => (built.endpoint === undefined ? Promise.reject(new Error("endpoint not started")) : built.endpoint.request(req, dest, user)) },
              layer,
              clock,
              log: logger.child({ component: "calls" }),
              ...(opts.timers !== undefined ? { timers: opts.timers } : {}),
              ...(relay !== undefined ? { node: config.nodeId } : {}),
            },
            flows: relay ?? localFlows(config.nodeId, layer),
            ...(opts.media !== undefined ? { media: opts.media } : {}),
            ...(config.sipTrunk !== undefined ? { trunk: config.sipTrunk } : {}),
            trustedPeer: peerTrust(config.sipTrustedPeers),
            callerAuth: { secret, nonceMaxAgeMs: registrar.policy.nonceMaxAgeMs },
            ...(cdr !== undefined ? { cdr, billingIdOf: (org: string, group: string) => groupBillingId(store, org, group) } : {}),
            registry: ctx.registry,
          });
    const admission = new AdmissionControl({ limits: config.sipLimits, clock, load: () => calls?.load ?? 0, ...(calls !== undefined ? { setups: calls.setups } : {}), registry: ctx.registry });
    if (admission.adaptive) {
      sampler = new LoopSampler(
        (sample) => admission.observe(sample),
        () => udp.receiveWaitMs(),
      );
      sampler.start();
    }
    const tu = new SignalingTu(registrar, directory, logger, calls, admission);
    const ep = new Endpoint({ sender: layer, clock, tu, registry: ctx.registry, logger, allow: ALLOW, supported: SUPPORTED, ...(opts.timers !== undefined ? { timers: opts.timers } : {}) });
    built.endpoint = ep;
    endpointSink.receive = relay === undefined ? ep.receive : relay.bind(ep.receive);
    if (relay !== undefined) relayWire?.start(relay);
    let commands: CommandSubscription | undefined;
    if (calls !== undefined) {
      opts.bridge?.attach(calls);
      cluster?.start(calls);
      if (ctx.nc !== undefined) commands = subscribeCallCommands(ctx.nc, calls, logger);
    }

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
    const portOf = (protocol: Transport["protocol"]) => transports.find((t) => t.protocol === protocol)?.local.port;
    const [wsPort, tlsPort, wssPort] = [portOf("WS"), portOf("TLS"), portOf("WSS")];
    logger.info({ sip: udp.local, ws: wsPort, tls: tlsPort, wss: wssPort, location: ctx.nc !== undefined ? "jetstream-kv" : "memory" }, "signaling listening");
    return {
      location,
      directory,
      registrar,
      endpoint: ep,
      ...(calls !== undefined ? { calls } : {}),
      sipPort: udp.local.port,
      ...(wsPort !== undefined ? { wsPort } : {}),
      ...(tlsPort !== undefined ? { tlsPort } : {}),
      ...(wssPort !== undefined ? { wssPort } : {}),
      ready: () => (tu.isDraining ? "draining" : true),
      stop: () =>
        (stopping ??= (async () => {
          await tu.drain(opts.drainMs ?? 2000);
          // Commands keep flowing meanwhile: queued calls still get rung, connected and routed.
          if (calls !== undefined) await waitForCalls(() => calls.activeCalls, config.sipDrainSeconds * 1000, clock, logger);
          commands?.stop();
          if (calls !== undefined) {
            opts.bridge?.detach(calls);
            await calls.stop(opts.drainMs ?? 2000);
            await cluster?.stop();
          }
          // The calls' last BYEs went through the relay; peers' calls lose this node's connections from here on.
          relayWire?.stop();
          await cdr?.close(opts.drainMs ?? 2000);
          stopped = true;
          sampler?.stop();
          if (sweepTimer !== undefined) clock.clearTimeout(sweepTimer);
          await layer.close();
          ep.transactions.close();
          await location.close();
          directory.stop();
        })()),
    };
  } catch (err) {
    sampler?.stop();
    await Promise.all(transports.map((t) => t.close()));
    await location.close();
    directory.stop();
    throw err;
  }
}

/** G3 of a group, for records of mobile legs (a ringAgent command does not carry it). */
async function groupBillingId(store: SignalingContext["store"], org: string, group: string): Promise<string> {
  const d = await store.get("AnswerGroup", org, group);
  return d.kind === "AnswerGroup" ? d.spec.billingId : "";
}

/** The module; pass the bridge queue-actor also gets when both run in one process. */
export function createSignalingService(opts: Pick<SignalingOptions, "bridge" | "media"> = {}): ServiceModule {
  return {
    name: "signaling",
    start: (ctx) => startSignaling(ctx, opts),
  };
}

export const signalingService: ServiceModule = createSignalingService();
