/**
 * Hand-written parsers for the header grammars the stack reads (RFC 3261 §25.1):
 * URIs, name-addr/addr-spec, Via, generic params and comma lists. Each returns
 * `undefined` on malformed input instead of throwing; callers decide which status
 * that is worth. Rare headers needing full ABNF can use sip.js's `Grammar` off the hot path.
 */

export type Params = ReadonlyMap<string, string | null>;

export interface SipUri {
  /** Lower-case: `sip`, `sips`, `tel`, … */
  readonly scheme: string;
  readonly user?: string;
  readonly password?: string;
  /** Host as written; IPv6 references keep their brackets. Empty for non-SIP schemes. */
  readonly host: string;
  readonly port?: number;
  readonly params: Params;
  /** `?a=b&c=d` part, raw, without the `?`. */
  readonly headers?: string;
  readonly raw: string;
}

export interface NameAddr {
  readonly displayName?: string;
  readonly uri: SipUri;
  /** Header parameters (after the URI), lower-case names. */
  readonly params: Params;
  readonly tag?: string;
  readonly raw: string;
}

export interface Via {
  /** Upper-case transport: UDP, TCP, TLS, WS, WSS, SCTP… */
  readonly transport: string;
  readonly host: string;
  readonly port?: number;
  readonly branch?: string;
  readonly received?: string;
  /** `undefined`: absent; `null`: present without value (RFC 3581 request); number: filled in. */
  readonly rport?: number | null;
  readonly params: Params;
  readonly raw: string;
}

const SIP_SCHEMES = new Set(["sip", "sips"]);

function parsePort(s: string): number | undefined {
  if (s.length === 0 || s.length > 5) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n > 65535 ? undefined : n;
}

/** `host[:port]` with IPv6 brackets; `null` when malformed. */
export function parseHostPort(s: string): { host: string; port?: number } | null {
  if (s.length === 0) return null;
  if (s.charCodeAt(0) === 0x5b /* [ */) {
    const close = s.indexOf("]");
    if (close < 0) return null;
    const host = s.slice(0, close + 1);
    if (close === s.length - 1) return { host };
    if (s.charCodeAt(close + 1) !== 0x3a) return null;
    const port = parsePort(s.slice(close + 2));
    return port === undefined ? null : { host, port };
  }
  const colon = s.indexOf(":");
  const host = colon < 0 ? s : s.slice(0, colon);
  if (!isHostname(host)) return null;
  if (colon < 0) return { host };
  const port = parsePort(s.slice(colon + 1));
  return port === undefined ? null : { host, port };
}

function isHostname(h: string): boolean {
  if (h.length === 0 || h.length > 255) return false;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    const ok =
      (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2e || c === 0x5f;
    if (!ok) return false;
  }
  return true;
}

/** `;a=b;c;d="x y"` → map with lower-case names; quoted values unquoted. */
export function parseParams(s: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let i = 0;
  while (i < s.length) {
    while (i < s.length && (s[i] === ";" || s[i] === " " || s[i] === "\t")) i++;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && s[j] !== ";" && s[j] !== "=") j++;
    const name = s.slice(i, j).trim().toLowerCase();
    if (j >= s.length || s[j] === ";") {
      if (name.length > 0) out.set(name, null);
      i = j;
      continue;
    }
    j++;
    while (j < s.length && (s[j] === " " || s[j] === "\t")) j++;
    let value: string;
    if (s[j] === '"') {
      const end = closingQuote(s, j);
      value = unquote(s.slice(j, end + 1));
      j = end + 1;
      while (j < s.length && s[j] !== ";") j++;
    } else {
      const start = j;
      while (j < s.length && s[j] !== ";") j++;
      value = s.slice(start, j).trim();
    }
    if (name.length > 0) out.set(name, value);
    i = j;
  }
  return out;
}

/** Index of the quote closing the quoted-string opened at `open` (or the last index when unterminated). */
function closingQuote(s: string, open: number): number {
  for (let k = open + 1; k < s.length; k++) {
    const c = s[k];
    if (c === "\\") k++;
    else if (c === '"') return k;
  }
  return s.length - 1;
}

export function unquote(s: string): string {
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return s;
  const inner = s.slice(1, -1);
  return inner.includes("\\") ? inner.replace(/\\(.)/g, "$1") : inner;
}

/** Splits a header value on commas outside quotes and angle brackets (RFC 3261 §7.3.1 multi-value fields). */
export function splitList(s: string): string[] {
  if (!s.includes(",")) return [s.trim()];
  const out: string[] = [];
  let start = 0;
  let inQuote = false;
  let inAngle = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inQuote) {
      if (c === "\\") i++;
      else if (c === '"') inQuote = false;
    } else if (c === '"') inQuote = true;
    else if (c === "<") inAngle = true;
    else if (c === ">") inAngle = false;
    else if (c === "," && !inAngle) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(s.slice(start).trim());
  return out.filter((p) => p.length > 0);
}

export function parseUri(raw: string): SipUri | undefined {
  const s = raw.trim();
  const colon = s.indexOf(":");
  if (colon <= 0) return undefined;
  const scheme = s.slice(0, colon).toLowerCase();
  for (let i = 0; i < scheme.length; i++) {
    const c = scheme.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e)))) return undefined;
  }
  if (!SIP_SCHEMES.has(scheme)) {
    return colon + 1 < s.length ? { scheme, host: "", params: new Map(), raw: s } : undefined;
  }
  let rest = s.slice(colon + 1);
  let headers: string | undefined;
  const q = rest.indexOf("?");
  if (q >= 0) {
    headers = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let user: string | undefined;
  let password: string | undefined;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    const userinfo = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const pc = userinfo.indexOf(":");
    if (pc >= 0) {
      user = userinfo.slice(0, pc);
      password = userinfo.slice(pc + 1);
    } else user = userinfo;
    if (user.length === 0) return undefined;
  }
  const semi = rest.indexOf(";");
  const hostport = semi < 0 ? rest : rest.slice(0, semi);
  const hp = parseHostPort(hostport);
  if (hp === null) return undefined;
  const params = semi < 0 ? new Map<string, string | null>() : parseParams(rest.slice(semi + 1));
  const uri: { -readonly [K in keyof SipUri]: SipUri[K] } = { scheme, host: hp.host, params, raw: s };
  if (user !== undefined) uri.user = user;
  if (password !== undefined) uri.password = password;
  if (hp.port !== undefined) uri.port = hp.port;
  if (headers !== undefined) uri.headers = headers;
  return uri;
}

/** name-addr (`"Bob" <sip:bob@x>;tag=1`) or addr-spec (`sip:bob@x;tag=1`, params then belong to the header, RFC 3261 §20.10). */
export function parseNameAddr(raw: string): NameAddr | undefined {
  const s = raw.trim();
  let displayName: string | undefined;
  let uriText: string;
  let paramText: string;
  let i = 0;
  if (s[0] === '"') {
    const end = closingQuote(s, 0);
    if (s[end] !== '"') return undefined;
    displayName = unquote(s.slice(0, end + 1));
    i = end + 1;
  }
  const lt = s.indexOf("<", i);
  if (lt >= 0) {
    const gt = s.indexOf(">", lt);
    if (gt < 0) return undefined;
    if (displayName === undefined) {
      const dn = s.slice(i, lt).trim();
      if (dn.length > 0) displayName = dn;
    } else if (s.slice(i, lt).trim().length > 0) return undefined;
    uriText = s.slice(lt + 1, gt);
    paramText = s.slice(gt + 1);
  } else {
    if (displayName !== undefined) return undefined;
    const semi = s.indexOf(";");
    uriText = semi < 0 ? s : s.slice(0, semi);
    paramText = semi < 0 ? "" : s.slice(semi);
  }
  const uri = parseUri(uriText);
  if (uri === undefined) return undefined;
  const rest = paramText.trim();
  if (rest.length > 0 && rest[0] !== ";") return undefined;
  const params = parseParams(rest);
  const tag = params.get("tag");
  const out: { -readonly [K in keyof NameAddr]: NameAddr[K] } = { uri, params, raw: s };
  if (displayName !== undefined) out.displayName = displayName;
  if (tag !== undefined && tag !== null) out.tag = tag;
  return out;
}

/** One via-parm: `SIP/2.0/UDP host:port;branch=…;rport` (RFC 3261 §20.42, RFC 3581). */
export function parseVia(raw: string): Via | undefined {
  const s = raw.trim();
  let i = 0;
  const parts: string[] = [];
  for (let k = 0; k < 3; k++) {
    while (i < s.length && (s[i] === " " || s[i] === "\t")) i++;
    const start = i;
    while (i < s.length && s[i] !== "/" && s[i] !== " " && s[i] !== "\t") i++;
    parts.push(s.slice(start, i));
    while (i < s.length && (s[i] === " " || s[i] === "\t")) i++;
    if (k < 2) {
      if (s[i] !== "/") return undefined;
      i++;
    }
  }
  const [proto, version, transport] = parts as [string, string, string];
  if (proto.toUpperCase() !== "SIP" || version !== "2.0" || transport.length === 0) return undefined;
  const semi = s.indexOf(";", i);
  const sentBy = (semi < 0 ? s.slice(i) : s.slice(i, semi)).trim();
  const hp = parseHostPort(sentBy);
  if (hp === null) return undefined;
  const params = semi < 0 ? new Map<string, string | null>() : parseParams(s.slice(semi + 1));
  const out: { -readonly [K in keyof Via]: Via[K] } = { transport: transport.toUpperCase(), host: hp.host, params, raw: s };
  if (hp.port !== undefined) out.port = hp.port;
  const branch = params.get("branch");
  if (branch !== undefined && branch !== null) out.branch = branch;
  const received = params.get("received");
  if (received !== undefined && received !== null) out.received = received;
  if (params.has("rport")) {
    const rp = params.get("rport");
    if (rp === null || rp === undefined) out.rport = null;
    else {
      const port = parsePort(rp);
      if (port === undefined) return undefined;
      out.rport = port;
    }
  }
  return out;
}

/** Serialises a Via back, params in their original order. */
export function formatVia(v: Via): string {
  let out = `SIP/2.0/${v.transport} ${v.host}${v.port !== undefined ? `:${v.port}` : ""}`;
  for (const [name, value] of v.params) out += value === null ? `;${name}` : `;${name}=${value}`;
  return out;
}

/** Copies a Via with params changed (added at the end when new, in place otherwise). */
export function withViaParams(v: Via, changes: Readonly<Record<string, string | null>>): Via {
  const params = new Map(v.params);
  for (const [k, val] of Object.entries(changes)) params.set(k, val);
  const next: { -readonly [K in keyof Via]: Via[K] } = { ...v, params };
  const received = params.get("received");
  if (received !== undefined && received !== null) next.received = received;
  if (params.has("rport")) {
    const rp = params.get("rport");
    next.rport = rp === null || rp === undefined ? null : Number(rp);
  }
  const text = formatVia(next);
  next.raw = text;
  return next;
}

/** `"x"` quoting for display names and auth params (RFC 3261 §25.1 quoted-string). */
export function quote(s: string): string {
  return `"${s.replace(/(["\\])/g, "\\$1")}"`;
}
