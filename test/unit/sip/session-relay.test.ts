/**
 * re-INVITE, UPDATE and INFO between the legs of a connected call, on simulated time:
 * the caller's INVITE through the endpoint, the group's commands delivered by hand, the
 * agent's device answered by hand. What a bounded sipp run cannot show is checked here:
 * CSeq and headers of the relayed request, the ACK held until the near side's ACK (and
 * its body for an offerless re-INVITE), glare (491 / 500 with Retry-After), Timer B, the
 * 2xx re-sent until the ACK, and 487 to a pending request when the call ends.
 */
import test from "ava";
import { AGENT, AGENT_REANSWER, CALLER_HOLD_SDP, CALLER_SDP, connected, finals, GROUP, last, respond } from "./bridged-call.js";

test("caller re-INVITE with SDP: the device gets a re-INVITE in its own dialog (next CSeq, same body, session-timer headers, no 100rel); its 2xx SDP reaches the caller; the ACK waits for the caller's", async (t) => {
  const h = await connected();
  const before = h.device().sent.length;
  await h.fromCaller(
    h.callerRequest("INVITE", { body: CALLER_HOLD_SDP, headers: ["Session-Expires: 1800;refresher=uac", "Min-SE: 90", "Supported: timer, 100rel, replaces"] }),
  );
  const reinvite = last(h.device().requests(), "INVITE");
  t.not(reinvite, h.invite);
  t.is(reinvite?.callId, h.invite.callId, "the agent leg's Call-ID");
  t.is(reinvite?.toTag, "dev1");
  t.is(reinvite?.fromTag, h.invite.fromTag);
  t.deepEqual(reinvite?.cseq, { seq: 2, method: "INVITE" }, "a new CSeq in the agent leg's dialog");
  t.is(reinvite?.uri, `sip:dev@${AGENT.address}:${AGENT.port}`, "the remote target from the device's 2xx Contact");
  t.is(reinvite?.body.toString(), CALLER_HOLD_SDP);
  t.is(reinvite?.contentType, "application/sdp");
  t.is(reinvite?.headers.get("session-expires"), "1800;refresher=uac");
  t.is(reinvite?.headers.get("min-se"), "90");
  t.is(reinvite?.headers.get("supported"), "timer", "only option tags that need nothing from this node");
  t.truthy(reinvite?.headers.get("contact"), "a target refresh request carries a Contact");
  if (reinvite === undefined) return;

  const moved = `sip:dev-moved@${AGENT.address}:${AGENT.port}`;
  await h.fromDevice(respond(reinvite, 200, { body: AGENT_REANSWER, contact: moved, headers: ["Session-Expires: 1800;refresher=uac", "Require: timer"] }));
  const ok = finals(h.callerFlow).at(-1);
  t.is(ok?.status, 200);
  t.is(ok?.cseq?.seq, 2);
  t.is(ok?.body.toString(), AGENT_REANSWER);
  t.is(ok?.headers.get("session-expires"), "1800;refresher=uac");
  t.is(ok?.headers.get("require"), "timer");
  t.regex(ok?.headers.get("allow") ?? "", /UPDATE/);
  t.false(h.since(h.device(), before).some((m) => m.kind === "request" && m.method === "ACK"), "no ACK to the device before the caller's");

  await h.fromCaller(h.callerRequest("ACK"));
  const ack = last(h.device().requests(), "ACK");
  t.deepEqual(ack?.cseq, { seq: 2, method: "ACK" });
  t.is(ack?.body.length, 0);
  t.is(ack?.uri, moved, "§12.2.1.2: the 2xx's Contact is the new remote target");
  // §13.2.2.4: the device's retransmitted 2xx gets the same ACK again.
  await h.fromDevice(respond(reinvite, 200, { body: AGENT_REANSWER }));
  t.is(h.device().requests().filter((r) => r.method === "ACK" && r.cseq?.seq === 2).length, 2);

  await h.fromCaller(h.callerRequest("BYE"));
  t.is(last(h.device().requests(), "BYE")?.cseq?.seq, 3, "BYE follows the re-INVITE in the agent leg's CSeq space");
  t.is(last(h.device().requests(), "BYE")?.uri, moved);
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("offerless re-INVITE: the device's 2xx offer goes to the caller, and the caller's answer rides on the device's ACK", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("INVITE"));
  const reinvite = last(h.device().requests(), "INVITE");
  t.is(reinvite?.body.length, 0);
  if (reinvite === undefined) return;
  await h.fromDevice(respond(reinvite, 200, { body: AGENT_REANSWER }));
  t.is(finals(h.callerFlow).at(-1)?.body.toString(), AGENT_REANSWER);
  await h.fromCaller(h.callerRequest("ACK", { body: CALLER_HOLD_SDP }));
  const ack = last(h.device().requests(), "ACK");
  t.is(ack?.body.toString(), CALLER_HOLD_SDP);
  t.is(ack?.contentType, "application/sdp");
});

test("the relayed 2xx is re-sent to the caller at T1 doubling to T2; no ACK within 64·T1 hangs up both legs (§13.3.1.4)", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  const reinvite = last(h.device().requests(), "INVITE");
  if (reinvite === undefined) return t.fail("no re-INVITE");
  const start = h.clock.now();
  await h.fromDevice(respond(reinvite, 200, { body: AGENT_REANSWER }));
  await h.advance(12_000);
  const at = h.callerFlow.sent.filter((s) => s.msg.kind === "response" && s.msg.status === 200 && s.msg.cseq?.seq === 2).map((s) => s.at - start);
  t.deepEqual(at, [0, 500, 1500, 3500, 7500, 11_500]);
  t.false(h.callerFlow.requests().some((r) => r.method === "BYE"));
  await h.advance(20_000);
  t.true(h.callerFlow.requests().some((r) => r.method === "BYE"));
  t.true(h.device().requests().some((r) => r.method === "BYE"));
  t.true(h.device().requests().some((r) => r.method === "ACK" && r.cseq?.seq === 2), "the device's 2xx is ACKed before its BYE");
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("glare: the device's re-INVITE while the caller's is pending at it → 491; the caller's second before an answer → 500 with Retry-After 0–10; the first still completes", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  const reinvite = last(h.device().requests(), "INVITE");
  if (reinvite === undefined) return t.fail("no re-INVITE");
  const deviceResponses = h.device().responses().length;
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER }));
  t.is(h.device().responses().slice(deviceResponses).at(-1)?.status, 491, "§14.2: an INVITE of ours is in progress in that dialog");

  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_SDP }));
  const second = finals(h.callerFlow).at(-1);
  t.is(second?.status, 500, "§14.2: the caller's first INVITE is still unanswered");
  t.regex(second?.headers.get("retry-after") ?? "", /^(10|[0-9])$/);
  t.is(h.device().requests().filter((r) => r.method === "INVITE").length, 2, "the second was not relayed");

  // An UPDATE with an offer meets the same rules (RFC 3311 §5.2); one without is relayed.
  await h.fromDevice(h.deviceRequest("UPDATE", { body: AGENT_REANSWER }));
  t.is(h.device().responses().at(-1)?.status, 491);

  await h.fromDevice(respond(reinvite, 200, { body: AGENT_REANSWER }));
  t.is(finals(h.callerFlow).at(-1)?.status, 200);
  // Until the caller's ACK the exchange is still in progress.
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER }));
  t.is(h.device().responses().at(-1)?.status, 491);
  await h.fromCaller(h.callerRequest("ACK", { seq: 2 }));
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER }));
  t.is(last(h.callerFlow.requests(), "INVITE")?.body.toString(), AGENT_REANSWER, "after the ACK the device's re-INVITE goes through");
});

test("488 from the device: the caller gets 488 with the device's Warning, the device's 488 is ACKed by its transaction, and the call stays up for the next re-INVITE", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  const reinvite = last(h.device().requests(), "INVITE");
  if (reinvite === undefined) return t.fail("no re-INVITE");
  await h.fromDevice(respond(reinvite, 488, { headers: ['Warning: 304 dev "media type not available"'] }));
  const refused = finals(h.callerFlow).at(-1);
  t.is(refused?.status, 488);
  t.is(refused?.reason, "Peer", "the reason phrase as received");
  t.is(refused?.headers.get("warning"), '304 dev "media type not available"');
  const ack = last(h.device().requests(), "ACK");
  t.is(ack?.cseq?.seq, 2);
  t.is(ack?.topVia?.branch, reinvite.topVia?.branch, "the non-2xx ACK belongs to the INVITE's transaction (§17.1.1.3)");
  t.false(h.device().requests().some((r) => r.method === "BYE"));
  t.false(h.told.some((x) => x.event.type === "callGone"));

  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_SDP }));
  t.deepEqual(last(h.device().requests(), "INVITE")?.cseq, { seq: 3, method: "INVITE" });
});

test("status mapping: 491 stays 491; 503 becomes 500 (§16.7); no answer within Timer B → 408 and both legs hung up", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  let reinvite = last(h.device().requests(), "INVITE");
  if (reinvite === undefined) return t.fail("no re-INVITE");
  await h.fromDevice(respond(reinvite, 491));
  t.is(finals(h.callerFlow).at(-1)?.status, 491);

  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  reinvite = last(h.device().requests(), "INVITE");
  if (reinvite === undefined) return t.fail("no re-INVITE");
  await h.fromDevice(respond(reinvite, 503, { headers: ["Retry-After: 30"] }));
  t.is(finals(h.callerFlow).at(-1)?.status, 500);
  t.false(h.told.some((x) => x.event.type === "callGone"));

  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  await h.advance(31_999);
  t.is(finals(h.callerFlow).at(-1)?.status, 500, "nothing before Timer B");
  await h.advance(1);
  t.is(finals(h.callerFlow).at(-1)?.status, 408);
  t.true(h.device().requests().some((r) => r.method === "BYE"));
  t.true(h.callerFlow.requests().some((r) => r.method === "BYE"));
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("UPDATE (session refresh, no SDP) and INFO (DTMF) are relayed both ways with their final responses, without ACKs", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("UPDATE", { headers: ["Session-Expires: 1800;refresher=uac", "Supported: timer"] }));
  const update = last(h.device().requests(), "UPDATE");
  t.deepEqual(update?.cseq, { seq: 2, method: "UPDATE" });
  t.is(update?.headers.get("session-expires"), "1800;refresher=uac");
  t.is(update?.body.length, 0);
  if (update === undefined) return;
  await h.fromDevice(respond(update, 200, { headers: ["Session-Expires: 1800;refresher=uac", "Require: timer"] }));
  const ok = finals(h.callerFlow).at(-1);
  t.is(ok?.status, 200);
  t.is(ok?.cseq?.method, "UPDATE");
  t.is(ok?.headers.get("session-expires"), "1800;refresher=uac");

  await h.fromDevice(h.deviceRequest("INFO", { body: "Signal=5\r\nDuration=160\r\n" }));
  const info = last(h.callerFlow.requests(), "INFO");
  t.is(info?.body.toString(), "Signal=5\r\nDuration=160\r\n");
  t.is(info?.toTag, "ct1", "in the caller's dialog: the caller's tag in To");
  t.deepEqual(info?.cseq, { seq: 1, method: "INFO" }, "the first request this node sends the caller");
  if (info === undefined) return;
  await h.fromCaller(respond(info, 200));
  t.is(h.device().responses().at(-1)?.status, 200);
  t.is(h.device().responses().at(-1)?.cseq?.method, "INFO");
  t.false(h.device().requests().some((r) => r.method === "ACK" && r.cseq?.method !== "ACK"));
  t.is(h.device().requests().filter((r) => r.method === "ACK").length, 1, "only the initial INVITE's ACK");
});

test("device re-INVITE (hold): the caller gets it in its dialog from this node's side; the caller's 2xx goes to the device, whose ACK is passed on; its Contact is the device's new remote target", async (t) => {
  const h = await connected();
  const moved = `sip:dev-moved@${AGENT.address}:${AGENT.port}`;
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER, contact: moved }));
  const reinvite = last(h.callerFlow.requests(), "INVITE");
  t.is(reinvite?.callId, "caller-call-1");
  t.is(reinvite?.toTag, "ct1");
  t.is(reinvite?.uri, "sip:+358401111111@198.51.100.1:5060");
  t.is(reinvite?.body.toString(), AGENT_REANSWER);
  if (reinvite === undefined) return;
  await h.fromCaller(respond(reinvite, 200, { body: CALLER_HOLD_SDP, tag: "ct1" }));
  const ok = h.device().responses().filter((r) => r.status === 200).at(-1);
  t.is(ok?.body.toString(), CALLER_HOLD_SDP);
  t.is(ok?.cseq?.method, "INVITE");
  await h.fromDevice(h.deviceRequest("ACK"));
  t.deepEqual(last(h.callerFlow.requests(), "ACK")?.cseq, { seq: reinvite.cseq?.seq ?? -1, method: "ACK" });

  // §12.2.2 target refresh: the next request to the device goes to the Contact of its re-INVITE.
  await h.fromCaller(h.callerRequest("BYE"));
  t.is(last(h.device().requests(), "BYE")?.uri, moved);
});

test("in-dialog OPTIONS is answered here with Allow naming UPDATE and INFO; an older CSeq gets 500; a re-INVITE pending when the caller hangs up gets 487", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("OPTIONS"));
  const options = finals(h.callerFlow).at(-1);
  t.is(options?.status, 200);
  t.is(options?.headers.get("allow"), "INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE, INFO");
  t.false(h.device().requests().some((r) => r.method === "OPTIONS"), "not relayed");

  await h.fromCaller(h.callerRequest("INVITE", { seq: 1, body: CALLER_SDP }));
  t.is(finals(h.callerFlow).at(-1)?.status, 500, "§12.2.2: lower than the last CSeq");

  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  await h.fromCaller(h.callerRequest("BYE"));
  const statuses = finals(h.callerFlow).slice(-2).map((r) => [r.cseq?.method, r.status]);
  t.deepEqual(statuses, [
    ["BYE", 200],
    ["INVITE", 487],
  ]);
  t.true(h.device().requests().some((r) => r.method === "BYE"));
});

test("before the call is connected a re-INVITE gets 500 with Retry-After (§14.2: the first INVITE is unanswered), and nothing reaches a device", async (t) => {
  const h = await connected();
  // A second call, still queued: its caller's early dialog exists from the 180.
  const early = [
    `INVITE sip:${GROUP}@127.0.0.1 SIP/2.0`,
    "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKearly1;rport",
    "Max-Forwards: 70",
    "From: <sip:+358402222222@198.51.100.1>;tag=ct2",
    `To: <sip:${GROUP}@127.0.0.1>`,
    "Call-ID: caller-call-2",
    "CSeq: 1 INVITE",
    "Contact: <sip:+358402222222@198.51.100.1:5060>",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
  await h.fromCaller(early);
  const ringing = h.callerFlow.responses().find((r) => r.callId === "caller-call-2" && r.status === 180);
  t.truthy(ringing);
  const reinvite = early.replace("branch=z9hG4bKearly1", "branch=z9hG4bKearly2").replace("CSeq: 1 INVITE", "CSeq: 2 INVITE").replace(`To: <sip:${GROUP}@127.0.0.1>`, `To: <sip:${GROUP}@127.0.0.1>;tag=${ringing?.toTag ?? ""}`);
  const devicesBefore = h.device().requests().length;
  await h.fromCaller(reinvite);
  const refused = h.callerFlow.responses().find((r) => r.callId === "caller-call-2" && r.cseq?.seq === 2);
  t.is(refused?.status, 500);
  t.regex(refused?.headers.get("retry-after") ?? "", /^(10|[0-9])$/);
  t.is(h.device().requests().length, devicesBefore);
});

test("the agent's re-INVITE before the caller ACKed its 200 gets 500 with Retry-After (§14.2); the caller gets nothing", async (t) => {
  const h = await connected({ callerAck: false });
  const callerRequests = h.callerFlow.requests().length;
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER }));
  const refused = h.device().responses().at(-1);
  t.is(refused?.status, 500);
  t.regex(refused?.headers.get("retry-after") ?? "", /^(10|[0-9])$/);
  t.is(h.callerFlow.requests().length, callerRequests);
});

test("a relayed request that cannot be sent (transport error) gets 500, not 503 (§16.7), and the call is ended", async (t) => {
  const h = await connected();
  h.device().fail = true;
  await h.fromCaller(h.callerRequest("UPDATE", { body: CALLER_HOLD_SDP }));
  const refused = finals(h.callerFlow).find((r) => r.cseq?.method === "UPDATE");
  t.is(refused?.status, 500);
  t.true(h.callerFlow.requests().some((r) => r.method === "BYE"));
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("the device's 180 and 183 to a relayed re-INVITE reach the caller (status only, in the caller's dialog); a reliable one (RSeq) and UPDATE's 1xx do not", async (t) => {
  const h = await connected();
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  const reinvite = last(h.device().requests(), "INVITE");
  if (reinvite === undefined) return t.fail("no re-INVITE");
  const provisional = () => h.callerFlow.responses().filter((r) => r.cseq?.seq === 2 && r.status > 100 && r.status < 200);
  await h.fromDevice(respond(reinvite, 180));
  await h.fromDevice(respond(reinvite, 183, { body: AGENT_REANSWER, headers: ["RSeq: 1", "Require: 100rel"] }));
  await h.fromDevice(respond(reinvite, 183));
  t.deepEqual(
    provisional().map((r) => r.status),
    [180, 183],
  );
  t.is(provisional()[0]?.toTag, h.callerFlow.responses().find((r) => r.status === 180 && r.cseq?.seq === 1)?.toTag, "the caller dialog's own tag");
  t.is(provisional()[1]?.body.length, 0);
  await h.fromDevice(respond(reinvite, 200, { body: AGENT_REANSWER }));
  t.is(finals(h.callerFlow).at(-1)?.status, 200);
  await h.fromCaller(h.callerRequest("ACK"));

  await h.fromCaller(h.callerRequest("UPDATE", { body: CALLER_SDP }));
  const update = last(h.device().requests(), "UPDATE");
  if (update === undefined) return t.fail("no UPDATE");
  await h.fromDevice(respond(update, 180));
  t.false(h.callerFlow.responses().some((r) => r.cseq?.method === "UPDATE" && r.status === 180));
});
