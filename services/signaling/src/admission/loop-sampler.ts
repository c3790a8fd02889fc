/**
 * The edge half of adaptive admission (overload.ts): samples this process's event loop
 * every SAMPLE_PERIOD_MS with perf_hooks, with the SIP socket's receive wait when given
 * one (transport/receive-probe.ts), and hands the sample on. Real timers on purpose:
 * what is measured is how late real timers run.
 */
import { monitorEventLoopDelay, performance, type EventLoopUtilization, type IntervalHistogram } from "node:perf_hooks";
import { SAMPLE_PERIOD_MS } from "./overload.js";

export interface LoopSample {
  /** How late the loop ran its timers over the period, ms (mean of the readings, or this sampler's own lateness if larger). */
  readonly delayMs: number;
  /** Share of the period the loop was busy, 0..1. */
  readonly utilization: number;
  /** How long datagrams waited in the SIP UDP socket's receive queue, ms (transport/receive-probe.ts); absent: not measured. */
  readonly receiveWaitMs?: number;
}

/** Resolution of the delay histogram, ms: about ten readings per period. */
const RESOLUTION_MS = 10;

export class LoopSampler {
  private readonly histogram: IntervalHistogram;
  private elu: EventLoopUtilization;
  private timer: NodeJS.Timeout | undefined;
  private expectedAt = 0;

  constructor(
    private readonly onSample: (sample: LoopSample) => void,
    private readonly receiveWait: () => number | undefined = () => undefined,
  ) {
    this.histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.elu = performance.eventLoopUtilization();
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.histogram.enable();
    this.elu = performance.eventLoopUtilization();
    this.expectedAt = performance.now() + SAMPLE_PERIOD_MS;
    this.timer = setInterval(() => this.tick(), SAMPLE_PERIOD_MS);
    // Sampling must not keep a stopping process alive.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.histogram.disable();
  }

  private tick(): void {
    const now = performance.now();
    // The histogram's readings are intervals between its timer's runs, so the resolution is subtracted. A stall
    // that ends just before this timer runs is in no reading yet (that timer runs after this one), only in this
    // timer's own lateness.
    const own = Math.max(0, now - this.expectedAt);
    const delayMs = Math.max(own, this.histogram.count > 0 ? this.histogram.mean / 1e6 - RESOLUTION_MS : 0);
    this.expectedAt = now + SAMPLE_PERIOD_MS;
    const utilization = performance.eventLoopUtilization(this.elu).utilization;
    this.elu = performance.eventLoopUtilization();
    this.histogram.reset();
    const receiveWaitMs = this.receiveWait();
    this.onSample(receiveWaitMs === undefined ? { delayMs, utilization } : { delayMs, utilization, receiveWaitMs });
  }
}
