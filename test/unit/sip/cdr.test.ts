/**
 * Call records (G3): how a trunk leg's end maps to an outcome, the record a leg's life
 * produces on simulated time, the embedded JSON-lines sink, and the reader's checks.
 */
import test from "ava";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { CallRecorder, FileCdrSink, outcomeOf, parseCallRecord, type CallRecord, type CdrSink, type OutboundLeg, type TrunkLegInfo } from "../../../services/signaling/index.js";

test("outcomeOf: answered; our CANCEL → cancelled; 486/600/603 → busy; 408/480 from the trunk → noAnswer; no response at all or other statuses → failed", (t) => {
  t.is(outcomeOf({ status: 200, answered: true, by: "remote", reason: "hung up" }), "answered");
  t.is(outcomeOf({ status: 200, answered: true, by: "local", reason: "caller hung up" }), "answered");
  t.is(outcomeOf({ status: 487, answered: false, failure: "cancelled", by: "local", reason: "cancelled" }), "cancelled");
  for (const status of [486, 600, 603]) t.is(outcomeOf({ status, answered: false, failure: "busy", by: "remote", reason: "x" }), "busy", String(status));
  for (const status of [408, 480]) t.is(outcomeOf({ status, answered: false, failure: "unreachable", by: "remote", reason: "x" }), "noAnswer", String(status));
  t.is(outcomeOf({ status: 408, answered: false, failure: "unreachable", by: "local", reason: "transaction timed out" }), "failed", "Timer B, not the trunk saying so");
  t.is(outcomeOf({ status: 503, answered: false, failure: "unreachable", by: "local", reason: "ECONNREFUSED" }), "failed");
  t.is(outcomeOf({ status: 404, answered: false, failure: "unreachable", by: "remote", reason: "Not Found" }), "failed");
});

class MemorySink implements CdrSink {
  readonly records: CallRecord[] = [];
  write(r: CallRecord): void {
    this.records.push(r);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

const leg = { sipCallId: "0123456789abcdef01234567" } as unknown as OutboundLeg;
const info: TrunkLegInfo = { kind: "external", org: "acme", group: "sales", callId: "n_1_a_0000", caller: "+358401111111", called: "+358501234567", billingId: "FI-9876" };

function recorder() {
  const clock = new SimulatedClock(Date.UTC(2026, 0, 5, 9, 0, 0));
  const sink = new MemorySink();
  const calls: string[] = [];
  const events = recorderFor(clock, sink).track(info, {
    onAnswer: () => calls.push("answer"),
    onFailed: (_l, f, s) => calls.push(`failed:${f}:${s}`),
    onBye: () => calls.push("bye"),
  });
  return { clock, sink, events, calls };
}

function recorderFor(clock: SimulatedClock, sink: CdrSink): CallRecorder {
  return new CallRecorder({ sink, clock, nodeId: "n_1", trunk: "sip:192.0.2.10:5060", log: silentLogger() });
}

test("an answered trunk leg: start when tracked, answer at the 2xx, talk time to the end; the wrapped events still reach the call", async (t) => {
  const { clock, sink, events, calls } = recorder();
  clock.advanceTo(clock.now() + 4000);
  events.onAnswer(leg, undefined);
  clock.advanceTo(clock.now() + 61_500);
  events.onBye(leg);
  events.onEnded?.(leg, { status: 200, answered: true, by: "remote", reason: "hung up" });
  await Promise.resolve();
  t.deepEqual(calls, ["answer", "bye"]);
  t.deepEqual(sink.records, [
    {
      v: 1,
      id: "n_1_a_0000.0123456789abcdef01234567",
      kind: "external",
      org: "acme",
      group: "sales",
      billingId: "FI-9876",
      callId: "n_1_a_0000",
      sipCallId: "0123456789abcdef01234567",
      caller: "+358401111111",
      called: "+358501234567",
      trunk: "sip:192.0.2.10:5060",
      node: "n_1",
      startedAt: "2026-01-05T09:00:00.000Z",
      answeredAt: "2026-01-05T09:00:04.000Z",
      endedAt: "2026-01-05T09:01:05.500Z",
      durationMs: 61_500,
      outcome: "answered",
      sipStatus: 200,
      endedBy: "trunk",
      reason: "hung up",
    },
  ]);
});

test("an unanswered leg has no answer time and zero duration; a mobile leg's billing id is looked up when written, and a failed lookup still writes the record", async (t) => {
  const { clock, sink, events } = recorder();
  clock.advanceTo(clock.now() + 3000);
  events.onEnded?.(leg, { status: 486, answered: false, failure: "busy", by: "remote", reason: "Busy Here" });
  await Promise.resolve();
  const busy = sink.records.at(0);
  t.like(busy, { outcome: "busy", sipStatus: 486, durationMs: 0, endedBy: "trunk", reason: "Busy Here" });
  t.false(busy !== undefined && "answeredAt" in busy);

  const mobile = new MemorySink();
  const r = recorderFor(clock, mobile);
  const noop = { onAnswer: () => undefined, onFailed: () => undefined, onBye: () => undefined };
  const mob = { ...info, kind: "mobile" as const, agent: "alice" };
  r.track({ ...mob, billingId: () => Promise.resolve("FI-1234") }, noop).onEnded?.(leg, { status: 487, answered: false, failure: "cancelled", by: "local", reason: "x" });
  r.track({ ...mob, billingId: () => Promise.reject(new Error("store down")) }, noop).onEnded?.(leg, { status: 487, answered: false, failure: "cancelled", by: "local", reason: "x" });
  for (let i = 0; i < 5; i++) await Promise.resolve();
  t.deepEqual(
    mobile.records.map((x) => [x.kind, x.agent, x.billingId, x.outcome, x.endedBy]),
    [
      ["mobile", "alice", "FI-1234", "cancelled", "platform"],
      ["mobile", "alice", "", "cancelled", "platform"],
    ],
  );
});

test("embedded sink: one JSON document per line in <dataDir>/cdr.jsonl, created on the first record; each line reads back as the record", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-cdr-"));
  try {
    const path = join(dir, "data", "cdr.jsonl");
    const registry = new Registry();
    const sink = new FileCdrSink(path, silentLogger(), registry);
    await t.throwsAsync(stat(path), { code: "ENOENT" }, "no file before a record");
    const { clock, events } = recorder();
    const r = recorderFor(clock, sink);
    for (const status of [486, 480]) {
      r.track(info, events).onEnded?.(leg, { status, answered: false, failure: "busy", by: "remote", reason: `r${status}` });
    }
    await Promise.resolve();
    await sink.close(2000);
    const lines = (await readFile(path, "utf8")).split("\n");
    t.is(lines.pop(), "", "newline-terminated");
    t.deepEqual(
      lines.map((l) => parseCallRecord(l)).map((x) => [x.outcome, x.reason]),
      [
        ["busy", "r486"],
        ["noAnswer", "r480"],
      ],
    );
    t.regex(await registry.metrics(), /sip_cdr_written_total 2/);
    sink.write(parseCallRecord(lines[0] ?? ""));
    t.regex(await registry.metrics(), /sip_cdr_lost_total 1/, "a record after close is counted lost, not silently dropped");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("parseCallRecord refuses what is not a v1 record, naming the field", (t) => {
  const good: CallRecord = {
    v: 1, id: "a.b", kind: "external", org: "acme", group: "g", billingId: "", callId: "a", sipCallId: "b", caller: "1", called: "2", trunk: "sip:t", node: "n",
    startedAt: "2026-01-01T00:00:00.000Z", endedAt: "2026-01-01T00:00:01.000Z", durationMs: 0, outcome: "failed", sipStatus: 503, endedBy: "platform", reason: "x",
  };
  t.deepEqual(parseCallRecord(JSON.stringify(good)), good);
  t.throws(() => parseCallRecord(JSON.stringify({ ...good, v: 2 })), { message: /version/ });
  t.throws(() => parseCallRecord(JSON.stringify({ ...good, billingId: 7 })), { message: /billingId/ });
  t.throws(() => parseCallRecord(JSON.stringify({ ...good, outcome: "maybe" })), { message: /outcome/ });
  t.throws(() => parseCallRecord(JSON.stringify({ ...good, durationMs: "0" })), { message: /durationMs/ });
  t.throws(() => parseCallRecord("[]"), { message: /version/ });
});
