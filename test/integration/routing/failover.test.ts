/**
 * kill -9 the node that owns a group with three waiting calls: the survivor takes the
 * group over with the calls in the same order, and their Q1 timers fire at the
 * original instants (absolute fireAt), sending each call to Q6 in arrival order. The
 * arrivals were never written (queue-actor kind.ts isDurable): the survivor learns them
 * from signaling, played here by the test (startRoutingPair), as they were announced.
 */
import test from "ava";
import { agentAddress } from "../../../lib/routing/addresses.js";
import { eventually, groupSnapshot } from "../../support/routing-cluster.js";
import { startRoutingPair } from "../../support/routing-procs.js";

const Q1_SECONDS = 8;

test("fail-over keeps waiting calls (learnt back from signaling) in order with their Q1 timers at the original fireAt", async (t) => {
  const pair = await startRoutingPair("fo");
  const { a, client, calls } = pair;
  try {
    const name = await pair.groupOn(a.id, "q", { maxWaitSeconds: Q1_SECONDS });

    // On break the agent is reachable (calls queue rather than go to Q2) but takes no call.
    await client.tell(agentAddress, "acme.alice", { type: "login", groupId: name });
    await client.tell(agentAddress, "acme.alice", { type: "startBreak" });
    await eventually(() => groupSnapshot(client, name), (s) => s.members.some((m) => m.availability === "onBreak"));
    const announced = new Map<string, number>();
    for (const callId of ["c1", "c2", "c3"]) {
      announced.set(callId, await pair.arrive(name, callId));
      await new Promise((r) => setTimeout(r, 150));
    }
    const before = await groupSnapshot(client, name);
    t.deepEqual(before.calls.map((c) => c.callId), ["c1", "c2", "c3"]);
    // As signaling has them: announced a few ms before the group took them.
    const fireAt = new Map([...announced].map(([callId, at]) => [callId, at + Q1_SECONDS * 1000]));

    await a.kill9();
    const after = await eventually(() => groupSnapshot(client, name, 20_000), (s) => s.calls.length === 3, 20_000);
    t.deepEqual(
      after.calls.map((c) => [c.callId, c.phase]),
      before.calls.map((c) => [c.callId, c.phase]),
      "same calls, same order on the survivor",
    );
    t.deepEqual(
      after.calls.map((c) => Number(c.enqueuedAt)),
      [...announced.values()],
      "each joined when signaling announced it",
    );
    t.true(Date.now() < Math.min(...fireAt.values()), "taken over before the first Q1 was due, so the timers below were re-armed, not overdue");

    const routed = await Promise.all(["c1", "c2", "c3"].map((id) => calls.waitFor("routeCall", (c) => c.callId === id, 20_000)));
    t.deepEqual(routed.map((r) => r.command.reason), ["maxWait", "maxWait", "maxWait"]);
    for (const r of routed) {
      const due = fireAt.get(r.command.callId) ?? 0;
      t.true(r.at >= due - 50 && r.at < due + 1500, `${r.command.callId} left at ${r.at - due} ms from its original Q1 instant`);
    }
    t.deepEqual([...routed].sort((x, y) => x.at - y.at).map((r) => r.command.callId), ["c1", "c2", "c3"]);
    t.is((await groupSnapshot(client, name)).calls.length, 0);
  } finally {
    await pair.stop();
  }
});
