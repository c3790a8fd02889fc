import type { Clock, TimerHandle } from "../../../../../lib/clock.js";
import { timerValues, type BaseTimers, type TimerValues } from "../constants.js";
import { TransactionStateError } from "../errors.js";
import type { SipRequest, SipResponse } from "../message.js";
import type { Destination, Flow } from "../transport/types.js";

/** What transactions need from the transport layer (STYLE §9); `TransportLayer` implements it, tests fake it. */
export interface MessageSender {
  /** RFC 3261 §18.2.2 response routing from the request's flow. */
  sendResponse(res: SipResponse, requestFlow: Flow): Promise<unknown>;
  sendOn(flow: Flow, msg: SipRequest | SipResponse): Promise<void>;
  flowTo(dest: Destination): Promise<Flow>;
}

export interface TransactionHooks {
  /** A retransmission this stack sent (Timer A/E/G) or a retransmitted request/response it absorbed. */
  onRetransmission?(direction: "sent" | "absorbed"): void;
  /**
   * The first response of a transaction, provisional or final: sent by this node (server
   * side: how fast we answer) or received (client side: how fast the peer answers).
   */
  onFirstResponse?(side: "server" | "client", method: string, seconds: number): void;
}

export interface TransactionContext {
  readonly clock: Clock;
  readonly sender: MessageSender;
  readonly base?: BaseTimers;
  readonly hooks?: TransactionHooks;
}

export type TimerName = "A" | "B" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "TRYING";

/**
 * Shared machinery: one guarded `transition` per machine (STYLE §3) driven by a table
 * of legal edges, named timers on the injected clock, and one exit (`Terminated`) that
 * disarms every timer and unregisters the transaction.
 */
export abstract class Transaction<S extends string> {
  private current: S;
  private readonly armed = new Map<TimerName, TimerHandle>();
  protected readonly timers: TimerValues;
  private readonly terminatedListeners: (() => void)[] = [];
  private readonly startedAt: number;
  private responded = false;

  protected constructor(
    initial: S,
    private readonly edges: Readonly<Record<S, readonly S[]>>,
    private readonly terminal: S,
    protected readonly ctx: TransactionContext,
    readonly flow: Flow,
  ) {
    this.current = initial;
    this.timers = timerValues(flow.reliable, ctx.base);
    this.startedAt = ctx.clock.now();
  }

  get state(): S {
    return this.current;
  }

  get terminated(): boolean {
    return this.current === this.terminal;
  }

  /** Called once, when the transaction reaches its terminal state. */
  onTerminated(fn: () => void): void {
    this.terminatedListeners.push(fn);
  }

  protected transition(next: S): void {
    if (!this.edges[this.current].includes(next)) {
      throw new TransactionStateError(`${this.constructor.name}: illegal transition ${this.current} → ${next}`);
    }
    this.current = next;
    if (next === this.terminal) {
      for (const h of this.armed.values()) this.ctx.clock.clearTimeout(h);
      this.armed.clear();
      for (const fn of this.terminatedListeners.splice(0)) fn();
    }
  }

  protected arm(name: TimerName, delayMs: number, fire: () => void): void {
    this.disarm(name);
    const handle = this.ctx.clock.setTimeout(() => {
      this.armed.delete(name);
      fire();
    }, delayMs);
    this.armed.set(name, handle);
  }

  protected disarm(name: TimerName): void {
    const h = this.armed.get(name);
    if (h !== undefined) {
      this.ctx.clock.clearTimeout(h);
      this.armed.delete(name);
    }
  }

  /**
   * Shutdown only: disarms every timer without running the state machine (the transport
   * is closing, so nothing could be sent). A timer left armed would keep the process
   * alive for up to 64·T1 after the node stopped.
   */
  abandon(): void {
    for (const h of this.armed.values()) this.ctx.clock.clearTimeout(h);
    this.armed.clear();
  }

  /** For tests: which timers are armed now. */
  armedTimers(): TimerName[] {
    return [...this.armed.keys()].sort();
  }

  protected retransmitted(direction: "sent" | "absorbed"): void {
    this.ctx.hooks?.onRetransmission?.(direction);
  }

  /** Every response sent or received passes here; only the first is timed. */
  protected responseSeen(side: "server" | "client", method: string): void {
    if (this.responded) return;
    this.responded = true;
    this.ctx.hooks?.onFirstResponse?.(side, method, (this.ctx.clock.now() - this.startedAt) / 1000);
  }
}
