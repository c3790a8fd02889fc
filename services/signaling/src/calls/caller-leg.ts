/**
 * The caller's side of a call (the B2BUA's UAS leg): the inbound INVITE's server
 * transaction and, from the first tagged response on, its dialog.
 *
 * ```
 *   INVITE ─► proceeding ──180 (re-sent every minute while queued)──┐
 *                 │  reject(4xx-6xx)            CANCEL / early BYE   │
 *                 │ answer(2xx) ─► answered ──ACK──► confirmed ──BYE (either way)──► ended
 *                 │                   │ no ACK for 64·T1: BYE (§13.3.1.4)
 *                 └──────────────────────────────────────────────────────────► ended
 * ```
 * The transaction layer retransmits final non-2xx and absorbs INVITE retransmissions;
 * retransmitting the 2xx until the ACK is the UA core's job (§13.3.1.4), done by the
 * leg's PeerDialog: T1, doubling up to T2, on every transport (the ACK is end to end,
 * proxies between may use UDP), giving up after 64·T1. re-INVITE, UPDATE and INFO in the
 * dialog go to the call (`onInDialog`), which relays them once it is connected.
 */
import type { TimerHandle } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import type { ResponseOptions, SipRequest, SipResponse } from "../sip/message.js";
import type { InviteServerTransaction, ServerTransaction } from "../sip/transaction/server.js";
import { dialogKey, type DialogOwner } from "./dialogs.js";
import { answerLocally, contactFor, DIALOG_ALLOW, refuseOutOfOrder, RELAYED_METHODS, remoteTargetOf, sdpOf, type LegContext } from "./leg-context.js";
import type { SessionDescription } from "./media.js";
import { allowOf, PeerDialog } from "./peer-dialog.js";

export type CallerLegState = "proceeding" | "answered" | "confirmed" | "ended";

export interface CallerLegEvents {
  /** The ACK for our 2xx; carries the caller's answer when the INVITE had no offer. */
  onAck(answer: SessionDescription | undefined): void;
  /** BYE from the caller: in an early dialog (before our 2xx) or a confirmed one. */
  onBye(): void;
  /** §13.3.1.4: no ACK within 64·T1; a BYE has been sent. */
  onAckTimeout(): void;
  /** A re-INVITE, UPDATE or INFO in the dialog, in CSeq order: the call answers it. */
  onInDialog(txn: ServerTransaction): void;
}

/** RFC 3261 §13.3.1.1: refresh the provisional so proxies' Timer C (3 min) does not cancel a long queue wait. */
export const PROVISIONAL_REFRESH_MS = 60_000;

export class CallerLeg implements DialogOwner {
  readonly side = "caller";
  readonly invite: SipRequest;
  readonly offer: SessionDescription | undefined;
  private current: CallerLegState = "proceeding";
  private readonly key: string;
  private readonly dialog: PeerDialog;
  private refresh: TimerHandle | undefined;
  private lastProvisional: number | undefined;

  constructor(
    private readonly ctx: LegContext,
    readonly txn: InviteServerTransaction,
    private readonly events: CallerLegEvents,
  ) {
    this.invite = txn.request;
    this.offer = sdpOf(this.invite);
    // The To-tag goes out with the first 1xx, so the (early) dialog exists from here on (§12.1.1).
    this.key = dialogKey(this.invite.callId ?? "", txn.localTag, this.invite.fromTag ?? "");
    ctx.dialogs.add(this.key, this);
    this.dialog = new PeerDialog(ctx, {
      callId: this.invite.callId ?? "",
      local: `${this.invite.headers.get("to") ?? ""};tag=${txn.localTag}`,
      remote: this.invite.headers.get("from") ?? "",
      remoteTarget: remoteTargetOf(this.invite) ?? this.invite.from?.uri.raw ?? "",
      // §12.1.1: the UAS route set is the Record-Route list in order.
      routeSet: this.invite.headers.getAll("record-route"),
      localSeq: 0,
      remoteSeq: this.invite.cseq?.seq,
      flow: txn.flow,
      label: "caller",
      peerAllow: allowOf(this.invite),
    });
  }

  /** The dialog, once confirmed (our 2xx ACKed): the call may send requests in it. */
  get confirmedDialog(): PeerDialog | undefined {
    return this.current === "confirmed" ? this.dialog : undefined;
  }

  get state(): CallerLegState {
    return this.current;
  }

  get answered(): boolean {
    return this.current === "answered" || this.current === "confirmed";
  }

  /** 180 (or 183): sent now and re-sent every PROVISIONAL_REFRESH_MS while the call is not answered. */
  provisional(status: 180 | 183): void {
    if (this.current !== "proceeding") return;
    this.lastProvisional = status;
    this.reply(status, { headers: [["Contact", this.contact()]] });
    if (this.refresh === undefined) this.armRefresh();
  }

  /** 2xx with the answering side's SDP (and `headers`, e.g. the session timer's); retransmitted until the ACK. */
  accept(answer: SessionDescription | undefined, headers: readonly (readonly [string, string])[] = []): void {
    if (this.current !== "proceeding") return;
    this.stopRefresh();
    const res = this.reply(200, {
      headers: [["Contact", this.contact()], ["Allow", DIALOG_ALLOW], ...headers],
      ...(answer !== undefined ? { body: answer.body, contentType: answer.contentType } : {}),
    });
    if (res === undefined) return;
    this.dialog.sent(answer);
    this.current = "answered";
    this.dialog.accept(
      this.txn,
      res,
      (ack) => {
        if (this.current !== "answered") return;
        this.current = "confirmed";
        this.events.onAck(sdpOf(ack));
      },
      () => {
        if (this.current !== "answered") return;
        this.bye();
        this.events.onAckTimeout();
      },
    );
  }

  /** A final non-2xx while the INVITE is still proceeding (after that, nothing to answer). */
  reject(status: number, opts: Omit<ResponseOptions, "toTag"> = {}): void {
    if (this.current !== "proceeding") return;
    this.end();
    this.reply(status, opts);
  }

  /** The endpoint already answered 487 to a CANCEL: only the dialog state is left to drop. */
  cancelled(): void {
    this.end();
  }

  /** Hangs up a confirmed (or answered, not yet ACKed) dialog. */
  bye(): void {
    if (this.current !== "answered" && this.current !== "confirmed") {
      this.reject(480);
      return;
    }
    this.end();
    const done = (): void => undefined;
    this.dialog.send(this.dialog.request("BYE"), { onResponse: done, onTimeout: done, onTransportError: done });
  }

  // ------------------------------------------------------------ dialog owner

  onAck(ack: SipRequest): void {
    this.dialog.onAck(ack);
  }

  /** A 2xx to a re-INVITE we sent, after its transaction ended: re-ACKed (§13.2.2.4). */
  onStray2xx(res: SipResponse): void {
    this.dialog.reAck(res);
  }

  onRequest(txn: ServerTransaction): void {
    const req = txn.request;
    switch (req.method) {
      case "BYE":
        txn.reply(200);
        if (this.current === "ended") return;
        // RFC 3261 §15: a BYE in the early dialog ends the INVITE with 487.
        if (this.current === "proceeding") this.reply(487);
        this.end();
        this.events.onBye();
        return;
      default:
        if (!this.dialog.admit(req)) refuseOutOfOrder(txn);
        else if (!RELAYED_METHODS.has(req.method)) answerLocally(txn);
        else this.events.onInDialog(txn);
    }
  }

  // ------------------------------------------------------------ internals

  private contact(): string {
    return contactFor(this.ctx, this.txn.flow.protocol);
  }

  private reply(status: number, opts: Omit<ResponseOptions, "toTag"> = {}): SipResponse | undefined {
    try {
      return this.txn.reply(status, opts);
    } catch (err) {
      // The transaction already ended (transport failure or Timer L); nothing left to answer on it.
      this.ctx.log.debug({ err: errorMessage(err), status }, "response to caller not sent");
      return undefined;
    }
  }

  private armRefresh(): void {
    this.refresh = this.ctx.clock.setTimeout(() => {
      this.refresh = undefined;
      if (this.current !== "proceeding" || this.lastProvisional === undefined) return;
      this.reply(this.lastProvisional, { headers: [["Contact", this.contact()]] });
      this.armRefresh();
    }, PROVISIONAL_REFRESH_MS);
  }

  private stopRefresh(): void {
    if (this.refresh !== undefined) this.ctx.clock.clearTimeout(this.refresh);
    this.refresh = undefined;
  }

  private end(): void {
    this.current = "ended";
    this.stopRefresh();
    this.dialog.close();
    this.ctx.dialogs.remove(this.key, this);
  }
}
