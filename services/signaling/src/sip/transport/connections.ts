import type { Server } from "node:net";
import { LIMITS } from "../constants.js";
import type { Address, Flow } from "./types.js";

/** The part of `TcpOptions`/`WsOptions` the table reads, so both pass their options as they are. */
export interface ConnectionTableOptions {
  readonly host: string;
  readonly port: number;
  readonly maxConnections?: number;
}

/**
 * The open connections of one connection-oriented transport (TCP/TLS/WS/WSS), indexed two
 * ways: by id, so a response goes back on the connection its request came in on (RFC 3261
 * §18.2.2) and a registrar can reach a client over its own connection; and by peer address,
 * so a request to a peer reuses an open connection (§18.1.1). It also owns the listening
 * address, since a WS flow's local address is the listener's.
 */
export class ConnectionTable<F extends Flow> {
  private readonly ids = new Map<string, F>();
  private readonly peers = new Map<string, F>();
  private seq = 0;
  private readonly configured: Address;
  private bound: Address;
  private readonly maxConnections: number;

  constructor(
    private readonly protocol: string,
    opts: ConnectionTableOptions,
  ) {
    this.configured = { address: opts.host, port: opts.port };
    this.bound = this.configured;
    this.maxConnections = opts.maxConnections ?? LIMITS.maxConnections;
  }

  /** The configured address until `listenOn` resolves, then the bound one (port filled in when 0 was asked for). */
  get local(): Address {
    return this.bound;
  }

  async listenOn(server: Server): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.configured.port, this.configured.address, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const a = server.address();
    if (a !== null && typeof a !== "string") this.bound = { address: a.address, port: a.port };
  }

  /** Ids stay unique for the transport's lifetime, so a stale id kept by a registrar never names a newer connection. */
  nextId(): string {
    return `${this.protocol.toLowerCase()}:${++this.seq}`;
  }

  get size(): number {
    return this.ids.size;
  }

  get full(): boolean {
    return this.ids.size >= this.maxConnections;
  }

  add(flow: F): void {
    this.ids.set(flow.id, flow);
    this.peers.set(peerKey(flow.remote), flow);
  }

  remove(flow: F): void {
    this.ids.delete(flow.id);
    // A newer connection to the same peer may have taken the slot; it stays reusable.
    const peer = peerKey(flow.remote);
    if (this.peers.get(peer) === flow) this.peers.delete(peer);
  }

  byId(id: string): F | undefined {
    return this.ids.get(id);
  }

  /** Only an open connection is worth reusing; a closing one would fail the send. */
  byPeer(dest: Address): F | undefined {
    const existing = this.peers.get(peerKey(dest));
    return existing?.isOpen() === true ? existing : undefined;
  }

  values(): IterableIterator<F> {
    return this.ids.values();
  }
}

function peerKey(a: Address): string {
  return `${a.address}:${a.port}`;
}
