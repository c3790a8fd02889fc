/**
 * The contract between domain logic and the actor runtime (STYLE §1, §2).
 *
 * A decider is a pure function of (state, event, now). It never awaits, reads the
 * clock or arms timers; it returns the next state and effects as data. Timers are
 * effects with an absolute `fireAt`, so the runtime can persist them with the state
 * and re-arm them after a restart or fail-over without resetting any countdown.
 * When a timer falls due the runtime delivers `{ type: "timerFired", timerId }`.
 */
export interface StartTimer {
  readonly type: "startTimer";
  readonly timerId: string;
  /** Milliseconds since the epoch. Starting an armed timerId again replaces it. */
  readonly fireAt: number;
}

export interface CancelTimer {
  readonly type: "cancelTimer";
  readonly timerId: string;
}

export type TimerEffect = StartTimer | CancelTimer;

export interface TimerFired {
  readonly type: "timerFired";
  readonly timerId: string;
}

export interface Decision<S, F> {
  readonly state: S;
  readonly effects: readonly (F | TimerEffect)[];
  /**
   * `false`: losing this decision in a crash is harmless because the protocol repairs it
   * (an expiry, a probe, a re-solicitation), so the runtime may apply it in memory, answer
   * and run its effects (at most once) without a state write of its own. Its state, timers
   * and idempotency key are written with the next durable commit, or at passivation and
   * hand-off. A batch holding any durable decision is written as a whole. Default: durable.
   */
  readonly durable?: boolean;
  /**
   * With a durable decision: nobody is kept waiting by it, so its write may wait up to the
   * kind's `commitDelayMs` (kind.ts) to be shared with the decisions that follow; its reply
   * and effects wait for that write. Any decision that is durable and not deferrable
   * writes the whole batch at once.
   */
  readonly deferrable?: boolean;
  /**
   * The decider vouches that this decision's non-timer effects may run although its write
   * never lands, again each time the decision is made again (after a failed or fenced
   * write, a handler failure behind it, or a crash), and not at all if the node dies
   * before they ran although the write landed: the protocol repairs a message lost or
   * repeated. The runtime hands them to the effect runner right after the decision,
   * before the batch's write, instead of after it. They are not in the outbox, so nothing
   * re-runs them (kind.ts `EffectContext.commit` names them `…e<n>`).
   *
   * State, timers, durability and the reply are unchanged: an ask's answer still waits
   * for the write. (A durable decision whose only change is early effects has nothing
   * left to write, so, like one that changed nothing, it writes nothing.) Effects of one actor still leave in decision order: if an earlier
   * decision of the same unwritten batch has effects that wait for the write, this one's
   * wait with them. Nothing leaves while the node's lease is not locally valid.
   */
  readonly early?: boolean;
}

export type Decide<S, E, F> = (state: S, event: E | TimerFired, now: number) => Decision<S, F>;

export function isTimerEffect(effect: { readonly type: string }): effect is TimerEffect {
  return effect.type === "startTimer" || effect.type === "cancelTimer";
}

export const startTimer = (timerId: string, fireAt: number): StartTimer => ({ type: "startTimer", timerId, fireAt });
export const cancelTimer = (timerId: string): CancelTimer => ({ type: "cancelTimer", timerId });
