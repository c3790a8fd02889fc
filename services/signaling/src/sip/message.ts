import { DEFAULT_MAX_FORWARDS, reasonPhrase } from "./constants.js";
import { parseNameAddr, parseUri, parseVia, splitList, type NameAddr, type SipUri, type Via } from "./grammar.js";
import { SipHeaders } from "./headers.js";
import { newCallId, newTag } from "./ids.js";

/**
 * SIP message model. Headers stay raw strings in an ordered multimap; the typed views
 * (Vias, From/To, CSeq, Contact…) are parsed on first read and cached until the headers
 * change, so the hot path pays only for what it touches.
 */

export interface CSeq {
  readonly seq: number;
  readonly method: string;
}

export interface Contact extends NameAddr {
  /** `expires` contact param in seconds (RFC 3261 §20.10), when present and numeric. */
  readonly expires?: number;
}

type Cache = {
  rev: number;
  vias?: readonly Via[] | null;
  from?: NameAddr | null;
  to?: NameAddr | null;
  cseq?: CSeq | null;
  contacts?: readonly Contact[] | "*" | null;
  ruri?: SipUri | null;
};

abstract class SipMessageBase {
  body: Buffer;
  private cache: Cache = { rev: -1 };

  constructor(
    readonly headers: SipHeaders,
    body: Buffer = EMPTY,
  ) {
    this.body = body;
  }

  /** Drops the parsed views and packs the headers (both come back on the next read): for messages kept only to be re-sent. */
  compact(): void {
    this.cache = { rev: -1 };
    this.headers.pack();
  }

  protected fresh(): Cache {
    if (this.cache.rev !== this.headers.revision) this.cache = { rev: this.headers.revision };
    return this.cache;
  }

  get callId(): string | undefined {
    return this.headers.get("call-id");
  }

  /** Every via-parm, top first, across comma lists and repeated fields; `null` if any is malformed. */
  get vias(): readonly Via[] | null {
    const c = this.fresh();
    if (c.vias !== undefined) return c.vias;
    const out: Via[] = [];
    for (const value of this.headers.getAll("via")) {
      for (const part of splitList(value)) {
        const v = parseVia(part);
        if (v === undefined) return (c.vias = null);
        out.push(v);
      }
    }
    return (c.vias = out);
  }

  get topVia(): Via | undefined {
    return this.vias?.[0];
  }

  get from(): NameAddr | undefined {
    const c = this.fresh();
    if (c.from === undefined) {
      const v = this.headers.get("from");
      c.from = v === undefined ? null : (parseNameAddr(v) ?? null);
    }
    return c.from ?? undefined;
  }

  get to(): NameAddr | undefined {
    const c = this.fresh();
    if (c.to === undefined) {
      const v = this.headers.get("to");
      c.to = v === undefined ? null : (parseNameAddr(v) ?? null);
    }
    return c.to ?? undefined;
  }

  get fromTag(): string | undefined {
    return this.from?.tag;
  }

  get toTag(): string | undefined {
    return this.to?.tag;
  }

  get cseq(): CSeq | undefined {
    const c = this.fresh();
    if (c.cseq === undefined) {
      const v = this.headers.get("cseq");
      c.cseq = v === undefined ? null : (parseCSeq(v) ?? null);
    }
    return c.cseq ?? undefined;
  }

  /** Non-negative integer, or `undefined` when absent or malformed. */
  get maxForwards(): number | undefined {
    return parseSmallInt(this.headers.get("max-forwards"), 255);
  }

  get contentLength(): number | undefined {
    return parseSmallInt(this.headers.get("content-length"), 2 ** 31 - 1);
  }

  get contentType(): string | undefined {
    return this.headers.get("content-type");
  }

  /** `"*"` for a wildcard (REGISTER, RFC 3261 §10.2.2), the list otherwise, `null` when malformed. */
  get contacts(): readonly Contact[] | "*" | null {
    const c = this.fresh();
    if (c.contacts !== undefined) return c.contacts;
    const values = this.headers.getAll("contact");
    if (values.length === 1 && values[0]?.trim() === "*") return (c.contacts = "*");
    const out: Contact[] = [];
    for (const value of values) {
      for (const part of splitList(value)) {
        const na = parseNameAddr(part);
        if (na === undefined) return (c.contacts = null);
        const exp = parseSmallInt(na.params.get("expires") ?? undefined, 2 ** 32 - 1);
        out.push(exp === undefined ? na : { ...na, expires: exp });
      }
    }
    return (c.contacts = out);
  }

  protected ruriCache(raw: string): SipUri | undefined {
    const c = this.fresh();
    if (c.ruri === undefined) c.ruri = parseUri(raw) ?? null;
    return c.ruri ?? undefined;
  }
}

export class SipRequest extends SipMessageBase {
  readonly kind = "request";
  constructor(
    readonly method: string,
    public uri: string,
    headers: SipHeaders,
    body?: Buffer,
  ) {
    super(headers, body);
  }

  override compact(): void {
    super.compact();
    this.uri = ownString(this.uri);
  }

  get requestUri(): SipUri | undefined {
    return this.ruriCache(this.uri);
  }
}

export class SipResponse extends SipMessageBase {
  readonly kind = "response";
  constructor(
    readonly status: number,
    readonly reason: string,
    headers: SipHeaders,
    body?: Buffer,
  ) {
    super(headers, body);
  }
}

export type SipMessage = SipRequest | SipResponse;

/**
 * A copy of `s` that holds no other string: what the parser hands out are slices of the
 * received message's text, and a slice kept keeps all of that text.
 */
export function ownString(s: string): string {
  // V8 makes slices only of 13 characters or more; shorter substrings are copies already.
  return s.length < 13 ? s : Buffer.from(s, "utf8").toString("utf8");
}

const EMPTY: Buffer = Buffer.alloc(0);

export function parseCSeq(v: string): CSeq | undefined {
  const s = v.trim();
  let sp = s.indexOf(" ");
  if (sp < 0) sp = s.indexOf("\t");
  if (sp <= 0) return undefined;
  const seq = parseSmallInt(s.slice(0, sp), 2 ** 31 - 1);
  const method = s.slice(sp + 1).trim();
  if (seq === undefined || !isToken(method)) return undefined;
  return { seq, method };
}

/** Decimal digits only, ≤ `max`; RFC 3261 §25.1 `1*DIGIT`. */
export function parseSmallInt(v: string | undefined, max: number): number | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  if (s.length === 0 || s.length > 10) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n > max ? undefined : n;
}

const TOKEN_CHARS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (const ch of "-.!%*_+`'~") t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** RFC 3261 §25.1 `token`. */
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || TOKEN_CHARS[c] !== 1) return false;
  }
  return true;
}

/** Wire form; Content-Length is always recomputed from the body (in place when present, appended otherwise). */
export function serialize(msg: SipMessage): Buffer {
  let head = msg.kind === "request" ? `${msg.method} ${msg.uri} SIP/2.0\r\n` : `SIP/2.0 ${msg.status} ${msg.reason}\r\n`;
  let sawLength = false;
  for (const e of msg.headers.entries()) {
    if (e.key === "content-length") {
      if (sawLength) continue;
      sawLength = true;
      head += `${e.name}: ${msg.body.length}\r\n`;
    } else head += `${e.name}: ${e.value}\r\n`;
  }
  if (!sawLength) head += `Content-Length: ${msg.body.length}\r\n`;
  head += "\r\n";
  return msg.body.length === 0 ? Buffer.from(head) : Buffer.concat([Buffer.from(head), msg.body]);
}

export interface ResponseOptions {
  readonly reason?: string;
  /** The UAS's tag for this dialog/transaction; generated when the request's To has none (RFC 3261 §8.2.6.2). */
  readonly toTag?: string;
  readonly headers?: readonly (readonly [string, string])[];
  readonly body?: Buffer | string;
  readonly contentType?: string;
}

const COPIED = ["via", "from", "to", "call-id", "cseq"] as const;

/**
 * A response per RFC 3261 §8.2.6: Via (all, in order), From, To, Call-ID and CSeq copied;
 * a To-tag added unless the request had one or this is a 100 (§8.2.6.2); Timestamp copied
 * into a 100 (§8.2.6.1).
 */
export function createResponse(req: Pick<SipRequest, "headers">, status: number, opts: ResponseOptions = {}): SipResponse {
  const headers = new SipHeaders();
  for (const e of req.headers.entries()) {
    if ((COPIED as readonly string[]).includes(e.key)) {
      if (e.key === "to" && status !== 100 && !/;\s*tag\s*=/i.test(e.value)) {
        headers.append(e.name, `${e.value};tag=${opts.toTag ?? newTag()}`);
      } else headers.append(e.name, e.value);
    } else if (status === 100 && e.key === "timestamp") headers.append(e.name, e.value);
  }
  for (const [name, value] of opts.headers ?? []) headers.append(name, value);
  let body: Buffer = EMPTY;
  if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? Buffer.from(opts.body) : opts.body;
    if (opts.contentType !== undefined) headers.set("content-type", opts.contentType);
  }
  return new SipResponse(status, opts.reason ?? reasonPhrase(status), headers, body);
}

/** Status class label for metrics: `1xx`…`6xx`. */
export function statusClass(status: number): string {
  const c = Math.floor(status / 100);
  return c >= 1 && c <= 6 ? `${c}xx` : "other";
}

export interface RequestOptions {
  readonly method: string;
  readonly uri: string;
  /** This endpoint's Via (see `TransportLayer.via`), branch included. */
  readonly via: string;
  readonly from: string;
  readonly to: string;
  readonly callId?: string;
  readonly cseq: number;
  readonly maxForwards?: number;
  readonly contact?: string;
  readonly headers?: readonly (readonly [string, string])[];
  readonly body?: Buffer | string;
  readonly contentType?: string;
}

/** A UAC request with the six headers RFC 3261 §8.1.1 requires, in the customary order. */
export function createRequest(o: RequestOptions): SipRequest {
  const h = new SipHeaders();
  h.append("Via", o.via);
  h.append("Max-Forwards", String(o.maxForwards ?? DEFAULT_MAX_FORWARDS));
  h.append("From", o.from);
  h.append("To", o.to);
  h.append("Call-ID", o.callId ?? newCallId());
  h.append("CSeq", `${o.cseq} ${o.method}`);
  if (o.contact !== undefined) h.append("Contact", o.contact);
  for (const [name, value] of o.headers ?? []) h.append(name, value);
  let body: Buffer = EMPTY;
  if (o.body !== undefined) {
    body = typeof o.body === "string" ? Buffer.from(o.body) : o.body;
    if (o.contentType !== undefined) h.set("content-type", o.contentType);
  }
  return new SipRequest(o.method, o.uri, h, body);
}
