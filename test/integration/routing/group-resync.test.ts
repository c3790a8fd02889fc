/**
 * A group writes a call's end, not its arrival (signaling holds the call), who rings or
 * who answered (services/queue-actor/src/kind.ts isDurable), nor its members' state
 * (persist.ts). kill -9 the node owning the group while an agent rings, and while it is
 * on the call: the successor restores the group from the store, asks signaling for its
 * waiting calls (held.ts; the test plays signaling) and its members (statusRequest), and
 * the agent's answer, which names the call holding it, puts the leg back (restore.ts
 * reconcile) or, for a connected call, makes the successor ask signaling about it
 * (`connect` with `check`) and adopt it on the answer (adoption.ts).
 */
import test from "ava";
import { agentAddress, groupAddress } from "../../../lib/routing/addresses.js";
import { decodeRecord } from "../../../lib/runtime/envelope.js";
import { ownerOf } from "../../../lib/runtime/index.js";
import { kvKeys } from "../../../lib/subjects.js";
import { agentSnapshot, eventually, groupSnapshot } from "../../support/routing-cluster.js";
import { startRoutingPair } from "../../support/routing-procs.js";

const dec = new TextDecoder();

interface StoredCall {
  readonly callId: string;
  readonly phase: string;
  readonly legs: readonly unknown[];
}

for (const moment of ["ringing", "onCall"] as const) {
  test(`kill -9 of the group's owner while the agent is ${moment}: the successor learns from the agent where the call stands`, async (t) => {
    const pair = await startRoutingPair(`gr${moment === "ringing" ? "r" : "c"}`);
    const { transport, a, b, client, calls } = pair;
    try {
      // The group lives on the node that dies, the agent on the survivor.
      const victim = ownerOf([a.id, b.id], "acme.alice") === a.id ? b : a;
      const name = await pair.groupOn(victim.id, "gr");
      await pair.ringAlice(name);
      if (moment === "onCall") {
        pair.answered("c1");
        await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
        await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");
      }
      const entry = await transport.states.get(kvKeys.actor("group", `acme.${name}`));
      const stored = JSON.parse(dec.decode(decodeRecord(entry?.value ?? new Uint8Array()).state)) as { group: { calls: StoredCall[] } };
      t.deepEqual(stored.group.calls, [], "the arrival, the grant and the answer were applied in memory only");

      await victim.kill9();
      if (moment === "onCall") {
        // Nothing written names the group (no waiting call at signaling, no timer): the snapshot's ask loads it.
        await groupSnapshot(client, name, 20_000);
        // Signaling's answer to the successor's check while alice holds the call.
        await calls.waitFor("connect", (c) => c.callId === "c1" && c.agentId === "alice" && c.check === true, 20_000);
        await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
      }
      const after = await eventually(
        () => groupSnapshot(client, name, 20_000),
        (s) => s.calls.some((c) => c.callId === "c1" && (moment === "ringing" ? (c.ringing ?? []).includes("alice") : c.phase === "connected")),
        20_000,
      );
      t.is(after.members.find((m) => m.agentId === "alice")?.availability, moment === "ringing" ? "reserved" : "onCall", "alice answered the status request");
      t.is(calls.seen.filter((c) => c.command.type === "ringAgent").length, 1, "signaling was not asked to ring her again");

      if (moment === "ringing") await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
      await eventually(() => groupSnapshot(client, name), (s) => s.calls.some((c) => c.callId === "c1" && c.phase === "connected" && c.agentId === "alice"));
      await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");

      await client.tell(groupAddress, `acme.${name}`, { type: "connectedCallEnded", callId: "c1" });
      await client.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c1" });
      await eventually(() => groupSnapshot(client, name), (s) => s.calls.length === 0 && s.members.some((m) => m.agentId === "alice" && m.availability === "free"));
    } finally {
      await pair.stop();
    }
  });
}

test("kill -9 of the group's owner holding a connected and a waiting call, neither written: signaling names the waiting one, the agent's report makes the successor check the connected one and adopt it", async (t) => {
  const pair = await startRoutingPair("gra");
  const { transport, a, b, client, calls } = pair;
  try {
    const victim = ownerOf([a.id, b.id], "acme.alice") === a.id ? b : a;
    const name = await pair.groupOn(victim.id, "gra");
    await pair.ringAlice(name);
    pair.answered("c1");
    await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
    await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");
    // A second call waits (alice is busy); c1's answer and c2's arrival are in memory only.
    await pair.arrive(name, "c2", "+358401111111");
    const entry = await transport.states.get(kvKeys.actor("group", `acme.${name}`));
    const stored = JSON.parse(dec.decode(decodeRecord(entry?.value ?? new Uint8Array()).state)) as { group: { v: number; calls: StoredCall[] } };
    t.is(stored.group.v, 5);
    t.deepEqual(stored.group.calls, [], "neither the connected call nor the waiting one is written");

    await victim.kill9();
    // Any message loads the group on the survivor (here the snapshot's ask): c2 comes back from signaling, c1 does not.
    const loaded = await eventually(() => groupSnapshot(client, name, 20_000), (s) => s.calls.some((c) => c.callId === "c2"), 20_000);
    t.false(loaded.calls.some((c) => c.callId === "c1" && c.phase === "connected" && c.caller !== ""), "c1 is not restored from the record");
    const check = await calls.waitFor("connect", (c) => c.callId === "c1" && c.agentId === "alice" && c.check === true, 20_000);
    t.truthy(check);
    // Signaling's answer while alice holds the call.
    await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
    const adopted = await eventually(() => groupSnapshot(client, name, 20_000), (s) => s.calls.some((c) => c.callId === "c1" && c.phase === "connected"));
    t.like(adopted.calls.find((c) => c.callId === "c1"), { agentId: "alice", phase: "connected" });
    t.true(adopted.calls.some((c) => c.callId === "c2"), "the waiting call came back from signaling");
    t.is((await agentSnapshot(client, "alice")).phase, "onCall");

    // The call's end reaches the agent only; her report ends it in the group, and c2 is offered to her.
    await client.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c1" });
    await eventually(() => groupSnapshot(client, name), (s) => !s.calls.some((c) => c.callId === "c1"));
    await calls.waitFor("ringAgent", (c) => c.callId === "c2" && c.agentId === "alice", 20_000);
  } finally {
    await pair.stop();
  }
});
