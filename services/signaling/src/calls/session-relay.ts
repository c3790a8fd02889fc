/**
 * In-dialog requests of a connected call, passed from one leg's dialog to the other's:
 * re-INVITE (hold, codec change, session refresh; RFC 3261 §14), UPDATE (RFC 3311) and
 * INFO (RFC 6086). The B2BUA sends each as a new request in the other leg's dialog (its
 * own CSeq there), with the body and the end-to-end headers of session timers (RFC 4028),
 * and answers the original with the other side's final response.
 *
 * ```
 *  near leg            relay                        far leg
 *    |--re-INVITE------->|--re-INVITE (far CSeq)------->|
 *    |<-100 (200 ms)-----|<-100 (not passed on)---------|
 *    |<-18x (no body)----|<-18x (not reliable)----------|
 *    |<-2xx (far SDP)----|<-2xx-------------------------|   (re-sent until the ACK, §13.3.1.4)
 *    |--ACK (SDP if the  |--ACK (same body)------------>|   (re-sent on a retransmitted 2xx)
 *    |   INVITE had none)|                              |
 *    |<-4xx-6xx----------|<-4xx-6xx (ACKed by the txn)--|   (503 → 500, §16.7; timeout → 408)
 * ```
 * One offer/answer exchange at a time per call (`admitRequest`); SDP goes through the
 * MediaBridge, which anchoring will replace. A far side that is gone (481, 408, timeout,
 * transport error) or a near side that never ACKs ends the call (§12.2.1.2, §13.3.1.4).
 *
 * Session timers (RFC 4028) are per leg: Session-Expires, Min-SE and `timer` go to the far
 * side as received, the far 2xx sets the far leg's timer (this node is its UAC), and the
 * near side's 2xx carries what this node, its UAS, negotiated for the near leg (§9), not
 * the far side's answer. A re-INVITE or UPDATE with too short an interval gets 422 here.
 * The relay also sends this node's own refreshes (`refresh`), so they obey the same glare rules.
 */
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import { splitList } from "../sip/grammar.js";
import type { SipMessage, SipRequest, SipResponse } from "../sip/message.js";
import type { ClientTransactionUser } from "../sip/transaction/client.js";
import type { ServerTransaction } from "../sip/transaction/server.js";
import { contactFor, DIALOG_ALLOW, sdpOf, type LegContext } from "./leg-context.js";
import type { MediaBridge } from "./media.js";
import type { PeerDialog } from "./peer-dialog.js";
import { negotiateAsUas, negotiatedAsUac, parseMinSe, refreshHeaders, type SessionTimers } from "./session-timer.js";

export type LegSide = "caller" | "agent";

/** An offer/answer exchange the relay has open, seen from the leg that started it. */
export interface OpenExchange {
  readonly from: LegSide;
  /** The final response went back to `from`: an INVITE waits only for its ACK now. */
  readonly answered: boolean;
}

export type Admission = { readonly kind: "relay" } | { readonly kind: "reject"; readonly status: 491 | 500; readonly retryAfter: boolean };

/**
 * Whether a request from `from` may be relayed now. Pure: the glare rules of RFC 3261
 * §14.1/§14.2 and RFC 3311 §5.2, with the call as one session across both dialogs.
 *  - not connected (either dialog not confirmed, §14.2 for an INVITE still unanswered): 500 with Retry-After;
 *  - INFO, and UPDATE without an offer, take no part in offer/answer: relayed;
 *  - an offer while that same side's earlier one is unanswered: 500 with Retry-After (§14.2, RFC 3311 §5.2);
 *  - an offer while the relay has one outstanding towards that side, or waits for
 *    that side's ACK: 491 (§14.2, RFC 3311 §5.2).
 */
export function admitRequest(o: { from: LegSide; method: string; hasOffer: boolean; connected: boolean; open: OpenExchange | undefined }): Admission {
  if (!o.connected) return { kind: "reject", status: 500, retryAfter: true };
  const exchange = o.method === "INVITE" || (o.method === "UPDATE" && o.hasOffer);
  if (!exchange || o.open === undefined) return { kind: "relay" };
  if (o.open.from === o.from && !o.open.answered) return { kind: "reject", status: 500, retryAfter: true };
  return { kind: "reject", status: 491, retryAfter: false };
}

/**
 * Final status the near side gets for the far side's, or for no answer: a timeout is a
 * 408 (§8.1.3.1); a transport failure is a 503 there, and a 503 is not passed upstream
 * but becomes a 500 (§16.7 step 6), so the near side does not take it as this node's overload.
 */
export function relayedStatus(far: number | "timeout" | "transport"): number {
  if (far === "timeout") return 408;
  if (far === "transport" || far === 503) return 500;
  return far;
}

/** Request headers carried end to end (RFC 4028 §7.4 session timers; RFC 6086 §5 Info packages). */
const REQUEST_HEADERS: readonly (readonly [string, string])[] = [
  ["session-expires", "Session-Expires"],
  ["min-se", "Min-SE"],
  ["content-disposition", "Content-Disposition"],
  ["info-package", "Info-Package"],
  ["recv-info", "Recv-Info"],
];
/**
 * Response headers carried back (RFC 4028 §9, 422 with Min-SE; §21.5 Retry-After; Warning,
 * §20.43). Session-Expires is not: the near leg's is negotiated here.
 */
const RESPONSE_HEADERS: readonly (readonly [string, string])[] = [
  ["min-se", "Min-SE"],
  ["retry-after", "Retry-After"],
  ["warning", "Warning"],
];
/** Option tags carried in Supported/Require: only what needs nothing from this node (not 100rel, which needs PRACK). */
const END_TO_END_TAGS = new Set(["timer"]);

function carried(msg: SipMessage, names: readonly (readonly [string, string])[], tagHeaders: readonly (readonly ["supported" | "require", string])[] = TAG_HEADERS): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, name] of names) for (const v of msg.headers.getAll(key)) out.push([name, v]);
  for (const [key, name] of tagHeaders) {
    const tags = msg.headers
      .getAll(key)
      .flatMap((v) => splitList(v))
      .map((t) => t.trim().toLowerCase())
      .filter((t) => END_TO_END_TAGS.has(t));
    if (tags.length > 0) out.push([name, [...new Set(tags)].join(", ")]);
  }
  return out;
}

const TAG_HEADERS = [
  ["supported", "Supported"],
  ["require", "Require"],
] as const;

/** RFC 3261 §14.2: "a randomly chosen value of between 0 and 10 seconds". */
function retryAfter(): string {
  return String(Math.floor(Math.random() * 11));
}

export interface SessionRelayOptions {
  readonly ctx: LegContext;
  readonly media: MediaBridge;
  readonly callId: string;
  /** Both legs' dialogs while the call is connected and both are confirmed; undefined otherwise. */
  readonly dialogs: () => Readonly<Record<LegSide, PeerDialog>> | undefined;
  /** The call cannot go on (far side gone, or the near side never ACKed): hang up both legs. */
  readonly onBroken: (why: string) => void;
  /** Both legs' session timers (RFC 4028): refreshes that pass a leg restart its countdown. */
  readonly timers: SessionTimers;
}

interface Relayed {
  readonly from: LegSide;
  readonly near: ServerTransaction;
  readonly nearDialog: PeerDialog;
  readonly farDialog: PeerDialog;
  readonly farRequest: SipRequest;
  /** INVITE, or UPDATE with an offer: the call's one offer/answer exchange. */
  readonly exchange: boolean;
  answered: boolean;
  /** The far 2xx was ACKed (INVITE only). */
  acked: boolean;
}

const other = (side: LegSide): LegSide => (side === "caller" ? "agent" : "caller");

export class SessionRelay {
  private open: Relayed | undefined;
  /** The leg a session refresh re-INVITE of this node's is pending on: that leg's offer/answer is taken (§14.1). */
  private ownInvite: LegSide | undefined;
  /** Every relayed request the near side still waits for a final response to. */
  private readonly pending = new Set<Relayed>();
  private closed = false;
  private readonly log: Logger;

  constructor(private readonly opts: SessionRelayOptions) {
    this.log = opts.ctx.log;
  }

  /** A re-INVITE, UPDATE or INFO the `from` leg's dialog (`dialog`, undefined before it is confirmed) received. */
  handle(from: LegSide, txn: ServerTransaction, dialog: PeerDialog | undefined): void {
    const req = txn.request;
    const dialogs = this.closed ? undefined : this.opts.dialogs();
    const connected = dialogs !== undefined && dialog !== undefined && dialogs[from] === dialog;
    const content = sdpOf(req);
    const verdict = admitRequest({ from, method: req.method, hasOffer: content !== undefined, connected, open: this.openExchange() });
    if (verdict.kind === "reject" || dialogs === undefined || dialog === undefined) {
      const status = verdict.kind === "reject" ? verdict.status : 500;
      txn.reply(status, verdict.kind === "reject" && verdict.retryAfter ? { headers: [["Retry-After", retryAfter()]] } : {});
      return;
    }
    if (req.method !== "INFO") {
      const timer = negotiateAsUas(req, this.opts.timers.interval(from)?.seconds);
      if (timer.kind === "reject") {
        // RFC 4028 §9: this node, the near leg's UAS, will not run a session that short.
        txn.reply(422, { headers: timer.headers });
        return;
      }
    }
    const to: LegSide = from === "caller" ? "agent" : "caller";
    const farDialog = dialogs[to];
    // INFO bodies (DTMF, Info packages) are not session descriptions: the media seam never sees them.
    const body = req.method === "INFO" ? content : this.opts.media.relay(this.opts.callId, from, content);
    const farRequest = farDialog.request(req.method, { body, headers: carried(req, REQUEST_HEADERS) });
    const x: Relayed = {
      from,
      near: txn,
      nearDialog: dialog,
      farDialog,
      farRequest,
      exchange: req.method === "INVITE" || (req.method === "UPDATE" && content !== undefined),
      answered: false,
      acked: false,
    };
    if (x.exchange) this.open = x;
    this.pending.add(x);
    const tu: ClientTransactionUser = {
      onResponse: (res) => this.farResponse(x, res),
      onTimeout: () => this.farFailed(x, "timeout"),
      onTransportError: () => this.farFailed(x, "transport"),
    };
    farDialog.send(farRequest, tu);
  }

  /**
   * A session refresh of this node's on the `to` leg (RFC 4028 §7.4, §10): an UPDATE without
   * a body where the peer allows UPDATE, else a re-INVITE offering the session description
   * last sent there, unchanged. Its 2xx restarts the leg's timer; 481, 408 or no answer end
   * the call (§10); any other refusal is tried again later (`refreshFailed`).
   */
  refresh(to: LegSide): void {
    const timers = this.opts.timers;
    const dialog = this.closed ? undefined : this.opts.dialogs()?.[to];
    const interval = timers.interval(to);
    if (dialog === undefined || interval === undefined) {
      timers.refreshFailed(to);
      return;
    }
    const update = dialog.allows("UPDATE");
    // A re-INVITE would collide with the exchange under way (§14.1): wait for it to end.
    if (!update && this.openExchange() !== undefined) {
      timers.refreshFailed(to);
      return;
    }
    const req = dialog.request(update ? "UPDATE" : "INVITE", { body: update ? undefined : dialog.localSdp, headers: refreshHeaders(interval.seconds) });
    const seq = req.cseq?.seq ?? 0;
    if (!update) this.ownInvite = to;
    let done = false;
    const release = (): void => {
      if (this.ownInvite === to && !update) this.ownInvite = undefined;
    };
    dialog.send(req, {
      onResponse: (res) => {
        if (res.status < 200) return;
        if (done) {
          // §13.2.2.4: a retransmitted 2xx gets the same ACK.
          if (res.status < 300 && !update) dialog.reAck(res);
          return;
        }
        done = true;
        release();
        if (res.status >= 300) {
          const min = res.status === 422 ? parseMinSe(res) : undefined;
          const current = timers.interval(to);
          if (res.status === 481 || res.status === 408) this.opts.onBroken(`${res.status} to a session refresh`);
          else if (min !== undefined && current !== undefined && min > current.seconds) {
            // §7.3: the peer's Min-SE is above our interval; refreshed again at once with it.
            timers.refreshed(to, { seconds: min, refresher: "us" });
            this.refresh(to);
          } else timers.refreshFailed(to);
          return;
        }
        if (!update) dialog.ack(seq);
        dialog.refreshed(res);
        timers.refreshed(to, negotiatedAsUac(res, timers.interval(to)));
      },
      onTimeout: () => {
        release();
        if (!this.closed) this.opts.onBroken("session refresh timed out");
      },
      onTransportError: () => {
        release();
        if (!this.closed) this.opts.onBroken("session refresh not delivered");
      },
    });
  }

  /**
   * The call ended: requests still waiting get 487 (§15.1.2), and nothing more is relayed.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const x of [...this.pending]) this.answerNear(x, 487);
    this.pending.clear();
    this.open = undefined;
  }

  /** The exchange admission sees: a relayed one, or this node's refresh re-INVITE (as if the other leg had sent it). */
  private openExchange(): OpenExchange | undefined {
    if (this.open !== undefined) return this.open;
    return this.ownInvite === undefined ? undefined : { from: other(this.ownInvite), answered: false };
  }

  private farResponse(x: Relayed, res: SipResponse): void {
    if (res.status < 200) {
      // §14, §13.3.1.1: the far side's ringing or progress on a re-INVITE, passed on so the
      // sender's timers and user see it. Reliable ones (RSeq) cannot be: this node has no PRACK.
      if (res.status > 100 && x.farRequest.method === "INVITE" && !x.answered && !this.closed && res.headers.get("rseq") === undefined) this.answerNear(x, res.status, res.reason);
      return;
    }
    if (x.answered) {
      // §13.2.2.4: a retransmitted 2xx gets the ACK again once the near side's ACK let us send it.
      if (res.status < 300 && x.acked) x.farDialog.reAck(res);
      return;
    }
    if (this.closed) {
      if (res.status < 300 && x.farRequest.method === "INVITE") x.farDialog.ack(x.farRequest.cseq?.seq ?? 0);
      return;
    }
    if (res.status >= 300) {
      const status = relayedStatus(res.status);
      this.answerNear(x, status, res.status === status ? res.reason : undefined, [...carried(res, RESPONSE_HEADERS), ...(res.status === 405 ? res.headers.getAll("allow").map((a) => ["Allow", a] as [string, string]) : [])]);
      this.settle(x);
      // §12.2.1.2: the far side no longer has the dialog.
      if (res.status === 481 || res.status === 408) this.opts.onBroken(`${res.status} to ${x.farRequest.method}`);
      return;
    }
    x.farDialog.refreshed(res);
    const to = other(x.from);
    const info = x.farRequest.method === "INFO";
    const body = info ? sdpOf(res) : this.opts.media.relay(this.opts.callId, to, sdpOf(res));
    const headers: [string, string][] = info ? carried(res, RESPONSE_HEADERS) : carried(res, RESPONSE_HEADERS, [TAG_HEADERS[0]]);
    if (!info) {
      const timers = this.opts.timers;
      // RFC 4028 §10: a 2xx to a re-INVITE or UPDATE refreshes the session on each leg it passes.
      timers.refreshed(to, negotiatedAsUac(res, timers.interval(to)));
      const near = negotiateAsUas(x.near.request, timers.interval(x.from)?.seconds);
      if (near.kind === "accept") {
        headers.push(...near.headers);
        timers.refreshed(x.from, near.interval);
      }
      headers.push(["Contact", contactFor(this.opts.ctx, x.near.flow.protocol)], ["Allow", DIALOG_ALLOW]);
    }
    const sent = this.answerNear(x, res.status, res.reason, headers, body);
    if (x.farRequest.method !== "INVITE") {
      this.settle(x);
      return;
    }
    x.answered = true;
    this.pending.delete(x);
    if (sent === undefined || x.near.kind !== "invite-server") {
      this.ackFar(x, undefined);
      return;
    }
    x.nearDialog.accept(
      x.near,
      sent,
      (ack) => this.ackFar(x, sdpOf(ack)),
      () => {
        // §13.3.1.4: the near side never ACKed; the far side gets its ACK, and the session ends.
        this.ackFar(x, undefined);
        this.opts.onBroken("no ACK for the relayed re-INVITE's 2xx");
      },
    );
  }

  private farFailed(x: Relayed, why: "timeout" | "transport"): void {
    if (x.answered || this.closed) return;
    this.answerNear(x, relayedStatus(why));
    this.settle(x);
    this.opts.onBroken(`${x.farRequest.method} ${why === "timeout" ? "timed out" : "not delivered"}`);
  }

  /** The near ACK for the relayed 2xx: the far 2xx is ACKed now, with the answer an offerless re-INVITE's ACK carries. */
  private ackFar(x: Relayed, answer: ReturnType<typeof sdpOf>): void {
    if (x.acked) return;
    x.acked = true;
    const body = answer === undefined ? undefined : this.opts.media.relay(this.opts.callId, x.from, answer);
    x.farDialog.ack(x.farRequest.cseq?.seq ?? 0, body);
    if (this.open === x) this.open = undefined;
  }

  private settle(x: Relayed): void {
    x.answered = true;
    this.pending.delete(x);
    if (this.open === x) this.open = undefined;
  }

  private answerNear(x: Relayed, status: number, reason?: string, headers: [string, string][] = [], body?: ReturnType<typeof sdpOf>): SipResponse | undefined {
    const last = x.near.lastResponse;
    if (last !== undefined && last.status >= 200) return undefined;
    if (status < 300 && x.farRequest.method !== "INFO") x.nearDialog.sent(body);
    try {
      return x.near.reply(status, {
        ...(reason !== undefined ? { reason } : {}),
        headers,
        ...(body !== undefined ? { body: body.body, contentType: body.contentType } : {}),
      });
    } catch (err) {
      // The near transaction already ended (transport failure); nothing left to answer on it.
      this.log.debug({ err: errorMessage(err), status }, "relayed response not sent");
      return undefined;
    }
  }
}
