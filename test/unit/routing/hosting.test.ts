import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import type { AgentMessage, GroupMessage } from "../../../lib/routing/codec.js";
import type { ConfigSource, GroupConfig } from "../../../lib/routing/config.js";
import { groupMetrics } from "../../../lib/routing/metrics.js";
import type { CallCommand, Publisher, SignalingPort } from "../../../lib/routing/outbound.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { subjects, SubjectTokenError } from "../../../lib/subjects.js";
import { encodeState } from "../../../lib/routing/snapshot.js";
import type { Addressable, EffectContext } from "../../../lib/runtime/index.js";
import { createGroupKind, decodeGroupActorState, encodeGroupActorState, type GroupActorState } from "../../../services/queue-actor/index.js";

interface Told {
  kind: string;
  id: string;
  event: GroupMessage | AgentMessage;
  key: string | undefined;
}

function harness(config: GroupConfig | undefined) {
  const commands: { org: string; groupId: string; command: CallCommand; key: string }[] = [];
  const published: string[] = [];
  const told: Told[] = [];
  const registry = new Registry();
  const source: ConfigSource = { group: () => Promise.resolve(config), user: () => Promise.resolve(undefined) };
  const signaling: SignalingPort = { send: (org, groupId, command, key) => commands.push({ org, groupId, command, key }) };
  const publisher: Publisher = { publish: (subject) => published.push(subject) };
  const kind = createGroupKind({ config: source, signaling, publisher, metrics: groupMetrics(registry, systemClock), logger: silentLogger() });
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
        told.push({ kind: k.kind, id, event: event as GroupMessage | AgentMessage, key: undefined });
        return Promise.resolve();
      },
      ask: () => Promise.resolve(undefined),
    };
  };
  let state: GroupActorState = kind.initial("acme.support");
  const step = async (event: GroupMessage, now = 1000) => {
    const d = kind.decide(state, event, now);
    state = d.state;
    const effects = d.effects.filter((e) => e.type !== "startTimer" && e.type !== "cancelTimer");
    await kind.effects?.(effects, ctx());
    return d.effects;
  };
  return { kind, step, commands, published, told, registry, get state() { return state; } };
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
    [["acme", "support", "routeCall", "noAgentsLoggedIn"]],
    "nobody logged in: Q2",
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

test("the compact group record round-trips a busy group, and records written before it still load the same", async (t) => {
  const spec = groupSpec([member("alice"), member("bob", 2)]);
  const h = harness({ spec, version: "v1" });
  await h.step({ type: "configChanged", spec, version: "v1" });
  await h.step({ type: "agentStatus", agentId: "alice", groupId: "support", seq: 1, availability: "free", presence: "available", idleSince: 5, neverCalled: true, devices: ["desktop"] });
  await h.step({ type: "agentStatus", agentId: "bob", groupId: "support", seq: 1, availability: "onBreak", presence: "busy", idleSince: 0, neverCalled: false, devices: ["desktop", "mobile"] });
  await h.step({ type: "callArrived", callId: "c1", caller: "+358401" });
  await h.step({ type: "callArrived", callId: "c2", caller: "+358402" });
  const fresh = decodeGroupActorState(encodeGroupActorState(h.state));
  t.deepEqual(fresh.group?.members, h.state.group?.members);
  t.deepEqual(fresh.group?.calls, h.state.group?.calls);
  t.deepEqual(fresh.group?.queue, h.state.group?.queue);
  t.deepEqual(fresh.group?.asked, h.state.group?.asked);
  t.deepEqual(fresh.group?.counts, h.state.group?.counts);
  t.deepEqual(fresh.group?.tiers, h.state.group?.tiers);
  t.deepEqual(fresh.group?.log, h.state.group?.log);
  // The format before: snapshot.ts JSON with tagged Maps, the group escaped inside the outer record.
  const g = h.state.group;
  if (g === undefined) throw new Error("no group");
  const log = new Map([...g.log].filter(([callId]) => g.calls.has(callId)));
  const old = encodeState({ org: "acme", name: "support", version: "v1", deleted: false, group: encodeState({ ...g, tiers: [], counts: undefined, log, logRetired: [] }), pending: [] });
  const legacy = decodeGroupActorState(new TextEncoder().encode(old));
  t.deepEqual(legacy.group?.members, fresh.group?.members);
  t.deepEqual(legacy.group?.calls, fresh.group?.calls);
  t.deepEqual(legacy.group?.counts, fresh.group?.counts);
  t.deepEqual(legacy.group?.tiers, fresh.group?.tiers);
  t.true(encodeGroupActorState(h.state).length < new TextEncoder().encode(old).length, "the compact record is smaller");
});

test("signaling commands are addressed per call: ringmesh.v1.call.<org>.<callId>", (t) => {
  t.is(subjects.call("acme", "c-42"), "ringmesh.v1.call.acme.c-42");
  t.is(subjects.callsOfOrg("acme"), "ringmesh.v1.call.acme.>");
  t.throws(() => subjects.call("acme", "c.42"), { instanceOf: SubjectTokenError });
});
