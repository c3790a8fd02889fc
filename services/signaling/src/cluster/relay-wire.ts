/**
 * The relay between signaling nodes (sip/transport/relay.ts) over NATS. The payload is the
 * SIP message as it goes on the wire (RFC 3261 is its schema); the envelope is one header
 * naming the connection, plus the sending node on deliveries:
 *
 *   subjects.sipFlowSend(edge)      request: write this onto your connection `Rm-Flow`;
 *                                   an empty reply once written, `Rm-Relay-Error` if not
 *   subjects.sipFlowDeliver(origin) publish: this arrived on connection `Rm-Flow` of `Rm-Node`
 *
 * A send waits for the edge's reply, bounded by `timeoutMs`; NATS answers at once when no
 * node listens on the subject (the edge is gone), so a dead edge costs no wait either.
 */
import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import { subjects } from "../../../../lib/subjects.js";
import { RelayError, type FlowRelay, type RelayWire } from "../sip/transport/relay.js";
import type { Address, FlowRef, TransportProtocol } from "../sip/transport/types.js";

export const FLOW_HEADER = "Rm-Flow";
export const NODE_HEADER = "Rm-Node";
export const ERROR_HEADER = "Rm-Relay-Error";
/** Longest wait for an edge to confirm a write; an edge this slow counts as gone for the message. */
export const RELAY_TIMEOUT_MS = 2000;

const PROTOCOLS: readonly TransportProtocol[] = ["UDP", "TCP", "TLS", "WS", "WSS"];

export function encodeFlowRef(ref: FlowRef): string {
  return JSON.stringify({ id: ref.id, protocol: ref.protocol, remote: ref.remote, local: ref.local });
}

function address(v: unknown): Address | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const { address, port } = v as Record<string, unknown>;
  return typeof address === "string" && typeof port === "number" ? { address, port } : undefined;
}

/** Undefined for anything but what `encodeFlowRef` writes. */
export function decodeFlowRef(text: string | undefined): FlowRef | undefined {
  if (text === undefined || text === "") return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== "object" || v === null) return undefined;
  const r = v as Record<string, unknown>;
  const remote = address(r["remote"]);
  const local = address(r["local"]);
  const protocol = PROTOCOLS.find((p) => p === r["protocol"]);
  if (typeof r["id"] !== "string" || protocol === undefined || remote === undefined || local === undefined) return undefined;
  return { id: r["id"], protocol, remote, local };
}

export interface NatsRelayWireOptions {
  readonly nodeId: string;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

export class NatsRelayWire implements RelayWire {
  private subs: Subscription[] = [];

  constructor(
    private readonly nc: NatsConnection,
    private readonly o: NatsRelayWireOptions,
  ) {}

  async send(node: string, ref: FlowRef, data: Buffer): Promise<void> {
    const h = natsHeaders();
    h.set(FLOW_HEADER, encodeFlowRef(ref));
    let reply: Msg;
    try {
      reply = await this.nc.request(subjects.sipFlowSend(node), data, { timeout: this.o.timeoutMs ?? RELAY_TIMEOUT_MS, headers: h });
    } catch (err) {
      throw new RelayError("nodeUnreachable", `node ${node} did not take the message for ${ref.id}`, { cause: err });
    }
    const refused = reply.headers?.get(ERROR_HEADER);
    if (refused !== undefined && refused !== "") throw new RelayError("flowClosed", refused);
  }

  deliver(node: string, ref: FlowRef, data: Buffer): void {
    const h = natsHeaders();
    h.set(FLOW_HEADER, encodeFlowRef(ref));
    h.set(NODE_HEADER, this.o.nodeId);
    try {
      this.nc.publish(subjects.sipFlowDeliver(node), data, { headers: h });
    } catch (err) {
      // A closed or draining connection: this node is stopping, and its peers see the device's silence.
      this.o.logger.debug({ err: errorMessage(err), node }, "relayed sip message not delivered");
    }
  }

  /** Serves the peers: writes they ask for, and messages they deliver, go to `relay`. */
  start(relay: Pick<FlowRelay, "write" | "received">): void {
    if (this.subs.length > 0) return;
    const log = this.o.logger;
    const send = this.nc.subscribe(subjects.sipFlowSend(this.o.nodeId), {
      callback: (err, m) => {
        if (err !== null) return;
        const ref = decodeFlowRef(m.headers?.get(FLOW_HEADER));
        if (ref === undefined) {
          log.warn({ subject: m.subject }, "relay request without a flow dropped");
          respond(m, "no flow named");
          return;
        }
        // Bytes are copied: the write may outlive this callback's buffer.
        relay.write(ref, Buffer.from(m.data)).then(
          () => respond(m, undefined),
          (e: unknown) => respond(m, errorMessage(e)),
        );
      },
    });
    const deliver = this.nc.subscribe(subjects.sipFlowDeliver(this.o.nodeId), {
      callback: (err, m) => {
        if (err !== null) return;
        const ref = decodeFlowRef(m.headers?.get(FLOW_HEADER));
        const edge = m.headers?.get(NODE_HEADER) ?? "";
        if (ref === undefined || edge === "") {
          log.warn({ subject: m.subject }, "relayed sip message without its flow dropped");
          return;
        }
        relay.received(edge, ref, Buffer.from(m.data));
      },
    });
    this.subs = [send, deliver];
    log.info({ send: send.getSubject(), deliver: deliver.getSubject() }, "sip flow relay listening");
  }

  stop(): void {
    for (const s of this.subs.splice(0)) s.unsubscribe();
  }
}

function respond(m: Msg, error: string | undefined): void {
  if (error === undefined) {
    m.respond();
    return;
  }
  const h = natsHeaders();
  h.set(ERROR_HEADER, error.replace(/[\r\n]+/g, " "));
  m.respond(undefined, { headers: h });
}
