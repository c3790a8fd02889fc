/**
 * Signaling cluster membership and node-gone cleanup on a fake wire and virtual time:
 * who notices a node gone, when, with which groups, and which one survivor tells them.
 */
import test from "ava";
import { SimulatedClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import type { SignalingNodeGone } from "../../../lib/routing/messages.js";
import { ownerOf } from "../../../lib/runtime/index.js";
import { subjects } from "../../../lib/subjects.js";
import { NodeGoneCleanup, SignalingMembership, type GoneReason, type GroupCalls, type NodeRun, type Wire } from "../../../services/signaling/index.js";

/** Every subscriber of a subject gets every message, synchronously, like one NATS server. */
class FakeBus {
  private readonly subs = new Map<string, Set<(d: Uint8Array) => void>>();
  published = 0;
  wire(): Wire {
    return {
      publish: (subject, data) => {
        this.published++;
        for (const f of [...(this.subs.get(subject) ?? [])]) f(data);
      },
      subscribe: (subject, f) => {
        const set = this.subs.get(subject) ?? new Set();
        set.add(f);
        this.subs.set(subject, set);
        return { unsubscribe: () => set.delete(f) };
      },
    };
  }
}

interface Member {
  readonly m: SignalingMembership;
  readonly gone: { run: NodeRun; reason: GoneReason }[];
  calls: GroupCalls[];
}

function member(bus: FakeBus, clock: SimulatedClock, nodeId: string, epoch = "e1"): Member {
  const me: Member = {
    gone: [],
    calls: [],
    m: new SignalingMembership({
      wire: bus.wire(),
      clock,
      nodeId,
      epoch,
      calls: () => me.calls,
      onGone: (run, reason) => me.gone.push({ run, reason }),
      heartbeatMs: 1000,
      missedBeats: 3,
    }),
  };
  me.m.start();
  return me;
}

test("nodes learn each other at once, and a node that stops beating is gone after 3 missed beats with the groups of its last beat", (t) => {
  const bus = new FakeBus();
  const clock = new SimulatedClock(1_000_000);
  const a = member(bus, clock, "a");
  const b = member(bus, clock, "b");
  t.deepEqual(a.m.nodes().sort(), ["a", "b"]);
  t.deepEqual(b.m.nodes().sort(), ["a", "b"]);
  a.calls = [{ org: "acme", group: "support", calls: 2 }];
  clock.advanceBy(1000);
  // kill -9: no leaving beat, the timers just stop.
  a.m.close();
  clock.advanceBy(2900);
  t.deepEqual(b.gone, [], "not before 3 beats were missed");
  clock.advanceBy(600);
  t.deepEqual(b.gone, [{ run: { nodeId: "a", epoch: "e1", groups: [{ org: "acme", group: "support", calls: 2 }] }, reason: "timeout" }]);
  t.deepEqual(b.m.nodes(), ["b"]);
  b.m.close();
});

test("a graceful leave is seen at once; a restart under the same id ends the old run only", (t) => {
  const bus = new FakeBus();
  const clock = new SimulatedClock(0);
  const b = member(bus, clock, "b");
  const a1 = member(bus, clock, "a", "run1");
  a1.calls = [{ org: "acme", group: "support", calls: 1 }];
  clock.advanceBy(1000);
  a1.m.close();
  const a2 = member(bus, clock, "a", "run2");
  t.deepEqual(b.gone, [{ run: { nodeId: "a", epoch: "run1", groups: [{ org: "acme", group: "support", calls: 1 }] }, reason: "restarted" }]);
  t.deepEqual(b.m.nodes().sort(), ["a", "b"]);
  a2.m.leave();
  t.is(b.gone.length, 2);
  t.deepEqual(b.gone[1], { run: { nodeId: "a", epoch: "run2", groups: [] }, reason: "left" });
  clock.advanceBy(10_000);
  t.is(b.gone.length, 2, "a node that left is not timed out again");
  b.m.close();
});

test("a group's first call is announced at once; later calls to it cost no extra beat", (t) => {
  const bus = new FakeBus();
  const clock = new SimulatedClock(0);
  const b = member(bus, clock, "b");
  const a = member(bus, clock, "a");
  const before = bus.published;
  a.calls = [{ org: "acme", group: "support", calls: 1 }];
  a.m.announceGroup("acme", "support");
  t.is(bus.published, before + 1);
  a.calls = [{ org: "acme", group: "support", calls: 2 }];
  a.m.announceGroup("acme", "support");
  t.is(bus.published, before + 1);
  // Dies before any periodic beat: b still knows which group to tell.
  a.m.close();
  clock.advanceBy(4000);
  t.deepEqual(b.gone[0]?.run.groups, [{ org: "acme", group: "support", calls: 1 }]);
  b.m.close();
});

test("malformed beats are ignored", (t) => {
  const bus = new FakeBus();
  const clock = new SimulatedClock(0);
  const b = member(bus, clock, "b");
  const w = bus.wire();
  const enc = (v: unknown) => new TextEncoder().encode(typeof v === "string" ? v : JSON.stringify(v));
  for (const junk of ["{", "null", [], { node: "x y", epoch: "e" }, { node: "x", epoch: "E!" }, { node: "x" }]) w.publish(subjects.members("signaling"), enc(junk));
  w.publish(subjects.members("signaling"), enc({ node: "x", epoch: "e1", groups: [["acme", "sup port", 1], "bad", ["acme", "support", 3]] }));
  t.deepEqual(b.m.nodes().sort(), ["b", "x"]);
  clock.advanceBy(4000);
  t.deepEqual(b.gone[0]?.run.groups, [{ org: "acme", group: "support", calls: 3 }], "only the well-formed group is kept");
  b.m.close();
});

// ---------------------------------------------------------------- cleanup

interface Told {
  readonly by: string;
  readonly org: string;
  readonly group: string;
  readonly event: SignalingNodeGone;
  readonly key: string;
}

function cleaners(clock: SimulatedClock, live: Set<string>, told: Told[], ended: Map<string, number>, fail = 0) {
  let failures = fail;
  const make = (self: string) =>
    new NodeGoneCleanup({
      self,
      nodes: () => [...live],
      tellGroup: (org, group, event, key) => {
        if (failures > 0) {
          failures--;
          return Promise.reject(new Error("group moving"));
        }
        told.push({ by: self, org, group, event, key });
        return Promise.resolve();
      },
      clock,
      log: silentLogger(),
      metrics: { nodeGone: () => undefined, callsEnded: (n) => ended.set(self, (ended.get(self) ?? 0) + n) },
      retryMs: 100,
    });
  return make;
}

const run: NodeRun = {
  nodeId: "dead",
  epoch: "e1",
  groups: [
    { org: "acme", group: "support", calls: 2 },
    { org: "acme", group: "sales", calls: 1 },
  ],
};
const flush = () => new Promise((r) => setImmediate(r));

test("exactly one survivor tells every group of the dead run, once, and counts its calls", async (t) => {
  const clock = new SimulatedClock(0);
  const live = new Set(["n1", "n2", "n3"]);
  const told: Told[] = [];
  const ended = new Map<string, number>();
  const make = cleaners(clock, live, told, ended);
  const all = [...live].map(make);
  for (const c of all) c.gone(run, "timeout");
  for (const c of all) c.gone(run, "timeout");
  await flush();
  t.is(new Set(told.map((x) => x.by)).size, 1);
  t.deepEqual(told.map((x) => x.group).sort(), ["sales", "support"]);
  t.true(told.every((x) => x.event.nodeId === "dead" && x.event.epoch === "e1" && x.key === "nodeGone:dead_e1"));
  t.deepEqual([...ended.values()], [3]);
});

test("when the cleaning survivor dies too, the next owner takes over on the view change", async (t) => {
  const clock = new SimulatedClock(0);
  const live = new Set(["n1", "n2", "n3"]);
  const told: Told[] = [];
  const make = cleaners(clock, live, told, new Map());
  const owner = ownerOf(live, "dead_e1");
  if (owner === undefined) return t.fail("no owner");
  // The owner dies before it could clean up: the others saw the run gone but it was not theirs.
  const others = [...live].filter((n) => n !== owner).map(make);
  for (const c of others) c.gone(run, "timeout");
  await flush();
  t.deepEqual(told, []);
  live.delete(owner);
  for (const c of others) c.review();
  await flush();
  t.is(new Set(told.map((x) => x.by)).size, 1);
  t.not(told[0]?.by, owner);
  t.is(told.length, 2);
  for (const c of others) c.review();
  await flush();
  t.is(told.length, 2, "a run is cleaned once per node");
});

test("a failing tell is retried with backoff", async (t) => {
  const clock = new SimulatedClock(0);
  const live = new Set(["n1"]);
  const told: Told[] = [];
  const c = cleaners(clock, live, told, new Map(), 2)("n1");
  c.gone({ ...run, groups: [{ org: "acme", group: "support", calls: 1 }] }, "timeout");
  await flush();
  t.is(told.length, 0);
  for (let i = 0; i < 5; i++) {
    clock.advanceBy(400);
    await flush();
  }
  t.is(told.length, 1);
});
