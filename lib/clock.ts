/**
 * Time is an input. Domain code never reads the wall clock or arms its own timers:
 * it receives `now` and emits timers as absolute `fireAt` instants. The shells that
 * run domain code use a Clock, so tests and the simulator can drive virtual time.
 */
export type TimerHandle = { readonly id: number };

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

/** The real clock, for processes. */
export const systemClock: Clock = (() => {
  const live = new Map<number, NodeJS.Timeout>();
  let seq = 0;
  return {
    now: () => Date.now(),
    setTimeout(fn, delayMs) {
      const id = ++seq;
      const t = setTimeout(() => {
        live.delete(id);
        fn();
      }, Math.max(0, delayMs));
      live.set(id, t);
      return { id };
    },
    clearTimeout(handle) {
      const t = live.get(handle.id);
      if (t !== undefined) {
        clearTimeout(t);
        live.delete(handle.id);
      }
    },
    defer(fn) {
      setImmediate(fn);
    },
  };
})();

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
    return { id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle.id);
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
