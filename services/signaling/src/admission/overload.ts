/**
 * Adaptive admission (perf G9: degrade, never collapse), pure: state in, state out, time
 * an input. A node pushed past what it can do must refuse the excess cheaply and keep
 * serving what it admitted, without an operator having to know its capacity.
 *
 * What is limited: call setups in flight, i.e. INVITEs admitted whose routing has not
 * answered yet (the group actor's reply to `callArrived`, or the INVITE ending before
 * that), each holding its slot for at least SETUP_SLOT_MS (setup-meter.ts). A concurrency
 * limit: by Little's law it admits limit ÷ max(setup time, SETUP_SLOT_MS) per second, so
 * the moment setups slow down it admits less, before any measurement has been smoothed
 * (TCP Vegas; Netflix concurrency-limits); the least slot keeps it a limit on the rate
 * too when setups end at once (routing in the same process).
 *
 * What moves the limit: how late the node is, sampled every SAMPLE_PERIOD_MS at the edge
 * (loop-sampler.ts), in three places. The event loop, shared by signaling and the routing
 * actors: how late it ran its timers. The SIP socket's receive queue in front of it: how
 * long a datagram waits there to be read (transport/receive-probe.ts), which a saturated
 * process lets grow to seconds while its short loop turns keep the timers on time (one
 * process at 900 CPS, 1,000 agents: 4–6 MB queued, no INVITE refused within 50 ms, 17k
 * INVITE retransmissions; with this signal 5,900 refused in time and none retransmitted).
 * And the queues behind it (NATS, actor mailboxes,
 * state writes), which a saturated loop fills while its timers still run on time: how
 * much longer setups take than the node's unloaded setup time (the fastest period seen;
 * it creeps up only while the node is not late, so an overload never becomes the new
 * normal). The largest of the three, each sample counting at most DELAY_CLIP × the target so
 * one stall is not a trend, is smoothed over SMOOTHING_SAMPLES and compared with the target
 * (`SIP_OVERLOAD_DELAY_MS`): the delay the node may add to a call setup before it sheds.
 * A 503 from a late node is itself late, so the target is well under the 50 ms G9 allows.
 *
 * ```
 *   late (smoothed delay > target) and busy (loop utilization ≥ BUSY_UTILIZATION):
 *       limit = max(MIN_LIMIT, f × min(limit, most setups in flight since the last cut)),
 *       f = target ÷ delay within [1 ÷ DELAY_CLIP, DECREASE], at most every COOLDOWN_MS
 *   refusing, and this sample under HEADROOM × target:     limit + 1 per sample
 *   refusing otherwise:                                    limit holds
 *   nothing refused and never late for RELEASE_MS:         limit back to at least INITIAL_LIMIT
 * ```
 * A late loop cuts only on a busy node: one that is mostly idle is in a GC pause or
 * another process holds the CPU, and refusing calls would not cure that. Slow setups cut
 * whatever the loop does: the queue is behind this node, and with signaling and the
 * routing actors in separate processes (deploy/k8s runs them in pods) signaling's loop has
 * room while the actors' is saturated by the calls it admits (bench:sip --split at 2×:
 * 456 of 21,600 calls got their 503 after 50 ms, from routing that never answered in
 * time). The setup time is the median of a period (setup-meter.ts), so one slow group
 * among many (a fail-over) does not make the node refuse everyone's calls. The cut starts
 * from the setups actually in flight (an unused
 * limit says nothing about capacity), and cuts are COOLDOWN_MS apart so that each has
 * shown in the smoothed delay before the next; the limit grows on a sample's own delay,
 * as the smoothed one lags behind a node that has room again.
 *
 * Never starving: MIN_LIMIT setups are always admitted, and while the loop is idle most
 * of the time (smoothed utilization under IDLE_UTILIZATION) and setups are on time, every
 * INVITE is.
 */

/** How often the edge samples. Short enough to see a backlog forming within a few hundred ms. */
export const SAMPLE_PERIOD_MS = 100;
/** Least time a setup holds its slot (setup-meter.ts): the limit is then also one on the rate, at most limit ÷ this per second. */
export const SETUP_SLOT_MS = SAMPLE_PERIOD_MS;
/**
 * Smoothing of the signals, in samples (an exponential average with this time constant):
 * a GC pause or one stall, even showing in the next sample's slow setups too, is not a
 * trend; four late samples in a row are. Counted in samples, not time, because a stall
 * stretches its own sample period.
 */
export const SMOOTHING_SAMPLES = 5;
/** Time constant with which the unloaded setup time follows setups that became slower for good (a bigger group, a farther NATS). */
export const BASELINE_MS = 60_000;
/** A sample's delay counts at most this many times the target. */
export const DELAY_CLIP = 2;
/** Only a loop busier than this counts as overloaded when late. */
export const BUSY_UTILIZATION = 0.9;
/** A loop idle most of the time is not overloaded by calls: every INVITE is admitted. */
export const IDLE_UTILIZATION = 0.3;
/** The limit grows only on samples under this share of the target, and holds on those between it and the target. */
export const HEADROOM = 0.5;
/** Multiplicative decrease just over the target (down to 1 / DELAY_CLIP far over it): a backlog drains in a few cuts without halving throughput on a mild one. */
export const DECREASE = 0.75;
/** Least time between two cuts: about SMOOTHING_SAMPLES periods, so a cut has shown in the smoothed delay before the next. */
export const COOLDOWN_MS = 500;
/** Nothing refused and never late for this long: the overload is over. */
export const RELEASE_MS = 5000;
/**
 * Limit of a node that has not been overloaded: 1,280 new calls per second at setups of up
 * to SETUP_SLOT_MS, far over what one node takes, so only a node that slows down meets it
 * (and the limit grows past it while it refuses calls with the loop on time).
 */
export const INITIAL_LIMIT = 128;
/** The limit never goes under this: a few setups (40 calls per second at least) are always admitted. */
export const MIN_LIMIT = 4;
/** Bound on growth: 100,000 calls per second, which no node reaches, so only a runaway sequence of samples could. */
export const MAX_LIMIT = 10_000;

export interface OverloadSample {
  /** How late the event loop ran its timers over the period, ms (mean). */
  readonly loopDelayMs: number;
  /** How long datagrams waited to be read from the SIP socket, ms (transport/receive-probe.ts); absent: not measured. */
  readonly receiveWaitMs?: number;
  /** Share of the period the loop was busy, 0..1. */
  readonly utilization: number;
  /** Setups in flight at the sample. */
  readonly inFlight: number;
  /** Mean setup time over the period, ms (setup-meter.ts); absent when there was none to measure. */
  readonly setupMs?: number;
}

export interface OverloadConfig {
  /** Smoothed delay (ms) over which a busy node counts as overloaded. */
  readonly targetDelayMs: number;
}

export interface OverloadState {
  /** Call setups in flight admitted at most. */
  readonly limit: number;
  readonly sampledAt: number;
  /** Smoothed delay (ms): loop lateness, receive-queue wait or setup time over the unloaded one, whichever is largest. */
  readonly delayMs: number;
  /** Smoothed setup time over the unloaded one (ms): the part of `delayMs` that is routing's. */
  readonly queueMs: number;
  /** `queueMs` over the target: the routing behind this node is overloaded, however idle the loop. */
  readonly routingLate: boolean;
  /** Smoothed loop utilization. */
  readonly utilization: number;
  /** Unloaded setup time, ms; undefined until a setup has been measured. */
  readonly baselineMs: number | undefined;
  /** Most setups in flight seen (by a sample or an INVITE) since the last cut. */
  readonly peak: number;
  /** INVITEs refused since `sampledAt`. */
  readonly refused: number;
  readonly cutAt: number;
  /** Last time the node was late or an INVITE refused. */
  readonly troubleAt: number;
}

export function initialOverload(now: number): OverloadState {
  return { limit: INITIAL_LIMIT, sampledAt: now, delayMs: 0, queueMs: 0, routingLate: false, utilization: 0, baselineMs: undefined, peak: 0, refused: 0, cutAt: -Infinity, troubleAt: -Infinity };
}

/** A new INVITE while `inFlight` setups are in flight: admitted or not, and the state after it. */
export function admitInvite(s: OverloadState, inFlight: number): { state: OverloadState; admit: boolean } {
  const peak = Math.max(s.peak, inFlight);
  if (inFlight < s.limit || (s.utilization < IDLE_UTILIZATION && !s.routingLate)) return { state: peak === s.peak ? s : { ...s, peak }, admit: true };
  return { state: { ...s, peak, refused: s.refused + 1 }, admit: false };
}

/** One sample, taken at `now` over the period since the previous one. */
export function observeOverload(s: OverloadState, sample: OverloadSample, now: number, config: OverloadConfig): OverloadState {
  const elapsed = now - s.sampledAt;
  // A clock stepping back (or two samples at one instant) carries no period to learn from.
  if (!(elapsed > 0)) return s;
  const target = config.targetDelayMs;
  const a = 1 - Math.exp(-1 / SMOOTHING_SAMPLES);
  const baselineMs = nextBaseline(s, sample.setupMs, elapsed, target);
  const queueMs = sample.setupMs === undefined || baselineMs === undefined ? 0 : sample.setupMs - baselineMs;
  const clip = (ms: number) => Math.min(DELAY_CLIP * target, Math.max(0, ms));
  const late = clip(Math.max(sample.loopDelayMs, sample.receiveWaitMs ?? 0, queueMs));
  const delayMs = s.delayMs + a * (late - s.delayMs);
  const smoothedQueueMs = s.queueMs + a * (clip(queueMs) - s.queueMs);
  const routingLate = smoothedQueueMs > target;
  const utilization = s.utilization + a * (Math.min(1, Math.max(0, sample.utilization)) - s.utilization);
  const peak = Math.max(s.peak, sample.inFlight);
  const next = { ...s, sampledAt: now, delayMs, queueMs: smoothedQueueMs, routingLate, utilization, baselineMs, peak, refused: 0 };

  if (delayMs > target && (utilization >= BUSY_UTILIZATION || routingLate)) {
    const overloaded = { ...next, troubleAt: now };
    if (now - s.cutAt < COOLDOWN_MS) return overloaded;
    // The later, the deeper: DECREASE just over the target, down to halving as the (clipped) delay nears DELAY_CLIP × target.
    const factor = Math.min(DECREASE, target / delayMs);
    return { ...overloaded, limit: Math.max(MIN_LIMIT, Math.floor(factor * Math.min(s.limit, peak))), peak: sample.inFlight, cutAt: now };
  }
  if (s.refused > 0) {
    // On this sample's own lateness: after a cut the smoothed delay lags for a few samples while the node has room again.
    const limit = late < target * HEADROOM ? Math.min(MAX_LIMIT, s.limit + 1) : s.limit;
    return { ...next, limit, troubleAt: now };
  }
  if (now - s.troubleAt >= RELEASE_MS && s.limit < INITIAL_LIMIT) return { ...next, limit: INITIAL_LIMIT };
  return next;
}

function nextBaseline(s: OverloadState, setupMs: number | undefined, elapsed: number, target: number): number | undefined {
  if (setupMs === undefined) return s.baselineMs;
  if (s.baselineMs === undefined || setupMs <= s.baselineMs) return setupMs;
  if (s.delayMs >= target * HEADROOM) return s.baselineMs;
  return s.baselineMs + (1 - Math.exp(-elapsed / BASELINE_MS)) * (setupMs - s.baselineMs);
}
