/**
 * `signalingNodeGone`: the group ends every call the dead signaling run minted (waiting
 * ones as abandoned, connected ones as ended) and the agents those calls held are freed;
 * calls of other nodes and of a later run of the same node stay; a repeat is a no-op.
 * The group and agent deciders run together here, their messages pumped between them.
 */
import test from "ava";
import { member } from "../../../lib/routing/sim/spec.js";
import { decodeGroupMessage, encodeGroupMessage } from "../../../lib/routing/codec.js";
import type { GroupEvent } from "../../../lib/routing/messages.js";
import type { ToAgent } from "../../../lib/routing/protocol.js";
import type { TimerEffect } from "../../../lib/runtime/decider.js";
import { createAgentState, decideAgent, type AgentEvent, type AgentState } from "../../../services/agent-actor/index.js";
import { decideGroup, mintedBy, type GroupEffect, type GroupState } from "../../../services/queue-actor/index.js";
import { CallIdMinter, nodeOfCallId } from "../../../services/signaling/index.js";
import { G, makeGroup } from "./helpers.js";

type Out = readonly (GroupEffect | TimerEffect)[];

/** A group and its agents, every message between them delivered at once (timers ignored). */
class Cluster {
  readonly agents = new Map<string, AgentState>();
  readonly effects: (GroupEffect | TimerEffect)[] = [];

  constructor(readonly group: GroupState, agents: readonly string[]) {
    for (const a of agents) this.agents.set(a, createAgentState(a, ["desktop"]));
  }

  toGroup(e: GroupEvent, now: number): Out {
    const out: (GroupEffect | TimerEffect)[] = [];
    const queue: ({ to: "group"; e: GroupEvent } | { to: "agent"; m: ToAgent | AgentEvent; id: string })[] = [{ to: "group", e }];
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      if (item.to === "group") {
        const effects = decideGroup(this.group, item.e, now).effects;
        out.push(...effects);
        for (const fx of effects) if (fx.type === "toAgent") queue.push({ to: "agent", m: fx.message, id: fx.message.agentId });
      } else {
        const agent = this.agents.get(item.id);
        if (agent === undefined) continue;
        for (const fx of decideAgent(agent, item.m, now).effects) if (fx.type === "toGroup") queue.push({ to: "group", e: fx.message });
      }
    }
    this.effects.push(...out);
    return out;
  }

  login(agentId: string, now: number): void {
    this.toGroup({ type: "agentStatus", agentId, groupId: G, seq: 0, availability: "loggedOut", presence: "available", idleSince: 0, neverCalled: true, devices: ["desktop"] }, now);
    const agent = this.agents.get(agentId);
    if (agent === undefined) throw new Error(agentId);
    for (const fx of decideAgent(agent, { type: "login", groupId: G }, now).effects) if (fx.type === "toGroup") this.toGroup(fx.message, now);
  }

  phase(agentId: string): string {
    return this.agents.get(agentId)?.phase ?? "none";
  }
}

const minterA = new CallIdMinter("sig_node-a");
const minterB = new CallIdMinter("sig_node-b");
const gone = (nodeId: string, epoch: string): GroupEvent => ({ type: "signalingNodeGone", nodeId, epoch });
const free = (phase: string) => phase === "available" || phase === "collecting";

/** alice connected on a call from node A, bob ringing for another call from node A, one more A call queued, one B call queued. */
function scene(): { c: Cluster; connected: string; ringing: string; queuedA: string; queuedB: string } {
  const c = new Cluster(makeGroup([member("alice"), member("bob")], { routing: { wrapUpSeconds: 0 } }), ["alice", "bob"]);
  c.login("alice", 0);
  c.login("bob", 0);
  const connected = minterA.next();
  c.toGroup({ type: "callArrived", callId: connected, caller: "+358401" }, 10);
  const aliceOn = c.group.calls.get(connected)?.legs[0]?.agentId;
  if (aliceOn === undefined) throw new Error("no agent rang for the first call");
  c.toGroup({ type: "legAnswered", callId: connected, agentId: aliceOn, connected: true }, 20);
  const ringing = minterA.next();
  c.toGroup({ type: "callArrived", callId: ringing, caller: "+358402" }, 30);
  const queuedA = minterA.next();
  c.toGroup({ type: "callArrived", callId: queuedA, caller: "+358403" }, 40);
  const queuedB = minterB.next();
  c.toGroup({ type: "callArrived", callId: queuedB, caller: "+358404" }, 50);
  return { c, connected, ringing, queuedA, queuedB };
}

test("the scene: one call connected, one ringing, two queued, both agents busy", (t) => {
  const { c, connected, ringing, queuedA, queuedB } = scene();
  t.is(c.group.calls.get(connected)?.phase, "connected");
  t.is(c.group.calls.get(ringing)?.phase, "offering");
  t.deepEqual([c.group.calls.get(queuedA)?.phase, c.group.calls.get(queuedB)?.phase], ["queued", "queued"]);
  t.deepEqual([...c.agents.values()].map((a) => a.phase).sort(), ["onCall", "reserved"]);
});

const cases: { name: string; event: (s: ReturnType<typeof scene>) => GroupEvent; ended: (s: ReturnType<typeof scene>) => string[] }[] = [
  { name: "node A's run: its connected, ringing and queued calls end, B's call stays", event: () => gone("sig_node-a", minterA.epoch), ended: (s) => [s.connected, s.ringing, s.queuedA] },
  { name: "node B's run: only B's queued call ends", event: () => gone("sig_node-b", minterB.epoch), ended: (s) => [s.queuedB] },
  { name: "an older run of node A: A's current calls stay", event: () => gone("sig_node-a", "0000aaaa"), ended: () => [] },
  { name: "a node id that is a prefix of A's: nothing", event: () => gone("sig_node", minterA.epoch), ended: () => [] },
  { name: "an empty epoch never matches", event: () => gone("sig_node-a", ""), ended: () => [] },
];

for (const k of cases) {
  test(`signalingNodeGone, ${k.name}`, (t) => {
    const s = scene();
    const before = new Set(s.c.group.calls.keys());
    const out = s.c.toGroup(k.event(s), 1000);
    const endedNow = [...before].filter((id) => !s.c.group.calls.has(id));
    // The ringing call ending frees bob, who may then be offered B's call: only the A calls must be gone.
    t.deepEqual(endedNow.sort(), k.ended(s).sort());
    t.deepEqual(s.c.group.queue.filter((id) => !s.c.group.calls.has(id)), [], "the queue holds no ended call");
    const finished = out.flatMap((e) => (e.type === "publish" && e.event.name === "callFinished" && e.event.reason === "callerHungUp" ? [e.event.callId] : []));
    const completed = out.flatMap((e) => (e.type === "publish" && e.event.name === "callCompleted" ? [e.event.callId] : []));
    t.deepEqual([...finished, ...completed].sort(), k.ended(s).sort(), "waiting calls finish as abandoned, connected ones complete");
  });
}

test("signalingNodeGone frees the agents: the one on the connected call and the one whose device rang", (t) => {
  const s = scene();
  const out = s.c.toGroup(gone("sig_node-a", minterA.epoch), 1000);
  t.true(out.some((e) => e.type === "cancelRing" && e.callId === s.ringing), "the ring is cancelled (signaling of the dead node ignores it)");
  // Only B's call is left; one agent is free, the other now rings for it.
  t.deepEqual([...s.c.group.calls.keys()], [s.queuedB]);
  const phases = [...s.c.agents.values()].map((a) => a.phase);
  t.true(phases.some(free), phases.join());
  t.true(phases.every((p) => free(p) || p === "reserved"), phases.join());
  t.false([...s.c.agents.values()].some((a) => a.call !== undefined), "no agent is left on a call");
  t.false([...s.c.agents.values()].some((a) => a.reservation !== undefined && a.reservation.callId !== s.queuedB), "no agent is reserved for a gone call");
});

test("signalingNodeGone is idempotent: a repeat changes nothing and emits nothing", (t) => {
  const s = scene();
  s.c.toGroup(gone("sig_node-a", minterA.epoch), 1000);
  const calls = [...s.c.group.calls.keys()];
  const phases = [...s.c.agents.values()].map((a) => a.phase);
  t.deepEqual(s.c.toGroup(gone("sig_node-a", minterA.epoch), 2000), []);
  t.deepEqual([...s.c.group.calls.keys()], calls);
  t.deepEqual([...s.c.agents.values()].map((a) => a.phase), phases);
});

test("a group with no calls ignores signalingNodeGone", (t) => {
  const g = makeGroup([member("alice")]);
  t.deepEqual(decideGroup(g, gone("sig_node-a", minterA.epoch), 0).effects, []);
});

test("mintedBy agrees with the signaling minter and nodeOfCallId, node ids with underscores included", (t) => {
  for (const node of ["a", "sig_node-a", "x_1_y", "n_00000000"]) {
    const m = new CallIdMinter(node);
    for (let i = 0; i < 50; i++) {
      const id = m.next();
      t.is(nodeOfCallId(id), node);
      t.true(mintedBy(id, node, m.epoch), id);
      t.false(mintedBy(id, `${node}x`, m.epoch), id);
      t.false(mintedBy(id, node, "zzzzzzzz"), id);
    }
  }
  t.false(mintedBy("c1", "c1", "0"), "ids not minted by signaling belong to no node");
});

test("codec: signalingNodeGone round-trips", (t) => {
  const e = { type: "signalingNodeGone", nodeId: "sig_node-a", epoch: minterA.epoch } as const;
  t.deepEqual(decodeGroupMessage(encodeGroupMessage(e)), e);
});
