import test from "ava";
import fc from "fast-check";
import { RINGABLE_DEVICE_KINDS } from "../../../lib/documents/model.js";
import {
  decodeAgentMessage,
  decodeGroupMessage,
  encodeAgentMessage,
  encodeGroupMessage,
  type AgentMessage,
  type GroupMessage,
} from "../../../lib/routing/codec.js";
import { WireFormatError } from "../../../lib/routing/errors.js";
import { decodeCallCommand, encodeCallCommand, type CallCommand } from "../../../lib/routing/outbound.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";
import { ringmesh } from "../../../lib/generated/pb.js";

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const ms = fc.integer({ min: 0, max: 2 ** 52 });
const small = fc.integer({ min: 0, max: 100_000 });
const devices = fc.uniqueArray(fc.constantFrom(...RINGABLE_DEVICE_KINDS), { maxLength: 3 });
const presence = fc.constantFrom("available" as const, "busy" as const);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Drops keys whose value is undefined, the way the domain writes optional fields. */
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const spec = fc
  .record({
    ring: fc.integer({ min: 1, max: 600 }),
    q1: fc.integer({ min: 0, max: 86_400 }),
    order: opt(fc.integer({ min: 1, max: 9 })),
    show: fc.constantFrom("group" as const, "caller" as const),
    suffix: fc.constantFrom("", "*1"),
  })
  .map((o) =>
    groupSpec([member("alice", 1, o.order), member("bob")], {
      offeredNumber: { show: o.show, suffix: o.suffix },
      queue: { maxWaitSeconds: o.q1, overflowDestination: { type: "group", group: "sales" }, noAgentsDestination: { type: "announcement", announcement: "no-agents" } },
      routing: { ringSeconds: o.ring, mode: o.order === undefined ? "skills" : "ordered" },
    }),
  );

const groupMessage: fc.Arbitrary<GroupMessage> = fc.oneof(
  fc.record({ type: fc.constant("callArrived" as const), callId: id, caller: fc.string(), firstArrivedAt: opt(ms) }).map(clean),
  fc.record({ type: fc.constant("callerHungUp" as const), callId: id }),
  fc.record({ type: fc.constant("legAnswered" as const), callId: id, agentId: id, connected: opt(fc.constant(true as const)) }).map(clean),
  fc.record({ type: fc.constant("legFailed" as const), callId: id, agentId: id, reason: fc.constantFrom("declined" as const, "busy" as const, "unreachable" as const) }),
  fc.record({ type: fc.constant("connectedCallEnded" as const), callId: id }),
  fc.record({ type: fc.constant("configChanged" as const), spec, version: fc.string() }),
  fc.record({ type: fc.constant("groupDeleted" as const), version: fc.string() }),
  fc.constant({ type: "getSnapshot" as const }),
  fc.record({ type: fc.constant("explainCall" as const), callId: id }),
  fc
    .record({
      type: fc.constant("agentStatus" as const),
      agentId: id,
      groupId: id,
      seq: small,
      availability: fc.constantFrom("free" as const, "reserved" as const, "onCall" as const, "wrapUp" as const, "onBreak" as const, "loggedOut" as const),
      presence,
      idleSince: ms,
      neverCalled: fc.boolean(),
      devices,
      solicit: opt(small),
      holding: opt(fc.record({ callId: id, reservation: small })),
    })
    .map(clean),
  fc.record({ type: fc.constant("grant" as const), agentId: id, groupId: id, callId: id, reservation: small, seq: small, expiresAt: ms }),
  fc.record({
    type: fc.constant("refuse" as const),
    agentId: id,
    groupId: id,
    callId: id,
    reason: fc.constantFrom("reservedElsewhere" as const, "onCall" as const, "wrapUp" as const, "onBreak" as const, "loggedOut" as const, "busyPresence" as const),
  }),
  fc.record({
    type: fc.constant("reservationEnded" as const),
    agentId: id,
    groupId: id,
    callId: id,
    reservation: small,
    reason: fc.constantFrom("expired" as const, "loggedOut" as const, "busyPresence" as const),
  }),
  fc.record({ type: fc.constant("callProbe" as const), agentId: id, groupId: id, callId: id }),
);

const terms = fc.record({ ringSeconds: small, wrapUpSeconds: small, autoLogoutAfterMissed: small, presenceAware: fc.boolean() });

const agentMessage: fc.Arbitrary<AgentMessage> = fc.oneof(
  fc.record({ type: fc.constant("login" as const), groupId: id }),
  fc.record({ type: fc.constant("logout" as const), groupId: id }),
  fc.record({ type: fc.constant("setPresence" as const), presence }),
  fc.constant({ type: "startBreak" as const }),
  fc.constant({ type: "endBreak" as const }),
  fc.constant({ type: "endWrapUp" as const }),
  fc.record({ type: fc.constant("devicesChanged" as const), devices }),
  fc.record({ type: fc.constant("legGone" as const), callId: id }),
  fc.record({ type: fc.constant("callGone" as const), callId: id }),
  fc.record({ type: fc.constant("userChanged" as const), devices, presence, version: fc.string(), deleted: fc.boolean() }),
  fc.constant({ type: "getSnapshot" as const }),
  fc.record({ type: fc.constant("bid" as const), groupId: id, agentId: id, callId: id, waitingSince: ms, level: fc.integer({ min: 1, max: 9 }), terms, solicit: opt(small) }).map(clean),
  fc.record({ type: fc.constant("noBid" as const), groupId: id, agentId: id, solicit: small }),
  fc.record({
    type: fc.constant("offerEnded" as const),
    groupId: id,
    agentId: id,
    callId: id,
    reservation: small,
    outcome: fc.constantFrom("answered" as const, "missed" as const, "declined" as const, "busy" as const, "unreachable" as const, "cancelled" as const, "notNeeded" as const),
  }),
  fc.record({ type: fc.constant("callEnded" as const), groupId: id, agentId: id, callId: id, wrapUpSeconds: small }),
  fc.record({ type: fc.constant("callStatus" as const), groupId: id, agentId: id, callId: id, alive: fc.boolean(), ringing: fc.boolean() }),
  fc.record({ type: fc.constant("membershipEnded" as const), groupId: id, agentId: id }),
  fc.record({ type: fc.constant("statusRequest" as const), groupId: id, agentId: id }),
);

test("every group message survives a protobuf round trip unchanged", (t) => {
  fc.assert(fc.property(groupMessage, (m) => t.deepEqual(decodeGroupMessage(encodeGroupMessage(m)), m)));
});

test("every agent message survives a protobuf round trip unchanged", (t) => {
  fc.assert(fc.property(agentMessage, (m) => t.deepEqual(decodeAgentMessage(encodeAgentMessage(m)), m)));
});

test("an unknown word or an empty envelope is a WireFormatError, never a decider input", (t) => {
  const bad = ringmesh.v1.GroupEvent.encode({ legFailed: { callId: "c1", agentId: "a", reason: "exploded" } }).finish();
  t.throws(() => decodeGroupMessage(bad), { instanceOf: WireFormatError, message: /legFailed.reason/ });
  t.throws(() => decodeGroupMessage(new Uint8Array()), { instanceOf: WireFormatError });
  t.throws(() => decodeAgentMessage(ringmesh.v1.AgentEvent.encode({ setPresence: { presence: "green" } }).finish()), { instanceOf: WireFormatError });
});

test("call commands for signaling round trip, desktop devices keep the group beside the caller (G7)", (t) => {
  const commands: CallCommand[] = [
    {
      type: "ringAgent",
      callId: "c1",
      agentId: "alice",
      reservation: 3,
      billingId: "FI-1234",
      ringSeconds: 20,
      devices: [
        { kind: "desktop", from: "+358401", group: { number: "+35810", name: "Support" } },
        { kind: "mobile", from: "+358401*1" },
      ],
    },
    { type: "cancelRing", callId: "c1", agentId: "alice", reason: "timeout" },
    { type: "connect", callId: "c1", agentId: "alice" },
    { type: "routeCall", callId: "c1", setting: "Q6", destination: { type: "external", number: "+35850" }, reason: "maxWait", billingId: "FI-1" },
    { type: "callerAudio", callId: "c1", play: [{ kind: "announcement", name: "welcome" }, { kind: "position", position: 2 }, { kind: "estimatedWait", minutes: 3, confident: false }], then: { kind: "hold", name: "music" } },
    { type: "callerAudio", callId: "c1", play: [], then: { kind: "ringback" } },
    { type: "rejectCall", callId: "c1", reason: "groupDeleted" },
  ];
  for (const c of commands) t.deepEqual(decodeCallCommand(encodeCallCommand("support", c)), { groupId: "support", command: c });
});
