/**
 * The call layer on simulated time: the caller's INVITE through the endpoint, group
 * commands delivered as the bridge would, agent devices answered by hand. What sipp
 * cannot show in a bounded run is checked here: the 2xx retransmission schedule and
 * the 64·T1 give-up (RFC 3261 §13.3.1.4), CANCEL held until a provisional (§9.1), a 2xx
 * racing a cancel, the ring guard, reports and their keys.
 */
import test from "ava";
import { SimulatedClock } from "../../../lib/clock.js";
import type { SignalingEvent, SignalingReport } from "../../../lib/routing/messages.js";
import type { CallCommand, SignalingPort } from "../../../lib/routing/outbound.js";
import {
  CallCommandBridge,
  CallIdMinter,
  Directory,
  failureOf,
  MemoryLocationStore,
  nodeOfCallId,
  numberOf,
  parseUri,
  peerTrust,
  routeAction,
  type Binding,
  type SipRequest,
} from "../../../services/signaling/index.js";
import { callStack } from "./call-stack.js";
import { FakeFlow, FakeSender, settle } from "./fakes.js";

const DOMAIN = "acme.example";
const GROUP = "+35810123456";
const docs = [
  { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: "acme", uid: "o", resourceVersion: "1" }, spec: { domain: DOMAIN, numbers: [] } },
  {
    apiVersion: "ringmesh/v1",
    kind: "AnswerGroup",
    metadata: { organisation: "acme", name: "support", uid: "g", resourceVersion: "1" },
    spec: { number: GROUP },
  },
] as unknown as ConstructorParameters<typeof Directory>[0];

const AGENT = { address: "192.0.2.20", port: 5062 };

function binding(sipUser: string, port: number, deviceKind: Binding["deviceKind"] = "desktop"): Binding {
  return {
    id: `${sipUser}-b`,
    org: "acme",
    user: "alice",
    sipUser,
    aor: `sip:${sipUser}@${DOMAIN}`,
    deviceKind,
    contact: `sip:${sipUser}@${AGENT.address}:${port}`,
    callId: "reg",
    cseq: 1,
    expiresAt: Number.MAX_SAFE_INTEGER,
    updatedAt: 0,
    flow: { protocol: "UDP", remote: { address: AGENT.address, port }, local: { address: "127.0.0.1", port: 5060 }, id: `udp:${AGENT.address}:${port}` },
    nodeId: "n_1",
  };
}

interface Told {
  readonly to: "group" | "agent";
  readonly event: SignalingEvent | SignalingReport;
  readonly key: string;
}

async function harness(bindings: Binding[] = [binding("alice-desk", AGENT.port)], trusted: readonly string[] = [], arrivalAnswerMs = 0) {
  const clock = new SimulatedClock(1_700_000_000_000);
  const sender = new FakeSender(clock);
  const location = new MemoryLocationStore();
  await location.commit({ put: bindings, remove: [] });
  const directory = new Directory(docs);
  const told: Told[] = [];
  const { calls, ep, registry } = callStack({
    clock,
    sender,
    location,
    directory,
    tell: (to, event, key) => told.push({ to, event, key }),
    allow: ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER"],
    trustedPeer: peerTrust(trusted),
    arrivalAnswerMs,
  });
  const callerFlow = new FakeFlow(clock, "UDP", { address: "198.51.100.1", port: 5060 });
  const deviceFlow = (port = AGENT.port) => sender.flows.get(`UDP:${AGENT.address}:${port}`);
  const flush = async () => {
    for (let i = 0; i < 10; i++) await settle();
  };
  const fromCaller = async (text: string) => {
    ep.receive(Buffer.from(text), callerFlow);
    await flush();
  };
  const fromDevice = async (text: string, port = AGENT.port) => {
    const flow = deviceFlow(port);
    if (flow === undefined) throw new Error("nothing was sent to that device");
    ep.receive(Buffer.from(text), flow);
    await flush();
  };
  let seq = 0;
  const command = async (c: CallCommand, key = `k${++seq}`) => {
    calls.deliver("acme", "support", c, key);
    await flush();
  };
  const callId = () => {
    const e = told.find((x) => x.event.type === "callArrived");
    if (e?.event.type !== "callArrived") throw new Error("no callArrived");
    return e.event.callId;
  };
  return { clock, calls, told, callerFlow, deviceFlow, fromCaller, fromDevice, command, callId, registry, flush };
}

const CALLER_INVITE = [
  `INVITE sip:${GROUP}@127.0.0.1 SIP/2.0`,
  "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKcaller1;rport",
  "Max-Forwards: 70",
  "From: <sip:+358401111111@198.51.100.1>;tag=ct1",
  `To: <sip:${GROUP}@127.0.0.1>`,
  "Call-ID: caller-call-1",
  "CSeq: 1 INVITE",
  "Contact: <sip:+358401111111@198.51.100.1:5060>",
  "Content-Type: application/sdp",
  "Content-Length: 12",
  "",
  "v=0\r\no=c 1 1",
].join("\r\n");

/** A device's response to the INVITE (or CANCEL) it got, with its own To-tag and Contact. */
function reply(req: SipRequest, status: number, tag = "dev1", body = ""): string {
  return [
    `SIP/2.0 ${status} X`,
    ...req.headers.getAll("via").map((v) => `Via: ${v}`),
    `From: ${req.headers.get("from") ?? ""}`,
    `To: ${req.headers.get("to") ?? ""};tag=${tag}`,
    `Call-ID: ${req.callId ?? ""}`,
    `CSeq: ${req.headers.get("cseq") ?? ""}`,
    `Contact: <sip:dev@${AGENT.address}:${AGENT.port}>`,
    ...(body !== "" ? ["Content-Type: application/sdp"] : []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

function ackFor(res200: { headers: { get(n: string): string | undefined } }): string {
  return [
    `ACK sip:ringmesh@127.0.0.1:5060 SIP/2.0`,
    "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKcallerack;rport",
    "Max-Forwards: 70",
    `From: ${res200.headers.get("from") ?? ""}`,
    `To: ${res200.headers.get("to") ?? ""}`,
    "Call-ID: caller-call-1",
    "CSeq: 1 ACK",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

const ring = (callId: string, reservation = 1, ringSeconds = 20): CallCommand => ({
  type: "ringAgent",
  callId,
  agentId: "alice",
  billingId: "",
  reservation,
  devices: [{ kind: "desktop", from: "+358401111111", group: { number: GROUP, name: "Support" } }],
  ringSeconds,
});

test("a group slower than 200 ms to answer the arrival: the transaction's 100 Trying at 200 ms (RFC 3261 §17.2.1), then the 180 once it answers", async (t) => {
  const h = await harness(undefined, [], 500);
  await h.fromCaller(CALLER_INVITE);
  t.deepEqual(h.callerFlow.responses().map((r) => r.status), [], "nothing yet");
  h.clock.advanceBy(199);
  await h.flush();
  t.deepEqual(h.callerFlow.responses().map((r) => r.status), []);
  h.clock.advanceBy(1);
  await h.flush();
  t.deepEqual(h.callerFlow.responses().map((r) => r.status), [100]);
  h.clock.advanceBy(300);
  await h.flush();
  t.deepEqual(h.callerFlow.responses().map((r) => r.status), [100, 180]);
});

async function answeredCall() {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command(ring(id));
  const invite = h.deviceFlow()?.requests().find((r) => r.method === "INVITE");
  if (invite === undefined) throw new Error("no INVITE to the device");
  await h.fromDevice(reply(invite, 180));
  await h.fromDevice(reply(invite, 200, "dev1", "v=0\r\no=agent 1 1"));
  return { ...h, id, invite };
}

test("caller INVITE: callArrived to the group keyed by the call, then 180 (no 100 when the group answers within 200 ms); the call id is a subject token naming this node", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  t.deepEqual(h.callerFlow.responses().map((r) => r.status), [180]);
  const arrived = h.told.find((x) => x.event.type === "callArrived");
  t.like(arrived, { to: "group", event: { type: "callArrived", caller: "+358401111111" } });
  t.regex(h.callId(), /^[A-Za-z0-9_-]+$/);
  t.is(nodeOfCallId(h.callId()), "n_1");
  t.is(arrived?.key, `${h.callId()}:arrived:0`);
});

test("askHeld: the calls of this node waiting at the group go back as callsHeld (a group that lost its unwritten arrivals); connected ones and other groups' do not", async (t) => {
  const h = await harness();
  const start = h.clock.now();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  h.clock.advanceBy(1_000);
  await h.command({ type: "askHeld" }, "ask1");
  const held = h.told.filter((x) => x.event.type === "callsHeld");
  t.deepEqual(held, [{ to: "group", event: { type: "callsHeld", calls: [{ callId: id, caller: "+358401111111", firstArrivedAt: start, enqueuedAt: start }] }, key: "n_1:held:ask1" }]);
  h.calls.deliver("acme", "sales", { type: "askHeld" }, "ask2");
  await h.flush();
  t.is(h.told.filter((x) => x.event.type === "callsHeld").length, 1, "nothing waits at sales: no answer");
  h.calls.reportAllHeld();
  await h.flush();
  t.like(h.told.at(-1), { to: "group", event: { type: "callsHeld", calls: [{ callId: id }] } });
  t.regex(h.told.at(-1)?.key ?? "", /^n_1:held:lost:[0-9a-z]+:1$/, "unasked (a host of groups left): keyed by this run and round");
  await h.command(ring(id));
  const invite = h.deviceFlow()?.requests().find((r) => r.method === "INVITE");
  if (invite === undefined) throw new Error("no INVITE to the device");
  await h.fromDevice(reply(invite, 200, "dev1", "v=0\r\no=agent 1 1"));
  await h.command({ type: "askHeld" }, "ask3");
  t.is(h.told.filter((x) => x.event.type === "callsHeld").length, 2, "connected: the agent's reports tell the group (adoption.ts)");
});

test("RFC 3325: the caller's P-Asserted-Identity counts only when the INVITE comes from an address in SIP_TRUSTED_PEERS", async (t) => {
  const withPai = CALLER_INVITE.replace("Max-Forwards: 70", "Max-Forwards: 70\r\nP-Asserted-Identity: <sip:+358409999999@carrier.example.net>");
  const callerOf = async (trusted: readonly string[]) => {
    const h = await harness(undefined, trusted);
    await h.fromCaller(withPai);
    const arrived = h.told.find((x) => x.event.type === "callArrived")?.event;
    return arrived?.type === "callArrived" ? arrived.caller : undefined;
  };
  t.is(await callerOf([]), "+358401111111", "nobody trusted: From");
  t.is(await callerOf(["203.0.113.0/24"]), "+358401111111", "another network: From");
  t.is(await callerOf(["198.51.100.0/24"]), "+358409999999", "the caller's network: P-Asserted-Identity");
});

test("2xx from the device connects the call: ACKed, the caller's 200 at once with the agent's SDP, legAnswered posted once; a connect (an agent's probe) changes nothing", async (t) => {
  const h = await answeredCall();
  const deviceReqs = h.deviceFlow()?.requests().map((r) => r.method);
  t.deepEqual(deviceReqs, ["INVITE", "ACK"]);
  t.deepEqual(
    h.told.filter((x) => x.event.type === "legAnswered").map((x) => [x.to, x.key]),
    [["group", `${h.id}:answered:alice:1`]],
  );
  t.is(h.callerFlow.responses().filter((r) => r.status === 200).length, 1, "the caller is answered without waiting for the group");
  await h.command({ type: "connect", callId: h.id, agentId: "alice" }, "c1");
  const oks = h.callerFlow.responses().filter((r) => r.status === 200);
  t.is(oks.length, 1);
  t.is(oks[0]?.body.toString(), "v=0\r\no=agent 1 1");
  const text = await h.registry.metrics();
  t.regex(text, /sip_calls_total\{outcome="answered"\} 1/);
  t.regex(text, /sip_requests_received_total\{method="INVITE"\} 1\n/, "the caller's INVITE");
  t.regex(text, /sip_requests_sent_total\{method="INVITE"\} 1\n/, "the agent leg's INVITE");  h.clock.advanceBy(20_000);
  await h.flush();
  t.is(h.told.filter((x) => x.event.type === "legAnswered").length, 1, "posted once: nothing waits on the group");
});

test("RFC 3261 §13.3.1.4: the caller's 2xx is re-sent at T1 doubling to T2 until the ACK; the ACK stops it", async (t) => {
  const h = await answeredCall();
  const start = h.clock.now();
  h.clock.advanceBy(12_000);
  await h.flush();
  const at = h.callerFlow.sent.filter((s) => s.msg.kind === "response" && s.msg.status === 200).map((s) => s.at - start);
  t.deepEqual(at, [0, 500, 1500, 3500, 7500, 11_500]);
  const ok = h.callerFlow.responses().find((r) => r.status === 200);
  if (ok === undefined) throw new Error("no 200");
  await h.fromCaller(ackFor(ok));
  h.clock.advanceBy(40_000);
  await h.flush();
  t.is(h.callerFlow.responses().filter((r) => r.status === 200).length, 6, "no retransmission after the ACK");
  t.false(h.callerFlow.requests().some((r) => r.method === "BYE"));
});

test("RFC 3261 §13.3.1.4: no ACK within 64·T1 → BYE to the caller and to the agent, callGone to the agent actor only (its report tells the group)", async (t) => {
  const h = await answeredCall();
  h.clock.advanceBy(31_999);
  await h.flush();
  t.false(h.callerFlow.requests().some((r) => r.method === "BYE"));
  h.clock.advanceBy(1);
  await h.flush();
  t.true(h.callerFlow.requests().some((r) => r.method === "BYE"));
  t.true(h.deviceFlow()?.requests().some((r) => r.method === "BYE"));
  t.deepEqual(
    h.told.filter((x) => x.event.type === "connectedCallEnded" || x.event.type === "callGone").map((x) => [x.to, x.event.type]),
    [["agent", "callGone"]],
  );
});

test("a command that shows the group missed the answer (cancelRing for the winner as its M10 crossed the 2xx, ringAgent, routeCall) reports it again under that command's key; the call stays up", async (t) => {
  const h = await answeredCall();
  const reports = () => h.told.filter((x) => x.event.type === "legAnswered").map((x) => x.key);
  const key = `${h.id}:answered:alice:1`;
  await h.command({ type: "cancelRing", callId: h.id, agentId: "alice", reason: "timeout" }, "m10");
  await h.command({ type: "cancelRing", callId: h.id, agentId: "bob", reason: "answeredElsewhere" }, "other");
  await h.command(ring(h.id, 2), "ring-again");
  await h.command({ type: "routeCall", callId: h.id, setting: "Q6", reason: "maxWait", destination: { type: "disconnect" }, billingId: "" }, "q1");
  t.deepEqual(reports(), [key, `${key}#m10`, `${key}#ring-again`, `${key}#q1`]);
  t.false(h.deviceFlow()?.requests().some((r) => r.method === "BYE" || r.method === "CANCEL"), "the agent stays on the call");
  t.deepEqual(h.deviceFlow()?.requests().filter((r) => r.method === "INVITE").length, 1, "nobody else is rung");
  t.false(h.callerFlow.responses().some((r) => r.status >= 400), "the caller is not routed away");
});

test("a short call whose answer the group missed: its end goes to the agent only; the group's next command for it as waiting gets connectedCallEnded, once", async (t) => {
  const { h, ok } = await connectedCall();
  await h.fromCaller(ackFor(ok).replace("ACK sip", "BYE sip").replace("CSeq: 1 ACK", "CSeq: 2 BYE").replace("z9hG4bKcallerack", "z9hG4bKcallerbye"));
  const ends = () => h.told.filter((x) => x.event.type === "connectedCallEnded" || x.event.type === "callGone").map((x) => [x.to, x.event.type]);
  t.deepEqual(ends(), [["agent", "callGone"]]);
  await h.command({ type: "cancelRing", callId: h.id, agentId: "bob", reason: "answeredElsewhere" }, "other");
  t.deepEqual(ends(), [["agent", "callGone"]], "another agent's cancel says nothing about the answer");
  await h.command({ type: "cancelRing", callId: h.id, agentId: "alice", reason: "timeout" }, "m10");
  await h.command(ring(h.id, 2), "ring-again");
  t.deepEqual(ends(), [
    ["agent", "callGone"],
    ["group", "connectedCallEnded"],
  ]);
});

test("a connect for a call this node ended (the group's answer to an agent's probe) reports the end again, however recent", async (t) => {
  const { h, ok } = await connectedCall();
  await h.fromCaller(ackFor(ok).replace("ACK sip", "BYE sip").replace("CSeq: 1 ACK", "CSeq: 2 BYE").replace("z9hG4bKcallerack", "z9hG4bKcallerbye"));
  t.is(h.told.filter((x) => x.event.type === "callGone").length, 1);
  await h.command({ type: "connect", callId: h.id, agentId: "alice" }, "probe-1");
  t.deepEqual(
    h.told.slice(-2).map((x) => [x.to, x.event.type]),
    [
      ["group", "connectedCallEnded"],
      ["agent", "callGone"],
    ],
  );
  const told = h.told.length;
  await h.command({ type: "cancelRing", callId: h.id, agentId: "alice", reason: "timeout" }, "late-cancel");
  t.is(h.told.length, told, "other late commands for a call that just ended stay unanswered");
});

test("a check (the connect of a group that lost the call from its record) gets legAnswered while that agent holds the call, and connectedCallEnded to the group alone once it is gone", async (t) => {
  const { h, ok } = await connectedCall();
  const told = () => h.told.map((x) => [x.to, x.event.type]);
  let before = h.told.length;
  await h.command({ type: "connect", callId: h.id, agentId: "alice", check: true }, "check-1");
  t.deepEqual(told().slice(before), [["group", "legAnswered"]]);
  before = h.told.length;
  await h.command({ type: "connect", callId: h.id, agentId: "bob", check: true }, "check-2");
  t.is(h.told.length, before, "bob does not hold it: no answer, the group's check runs out");
  await h.fromCaller(ackFor(ok).replace("ACK sip", "BYE sip").replace("CSeq: 1 ACK", "CSeq: 2 BYE").replace("z9hG4bKcallerack", "z9hG4bKcallerbye"));
  before = h.told.length;
  await h.command({ type: "connect", callId: h.id, agentId: "alice", check: true }, "check-3");
  t.deepEqual(told().slice(before), [["group", "connectedCallEnded"]], "no callGone: the group frees the agent without a wrap-up");
});

/** An answered call, the caller's 200 ACKed: the dialog both legs share from here. */
async function connectedCall() {
  const h = await answeredCall();
  const ok = h.callerFlow.responses().find((r) => r.status === 200);
  if (ok === undefined) throw new Error("no 200");
  await h.fromCaller(ackFor(ok));
  return { h, ok };
}

test("caller BYE after connect: 200, BYE to the agent in its dialog (To-tag, Route-less, CSeq 2), reports once", async (t) => {
  const { h, ok } = await connectedCall();
  const bye = ackFor(ok).replace("ACK sip", "BYE sip").replace("CSeq: 1 ACK", "CSeq: 2 BYE").replace("z9hG4bKcallerack", "z9hG4bKcallerbye");
  await h.fromCaller(bye);
  t.is(h.callerFlow.responses().at(-1)?.status, 200);
  const agentBye = h.deviceFlow()?.requests().find((r) => r.method === "BYE");
  t.is(agentBye?.toTag, "dev1");
  t.is(agentBye?.cseq?.seq, 2);
  t.is(agentBye?.uri, `sip:dev@${AGENT.address}:${AGENT.port}`, "remote target from the 2xx's Contact");
  await h.fromCaller(bye);
  t.is(h.told.filter((x) => x.event.type === "callGone").length, 1);
  t.false(h.told.some((x) => x.event.type === "connectedCallEnded"), "the group learns the end from the agent actor");
  t.regex(await h.registry.metrics(), /sip_dialogs_active\{side="caller"\} 0[\s\S]*sip_dialogs_active\{side="agent"\} 0/);
});

test("a re-INVITE from the caller is passed to the agent's device in its dialog, not refused (session-relay.test.ts has the rest); the call stays up", async (t) => {
  const { h, ok } = await connectedCall();
  const reinvite = ackFor(ok).replace("ACK sip", "INVITE sip").replace("CSeq: 1 ACK", "CSeq: 2 INVITE").replace("z9hG4bKcallerack", "z9hG4bKcallerreinv");
  await h.fromCaller(reinvite);
  t.false(h.callerFlow.responses().some((r) => r.cseq?.method === "INVITE" && r.status >= 300), "no refusal");
  t.deepEqual(h.deviceFlow()?.requests().at(-1)?.cseq, { seq: 2, method: "INVITE" });
  t.false(h.deviceFlow()?.requests().some((r) => r.method === "BYE"), "the agent leg stays");
  t.false(h.told.some((x) => x.event.type === "callGone"));
});

test("§9.1: cancelRing before the device's 1xx holds the CANCEL until a 1xx arrives; the 487 reports nothing", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command(ring(id));
  const invite = h.deviceFlow()?.requests().find((r) => r.method === "INVITE");
  if (invite === undefined) throw new Error("no INVITE");
  await h.command({ type: "cancelRing", callId: id, agentId: "alice", reason: "callerHungUp" });
  t.false(h.deviceFlow()?.requests().some((r) => r.method === "CANCEL"), "no CANCEL before a provisional");
  await h.fromDevice(reply(invite, 180));
  const cancel = h.deviceFlow()?.requests().find((r) => r.method === "CANCEL");
  t.is(cancel?.topVia?.branch, invite.topVia?.branch, "same branch as the INVITE");
  t.is(cancel?.cseq?.seq, invite.cseq?.seq);
  await h.fromDevice(reply(invite, 487));
  t.false(h.told.some((x) => x.event.type === "legFailed" || x.event.type === "legGone"), "the group asked for it: no legGone");
});

test("a 2xx that crosses the group's cancelRing is ACKed and hung up; the caller keeps waiting", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command(ring(id));
  const invite = h.deviceFlow()?.requests().find((r) => r.method === "INVITE");
  if (invite === undefined) throw new Error("no INVITE");
  await h.fromDevice(reply(invite, 180));
  await h.command({ type: "cancelRing", callId: id, agentId: "alice", reason: "timeout" });
  await h.fromDevice(reply(invite, 200, "dev1", "v=0"));
  t.deepEqual(h.deviceFlow()?.requests().map((r) => r.method), ["INVITE", "CANCEL", "ACK", "BYE"]);
  t.false(h.told.some((x) => x.event.type === "legAnswered"));
  t.deepEqual(h.callerFlow.responses().map((r) => r.status), [180]);
});

test("every device failing: the worst outcome wins (603 declined over 486 busy) and goes to the group (legFailed) and the agent (legGone) under one key", async (t) => {
  const h = await harness([binding("alice-desk", 5062), binding("alice-phone", 5064, "ipPhone")]);
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command({ ...ring(id), devices: [{ kind: "desktop", from: "x" }, { kind: "ipPhone", from: "x" }] } as CallCommand);
  const inv = (port: number) => h.deviceFlow(port)?.requests().find((r) => r.method === "INVITE");
  const desk = inv(5062);
  const phone = inv(5064);
  if (desk === undefined || phone === undefined) throw new Error("both devices must be rung");
  await h.fromDevice(reply(desk, 486), 5062);
  t.false(h.told.some((x) => x.event.type === "legFailed"), "one device still rings");
  await h.fromDevice(reply(phone, 603), 5064);
  const failed = h.told.filter((x) => x.event.type === "legFailed" || x.event.type === "legGone");
  t.deepEqual(failed.map((x) => [x.to, x.event]), [
    ["group", { type: "legFailed", callId: id, agentId: "alice", reason: "declined" }],
    ["agent", { type: "legGone", callId: id }],
  ]);
  t.is(failed[0]?.key, failed[1]?.key);
});

test("no live binding for the offered kinds: legFailed(unreachable) at once", async (t) => {
  const h = await harness([]);
  await h.fromCaller(CALLER_INVITE);
  await h.command(ring(h.callId()));
  t.true(h.told.some((x) => x.event.type === "legFailed" && x.event.reason === "unreachable"));
});

test("ring guard: a ring the group never cancels is CANCELled after M10 + 10 s and reported unreachable, so the agent is not stuck", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command(ring(id, 1, 2));
  const invite = h.deviceFlow()?.requests().find((r) => r.method === "INVITE");
  if (invite === undefined) throw new Error("no INVITE");
  await h.fromDevice(reply(invite, 180));
  h.clock.advanceBy(11_999);
  await h.flush();
  t.false(h.told.some((x) => x.event.type === "legFailed"));
  h.clock.advanceBy(1);
  await h.flush();
  t.true(h.deviceFlow()?.requests().some((r) => r.method === "CANCEL"));
  t.true(h.told.some((x) => x.event.type === "legFailed" && x.event.reason === "unreachable"));
  t.true(h.told.some((x) => x.to === "agent" && x.event.type === "legGone"));
});

test("a repeated command key is applied once; a command for a call this node minted but no longer has tells the group it is gone", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command(ring(id), "same");
  await h.command(ring(id, 2), "same");
  t.is(h.deviceFlow()?.requests().filter((r) => r.method === "INVITE").length, 1);
  const ghost = new CallIdMinter("n_1").next();
  await h.command({ type: "cancelRing", callId: ghost, agentId: "alice", reason: "timeout" });
  t.true(h.told.some((x) => x.event.type === "callerHungUp" && x.event.callId === ghost));
  await h.command({ type: "cancelRing", callId: new CallIdMinter("other").next(), agentId: "alice", reason: "timeout" });
  t.is(h.told.filter((x) => x.event.type === "callerHungUp").length, 1, "other nodes' calls are not this node's business");
});

test("caller CANCEL while ringing: callerHungUp to the group, the device leg CANCELled, no legGone", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  await h.command(ring(id));
  const invite = h.deviceFlow()?.requests().find((r) => r.method === "INVITE");
  if (invite === undefined) throw new Error("no INVITE");
  await h.fromDevice(reply(invite, 180));
  await h.fromCaller(CALLER_INVITE.replace(/^INVITE/, "CANCEL").replace("CSeq: 1 INVITE", "CSeq: 1 CANCEL").replace(/Content-Type[^]*$/, "Content-Length: 0\r\n\r\n"));
  t.deepEqual(h.callerFlow.responses().map((r) => r.status).slice(-2), [200, 487]);
  t.true(h.told.some((x) => x.event.type === "callerHungUp" && x.event.callId === id));
  t.true(h.deviceFlow()?.requests().some((r) => r.method === "CANCEL"));
  t.false(h.told.some((x) => x.event.type === "legGone"));
});

test("routeCall: disconnect → 486; announcement → 480 with a Reason naming it; group → callArrived to the other group keeping the first arrival", async (t) => {
  for (const [destination, status] of [
    [{ type: "disconnect" }, 486],
    [{ type: "announcement", announcement: "closed" }, 480],
  ] as const) {
    const h = await harness();
    await h.fromCaller(CALLER_INVITE);
    await h.command({ type: "routeCall", callId: h.callId(), setting: "Q2", destination, reason: "noAgentsLoggedIn", billingId: "B" });
    const last = h.callerFlow.responses().at(-1);
    t.is(last?.status, status);
    if (status === 480) t.regex(last?.headers.get("reason") ?? "", /announcement closed/);
  }
  const h = await harness();
  await h.fromCaller(CALLER_INVITE);
  const id = h.callId();
  h.clock.advanceBy(5000);
  await h.command({ type: "routeCall", callId: id, setting: "Q6", destination: { type: "group", group: "sales" }, reason: "queueFull", billingId: "B" });
  const again = h.told.filter((x) => x.event.type === "callArrived");
  t.is(again.length, 2);
  t.like(again[1]?.event, { type: "callArrived", callId: id, firstArrivedAt: 1_700_000_000_000 });
  t.is(again[1]?.key, `${id}:arrived:1`);
});

// ---------------------------------------------------------------- pure parts

test("call ids: unique subject tokens; the node is recovered even when the node id has underscores", (t) => {
  const m = new CallIdMinter("pod_a-1");
  const ids = new Set(Array.from({ length: 1000 }, () => m.next()));
  t.is(ids.size, 1000);
  for (const id of ids) {
    t.regex(id, /^[A-Za-z0-9_-]+$/);
    t.is(nodeOfCallId(id), "pod_a-1");
  }
  t.is(nodeOfCallId("c1"), undefined);
  t.is(nodeOfCallId(new CallIdMinter("pod").next()), "pod");
});

test("routeAction per destination type; failureOf per status; numberOf for sip and tel URIs", (t) => {
  t.deepEqual(routeAction({ type: "disconnect" }, false), { kind: "reject", status: 486 });
  t.deepEqual(routeAction({ type: "group", group: "sales" }, false), { kind: "group", group: "sales" });
  t.deepEqual(routeAction({ type: "external", number: "+358201" }, true), { kind: "external", number: "+358201" });
  t.like(routeAction({ type: "external", number: "+358201" }, false), { kind: "reject", status: 480 });
  for (const d of [{ type: "voicemail", user: "a" }, { type: "ivr", ivr: "m" }, { type: "user", user: "a" }] as const) t.like(routeAction(d, true), { kind: "reject", status: 480 });
  t.deepEqual([603, 486, 600, 480, 408, 404, 503].map(failureOf), ["declined", "busy", "busy", "unreachable", "unreachable", "unreachable", "unreachable"]);
  t.is(numberOf(parseUri("sip:+35810123456;npdi@host")), "+35810123456");
  t.is(numberOf(parseUri("tel:+35810123456;phone-context=x")), "+35810123456");
  t.is(numberOf(parseUri("sip:%2B358@host")), "+358");
});

test("bridge: commands for this node's calls go in-process, others out on the call subject, askHeld out for every node; embedded (no NATS) keeps everything local", (t) => {
  const published: string[] = [];
  const nc = { publish: (subject: string) => published.push(subject) } as unknown as Parameters<CallCommandBridge["port"]>[0]["nc"];
  const bridge = new CallCommandBridge();
  const got: string[] = [];
  bridge.attach({ nodeId: "n_1", deliver: (_o, _g, c) => got.push(c.type === "askHeld" ? c.type : c.callId) });
  const port: SignalingPort = bridge.port({ nc });
  const mine = new CallIdMinter("n_1").next();
  const theirs = new CallIdMinter("n_2").next();
  port.send("acme", "support", { type: "connect", callId: mine, agentId: "a" }, "k1");
  port.send("acme", "support", { type: "connect", callId: theirs, agentId: "a" }, "k2");
  // This node reads its own askHeld from NATS, like every other node.
  port.send("acme", "support", { type: "askHeld" }, "k4");
  t.deepEqual(got, [mine]);
  t.deepEqual(published, [`ringmesh.v1.call.acme.${theirs}`, "ringmesh.v1.call.acme"]);
  const embedded = bridge.port({});
  embedded.send("acme", "support", { type: "connect", callId: "c1", agentId: "a" }, "k3");
  embedded.send("acme", "support", { type: "askHeld" }, "k5");
  t.deepEqual(got, [mine, "c1", "askHeld"]);
});

test("INVITE to an unknown number → 404; internal number from an unregistered source → 403", async (t) => {
  const h = await harness();
  await h.fromCaller(CALLER_INVITE.replaceAll(GROUP, "+35899999999"));
  t.is(h.callerFlow.responses().at(-1)?.status, 404);
  const h2 = await harness();
  await h2.fromCaller(CALLER_INVITE.replaceAll(GROUP, "8001").replace("From: <sip:+358401111111@198.51.100.1>", `From: <sip:alice-desk@${DOMAIN}>`));
  t.is(h2.callerFlow.responses().at(-1)?.status, 403);
});
