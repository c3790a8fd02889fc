/**
 * A call bridged on simulated time for the unit tests of in-dialog requests and session
 * timers: the caller's INVITE through the endpoint, the group's commands delivered by hand,
 * the agent's device answered by hand.
 */
import { SimulatedClock } from "../../../lib/clock.js";
import type { SignalingEvent, SignalingReport } from "../../../lib/routing/messages.js";
import type { OneCallCommand } from "../../../lib/routing/outbound.js";
import {
  Directory,
  MemoryLocationStore,
  type Binding,
  type SipRequest,
  type SipResponse,
} from "../../../services/signaling/index.js";
import { callStack } from "./call-stack.js";
import { FakeFlow, FakeSender, settle } from "./fakes.js";

export const DOMAIN = "acme.example";
export const GROUP = "+35810123456";
export const AGENT = { address: "192.0.2.20", port: 5062 };
const docs = [
  { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: "acme", uid: "o", resourceVersion: "1" }, spec: { domain: DOMAIN, numbers: [] } },
  { apiVersion: "ringmesh/v1", kind: "AnswerGroup", metadata: { organisation: "acme", name: "support", uid: "g", resourceVersion: "1" }, spec: { number: GROUP } },
] as unknown as ConstructorParameters<typeof Directory>[0];

const binding: Binding = {
  id: "alice-desk-b",
  org: "acme",
  user: "alice",
  sipUser: "alice-desk",
  aor: `sip:alice-desk@${DOMAIN}`,
  deviceKind: "desktop",
  contact: `sip:alice-desk@${AGENT.address}:${AGENT.port}`,
  callId: "reg",
  cseq: 1,
  expiresAt: Number.MAX_SAFE_INTEGER,
  updatedAt: 0,
  flow: { protocol: "UDP", remote: AGENT, local: { address: "127.0.0.1", port: 5060 }, id: `udp:${AGENT.address}:${AGENT.port}` },
  nodeId: "n_1",
};

export const CALLER_SDP = "v=0\r\no=caller 1 1 IN IP4 198.51.100.1\r\ns=-\r\n";
export const CALLER_HOLD_SDP = "v=0\r\no=caller 1 2 IN IP4 198.51.100.1\r\ns=-\r\na=sendonly\r\n";
export const AGENT_SDP = "v=0\r\no=agent 1 1 IN IP4 192.0.2.20\r\ns=-\r\n";
export const AGENT_REANSWER = "v=0\r\no=agent 1 2 IN IP4 192.0.2.20\r\ns=-\r\na=recvonly\r\n";

export interface Told {
  readonly event: SignalingEvent | SignalingReport;
}

/** A call connected end to end: caller INVITE, agent's 2xx ACKed, caller's 200 and its ACK (`callerAck: false` stops before the caller's ACK). */
/**
 * `inviteHeaders`, `callerAllow`: added to the caller's INVITE; `answerHeaders`: to the device's 2xx;
 * `minSe422`: the device first refuses the INVITE with 422 and that Min-SE, and answers the next.
 */
export async function connected(o: { callerAck?: boolean; inviteHeaders?: readonly string[]; answerHeaders?: readonly string[]; callerAllow?: string; minSe422?: number } = {}) {
  const clock = new SimulatedClock(1_700_000_000_000);
  const sender = new FakeSender(clock);
  const location = new MemoryLocationStore();
  await location.commit({ put: [binding], remove: [] });
  const directory = new Directory(docs);
  const told: Told[] = [];
  const { calls, ep, registry } = callStack({
    clock,
    sender,
    location,
    directory,
    tell: (_to, event) => told.push({ event }),
    allow: ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "UPDATE", "INFO"],
    supported: ["timer"],
  });
  const callerFlow = new FakeFlow(clock, "UDP", { address: "198.51.100.1", port: 5060 });
  const flush = async () => {
    for (let i = 0; i < 10; i++) await settle();
  };
  const fromCaller = async (text: string) => {
    ep.receive(Buffer.from(text), callerFlow);
    await flush();
  };
  const device = () => {
    const f = sender.flows.get(`UDP:${AGENT.address}:${AGENT.port}`);
    if (f === undefined) throw new Error("nothing was sent to the device");
    return f;
  };
  const fromDevice = async (text: string) => {
    ep.receive(Buffer.from(text), device());
    await flush();
  };
  const advance = async (ms: number) => {
    clock.advanceBy(ms);
    await flush();
  };

  await fromCaller(
    message(
      [
        `INVITE sip:${GROUP}@127.0.0.1 SIP/2.0`,
        "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKcaller1;rport",
        "Max-Forwards: 70",
        "From: <sip:+358401111111@198.51.100.1>;tag=ct1",
        `To: <sip:${GROUP}@127.0.0.1>`,
        "Call-ID: caller-call-1",
        "CSeq: 1 INVITE",
        "Contact: <sip:+358401111111@198.51.100.1:5060>",
        ...(o.callerAllow !== undefined ? [`Allow: ${o.callerAllow}`] : []),
        ...(o.inviteHeaders ?? []),
      ],
      CALLER_SDP,
    ),
  );
  const arrived = told.find((x) => x.event.type === "callArrived");
  if (arrived?.event.type !== "callArrived") throw new Error("no callArrived");
  const callId = arrived.event.callId;
  const command = async (c: OneCallCommand) => {
    calls.deliver("acme", "support", c, `${c.type}:${c.callId}`);
    await flush();
  };
  await command({ type: "ringAgent", callId, agentId: "alice", billingId: "", reservation: 1, devices: [{ kind: "desktop", from: "+358401111111" }], ringSeconds: 20 });
  const first = device().requests().find((r) => r.method === "INVITE");
  if (first === undefined) throw new Error("no INVITE to the device");
  if (o.minSe422 !== undefined) await fromDevice(respond(first, 422, { headers: [`Min-SE: ${o.minSe422}`] }));
  const invite = device().requests().filter((r) => r.method === "INVITE").at(-1) ?? first;
  await fromDevice(respond(invite, 200, { body: AGENT_SDP, headers: o.answerHeaders ?? [] }));
  const toTag = callerFlow.responses().find((r) => r.status === 180)?.toTag ?? "";
  let callerSeq = 1;
  let branch = 0;
  /** A request from the caller inside its dialog; `seq` defaults to the next CSeq. */
  const callerRequest = (method: string, o: { seq?: number; headers?: readonly string[]; body?: string; contentType?: string } = {}) => {
    const seq = o.seq ?? (method === "ACK" ? callerSeq : ++callerSeq);
    return message(
      [
        `${method} sip:ringmesh@127.0.0.1:5060 SIP/2.0`,
        `Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKc${method.toLowerCase()}${++branch};rport`,
        "Max-Forwards: 70",
        "From: <sip:+358401111111@198.51.100.1>;tag=ct1",
        `To: <sip:${GROUP}@127.0.0.1>;tag=${toTag}`,
        "Call-ID: caller-call-1",
        `CSeq: ${seq} ${method}`,
        ...(method === "INVITE" || method === "UPDATE" ? ["Contact: <sip:+358401111111@198.51.100.1:5060>"] : []),
        ...(o.headers ?? []),
      ],
      o.body ?? "",
      o.contentType,
    );
  };
  if (o.callerAck !== false) await fromCaller(callerRequest("ACK"));
  let deviceSeq = 0;
  /** A request from the device inside the agent leg's dialog (tags swapped from the INVITE it got). */
  const deviceRequest = (method: string, o: { seq?: number; body?: string; contact?: string; headers?: readonly string[] } = {}) =>
    message(
      [
        `${method} sip:ringmesh@127.0.0.1:5060 SIP/2.0`,
        `Via: SIP/2.0/UDP ${AGENT.address}:${AGENT.port};branch=z9hG4bKd${method.toLowerCase()}${++branch};rport`,
        "Max-Forwards: 70",
        `From: ${invite.headers.get("to") ?? ""};tag=dev1`,
        `To: ${invite.headers.get("from") ?? ""}`,
        `Call-ID: ${invite.callId ?? ""}`,
        `CSeq: ${o.seq ?? (method === "ACK" ? deviceSeq : ++deviceSeq)} ${method}`,
        `Contact: <${o.contact ?? `sip:dev@${AGENT.address}:${AGENT.port}`}>`,
        ...(o.headers ?? []),
      ],
      o.body ?? "",
    );
  const since = (flow: FakeFlow, n: number) => flow.sent.slice(n).map((s) => s.msg);
  return { clock, told, registry, callerFlow, device, fromCaller, fromDevice, advance, callerRequest, deviceRequest, invite, since, calls };
}

export function message(lines: readonly string[], body = "", contentType = "application/sdp"): string {
  return [...lines, ...(body !== "" ? [`Content-Type: ${contentType}`] : []), `Content-Length: ${Buffer.byteLength(body)}`, "", body].join("\r\n");
}

/** A peer's response to a request it got, with its To-tag and Contact. */
export function respond(req: SipRequest, status: number, o: { body?: string; headers?: readonly string[]; tag?: string; contact?: string } = {}): string {
  const to = req.headers.get("to") ?? "";
  return message(
    [
      `SIP/2.0 ${status} Peer`,
      ...req.headers.getAll("via").map((v) => `Via: ${v}`),
      `From: ${req.headers.get("from") ?? ""}`,
      `To: ${/;tag=/.test(to) ? to : `${to};tag=${o.tag ?? "dev1"}`}`,
      `Call-ID: ${req.callId ?? ""}`,
      `CSeq: ${req.headers.get("cseq") ?? ""}`,
      `Contact: <${o.contact ?? `sip:dev@${AGENT.address}:${AGENT.port}`}>`,
      ...(o.headers ?? []),
    ],
    o.body ?? "",
  );
}

export const last = (reqs: SipRequest[], method: string): SipRequest | undefined => reqs.filter((r) => r.method === method).at(-1);
export const finals = (flow: FakeFlow): SipResponse[] => flow.responses().filter((r) => r.status >= 200);
