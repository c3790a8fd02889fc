import test from "ava";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { Endpoint, parseMessage, responseTarget, serialize, stampVia, type ServerTransaction, type SipRequest, type TransactionUser } from "../../../services/signaling/index.js";
import { FakeFlow, FakeSender, incoming } from "./fakes.js";
import { crlf, invite, IPV6_OPTIONS } from "./samples.js";

function setup(tu: Partial<TransactionUser> = {}) {
  const clock = new SimulatedClock(0);
  const sender = new FakeSender(clock);
  const registry = new Registry();
  const requests: ServerTransaction[] = [];
  const ep = new Endpoint({ sender, clock, registry, tu: { onRequest: (txn) => requests.push(txn), ...tu } });
  const flow = new FakeFlow(clock, "UDP", { address: "203.0.113.7", port: 5060 });
  const send = (text: string) => ep.receive(Buffer.from(text), flow);
  const statuses = () => flow.responses().map((r) => r.status);
  return { clock, ep, flow, send, statuses, requests, registry };
}

const asMethod = (m: string) => invite().replace("INVITE sip", `${m} sip`).replace("314159 INVITE", `314159 ${m}`);

test("Via stamping: received when the host differs; rport filled with the source port (RFC 3261 §18.2.1, RFC 3581)", (t) => {
  const req = incoming(invite());
  stampVia(req, { address: "198.51.100.77", port: 40123 });
  t.is(req.topVia?.received, "198.51.100.77");
  t.is(req.topVia?.rport, 40123);
  t.is(req.vias?.length, 3, "other Vias untouched");
  t.deepEqual(responseTarget(req.topVia ?? t.fail()), { address: "198.51.100.77", port: 40123 });
  t.regex(req.headers.get("via") ?? "", /^SIP\/2\.0\/UDP 203\.0\.113\.7:5060;branch=z9hG4bK776asdhds;rport=40123;received=198\.51\.100\.77, SIP\/2\.0\/UDP 198\.51\.100\.2/);

  const noRport = incoming(invite().replace(";rport,", ","));
  stampVia(noRport, { address: "203.0.113.7", port: 5099 });
  t.is(noRport.topVia?.received, undefined, "same host, no rport: untouched");
  t.deepEqual(responseTarget(noRport.topVia ?? t.fail()), { address: "203.0.113.7", port: 5060 });
  stampVia(noRport, { address: "10.1.1.1", port: 5099 });
  t.deepEqual(responseTarget(noRport.topVia ?? t.fail()), { address: "10.1.1.1", port: 5060 }, "received + sent-by port without rport");

  const v6 = incoming(IPV6_OPTIONS);
  stampVia(v6, { address: "2001:db8::20", port: 5070 });
  t.is(v6.topVia?.received, undefined, "bracketed Via host equals the bare source address");
});

test("OPTIONS out of dialog → 200 with Allow and Accept, not passed to the TU", (t) => {
  const { send, flow, requests } = setup();
  send(asMethod("OPTIONS"));
  const res = flow.responses().at(0);
  t.is(res?.status, 200);
  t.is(res?.headers.get("allow"), "INVITE, ACK, BYE, CANCEL, OPTIONS");
  t.is(res?.headers.get("accept"), "application/sdp");
  t.truthy(res?.toTag);
  t.is(requests.length, 0);
});

test("Max-Forwards 0 → 483; unknown method → 501; known unsupported → 405 with Allow; bad scheme → 416; Require → 420", (t) => {
  const { send, flow, statuses } = setup();
  send(invite().replace("Max-Forwards: 70", "Max-Forwards: 0"));
  send(asMethod("FROB").replace("z9hG4bK776asdhds", "z9hG4bKfrob"));
  send(asMethod("SUBSCRIBE"));
  send(invite().replace("INVITE sip:+14155550100@ringmesh.example.com;user=phone", "INVITE http://example.com").replace("z9hG4bK776asdhds", "z9hG4bKhttp"));
  send(invite().replace("Max-Forwards: 70", "Max-Forwards: 70\r\nRequire: 100rel, timer").replace("z9hG4bK776asdhds", "z9hG4bKreq"));
  t.deepEqual(statuses(), [483, 501, 405, 416, 420]);
  t.is(flow.responses().at(2)?.headers.get("allow"), "INVITE, ACK, BYE, CANCEL, OPTIONS");
  t.is(flow.responses().at(4)?.headers.get("unsupported"), "100rel, timer");
});

test("in-dialog request for an unknown dialog → 481; for a known dialog → TU", (t) => {
  const withTag = asMethod("BYE").replace("To: <sip:+14155550100@ringmesh.example.com>", "To: <sip:+14155550100@ringmesh.example.com>;tag=abc");
  const a = setup();
  a.send(withTag);
  t.deepEqual(a.statuses(), [481]);
  const b = setup({ hasDialog: (r: SipRequest) => r.toTag === "abc" });
  b.send(withTag);
  t.is(b.requests.length, 1);
});

test("CANCEL of a proceeding INVITE: 200 to CANCEL, 487 to INVITE, TU told; CANCEL without INVITE → 481", (t) => {
  const cancelled: string[] = [];
  const { send, flow, requests, clock, ep } = setup({ onCancel: (txn) => cancelled.push(txn.request.callId ?? "") });
  send(invite());
  t.is(requests.length, 1);
  send(asMethod("CANCEL").replace(/Content-Type.*\r\nContent-Length: \d+\r\n\r\n[\s\S]*$/, "Content-Length: 0\r\n\r\n"));
  const res = flow.responses();
  t.deepEqual(res.map((r) => [r.status, r.cseq?.method]), [
    [200, "CANCEL"],
    [487, "INVITE"],
  ]);
  t.deepEqual(cancelled, ["a84b4c76e66710@pc33.carrier.example.net"]);
  t.throws(() => requests[0]?.reply(200), undefined, "the TU can no longer answer");
  send(asMethod("CANCEL").replace("z9hG4bK776asdhds", "z9hG4bKnoinvite"));
  t.is(flow.responses().at(-1)?.status, 481);
  clock.advanceTo(64_000);
  t.is(ep.transactions.serverCount, 0, "every transaction gone after its timers");
});

test("CANCEL after the final response: 200 only, INVITE unaffected", (t) => {
  const { send, flow, requests } = setup();
  send(invite());
  requests[0]?.reply(486);
  send(asMethod("CANCEL"));
  t.deepEqual(flow.responses().map((r) => r.status), [486, 200]);
});

test("retransmitted INVITE is absorbed by its transaction and counted, not re-delivered", async (t) => {
  const { send, requests, registry, flow } = setup();
  send(invite());
  requests[0]?.reply(180);
  send(invite());
  t.is(requests.length, 1);
  t.deepEqual(flow.responses().map((r) => r.status), [180, 180]);
  const metrics = await registry.getMetricsAsJSON();
  const retrans = metrics.find((m) => m.name === "sip_retransmissions_total");
  t.is(retrans?.values.find((v) => v.labels.direction === "absorbed")?.value, 1);
  const reqs = metrics.find((m) => m.name === "sip_requests_received_total");
  t.is(reqs?.values.find((v) => v.labels.method === "INVITE")?.value, 2);
  const sent = metrics.find((m) => m.name === "sip_requests_sent_total");
  t.is(sent?.values.find((v) => v.labels.method === "INVITE")?.value, 0, "requests received are not counted as sent");
  t.regex(await registry.metrics(), /^sip_transaction_response_seconds_count\{side="server",method="INVITE"\} 1$/m, "the transaction's first response is timed once");
});

test("malformed request with a usable Via → 400 naming the header, sent to the stamped source; no Via → dropped; both counted", async (t) => {
  const { send, flow, registry, requests } = setup();
  send(invite().replace(/^Max-Forwards: .*\r\n/m, ""));
  const res = flow.responses().at(0);
  t.is(res?.status, 400);
  t.is(res?.reason, "Missing Max-Forwards Header");
  t.is(res?.topVia?.rport, 5060, "stateless answers also honour rport");
  t.is(res?.callId, "a84b4c76e66710@pc33.carrier.example.net");
  send(invite().replace(/^Call-ID: .*\r\n/m, ""));
  t.regex(flow.raw[1] ?? "", /^SIP\/2\.0 400 Missing Call-ID Header\r\n/);
  send("garbage\r\n\r\n");
  send(invite().replace(/^Via: .*\r\n/gm, ""));
  t.is(flow.raw.length, 2);
  t.is(requests.length, 0);
  const pe = (await registry.getMetricsAsJSON()).find((m) => m.name === "sip_parse_errors_total");
  t.deepEqual(
    pe?.values.map((v) => [v.labels.outcome, v.value]),
    [
      ["answered", 2],
      ["dropped", 2],
    ],
  );
});

test("a TU that throws gets its error mapped once to a status (500 for a raw Error)", (t) => {
  const { send, statuses } = setup({
    onRequest: () => {
      throw new Error("bug");
    },
  });
  send(asMethod("BYE"));
  t.deepEqual(statuses(), [500]);
});

test("ACK for a 2xx (no matching transaction) goes to the TU, never answered", (t) => {
  const acks: SipRequest[] = [];
  const { send, flow } = setup({ onAck: (a) => acks.push(a) });
  send(asMethod("ACK").replace("To: <sip:+14155550100@ringmesh.example.com>", "To: <sip:+14155550100@ringmesh.example.com>;tag=x").replace("z9hG4bK776asdhds", "z9hG4bK2xxack"));
  t.is(acks.length, 1);
  t.is(flow.sent.length, 0);
});

test("metrics: series initialised to 0 with bounded labels; transaction gauge read at scrape", async (t) => {
  const { registry, send } = setup();
  send(asMethod("WEIRDMETHOD"));
  const text = await registry.metrics();
  t.regex(text, /sip_requests_received_total\{method="other"\} 1/);
  t.regex(text, /sip_responses_sent_total\{class="5xx"\} 1/);
  t.regex(text, /sip_responses_sent_total\{class="2xx"\} 0/);
  t.regex(text, /sip_transactions\{side="server"\} 1/);
});

test("responses are matched to client transactions by branch + CSeq method", async (t) => {
  const { ep, flow } = setup();
  const got: number[] = [];
  const strays: number[] = [];
  const req = incoming(crlf(["OPTIONS sip:agent@192.0.2.10 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKout1", "Max-Forwards: 70", "From: <sip:a@b>;tag=1", "To: <sip:c@d>", "Call-ID: out1", "CSeq: 1 OPTIONS", "Content-Length: 0", "", ""]));
  await ep.request(req, flow, { onResponse: (r) => got.push(r.status), onTimeout: () => undefined, onTransportError: () => undefined });
  const res = (status: number, branch: string) =>
    serialize(parseMessage(Buffer.from(crlf([`SIP/2.0 ${status} OK`, `Via: SIP/2.0/UDP 127.0.0.1:5060;branch=${branch}`, "From: <sip:a@b>;tag=1", "To: <sip:c@d>;tag=2", "Call-ID: out1", "CSeq: 1 OPTIONS", "Content-Length: 0", "", ""]))));
  const ep2 = new Endpoint({ sender: new FakeSender(new SimulatedClock()), clock: new SimulatedClock(), tu: { onRequest: () => undefined, onStrayResponse: (r) => strays.push(r.status) } });
  ep.receive(res(200, "z9hG4bKout1"), flow);
  ep2.receive(res(200, "z9hG4bKother"), flow);
  t.deepEqual(got, [200]);
  t.deepEqual(strays, [200]);
});

test("a request the TU refuses is answered statelessly (RFC 3261 §8.2.7): no transaction; a retransmission gets the same 503 and To-tag without the TU judging it again; its ACK goes to the TU; once REFUSAL_MEMORY_MS has passed it is judged anew", async (t) => {
  let asked = 0;
  let acks = 0;
  const { send, flow, requests, ep, clock, registry } = setup({
    refuse: (req) => {
      asked++;
      return req.method === "INVITE" ? { status: 503, reason: "Overloaded", headers: [["Retry-After", "1"]] } : undefined;
    },
    onAck: () => acks++,
  });
  send(invite());
  const first = flow.responses().at(0);
  t.is(first?.status, 503);
  t.is(first?.reason, "Overloaded");
  t.is(first?.headers.get("retry-after"), "1");
  t.regex(first?.toTag ?? "", /^sl[0-9a-f]{8}$/);
  t.is(ep.transactions.serverCount, 0, "nothing kept for it");
  t.is(requests.length, 0);

  clock.advanceTo(500);
  send(invite());
  t.deepEqual(flow.responses().map((r) => [r.status, r.toTag]), [[503, first?.toTag], [503, first?.toTag]], "the retransmission gets the same answer");
  t.is(asked, 1, "and is not judged again: it might be admitted, for a caller that already has its 503");
  const absorbed = (await registry.getSingleMetric("sip_retransmissions_total")?.get())?.values.find((v) => v.labels.direction === "absorbed")?.value;
  t.is(absorbed, 1);

  send(invite().replace("INVITE sip", "ACK sip").replace("314159 INVITE", "314159 ACK").replace("To: <sip:+14155550100@ringmesh.example.com>", `To: <sip:+14155550100@ringmesh.example.com>;tag=${first?.toTag ?? ""}`));
  t.is(acks, 1);
  t.is(flow.responses().length, 2, "an ACK is never answered");

  send(asMethod("OPTIONS").replace("z9hG4bK776asdhds", "z9hG4bKopts"));
  t.is(flow.responses().at(-1)?.status, 200, "what the TU does not refuse is served as before");
  t.is(asked, 2);

  clock.advanceTo(5600);
  send(invite());
  t.is(asked, 3, "a copy arriving after the memory is judged again");
});
