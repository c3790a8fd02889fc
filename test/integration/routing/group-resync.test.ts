/**
 * A group writes a call's arrival and its end, not who rings or who answered
 * (services/queue-actor/src/kind.ts isDurable), and not its members' state (persist.ts).
 * kill -9 the node owning the group while an agent rings, and while it is on the call:
 * the successor restores the group from the store, asks its members (statusRequest),
 * and the agent's answer, which names the call holding it, puts the leg or the
 * connected call back (restore.ts reconcile).
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
        await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice" });
        await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");
      }
      const entry = await transport.states.get(kvKeys.actor("group", `acme.${name}`));
      const stored = JSON.parse(dec.decode(decodeRecord(entry?.value ?? new Uint8Array()).state)) as { group: { calls: StoredCall[] } };
      t.like(stored.group.calls[0], { callId: "c1", phase: "queued", legs: [] }, "the grant and the answer were applied in memory only");

      const connectsBefore = calls.seen.filter((c) => c.command.type === "connect").length;
      await victim.kill9();
      const after = await eventually(
        () => groupSnapshot(client, name, 20_000),
        (s) => s.calls.some((c) => c.callId === "c1" && (moment === "ringing" ? (c.ringing ?? []).includes("alice") : c.phase === "connected")),
        20_000,
      );
      t.is(after.members.find((m) => m.agentId === "alice")?.availability, moment === "ringing" ? "reserved" : "onCall", "alice answered the status request");
      t.is(calls.seen.filter((c) => c.command.type === "ringAgent").length, 1, "signaling was not asked to ring her again");

      if (moment === "ringing") await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice" });
      await eventually(
        () => Promise.resolve(calls.seen.filter((c) => c.command.type === "connect").length),
        (n) => n > connectsBefore,
      );
      await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");

      await client.tell(groupAddress, `acme.${name}`, { type: "connectedCallEnded", callId: "c1" });
      await client.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c1" });
      await eventually(() => groupSnapshot(client, name), (s) => s.calls.length === 0 && s.members.some((m) => m.agentId === "alice" && m.availability === "free"));
    } finally {
      await pair.stop();
    }
  });
}
