import { createSocket, type Socket } from "node:dgram";
import { isIPv6 } from "node:net";
import { SipTransportError } from "../errors.js";
import type { Address, Flow, InboundHandler, Transport } from "./types.js";

export interface UdpOptions {
  readonly host: string;
  readonly port: number;
  /** Receive and send buffer to ask the kernel for; default: the system's (about 208 KiB on Linux). */
  readonly bufferBytes?: number;
}

/** One UDP socket. A flow is just the socket plus the peer address, so it is built per message and never stored. */
export class UdpTransport implements Transport {
  readonly protocol = "UDP";
  readonly reliable = false;
  readonly connections = 0;
  private socket: Socket | undefined;
  private bound: Address;

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

  private flowFor(remote: Address): Flow {
    const socket = this.socket;
    const local = this.bound;
    return {
      id: `udp:${remote.address}:${remote.port}`,
      protocol: "UDP",
      reliable: false,
      local,
      remote,
      isOpen: () => true,
      send: (data) =>
        new Promise<void>((resolve, reject) => {
          if (socket === undefined) return reject(new SipTransportError("UDP transport is not listening"));
          socket.send(data, remote.port, remote.address, (err) =>
            err ? reject(new SipTransportError(`UDP send to ${remote.address}:${remote.port} failed`, { cause: err })) : resolve(),
          );
        }),
    };
  }

  async close(): Promise<void> {
    const s = this.socket;
    this.socket = undefined;
    if (s !== undefined) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
