/**
 * In-dialog requests across a bridged call with real SIP peers on loopback: a sipp caller
 * dials the group, a sipp UAS registered as alice's desktop answers, and then one side
 * sends a re-INVITE, UPDATE or INFO that the node must relay into the other leg's dialog
 * and answer with what the other side answered (RFC 3261 §14, RFC 3311, RFC 6086). Each
 * test gets a fresh node; every sipp run is bounded (-m 1, -timeout) and killed if it hangs.
 */
import test from "ava";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { freeUdpTcpPort } from "../../support/ports.js";
import { BOTH_DIALOGS_GONE, CALLER, caller, device, killSipps, receivedMessages, sipp, startAliceNode, type CallNode } from "./call-node.js";
import { SALES, startTrunkNode, trunk, type TrunkNode } from "./trunk-node.js";

let node: CallNode | TrunkNode | undefined;
let nats: NatsServer | undefined;

test.afterEach.always(async () => {
  killSipps();
  await node?.stop();
  await nats?.stop();
  node = undefined;
  nats = undefined;
});

test.serial("caller re-INVITE mid-call: the agent gets a re-INVITE with that SDP and the session-timer headers, its 200 SDP reaches the caller, the ACK reaches the agent, and a later BYE ends both legs", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-reinvite.xml", desk);
  const call = await caller("caller-reinvite-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);

  const reinvites = receivedMessages(a.messages, /^INVITE sip:/).filter((m) => /CSeq: 2 INVITE/.test(m));
  t.is(reinvites.length >= 1, true, "a second INVITE in the agent leg's dialog, CSeq 2");
  t.regex(reinvites[0] ?? "", /o=caller-hold /);
  t.regex(reinvites[0] ?? "", /a=sendonly/);
  t.regex(reinvites[0] ?? "", /Min-SE: 90/);
  t.regex(reinvites[0] ?? "", /Supported: timer/);
  t.regex(receivedMessages(a.messages, /^ACK sip:/).join("\n"), /CSeq: 2 ACK/, "the ACK for the re-INVITE's 200 reached the agent");
  t.regex(receivedMessages(call.messages, /^SIP\/2\.0 200/).join("\n"), /Require: timer/);

  t.true(await n.metric(/sip_calls_total\{outcome="answered"\} 1/));
  t.true(await n.metric(BOTH_DIALOGS_GONE), "both dialogs gone after the BYE");
  await n.settled("alice");
});

test.serial("agent re-INVITE (hold): the caller gets it in its own dialog, its 200 answer reaches the agent, the agent's ACK is passed on, and the caller's BYE ends both legs", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-hold.xml", desk);
  const call = await caller("caller-held-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  const held = receivedMessages(call.messages, /^INVITE sip:/);
  t.is(held.length >= 1, true);
  t.regex(held[0] ?? "", /a=sendonly/);
  t.regex(receivedMessages(call.messages, /^ACK sip:/).join("\n"), /CSeq: \d+ ACK/, "the agent's ACK reached the caller");
  t.true(await n.metric(BOTH_DIALOGS_GONE));
  await n.settled("alice");
});

test.serial("UPDATE (session refresh) and INFO (DTMF) from the caller are relayed to the agent and answered 200 end to end; the call goes on to a normal BYE", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-update-info.xml", desk);
  const call = await caller("caller-update-info-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  t.regex(receivedMessages(a.messages, /^INFO sip:/).join("\n"), /Content-Type: application\/dtmf-relay/);
  // The existing counters see both directions; no new series were needed.
  t.true(await n.metric(/sip_requests_received_total\{method="UPDATE"\} [1-9]/));
  t.true(await n.metric(/sip_requests_received_total\{method="INFO"\} [1-9]/));
  t.true(await n.metric(BOTH_DIALOGS_GONE));
  await n.settled("alice");
});

test.serial("glare: the agent's re-INVITE while the caller's is pending at the agent gets 491; the caller's re-INVITE still completes and the call ends normally", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-glare.xml", desk);
  const call = await caller("caller-reinvite-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(a.code, 0, a.output);
  t.is(call.code, 0, call.output);
  t.regex(receivedMessages(a.messages, /^SIP\/2\.0 491/).join("\n"), /CSeq: 1 INVITE/);
  t.is(receivedMessages(call.messages, /^INVITE sip:/).length, 0, "the refused re-INVITE never reached the caller");
  t.true(await n.metric(BOTH_DIALOGS_GONE));
  await n.settled("alice");
});

test.serial("488 from the agent to a relayed re-INVITE: the caller gets 488, both sides' ACKs close their transactions, and the call stays up until the caller's BYE", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-488.xml", desk);
  const call = await caller("caller-reinvite-488-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  t.regex(receivedMessages(call.messages, /^SIP\/2\.0 488/).join("\n"), /Warning: 304 agent "video not available"/);
  t.true(await n.metric(BOTH_DIALOGS_GONE));
  await n.settled("alice");
});

test.serial("trunk leg (Q2 external, call records on): the far side's hold re-INVITE on the trunk leg reaches the caller, the caller's answer and the ACK go back, and the caller's BYE ends both legs", async (t) => {
  nats = await startNatsServer();
  const n = await startTrunkNode({ nats });
  node = n;
  // The trunk's UAS plays the same part as an agent's device: answer, then hold.
  const far = await trunk("agent-answer-hold.xml", n.trunkPort);
  const call = await sipp("caller-held-bye.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", SALES, "-key", "caller", CALLER] });
  const f = await far.done;
  t.is(call.code, 0, call.output);
  t.is(f.code, 0, f.output);
  t.regex(receivedMessages(call.messages, /^INVITE sip:/)[0] ?? "", /o=agent-hold /);
  t.regex(receivedMessages(f.messages, /^SIP\/2\.0 200/).join("\n"), /o=caller-held /);
});
