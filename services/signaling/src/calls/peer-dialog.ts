/**
 * One dialog of a call leg, as RFC 3261 §12 keeps it: what the leg needs to send requests
 * inside it (§12.2.1.1: remote target, route set, local CSeq), to take requests in
 * (§12.2.2: remote CSeq order, target refresh), and to finish the INVITE transactions it
 * holds: the ACK for every 2xx to our INVITEs, sent again for each retransmitted 2xx
 * (§13.2.2.4), and our own 2xx, re-sent until its ACK comes or given up after 64·T1
 * (§13.3.1.4). Both legs keep one, so a re-INVITE, UPDATE or BYE takes the same path
 * whichever side of the B2BUA the dialog is on.
 */
import type { TimerHandle } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import { SipTransportError } from "../sip/errors.js";
import { newBranch } from "../sip/ids.js";
import { splitList } from "../sip/grammar.js";
import { createRequest, ownString, type SipMessage, type SipRequest, type SipResponse } from "../sip/message.js";
import type { ClientTransactionUser } from "../sip/transaction/client.js";
import type { InviteServerTransaction } from "../sip/transaction/server.js";
import type { Destination, Flow } from "../sip/transport/types.js";
import { baseTimers, contactFor, inDialogRoute, remoteTargetOf, type LegContext } from "./leg-context.js";
import type { SessionDescription } from "./media.js";

export interface PeerDialogInit {
  readonly callId: string;
  /** Our From in requests we send, tag included. */
  readonly local: string;
  /** Their To in requests we send, tag included. */
  readonly remote: string;
  readonly remoteTarget: string;
  /** In the order the Route headers go out. */
  readonly routeSet: readonly string[];
  /** The CSeq of the last request this side sent (0: none yet). */
  readonly localSeq: number;
  /** The CSeq of the last request the peer sent (undefined: none yet, §12.1.2). */
  readonly remoteSeq: number | undefined;
  readonly flow: Flow | undefined;
  /** Where requests go when the flow is gone (the INVITE's original destination). */
  readonly fallback?: Flow | Destination;
  /** For logs only. */
  readonly label: string;
  /** The session description this side last sent the peer (the INVITE's offer on an outbound leg). */
  readonly localSdp?: SessionDescription | undefined;
  /** The peer's Allow (RFC 3261 §20.5) from the message that set the dialog up. */
  readonly peerAllow?: readonly string[];
}

/** A 2xx of ours that waits for its ACK. */
interface Unacked {
  readonly onAck: (ack: SipRequest) => void;
  retransmit: TimerHandle | undefined;
  giveUp: TimerHandle | undefined;
}

/** Methods whose body is a session description (RFC 3264 offer/answer; INFO carries other things). */
const OFFER_ANSWER = new Set(["INVITE", "UPDATE", "ACK"]);

/** RFC 3261 §12.2: methods whose Contact replaces the remote target (RFC 3311 §5.1 adds UPDATE). */
const TARGET_REFRESH = new Set(["INVITE", "UPDATE"]);

export class PeerDialog {
  private target: string;
  private localSeq: number;
  private remoteSeq: number | undefined;
  /** ACKs this side sent for 2xx to its INVITEs, by CSeq, to answer retransmitted 2xx. */
  private readonly acks = new Map<number, SipRequest>();
  private readonly unacked = new Map<number, Unacked>();
  private sentSdp: SessionDescription | undefined;
  private peerAllow: ReadonlySet<string>;

  constructor(
    private readonly ctx: LegContext,
    private init: PeerDialogInit,
  ) {
    this.target = ownString(init.remoteTarget);
    this.localSeq = init.localSeq;
    this.remoteSeq = init.remoteSeq;
    this.sentSdp = init.localSdp;
    this.peerAllow = new Set((init.peerAllow ?? []).map((m) => m.toUpperCase()));
  }

  /** What a session refresh by re-INVITE offers again unchanged (RFC 4028 §7.4). */
  get localSdp(): SessionDescription | undefined {
    return this.sentSdp;
  }

  /** Whether the peer listed `method` in its Allow; UPDATE only goes to a peer that did (RFC 3311 §5.1). */
  allows(method: string): boolean {
    return this.peerAllow.has(method);
  }

  /** A response of ours to an INVITE or UPDATE in this dialog carried `sdp` (requests are seen by `request`). */
  sent(sdp: SessionDescription | undefined): void {
    if (sdp !== undefined) this.sentSdp = sdp;
  }

  get remoteTarget(): string {
    return this.target;
  }

  get route(): Flow | Destination | undefined {
    const flow = this.init.flow;
    if (flow === undefined && this.init.fallback !== undefined) return this.init.fallback;
    return inDialogRoute(flow, this.target);
  }

  /**
   * A request inside the dialog with the next local CSeq (ACK: `seq` of its INVITE).
   * Target refresh requests carry our Contact (§8.1.1.8).
   */
  request(method: string, o: { seq?: number; body?: SessionDescription | undefined; headers?: readonly (readonly [string, string])[] } = {}): SipRequest {
    const seq = o.seq ?? ++this.localSeq;
    if (OFFER_ANSWER.has(method)) this.sent(o.body);
    const on = this.route ?? this.init.flow?.protocol ?? "UDP";
    return createRequest({
      method,
      uri: this.target,
      via: this.ctx.layer.via(on, newBranch(this.ctx.node)),
      from: this.init.local,
      to: this.init.remote,
      callId: this.init.callId,
      cseq: seq,
      ...(TARGET_REFRESH.has(method) ? { contact: contactFor(this.ctx, on) } : {}),
      headers: [...this.init.routeSet.map((r) => ["Route", r] as const), ...(o.headers ?? [])],
      ...(o.body !== undefined ? { body: o.body.body, contentType: o.body.contentType } : {}),
    });
  }

  /** Starts a client transaction for `req`; a request that cannot leave is reported to `tu` as a transport error. */
  send(req: SipRequest, tu: ClientTransactionUser): void {
    const route = this.route;
    if (route === undefined) {
      tu.onTransportError(new SipTransportError("no route to the dialog's remote target"));
      return;
    }
    this.ctx.endpoint.request(req, route, tu).catch((err: unknown) => {
      this.ctx.log.debug({ err: errorMessage(err), leg: this.init.label, method: req.method }, "in-dialog request not sent");
      tu.onTransportError(err instanceof SipTransportError ? err : new SipTransportError("request not sent", { cause: err }));
    });
  }

  /** The ACK for the 2xx to our INVITE with CSeq `seq`; it carries the answer when that INVITE had no offer. */
  ack(seq: number, body?: SessionDescription): void {
    const ack = this.request("ACK", { seq, body });
    this.acks.set(seq, ack);
    // Only the last INVITE's ACK can still be asked for again.
    for (const s of this.acks.keys()) if (s < seq) this.acks.delete(s);
    this.sendDirect(ack);
  }

  /** §13.2.2.4: a retransmitted 2xx gets the ACK we already sent for it; false when we have not ACKed that CSeq. */
  reAck(res: SipResponse): boolean {
    const ack = res.cseq === undefined ? undefined : this.acks.get(res.cseq.seq);
    if (ack === undefined) return false;
    this.sendDirect(ack);
    return true;
  }

  /**
   * Sends our 2xx to an INVITE and re-sends it at T1 doubling to T2 until its ACK
   * (§13.3.1.4); `onGiveUp` runs when no ACK came within 64·T1.
   */
  accept(txn: InviteServerTransaction, res: SipResponse, onAck: (ack: SipRequest) => void, onGiveUp: () => void): void {
    const seq = txn.request.cseq?.seq ?? 0;
    const entry: Unacked = { onAck, retransmit: undefined, giveUp: undefined };
    this.unacked.set(seq, entry);
    const t = baseTimers(this.ctx);
    let interval = t.T1;
    const tick = (): void => {
      if (this.unacked.get(seq) !== entry) return;
      if (txn.state === "Accepted") txn.respond(res);
      else this.ctx.layer.sendResponse(res, txn.flow).catch(() => undefined);
      interval = Math.min(2 * interval, t.T2);
      entry.retransmit = this.ctx.clock.setTimeout(tick, interval);
    };
    entry.retransmit = this.ctx.clock.setTimeout(tick, interval);
    entry.giveUp = this.ctx.clock.setTimeout(() => {
      entry.giveUp = undefined;
      if (this.unacked.get(seq) !== entry) return;
      this.stopUnacked(seq);
      onGiveUp();
    }, 64 * t.T1);
  }

  /** An ACK in this dialog: true when it acknowledged a 2xx of ours that was waiting for it. */
  onAck(ack: SipRequest): boolean {
    const seq = ack.cseq?.seq;
    if (seq === undefined) return false;
    const entry = this.unacked.get(seq);
    if (entry === undefined) return false;
    this.stopUnacked(seq);
    entry.onAck(ack);
    return true;
  }

  /**
   * §12.2.2 for a request the peer sent: false (answer 500) when it is older than the
   * last one; otherwise its CSeq is remembered and a target refresh moves the remote target.
   */
  admit(req: SipRequest): boolean {
    const seq = req.cseq?.seq;
    if (seq === undefined) return false;
    if (this.remoteSeq !== undefined && seq < this.remoteSeq) return false;
    this.remoteSeq = seq;
    if (TARGET_REFRESH.has(req.method)) {
      this.target = ownString(remoteTargetOf(req) ?? this.target);
      this.learnAllow(req);
    }
    return true;
  }

  /** §12.2.1.2: a 2xx to our target refresh request moves the remote target to its Contact. */
  refreshed(res: SipResponse): void {
    if (res.status >= 200 && res.status < 300 && TARGET_REFRESH.has(res.cseq?.method ?? "")) {
      this.target = ownString(remoteTargetOf(res) ?? this.target);
      this.learnAllow(res);
    }
  }

  private learnAllow(msg: SipMessage): void {
    const allow = allowOf(msg);
    if (allow.length > 0) this.peerAllow = new Set(allow);
  }

  /** The dialog ended: no more retransmissions. */
  close(): void {
    for (const seq of [...this.unacked.keys()]) this.stopUnacked(seq);
    // Kept only to re-ACK a late 2xx retransmission (its leg lingers 64·T1 as the INVITE
    // transaction's TU): the ACKs' parsed views, the SDP and whatever pins received text can go.
    for (const ack of this.acks.values()) ack.compact();
    this.sentSdp = undefined;
    const i = this.init;
    this.init = { ...i, local: ownString(i.local), remote: ownString(i.remote), remoteTarget: ownString(i.remoteTarget), routeSet: i.routeSet.map(ownString), localSdp: undefined };
  }

  private stopUnacked(seq: number): void {
    const entry = this.unacked.get(seq);
    if (entry === undefined) return;
    if (entry.retransmit !== undefined) this.ctx.clock.clearTimeout(entry.retransmit);
    if (entry.giveUp !== undefined) this.ctx.clock.clearTimeout(entry.giveUp);
    this.unacked.delete(seq);
  }

  /**
   * What re-sends the INVITE's ACK for a retransmitted 2xx once the call is over (the ACK
   * was lost, §13.2.2.4), holding the ACK and its route and nothing else of this dialog,
   * so the dialog is not kept for the INVITE transaction's 64·T1 (OutboundLeg retires it);
   * undefined if nothing was ACKed.
   */
  reAcker(): ((res: SipResponse) => void) | undefined {
    const ack = [...this.acks.values()].at(-1);
    const target = this.route;
    if (ack === undefined || target === undefined) return undefined;
    ack.compact();
    const seq = ack.cseq?.seq;
    const { layer, log } = this.ctx;
    const label = this.init.label;
    return (res) => {
      if (res.cseq?.seq === seq) sendDirect(layer, log, label, target, ack);
    };
  }

  private sendDirect(msg: SipRequest): void {
    const target = this.route;
    if (target !== undefined) sendDirect(this.ctx.layer, this.ctx.log, this.init.label, target, msg);
  }
}

/** ACKs have no transaction (§17.1.1.3): straight to the transport, in the same turn when the flow is known (so an ACK leaves before a BYE that follows it). */
export function sendDirect(layer: LegContext["layer"], log: LegContext["log"], label: string, target: Flow | Destination, msg: SipRequest): void {
  const sent = "send" in target ? layer.sendOn(target, msg) : layer.flowTo(target).then((f) => layer.sendOn(f, msg));
  sent.catch((err: unknown) => {
    log.debug({ err: errorMessage(err), leg: label, method: msg.method }, "in-dialog request not sent");
  });
}

/** The methods a message's Allow lists, upper-case. */
export function allowOf(msg: SipMessage): string[] {
  return msg.headers
    .getAll("allow")
    .flatMap((v) => splitList(v))
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m.length > 0);
}
