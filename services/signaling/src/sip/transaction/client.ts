import { SipTransportError, TransactionTimeoutError } from "../errors.js";
import { SipHeaders } from "../headers.js";
import { SipRequest, type SipResponse } from "../message.js";
import type { Flow } from "../transport/types.js";
import { Transaction, type TransactionContext } from "./base.js";

/** The TU side of a client transaction. Exactly one of `onTimeout`/`onTransportError` or a final response ends it for the TU. */
export interface ClientTransactionUser {
  onResponse(res: SipResponse): void;
  /** Timer B/F: treat as a 408 (RFC 3261 §8.1.3.1). */
  onTimeout(err: TransactionTimeoutError): void;
  /** RFC 3261 §17.1.4: treat as a 503. */
  onTransportError(err: SipTransportError): void;
}

/** The TU of a transaction that has told it everything: later responses are absorbed. */
const DETACHED: ClientTransactionUser = { onResponse: () => undefined, onTimeout: () => undefined, onTransportError: () => undefined };

abstract class ClientTransactionBase<S extends string> extends Transaction<S> {
  protected constructor(
    initial: S,
    edges: Readonly<Record<S, readonly S[]>>,
    ctx: TransactionContext,
    flow: Flow,
    readonly request: SipRequest,
    readonly key: string,
    protected tu: ClientTransactionUser,
  ) {
    super(initial, edges, "Terminated" as S, ctx, flow);
  }

  /**
   * Completed: the final response is with the TU, and what is left (absorbing
   * retransmissions for Timer D/K, 32 s on UDP) needs no TU. Holding it would keep the
   * whole call reachable that long: at 200 calls/s, 6,400 finished calls that every
   * major GC marks.
   */
  protected detach(): void {
    this.tu = DETACHED;
    this.request.compact();
  }

  /**
   * The TU is done with this transaction (its call ended) while it still lingers (an
   * INVITE's Accepted state, Timer M: 32 s on UDP): later responses go to `tu`, which holds
   * only what answering them needs. The TU itself, with its dialog and messages, would
   * otherwise stay reachable from every finished call that long.
   */
  retire(tu: ClientTransactionUser): void {
    this.tu = tu;
    this.request.compact();
  }

  abstract receiveResponse(res: SipResponse): void;

  protected send(msg: SipRequest): void {
    this.ctx.sender.sendOn(this.flow, msg).catch((err: unknown) => {
      if (this.terminated) return;
      this.transition("Terminated" as S);
      this.tu.onTransportError(err instanceof SipTransportError ? err : new SipTransportError("request send failed", { cause: err }));
    });
  }

  protected timeout(timer: "B" | "F"): void {
    this.transition("Terminated" as S);
    this.tu.onTimeout(new TransactionTimeoutError(timer));
  }
}

export type InviteClientState = "Calling" | "Proceeding" | "Completed" | "Accepted" | "Terminated";

/**
 * INVITE client transaction, RFC 3261 §17.1.1 with the RFC 6026 §7.2 Accepted state.
 *
 * ```
 *                        |INVITE from TU: send; arm A (UDP), B
 *      Timer A fires     V
 *      resend, A = 2·A +-----------+
 *            +---------|           |---------------+ Timer B: TU timeout (408)
 *            +-------->|  Calling  |-------------+ |
 *                      +-----------+  2xx: to TU | |
 *          1xx: to TU  |     | 300-699: ACK, TU  | |
 *                      V     |                   | |
 *   1xx: to TU    +-----------+  2xx: to TU      | |
 *       +---------| Proceeding|----------------+ | |
 *       +-------->+-----------+                | | |
 *                      | 300-699: ACK, to TU   V V |
 *                      V              +-----------+| 2xx: to TU (forks,
 *   300-699:      +-----------+       |  Accepted |<+ retransmissions)
 *   resend ACK +--| Completed |       +-----------+
 *              +->+-----------+             | Timer M (64·T1)
 *                      | Timer D            |
 *                      V (≥32 s UDP, 0 rel.)|
 *                 +-----------+<------------+
 *                 | Terminated|
 *                 +-----------+
 * ```
 * The ACK for a non-2xx is built here (§17.1.1.3); the ACK for a 2xx is the UA core's.
 */
export class InviteClientTransaction extends ClientTransactionBase<InviteClientState> {
  readonly kind = "invite-client";
  private aInterval = 0;
  private ack: SipRequest | undefined;

  constructor(request: SipRequest, flow: Flow, ctx: TransactionContext, key: string, tu: ClientTransactionUser) {
    super("Calling", INVITE_CLIENT_EDGES, ctx, flow, request, key, tu);
  }

  /** Sends the INVITE and arms A and B; separate from the constructor so the layer can register the key first. */
  start(): void {
    this.send(this.request);
    if (!this.flow.reliable) {
      this.aInterval = this.timers.A;
      this.arm("A", this.aInterval, () => this.onTimerA());
    }
    this.arm("B", this.timers.B, () => {
      if (this.state === "Calling") this.timeout("B");
    });
  }

  receiveResponse(res: SipResponse): void {
    this.responseSeen("client", this.request.method);
    const s = res.status;
    switch (this.state) {
      case "Calling":
      case "Proceeding":
        if (s < 200) {
          if (this.state === "Calling") {
            this.disarm("A");
            this.disarm("B");
            this.transition("Proceeding");
          }
          this.tu.onResponse(res);
        } else if (s < 300) {
          this.disarm("A");
          this.disarm("B");
          this.transition("Accepted");
          this.arm("M", this.timers.M, () => this.transition("Terminated"));
          this.tu.onResponse(res);
        } else {
          this.disarm("A");
          this.disarm("B");
          this.ack = ackForNonSuccess(this.request, res);
          this.send(this.ack);
          this.transition("Completed");
          this.tu.onResponse(res);
          this.detach();
          if (this.timers.D === 0) this.transition("Terminated");
          else this.arm("D", this.timers.D, () => this.transition("Terminated"));
        }
        return;
      case "Completed":
        if (s >= 300 && this.ack !== undefined) {
          this.retransmitted("absorbed");
          this.send(this.ack);
        }
        return;
      case "Accepted":
        if (s >= 200 && s < 300) this.tu.onResponse(res);
        return;
      case "Terminated":
        return;
    }
  }

  private onTimerA(): void {
    if (this.state !== "Calling") return;
    this.send(this.request);
    this.retransmitted("sent");
    this.aInterval *= 2;
    this.arm("A", this.aInterval, () => this.onTimerA());
  }
}

const INVITE_CLIENT_EDGES: Readonly<Record<InviteClientState, readonly InviteClientState[]>> = {
  Calling: ["Proceeding", "Completed", "Accepted", "Terminated"],
  Proceeding: ["Completed", "Accepted", "Terminated"],
  Completed: ["Terminated"],
  Accepted: ["Terminated"],
  Terminated: [],
};

/**
 * RFC 3261 §17.1.1.3: same Request-URI, Call-ID, From, CSeq number and top Via (so the
 * server transaction matches it) as the INVITE, To from the response, Route from the INVITE.
 */
export function ackForNonSuccess(invite: SipRequest, res: SipResponse): SipRequest {
  const h = new SipHeaders();
  const topVia = invite.topVia;
  if (topVia !== undefined) h.append("Via", topVia.raw);
  for (const name of ["max-forwards", "from"] as const) {
    const v = invite.headers.get(name);
    if (v !== undefined) h.append(name, v);
  }
  h.append("To", res.headers.get("to") ?? invite.headers.get("to") ?? "");
  h.append("Call-ID", invite.callId ?? "");
  h.append("CSeq", `${invite.cseq?.seq ?? 0} ACK`);
  for (const r of invite.headers.getAll("route")) h.append("Route", r);
  return new SipRequest("ACK", invite.uri, h);
}

export type NonInviteClientState = "Trying" | "Proceeding" | "Completed" | "Terminated";

/**
 * Non-INVITE client transaction, RFC 3261 §17.1.2.
 *
 * ```
 *                        |Request from TU: send; arm E (UDP), F
 *  Timer E: resend,      V
 *  E = min(2·E, T2) +-----------+  Timer F: TU timeout (408)
 *        +----------|   Trying  |----------------+
 *        +--------->+-----------+                |
 *             1xx: to TU |   | 200-699: to TU    |
 *                        V   |                   |
 *  Timer E: resend, +-----------+                |
 *  E = T2   +-------| Proceeding|----------------+ Timer F
 *  1xx: TU  +------>+-----------+                |
 *                        | 200-699: to TU        |
 *                        V                       |
 *                   +-----------+                |
 *  response: absorb | Completed |                |
 *                   +-----------+                |
 *                        | Timer K (T4 UDP, 0)   |
 *                        V                       |
 *                   +-----------+<---------------+
 *                   | Terminated|
 *                   +-----------+
 * ```
 */
export class NonInviteClientTransaction extends ClientTransactionBase<NonInviteClientState> {
  readonly kind = "non-invite-client";
  private eInterval = 0;

  constructor(request: SipRequest, flow: Flow, ctx: TransactionContext, key: string, tu: ClientTransactionUser) {
    super("Trying", NON_INVITE_CLIENT_EDGES, ctx, flow, request, key, tu);
  }

  start(): void {
    this.send(this.request);
    if (!this.flow.reliable) {
      this.eInterval = this.timers.E;
      this.arm("E", this.eInterval, () => this.onTimerE());
    }
    this.arm("F", this.timers.F, () => {
      if (this.state === "Trying" || this.state === "Proceeding") this.timeout("F");
    });
  }

  receiveResponse(res: SipResponse): void {
    this.responseSeen("client", this.request.method);
    if (this.state === "Completed" || this.state === "Terminated") {
      this.retransmitted("absorbed");
      return;
    }
    if (res.status < 200) {
      if (this.state === "Trying") this.transition("Proceeding");
      this.tu.onResponse(res);
      return;
    }
    this.disarm("E");
    this.disarm("F");
    this.transition("Completed");
    this.tu.onResponse(res);
    this.detach();
    if (this.timers.K === 0) this.transition("Terminated");
    else this.arm("K", this.timers.K, () => this.transition("Terminated"));
  }

  private onTimerE(): void {
    if (this.state !== "Trying" && this.state !== "Proceeding") return;
    this.send(this.request);
    this.retransmitted("sent");
    // §17.1.2.2: doubling capped at T2 in Trying; in Proceeding the interval is T2.
    this.eInterval = this.state === "Proceeding" ? this.timers.T2 : Math.min(2 * this.eInterval, this.timers.T2);
    this.arm("E", this.eInterval, () => this.onTimerE());
  }
}

const NON_INVITE_CLIENT_EDGES: Readonly<Record<NonInviteClientState, readonly NonInviteClientState[]>> = {
  Trying: ["Proceeding", "Completed", "Terminated"],
  Proceeding: ["Completed", "Terminated"],
  Completed: ["Terminated"],
  Terminated: [],
};

export type ClientTransaction = InviteClientTransaction | NonInviteClientTransaction;
