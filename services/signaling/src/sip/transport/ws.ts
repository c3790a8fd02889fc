import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { WebSocket, WebSocketServer } from "ws";
import { LIMITS } from "../constants.js";
import { SipTransportError } from "../errors.js";
import { ConnectionTable } from "./connections.js";
import type { TlsFiles } from "./tcp.js";
import type { Address, Flow, InboundHandler, Transport } from "./types.js";

export interface WsOptions {
  readonly host: string;
  readonly port: number;
  readonly tls?: TlsFiles;
  readonly maxConnections?: number;
  readonly maxMessageBytes?: number;
}

/** RFC 7118 §5: the WebSocket subprotocol for SIP. */
export const SIP_WS_SUBPROTOCOL = "sip";

/**
 * SIP over WebSocket (RFC 7118) or secure WebSocket. Each WebSocket message carries exactly
 * one SIP message (§5.2), so no framing is needed. A handshake that does not offer the `sip`
 * subprotocol is refused (§4).
 */
export class WsTransport implements Transport {
  readonly reliable = true;
  readonly protocol: "WS" | "WSS";
  private http: HttpServer | undefined;
  private wss: WebSocketServer | undefined;
  private readonly table: ConnectionTable<WsFlow>;
  private onMessage: InboundHandler = () => undefined;

  constructor(private readonly opts: WsOptions) {
    this.protocol = opts.tls === undefined ? "WS" : "WSS";
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
    const tls = this.opts.tls;
    const http = tls === undefined ? createHttpServer() : createHttpsServer({ cert: readFileSync(tls.certPath), key: readFileSync(tls.keyPath) });
    this.http = http;
    const wss = new WebSocketServer({
      server: http,
      maxPayload: this.opts.maxMessageBytes ?? LIMITS.maxMessageBytes,
      handleProtocols: (protocols) => (protocols.has(SIP_WS_SUBPROTOCOL) ? SIP_WS_SUBPROTOCOL : false),
      verifyClient: (info, cb) => {
        const offered = (info.req.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim());
        if (!offered.includes(SIP_WS_SUBPROTOCOL)) cb(false, 400, "sip subprotocol required");
        else if (this.table.full) cb(false, 503, "Too many connections");
        else cb(true);
      },
    });
    this.wss = wss;
    wss.on("connection", (ws, req) => {
      if (ws.protocol !== SIP_WS_SUBPROTOCOL) {
        ws.close(1002, "sip subprotocol required");
        return;
      }
      const remote = { address: req.socket.remoteAddress ?? "", port: req.socket.remotePort ?? 0 };
      this.adopt(ws, remote);
    });
    await this.table.listenOn(http);
  }

  private adopt(ws: WebSocket, remote: Address): WsFlow {
    const flow = new WsFlow(this.table.nextId(), this.protocol, this.table.local, remote, ws);
    this.table.add(flow);
    ws.on("message", (data: Buffer | ArrayBuffer | Buffer[]) => {
      const buf = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      this.onMessage(buf, flow);
    });
    ws.on("error", () => undefined);
    ws.on("close", () => {
      this.table.remove(flow);
    });
    return flow;
  }

  async flowTo(dest: Address): Promise<Flow> {
    const existing = this.table.byPeer(dest);
    if (existing !== undefined) return existing;
    const scheme = this.protocol === "WSS" ? "wss" : "ws";
    const host = dest.address.includes(":") ? `[${dest.address}]` : dest.address;
    const ws = new WebSocket(`${scheme}://${host}:${dest.port}`, SIP_WS_SUBPROTOCOL);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => {
        ws.removeAllListeners("error");
        resolve();
      });
      ws.once("error", (err) => reject(new SipTransportError(`WebSocket connect to ${dest.address}:${dest.port} failed`, { cause: err })));
    });
    return this.adopt(ws, dest);
  }

  flow(id: string): Flow | undefined {
    return this.table.byId(id);
  }

  async close(): Promise<void> {
    for (const f of this.table.values()) f.ws.terminate();
    const wss = this.wss;
    const http = this.http;
    this.wss = undefined;
    this.http = undefined;
    if (wss !== undefined) await new Promise<void>((resolve) => wss.close(() => resolve()));
    if (http !== undefined) await new Promise<void>((resolve) => http.close(() => resolve()));
  }
}

class WsFlow implements Flow {
  readonly reliable = true;
  constructor(
    readonly id: string,
    readonly protocol: "WS" | "WSS",
    readonly local: Address,
    readonly remote: Address,
    readonly ws: WebSocket,
  ) {}

  isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(data: Buffer): Promise<void> {
    if (!this.isOpen()) return Promise.reject(new SipTransportError(`WebSocket ${this.id} is closed`));
    // RFC 7118 §5.2: text frames for UTF-8 SIP messages.
    return new Promise((resolve, reject) => {
      this.ws.send(data, { binary: false }, (err) => (err ? reject(new SipTransportError(`send on ${this.id} failed`, { cause: err })) : resolve()));
    });
  }
}
