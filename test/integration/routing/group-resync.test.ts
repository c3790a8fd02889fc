/**
 * A group writes a call's arrival and its end, not who rings or who answered
 * (services/queue-actor/src/kind.ts isDurable), and not its members' state (persist.ts).
 * kill -9 the node owning the group while an agent rings, and while it is on the call:
 * the successor restores the group from the store, asks its members (statusRequest),
 * and the agent's answer, which names the call holding it, puts the leg or the
 * connected call back (restore.ts reconcile). A connected call is not in the record at all
 * once a later write happened: the successor asks signaling about it (`connect` with
 * `check`) and adopts it on the answer (adoption.ts).
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
        await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
        await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");
      }
      const entry = await transport.states.get(kvKeys.actor("group", `acme.${name}`));
      const stored = JSON.parse(dec.decode(decodeRecord(entry?.value ?? new Uint8Array()).state)) as { group: { calls: StoredCall[] } };
      t.like(stored.group.calls[0], { callId: "c1", phase: "queued", legs: [] }, "the grant and the answer were applied in memory only");

      await victim.kill9();
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

test("kill -9 of the group's owner after its record was written without the connected call: the agent's report makes the successor check with signaling and adopt the call", async (t) => {
  const pair = await startRoutingPair("gra");
  const { transport, a, b, client, calls } = pair;
  try {
    const victim = ownerOf([a.id, b.id], "acme.alice") === a.id ? b : a;
    const name = await pair.groupOn(victim.id, "gra");
    await pair.ringAlice(name);
    await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
    await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");
    // A second call waits (alice is busy), and its arrival is written: without c1.
    await client.tell(groupAddress, `acme.${name}`, { type: "callArrived", callId: "c2", caller: "+358401111111" });
    const entry = await transport.states.get(kvKeys.actor("group", `acme.${name}`));
    const stored = JSON.parse(dec.decode(decodeRecord(entry?.value ?? new Uint8Array()).state)) as { group: { v: number; calls: StoredCall[] } };
    t.is(stored.group.v, 5);
    t.deepEqual(stored.group.calls.map((c) => c.callId), ["c2"], "the connected call is not written");

    await victim.kill9();
    // Any message loads the group on the survivor (here the snapshot's ask): c2 comes back from the record, c1 does not.
    const loaded = await eventually(() => groupSnapshot(client, name, 20_000), (s) => s.calls.some((c) => c.callId === "c2"), 20_000);
    t.false(loaded.calls.some((c) => c.callId === "c1" && c.phase === "connected" && c.caller !== ""), "c1 is not restored from the record");
    const check = await calls.waitFor("connect", (c) => c.callId === "c1" && c.agentId === "alice" && c.check === true, 20_000);
    t.truthy(check);
    // Signaling's answer while alice holds the call.
    await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
    const adopted = await eventually(() => groupSnapshot(client, name, 20_000), (s) => s.calls.some((c) => c.callId === "c1" && c.phase === "connected"));
    t.like(adopted.calls.find((c) => c.callId === "c1"), { agentId: "alice", phase: "connected" });
    t.true(adopted.calls.some((c) => c.callId === "c2"), "the waiting call came back from the record");
    t.is((await agentSnapshot(client, "alice")).phase, "onCall");

    // The call's end reaches the agent only; her report ends it in the group, and c2 is offered to her.
    await client.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c1" });
    await eventually(() => groupSnapshot(client, name), (s) => !s.calls.some((c) => c.callId === "c1"));
    await calls.waitFor("ringAgent", (c) => c.callId === "c2" && c.agentId === "alice", 20_000);
  } finally {
    await pair.stop();
  }
});
