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
 * from Contact, route set from Record-Route reversed); §15.1.1 BYE in the dialog.
 */
import { errorMessage } from "../../../../lib/errors.js";
import { BRANCH_MAGIC_COOKIE } from "../sip/constants.js";
import type { SipTransportError, TransactionTimeoutError } from "../sip/errors.js";
import { newBranch, newCallId, newTag } from "../sip/ids.js";
import { createRequest, type SipRequest, type SipResponse } from "../sip/message.js";
import type { ClientTransactionUser } from "../sip/transaction/client.js";
import type { ServerTransaction } from "../sip/transaction/server.js";
import type { Destination, Flow } from "../sip/transport/types.js";
import { dialogKey, type DialogOwner } from "./dialogs.js";
import { baseTimers, contactFor, inDialogRoute, refuseReinvite, remoteTargetOf, sdpOf, type LegContext } from "./leg-context.js";
import type { SessionDescription } from "./media.js";

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

export class OutboundLeg implements DialogOwner, ClientTransactionUser {
  readonly side = "agent";
  readonly sipCallId = newCallId();
  private readonly localTag: string;
  private current: OutboundLegState = "calling";
  private invite: SipRequest | undefined;
  private flow: Flow | undefined;
  private cseq = 1;
  private remoteTag: string | undefined;
  private remoteTarget = "";
  private routeSet: string[] = [];
  private ack: SipRequest | undefined;
  /** Set by cancel() before a provisional arrived: §9.1 forbids CANCEL until then. */
  private cancelReason: string | null | undefined;
  private registered: string | undefined;
  private settled = false;
  private ended = false;
  private answerStatus = 200;
  /** Why this side stopped the leg (the CANCEL's Reason, or what bye() was told), for onEnded. */
  private localReason: string | undefined;
  private cancelGuard: ReturnType<LegContext["clock"]["setTimeout"]> | undefined;

  constructor(
    private readonly ctx: LegContext,
    readonly opts: OutboundLegOptions,
    private readonly events: OutboundLegEvents,
  ) {
    this.localTag = newTag(ctx.node);
  }

  get state(): OutboundLegState {
    return this.current;
  }

  get label(): string {
    return this.opts.label;
  }

  async start(): Promise<void> {
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
        headers: [["Allow", "INVITE, ACK, BYE, CANCEL, OPTIONS"], ...(this.opts.headers ?? [])],
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
    if (this.ack !== undefined || this.remoteTag === undefined) return;
    this.sendAck(answer);
  }

  /** Ends a confirmed dialog (ACKing first if that was still pending); `why` is only recorded (onEnded). */
  bye(why?: string): void {
    if (this.current !== "confirmed" || this.invite === undefined) {
      this.cancel();
      if (why !== undefined && this.localReason === "cancelled") this.localReason = why;
      return;
    }
    if (this.ack === undefined) this.sendAck(undefined);
    this.current = "ended";
    this.unregister();
    // Not settled here: a 2xx that crossed our CANCEL, which fail() reports as cancelled.
    if (this.settled) this.reportEnd({ status: this.answerStatus, answered: true, by: "local", reason: why ?? "hung up" });
    const route = inDialogRoute(this.flow, this.remoteTarget);
    if (route === undefined) return;
    const bye = this.inDialogRequest("BYE", ++this.cseq);
    const done = (): void => undefined;
    this.ctx.endpoint.request(bye, route, { onResponse: done, onTimeout: done, onTransportError: done }).catch((err: unknown) => {
      this.ctx.log.debug({ err: errorMessage(err), leg: this.label }, "BYE not sent");
    });
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
        this.events.onBye(this);
        this.reportEnd({ status: this.answerStatus, answered: true, by: "remote", reason: req.headers.get("reason") ?? "hung up" });
        return;
      }
      case "INVITE":
        refuseReinvite(txn);
        return;
      default:
        txn.reply(200);
    }
  }

  onStray2xx(res: SipResponse): void {
    this.on2xx(res);
  }

  // ------------------------------------------------------------ internals

  private on2xx(res: SipResponse): void {
    const tag = res.toTag;
    if (this.remoteTag !== undefined) {
      // §13.2.2.4: a retransmission gets the same ACK again; a 2xx from another fork gets its own ACK and a BYE.
      if (tag === this.remoteTag) {
        if (this.ack !== undefined) this.send(this.ack);
      } else this.hangUpFork(res);
      return;
    }
    if (tag === undefined) return;
    this.remoteTag = tag;
    this.remoteTarget = remoteTargetOf(res) ?? this.opts.uri;
    this.routeSet = res.headers.getAll("record-route").reverse();
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
    if (!lateOffer) this.sendAck(undefined);
    this.events.onAnswer(this, answer);
  }

  private hangUpFork(res: SipResponse): void {
    const invite = this.invite;
    const route = inDialogRoute(this.flow, remoteTargetOf(res) ?? this.opts.uri);
    if (invite === undefined || route === undefined) return;
    const routes = res.headers.getAll("record-route").reverse();
    const target = remoteTargetOf(res) ?? this.opts.uri;
    const to = res.headers.get("to") ?? this.opts.to;
    const ack = this.request("ACK", target, to, invite.cseq?.seq ?? 1, routes);
    this.send(ack, route);
    const bye = this.request("BYE", target, to, (invite.cseq?.seq ?? 1) + 1, routes);
    const done = (): void => undefined;
    this.ctx.endpoint.request(bye, route, { onResponse: done, onTimeout: done, onTransportError: done }).catch(() => undefined);
  }

  private sendAck(answer: SessionDescription | undefined): void {
    const seq = this.invite?.cseq?.seq ?? 1;
    const ack = this.inDialogRequest("ACK", seq, answer);
    this.ack = ack;
    this.send(ack);
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

  private inDialogRequest(method: "ACK" | "BYE", seq: number, body?: SessionDescription): SipRequest {
    const to = `${this.opts.to};tag=${this.remoteTag ?? ""}`;
    return this.request(method, this.remoteTarget, to, seq, this.routeSet, body);
  }

  private request(method: "ACK" | "BYE", uri: string, to: string, seq: number, routes: readonly string[], body?: SessionDescription): SipRequest {
    return createRequest({
      method,
      uri,
      via: this.ctx.layer.via(this.flow ?? this.opts.route, newBranch(this.ctx.node)),
      from: `${this.opts.from};tag=${this.localTag}`,
      to,
      callId: this.sipCallId,
      cseq: seq,
      headers: routes.map((r) => ["Route", r] as const),
      ...(body !== undefined ? { body: body.body, contentType: body.contentType } : {}),
    });
  }

  /** ACKs go straight to the transport: they have no transaction (RFC 3261 §17.1.1.3 for 2xx). */
  private send(msg: SipRequest, route?: Flow | Destination): void {
    const target = route ?? inDialogRoute(this.flow, this.remoteTarget);
    if (target === undefined) return;
    const layer = this.ctx.layer;
    // Sent in the same turn when the flow is known, so an ACK leaves before a BYE that follows it.
    const sent = "send" in target ? layer.sendOn(target, msg) : layer.flowTo(target).then((f) => layer.sendOn(f, msg));
    sent.catch((err: unknown) => {
      this.ctx.log.debug({ err: errorMessage(err), leg: this.label, method: msg.method }, "in-dialog request not sent");
    });
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
  }
}

/** RFC 3326 Reason if the peer gave one, else the status line's phrase. */
function reasonOf(res: SipResponse): string {
  return res.headers.get("reason") ?? res.reason;
}
