/**
 * Session timers (RFC 4028) across a bridged call with real SIP peers on loopback: a sipp
 * caller (a carrier that requires timers) dials the group, a sipp UAS registered as
 * alice's desktop answers. Each test gets a fresh node; every sipp run is bounded (-m 1,
 * -timeout) and killed if it hangs. The refresh and expiry tests have the agent answer a
 * 6 s interval, below Min-SE (a UAS must not, §9, but the node follows the 2xx it got),
 * so that half an interval passes within a test.
 */
import test from "ava";
import { freeUdpTcpPort } from "../../support/ports.js";
import { BOTH_DIALOGS_GONE, caller, device, killSipps, receivedMessages, startAliceNode, type CallNode } from "./call-node.js";

let node: CallNode | undefined;

test.afterEach.always(async () => {
  killSipps();
  await node?.stop();
  node = undefined;
});

test.serial("a caller with Require: timer and Session-Expires 90;refresher=uac is answered 200 with Session-Expires and Require: timer, and reaches the agent, whose leg the node refreshes with UPDATE at half its interval", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-timer-refresh.xml", desk, ["-key", "agent_se", "6;refresher=uac"]);
  const call = await caller("caller-timer-bye.xml", n, await freeUdpTcpPort(), ["-d", "4500"]);
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  const invite = receivedMessages(a.messages, /^INVITE sip:/)[0] ?? "";
  t.regex(invite, /Session-Expires: 90\r?\n/, "the agent leg is offered the caller's interval");
  t.regex(invite, /Min-SE: 90/);
  const updates = receivedMessages(a.messages, /^UPDATE sip:/);
  t.is(updates.length >= 1, true, "the node's refresh reached the agent");
  t.regex(updates[0] ?? "", /Content-Length: 0/);
  t.is(receivedMessages(call.messages, /^UPDATE sip:/).length, 0, "the agent leg's refresh stays on that leg");
  t.true(await n.metric(/sip_calls_total\{outcome="answered"\} 1/));
  t.true(await n.metric(BOTH_DIALOGS_GONE));
  await n.settled("alice");
});

test.serial("a caller with Require: timer and Session-Expires 30 gets 422 with Min-SE 90 (not 420 Bad Extension), and no call is answered or left open", async (t) => {
  const { n } = await startAliceNode((started) => (node = started));
  const call = await caller("caller-timer-422.xml", n, await freeUdpTcpPort());
  t.is(call.code, 0, call.output);
  t.regex(receivedMessages(call.messages, /^SIP\/2\.0 422/).join("\n"), /Min-SE: 90/);
  t.true(await n.metric(/sip_calls_total\{outcome="answered"\} 0/));
  t.true(await n.metric(/sip_dialogs_active\{side="caller"\} 0/));
});

test.serial("the agent takes the refresher role and never refreshes: the node sends BYE to both legs before the session expires, and the agent is free again", async (t) => {
  const { n, desk } = await startAliceNode((started) => (node = started));
  const agent = await device("agent-answer-timer-expire.xml", desk, ["-key", "agent_se", "6;refresher=uas"]);
  const call = await caller("caller-wait-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  t.is(receivedMessages(call.messages, /^BYE sip:/).length >= 1, true);
  t.true(await n.metric(BOTH_DIALOGS_GONE));
  await n.settled("alice");
});
