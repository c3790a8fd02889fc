import { SipTransportError, TransactionStateError, TransactionTimeoutError } from "../errors.js";
import { newTag } from "../ids.js";
import { createResponse, type ResponseOptions, type SipRequest, type SipResponse } from "../message.js";
import type { Flow } from "../transport/types.js";
import { Transaction, type TransactionContext } from "./base.js";

/** What a server transaction tells its TU, besides the request it was created for. */
export interface ServerTransactionEvents {
  /** Timer H: no ACK for a final non-2xx (RFC 3261 §17.2.1). */
  onTimeout?(err: TransactionTimeoutError): void;
  /** RFC 3261 §17.2.4: the response could not be sent. */
  onTransportError?(err: SipTransportError): void;
}

const NO_EVENTS: ServerTransactionEvents = {};

abstract class ServerTransactionBase<S extends string> extends Transaction<S> {
  events: ServerTransactionEvents = {};
  protected last: SipResponse | undefined;
  private tag: string | undefined;

  protected constructor(
    initial: S,
    edges: Readonly<Record<S, readonly S[]>>,
    ctx: TransactionContext,
    flow: Flow,
    readonly request: SipRequest,
    readonly key: string,
  ) {
    super(initial, edges, "Terminated" as S, ctx, flow);
  }

  /** The To-tag this UAS uses in every response of the transaction (one dialog per transaction at a UAS). */
  get localTag(): string {
    return (this.tag ??= this.request.toTag ?? newTag());
  }

  get lastResponse(): SipResponse | undefined {
    return this.last;
  }

  /** Builds a response per §8.2.6 with this transaction's To-tag and sends it. */
  reply(status: number, opts: Omit<ResponseOptions, "toTag"> = {}): SipResponse {
    const res = createResponse(this.request, status, { ...opts, toTag: this.localTag });
    this.respond(res);
    return res;
  }

  abstract respond(res: SipResponse): void;
  /** A request matched to this transaction after it was created (retransmission, or ACK for INVITE). */
  abstract receiveRequest(req: SipRequest): void;

  /**
   * Nothing more for the TU (a 2xx or a non-INVITE final sent, or the ACK of a non-2xx in):
   * the transaction only lingers to absorb retransmissions (Timer I/J/L, up to 32 s on UDP).
   * Holding the TU's handlers and the messages' parsed views that long costs every major
   * GC: at 200 calls/s, 6,400 finished calls.
   */
  protected detach(): void {
    this.events = NO_EVENTS;
    this.request.compact();
    this.last?.compact();
  }

  protected send(res: SipResponse): void {
    this.responseSeen("server", this.request.method);
    this.ctx.sender.sendResponse(res, this.flow).catch((err: unknown) => {
      this.transportFailed(err);
    });
  }

  protected transportFailed(err: unknown): void {
    if (this.terminated) return;
    this.transition("Terminated" as S);
    const e = err instanceof SipTransportError ? err : new SipTransportError("response send failed", { cause: err });
    this.events.onTransportError?.(e);
  }
}

export type InviteServerState = "Proceeding" | "Completed" | "Confirmed" | "Accepted" | "Terminated";

/**
 * INVITE server transaction, RFC 3261 §17.2.1 with the RFC 6026 §7.1 Accepted state.
 *
 * ```
 *                      |INVITE: pass to TU; arm TRYING (100 after 200 ms if TU silent)
 *   INVITE             V
 *   resend last 1xx +-----------+ 1xx from TU: send
 *          +--------|           |--------+
 *          +------->| Proceeding|<-------+
 *                   +-----------+
 *      300-699 from TU |      | 2xx from TU: send
 *      send; arm G,H   |      +-------------------------+
 *                      V                                V
 *   INVITE          +-----------+  Timer L        +-----------+ 2xx from TU: send
 *   resend final+---| Completed |  (64·T1)        |  Accepted |---+ INVITE: absorb
 *   G: resend   +-->|           |                 |           |<--+
 *                   +-----------+                 +-----------+
 *                 ACK  |     | Timer H: TU timeout        | Timer L
 *            arm I     V     |                            |
 *                   +-----------+                         |
 *             ACK:  | Confirmed |                         |
 *           absorb  +-----------+                         |
 *                      | Timer I (T4 UDP, 0 reliable)     |
 *                      V                                  |
 *                   +-----------+                         |
 *                   | Terminated|<------------------------+
 *                   +-----------+
 * ```
 * Transport errors in any state go to Terminated and tell the TU. Retransmitting 2xx
 * until the ACK arrives is the UA core's job (RFC 3261 §13.3.1.4), not this transaction's:
 * the TU resends the 2xx through `respond` while in Accepted.
 */
export class InviteServerTransaction extends ServerTransactionBase<InviteServerState> {
  readonly kind = "invite-server";
  private gInterval = 0;

  constructor(request: SipRequest, flow: Flow, ctx: TransactionContext, key: string) {
    super("Proceeding", INVITE_SERVER_EDGES, ctx, flow, request, key);
    this.arm("TRYING", this.timers.TRYING, () => {
      if (this.state === "Proceeding" && this.last === undefined) this.respond(createResponse(this.request, 100));
    });
  }

  respond(res: SipResponse): void {
    const s = res.status;
    switch (this.state) {
      case "Proceeding":
        this.disarm("TRYING");
        this.last = res;
        this.send(res);
        if (s >= 300) {
          this.transition("Completed");
          if (!this.flow.reliable) {
            this.gInterval = this.timers.G;
            this.arm("G", this.gInterval, () => this.onTimerG());
          }
          this.arm("H", this.timers.H, () => this.onTimerH());
        } else if (s >= 200) {
          this.transition("Accepted");
          this.detach();
          this.arm("L", this.timers.L, () => this.transition("Terminated"));
        }
        return;
      case "Accepted":
        if (s >= 200 && s < 300) {
          this.last = res;
          this.send(res);
          return;
        }
        break;
      default:
        break;
    }
    throw new TransactionStateError(`cannot send ${s} in INVITE server transaction state ${this.state}`);
  }

  receiveRequest(req: SipRequest): void {
    if (req.method === "ACK") {
      if (this.state === "Completed") {
        this.disarm("G");
        this.disarm("H");
        this.transition("Confirmed");
        this.detach();
        this.after("I", this.timers.I);
      } else this.retransmitted("absorbed");
      return;
    }
    this.retransmitted("absorbed");
    // RFC 6026 §7.1: INVITE retransmissions in Accepted are absorbed; the TU's 2xx retransmissions cover them.
    if ((this.state === "Proceeding" || this.state === "Completed") && this.last !== undefined) this.send(this.last);
  }

  private onTimerG(): void {
    if (this.state !== "Completed" || this.last === undefined) return;
    this.send(this.last);
    this.retransmitted("sent");
    this.gInterval = Math.min(2 * this.gInterval, this.timers.T2);
    this.arm("G", this.gInterval, () => this.onTimerG());
  }

  private onTimerH(): void {
    if (this.state !== "Completed") return;
    this.transition("Terminated");
    this.events.onTimeout?.(new TransactionTimeoutError("H"));
  }

  private after(name: "I", delay: number): void {
    if (delay === 0) this.transition("Terminated");
    else this.arm(name, delay, () => this.transition("Terminated"));
  }
}

const INVITE_SERVER_EDGES: Readonly<Record<InviteServerState, readonly InviteServerState[]>> = {
  Proceeding: ["Completed", "Accepted", "Terminated"],
  Completed: ["Confirmed", "Terminated"],
  Confirmed: ["Terminated"],
  Accepted: ["Terminated"],
  Terminated: [],
};

export type NonInviteServerState = "Trying" | "Proceeding" | "Completed" | "Terminated";

/**
 * Non-INVITE server transaction, RFC 3261 §17.2.2.
 *
 * ```
 *                   |Request received: pass to TU
 *                   V
 *             +-----------+
 *  request:   |  Trying   |-------------+
 *  discard    +-----------+             |
 *                   | 1xx from TU: send | 200-699 from TU: send
 *                   V                   |
 *  request:   +-----------+ 1xx: send   |
 *  resend 1xx | Proceeding|<--+         |
 *             +-----------+---+         |
 *                   | 200-699: send     |
 *                   V                   |
 *  request:   +-----------+<------------+
 *  resend     | Completed |
 *  final      +-----------+
 *                   | Timer J (64·T1 UDP, 0 reliable)
 *                   V
 *             +-----------+
 *             | Terminated|
 *             +-----------+
 * ```
 */
export class NonInviteServerTransaction extends ServerTransactionBase<NonInviteServerState> {
  readonly kind = "non-invite-server";

  constructor(request: SipRequest, flow: Flow, ctx: TransactionContext, key: string) {
    super("Trying", NON_INVITE_SERVER_EDGES, ctx, flow, request, key);
  }

  respond(res: SipResponse): void {
    if (this.state !== "Trying" && this.state !== "Proceeding") {
      throw new TransactionStateError(`cannot send ${res.status} in non-INVITE server transaction state ${this.state}`);
    }
    this.last = res;
    this.send(res);
    if (res.status < 200) {
      if (this.state === "Trying") this.transition("Proceeding");
      return;
    }
    this.transition("Completed");
    this.detach();
    if (this.timers.J === 0) this.transition("Terminated");
    else this.arm("J", this.timers.J, () => this.transition("Terminated"));
  }

  receiveRequest(_req: SipRequest): void {
    this.retransmitted("absorbed");
    if (this.state !== "Trying" && this.last !== undefined) this.send(this.last);
  }
}

const NON_INVITE_SERVER_EDGES: Readonly<Record<NonInviteServerState, readonly NonInviteServerState[]>> = {
  Trying: ["Proceeding", "Completed", "Terminated"],
  Proceeding: ["Completed", "Terminated"],
  Completed: ["Terminated"],
  Terminated: [],
};

export type ServerTransaction = InviteServerTransaction | NonInviteServerTransaction;
