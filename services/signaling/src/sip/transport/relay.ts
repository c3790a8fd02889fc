/**
 * Reaching a device whose connection another node of the cluster holds: RFC 5626's edge
 * proxy, with the nodes of one cluster in place of proxy hops.
 *
 * ```
 *  origin node (its transaction, its dialog)        edge node (holds the TCP/TLS/WS connection)
 *  leg ─► RelayFlow.send ──── wire.send ────► write(ref) ─► connection ─► device
 *  endpoint ◄─ received(edge, ref) ◄─ wire.deliver ◄─ ownerOf(msg) = origin ◄─ connection ◄─ device
 * ```
 *
 * The edge keeps no per-call state. The origin stamps its node id into the branch of each
 * request it sends and the local tag of each dialog it creates (sip/ids.ts): the device
 * echoes the branch in the top Via of its responses and sends the tag back as To-tag of
 * its in-dialog requests. Whatever else arrives on the edge's connections (REGISTER, the
 * phone's own calls, responses to the edge's own requests) is the edge's.
 *
 * At the origin a remote connection is one more reliable `Flow`, so the transaction
 * layer, dialogs and calls/ only ask for it. A send resolves once the edge has written
 * the bytes and rejects with a `SipTransportError` when the edge no longer holds the
 * connection or does not answer: the transaction reports a transport error at once
 * (RFC 3261 §17.1.4), not at Timer B, and the flow counts as closed from then on.
 *
 * UDP never goes through here: any node can send to the address a REGISTER came from,
 * and the device answers the Via of whoever sent.
 */
import { Counter, type Registry } from "prom-client";
import { silentLogger, type Logger } from "../../../../../lib/log.js";
import { SipTransportError } from "../errors.js";
import { nodeOfBranch, nodeOfTag } from "../ids.js";
import type { SipMessage } from "../message.js";
import { parseMessage } from "../parser.js";
import type { TransportLayer } from "./layer.js";
import { isReliable, type Address, type Flow, type FlowRef, type InboundHandler, type TransportProtocol } from "./types.js";

export type RelayFailure = "flowClosed" | "nodeUnreachable";

/** A relayed send that did not reach the device's connection; 503 semantics like any transport error. */
export class RelayError extends SipTransportError {
  constructor(
    readonly failure: RelayFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The two hops between nodes (cluster/relay-wire.ts over NATS). */
export interface RelayWire {
  /** Asks `node` to write `data` onto its connection `ref`; resolves once written, rejects with `RelayError`. */
  send(node: string, ref: FlowRef, data: Buffer): Promise<void>;
  /** Hands `data`, received on this node's connection `ref`, to `node`. A node that is gone loses it, as a dead peer would. */
  deliver(node: string, ref: FlowRef, data: Buffer): void;
}

/** Where a registration's connection is reached from this node. */
export interface FlowLocator {
  /** An open flow to connection `ref` held by `node`: the connection itself on this node, else one relayed through `node`. */
  flowOn(node: string, ref: FlowRef): Flow | undefined;
}

/**
 * The node a message received from a device belongs to, when another node stamped it:
 * a response by its top Via branch, an in-dialog request by its To-tag. Undefined for
 * everything else, which the receiving node handles itself.
 */
export function ownerOf(msg: SipMessage): string | undefined {
  if (msg.kind === "response") {
    const branch = msg.topVia?.branch;
    return branch === undefined ? undefined : nodeOfBranch(branch);
  }
  const tag = msg.toTag;
  return tag === undefined ? undefined : nodeOfTag(tag);
}

export function flowRef(flow: Flow): FlowRef {
  return { id: flow.id, protocol: flow.protocol, remote: flow.remote, local: flow.local };
}

function sameAddress(a: Address, b: Address): boolean {
  return a.address === b.address && a.port === b.port;
}

/**
 * This node's own open connection `ref` names. Flow ids restart with the process, so a
 * registration from before a restart may name a newer connection: the peer must match too.
 */
function ownFlow(flows: Pick<TransportLayer, "flow">, ref: FlowRef): Flow | undefined {
  const f = flows.flow(ref.id);
  return f !== undefined && f.isOpen() && f.protocol === ref.protocol && sameAddress(f.remote, ref.remote) ? f : undefined;
}

/** One node, no relay (embedded mode): only this node's own connections are reachable. */
export function localFlows(self: string, flows: Pick<TransportLayer, "flow">): FlowLocator {
  return { flowOn: (node, ref) => (node === self ? ownFlow(flows, ref) : undefined) };
}

const DIRECTIONS = ["toDevice", "fromDevice"] as const;
const ROLES = ["origin", "edge"] as const;
const FAILURES: readonly RelayFailure[] = ["flowClosed", "nodeUnreachable"];

interface RelayMetrics {
  relayed(direction: (typeof DIRECTIONS)[number], role: (typeof ROLES)[number]): void;
  failed(failure: RelayFailure): void;
}

function relayMetrics(registry: Registry | undefined): RelayMetrics {
  const registers = registry === undefined ? [] : [registry];
  const messages = new Counter({
    name: "sip_relayed_messages_total",
    help: "SIP messages relayed between signaling nodes for devices connected to another node, by direction and by this node's role (origin: owns the transaction; edge: holds the connection)",
    labelNames: ["direction", "role"],
    registers,
  });
  const failures = new Counter({
    name: "sip_relay_failures_total",
    help: "Relayed sends that did not reach the device's connection: the edge node no longer held it, or did not answer",
    labelNames: ["reason"],
    registers,
  });
  for (const direction of DIRECTIONS) for (const role of ROLES) messages.inc({ direction, role }, 0);
  for (const reason of FAILURES) failures.inc({ reason }, 0);
  return {
    relayed: (direction, role) => messages.inc({ direction, role }),
    failed: (reason) => failures.inc({ reason }),
  };
}

export interface FlowRelayOptions {
  readonly nodeId: string;
  /** This node's own connections. */
  readonly flows: Pick<TransportLayer, "flow">;
  readonly wire: RelayWire;
  readonly registry?: Registry;
  readonly logger?: Logger;
}

export class FlowRelay implements FlowLocator {
  readonly nodeId: string;
  private readonly metrics: RelayMetrics;
  private readonly log: Logger;
  private receive: InboundHandler = () => undefined;

  constructor(private readonly opts: FlowRelayOptions) {
    this.nodeId = opts.nodeId;
    this.metrics = relayMetrics(opts.registry);
    this.log = opts.logger ?? silentLogger();
  }

  flowOn(node: string, ref: FlowRef): Flow | undefined {
    if (node === this.nodeId) return ownFlow(this.opts.flows, ref);
    return isReliable(ref.protocol) ? new RelayFlow(node, ref, this.through) : undefined;
  }

  /**
   * Connects the endpoint: messages delivered by peers go to `receive`, and the handler
   * returned (what transports call) keeps what belongs to this node and hands the rest
   * to its owner. Only connections are looked into, at the cost of one more parse.
   */
  bind(receive: InboundHandler): InboundHandler {
    this.receive = receive;
    return (data, flow) => {
      const owner = flow.reliable ? ownerOfBytes(data, flow.protocol) : undefined;
      if (owner === undefined || owner === this.nodeId) {
        receive(data, flow);
        return;
      }
      this.metrics.relayed("fromDevice", "edge");
      this.opts.wire.deliver(owner, flowRef(flow), data);
    };
  }

  /** Edge: a peer's message for one of this node's connections. */
  write(ref: FlowRef, data: Buffer): Promise<void> {
    const flow = ownFlow(this.opts.flows, ref);
    if (flow === undefined) return Promise.reject(new RelayError("flowClosed", `connection ${ref.id} is not open on ${this.nodeId}`));
    this.metrics.relayed("toDevice", "edge");
    return flow.send(data);
  }

  /** Origin: what a device sent through `edge`'s connection for this node's transactions and dialogs. */
  received(edge: string, ref: FlowRef, data: Buffer): void {
    this.metrics.relayed("fromDevice", "origin");
    this.receive(data, new RelayFlow(edge, ref, this.through));
  }

  /** Every RelayFlow's way to the wire, counted. */
  private readonly through = async (flow: RelayFlow, data: Buffer): Promise<void> => {
    try {
      await this.opts.wire.send(flow.node, flow.ref, data);
    } catch (err) {
      const e = err instanceof RelayError ? err : new RelayError("nodeUnreachable", `relay through ${flow.node} failed`, { cause: err });
      this.metrics.failed(e.failure);
      this.log.debug({ edge: flow.node, flow: flow.ref.id, failure: e.failure }, "relayed sip message not delivered");
      throw e;
    }
    this.metrics.relayed("toDevice", "origin");
  };
}

function ownerOfBytes(data: Buffer, protocol: TransportProtocol): string | undefined {
  try {
    return ownerOf(parseMessage(data, { stream: protocol === "TCP" || protocol === "TLS" }));
  } catch {
    // The endpoint answers or drops what cannot be parsed; nothing to route.
    return undefined;
  }
}

/** Connection `ref` of node `node`, as a flow of this one. */
class RelayFlow implements Flow {
  readonly reliable = true;
  readonly id: string;
  readonly protocol: TransportProtocol;
  readonly local: Address;
  readonly remote: Address;
  readonly advertised: Address;
  private closed = false;

  constructor(
    readonly node: string,
    readonly ref: FlowRef,
    private readonly through: (flow: RelayFlow, data: Buffer) => Promise<void>,
  ) {
    this.id = `relay:${node}:${ref.id}`;
    this.protocol = ref.protocol;
    this.local = ref.local;
    this.remote = ref.remote;
    this.advertised = ref.local;
  }

  isOpen(): boolean {
    return !this.closed;
  }

  async send(data: Buffer): Promise<void> {
    if (this.closed) throw new RelayError("flowClosed", `${this.id} is closed`);
    try {
      await this.through(this, data);
    } catch (err) {
      // Either way the connection is out of reach: in-dialog requests fall back to the Contact (leg-context.ts).
      this.closed = true;
      throw err;
    }
  }
}
