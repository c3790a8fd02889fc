/**
 * Session timers (RFC 4028) on the two legs of a bridged call. The B2BUA is a user agent
 * on each leg, so each leg negotiates its own interval and refresher, and each is watched
 * on its own: on a leg this node refreshes, it sends a refresh at half the interval (§10);
 * on a leg the peer refreshes, a refresh that does not come before the session expires
 * (less min(32 s, interval/3), §10) ends the call.
 *
 * ```
 *  caller (UAC)            ringmesh                         agent (UAS)
 *   |--INVITE SE:x;r=uac--->|                                  |   (x < Min-SE and timer supported: 422 Min-SE, §9)
 *   |                       |--INVITE SE:x, Min-SE, k:timer--->|
 *   |                       |<-200 SE:x;refresher=uac|uas------|   agent leg: uac = ringmesh refreshes (§7.2)
 *   |<-200 SE:x;r=uac,      |                                  |
 *   |   Require: timer------|   caller leg: refresher as the request asked, else the caller when it supports timer
 * ```
 * Negotiation is pure (`negotiateAsUas`, `negotiatedAsUac`); `SessionTimers` holds one
 * countdown per leg on the LegContext clock. Every 2xx to a re-INVITE or UPDATE that passes
 * a leg (relayed, or a refresh of ours) restarts that leg's countdown with what it says.
 */
import type { Clock, TimerHandle } from "../../../../lib/clock.js";
import { DEFAULT_SESSION_EXPIRES_S, MIN_SE_S, SESSION_EXPIRY_SLACK_MAX_S } from "../sip/constants.js";
import { parseParams, splitList } from "../sip/grammar.js";
import type { SipMessage, SipRequest, SipResponse } from "../sip/message.js";

export type Refresher = "us" | "peer";

/** A leg's negotiated session: its interval and who refreshes it. */
export interface SessionInterval {
  readonly seconds: number;
  readonly refresher: Refresher;
}

/** The `timer` option tag in Supported or Require (RFC 4028 §7.1: a UA that supports timers says so). */
export function supportsTimer(msg: SipMessage): boolean {
  return ["supported", "require"].some((h) =>
    msg.headers
      .getAll(h)
      .flatMap((v) => splitList(v))
      .some((t) => t.trim().toLowerCase() === "timer"),
  );
}

/** Session-Expires: delta-seconds *(;se-params) (RFC 4028 §4); undefined when absent or malformed. */
export function parseSessionExpires(msg: SipMessage): { seconds: number; refresher: "uac" | "uas" | undefined } | undefined {
  const value = msg.headers.get("session-expires");
  if (value === undefined) return undefined;
  const semi = value.indexOf(";");
  const delta = (semi < 0 ? value : value.slice(0, semi)).trim();
  if (!/^\d{1,10}$/.test(delta)) return undefined;
  const r = semi < 0 ? undefined : parseParams(value.slice(semi)).get("refresher")?.toLowerCase();
  return { seconds: Number(delta), refresher: r === "uac" || r === "uas" ? r : undefined };
}

/** Min-SE: delta-seconds (RFC 4028 §5). */
export function parseMinSe(msg: SipMessage): number | undefined {
  const v = msg.headers.get("min-se")?.split(";")[0]?.trim();
  return v !== undefined && /^\d{1,10}$/.test(v) ? Number(v) : undefined;
}

export type UasNegotiation =
  | { readonly kind: "reject"; readonly headers: readonly [string, string][] }
  | { readonly kind: "accept"; readonly interval: SessionInterval; readonly headers: readonly [string, string][] };

/**
 * RFC 4028 §9, this node as the UAS of an INVITE, re-INVITE or UPDATE:
 *  - an interval below Min-SE gets 422 with Min-SE when the UAC supports timers; one that
 *    does not could not act on a 422, so its interval is raised to Min-SE instead (erratum 1687);
 *  - the interval is the request's, never raised otherwise; without one, `current` (the
 *    leg's interval so far) or the recommended 1800 s;
 *  - the refresher is the one the request names; unnamed, the UAC when it supports timers
 *    (the caller, usually a carrier, keeps its own session alive), else this node (§9: a UAC
 *    without timer support cannot refresh);
 *  - the 2xx carries Session-Expires with the refresher, and `Require: timer` when the UAC
 *    supports timers (§9), so it knows the refresher is binding.
 */
export function negotiateAsUas(req: SipRequest, current?: number): UasNegotiation {
  const asked = parseSessionExpires(req);
  const timer = supportsTimer(req);
  const floor = Math.max(MIN_SE_S, parseMinSe(req) ?? 0);
  if (asked !== undefined && asked.seconds < MIN_SE_S && timer) return { kind: "reject", headers: [["Min-SE", String(MIN_SE_S)]] };
  const seconds = asked === undefined ? Math.max(current ?? DEFAULT_SESSION_EXPIRES_S, floor) : Math.max(asked.seconds, MIN_SE_S);
  const refresher = !timer ? "uas" : (asked?.refresher ?? "uac");
  const headers: [string, string][] = [["Session-Expires", `${seconds};refresher=${refresher}`]];
  if (timer) headers.push(["Require", "timer"]);
  return { kind: "accept", interval: { seconds, refresher: refresher === "uas" ? "us" : "peer" }, headers };
}

/**
 * RFC 4028 §7.2, this node as the UAC: the 2xx's Session-Expires decides the interval and
 * the refresher (uac is this node; a 2xx without the parameter leaves it to the UAC).
 * Without Session-Expires there is no session expiration, unless this node already
 * refreshes the leg (`current`): a peer without timer support answers a refresh so, and
 * refreshing it still finds out when it is gone (a 481 or no answer ends the call).
 */
export function negotiatedAsUac(res: SipResponse, current?: SessionInterval): SessionInterval | undefined {
  const se = parseSessionExpires(res);
  if (se === undefined) return current?.refresher === "us" ? current : undefined;
  return { seconds: se.seconds, refresher: se.refresher === "uas" ? "peer" : "us" };
}

/** What an initial INVITE on an agent or trunk leg offers (§7.1): the interval, our Min-SE; the UAS picks the refresher. */
export function offerHeaders(seconds: number): [string, string][] {
  return [
    ["Session-Expires", String(seconds)],
    ["Min-SE", String(MIN_SE_S)],
    ["Supported", "timer"],
  ];
}

/**
 * RFC 4028 §7.3 (a UAC's retry after 422): `headers` of the refused request with the
 * interval raised to the 422's Min-SE, and that Min-SE; undefined when the 422 names no
 * larger Min-SE, so a retry could not succeed.
 */
export function raisedAfter422(headers: readonly (readonly [string, string])[], res: SipResponse): [string, string][] | undefined {
  const min = parseMinSe(res);
  const current = headers.find(([n]) => n.toLowerCase() === "session-expires")?.[1];
  const seconds = current === undefined ? undefined : Number(current.split(";")[0]);
  if (min === undefined || seconds === undefined || !(min > seconds)) return undefined;
  return headers.map(([n, v]): [string, string] => {
    const key = n.toLowerCase();
    if (key === "session-expires") return [n, String(min)];
    if (key === "min-se") return [n, String(min)];
    return [n, v];
  });
}

/** A session refresh of ours (§7.4): the current interval, this node (the UAC) as refresher. */
export function refreshHeaders(seconds: number): [string, string][] {
  return [
    ["Session-Expires", `${seconds};refresher=uac`],
    ["Min-SE", String(MIN_SE_S)],
    ["Supported", "timer"],
  ];
}

/** §10: when the side that does not refresh gives up, in ms after the last refresh. */
export function expiryDelayMs(seconds: number): number {
  return (seconds - Math.min(SESSION_EXPIRY_SLACK_MAX_S, seconds / 3)) * 1000;
}

export type TimedLeg = "caller" | "agent";

export interface SessionTimersOptions {
  readonly clock: Clock;
  /** Half the interval passed on a leg this node refreshes: send a refresh on it. */
  readonly refresh: (leg: TimedLeg) => void;
  /** No refresh came on a leg the peer refreshes: the session is over (§10). */
  readonly expired: (leg: TimedLeg) => void;
}

interface LegTimer {
  interval: SessionInterval | undefined;
  handle: TimerHandle | undefined;
  /** When the session on this leg expires without a refresh (ms, clock time). */
  expiresAt: number;
}

/** One countdown per leg; the legs never touch each other's. */
export class SessionTimers {
  private readonly legs: Record<TimedLeg, LegTimer> = {
    caller: { interval: undefined, handle: undefined, expiresAt: 0 },
    agent: { interval: undefined, handle: undefined, expiresAt: 0 },
  };
  private closed = false;

  constructor(private readonly opts: SessionTimersOptions) {}

  interval(leg: TimedLeg): SessionInterval | undefined {
    return this.legs[leg].interval;
  }

  /** A 2xx started or refreshed the session on `leg` with `interval` (undefined: no session timer there). */
  refreshed(leg: TimedLeg, interval: SessionInterval | undefined): void {
    if (this.closed) return;
    const t = this.legs[leg];
    this.clear(t);
    t.interval = interval;
    if (interval === undefined) return;
    t.expiresAt = this.opts.clock.now() + interval.seconds * 1000;
    if (interval.refresher === "us") this.arm(t, interval.seconds * 500, () => this.opts.refresh(leg));
    else this.arm(t, expiryDelayMs(interval.seconds), () => this.opts.expired(leg));
  }

  /**
   * A refresh of ours was refused (491, 500, …) or could not be sent yet: tried again at
   * half the time left, while some is; the session still ends when it expires (§10).
   */
  refreshFailed(leg: TimedLeg): void {
    const t = this.legs[leg];
    if (this.closed || t.interval?.refresher !== "us") return;
    this.clear(t);
    const left = t.expiresAt - this.opts.clock.now();
    if (left >= 2000) this.arm(t, left / 2, () => this.opts.refresh(leg));
    else this.arm(t, Math.max(0, left), () => this.opts.expired(leg));
  }

  close(): void {
    this.closed = true;
    for (const t of Object.values(this.legs)) this.clear(t);
  }

  private arm(t: LegTimer, ms: number, fn: () => void): void {
    t.handle = this.opts.clock.setTimeout(() => {
      t.handle = undefined;
      if (!this.closed) fn();
    }, ms);
  }

  private clear(t: LegTimer): void {
    if (t.handle !== undefined) this.opts.clock.clearTimeout(t.handle);
    t.handle = undefined;
  }
}
