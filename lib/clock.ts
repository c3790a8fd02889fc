/**
 * Time is an input. Domain code never reads the wall clock or arms its own timers:
 * it receives `now` and emits timers as absolute `fireAt` instants. The shells that
 * run domain code use a Clock, so tests and the simulator can drive virtual time.
 */
declare const timerHandle: unique symbol;
/** Opaque: only the clock that armed a timer can clear it. */
export type TimerHandle = { readonly [timerHandle]: true };

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  setTimeout(fn: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /**
   * Runs `fn` soon, but only after I/O already waiting has been taken in: work that
   * makes more work of its own (an actor messaging another in the same process) must
   * not keep a busy process from reading its sockets.
   */
  defer(fn: () => void): void;
}

/**
 * The real clock, for processes. A handle is Node's own Timeout: no wrapper, closure or
 * table entry per timer (a call arms ~15, and the SIP transactions' ones live up to 32 s,
 * so each extra object was copied by young GCs and promoted).
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, delayMs) => setTimeout(fn, Math.max(0, delayMs)) as unknown as TimerHandle,
  clearTimeout: (handle) => clearTimeout(handle as unknown as NodeJS.Timeout),
  defer: (fn) => void setImmediate(fn),
};

class SimulatedTimer {
  constructor(readonly id: number) {}
}

/**
 * Virtual time for tests and the simulator. Timers fire in `fireAt` order (ties in
 * the order they were armed) only when time is advanced explicitly.
 */
export class SimulatedClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly timers = new Map<number, { fireAt: number; fn: () => void }>();

  constructor(startMs = 0) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, delayMs: number): TimerHandle {
    const id = ++this.seq;
    this.timers.set(id, { fireAt: this.current + Math.max(0, delayMs), fn });
    return new SimulatedTimer(id) as unknown as TimerHandle;
  }

  clearTimeout(handle: TimerHandle): void {
    const timer: object = handle;
    if (timer instanceof SimulatedTimer) this.timers.delete(timer.id);
  }

  /** Virtual time has no I/O to wait for: deferred work runs as soon as the current task is done. */
  defer(fn: () => void): void {
    queueMicrotask(fn);
  }

  /** Instant of the earliest armed timer, if any. */
  nextFireAt(): number | undefined {
    let next: number | undefined;
    for (const t of this.timers.values()) if (next === undefined || t.fireAt < next) next = t.fireAt;
    return next;
  }

  /** Moves time to `targetMs`, firing every timer due on the way, in order. */
  advanceTo(targetMs: number): void {
    for (;;) {
      let dueId: number | undefined;
      let due: { fireAt: number; fn: () => void } | undefined;
      for (const [id, t] of this.timers) {
        if (t.fireAt <= targetMs && (due === undefined || t.fireAt < due.fireAt)) {
          dueId = id;
          due = t;
        }
      }
      if (due === undefined || dueId === undefined) break;
      this.timers.delete(dueId);
      this.current = Math.max(this.current, due.fireAt);
      due.fn();
    }
    this.current = Math.max(this.current, targetMs);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.current + ms);
  }
}
