/**
 * Session timers (RFC 4028) on a bridged call, on simulated time: the negotiation as a
 * pure function (§7.2, §9), then whole calls through the endpoint: 422 with Min-SE, the
 * refresher on each leg, this node's refresh at half the interval (§10), the BYE on both
 * legs when the peer's refresh does not come, and a relayed refresh restarting a leg's timer.
 */
import test from "ava";
import { expiryDelayMs, negotiateAsUas, negotiatedAsUac, parseMessage, type SipRequest, type SipResponse } from "../../../services/signaling/index.js";
import { AGENT_REANSWER, CALLER_HOLD_SDP, connected, finals, GROUP, last, message, respond } from "./bridged-call.js";

function request(headers: readonly string[]): SipRequest {
  const text = message([
    `INVITE sip:${GROUP}@127.0.0.1 SIP/2.0`,
    "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKneg;rport",
    "Max-Forwards: 70",
    "From: <sip:a@198.51.100.1>;tag=1",
    `To: <sip:${GROUP}@127.0.0.1>`,
    "Call-ID: neg",
    "CSeq: 1 INVITE",
    ...headers,
  ]);
  return parseMessage(Buffer.from(text)) as SipRequest;
}

function response(headers: readonly string[]): SipResponse {
  const text = message(["SIP/2.0 200 OK", "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKneg", "From: <sip:a@x>;tag=1", "To: <sip:b@y>;tag=2", "Call-ID: neg", "CSeq: 1 INVITE", ...headers]);
  return parseMessage(Buffer.from(text)) as SipResponse;
}

const uasCases: [string, readonly string[], ReturnType<typeof negotiateAsUas>][] = [
  [
    "timer supported, interval and refresher asked: kept as asked",
    ["Supported: timer", "Session-Expires: 90;refresher=uac"],
    { kind: "accept", interval: { seconds: 90, refresher: "peer" }, headers: [["Session-Expires", "90;refresher=uac"], ["Require", "timer"]] },
  ],
  [
    "Require: timer, refresher=uas: this node refreshes",
    ["Require: timer", "Session-Expires: 600;refresher=uas"],
    { kind: "accept", interval: { seconds: 600, refresher: "us" }, headers: [["Session-Expires", "600;refresher=uas"], ["Require", "timer"]] },
  ],
  [
    "timer supported, no refresher named: the UAC refreshes (compact forms)",
    ["k: timer", "x: 1200"],
    { kind: "accept", interval: { seconds: 1200, refresher: "peer" }, headers: [["Session-Expires", "1200;refresher=uac"], ["Require", "timer"]] },
  ],
  ["timer supported, interval below Min-SE: 422 with ours", ["Supported: timer", "Session-Expires: 30"], { kind: "reject", headers: [["Min-SE", "90"]] }],
  [
    "no timer support, interval below Min-SE (a proxy's): raised to Min-SE, this node refreshes, no Require",
    ["Session-Expires: 30"],
    { kind: "accept", interval: { seconds: 90, refresher: "us" }, headers: [["Session-Expires", "90;refresher=uas"]] },
  ],
  [
    "no Session-Expires, no timer support: the recommended 1800 s, this node refreshes",
    [],
    { kind: "accept", interval: { seconds: 1800, refresher: "us" }, headers: [["Session-Expires", "1800;refresher=uas"]] },
  ],
  [
    "no Session-Expires, timer supported, Min-SE above 1800: Min-SE, the UAC refreshes",
    ["Supported: timer", "Min-SE: 2000"],
    { kind: "accept", interval: { seconds: 2000, refresher: "peer" }, headers: [["Session-Expires", "2000;refresher=uac"], ["Require", "timer"]] },
  ],
];

for (const [name, headers, expected] of uasCases) {
  test(`negotiateAsUas (§9): ${name}`, (t) => {
    t.deepEqual(negotiateAsUas(request(headers)), expected);
  });
}

test("negotiateAsUas: a refresh without Session-Expires keeps the leg's interval so far", (t) => {
  t.deepEqual(negotiateAsUas(request(["Supported: timer"]), 300), {
    kind: "accept",
    interval: { seconds: 300, refresher: "peer" },
    headers: [["Session-Expires", "300;refresher=uac"], ["Require", "timer"]],
  });
});

test("negotiatedAsUac (§7.2): the 2xx decides; uac is this node; no Session-Expires means no timer unless this node already refreshes", (t) => {
  t.deepEqual(negotiatedAsUac(response(["Session-Expires: 90;refresher=uac", "Require: timer"])), { seconds: 90, refresher: "us" });
  t.deepEqual(negotiatedAsUac(response(["Session-Expires: 1800;refresher=uas"])), { seconds: 1800, refresher: "peer" });
  t.deepEqual(negotiatedAsUac(response(["Session-Expires: 120"])), { seconds: 120, refresher: "us" });
  t.is(negotiatedAsUac(response([])), undefined);
  t.is(negotiatedAsUac(response([]), { seconds: 600, refresher: "peer" }), undefined);
  t.deepEqual(negotiatedAsUac(response([]), { seconds: 600, refresher: "us" }), { seconds: 600, refresher: "us" });
});

test("expiry (§10): interval less min(32 s, a third of it)", (t) => {
  t.is(expiryDelayMs(90), 60_000);
  t.is(expiryDelayMs(1800), 1_768_000);
});

// ---------------------------------------------------------------- whole calls

const TIMER_CALLER = ["Supported: timer", "Require: timer", "Session-Expires: 90;refresher=uac", "Min-SE: 90"];

const byes = (reqs: SipRequest[]) => reqs.filter((r) => r.method === "BYE").length;

test("an INVITE with Require: timer and Session-Expires 30 gets 422 with Min-SE 90 (not 420), and no call arrives at the group", async (t) => {
  const h = await connected();
  const arrivals = h.told.filter((x) => x.event.type === "callArrived").length;
  await h.fromCaller(
    message([
      `INVITE sip:${GROUP}@127.0.0.1 SIP/2.0`,
      "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKshort1;rport",
      "Max-Forwards: 70",
      "From: <sip:+358402222222@198.51.100.1>;tag=s1",
      `To: <sip:${GROUP}@127.0.0.1>`,
      "Call-ID: short-call",
      "CSeq: 1 INVITE",
      "Contact: <sip:+358402222222@198.51.100.1:5060>",
      "Supported: timer",
      "Require: timer",
      "Session-Expires: 30",
    ]),
  );
  const refused = h.callerFlow.responses().filter((r) => r.callId === "short-call");
  t.deepEqual(
    refused.map((r) => r.status),
    [422],
  );
  t.is(refused[0]?.headers.get("min-se"), "90");
  t.is(h.told.filter((x) => x.event.type === "callArrived").length, arrivals);
});

test("caller with Require: timer, 90 s, refresher=uac: its 200 carries Session-Expires 90;refresher=uac and Require: timer; the agent's INVITE offers 90 s with Min-SE and Supported: timer", async (t) => {
  const h = await connected({ inviteHeaders: TIMER_CALLER });
  const ok = finals(h.callerFlow).find((r) => r.cseq?.method === "INVITE");
  t.is(ok?.status, 200);
  t.is(ok?.headers.get("session-expires"), "90;refresher=uac");
  t.is(ok?.headers.get("require"), "timer");
  t.is(h.invite.headers.get("session-expires"), "90", "the agent's UAS picks the refresher");
  t.is(h.invite.headers.get("min-se"), "90");
  t.regex(h.invite.headers.getAll("supported").join(","), /timer/);
});

test("the caller refreshes (uac) and no refresh comes: at 90 − 30 s both legs get a BYE and the agent actor hears of the end, not a moment before", async (t) => {
  const h = await connected({ inviteHeaders: TIMER_CALLER });
  await h.advance(59_999);
  t.is(byes(h.callerFlow.requests()), 0);
  t.is(byes(h.device().requests()), 0);
  t.false(h.told.some((x) => x.event.type === "callGone"));
  await h.advance(1);
  t.is(byes(h.callerFlow.requests()), 1);
  t.is(byes(h.device().requests()), 1);
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("a refresh from the caller relayed to the agent restarts the caller leg's timer: no BYE at the old expiry, BYE 60 s after the refresh", async (t) => {
  const h = await connected({ inviteHeaders: TIMER_CALLER });
  await h.advance(50_000);
  await h.fromCaller(h.callerRequest("UPDATE", { headers: ["Session-Expires: 90;refresher=uac", "Supported: timer"] }));
  const update = last(h.device().requests(), "UPDATE");
  if (update === undefined) return t.fail("the UPDATE was not relayed");
  t.is(update.headers.get("session-expires"), "90;refresher=uac");
  await h.fromDevice(respond(update, 200));
  const ok = finals(h.callerFlow).at(-1);
  t.is(ok?.cseq?.method, "UPDATE");
  t.is(ok?.headers.get("session-expires"), "90;refresher=uac", "the caller leg's own negotiation, though the device sent none");
  t.is(ok?.headers.get("require"), "timer");
  await h.advance(59_999);
  t.is(byes(h.callerFlow.requests()), 0, "the old expiry (60 s after the answer) passed without a BYE");
  await h.advance(1);
  t.is(byes(h.callerFlow.requests()), 1);
  t.is(byes(h.device().requests()), 1);
});

test("a refresh that does not reach the far side (refused there) does not restart the near leg's timer", async (t) => {
  const h = await connected({ inviteHeaders: TIMER_CALLER });
  await h.advance(50_000);
  await h.fromCaller(h.callerRequest("UPDATE", { headers: ["Session-Expires: 90;refresher=uac", "Supported: timer"] }));
  const update = last(h.device().requests(), "UPDATE");
  if (update === undefined) return t.fail("the UPDATE was not relayed");
  await h.fromDevice(respond(update, 500, { headers: ["Retry-After: 5"] }));
  t.is(finals(h.callerFlow).at(-1)?.status, 500);
  await h.advance(10_000);
  t.is(byes(h.callerFlow.requests()), 1, "the session expired 60 s after the answer");
});

test("the agent's 2xx makes this node the refresher (uac): an UPDATE without a body at half the interval, nothing to the caller; its 2xx restarts the countdown", async (t) => {
  // The caller leg runs the default 1800 s, refreshed by this node: only the agent leg's timer acts here.
  const h = await connected({ answerHeaders: ["Session-Expires: 90;refresher=uac", "Require: timer", "Allow: INVITE, ACK, BYE, CANCEL, UPDATE"] });
  const callerRequests = h.callerFlow.requests().length;
  await h.advance(44_999);
  t.is(last(h.device().requests(), "UPDATE"), undefined);
  await h.advance(1);
  const refresh = last(h.device().requests(), "UPDATE");
  if (refresh === undefined) return t.fail("no refresh at 45 s");
  t.is(refresh.body.length, 0);
  t.is(refresh.headers.get("session-expires"), "90;refresher=uac");
  t.is(refresh.headers.get("min-se"), "90");
  t.deepEqual(refresh.cseq, { seq: 2, method: "UPDATE" });
  await h.fromDevice(respond(refresh, 200, { headers: ["Session-Expires: 90;refresher=uac", "Require: timer"] }));
  await h.advance(44_999);
  t.is(h.device().requests().filter((r) => r.method === "UPDATE").length, 1);
  await h.advance(1);
  t.is(h.device().requests().filter((r) => r.method === "UPDATE").length, 2, "the next at half the interval after the last refresh");
  t.is(h.callerFlow.requests().length, callerRequests, "the agent leg's refresh is this node's alone");
  t.is(byes(h.device().requests()), 0);
});

test("a peer that does not allow UPDATE is refreshed by re-INVITE with the session description last sent to it (not an INFO body), ACKed on its 2xx", async (t) => {
  const h = await connected({ answerHeaders: ["Session-Expires: 120;refresher=uac", "Require: timer"] });
  await h.advance(10_000);
  // The caller's hold passes the agent leg (restarting its timer, §10), then a DTMF INFO does.
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP }));
  const hold = last(h.device().requests(), "INVITE");
  if (hold === undefined) return t.fail("hold not relayed");
  await h.fromDevice(respond(hold, 200, { body: AGENT_REANSWER }));
  await h.fromCaller(h.callerRequest("ACK"));
  await h.fromCaller(h.callerRequest("INFO", { body: "Signal=5\r\nDuration=160\r\n", contentType: "application/dtmf-relay" }));
  const info = last(h.device().requests(), "INFO");
  if (info === undefined) return t.fail("INFO not relayed");
  await h.fromDevice(respond(info, 200));
  await h.advance(59_999);
  t.is(last(h.device().requests(), "INVITE"), hold);
  await h.advance(1);
  const refresh = last(h.device().requests(), "INVITE");
  if (refresh === undefined || refresh === hold) return t.fail("no refresh re-INVITE 60 s after the hold");
  t.is(refresh.cseq?.seq, (info.cseq?.seq ?? 0) + 1);
  t.is(refresh.body.toString(), CALLER_HOLD_SDP, "the hold offer this node passed on last, unchanged");
  t.is(refresh.headers.get("session-expires"), "120;refresher=uac");
  // §14.1: the device's own re-INVITE meets ours.
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER }));
  t.is(h.device().responses().at(-1)?.status, 491);
  await h.fromDevice(respond(refresh, 200, { body: AGENT_REANSWER, headers: ["Session-Expires: 120;refresher=uac"] }));
  t.deepEqual(last(h.device().requests(), "ACK")?.cseq, { seq: refresh.cseq?.seq ?? -1, method: "ACK" });
  t.is(last(h.callerFlow.requests(), "INVITE"), undefined, "nothing reached the caller");
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER }));
  t.is(last(h.callerFlow.requests(), "INVITE")?.body.toString(), AGENT_REANSWER, "after the refresh the device's re-INVITE is relayed");
});

test("a caller without timer support: 200 with Session-Expires 1800;refresher=uas and no Require; this node refreshes it at 900 s (UPDATE, which it allows)", async (t) => {
  const h = await connected({ callerAllow: "INVITE, ACK, BYE, CANCEL, UPDATE" });
  const ok = finals(h.callerFlow).find((r) => r.cseq?.method === "INVITE");
  t.is(ok?.headers.get("session-expires"), "1800;refresher=uas");
  t.is(ok?.headers.get("require"), undefined);
  await h.advance(899_999);
  t.is(last(h.callerFlow.requests(), "UPDATE"), undefined);
  await h.advance(1);
  const refresh = last(h.callerFlow.requests(), "UPDATE");
  t.is(refresh?.toTag, "ct1", "in the caller's dialog");
  t.is(refresh?.headers.get("session-expires"), "1800;refresher=uac");
  if (refresh === undefined) return;
  // A caller without timer support answers without Session-Expires; this node keeps refreshing.
  await h.fromCaller(respond(refresh, 200, { tag: "ct1" }));
  await h.advance(900_000);
  t.is(h.callerFlow.requests().filter((r) => r.method === "UPDATE").length, 2);
  t.is(byes(h.callerFlow.requests()), 0);
});

test("481 to this node's refresh ends the call on both legs (§10)", async (t) => {
  const h = await connected({ answerHeaders: ["Session-Expires: 90;refresher=uac", "Allow: INVITE, ACK, BYE, UPDATE"] });
  await h.advance(45_000);
  const refresh = last(h.device().requests(), "UPDATE");
  if (refresh === undefined) return t.fail("no refresh");
  await h.fromDevice(respond(refresh, 481));
  t.is(byes(h.callerFlow.requests()), 1);
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("the agent refreshes (its 2xx says uas) and never does: both legs end at 90 − 30 s though the caller leg's own timer runs far longer", async (t) => {
  const h = await connected({ answerHeaders: ["Session-Expires: 90;refresher=uas", "Require: timer"] });
  await h.advance(59_999);
  t.is(byes(h.device().requests()), 0);
  await h.advance(1);
  t.is(byes(h.device().requests()), 1);
  t.is(byes(h.callerFlow.requests()), 1);
  t.true(h.told.some((x) => x.event.type === "callGone"));
});

test("the agent's refresh re-INVITE relayed to the caller restarts the agent leg's timer", async (t) => {
  const h = await connected({ answerHeaders: ["Session-Expires: 90;refresher=uas", "Require: timer"] });
  await h.advance(40_000);
  await h.fromDevice(h.deviceRequest("INVITE", { body: AGENT_REANSWER, headers: ["Session-Expires: 90;refresher=uac", "Supported: timer"] }));
  const relayed = last(h.callerFlow.requests(), "INVITE");
  if (relayed === undefined) return t.fail("not relayed");
  t.is(relayed.headers.get("session-expires"), "90;refresher=uac");
  // The caller (a carrier without timers, say) answers with no Session-Expires; the agent leg's 2xx is this node's to negotiate.
  await h.fromCaller(respond(relayed, 200, { body: CALLER_HOLD_SDP, tag: "ct1" }));
  const ok = h.device().responses().filter((r) => r.status === 200).at(-1);
  t.is(ok?.headers.get("session-expires"), "90;refresher=uac");
  t.is(ok?.headers.get("require"), "timer");
  await h.fromDevice(h.deviceRequest("ACK"));
  await h.advance(59_999);
  t.is(byes(h.device().requests()), 0);
  await h.advance(1);
  t.is(byes(h.device().requests()), 1);
});

test("a relayed re-INVITE asking for 30 s with timer support gets 422 with Min-SE 90 and never reaches the other leg", async (t) => {
  const h = await connected({ inviteHeaders: TIMER_CALLER });
  const sent = h.device().requests().length;
  await h.fromCaller(h.callerRequest("INVITE", { body: CALLER_HOLD_SDP, headers: ["Supported: timer", "Session-Expires: 30"] }));
  const refused = finals(h.callerFlow).at(-1);
  t.is(refused?.status, 422);
  t.is(refused?.headers.get("min-se"), "90");
  t.is(h.device().requests().length, sent);
});

test("the agent's 422 with Min-SE 120: the INVITE is sent again once with Session-Expires and Min-SE 120 (next CSeq, same Call-ID and From tag), and the call connects", async (t) => {
  const h = await connected({ inviteHeaders: TIMER_CALLER, minSe422: 120 });
  const invites = h.device().requests().filter((r) => r.method === "INVITE");
  t.is(invites.length, 2);
  const first = invites.at(0);
  const second = invites.at(1);
  if (first === undefined || second === undefined) return;
  t.is(second.callId, first.callId);
  t.is(second.fromTag, first.fromTag);
  t.is(second.cseq?.seq, (first.cseq?.seq ?? 0) + 1);
  t.is(second.headers.get("session-expires"), "120");
  t.is(second.headers.get("min-se"), "120");
  t.is(finals(h.callerFlow).find((r) => r.cseq?.method === "INVITE")?.status, 200);
  t.is(h.device().requests().filter((r) => r.method === "ACK").at(-1)?.cseq?.seq, second.cseq?.seq);
});

test("422 to this node's refresh: sent again at once with the peer's Min-SE as the interval", async (t) => {
  const h = await connected({ answerHeaders: ["Session-Expires: 90;refresher=uac", "Allow: INVITE, ACK, BYE, UPDATE"] });
  await h.advance(45_000);
  const refresh = last(h.device().requests(), "UPDATE");
  if (refresh === undefined) return t.fail("no refresh");
  await h.fromDevice(respond(refresh, 422, { headers: ["Min-SE: 180"] }));
  const again = last(h.device().requests(), "UPDATE");
  t.not(again, refresh);
  t.is(again?.headers.get("session-expires"), "180;refresher=uac");
  t.is(byes(h.device().requests()), 0);
});

test("a refused refresh (500, 491) is tried again at half the time left; when none succeeds the session ends at its expiry, 90 s after the answer", async (t) => {
  const h = await connected({ answerHeaders: ["Session-Expires: 90;refresher=uac", "Allow: INVITE, ACK, BYE, UPDATE"] });
  const start = h.clock.now();
  const sent = () => h.device().sent.filter((s) => s.msg.kind === "request" && s.msg.method === "UPDATE");
  let answered = 0;
  for (let i = 0; i < 400 && byes(h.device().requests()) === 0; i++) {
    await h.advance(250);
    for (const s of sent().slice(answered)) {
      answered++;
      await h.fromDevice(respond(s.msg as SipRequest, answered === 2 ? 491 : 500));
    }
  }
  // 45 s, then half of what is left after each refusal (answered at the next 250 ms step); under 2 s left, none more.
  t.deepEqual(
    sent().map((s) => (s.at - start) / 1000),
    [45, 67.5, 78.75, 84.375, 87.25, 88.625],
  );
  const bye = h.device().sent.find((s) => s.msg.kind === "request" && s.msg.method === "BYE");
  t.is(bye === undefined ? undefined : (bye.at - start) / 1000, 90);
  t.is(byes(h.callerFlow.requests()), 1);
});
