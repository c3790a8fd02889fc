/**
 * End-to-end routing on one node, written once and run on each transport (embedded
 * and NATS): login → call → ringAgent (devices, G7) → answer (signaling connected it) → end →
 * wrap-up (M9) → free; and a live M10 change that keeps the waiting call.
 */
import type { TestFn } from "ava";
import type { Transport } from "../../lib/runtime/index.js";
import type { DocumentStore } from "../../lib/store/index.js";
import { agentAddress, groupAddress } from "../../lib/routing/addresses.js";
import { decodeCallCommand } from "../../lib/routing/outbound.js";
import { agentSnapshot, CALLER, eventually, groupDoc, groupSnapshot, GROUP_NUMBER, orgDocs, startRoutingNode, watchCalls, type RoutingNode } from "./routing-cluster.js";

export interface RoutingFixture {
  readonly transport: Transport;
  readonly store: DocumentStore;
}

export function routingSuite(test: TestFn, fixture: () => Promise<RoutingFixture>): void {
  let f: RoutingFixture;
  let node: RoutingNode;
  let calls: ReturnType<typeof watchCalls>;

  test.before(async () => {
    f = await fixture();
    await f.store.apply([
      ...orgDocs(),
      groupDoc("support", { wrapUpSeconds: 1 }),
      groupDoc("sales", { ringSeconds: 20 }, "+35810123457"),
      { apiVersion: "ringmesh/v1", kind: "User", metadata: { organisation: "acme", name: "bob" }, spec: { displayName: "Bob", profile: "basic", devices: [{ kind: "desktop", sipUser: "bob-desk", password: "s3cret" }] } },
      // M10 of 1 s and M11 of one miss: alice's offer times out and she leaves the group, so the call is offered to bob.
      groupDoc("late", { ringSeconds: 1, autoLogoutAfterMissed: 1, members: ["alice", "bob"] }, "+35810123458"),
    ]);
    node = await startRoutingNode({ transport: f.transport, store: f.store, publisher: f.transport.bus });
    calls = watchCalls(f.transport.bus);
  });

  test.after.always(async () => {
    calls.stop();
    await node.stop();
  });

  test.serial("a call rings the logged-in agent's devices, connects on answer, and the agent is free after wrap-up", async (t) => {
    const rt = node.runtime;
    await rt.tell(agentAddress, "acme.alice", { type: "login", groupId: "support" });
    await eventually(() => groupSnapshot(rt, "support"), (s) => s.members.some((m) => m.agentId === "alice" && m.availability === "free"));

    // Asked, as signaling asks: the answer is the call's entry audio (no callerAudio command).
    const answer = await rt.ask(groupAddress, "acme.support", { type: "callArrived", callId: "c1", caller: CALLER });
    t.like(decodeCallCommand(answer ?? new Uint8Array()), { groupId: "support", command: { type: "callerAudio", callId: "c1" } });
    const ring = await calls.waitFor("ringAgent", (c) => c.callId === "c1");
    t.is(ring.groupId, "support");
    t.is(ring.command.agentId, "alice");
    t.is(ring.command.ringSeconds, 20);
    t.deepEqual(
      ring.command.devices,
      [
        { kind: "desktop", from: CALLER, group: { number: GROUP_NUMBER, name: "Support" } },
        { kind: "mobile", from: `${CALLER}*1` },
      ],
      "M7 kinds the user has (externalPbx never rings); G7 caller number with suffix, desktop sees the group too",
    );
    t.is((await agentSnapshot(rt, "alice")).phase, "reserved");

    // As signaling reports the 2xx that connected the call: a fact, answered by no command.
    await rt.tell(groupAddress, "acme.support", { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
    await eventually(() => agentSnapshot(rt, "alice"), (a) => a.phase === "onCall" && a.callId === "c1");
    t.like((await groupSnapshot(rt, "support")).calls.find((c) => c.callId === "c1"), { phase: "connected", agentId: "alice" });
    t.false(calls.seen.some((c) => c.command.type === "connect"), "signaling is not asked to connect it");

    // As signaling does: the agent hears that the call ended, and its report tells the group.
    await rt.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c1" });
    await eventually(() => agentSnapshot(rt, "alice"), (a) => a.phase === "wrapUp", 3000);
    await eventually(() => groupSnapshot(rt, "support"), (s) => s.calls.length === 0, 3000);
    const free = await eventually(() => agentSnapshot(rt, "alice"), (a) => a.phase === "collecting" || a.phase === "available", 5000);
    t.deepEqual(free.groups, ["support"]);
    await rt.tell(agentAddress, "acme.alice", { type: "logout", groupId: "support" });
  });

  test.serial("an answer that crossed M10 (signaling connected it as the group timed the offer out) still connects the call: the agent, freed by the miss, goes on it, and the next offer is cancelled", async (t) => {
    const rt = node.runtime;
    await rt.tell(agentAddress, "acme.alice", { type: "login", groupId: "late" });
    await eventually(() => groupSnapshot(rt, "late"), (s) => s.members.some((m) => m.agentId === "alice" && m.availability === "free"));
    await rt.ask(groupAddress, "acme.late", { type: "callArrived", callId: "c3", caller: CALLER });
    await calls.waitFor("ringAgent", (c) => c.callId === "c3" && c.agentId === "alice");
    await rt.tell(agentAddress, "acme.bob", { type: "login", groupId: "late" });
    await calls.waitFor("cancelRing", (c) => c.callId === "c3" && c.agentId === "alice" && c.reason === "timeout", 10_000);
    await calls.waitFor("ringAgent", (c) => c.callId === "c3" && c.agentId === "bob", 10_000);
    const missed = await agentSnapshot(rt, "alice");
    t.deepEqual([missed.phase, missed.groups], ["available", []], "M11: the miss logged alice out of the group");

    // As signaling reports the 2xx it took as the group's cancel crossed it (it re-reports on that cancelRing).
    await rt.tell(groupAddress, "acme.late", { type: "legAnswered", callId: "c3", agentId: "alice", connected: true });
    await eventually(() => agentSnapshot(rt, "alice"), (a) => a.phase === "onCall" && a.callId === "c3", 5000);
    t.like((await groupSnapshot(rt, "late")).calls.find((c) => c.callId === "c3"), { phase: "connected", agentId: "alice" });
    await calls.waitFor("cancelRing", (c) => c.callId === "c3" && c.agentId === "bob" && c.reason === "answeredElsewhere");
    await eventually(() => agentSnapshot(rt, "bob"), (a) => a.phase === "available", 5000);

    await rt.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c3" });
    await eventually(() => groupSnapshot(rt, "late"), (s) => s.calls.length === 0, 5000);
    await eventually(() => agentSnapshot(rt, "alice"), (a) => a.phase === "available", 5000);
    await rt.tell(agentAddress, "acme.bob", { type: "logout", groupId: "late" });
  });

  test.serial("a live M10 change applies to the next offer without dropping the waiting call", async (t) => {
    const rt = node.runtime;
    await rt.tell(agentAddress, "acme.alice", { type: "login", groupId: "sales" });
    await eventually(() => agentSnapshot(rt, "alice"), (a) => a.phase === "collecting" || a.phase === "available");
    await rt.tell(agentAddress, "acme.alice", { type: "startBreak" });
    await eventually(() => groupSnapshot(rt, "sales"), (s) => s.members.some((m) => m.availability === "onBreak"));

    await rt.tell(groupAddress, "acme.sales", { type: "callArrived", callId: "c2", caller: CALLER });
    const before = await groupSnapshot(rt, "sales");
    t.deepEqual(before.calls.map((c) => [c.callId, c.phase]), [["c2", "queued"]]);

    await f.store.apply([groupDoc("sales", { ringSeconds: 7 }, "+35810123457")]);
    const after = await eventually(() => groupSnapshot(rt, "sales"), (s) => s.ringSeconds === 7);
    t.deepEqual(after.calls.map((c) => [c.callId, c.phase, Number(c.enqueuedAt)]), [["c2", "queued", Number(before.calls[0]?.enqueuedAt)]], "the waiting call stays, same place and wait");

    await rt.tell(agentAddress, "acme.alice", { type: "endBreak" });
    const ring = await calls.waitFor("ringAgent", (c) => c.callId === "c2");
    t.is(ring.command.ringSeconds, 7, "the next offer rings for the new M10");
  });
}
