/**
 * An answered offer is not written by the agent actor (services/agent-actor/src/kind.ts
 * isDurable): the reservation is. kill -9 the node owning the agent while it is on a
 * call: the store still says "reserved"; the successor loads that, asks the group
 * (callProbe → callStatus alive) and is on the call again; when the call ends it is free.
 */
import test from "ava";
import { agentAddress, groupAddress } from "../../../lib/routing/addresses.js";
import { decodeRecord } from "../../../lib/runtime/envelope.js";
import { ownerOf } from "../../../lib/runtime/index.js";
import { kvKeys } from "../../../lib/subjects.js";
import { agentSnapshot, eventually, groupSnapshot } from "../../support/routing-cluster.js";
import { startRoutingPair } from "../../support/routing-procs.js";

const dec = new TextDecoder();

test("kill -9 of the agent's owner during a call: the successor resyncs with the group and the agent is on the call, then freed", async (t) => {
  const pair = await startRoutingPair("rs");
  const { transport, a, b, client } = pair;
  try {
    // The agent lives on the node that dies, the group on the survivor.
    const [victim, survivor] = ownerOf([a.id, b.id], "acme.alice") === a.id ? [a, b] : [b, a];
    const name = await pair.groupOn(survivor.id, "rs");
    await pair.ringAlice(name);
    await client.tell(groupAddress, `acme.${name}`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
    await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall");

    const entry = await transport.states.get(kvKeys.actor("agent", "acme.alice"));
    const persisted = JSON.parse(dec.decode(decodeRecord(entry?.value ?? new Uint8Array()).state)) as { agent: { phase: string } };
    t.is(persisted.agent.phase, "reserved", "the answer was applied in memory only");

    await victim.kill9();
    const after = await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "onCall", 20_000);
    t.is(after.callId, "c1");
    t.is((await groupSnapshot(client, name)).calls.find((c) => c.callId === "c1")?.phase, "connected");

    await client.tell(groupAddress, `acme.${name}`, { type: "connectedCallEnded", callId: "c1" });
    await client.tell(agentAddress, "acme.alice", { type: "callGone", callId: "c1" });
    await eventually(() => agentSnapshot(client, "alice"), (s) => s.phase === "available");
    await eventually(() => groupSnapshot(client, name), (s) => s.calls.length === 0 && s.members.some((m) => m.agentId === "alice" && m.availability === "free"));
  } finally {
    await pair.stop();
  }
});
