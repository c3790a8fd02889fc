/**
 * A small hand-driven SIP peer for tests sipp cannot play: sipp here is built without
 * TLS, and shedding tests must pick each REGISTER's source address and read every answer.
 * It writes requests and responses as text, answers digest challenges itself (RFC 2617
 * qop=auth with node:crypto, never the product's digest code), and reads messages off a
 * UDP socket or a TLS stream (framed by Content-Length, RFC 3261 §18.3).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Socket as UdpSocket } from "node:dgram";
import type { Socket } from "node:net";

export interface SipMsg {
  /** `INVITE sip:… SIP/2.0` or `SIP/2.0 200 OK`. */
  readonly startLine: string;
  readonly method?: string;
  readonly status?: number;
  readonly body: string;
  /** The first value of a header (full name, any case; compact forms are expanded). */
  header(name: string): string | undefined;
  /** The header lines as received, for echoing Via/From/To/Call-ID/CSeq. */
  readonly raw: readonly string[];
}

const COMPACT: Record<string, string> = { v: "via", f: "from", t: "to", i: "call-id", m: "contact", l: "content-length", c: "content-type" };

export function parseSip(text: string): SipMsg {
  const split = text.indexOf("\r\n\r\n");
  const head = (split < 0 ? text : text.slice(0, split)).split("\r\n");
  const body = split < 0 ? "" : text.slice(split + 4);
  const startLine = head[0] ?? "";
  const raw = head.slice(1);
  const named = raw.map((l) => {
    const colon = l.indexOf(":");
    const name = l.slice(0, colon).trim().toLowerCase();
    return [COMPACT[name] ?? name, l.slice(colon + 1).trim()] as const;
  });
  const status = /^SIP\/2\.0 (\d{3}) /.exec(startLine)?.[1];
  return {
    startLine,
    ...(status !== undefined ? { status: Number(status) } : { method: startLine.split(" ", 1)[0] ?? "" }),
    body,
    raw,
    header: (name) => named.find(([n]) => n === name.toLowerCase())?.[1],
  };
}

/** Messages as they arrive, and waits for the next one that matches. */
export class Inbox {
  private readonly seen: SipMsg[] = [];
  private readonly waiters = new Set<{ match: (m: SipMsg) => boolean; done: (m: SipMsg) => void }>();
  private pending = Buffer.alloc(0);

  /** Every message a UDP socket receives. */
  static udp(socket: UdpSocket): Inbox {
    const inbox = new Inbox();
    socket.on("message", (data) => inbox.add(parseSip(data.toString())));
    return inbox;
  }

  /** Every message on a stream (TCP/TLS), framed by Content-Length. */
  static stream(socket: Socket): Inbox {
    const inbox = new Inbox();
    socket.on("data", (chunk: Buffer) => inbox.frame(chunk));
    return inbox;
  }

  private frame(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      // Keep-alive CRLFs between messages (RFC 5626 §3.5.1).
      while (this.pending.subarray(0, 2).toString() === "\r\n") this.pending = this.pending.subarray(2);
      const end = this.pending.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/^(?:content-length|l)\s*:\s*(\d+)/im.exec(this.pending.subarray(0, end).toString())?.[1] ?? "0");
      if (this.pending.length < end + 4 + length) return;
      this.add(parseSip(this.pending.subarray(0, end + 4 + length).toString()));
      this.pending = this.pending.subarray(end + 4 + length);
    }
  }

  private add(m: SipMsg): void {
    this.seen.push(m);
    for (const w of this.waiters) {
      if (w.match(m)) {
        this.waiters.delete(w);
        w.done(m);
      }
    }
  }

  /** Everything received so far, first first. */
  get all(): readonly SipMsg[] {
    return this.seen;
  }

  /** The first message (already received or still to come) that `match` accepts, within `ms`. */
  next(match: (m: SipMsg) => boolean, ms: number, what: string): Promise<SipMsg> {
    const got = this.seen.find(match);
    if (got !== undefined) {
      this.seen.splice(this.seen.indexOf(got), 1);
      return Promise.resolve(got);
    }
    return new Promise((resolve, reject) => {
      const w = {
        match,
        done: (m: SipMsg) => {
          clearTimeout(timer);
          this.seen.splice(this.seen.indexOf(m), 1);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(w);
        reject(new Error(`${what} not within ${ms} ms; got: ${this.seen.map((m) => m.startLine).join(" | ")}`));
      }, ms);
      this.waiters.add(w);
    });
  }
}

/** A response to the request with this Call-ID and CSeq method. */
export const responseOf =
  (callId: string, method: string) =>
  (m: SipMsg): boolean =>
    m.status !== undefined && m.header("call-id") === callId && (m.header("cseq") ?? "").endsWith(` ${method}`);

export const requestOf =
  (method: string) =>
  (m: SipMsg): boolean =>
    m.method === method;

const md5 = (s: string): string => createHash("md5").update(s).digest("hex");

/** `Authorization` for a `WWW-Authenticate: Digest …` challenge (MD5, qop=auth as offered). */
export function digestAuthorization(challenge: string, o: { method: string; uri: string; user: string; password: string }): string {
  const param = (name: string) => new RegExp(`${name}="?([^",]+)"?`, "i").exec(challenge)?.[1];
  const realm = param("realm") ?? "";
  const nonce = param("nonce") ?? "";
  const ha1 = md5(`${o.user}:${realm}:${o.password}`);
  const ha2 = md5(`${o.method}:${o.uri}`);
  const cnonce = randomBytes(8).toString("hex");
  const response = md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${ha2}`);
  return `Digest username="${o.user}", realm="${realm}", nonce="${nonce}", uri="${o.uri}", response="${response}", algorithm=MD5, qop=auth, nc=00000001, cnonce="${cnonce}"`;
}

export interface RegisterOptions {
  readonly transport: "UDP" | "TLS";
  /** Our address as the Via and Contact give it. */
  readonly local: { readonly address: string; readonly port: number };
  readonly user: string;
  readonly domain: string;
  readonly callId: string;
  readonly cseq: number;
  readonly expires: number;
  /** The Contact's port when it differs from `local` (several contacts from one socket). */
  readonly contactPort?: number;
  readonly authorization?: string;
}

export function register(o: RegisterOptions): string {
  const tp = o.transport === "UDP" ? "" : `;transport=${o.transport.toLowerCase()}`;
  return message([
    `REGISTER sip:${o.domain} SIP/2.0`,
    `Via: SIP/2.0/${o.transport} ${o.local.address}:${o.local.port};branch=z9hG4bK${randomBytes(8).toString("hex")};rport`,
    `From: <sip:${o.user}@${o.domain}>;tag=${randomBytes(4).toString("hex")}`,
    `To: <sip:${o.user}@${o.domain}>`,
    `Call-ID: ${o.callId}`,
    `CSeq: ${o.cseq} REGISTER`,
    `Contact: <sip:${o.user}@${o.local.address}:${o.contactPort ?? o.local.port}${tp}>`,
    `Expires: ${o.expires}`,
    "Max-Forwards: 70",
    ...(o.authorization !== undefined ? [`Authorization: ${o.authorization}`] : []),
  ]);
}

/** A response echoing the request's Via, From, To (with `toTag` added), Call-ID and CSeq. */
export function reply(req: SipMsg, status: number, reason: string, o: { toTag?: string; headers?: readonly string[]; sdp?: string } = {}): string {
  const echoed = req.raw.filter((l) => /^(via|v|from|f|call-id|i|cseq)\s*:/i.test(l));
  const to = req.raw.find((l) => /^(to|t)\s*:/i.test(l)) ?? "";
  const tagged = o.toTag !== undefined && !/;tag=/i.test(to) ? `${to};tag=${o.toTag}` : to;
  return message([`SIP/2.0 ${status} ${reason}`, ...echoed, tagged, ...(o.headers ?? []), ...(o.sdp !== undefined ? ["Content-Type: application/sdp"] : [])], o.sdp ?? "");
}

function message(lines: readonly string[], body = ""): string {
  return `${[...lines, `Content-Length: ${Buffer.byteLength(body)}`].join("\r\n")}\r\n\r\n${body}`;
}

/** An SDP answer with no media behind it; `origin` names who answered. */
export function answerSdp(origin: string): string {
  return ["v=0", `o=${origin} 1 1 IN IP4 127.0.0.1`, "s=-", "c=IN IP4 127.0.0.1", "t=0 0", "m=audio 40002 RTP/AVP 0", "a=rtpmap:0 PCMU/8000", ""].join("\r\n");
}
