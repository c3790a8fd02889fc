import { createSocket, type Socket } from "node:dgram";
import { isIPv6 } from "node:net";
import { SipTransportError } from "../errors.js";
import { ownString } from "../message.js";
import { ReceiveProbe } from "./receive-probe.js";
import type { Address, Flow, InboundHandler, Transport } from "./types.js";

/** Peer flows kept (`flowFor`); a node seeing more peers than this rebuilds some per datagram. */
const MAX_UDP_FLOWS = 10_000;

export interface UdpOptions {
  readonly host: string;
  readonly port: number;
  /** Receive and send buffer to ask the kernel for; default: the system's (about 208 KiB on Linux). */
  readonly bufferBytes?: number;
  /** Measure how long datagrams wait in the receive queue (`receiveWaitMs`). */
  readonly receiveProbe?: boolean;
}

/** One UDP socket. A flow is just the socket plus the peer address, so it is built per message and never stored. */
export class UdpTransport implements Transport {
  readonly protocol = "UDP";
  readonly reliable = false;
  readonly connections = 0;
  private socket: Socket | undefined;
  private readonly flows = new Map<string, Flow>();
  private bound: Address;
  private probe: ReceiveProbe | undefined;

  constructor(private readonly opts: UdpOptions) {
    this.bound = { address: opts.host, port: opts.port };
  }

  get local(): Address {
    return this.bound;
  }

  async listen(onMessage: InboundHandler): Promise<void> {
    const size = this.opts.bufferBytes;
    const socket = createSocket({
      type: isIPv6(this.opts.host) ? "udp6" : "udp4",
      reuseAddr: false,
      ...(size !== undefined ? { recvBufferSize: size, sendBufferSize: size } : {}),
    });
    this.socket = socket;
    socket.on("message", (data, rinfo) => {
      if (this.probe?.take(data, rinfo) === true) return;
      onMessage(data, this.flowFor({ address: rinfo.address, port: rinfo.port }));
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(this.opts.port, this.opts.host, () => {
        socket.off("error", reject);
        resolve();
      });
    });
    // A send error on a connectionless socket (ICMP unreachable surfacing later) must not crash the process.
    socket.on("error", () => undefined);
    const a = socket.address();
    this.bound = { address: a.address, port: a.port };
    // Flows made before (flowTo) name the address asked for, not the one bound.
    this.flows.clear();
    // Without a probe (its socket could not be bound, e.g. no ::1 on an IPv6 host) the node runs unmeasured: `probing` says so.
    if (this.opts.receiveProbe === true) this.probe = await ReceiveProbe.open(this.bound).catch(() => undefined);
  }

  /** Whether the receive queue is measured (`receiveProbe` asked for and its socket bound). */
  get probing(): boolean {
    return this.probe !== undefined;
  }

  /**
   * How long datagrams waited in the kernel's receive queue before this process read them
   * (ms, the longest since the previous call; receive-probe.ts); undefined without
   * `receiveProbe` or before the first probe is out. Each call sends the next probe.
   */
  receiveWaitMs(): number | undefined {
    return this.probe?.read();
  }

  /**
   * The socket's receive buffer as the kernel reports it (Linux doubles what it grants for
   * its bookkeeping, and caps the grant at net.core.rmem_max); 0 before `listen`.
   */
  get receiveBufferBytes(): number {
    return this.socket?.getRecvBufferSize() ?? 0;
  }

  flowTo(dest: Address): Promise<Flow> {
    return Promise.resolve(this.flowFor(dest));
  }

  flow(): Flow | undefined {
    return undefined;
  }

  /**
   * One Flow per peer address: UDP has no connection, so every datagram from a peer can
   * share it. A Flow per datagram was seven heap objects, and each lingering transaction
   * kept its own for 32 s. Bounded: cleared when full (a flow is rebuilt on the next datagram).
   */
  private flowFor(remote: Address): Flow {
    const id = `udp:${remote.address}:${remote.port}`;
    const known = this.flows.get(id);
    if (known !== undefined) return known;
    if (this.flows.size >= MAX_UDP_FLOWS) this.flows.clear();
    const peer: Address = { address: ownString(remote.address), port: remote.port };
    const flow: Flow = {
      id: ownString(id),
      protocol: "UDP",
      reliable: false,
      local: this.bound,
      remote: peer,
      isOpen: () => true,
      send: (data) =>
        new Promise<void>((resolve, reject) => {
          const socket = this.socket;
          if (socket === undefined) return reject(new SipTransportError("UDP transport is not listening"));
          socket.send(data, peer.port, peer.address, (err) =>
            err ? reject(new SipTransportError(`UDP send to ${peer.address}:${peer.port} failed`, { cause: err })) : resolve(),
          );
        }),
    };
    this.flows.set(flow.id, flow);
    return flow;
  }

  async close(): Promise<void> {
    const s = this.socket;
    this.socket = undefined;
    this.flows.clear();
    await this.probe?.close();
    this.probe = undefined;
    if (s !== undefined) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
