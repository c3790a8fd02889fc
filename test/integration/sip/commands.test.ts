/**
 * Across processes: a group actor's SignalingPort publishes CallCommands on the call's
 * subject; only the signaling node whose id is in the call id acts on one, with the
 * organisation from the subject and the effect's idempotency key.
 */
import { connect } from "@nats-io/transport-node";
import test from "ava";
import { natsPublisher, subjectSignalingPort, type CallCommand } from "../../../lib/routing/outbound.js";
import { silentLogger } from "../../../lib/log.js";
import { CallIdMinter, subscribeCallCommands } from "../../../services/signaling/index.js";
import { startNatsServer } from "../../support/nats-server.js";

test("NATS: CallCommands reach only the node that minted the call, with org and key", async (t) => {
  const nats = await startNatsServer();
  const ncGroup = await connect({ servers: nats.url });
  const ncSig = await connect({ servers: nats.url });
  try {
    const got: { org: string; groupId: string; command: CallCommand; key: string }[] = [];
    const sub = subscribeCallCommands(ncSig, { nodeId: "sig_a", deliver: (org, groupId, command, key) => got.push({ org, groupId, command, key }) }, silentLogger());
    await ncSig.flush();
    const port = subjectSignalingPort(natsPublisher(ncGroup));
    const mine = new CallIdMinter("sig_a").next();
    const theirs = new CallIdMinter("sig_b").next();
    port.send("acme", "support", { type: "connect", callId: theirs, agentId: "alice" }, "k-theirs");
    port.send("acme", "support", { type: "cancelRing", callId: mine, agentId: "alice", reason: "timeout" }, "k-mine");
    await ncGroup.flush();
    const deadline = Date.now() + 3000;
    while (got.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    t.deepEqual(got, [{ org: "acme", groupId: "support", command: { type: "cancelRing", callId: mine, agentId: "alice", reason: "timeout" }, key: "k-mine" }]);
    sub.stop();
  } finally {
    await ncGroup.close();
    await ncSig.close();
    await nats.stop();
  }
});
