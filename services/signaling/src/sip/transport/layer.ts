import { isIP } from "node:net";
import { DEFAULT_PORT } from "../constants.js";
import { SipTransportError } from "../errors.js";
import { formatVia, splitList, withViaParams, type SipUri, type Via } from "../grammar.js";
import { serialize, type SipRequest, type SipResponse } from "../message.js";
import { bareHost, hostForVia, type Address, type Destination, type Flow, type InboundHandler, type Transport, type TransportProtocol } from "./types.js";

/**
 * RFC 3261 §18.2.1 and RFC 3581 §4, applied by the server transport to every request it
 * receives: `received` when the top Via's host differs from the packet's source, and
 * with `rport` present, both `received` and `rport` filled in with the source address.
 * Only the first via-parm of the first Via field is rewritten.
 */
export function stampVia(req: SipRequest, source: Address): void {
  const top = req.topVia;
  if (top === undefined) return;
  const changes: Record<string, string | null> = {};
  if (top.rport === null) {
    changes.rport = String(source.port);
    changes.received = source.address;
  } else if (bareHost(top.host) !== source.address) changes.received = source.address;
  if (Object.keys(changes).length === 0) return;
  const stamped = formatVia(withViaParams(top, changes));
  const first = req.headers.get("via") ?? "";
  const parts = splitList(first);
  parts[0] = stamped;
  req.headers.replaceFirst("via", parts.join(", "));
}

/**
 * Where a response goes when its request's connection is gone or the transport is
 * unreliable (RFC 3261 §18.2.2, RFC 3581 §4): `received`:`rport` when rport was filled in,
 * else `received` (or the sent-by host) at the sent-by port (or the transport default).
 */
export function responseTarget(via: Via): Address {
  const address = bareHost(via.received ?? via.host);
  if (typeof via.rport === "number") return { address, port: via.rport };
  return { address, port: via.port ?? defaultPort(via.transport) };
}

export function defaultPort(transport: string): number {
  switch (transport.toUpperCase()) {
    case "TLS":
      return DEFAULT_PORT.tls;
    case "WS":
      return DEFAULT_PORT.ws;
    case "WSS":
      return DEFAULT_PORT.wss;
    default:
      return DEFAULT_PORT.udp;
  }
}

/**
 * Destination for a SIP URI whose host is an IP literal (RFC 3263 §4.1 transport choice
 * from the `transport` param and the scheme). Host names need a resolver, which the
 * caller supplies; this stack does not do NAPTR/SRV.
 */
export function destinationForUri(uri: SipUri): Destination | undefined {
  const host = bareHost(uri.host);
  if (isIP(host) === 0) return undefined;
  const tp = uri.params.get("transport")?.toUpperCase();
  let protocol: TransportProtocol = uri.scheme === "sips" ? "TLS" : "UDP";
  if (tp === "TCP") protocol = uri.scheme === "sips" ? "TLS" : "TCP";
  else if (tp === "TLS") protocol = "TLS";
  else if (tp === "WS") protocol = uri.scheme === "sips" ? "WSS" : "WS";
  else if (tp === "WSS") protocol = "WSS";
  return { protocol, address: host, port: uri.port ?? defaultPort(protocol) };
}

/** Where a request goes, as far as our own Via and Contact are concerned. */
export type RequestTarget = TransportProtocol | Flow | Destination;

/**
 * All transports of one endpoint. Inbound bytes go to one handler with their flow;
 * responses go back per §18.2.2; requests go where the caller says.
 */
export class TransportLayer {
  private readonly byProtocol = new Map<TransportProtocol, Transport>();

  constructor(readonly transports: readonly Transport[]) {
    for (const t of transports) this.byProtocol.set(t.protocol, t);
  }

  async listen(onMessage: InboundHandler): Promise<void> {
    for (const t of this.transports) await t.listen(onMessage);
  }

  transport(protocol: TransportProtocol): Transport | undefined {
    return this.byProtocol.get(protocol);
  }

  /** A flow by id, across connection-oriented transports. */
  flow(id: string): Flow | undefined {
    for (const t of this.transports) {
      const f = t.flow(id);
      if (f !== undefined) return f;
    }
    return undefined;
  }

  /**
   * The sent-by this endpoint puts in its own Via for a request on `route` (RFC 3261
   * §18.1.1): the transport's listening address, or a relayed flow's advertised one.
   */
  sentBy(route: RequestTarget): string {
    const advertised = typeof route === "string" || !("advertised" in route) ? undefined : route.advertised;
    const protocol = typeof route === "string" ? route : route.protocol;
    const local = advertised ?? this.byProtocol.get(protocol)?.local;
    if (local === undefined) throw new SipTransportError(`no ${protocol} transport`);
    return `${hostForVia(local.address)}:${local.port}`;
  }

  /** Via value for a request this endpoint originates; `rport` asks the peer for symmetric responses (RFC 3581). */
  via(route: RequestTarget, branch: string): string {
    return `SIP/2.0/${typeof route === "string" ? route : route.protocol} ${this.sentBy(route)};branch=${branch};rport`;
  }

  /** §18.2.2: the request's own connection while it is open, else the Via-derived address on the same transport. */
  async sendResponse(res: SipResponse, requestFlow: Flow): Promise<Flow> {
    const data = serialize(res);
    if (requestFlow.reliable && requestFlow.isOpen()) {
      await requestFlow.send(data);
      return requestFlow;
    }
    const via = res.topVia;
    if (via === undefined) throw new SipTransportError("response has no Via");
    const t = this.byProtocol.get(requestFlow.protocol);
    if (t === undefined) throw new SipTransportError(`no ${requestFlow.protocol} transport`);
    const target = responseTarget(via);
    const same = target.address === requestFlow.remote.address && target.port === requestFlow.remote.port;
    const flow = !requestFlow.reliable && same ? requestFlow : await t.flowTo(target);
    await flow.send(data);
    return flow;
  }

  /** Sends on a known flow (a retransmission, or a request inside a flow a registrar kept). */
  async sendOn(flow: Flow, msg: SipRequest | SipResponse): Promise<void> {
    await flow.send(serialize(msg));
  }

  async flowTo(dest: Destination): Promise<Flow> {
    const t = this.byProtocol.get(dest.protocol);
    if (t === undefined) throw new SipTransportError(`no ${dest.protocol} transport`);
    return t.flowTo(dest);
  }

  async close(): Promise<void> {
    await Promise.all(this.transports.map((t) => t.close()));
  }
}
