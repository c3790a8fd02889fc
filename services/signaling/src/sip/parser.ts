import { LIMITS } from "./constants.js";
import { SipParseError } from "./errors.js";
import { headerNames, SipHeaders, type HeaderEntry } from "./headers.js";
import { isToken, parseSmallInt, SipRequest, SipResponse, type SipMessage } from "./message.js";

/**
 * Hand parser for SIP messages (RFC 3261 §7). One pass splits the start line and header
 * fields (unfolding continuation lines, §7.3.1); only the fields every message needs are
 * checked here, the rest are parsed on first read (message.ts). Never use sip.js's
 * `Parser.parseMessage` on the server path: it is ~700× slower (research/perf.md §3).
 */

export interface ParseOptions {
  /** Stream transports (TCP/TLS) frame by Content-Length, which is then mandatory (RFC 3261 §18.3). */
  readonly stream?: boolean;
  readonly maxBytes?: number;
}

const SINGLE = ["call-id", "cseq", "from", "to", "max-forwards", "content-length"] as const;
const HEADER_NAMES: Readonly<Record<(typeof SINGLE)[number] | "via", string>> = {
  "call-id": "Call-ID",
  cseq: "CSeq",
  from: "From",
  to: "To",
  "max-forwards": "Max-Forwards",
  "content-length": "Content-Length",
  via: "Via",
};

/** Offset of the blank line ending the header section, and the length of that separator. */
function findHeaderEnd(buf: Buffer, from: number): { end: number; sep: number } | undefined {
  const crlf = buf.indexOf("\r\n\r\n", from);
  if (crlf >= 0) return { end: crlf, sep: 4 };
  const lf = buf.indexOf("\n\n", from);
  return lf >= 0 ? { end: lf, sep: 2 } : undefined;
}

export function parseMessage(data: Buffer | string, opts: ParseOptions = {}): SipMessage {
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  if (buf.length > (opts.maxBytes ?? LIMITS.maxMessageBytes)) throw new SipParseError(513, "Message Too Large");
  // RFC 3261 §7.5: ignore CRLFs before the start line.
  let lead = 0;
  while (lead < buf.length && (buf[lead] === 0x0d || buf[lead] === 0x0a)) lead++;
  const sepAt = findHeaderEnd(buf, lead);
  const headEnd = sepAt?.end ?? buf.length;
  const head = buf.toString("utf8", lead, headEnd);

  let pos = 0;
  let eol = head.indexOf("\n", pos);
  if (eol < 0) eol = head.length;
  const startLine = head.slice(pos, head[eol - 1] === "\r" ? eol - 1 : eol);
  pos = eol + 1;

  let method: string | undefined;
  let uri = "";
  let status = 0;
  let reason = "";
  if (startLine.startsWith("SIP/")) {
    const sp1 = startLine.indexOf(" ");
    const code = sp1 < 0 ? undefined : parseSmallInt(startLine.slice(sp1 + 1, sp1 + 4), 699);
    if (sp1 !== 7 || !startLine.startsWith("SIP/2.0") || code === undefined || code < 100 || (startLine.length > sp1 + 4 && startLine[sp1 + 4] !== " ")) {
      throw new SipParseError(400, "Malformed Status Line");
    }
    status = code;
    reason = startLine.slice(sp1 + 5);
  } else {
    const sp1 = startLine.indexOf(" ");
    const sp2 = sp1 < 0 ? -1 : startLine.indexOf(" ", sp1 + 1);
    if (sp1 <= 0 || sp2 < 0) throw new SipParseError(400, "Malformed Request Line");
    method = startLine.slice(0, sp1);
    uri = startLine.slice(sp1 + 1, sp2);
    const version = startLine.slice(sp2 + 1);
    if (!isToken(method) || uri.length === 0 || uri.includes(" ") || !/^SIP\/\d+\.\d+$/i.test(version)) {
      throw new SipParseError(400, "Malformed Request Line");
    }
    if (version.toUpperCase() !== "SIP/2.0") throw new SipParseError(505, "Version Not Supported");
  }

  const entries: HeaderEntry[] = [];
  let problem: { status: number; reason: string } | undefined;
  while (pos < head.length) {
    let end = head.indexOf("\n", pos);
    if (end < 0) end = head.length;
    const line = head.slice(pos, head[end - 1] === "\r" ? end - 1 : end);
    pos = end + 1;
    if (line.length === 0) continue;
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (entries.length === 0) problem ??= { status: 400, reason: "Malformed Header Line" };
      else {
        const prev = entries[entries.length - 1];
        prev.value = `${prev.value} ${line.trim()}`;
      }
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon < 0 ? "" : line.slice(0, colon).trim();
    if (colon <= 0 || !isToken(name)) {
      problem ??= { status: 400, reason: "Malformed Header Line" };
      continue;
    }
    if (entries.length >= LIMITS.maxHeaders) {
      problem ??= { status: 400, reason: "Too Many Headers" };
      break;
    }
    const n = headerNames(name);
    entries.push({ name: n.name, key: n.key, value: line.slice(colon + 1).trim() });
  }
  const headers = new SipHeaders(entries);

  if (method === undefined) {
    const res = new SipResponse(status, reason, headers);
    problem ??= checkCommon(res, sepAt === undefined);
    if (problem !== undefined) throw new SipParseError(problem.status, problem.reason);
    res.body = sliceBody(buf, sepAt, res.contentLength, opts, undefined);
    return res;
  }

  const req = new SipRequest(method, uri, headers);
  // A response can be routed only along a well-formed top Via (RFC 3261 §18.2.2).
  const context = req.vias !== null && req.topVia !== undefined ? { method, headers } : undefined;
  problem ??= checkCommon(req, sepAt === undefined) ?? checkRequest(req);
  if (problem !== undefined) throw new SipParseError(problem.status, problem.reason, context);
  req.body = sliceBody(buf, sepAt, req.contentLength, opts, context);
  return req;
}

function checkCommon(msg: SipMessage, unterminated: boolean): { status: number; reason: string } | undefined {
  if (unterminated) return { status: 400, reason: "Missing Empty Line" };
  if (!msg.headers.has("via")) return { status: 400, reason: "Missing Via Header" };
  if (msg.vias === null) return { status: 400, reason: "Malformed Via Header" };
  for (const key of SINGLE) {
    const n = msg.headers.count(key);
    if (n === 0) {
      if (key === "content-length" || (key === "max-forwards" && msg.kind === "response")) continue;
      return { status: 400, reason: `Missing ${HEADER_NAMES[key]} Header` };
    }
    if (n > 1 && (key !== "content-length" || new Set(msg.headers.getAll(key).map((v) => v.trim())).size > 1)) {
      return { status: 400, reason: `Duplicate ${HEADER_NAMES[key]} Header` };
    }
  }
  if (msg.callId === "") return { status: 400, reason: "Malformed Call-ID Header" };
  if (msg.from === undefined) return { status: 400, reason: "Malformed From Header" };
  if (msg.to === undefined) return { status: 400, reason: "Malformed To Header" };
  if (msg.cseq === undefined) return { status: 400, reason: "Malformed CSeq Header" };
  if (msg.headers.has("content-length") && msg.contentLength === undefined) return { status: 400, reason: "Malformed Content-Length Header" };
  return undefined;
}

function checkRequest(req: SipRequest): { status: number; reason: string } | undefined {
  if (req.maxForwards === undefined) return { status: 400, reason: "Malformed Max-Forwards Header" };
  if (req.cseq?.method !== req.method) return { status: 400, reason: "CSeq Method Mismatch" };
  if (req.requestUri === undefined) return { status: 400, reason: "Malformed Request-URI" };
  return undefined;
}

function sliceBody(
  buf: Buffer,
  sepAt: { end: number; sep: number } | undefined,
  contentLength: number | undefined,
  opts: ParseOptions,
  context: { method: string; headers: SipHeaders } | undefined,
): Buffer {
  const start = sepAt === undefined ? buf.length : sepAt.end + sepAt.sep;
  const available = buf.length - start;
  if (contentLength === undefined) {
    if (opts.stream === true) throw new SipParseError(400, "Missing Content-Length Header", context);
    return buf.subarray(start);
  }
  // RFC 3261 §18.3: a datagram shorter than its Content-Length is discarded (answered 400 here);
  // bytes beyond it are ignored.
  if (contentLength > available) throw new SipParseError(400, "Content-Length Exceeds Body", context);
  return buf.subarray(start, start + contentLength);
}
