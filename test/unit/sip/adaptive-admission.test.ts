/**
 * Adaptive admission (perf G9) in simulated time: the concurrency limit on call setups
 * in flight, cut when the node is late and busy, grown back while it refuses with
 * headroom, restored once the overload is over, never under its floor; the setup meter;
 * AdmissionControl refusing with reason "overload"; a toy node pushed to twice its
 * capacity, where the limit must keep the node's delay near the target while it keeps
 * taking calls; and the real loop sampler seeing a loop held busy.
 */
import test from "ava";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import {
  AdmissionControl,
  admitInvite,
  BUSY_UTILIZATION,
  COOLDOWN_MS,
  DECREASE,
  DELAY_CLIP,
  IDLE_UTILIZATION,
  INITIAL_LIMIT,
  initialOverload,
  LoopSampler,
  MIN_LIMIT,
  observeOverload,
  OVERLOAD_RETRY_AFTER_S,
  RELEASE_MS,
  SAMPLE_PERIOD_MS,
  SETUP_SLOT_MS,
  SetupMeter,
  SMOOTHING_SAMPLES,
  type LoopSample,
  type OverloadSample,
  type OverloadState,
} from "../../../services/signaling/index.js";

const TARGET = 20;
const config = { targetDelayMs: TARGET };
const T0 = 1_700_000_000_000;

/** `n` samples, one per period from `s.sampledAt`, all alike. */
function run(s: OverloadState, n: number, sample: Partial<OverloadSample> = {}): OverloadState {
  let state = s;
  for (let i = 0; i < n; i++) state = observeOverload(state, { loopDelayMs: 0, utilization: 0.5, inFlight: 0, ...sample }, state.sampledAt + SAMPLE_PERIOD_MS, config);
  return state;
}

const late = { loopDelayMs: 3 * TARGET, utilization: 1 };
const calm = { loopDelayMs: 0, utilization: 0.4 };
/** Late samples in a row (each counting DELAY_CLIP × the target) that take the smoothed delay over the target. */
const TREND = Math.ceil(-SMOOTHING_SAMPLES * Math.log(1 - 1 / DELAY_CLIP));
/** Busy and on time with `inFlight` setups, long enough for the smoothed signals to settle. */
const busy = (inFlight: number) => run(initialOverload(T0), 10, { utilization: 1, inFlight });
/** Late until the first cut. */
function cutOnce(s: OverloadState, inFlight: number): OverloadState {
  let state = s;
  while (state.cutAt === s.cutAt) state = run(state, 1, { ...late, inFlight });
  return state;
}

/** Admits INVITEs while `inFlight` grows from `from`; how many got in of `n`. */
function offer(s: OverloadState, n: number, from = 0): { state: OverloadState; admitted: number } {
  let state = s;
  let admitted = 0;
  for (let i = 0; i < n; i++) {
    const r = admitInvite(state, from + admitted);
    state = r.state;
    if (r.admit) admitted++;
  }
  return { state, admitted };
}

test("a node never overloaded admits up to INITIAL_LIMIT setups in flight while busy, and every INVITE while mostly idle", (t) => {
  const s = busy(0);
  t.is(s.limit, INITIAL_LIMIT);
  t.is(offer(s, 2 * INITIAL_LIMIT).admitted, INITIAL_LIMIT);
  const idle = run(initialOverload(T0), 10, { utilization: IDLE_UTILIZATION / 2 });
  t.is(offer(idle, 2 * INITIAL_LIMIT).admitted, 2 * INITIAL_LIMIT, "a loop idle most of the time is not overloaded by calls");
});

test("late and busy: the limit is cut to DECREASE × the setups in flight since the last cut (halved when far over the target), at most every COOLDOWN_MS", (t) => {
  t.is(TREND, 4);
  let s = run(busy(20), TREND - 1, { ...late, inFlight: 3 });
  t.is(s.limit, INITIAL_LIMIT, "three late periods are not yet a trend");
  s = run(s, 1, { ...late, inFlight: 3 });
  t.is(s.limit, Math.floor(DECREASE * 20), "an unused limit says nothing about capacity: the cut starts from what was in flight");
  const cutAt = s.cutAt;
  s = run(s, COOLDOWN_MS / SAMPLE_PERIOD_MS - 1, { ...late, inFlight: 10 });
  t.is(s.limit, Math.floor(DECREASE * 20), "no second cut before the first has shown");
  t.is(s.cutAt, cutAt);
  s = run(s, 1, { ...late, inFlight: 10 });
  t.is(s.cutAt, s.sampledAt);
  t.is(s.limit, Math.floor((TARGET / s.delayMs) * 10), "from what was in flight since the first cut, deeper as the delay grows");
});

test("the later, the deeper the cut: DECREASE just over the target, down to 1 / DELAY_CLIP far over it", (t) => {
  let s = cutOnce(busy(40), 40);
  t.is(s.limit, Math.floor(DECREASE * 40));
  const before = s.limit;
  s = run(s, COOLDOWN_MS / SAMPLE_PERIOD_MS, { ...late, inFlight: 40 });
  t.true(s.delayMs > 1.5 * TARGET, `delay ${s.delayMs}`);
  t.is(s.limit, Math.floor((TARGET / s.delayMs) * before));
  t.true(s.limit < DECREASE * before);
  let halved = cutOnce(busy(40), 40);
  halved = run(halved, COOLDOWN_MS / SAMPLE_PERIOD_MS, { loopDelayMs: 100 * TARGET, utilization: 1, inFlight: 1000 });
  const last = halved.limit;
  t.true(last > 2 * MIN_LIMIT);
  halved = run(halved, COOLDOWN_MS / SAMPLE_PERIOD_MS, { loopDelayMs: 100 * TARGET, utilization: 1, inFlight: 1000 });
  t.true(halved.limit >= Math.floor(last / DELAY_CLIP), `never deeper than halving: ${last} → ${halved.limit}`);
  t.true(halved.limit < Math.floor(DECREASE * last), `far over the target, deeper than DECREASE: ${last} → ${halved.limit}`);
});

test("the limit never goes under MIN_LIMIT: a few setups are always admitted, however long the overload", (t) => {
  const s = run(busy(30), 200, { ...late, inFlight: 30 });
  t.is(s.limit, MIN_LIMIT);
  t.is(offer(s, 10).admitted, MIN_LIMIT);
});

test("late but mostly idle (a GC pause, a neighbour holding the CPU), or busy but on time: no cut", (t) => {
  const idleLate = run(initialOverload(T0), 30, { loopDelayMs: 10 * TARGET, utilization: BUSY_UTILIZATION - 0.1, inFlight: 20 });
  t.is(idleLate.limit, INITIAL_LIMIT);
  const busyOnTime = run(initialOverload(T0), 30, { loopDelayMs: TARGET / 2, utilization: 1, inFlight: 20 });
  t.is(busyOnTime.limit, INITIAL_LIMIT);
});

test("one stall counts at most DELAY_CLIP × the target: a single long pause, even with the setups it held up slow in the next sample, is not a trend; TREND late periods are", (t) => {
  const warm = run(initialOverload(T0), 10, { utilization: 1, inFlight: 8, setupMs: 4 });
  const stalled = run(warm, 1, { loopDelayMs: 5000, utilization: 1, inFlight: 8 });
  t.true(stalled.delayMs <= DELAY_CLIP * TARGET);
  const after = run(stalled, 1, { utilization: 1, inFlight: 8, setupMs: 5000 });
  t.is(run(after, 1, { utilization: 1, inFlight: 8, setupMs: 4 }).limit, INITIAL_LIMIT);
  t.true(run(warm, TREND, { ...late, inFlight: 8 }).limit < INITIAL_LIMIT);
});

test("setups slower than the unloaded setup time count as lateness even while the loop's timers are on time (queues behind it)", (t) => {
  let s = run(initialOverload(T0), 10, { utilization: 1, inFlight: 10, setupMs: 4 });
  t.is(s.baselineMs, 4);
  s = run(s, TREND, { utilization: 1, inFlight: 10, setupMs: 4 + 3 * TARGET });
  t.is(s.limit, Math.floor(DECREASE * 10));
  s = run(s, 100, { utilization: 1, inFlight: 10, setupMs: 4 + 3 * TARGET });
  t.true(s.baselineMs !== undefined && s.baselineMs < 4.5, `an overload never becomes the new normal (baseline ${s.baselineMs})`);
  s = run(s, 1, { utilization: 1, setupMs: 2 });
  t.is(s.baselineMs, 2, "a faster period lowers the unloaded setup time at once");
});

test("datagrams waiting in the SIP socket's receive queue count as lateness while the loop's timers are on time (a saturated process in short turns); on a mostly idle loop they do not cut", (t) => {
  let s = run(initialOverload(T0), 10, { utilization: 1, inFlight: 10, setupMs: 4 });
  s = run(s, TREND, { utilization: 1, inFlight: 10, setupMs: 4, receiveWaitMs: 3 * TARGET });
  t.is(s.limit, Math.floor(DECREASE * 10));
  t.true(s.delayMs > TARGET);
  const idle = run(initialOverload(T0), 30, { utilization: BUSY_UTILIZATION - 0.1, inFlight: 10, receiveWaitMs: 10 * TARGET });
  t.is(idle.limit, INITIAL_LIMIT, "another process holding the CPU: refusing would not cure it");
  const onTime = run(initialOverload(T0), 30, { utilization: 1, inFlight: 10, receiveWaitMs: TARGET / 2 });
  t.is(onTime.limit, INITIAL_LIMIT);
});

test("setups late by more than the target cut the limit however idle the loop: the routing behind it (another process) is saturated; then every INVITE is no longer admitted just because the loop is idle", (t) => {
  let s = run(initialOverload(T0), 10, { utilization: IDLE_UTILIZATION / 2, inFlight: 40, setupMs: 4 });
  t.true(admitInvite(s, 10_000).admit, "an idle loop with routing on time admits everything");
  s = run(s, TREND + 1, { utilization: IDLE_UTILIZATION / 2, inFlight: 40, setupMs: 4 + 3 * TARGET });
  t.true(s.routingLate);
  t.is(s.limit, Math.floor(DECREASE * 40));
  t.false(admitInvite(s, s.limit).admit);
  s = run(s, 30, { utilization: IDLE_UTILIZATION / 2, inFlight: 10, setupMs: 4 });
  t.false(s.routingLate);
  t.true(admitInvite(s, 10_000).admit);
});

test("the unloaded setup time follows setups that became slower for good, slowly, while the node is on time", (t) => {
  let s = run(initialOverload(T0), 1, { setupMs: 4 });
  s = run(s, 600, { setupMs: 14 });
  t.true(s.baselineMs !== undefined && s.baselineMs > 9 && s.baselineMs < 14, `baseline ${s.baselineMs}`);
  t.is(s.limit, INITIAL_LIMIT);
});

test("refusing, on samples under HEADROOM × target the limit grows by one each, on samples between that and the target it holds; not refusing, it stays", (t) => {
  let s = cutOnce(busy(8), 8);
  const cut = s.limit;
  t.is(cut, Math.floor(DECREASE * 8));
  s = run(s, 30, { loopDelayMs: TARGET * 0.75, utilization: 1, inFlight: cut });
  t.is(run(offer(s, 5, cut).state, 1, { loopDelayMs: TARGET * 0.75, utilization: 1, inFlight: cut }).limit, cut, "late-ish: hold");
  t.is(run(s, 20, { utilization: 1, inFlight: cut }).limit, cut, "nothing refused: no growth");
  t.true(s.delayMs > TARGET * 0.5);
  let grown = s;
  for (let i = 0; i < 5; i++) grown = run(offer(grown, 3, grown.limit).state, 1, { utilization: 1, inFlight: grown.limit });
  t.is(grown.limit, cut + 5, "on each on-time sample, while the smoothed delay still lags behind");
});

test("nothing refused and never late for RELEASE_MS: the limit comes back to INITIAL_LIMIT; refusing all along, it does not", (t) => {
  let s = cutOnce(busy(8), 8);
  t.true(s.limit < INITIAL_LIMIT);
  let refusing = s;
  for (let i = 0; i < (2 * RELEASE_MS) / SAMPLE_PERIOD_MS; i++) refusing = run(offer(refusing, 1, refusing.limit).state, 1, { loopDelayMs: TARGET * 0.75, utilization: 1, inFlight: refusing.limit });
  t.is(refusing.limit, s.limit, "still shedding: the overload is not over");
  t.is(run(refusing, 1, calm).limit, s.limit, "RELEASE_MS counts from the last refusal");
  // Late through the cooldown after the cut: RELEASE_MS counts from the last late period.
  s = run(s, COOLDOWN_MS / SAMPLE_PERIOD_MS - 1, { ...late, inFlight: 8 });
  s = run(s, RELEASE_MS / SAMPLE_PERIOD_MS - 1, calm);
  t.true(s.limit < INITIAL_LIMIT, "not yet");
  s = run(s, 1, calm);
  t.is(s.limit, INITIAL_LIMIT);
});

test("a clock stepping back, or two samples at one instant, change nothing", (t) => {
  const s = run(initialOverload(T0), 3, calm);
  t.is(observeOverload(s, { ...late, inFlight: 50 }, s.sampledAt, config), s);
  t.is(observeOverload(s, { ...late, inFlight: 50 }, s.sampledAt - 1000, config), s);
});

test("setup meter: a setup holds its slot until its routing answers and at least SETUP_SLOT_MS; readings give the median time of setups that ended, else the age of the oldest unanswered", (t) => {
  const m = new SetupMeter(100);
  t.deepEqual(m.read(0), { inFlight: 0 });
  const a = m.begin(0);
  const b = m.begin(10);
  t.is(m.inFlight(20), 2);
  t.deepEqual(m.read(50), { inFlight: 2, setupMs: 50 }, "none ended: the oldest's age, so a stuck routing shows");
  m.end(b, 30);
  m.end(a, 40);
  m.end(a, 90);
  t.deepEqual(m.read(60), { inFlight: 2, setupMs: 30 }, "median of 20 and 40; a second end of one setup is ignored; answered, they still hold their slots");
  t.is(m.inFlight(105), 1);
  t.is(m.inFlight(110), 0);
  const slow = m.begin(200);
  t.is(m.inFlight(1000), 1, "unanswered: in flight however long");
  t.deepEqual(m.read(1000), { inFlight: 1, setupMs: 800 });
  m.end(slow, 1200);
  t.is(m.inFlight(1200), 0);
  t.deepEqual(m.read(1300), { inFlight: 0, setupMs: 1000 });
  t.deepEqual(m.read(1400), { inFlight: 0 });
  const answered = m.begin(2000);
  m.begin(2010);
  m.end(answered, 2020);
  t.deepEqual(m.read(2025), { inFlight: 2, setupMs: 20 });
  t.deepEqual(m.read(2050), { inFlight: 2, setupMs: 40 }, "the oldest unanswered, not the oldest holding a slot");
});

test("setup meter: the median, so a minority of slow setups (one group failing over among many) does not move the reading", (t) => {
  const m = new SetupMeter(100);
  const ids = Array.from({ length: 5 }, () => m.begin(0));
  ids.forEach((id, i) => m.end(id, i < 2 ? 3000 : 4));
  t.deepEqual(m.read(3000), { inFlight: 0, setupMs: 4 }, "3 of 5 took 4 ms, 2 took 3 s");
});

test("setup meter: setups that end within the task that began them (routing in the same process) still count for SETUP_SLOT_MS: the limit is one on the rate too", (t) => {
  const m = new SetupMeter();
  for (let i = 0; i < 10; i++) m.end(m.begin(1000 + i), 1000 + i);
  t.is(m.inFlight(1009), 10);
  t.is(m.inFlight(1000 + SETUP_SLOT_MS + 4), 5);
  t.is(m.inFlight(1000 + SETUP_SLOT_MS + 10), 0);
});

test("AdmissionControl: past the adaptive limit a new INVITE gets 503 reason overload with a short jittered Retry-After, counted; the limit and delay are gauges; off, none of it", async (t) => {
  const clock = new SimulatedClock(T0);
  const registry = new Registry();
  let inFlight = 0;
  const setups = { inFlight: () => inFlight, read: () => ({ inFlight }) };
  const ac = new AdmissionControl({ limits: { overloadDelayMs: TARGET }, clock, load: () => 0, setups, registry, random: () => 0.99 });
  t.true(ac.adaptive);
  for (let i = 0; i < 5; i++) {
    clock.advanceTo(clock.now() + SAMPLE_PERIOD_MS);
    ac.observe({ delayMs: 0, utilization: 1 });
  }
  inFlight = INITIAL_LIMIT - 1;
  t.true(ac.invite().admit);
  inFlight = INITIAL_LIMIT;
  t.deepEqual(ac.invite(), { admit: false, reason: "overload", retryAfter: 2 * OVERLOAD_RETRY_AFTER_S });
  const text = await registry.metrics();
  t.regex(text, /sip_requests_shed_total\{method="INVITE",reason="overload"\} 1\b/);
  t.regex(text, new RegExp(`sip_admission_setups_limit ${INITIAL_LIMIT}\\b`));
  t.regex(text, new RegExp(`sip_admission_setups ${INITIAL_LIMIT}\\b`));
  t.regex(text, /sip_admission_delay_seconds 0\b/);
  t.regex(text, /sip_udp_receive_wait_seconds 0\b/, "no probe reading yet");
  clock.advanceTo(clock.now() + SAMPLE_PERIOD_MS);
  ac.observe({ delayMs: 0, utilization: 1, receiveWaitMs: 250 });
  clock.advanceTo(clock.now() + SAMPLE_PERIOD_MS);
  ac.observe({ delayMs: 0, utilization: 1 });
  t.regex(await registry.metrics(), /sip_udp_receive_wait_seconds 0\.25\b/, "the latest reading, kept through a sample without one");

  const offRegistry = new Registry();
  const off = new AdmissionControl({ limits: {}, clock, load: () => 0, setups, registry: offRegistry });
  t.false(off.adaptive);
  off.observe({ delayMs: 1000, utilization: 1 });
  t.true(off.invite().admit);
  t.notRegex(await offRegistry.metrics(), /sip_admission_setups_limit/);
  t.regex(await offRegistry.metrics(), /sip_requests_shed_total\{method="INVITE",reason="overload"\} 0\b/);
});

test.serial("loop sampler: a loop held for 300 ms shows as a late, busy period in the next samples, each with the receive wait read at its tick; stopped, it samples no more", async (t) => {
  const samples: LoopSample[] = [];
  let reads = 0;
  const sampler = new LoopSampler(
    (s) => samples.push(s),
    () => (++reads % 2 === 0 ? reads : undefined),
  );
  sampler.start();
  await new Promise((r) => setTimeout(r, 2 * SAMPLE_PERIOD_MS));
  const end = performance.now() + 300;
  while (performance.now() < end);
  await new Promise((r) => setTimeout(r, 3 * SAMPLE_PERIOD_MS));
  sampler.stop();
  const taken = samples.length;
  await new Promise((r) => setTimeout(r, 2 * SAMPLE_PERIOD_MS));
  t.is(samples.length, taken);
  t.true(samples.some((s) => s.delayMs >= 150 && s.utilization >= 0.5), JSON.stringify(samples));
  t.true(samples.every((s) => s.utilization >= 0 && s.utilization <= 1 && s.delayMs >= 0));
  t.is(reads, taken);
  t.deepEqual(
    samples.map((s) => s.receiveWaitMs),
    samples.map((_, i) => ((i + 1) % 2 === 0 ? i + 1 : undefined)),
  );
});

/**
 * A toy node in simulated time, 1 ms steps: every admitted call puts WORK_MS of work on
 * one loop; a setup waits behind the loop's backlog and then takes BASE_MS; a sample
 * every period reports the backlog as the loop's delay. Offered twice its capacity, the
 * limit has to shed about half and keep the backlog near the target; offered half, shed
 * nothing.
 */
function toyNode(offeredPerS: number, seconds: number): { admitted: number; refused: number; backlogs: number[]; limits: number[] } {
  const WORK_MS = 4; // capacity 250 setups/s
  const BASE_MS = 5;
  let s = initialOverload(0);
  let backlog = 0;
  let busyInPeriod = 0;
  let setupsEnded: number[] = [];
  const ends: number[] = [];
  let admitted = 0;
  let refused = 0;
  let due = 0;
  const backlogs: number[] = [];
  const limits: number[] = [];
  for (let now = 1; now <= seconds * 1000; now++) {
    busyInPeriod += Math.min(1, backlog);
    backlog = Math.max(0, backlog - 1);
    for (let i = ends.length - 1; i >= 0; i--) {
      const end = ends[i] ?? Infinity;
      if (end <= now) {
        ends.splice(i, 1);
        setupsEnded.push(end);
      }
    }
    due += offeredPerS / 1000;
    while (due >= 1) {
      due -= 1;
      const r = admitInvite(s, ends.length);
      s = r.state;
      if (!r.admit) {
        refused++;
        continue;
      }
      admitted++;
      ends.push(Math.max(now + backlog + BASE_MS, now + SETUP_SLOT_MS));
      backlog += WORK_MS;
    }
    if (now % SAMPLE_PERIOD_MS === 0) {
      const setupMs = setupsEnded.length > 0 ? BASE_MS + backlog : undefined;
      s = observeOverload(s, { loopDelayMs: backlog, utilization: busyInPeriod / SAMPLE_PERIOD_MS, inFlight: ends.length, ...(setupMs !== undefined ? { setupMs } : {}) }, now, config);
      setupsEnded = [];
      busyInPeriod = 0;
      backlogs.push(backlog);
      limits.push(s.limit);
    }
  }
  return { admitted, refused, backlogs, limits };
}

test("toy node at twice its capacity: sheds the excess, keeps taking at least 3/4 of its capacity, its delay stays near the target after the first seconds", (t) => {
  const { admitted, refused, backlogs, limits } = toyNode(500, 30);
  t.true(admitted >= 0.75 * 250 * 30, `admitted ${admitted}`);
  t.true(refused >= 0.3 * 500 * 30, `refused ${refused}`);
  const settled = backlogs.slice(30).sort((a, b) => a - b);
  const p95 = settled[Math.floor(settled.length * 0.95)] ?? Infinity;
  t.true(p95 <= DELAY_CLIP * TARGET, `backlog p95 ${p95} ms`);
  t.true(Math.min(...limits) >= MIN_LIMIT);
});

test("toy node at half its capacity: nothing shed", (t) => {
  const { refused, limits } = toyNode(125, 30);
  t.is(refused, 0);
  t.is(Math.min(...limits), INITIAL_LIMIT);
});
