import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import type { AgentMessage, GroupMessage } from "../../../lib/routing/codec.js";
import type { ConfigSource, GroupConfig } from "../../../lib/routing/config.js";
import { groupMetrics } from "../../../lib/routing/metrics.js";
import { decodeCallCommand, type CallCommand, type Publisher, type SignalingPort } from "../../../lib/routing/outbound.js";
import { ungatedEvents } from "../../../lib/routing/events.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { subjects, SubjectTokenError } from "../../../lib/subjects.js";
import { encodeState } from "../../../lib/routing/snapshot.js";
import type { Addressable, EffectContext, TimerFired } from "../../../lib/runtime/index.js";
import { createGroupKind, decideGroupActor, decodeGroupActorState, encodeGroupActorState, type GroupActorState } from "../../../services/queue-actor/index.js";

interface Told {
  kind: string;
  id: string;
  event: GroupMessage | AgentMessage;
  key: string | undefined;
}

function harness(config: GroupConfig | undefined, stored?: Uint8Array) {
  const commands: { org: string; groupId: string; command: CallCommand; key: string }[] = [];
  const published: string[] = [];
  const told: Told[] = [];
  const registry = new Registry();
  const source: ConfigSource = { group: () => Promise.resolve(config), user: () => Promise.resolve(undefined) };
  const signaling: SignalingPort = { send: (org, groupId, command, key) => commands.push({ org, groupId, command, key }) };
  const publisher: Publisher = { publish: (subject) => published.push(subject) };
  const kind = createGroupKind({ config: source, signaling, events: ungatedEvents(publisher), metrics: groupMetrics(registry, systemClock), logger: silentLogger() });
  const record = <E>(k: Addressable<E>, id: string, event: E): void => {
    told.push({ kind: k.kind, id, event: event as GroupMessage | AgentMessage, key: undefined });
  };
  let revision = 0;
  const ctx = (): EffectContext => {
    revision++;
    return {
      self: { kind: "group", id: "acme.support" },
      epoch: 7,
      revision,
      commit: `group.acme.support@7.${revision}`,
      logger: silentLogger(),
      now: () => 0,
      tell<E>(k: Addressable<E>, id: string, event: E) {
        record(k, id, event);
        return Promise.resolve();
      },
      post: record,
      ask: () => Promise.resolve(undefined),
    };
  };
  let state: GroupActorState = stored === undefined ? kind.initial("acme.support") : kind.codec.decodeState(stored);
  let last: ReturnType<typeof kind.decide> | undefined;
  const step = async (event: GroupMessage | TimerFired, now = 1000) => {
    const d = kind.decide(state, event, now);
    last = d;
    state = d.state;
    const effects = d.effects.filter((e) => e.type !== "startTimer" && e.type !== "cancelTimer");
    await kind.effects?.(effects, ctx());
    return d.effects;
  };
  /** The answer an ask of the last event would get. */
  const reply = (event: GroupMessage) => (last === undefined ? undefined : kind.reply?.(last, event));
  return { kind, step, reply, commands, published, told, registry, get state() { return state; } };
}

test("a new group fetches its document first; a call that arrived meanwhile is replayed after it", async (t) => {
  const spec = groupSpec([member("alice")], { queue: { noAgentsDestination: { type: "announcement", announcement: "no-agents" } } });
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "callArrived", callId: "c1", caller: "+358401" });
  t.deepEqual(h.commands, [], "nothing is decided without a spec");
  t.deepEqual(h.told, [{ kind: "group", id: "acme.support", event: { type: "configChanged", spec, version: "v1" }, key: undefined }]);
  await h.step({ type: "configChanged", spec, version: "v1" }, 2000);
  t.deepEqual(
    h.commands.map((c) => [c.org, c.groupId, c.command.type, c.command.type === "routeCall" ? c.command.reason : ""]),
    [
      ["acme", "support", "askHeld", ""],
      ["acme", "support", "routeCall", "noAgentsLoggedIn"],
    ],
    "built, the group asks signaling which of its calls wait (held.ts); nobody logged in: Q2",
  );
  t.regex(h.commands[0]?.key ?? "", /^group\.acme\.support@7\.\d+:\d+$/, "key derived from epoch, revision and effect position");
  t.deepEqual(h.published, ["ringmesh.v1.event.acme.callFinished"]);
  const offered = await h.registry.getSingleMetric("ringmesh_group_calls_offered_total")?.get();
  t.is(offered?.values.find((v) => v.labels.group === "support")?.value, 1);
});

test("toAgent effects become tells to the agent actor <org>.<user>; the same version is applied once", async (t) => {
  const spec = groupSpec([member("alice")]);
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  await h.step({
    type: "agentStatus",
    agentId: "alice",
    groupId: "support",
    seq: 1,
    availability: "free",
    presence: "available",
    idleSince: 0,
    neverCalled: true,
    devices: ["desktop"],
    solicit: 1,
  });
  t.deepEqual(h.told.at(-1), { kind: "agent", id: "acme.alice", event: { type: "noBid", groupId: "support", agentId: "alice", solicit: 1 }, key: undefined });
  const before = h.told.length;
  const effects = await h.step({ type: "configChanged", spec: groupSpec([]), version: "v1" });
  t.deepEqual(effects, [], "a version already applied is skipped (every node's feeder sends it)");
  t.is(h.told.length, before);
});

test("a call's entry audio is the answer to its arrival (reply), not a command; audio decided later is a command", async (t) => {
  const spec = groupSpec([member("alice")], { announcements: { entry: "welcome", hold: "music", progress: "still-waiting", progressIntervalSeconds: 30 } });
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "onBreak", presence: "available", idleSince: 0, neverCalled: true, devices: ["desktop"] });
  const arrival: GroupMessage = { type: "callArrived", callId: "c1", caller: "+358401" };
  const effects = await h.step(arrival);
  const answer = h.reply(arrival);
  t.truthy(answer, "the arrival is answered");
  t.deepEqual(decodeCallCommand(answer ?? new Uint8Array()), {
    groupId: "support",
    command: { type: "callerAudio", callId: "c1", play: [{ kind: "announcement", name: "welcome" }], then: { kind: "hold", name: "music" } },
  });
  t.true(effects.some((e) => e.type === "arrivalAnswer"));
  t.deepEqual(
    h.commands.map((c) => c.command.type),
    ["askHeld"],
    "no callerAudio command for the arrival (the askHeld is the new group's)",
  );
  const progress = await h.step({ type: "timerFired", timerId: "progress::c1" }, 31_000);
  t.true(progress.some((e) => e.type === "callerAudio" && e.callId === "c1"), "A3 progress audio is a command");
});

test("deleting the group routes waiting calls to Q2, logs members out, and the tombstone rejects new calls", async (t) => {
  const spec = groupSpec([member("alice")], { queue: { noAgentsDestination: { type: "announcement", announcement: "no-agents" } } });
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "onBreak", presence: "available", idleSince: 0, neverCalled: true, devices: ["desktop"] });
  await h.step({ type: "callArrived", callId: "c1", caller: "+358401" });
  await h.step({ type: "groupDeleted", version: "v2" });
  const route = h.commands.find((c) => c.command.type === "routeCall");
  t.like(route?.command, { type: "routeCall", callId: "c1", setting: "Q2", reason: "groupDeleted", destination: { type: "announcement", announcement: "no-agents" } });
  t.true(h.told.some((x) => x.id === "acme.alice" && x.event.type === "membershipEnded"));
  await h.step({ type: "callArrived", callId: "c2", caller: "+358402" });
  t.like(h.commands.at(-1)?.command, { type: "rejectCall", callId: "c2", reason: "groupDeleted" });
  t.true(h.state.deleted);
  t.is(h.state.group, undefined);
  const copy = decodeGroupActorState(encodeGroupActorState(h.state));
  t.deepEqual({ ...copy }, { ...h.state });
});

test("the group record keeps calls and who is logged in, not the spec or replicas; a loaded group asks its members", async (t) => {
  const spec = groupSpec([member("alice"), member("bob", 2), member("carol")]);
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "onCall", presence: "available", idleSince: 5, neverCalled: false, devices: ["desktop"] });
  await h.step({ type: "agentStatus", agentId: "bob", groupId: "support", seq: 1, availability: "onBreak", presence: "busy", idleSince: 0, neverCalled: false, devices: ["desktop", "mobile"] });
  await h.step({ type: "callArrived", callId: "c1", caller: "+358401" });
  const bytes = encodeGroupActorState(h.state);
  const json = new TextDecoder().decode(bytes);
  t.false(json.includes("skillLevel"), "no spec in the record");
  // alice and bob, the first two members: bits 0 and 1.
  t.like(JSON.parse(json), { group: { v: 5, presentBits: Buffer.from([0b011]).toString("base64"), queue: ["c1"] } });

  const loaded = harness({ spec, version: "v1" }, bytes);
  t.is(loaded.state.group, undefined, "restored once the spec is back");
  await loaded.step({ type: "callArrived", callId: "c2", caller: "+358402" });
  t.deepEqual(loaded.told.map((x) => x.event.type), ["configChanged"], "the first decision after the load fetches the spec");
  await loaded.step({ type: "configChanged", spec, version: "v1" });
  t.deepEqual(
    loaded.told.slice(1).map((x) => [x.id, x.event.type]),
    [
      ["acme.alice", "statusRequest"],
      ["acme.bob", "statusRequest"],
    ],
    "only members that were logged in are asked",
  );
  t.deepEqual(loaded.state.group?.queue, ["c1", "c2"], "the waiting call and the one that arrived meanwhile");
  t.deepEqual(
    loaded.commands.map((c) => c.command.type),
    ["askHeld", "callerAudio"],
    "it asks signaling for calls that arrived after the write; c2 hears its entry audio; nobody rings and no call goes to Q2 before the members answer",
  );
  await loaded.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 9, availability: "free", presence: "available", idleSince: 7, neverCalled: false, devices: ["desktop"] });
  t.like(loaded.told.at(-1), { id: "acme.alice", event: { type: "bid", callId: "c1" } });
});

test("a group deleted while not loaded: its waiting calls are rejected; its members (a v5 record names them against the document, gone) learn it from the tombstone's answer to their next report", async (t) => {
  const spec = groupSpec([member("alice")]);
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "onCall", presence: "available", idleSince: 0, neverCalled: false, devices: ["desktop"] });
  await h.step({ type: "callArrived", callId: "c1", caller: "+358401" });
  const loaded = harness({ spec, version: "v1" }, encodeGroupActorState(h.state));
  await loaded.step({ type: "groupDeleted", version: "v2" });
  t.like(loaded.commands.at(-1)?.command, { type: "rejectCall", callId: "c1", reason: "groupDeleted" });
  t.false(loaded.told.some((x) => x.event.type === "membershipEnded"));
  await loaded.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 2, availability: "free", presence: "available", idleSince: 9, neverCalled: false, devices: ["desktop"] });
  t.like(loaded.told.at(-1), { id: "acme.alice", event: { type: "membershipEnded" } });
});

test("group records written before v3 (with the spec and replicas) still load as running groups", (t) => {
  const spec = groupSpec([member("alice")]);
  const calls = [{ kind: "call", callId: "c1", caller: "+358401", arrivedAt: 1, enqueuedAt: 1, phase: "queued", rounds: 0, legs: [], bids: [], tried: [], excluded: [], maxWaitReached: false }];
  const v2 = { v: 2, groupId: "support", spec, rng: 3, aht: { seconds: 180, samples: 0 }, members: [["alice", 1, 1, -1, "onBreak", "available", 0, 1, ["desktop"], 4]], asked: [], queue: ["c1"], calls, log: [] };
  const record = (group: unknown) => new TextEncoder().encode(JSON.stringify({ org: "acme", name: "support", version: "v1", deleted: false, group, pending: [] }));
  const fromV2 = decodeGroupActorState(record(v2));
  t.like(fromV2.group?.members.get("alice"), { availability: "onBreak", seq: 4 });
  t.deepEqual(fromV2.group?.queue, ["c1"]);
  t.is(fromV2.group?.counts.onBreak, 1);
  // Before v2: snapshot.ts JSON with tagged Maps, the group escaped inside the outer record.
  const g = fromV2.group;
  if (g === undefined) throw new Error("no group");
  const legacy = decodeGroupActorState(record(encodeState({ ...g, tiers: [], counts: undefined, logRetired: [] })));
  t.deepEqual(legacy.group?.members, g.members);
  t.deepEqual(legacy.group?.calls, g.calls);
  t.deepEqual(legacy.group?.counts, g.counts);
});

test("what a group writes before it answers: a call's end, a call sent away on arrival and a member's login; not arrivals that queue, grants, answers or reports", (t) => {
  const spec = groupSpec([member("alice")]);
  const decide = decideGroupActor(new WeakSet());
  let state = decide({ org: "acme", name: "support", version: "", deleted: false, group: undefined, pending: [] }, { type: "configChanged", spec, version: "v1" }, 0).state;
  const durable = (event: GroupMessage, now = 1): boolean | undefined => {
    const d = decide(state, event, now);
    state = d.state;
    return d.durable;
  };
  const report = (seq: number, availability: "free" | "onCall" | "loggedOut") =>
    ({ type: "agentStatus", agentId: "alice", groupId: "support", seq, availability, presence: "available", idleSince: 0, neverCalled: false, devices: ["desktop"] }) as const;
  t.true(durable(report(1, "free")), "a login is written: a loaded group asks only the members it has as logged in");
  t.false(durable({ type: "callArrived", callId: "c1", caller: "+358401" }), "a call that queues: signaling holds it and tells a group that lost it (held.ts)");
  t.false(durable({ type: "grant", agentId: "alice", groupId: "support", callId: "c1", reservation: 1, seq: 1, expiresAt: 0 }), "the agent wrote its reservation");
  t.false(durable({ type: "legAnswered", callId: "c1", agentId: "alice", connected: true }), "the agent's report after a load says it is on the call");
  t.false(durable(report(2, "onCall")));
  t.true(durable({ type: "connectedCallEnded", callId: "c1" }), "a call's end");
  t.false(durable(report(3, "free")), "free again: no call waits, nothing but the replica changed");
  t.false(durable(report(4, "loggedOut")), "a stale extra name in the record only costs a status request");
  t.true(durable({ type: "callArrived", callId: "c2", caller: "+358402" }), "an arrival sent to Q2 at once (nobody logged in)");
});

test("a call's arrival is not written and its bid leaves at once; ringing an agent waits for the writes before it", (t) => {
  const spec = groupSpec([member("alice")]);
  const decide = decideGroupActor(new WeakSet());
  let state = decide({ org: "acme", name: "support", version: "", deleted: false, group: undefined, pending: [] }, { type: "configChanged", spec, version: "v1" }, 0).state;
  const step = (event: GroupMessage) => {
    const d = decide(state, event, 1);
    state = d.state;
    return d;
  };
  step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "free", presence: "available", idleSince: 0, neverCalled: false, devices: ["desktop"] });
  const arrival = step({ type: "callArrived", callId: "c1", caller: "+358401" });
  t.true(arrival.effects.some((e) => e.type === "toAgent" && e.message.type === "bid"));
  t.true(arrival.early, "a lost or repeated bid is repaired by the protocol");
  t.false(arrival.durable, "the arrival is not written: signaling holds the call (held.ts)");
  const ring = step({ type: "grant", agentId: "alice", groupId: "support", callId: "c1", reservation: 1, seq: 2, expiresAt: 0 });
  t.true(ring.effects.some((e) => e.type === "ringAgent"));
  t.falsy(ring.early, "a ring is never released ahead of the writes before it");
});

test("signaling commands are addressed per call: ringmesh.v1.call.<org>.<callId>", (t) => {
  t.is(subjects.call("acme", "c-42"), "ringmesh.v1.call.acme.c-42");
  t.is(subjects.callsOfOrg("acme"), "ringmesh.v1.call.acme.>");
  t.is(subjects.heldCallsAsk("acme"), "ringmesh.v1.call.acme", "a group's askHeld, for every node (under call.>, not under the org's calls)");
  t.throws(() => subjects.call("acme", "c.42"), { instanceOf: SubjectTokenError });
});

test("a group stays active while any member is logged in (a reload would wake every one of them)", async (t) => {
  const spec = groupSpec([member("alice")]);
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  t.false(h.kind.keepActive?.(h.state), "nobody logged in: passivated when idle");
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "onBreak", presence: "busy", idleSince: 0, neverCalled: false, devices: ["desktop"] });
  t.true(h.kind.keepActive?.(h.state));
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 2, availability: "loggedOut", presence: "busy", idleSince: 0, neverCalled: false, devices: ["desktop"] });
  t.false(h.kind.keepActive?.(h.state));
});

test("a group holding a connected call stays active with nobody logged in: connected calls are in memory only (adoption.ts)", async (t) => {
  const spec = groupSpec([member("alice")]);
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  const report = (seq: number, availability: "free" | "loggedOut", holding?: string) =>
    h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq, availability, presence: "available", idleSince: 0, neverCalled: false, devices: ["desktop"], ...(holding !== undefined ? { holding: { callId: holding, reservation: 7 } } : {}) });
  await report(1, "free");
  await h.step({ type: "callArrived", callId: "c1", caller: "+358401" });
  await h.step({ type: "grant", agentId: "alice", groupId: "support", callId: "c1", reservation: 7, seq: 2, expiresAt: 0 });
  await h.step({ type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
  // alice logs out during the call: her reports still name it.
  await report(3, "loggedOut", "c1");
  t.is(h.state.group?.calls.get("c1")?.phase, "connected");
  t.true(h.kind.keepActive?.(h.state), "nobody logged in, but a connected call held here");
  await report(4, "loggedOut");
  t.false(h.kind.keepActive?.(h.state), "the call ended: passivated when idle");
});
