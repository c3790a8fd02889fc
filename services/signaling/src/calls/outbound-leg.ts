/**
 * One outbound INVITE (a B2BUA UAC leg): to one registered contact of an agent, or to
 * the trunk. It owns its own dialog (fresh Call-ID and From-tag), so a leg can be
 * cancelled, hung up or replaced without touching the caller's dialog.
 *
 * ```
 *   start ─► calling ──1xx──► early ──2xx──► confirmed ──BYE (either way)──► ended
 *              │  cancel()     │ cancel(): CANCEL            ▲
 *              │  (CANCEL once │                             │ 2xx after CANCEL:
 *              │  a 1xx came)  ▼                             │ ACK, then BYE
 *              └──────────► cancelling ──487/final──────────► ended
 * ```
 * RFC 3261 behaviours here: §9.1 CANCEL only after a provisional, same Via branch and
 * CSeq number, Reason (RFC 3326); §13.2.2.4 ACK for every 2xx (retransmissions re-ACKed,
 * a second forked 2xx ACKed and hung up); §12.1.2 dialog from the 2xx (remote target
 * from Contact, route set from Record-Route reversed); §15.1.1 BYE in the dialog. Once
 * confirmed, re-INVITE, UPDATE and INFO from the device go to the call (`onInDialog`),
 * and the call sends its own through the leg's PeerDialog.
 */
import { errorMessage } from "../../../../lib/errors.js";
import { BRANCH_MAGIC_COOKIE } from "../sip/constants.js";
import type { SipTransportError, TransactionTimeoutError } from "../sip/errors.js";
import { newBranch, newCallId, newTag } from "../sip/ids.js";
import { createRequest, ownString, type SipRequest, type SipResponse } from "../sip/message.js";
import type { ClientTransaction, ClientTransactionUser } from "../sip/transaction/client.js";
import type { ServerTransaction } from "../sip/transaction/server.js";
import type { Destination, Flow } from "../sip/transport/types.js";
import { dialogKey, type DialogOwner } from "./dialogs.js";
import { answerLocally, baseTimers, contactFor, DIALOG_ALLOW, inDialogRoute, refuseOutOfOrder, RELAYED_METHODS, remoteTargetOf, sdpOf, type LegContext } from "./leg-context.js";
import type { SessionDescription } from "./media.js";
import { allowOf, PeerDialog, sendDirect } from "./peer-dialog.js";
import { raisedAfter422 } from "./session-timer.js";

export type LegFailure = "busy" | "declined" | "unreachable" | "cancelled";
export type OutboundLegState = "calling" | "early" | "cancelling" | "confirmed" | "ended";

export interface OutboundLegEvents {
  /** A 1xx arrived (the device alerts). */
  onRinging?(leg: OutboundLeg, res: SipResponse): void;
  /** The first 2xx: the dialog is confirmed and ACKed (unless the offer was late, see `confirm`). */
  onAnswer(leg: OutboundLeg, answer: SessionDescription | undefined): void;
  /** The leg ended without a dialog this side wanted: final non-2xx, timeout, transport error, or after cancel(). */
  onFailed(leg: OutboundLeg, failure: LegFailure, status: number): void;
  /** The peer hung up a confirmed dialog. */
  onBye(leg: OutboundLeg): void;
  /** Once, however the leg ended (after the events above): what a call record needs. */
  onEnded?(leg: OutboundLeg, end: LegEnd): void;
  /** A re-INVITE, UPDATE or INFO from the device in the confirmed dialog, in CSeq order; absent: refused 500. */
  onInDialog?(leg: OutboundLeg, txn: ServerTransaction): void;
}

/** How a leg ended, reported once. */
export interface LegEnd {
  /** The INVITE's final status: the 2xx once answered; 408 when nothing answered in time, 503 when it could not be sent. */
  readonly status: number;
  readonly answered: boolean;
  /** Why an unanswered leg ended. */
  readonly failure?: LegFailure;
  /** `remote`: the peer's final response or BYE ended it; `local`: this side (CANCEL, BYE, or gave up). */
  readonly by: "local" | "remote";
  /** The Reason header (RFC 3326) or reason phrase the peer gave, or why this side ended it. */
  readonly reason: string;
}

export interface OutboundLegOptions {
  /** Request-URI: the registered contact, or the number at the trunk. */
  readonly uri: string;
  /** The flow the contact registered over (kept open for TCP/WS), or where to send. */
  readonly route: Flow | Destination;
  /** From name-addr without tag. */
  readonly from: string;
  readonly to: string;
  readonly headers?: readonly (readonly [string, string])[];
  readonly offer: SessionDescription | undefined;
  /** For logs and metrics only. */
  readonly label: string;
}

/** RFC 3326 Reason for CANCELs that end the other forks once one answered (RFC 3261 §9.1 leaves the wording to us). */
export const ANSWERED_ELSEWHERE = 'SIP;cause=200;text="Call completed elsewhere"';

/** 603 is a human decline; 486/600 busy; anything else means the device could not take the call. */
export function failureOf(status: number): Exclude<LegFailure, "cancelled"> {
  if (status === 603) return "declined";
  if (status === 486 || status === 600) return "busy";
  return "unreachable";
}

const ignore = (): void => undefined;
const ENDED: OutboundLegEvents = { onAnswer: ignore, onFailed: ignore, onBye: ignore };
/** A retired INVITE transaction's TU when nothing was ACKed: later responses are absorbed. */
const ABSORB: ClientTransactionUser = { onResponse: ignore, onTimeout: ignore, onTransportError: ignore };

export class OutboundLeg implements DialogOwner, ClientTransactionUser {
  readonly side = "agent";
  readonly sipCallId = newCallId();
  private readonly localTag: string;
  private current: OutboundLegState = "calling";
  private invite: SipRequest | undefined;
  private flow: Flow | undefined;
  private cseq = 1;
  private remoteTag: string | undefined;
  private dialog: PeerDialog | undefined;
  private acked = false;
  /** Set by cancel() before a provisional arrived: §9.1 forbids CANCEL until then. */
  private cancelReason: string | null | undefined;
  private registered: string | undefined;
  private settled = false;
  private ended = false;
  private answerStatus = 200;
  /** Why this side stopped the leg (the CANCEL's Reason, or what bye() was told), for onEnded. */
  private localReason: string | undefined;
  private cancelGuard: ReturnType<LegContext["clock"]["setTimeout"]> | undefined;
  private answered2xx: SipResponse | undefined;
  private retried422 = false;
  /** The INVITE's transaction, until the call is over (`retireInvite`). */
  private inviteTxn: ClientTransaction | undefined;

  constructor(
    private readonly ctx: LegContext,
    private opts: OutboundLegOptions,
    private events: OutboundLegEvents,
  ) {
    this.localTag = newTag(ctx.node);
  }

  get state(): OutboundLegState {
    return this.current;
  }

  get label(): string {
    return this.opts.label;
  }

  /** The 2xx that answered the INVITE (its Session-Expires sets the leg's session timer, RFC 4028 §7.2). */
  get answer(): SipResponse | undefined {
    return this.answered2xx;
  }

  /** The dialog, once confirmed and ACKed: the call may send requests in it. */
  get confirmedDialog(): PeerDialog | undefined {
    return this.current === "confirmed" && this.acked ? this.dialog : undefined;
  }

  async start(): Promise<void> {
    await this.sendInvite(this.opts.headers ?? []);
  }

  private async sendInvite(headers: readonly (readonly [string, string])[]): Promise<void> {
    const route = this.opts.route;
    const offer = this.opts.offer;
    let req: SipRequest;
    try {
      req = createRequest({
        method: "INVITE",
        uri: this.opts.uri,
        via: this.ctx.layer.via(route, newBranch(this.ctx.node)),
        from: `${this.opts.from};tag=${this.localTag}`,
        to: this.opts.to,
        callId: this.sipCallId,
        cseq: this.cseq,
        contact: contactFor(this.ctx, route),
        headers: [["Allow", DIALOG_ALLOW], ...headers],
        ...(offer !== undefined ? { body: offer.body, contentType: offer.contentType } : {}),
      });
    } catch (err) {
      this.fail("unreachable", 503, err);
      return;
    }
    this.invite = req;
    try {
      const txn = await this.ctx.endpoint.request(req, route, this);
      this.flow = txn.flow;
      this.inviteTxn = txn;
    } catch (err) {
      this.fail("unreachable", 503, err);
    }
  }

  /** Stops the leg: CANCEL while it rings (after the first 1xx), BYE once confirmed. */
  cancel(reason?: string): void {
    if (this.current === "calling" || this.current === "early") this.localReason = reason ?? "cancelled";
    switch (this.current) {
      case "calling":
        this.cancelReason = reason ?? null;
        this.current = "cancelling";
        this.armCancelGuard();
        return;
      case "early":
        this.current = "cancelling";
        this.sendCancel(reason);
        this.armCancelGuard();
        return;
      case "confirmed":
        this.bye();
        return;
      default:
        return;
    }
  }

  /** Late offer (the caller sent no SDP): the 2xx held an offer, and the ACK carries the caller's answer. */
  confirm(answer: SessionDescription | undefined): void {
    if (this.acked || this.remoteTag === undefined) return;
    this.sendAck(answer);
  }

  /** Ends a confirmed dialog (ACKing first if that was still pending); `why` is only recorded (onEnded). */
  bye(why?: string): void {
    if (this.current !== "confirmed" || this.invite === undefined) {
      this.cancel();
      if (why !== undefined && this.localReason === "cancelled") this.localReason = why;
      return;
    }
    if (!this.acked) this.sendAck(undefined);
    this.current = "ended";
    this.unregister();
    this.retireInvite();
    // Not settled here: a 2xx that crossed our CANCEL, which fail() reports as cancelled.
    if (this.settled) this.reportEnd({ status: this.answerStatus, answered: true, by: "local", reason: why ?? "hung up" });
    const dialog = this.dialog;
    if (dialog === undefined) return;
    dialog.close();
    const done = (): void => undefined;
    dialog.send(dialog.request("BYE"), { onResponse: done, onTimeout: done, onTransportError: done });
  }

  // ------------------------------------------------------------ client transaction user

  onResponse(res: SipResponse): void {
    if (res.status < 200) {
      if (this.current === "calling") this.current = "early";
      if (this.current === "cancelling" && this.cancelReason !== undefined) {
        const reason = this.cancelReason;
        this.cancelReason = undefined;
        this.sendCancel(reason ?? undefined);
      }
      if (this.current === "early") this.events.onRinging?.(this, res);
      return;
    }
    if (res.status < 300) {
      this.on2xx(res);
      return;
    }
    if (res.status === 422 && this.retry422(res)) return;
    const cancelled = this.current === "cancelling";
    this.current = "ended";
    this.fail(cancelled ? "cancelled" : failureOf(res.status), res.status, undefined, cancelled ? undefined : reasonOf(res));
  }

  onTimeout(err: TransactionTimeoutError): void {
    if (this.current === "confirmed" || this.current === "ended") return;
    const cancelled = this.current === "cancelling";
    this.current = "ended";
    this.fail(cancelled ? "cancelled" : "unreachable", 408, err);
  }

  onTransportError(err: SipTransportError): void {
    if (this.current === "confirmed" || this.current === "ended") return;
    const cancelled = this.current === "cancelling";
    this.current = "ended";
    this.fail(cancelled ? "cancelled" : "unreachable", 503, err);
  }

  // ------------------------------------------------------------ dialog owner

  onRequest(txn: ServerTransaction): void {
    const req = txn.request;
    switch (req.method) {
      case "BYE": {
        txn.reply(200);
        if (this.current !== "confirmed") return;
        this.current = "ended";
        this.unregister();
        this.retireInvite();
        this.dialog?.close();
        this.events.onBye(this);
        this.reportEnd({ status: this.answerStatus, answered: true, by: "remote", reason: req.headers.get("reason") ?? "hung up" });
        return;
      }
      default: {
        const dialog = this.dialog;
        if (dialog !== undefined && !dialog.admit(req)) refuseOutOfOrder(txn);
        else if (!RELAYED_METHODS.has(req.method)) answerLocally(txn);
        else if (dialog === undefined || this.events.onInDialog === undefined) txn.reply(500, { headers: [["Retry-After", "5"]] });
        else this.events.onInDialog(this, txn);
      }
    }
  }

  /** The ACK for a 2xx this side sent to the device's re-INVITE. */
  onAck(ack: SipRequest): void {
    this.dialog?.onAck(ack);
  }

  onStray2xx(res: SipResponse): void {
    // A late 2xx to a re-INVITE the call sent is re-ACKed by the dialog; the INVITE's own goes through on2xx.
    if (res.cseq !== undefined && this.invite?.cseq !== undefined && res.cseq.seq !== this.invite.cseq.seq) this.dialog?.reAck(res);
    else this.on2xx(res);
  }

  // ------------------------------------------------------------ internals

  /**
   * The call is over, but an answered INVITE's transaction lingers 64·T1 (Timer M) for 2xx
   * retransmissions, and as their TU this leg, with its dialog and messages, stayed
   * reachable from every finished call that long (heap snapshot at 330 calls/s: 5,971
   * OutboundLegs for ~330 live calls, each retained by its transaction alone). What a late
   * 2xx needs is the ACK again (PeerDialog.reAcker).
   */
  private retireInvite(): void {
    const txn = this.inviteTxn;
    this.inviteTxn = undefined;
    txn?.retire(endedLegUser(this.remoteTag, this.dialog?.reAcker(), this.forkParty()));
  }

  /** What answering another fork's 2xx needs of this leg (hangUpFork); undefined before the INVITE left. */
  private forkParty(): ForkParty | undefined {
    const invite = this.invite;
    if (invite === undefined) return undefined;
    const { ctx, flow, label, sipCallId: callId } = this;
    const { uri, to, route } = this.opts;
    // Own strings: it outlives the leg (retireInvite), and template pieces would come along.
    return { ctx, flow, route, uri: ownString(uri), to: ownString(to), from: ownString(`${this.opts.from};tag=${this.localTag}`), callId, seq: invite.cseq?.seq ?? 1, label };
  }

  private on2xx(res: SipResponse): void {
    const tag = res.toTag;
    if (this.remoteTag !== undefined) {
      // §13.2.2.4: a retransmission gets the same ACK again; a 2xx from another fork gets its own ACK and a BYE.
      if (tag === this.remoteTag) this.dialog?.reAck(res);
      else {
        const party = this.forkParty();
        if (party !== undefined) hangUpFork(party, res);
      }
      return;
    }
    if (tag === undefined) return;
    // Kept as long as the leg (its INVITE transaction lingers 64·T1 after the call).
    this.remoteTag = ownString(tag);
    this.dialog = new PeerDialog(this.ctx, {
      callId: this.sipCallId,
      local: `${this.opts.from};tag=${this.localTag}`,
      remote: `${this.opts.to};tag=${tag}`,
      remoteTarget: remoteTargetOf(res) ?? this.opts.uri,
      routeSet: res.headers.getAll("record-route").reverse(),
      localSeq: this.invite?.cseq?.seq ?? 1,
      remoteSeq: undefined,
      flow: this.flow,
      fallback: this.opts.route,
      label: this.label,
      localSdp: this.opts.offer,
      peerAllow: allowOf(res),
    });
    this.registered = dialogKey(this.sipCallId, this.localTag, tag);
    this.ctx.dialogs.add(this.registered, this);
    const wanted = this.current === "calling" || this.current === "early";
    this.current = "confirmed";
    this.clearCancelGuard();
    const answer = sdpOf(res);
    const lateOffer = this.opts.offer === undefined && answer !== undefined;
    if (!wanted) {
      // The 2xx crossed our CANCEL (§9.1): the dialog exists now and must be ended.
      this.bye();
      this.fail("cancelled", 200);
      return;
    }
    this.settled = true;
    this.answerStatus = res.status;
    this.answered2xx = res;
    if (!lateOffer) this.sendAck(undefined);
    this.events.onAnswer(this, answer);
  }

  /**
   * RFC 4028 §7.3: a 422 to our session interval is tried once more with the interval
   * raised to its Min-SE (same Call-ID and From tag, next CSeq); false when it cannot be.
   */
  private retry422(res: SipResponse): boolean {
    if (this.retried422 || (this.current !== "calling" && this.current !== "early")) return false;
    const headers = raisedAfter422(this.opts.headers ?? [], res);
    if (headers === undefined) return false;
    this.retried422 = true;
    this.cseq++;
    this.current = "calling";
    void this.sendInvite(headers);
    return true;
  }

  private sendAck(answer: SessionDescription | undefined): void {
    this.acked = true;
    this.dialog?.ack(this.invite?.cseq?.seq ?? 1, answer);
  }

  private sendCancel(reason: string | undefined): void {
    const invite = this.invite;
    const flow = this.flow;
    if (invite === undefined || flow === undefined) return;
    const top = invite.topVia;
    if (top?.branch?.startsWith(BRANCH_MAGIC_COOKIE) !== true) return;
    const headers: [string, string][] = invite.headers.getAll("route").map((r) => ["Route", r]);
    if (reason !== undefined) headers.push(["Reason", reason]);
    const cancel = createRequest({
      method: "CANCEL",
      uri: invite.uri,
      via: top.raw,
      from: invite.headers.get("from") ?? "",
      to: invite.headers.get("to") ?? "",
      callId: this.sipCallId,
      cseq: invite.cseq?.seq ?? 1,
      headers,
    });
    const done = (): void => undefined;
    this.ctx.endpoint.request(cancel, flow, { onResponse: done, onTimeout: done, onTransportError: done }).catch((err: unknown) => {
      this.ctx.log.debug({ err: errorMessage(err), leg: this.label }, "CANCEL not sent");
    });
  }

  /** §9.1: a CANCELled INVITE that never gets its final response is given up after 64·T1. */
  private armCancelGuard(): void {
    if (this.cancelGuard !== undefined) return;
    this.cancelGuard = this.ctx.clock.setTimeout(() => {
      this.cancelGuard = undefined;
      if (this.current !== "cancelling") return;
      this.current = "ended";
      this.fail("cancelled", 408);
    }, 64 * baseTimers(this.ctx).T1);
  }

  private clearCancelGuard(): void {
    if (this.cancelGuard !== undefined) this.ctx.clock.clearTimeout(this.cancelGuard);
    this.cancelGuard = undefined;
  }

  private unregister(): void {
    if (this.registered !== undefined) this.ctx.dialogs.remove(this.registered, this);
    this.registered = undefined;
  }

  /** `remoteReason` set: the peer's final response ended the leg. */
  private fail(failure: LegFailure, status: number, err?: unknown, remoteReason?: string): void {
    this.clearCancelGuard();
    if (this.current !== "confirmed") this.current = "ended";
    if (this.settled) return;
    this.settled = true;
    if (err !== undefined) this.ctx.log.debug({ err: errorMessage(err), leg: this.label }, "outbound leg failed");
    this.events.onFailed(this, failure, status);
    const reason = remoteReason ?? (failure === "cancelled" ? (this.localReason ?? "cancelled") : err !== undefined ? errorMessage(err) : "failed");
    this.reportEnd({ status, answered: false, failure, by: remoteReason !== undefined ? "remote" : "local", reason });
  }

  private reportEnd(end: LegEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.events.onEnded?.(this, end);
    // The leg lingers as its INVITE transaction's TU (Accepted: re-ACKing 2xx retransmissions
    // for 64·T1); without this it would keep the whole call reachable that long.
    this.events = ENDED;
    this.invite?.compact();
    this.answered2xx?.compact();
    // A late fork's ACK and BYE need the addresses, not the extra headers or the SDP offer.
    this.opts = { ...this.opts, headers: undefined, offer: undefined };
  }
}

/** RFC 3326 Reason if the peer gave one, else the status line's phrase. */
/** An INVITE's dialog-forming side as another fork's 2xx needs it: ACK it, then BYE it (RFC 3261 §13.2.2.4). */
interface ForkParty {
  readonly ctx: LegContext;
  readonly flow: Flow | undefined;
  readonly route: Flow | Destination;
  readonly uri: string;
  readonly to: string;
  /** Our From, with its tag. */
  readonly from: string;
  readonly callId: string;
  /** The INVITE's CSeq. */
  readonly seq: number;
  readonly label: string;
}

function hangUpFork(p: ForkParty, res: SipResponse): void {
  const target = remoteTargetOf(res) ?? p.uri;
  const route = inDialogRoute(p.flow, target);
  if (route === undefined) return;
  const routes = res.headers.getAll("record-route").reverse();
  const to = res.headers.get("to") ?? p.to;
  const request = (method: "ACK" | "BYE", cseq: number): SipRequest =>
    createRequest({ method, uri: target, via: p.ctx.layer.via(p.flow ?? p.route, newBranch(p.ctx.node)), from: p.from, to, callId: p.callId, cseq, headers: routes.map((r) => ["Route", r] as const) });
  sendDirect(p.ctx.layer, p.ctx.log, p.label, route, request("ACK", p.seq));
  p.ctx.endpoint.request(request("BYE", p.seq + 1), route, ABSORB).catch(() => undefined);
}

/**
 * The TU an ended leg leaves its lingering INVITE transaction (OutboundLeg.retireInvite):
 * a retransmitted 2xx gets the ACK again, another fork's 2xx its ACK and a BYE.
 */
function endedLegUser(remoteTag: string | undefined, reAck: ((res: SipResponse) => void) | undefined, party: ForkParty | undefined): ClientTransactionUser {
  return {
    onResponse: (res) => {
      if (res.status < 200 || res.status >= 300) return;
      if (res.toTag === remoteTag) reAck?.(res);
      else if (party !== undefined) hangUpFork(party, res);
    },
    onTimeout: ignore,
    onTransportError: ignore,
  };
}

function reasonOf(res: SipResponse): string {
  return res.headers.get("reason") ?? res.reason;
}
