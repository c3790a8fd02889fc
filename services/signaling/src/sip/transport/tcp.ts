import { readFileSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { connect as tlsConnect, createServer as createTlsServer } from "node:tls";
import { LIMITS } from "../constants.js";
import { SipTransportError } from "../errors.js";
import { ConnectionTable } from "./connections.js";
import { StreamFramer } from "./framer.js";
import type { Address, Flow, InboundHandler, Transport } from "./types.js";

export interface TlsFiles {
  readonly certPath: string;
  readonly keyPath: string;
  /** CA bundle to verify peers we connect to; system CAs otherwise. */
  readonly caPath?: string;
}

export interface TcpOptions {
  readonly host: string;
  readonly port: number;
  /** Present: TLS (RFC 3261 §26.2, `sips:`), absent: plain TCP. */
  readonly tls?: TlsFiles;
  readonly maxConnections?: number;
  readonly maxMessageBytes?: number;
  /** Outbound connect timeout. */
  readonly connectTimeoutMs?: number;
}

/**
 * TCP or TLS. Every connection (accepted or opened) is a flow keyed by id and by peer
 * address, so responses go back on the connection the request came in on (RFC 3261
 * §18.2.2) and requests to a peer reuse an open connection (§18.1.1).
 */
export class TcpTransport implements Transport {
  readonly reliable = true;
  readonly protocol: "TCP" | "TLS";
  private server: Server | undefined;
  private readonly table: ConnectionTable<ConnectionFlow>;
  private onMessage: InboundHandler = () => undefined;

  constructor(private readonly opts: TcpOptions) {
    this.protocol = opts.tls === undefined ? "TCP" : "TLS";
    this.table = new ConnectionTable(this.protocol, opts);
  }

  get local(): Address {
    return this.table.local;
  }

  get connections(): number {
    return this.table.size;
  }

  async listen(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
    const accept = (socket: Socket): void => {
      if (this.table.full) {
        socket.destroy();
        return;
      }
      this.adopt(socket);
    };
    const tls = this.opts.tls;
    const server =
      tls === undefined
        ? createServer(accept)
        : createTlsServer({ cert: readFileSync(tls.certPath), key: readFileSync(tls.keyPath) }, accept);
    this.server = server;
    // A failed TLS handshake is the peer's problem, not a reason to stop listening.
    server.on("tlsClientError", () => undefined);
    await this.table.listenOn(server);
  }

  private adopt(socket: Socket): ConnectionFlow {
    const remote = { address: socket.remoteAddress ?? "", port: socket.remotePort ?? 0 };
    const local = { address: socket.localAddress ?? this.table.local.address, port: socket.localPort ?? this.table.local.port };
    const flow = new ConnectionFlow(this.table.nextId(), this.protocol, local, remote, socket);
    this.table.add(flow);
    const framer = new StreamFramer(this.opts.maxMessageBytes ?? LIMITS.maxMessageBytes);
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      let events;
      try {
        events = framer.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const ev of events) {
        if (ev.kind === "ping") socket.write("\r\n");
        else this.onMessage(ev.data, flow);
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      flow.open = false;
      this.table.remove(flow);
    });
    return flow;
  }

  async flowTo(dest: Address): Promise<Flow> {
    const existing = this.table.byPeer(dest);
    if (existing !== undefined) return existing;
    const tls = this.opts.tls;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s =
        tls === undefined
          ? createConnection({ host: dest.address, port: dest.port })
          : tlsConnect({ host: dest.address, port: dest.port, ...(tls.caPath !== undefined ? { ca: readFileSync(tls.caPath) } : {}) });
      // The socket's own inactivity timer bounds the connect; no global timer in the stack.
      s.setTimeout(this.opts.connectTimeoutMs ?? 5000, () => {
        s.destroy();
        reject(new SipTransportError(`connect to ${dest.address}:${dest.port} timed out`));
      });
      s.once(tls === undefined ? "connect" : "secureConnect", () => {
        s.setTimeout(0);
        s.removeAllListeners("timeout");
        s.removeAllListeners("error");
        resolve(s);
      });
      s.once("error", (err) => {
        reject(new SipTransportError(`connect to ${dest.address}:${dest.port} failed`, { cause: err }));
      });
    });
    return this.adopt(socket);
  }

  flow(id: string): Flow | undefined {
    return this.table.byId(id);
  }

  async close(): Promise<void> {
    for (const f of this.table.values()) f.socket.destroy();
    const s = this.server;
    this.server = undefined;
    if (s !== undefined) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}

class ConnectionFlow implements Flow {
  readonly reliable = true;
  open = true;
  constructor(
    readonly id: string,
    readonly protocol: "TCP" | "TLS",
    readonly local: Address,
    readonly remote: Address,
    readonly socket: Socket,
  ) {}

  isOpen(): boolean {
    return this.open && !this.socket.destroyed;
  }

  send(data: Buffer): Promise<void> {
    if (!this.isOpen()) return Promise.reject(new SipTransportError(`connection ${this.id} is closed`));
    return new Promise((resolve, reject) => {
      this.socket.write(data, (err) => (err ? reject(new SipTransportError(`write on ${this.id} failed`, { cause: err })) : resolve()));
    });
  }
}
