/**
 * Call setups in flight, for adaptive admission (overload.ts): from a new INVITE accepted
 * to its routing's answer (the group actor's reply to `callArrived`), or to the INVITE
 * ending before that. Time is passed in; the call manager begins and ends setups.
 *
 * A setup holds its slot for at least `slotMs` even when its routing answers sooner, so
 * the limit is also one on the rate (at most limit ÷ slotMs per second): with routing in
 * the same process (embedded) a setup can end within the task that began it, and a bare
 * count of setups in flight would then never reach any limit.
 */
import { SETUP_SLOT_MS } from "./overload.js";

/** Setup times kept per reading: ten times what a node ends in a SAMPLE_PERIOD_MS at 10,000 CPS. */
const MAX_TIMES = 10_000;

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] ?? 0) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}

export interface SetupReading {
  readonly inFlight: number;
  /**
   * Median setup time (ms) of the setups that ended since the last reading (a median, so
   * a minority of slow setups, one group failing over among many, does not move it); when
   * none did but some are unanswered, how long the oldest has been waiting (a stuck routing
   * shows too); undefined when there was nothing to measure.
   */
  readonly setupMs?: number;
}

interface Setup {
  readonly startedAt: number;
  ended: boolean;
}

export class SetupMeter {
  /** By id; a Map keeps insertion order, so the oldest come first. */
  private readonly setups = new Map<number, Setup>();
  private seq = 0;
  /** Times of the setups ended since the last reading (the first MAX_TIMES of them). */
  private times: number[] = [];

  constructor(private readonly slotMs = SETUP_SLOT_MS) {}

  /** Setups holding a slot at `now`: unanswered, or begun less than `slotMs` ago. */
  inFlight(now: number): number {
    for (const [id, s] of this.setups) {
      // Begun in order: past the first one still within its slot, none has expired.
      if (s.startedAt + this.slotMs > now) break;
      if (s.ended) this.setups.delete(id);
    }
    let n = 0;
    for (const s of this.setups.values()) if (!s.ended || s.startedAt + this.slotMs > now) n++;
    return n;
  }

  begin(now: number): number {
    const id = ++this.seq;
    this.setups.set(id, { startedAt: now, ended: false });
    return id;
  }

  end(id: number, now: number): void {
    const s = this.setups.get(id);
    if (s === undefined || s.ended) return;
    s.ended = true;
    if (this.times.length < MAX_TIMES) this.times.push(Math.max(0, now - s.startedAt));
    if (s.startedAt + this.slotMs <= now) this.setups.delete(id);
  }

  /** What happened since the previous reading. */
  read(now: number): SetupReading {
    const inFlight = this.inFlight(now);
    let setupMs: number | undefined;
    if (this.times.length > 0) setupMs = median(this.times);
    else {
      for (const s of this.setups.values()) {
        if (s.ended) continue;
        setupMs = Math.max(0, now - s.startedAt);
        break;
      }
    }
    this.times = [];
    return setupMs === undefined ? { inFlight } : { inFlight, setupMs };
  }
}
