/**
 * The transport seam (STYLE §9). A `Transport` listens on one protocol and address and
 * hands every inbound message up with the `Flow` it arrived on; a `Flow` is the way back
 * to that peer (the UDP socket plus the source address, or the connection itself).
 * Registrars can keep a flow id to reach a NATed TCP/WS client later (RFC 5626 in spirit).
 */

export type TransportProtocol = "UDP" | "TCP" | "TLS" | "WS" | "WSS";

export interface Address {
  readonly address: string;
  readonly port: number;
}

export interface Flow {
  readonly id: string;
  readonly protocol: TransportProtocol;
  /** TCP/TLS/WS/WSS: no retransmissions, zero wait timers (RFC 3261 §17). */
  readonly reliable: boolean;
  readonly local: Address;
  readonly remote: Address;
  /** Always true for UDP; false once a connection has closed. */
  isOpen(): boolean;
  /** Rejects with `SipTransportError`. */
  send(data: Buffer): Promise<void>;
  /**
   * Set on a flow this node reaches through another node's connection (relay.ts): the
   * address the peer knows that node by, announced in our Via and Contact so anything
   * the peer sends on its own initiative still arrives where its connection is.
   */
  readonly advertised?: Address;
}

/** A connection named from outside the process that holds it (a registration's flow, a relayed message's envelope). */
export interface FlowRef {
  readonly id: string;
  readonly protocol: TransportProtocol;
  readonly remote: Address;
  readonly local: Address;
}

/** One received message: a whole datagram, a Content-Length-framed stream chunk, or a WebSocket message. */
export type InboundHandler = (data: Buffer, flow: Flow) => void;

export interface Transport {
  readonly protocol: TransportProtocol;
  readonly reliable: boolean;
  /** Bound address (port filled in after `listen` when 0 was asked for). */
  readonly local: Address;
  listen(onMessage: InboundHandler): Promise<void>;
  /** An open flow to `dest`: the existing connection if any, a new one otherwise (the UDP socket for UDP). */
  flowTo(dest: Address): Promise<Flow>;
  /** A live connection-oriented flow by id (for registrars reaching a client over its own connection). */
  flow(id: string): Flow | undefined;
  /** Open connections (0 for UDP), for tests and metrics. */
  readonly connections: number;
  close(): Promise<void>;
}

/** Where to send a request: the caller resolves it (no RFC 3263 NAPTR/SRV here). */
export interface Destination extends Address {
  readonly protocol: TransportProtocol;
}

export function isReliable(p: TransportProtocol): boolean {
  return p !== "UDP";
}

/** `::1` and `[::1]` compare equal; Via hosts carry brackets, socket addresses do not. */
export function bareHost(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

export function hostForVia(address: string): string {
  return address.includes(":") ? `[${address}]` : address;
}
