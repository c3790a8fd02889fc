/**
 * Protocol constants of the SIP stack, each with the RFC section that defines it.
 * Code reads timer values through `timerValues()` so the reliable-transport zeros
 * (RFC 3261 §17.1.1.2, §17.1.2.2, §17.2.1, §17.2.2) are decided in one place.
 */

/** Base timers, in ms. Operators may lower T1 on a LAN (§17.1.1.1) but never below. */
export const BASE_TIMERS = {
  /** RTT estimate. RFC 3261 §17.1.1.1. */
  T1: 500,
  /** Maximum retransmit interval for non-INVITE requests and INVITE responses. RFC 3261 §17.1.2.2. */
  T2: 4000,
  /** Maximum duration a message remains in the network. RFC 3261 §17.1.2.2. */
  T4: 5000,
} as const;

export type BaseTimers = { readonly T1: number; readonly T2: number; readonly T4: number };

/**
 * Derived transaction timers (RFC 3261 Table 4, RFC 6026 §8.11 for L and M).
 * `reliable` selects the TCP/TLS/WS values: retransmit timers are unused and the
 * "wait for retransmissions" timers (D, I, J, K) are zero.
 */
export interface TimerValues {
  /** INVITE request retransmit interval, initial; UDP only. §17.1.1.2. */
  readonly A: number;
  /** INVITE client transaction timeout. §17.1.1.2. */
  readonly B: number;
  /** Wait time for response retransmits (INVITE client, Completed). §17.1.1.2: > 32 s UDP, 0 reliable. */
  readonly D: number;
  /** Non-INVITE request retransmit interval, initial; UDP only. §17.1.2.2. */
  readonly E: number;
  /** Non-INVITE client transaction timeout. §17.1.2.2. */
  readonly F: number;
  /** INVITE final-response retransmit interval, initial; UDP only. §17.2.1. */
  readonly G: number;
  /** Wait time for ACK receipt. §17.2.1. */
  readonly H: number;
  /** Wait time for ACK retransmits (INVITE server, Confirmed). §17.2.1: T4 UDP, 0 reliable. */
  readonly I: number;
  /** Wait time for non-INVITE request retransmits. §17.2.2: 64·T1 UDP, 0 reliable. */
  readonly J: number;
  /** Wait time for response retransmits (non-INVITE client, Completed). §17.1.2.2: T4 UDP, 0 reliable. */
  readonly K: number;
  /** INVITE server Accepted state: absorb INVITE retransmissions after a 2xx. RFC 6026 §8.7. */
  readonly L: number;
  /** INVITE client Accepted state: pass forked/retransmitted 2xx to the TU. RFC 6026 §8.4. */
  readonly M: number;
  /** A UAS sends 100 Trying if the TU has not answered within this time. RFC 3261 §17.2.1. */
  readonly TRYING: number;
  /** Retransmissions double up to this cap: T2 for non-INVITE requests (§17.1.2.2) and INVITE final responses (§17.2.1). */
  readonly T2: number;
}

/** RFC 3261 §17.2.1: "MUST generate a 100 (Trying) response [...] if the TU will not generate a provisional response within 200 ms". */
export const TRYING_DELAY_MS = 200;

/** RFC 4028 §4, §5: the protocol's floor for Min-SE (seconds), which is also ours. */
export const MIN_SE_S = 90;
/** RFC 4028 §4: the recommended session interval (seconds), for a request that names none. */
export const DEFAULT_SESSION_EXPIRES_S = 1800;
/** RFC 4028 §10: the side that does not refresh gives up min(32 s, interval/3) before the session expires. */
export const SESSION_EXPIRY_SLACK_MAX_S = 32;

/** RFC 3261 §17.1.1.2: Timer D is "at least 32 seconds for unreliable transports". */
export const TIMER_D_UDP_MS = 32_000;

export function timerValues(reliable: boolean, base: BaseTimers = BASE_TIMERS): TimerValues {
  const { T1, T2, T4 } = base;
  return {
    A: T1,
    B: 64 * T1,
    D: reliable ? 0 : Math.max(TIMER_D_UDP_MS, 64 * T1),
    E: T1,
    F: 64 * T1,
    G: T1,
    H: 64 * T1,
    I: reliable ? 0 : T4,
    J: reliable ? 0 : 64 * T1,
    K: reliable ? 0 : T4,
    L: 64 * T1,
    M: 64 * T1,
    TRYING: TRYING_DELAY_MS,
    T2,
  };
}

/** RFC 3261 §8.1.1.7: a branch starting with this cookie was built by an RFC 3261 element. */
export const BRANCH_MAGIC_COOKIE = "z9hG4bK";

/** RFC 3261 §8.1.1.6: the recommended initial Max-Forwards. */
export const DEFAULT_MAX_FORWARDS = 70;

/** RFC 3261 §18.1.1 / §19.1.2: default ports when a Via or URI omits one. */
export const DEFAULT_PORT = { udp: 5060, tcp: 5060, tls: 5061, ws: 80, wss: 443 } as const;

/** RFC 3261 §7.3.3 compact forms, plus those registered by later RFCs (IANA SIP parameters). */
export const COMPACT_FORMS: Readonly<Partial<Record<string, string>>> = {
  a: "Accept-Contact", // RFC 3841
  b: "Referred-By", // RFC 3892
  c: "Content-Type",
  d: "Request-Disposition", // RFC 3841
  e: "Content-Encoding",
  f: "From",
  i: "Call-ID",
  j: "Reject-Contact", // RFC 3841
  k: "Supported",
  l: "Content-Length",
  m: "Contact",
  n: "Identity-Info", // RFC 4474
  o: "Event", // RFC 6665
  r: "Refer-To", // RFC 3515
  s: "Subject",
  t: "To",
  u: "Allow-Events", // RFC 6665
  v: "Via",
  x: "Session-Expires", // RFC 4028
  y: "Identity", // RFC 8224
};

/** Methods this stack knows by name (RFC 3261 §7.1 and extensions); anything else answers 501 (§8.2.1). */
export const KNOWN_METHODS = [
  "INVITE",
  "ACK",
  "BYE",
  "CANCEL",
  "OPTIONS",
  "REGISTER",
  "PRACK", // RFC 3262
  "SUBSCRIBE", // RFC 6665
  "NOTIFY", // RFC 6665
  "PUBLISH", // RFC 3903
  "INFO", // RFC 6086
  "REFER", // RFC 3515
  "MESSAGE", // RFC 3428
  "UPDATE", // RFC 3311
] as const;
export type KnownMethod = (typeof KNOWN_METHODS)[number];

/** RFC 3261 §21 reason phrases for the codes this stack emits itself. */
export const REASON_PHRASES: Readonly<Record<number, string>> = {
  100: "Trying",
  180: "Ringing",
  183: "Session Progress",
  200: "OK",
  202: "Accepted",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  413: "Request Entity Too Large",
  415: "Unsupported Media Type",
  416: "Unsupported URI Scheme",
  420: "Bad Extension",
  480: "Temporarily Unavailable",
  481: "Call/Transaction Does Not Exist",
  482: "Loop Detected",
  483: "Too Many Hops",
  486: "Busy Here",
  487: "Request Terminated",
  488: "Not Acceptable Here",
  500: "Server Internal Error",
  501: "Not Implemented",
  503: "Service Unavailable",
  504: "Server Time-out",
  505: "Version Not Supported",
  513: "Message Too Large",
  603: "Decline",
};

export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? (status < 200 ? "Session Progress" : status < 300 ? "OK" : "Error");
}

/** Transport limits. RFC 3261 §18.1.1: UDP messages should stay under path MTU; §20.14: the body size is bounded by Content-Length. */
export const LIMITS = {
  /** Largest message accepted on any transport; a UDP datagram cannot exceed 65,507 bytes anyway. */
  maxMessageBytes: 65_535,
  /** Open TCP/TLS/WS connections per listening transport. */
  maxConnections: 10_000,
  /** Header lines per message; more is an attack, not a SIP message. */
  maxHeaders: 256,
} as const;
