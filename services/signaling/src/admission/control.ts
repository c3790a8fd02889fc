/**
 * Admission control (perf G9: degrade, never collapse). Past a configured load a new
 * INVITE is refused with 503 and Retry-After before anything else happens to it (no 100,
 * no location lookup, no actor message), so refusing stays cheap however hard the node is
 * pushed; everything inside existing dialogs (ACK, BYE, CANCEL, re-INVITE) never comes
 * here and keeps flowing. REGISTER storms (a fleet of phones rebooting after an outage)
 * are bounded the same way, node-wide and per source address.
 *
 * Limits (`lib/env.ts`): SIP_MAX_CALLS concurrent calls, SIP_MAX_CPS new calls per second,
 * SIP_MAX_REGISTER_RPS and SIP_MAX_REGISTER_RPS_PER_SOURCE REGISTERs per second. Rates
 * are token buckets holding one second's worth, so a burst up to the rate passes and a
 * sustained excess is shed. An unset limit is no limit. On top of these, unless
 * SIP_OVERLOAD_DELAY_MS is `off`, an adaptive limit (overload.ts) refuses the INVITEs a
 * node past its capacity cannot take, whatever that capacity is.
 *
 * Retry-After is short and jittered: a longer one makes RFC 3263 clients and proxies
 * treat the node as down for that long (RFC 3261 §21.5.4), and equal values would bring
 * the refused callers back in one synchronised wave.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import type { Clock } from "../../../../lib/clock.js";
import type { LoopSample } from "./loop-sampler.js";
import { admitInvite, initialOverload, observeOverload, type OverloadState } from "./overload.js";
import type { SetupReading } from "./setup-meter.js";

export interface AdmissionLimits {
  readonly maxCalls?: number;
  readonly maxCps?: number;
  readonly maxRegisterRps?: number;
  readonly maxRegisterRpsPerSource?: number;
  /** Smoothed delay (ms; event-loop lateness, the SIP socket's receive wait, or setup time over the unloaded one) over which a busy node cuts the adaptive limit (overload.ts); unset: no adaptive limit. */
  readonly overloadDelayMs?: number;
}

export const SHED_REASONS = ["calls", "cps", "overload", "register", "registerSource"] as const;
export type ShedReason = (typeof SHED_REASONS)[number];

export type Verdict = { readonly admit: true } | { readonly admit: false; readonly reason: ShedReason; readonly retryAfter: number };

/** Base Retry-After (s) when the node is full of calls: calls last minutes, so a slot frees slowly. */
export const FULL_RETRY_AFTER_S = 5;
/** Base Retry-After (s) when the adaptive limit refuses. */
export const OVERLOAD_RETRY_AFTER_S = 1;
/** Sources remembered for the per-source REGISTER rate; idle (full) buckets go first when over. */
export const MAX_TRACKED_SOURCES = 10_000;

const ADMIT: Verdict = { admit: true };

/** Tokens refill continuously at `rate` per second up to `rate` (one second of burst). */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    readonly rate: number,
    now: number,
  ) {
    this.tokens = rate;
    this.at = now;
  }

  private refill(now: number): void {
    if (now > this.at) this.tokens = Math.min(this.rate, this.tokens + ((now - this.at) * this.rate) / 1000);
    this.at = Math.max(this.at, now);
  }

  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is available. */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.rate;
  }

  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.rate;
  }
}

export interface AdmissionOptions {
  readonly limits: AdmissionLimits;
  readonly clock: Pick<Clock, "now">;
  /** Calls on the node now, including INVITEs being admitted. */
  readonly load: () => number;
  /** Call setups in flight (setup-meter.ts), what the adaptive limit counts; absent: none. */
  readonly setups?: { inFlight(now: number): number; read(now: number): SetupReading };
  readonly registry?: Registry;
  /** [0, 1); injected so tests see exact Retry-After values. */
  readonly random?: () => number;
}

export class AdmissionControl {
  private readonly cps: TokenBucket | undefined;
  private readonly registers: TokenBucket | undefined;
  private readonly sources = new Map<string, TokenBucket>();
  private readonly shed: Counter<"method" | "reason">;
  private readonly random: () => number;
  private overload: OverloadState | undefined;
  /** The latest sample's receive-queue wait, for its gauge. */
  private receiveWaitMs: number | undefined;

  constructor(private readonly opts: AdmissionOptions) {
    const now = opts.clock.now();
    const { maxCps, maxRegisterRps } = opts.limits;
    this.cps = maxCps === undefined ? undefined : new TokenBucket(maxCps, now);
    this.registers = maxRegisterRps === undefined ? undefined : new TokenBucket(maxRegisterRps, now);
    this.random = opts.random ?? Math.random;
    this.shed = new Counter({
      name: "sip_requests_shed_total",
      help: "New INVITEs and REGISTERs refused with 503 by admission control, by why",
      labelNames: ["method", "reason"],
      registers: opts.registry === undefined ? [] : [opts.registry],
    });
    this.shed.inc({ method: "INVITE", reason: "calls" }, 0);
    this.shed.inc({ method: "INVITE", reason: "cps" }, 0);
    this.shed.inc({ method: "INVITE", reason: "overload" }, 0);
    this.shed.inc({ method: "REGISTER", reason: "register" }, 0);
    this.shed.inc({ method: "REGISTER", reason: "registerSource" }, 0);
    if (opts.limits.overloadDelayMs !== undefined) {
      this.overload = initialOverload(now);
      const gauge = (name: string, help: string, read: () => number | undefined): void => {
        new Gauge({
          name,
          help,
          registers: opts.registry === undefined ? [] : [opts.registry],
          collect() {
            const v = read();
            if (v !== undefined) this.set(v);
          },
        });
      };
      gauge("sip_admission_setups_limit", "Call setups in flight (new INVITEs whose routing has not answered yet) the adaptive admission limit allows", () => this.overload?.limit);
      gauge("sip_admission_setups", "Call setups in flight now, as the adaptive admission limit counts them", () => opts.setups?.inFlight(opts.clock.now()) ?? 0);
      gauge(
        "sip_admission_delay_seconds",
        "Smoothed delay the adaptive admission limit acts on: event-loop lateness, SIP UDP receive-queue wait or setup time over the unloaded one, whichever is largest",
        () => (this.overload === undefined ? undefined : this.overload.delayMs / 1000),
      );
      gauge(
        "sip_udp_receive_wait_seconds",
        "How long the latest probe datagram waited in the SIP UDP socket's receive queue before this node read it: what a new INVITE waits before the node sees it",
        () => (this.receiveWaitMs === undefined ? undefined : this.receiveWaitMs / 1000),
      );
    }
  }

  /** Whether the adaptive limit runs (SIP_OVERLOAD_DELAY_MS not `off`): the node then samples its event loop into `observe`. */
  get adaptive(): boolean {
    return this.overload !== undefined;
  }

  /** One event-loop sample (loop-sampler.ts). */
  observe(sample: LoopSample): void {
    const targetDelayMs = this.opts.limits.overloadDelayMs;
    if (this.overload === undefined || targetDelayMs === undefined) return;
    const now = this.opts.clock.now();
    const setups = this.opts.setups?.read(now) ?? { inFlight: 0 };
    this.receiveWaitMs = sample.receiveWaitMs ?? this.receiveWaitMs;
    const receive = sample.receiveWaitMs === undefined ? {} : { receiveWaitMs: sample.receiveWaitMs };
    this.overload = observeOverload(this.overload, { ...setups, ...receive, loopDelayMs: sample.delayMs, utilization: sample.utilization }, now, { targetDelayMs });
  }

  /** A new INVITE (no To-tag). */
  invite(): Verdict {
    const now = this.opts.clock.now();
    const { maxCalls } = this.opts.limits;
    // Checked before the rate, so a call refused for being over the ceiling uses no rate token.
    if (maxCalls !== undefined && this.opts.load() >= maxCalls) return this.refuse("INVITE", "calls", FULL_RETRY_AFTER_S);
    if (this.cps !== undefined && !this.cps.take(now)) return this.refuse("INVITE", "cps", this.waitS(this.cps, now));
    if (this.overload !== undefined) {
      const { state, admit } = admitInvite(this.overload, this.opts.setups?.inFlight(now) ?? 0);
      this.overload = state;
      // Setups take milliseconds: a slot is free long before a second, the least Retry-After says.
      if (!admit) return this.refuse("INVITE", "overload", OVERLOAD_RETRY_AFTER_S);
    }
    return ADMIT;
  }

  /** A REGISTER from `source` (the sending IP address). */
  register(source: string): Verdict {
    const now = this.opts.clock.now();
    const perSource = this.opts.limits.maxRegisterRpsPerSource;
    if (perSource !== undefined) {
      const bucket = this.sourceBucket(source, perSource, now);
      if (!bucket.take(now)) return this.refuse("REGISTER", "registerSource", this.waitS(bucket, now));
    }
    if (this.registers !== undefined && !this.registers.take(now)) return this.refuse("REGISTER", "register", this.waitS(this.registers, now));
    return ADMIT;
  }

  private sourceBucket(source: string, rate: number, now: number): TokenBucket {
    let b = this.sources.get(source);
    if (b !== undefined) return b;
    if (this.sources.size >= MAX_TRACKED_SOURCES) {
      for (const [k, v] of this.sources) if (v.full(now)) this.sources.delete(k);
      // Every source busy: forget the longest-known one (it gets a fresh, full bucket back).
      if (this.sources.size >= MAX_TRACKED_SOURCES) {
        const oldest = this.sources.keys().next().value;
        if (oldest !== undefined) this.sources.delete(oldest);
      }
    }
    b = new TokenBucket(rate, now);
    this.sources.set(source, b);
    return b;
  }

  /** At least 1 s (Retry-After is whole seconds). */
  private waitS(bucket: TokenBucket, now: number): number {
    return Math.max(1, Math.ceil(bucket.waitMs(now) / 1000));
  }

  /** Retry-After `base` plus up to `base` of jitter. */
  private refuse(method: "INVITE" | "REGISTER", reason: ShedReason, base: number): Verdict {
    this.shed.inc({ method, reason });
    return { admit: false, reason, retryAfter: base + Math.floor(this.random() * (base + 1)) };
  }
}
