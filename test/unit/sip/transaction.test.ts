import test from "ava";
import { SimulatedClock } from "../../../lib/clock.js";
import { DialogTable, OutboundLeg, TransactionLayer, TransactionStateError, type LegContext, type OutboundLegEvents, TransactionTimeoutError, SipTransportError, timerValues, type ClientTransactionUser, type SipRequest, type SipResponse, type TransportProtocol } from "../../../services/signaling/index.js";
import { FakeFlow, FakeSender, incoming, outgoing, responseTo, settle } from "./fakes.js";
import { invite, crlf } from "./samples.js";
import { collected } from "../../support/heap.js";
import { silentLogger } from "../../../lib/log.js";

function setup(protocol: TransportProtocol = "UDP") {
  const clock = new SimulatedClock(0);
  const sender = new FakeSender(clock);
  const layer = new TransactionLayer({ clock, sender });
  const flow = new FakeFlow(clock, protocol);
  const seen: { responses: SipResponse[]; timeouts: TransactionTimeoutError[]; transportErrors: SipTransportError[] } = { responses: [], timeouts: [], transportErrors: [] };
  const tu: ClientTransactionUser = {
    onResponse: (r) => seen.responses.push(r),
    onTimeout: (e) => seen.timeouts.push(e),
    onTransportError: (e) => seen.transportErrors.push(e),
  };
  return { clock, sender, layer, flow, seen, tu };
}

const at = (f: FakeFlow) => f.sent.map((s) => s.at);

test("timer table: RFC 3261 Table 4 values, zeros on reliable transports", (t) => {
  t.deepEqual(timerValues(false), { A: 500, B: 32000, D: 32000, E: 500, F: 32000, G: 500, H: 32000, I: 5000, J: 32000, K: 5000, L: 32000, M: 32000, TRYING: 200, T2: 4000 });
  const r = timerValues(true);
  t.deepEqual([r.D, r.I, r.J, r.K, r.B, r.F, r.H], [0, 0, 0, 0, 32000, 32000, 32000]);
  t.is(timerValues(false, { T1: 1000, T2: 4000, T4: 5000 }).D, 64000);
});

test("INVITE client over UDP: Timer A retransmits at 0.5/1.5/3.5/7.5/15.5/31.5 s, Timer B times out at 32 s with 408 semantics", async (t) => {
  const { clock, layer, flow, seen, tu } = setup();
  const inv = outgoing("INVITE");
  const txn = await layer.request(inv, flow, tu);
  clock.advanceTo(40_000);
  await settle();
  t.deepEqual(at(flow), [0, 500, 1500, 3500, 7500, 15500, 31500]);
  t.is(seen.timeouts.length, 1);
  t.is(seen.timeouts[0]?.timer, "B");
  t.is(txn.state, "Terminated");
  t.is(layer.clientCount, 0);
});

test("INVITE client over TCP: no retransmissions, Timer B still applies", async (t) => {
  const { clock, layer, flow, seen, tu } = setup("TCP");
  await layer.request(outgoing("INVITE", "TCP"), flow, tu);
  clock.advanceTo(31_999);
  t.is(seen.timeouts.length, 0);
  clock.advanceTo(32_000);
  t.deepEqual(at(flow), [0]);
  t.is(seen.timeouts.length, 1);
});

test("INVITE client: 1xx stops A and B; 486 is ACKed by the transaction with the INVITE's branch, ACK resent on retransmitted 486, Timer D 32 s", async (t) => {
  const { clock, layer, flow, seen, tu } = setup();
  const inv = outgoing("INVITE");
  const txn = await layer.request(inv, flow, tu);
  clock.advanceTo(600);
  layer.findClient(responseTo(inv, 180))?.receiveResponse(responseTo(inv, 180));
  t.is(txn.state, "Proceeding");
  clock.advanceTo(50_000);
  t.deepEqual(at(flow), [0, 500], "no A after 1xx, no B in Proceeding");
  txn.receiveResponse(responseTo(inv, 486));
  t.is(txn.state, "Completed");
  const ack = flow.requests().at(-1);
  t.is(ack?.method, "ACK");
  t.is(ack?.topVia?.branch, inv.topVia?.branch);
  t.deepEqual(ack?.cseq, { seq: 1, method: "ACK" });
  t.is(ack?.toTag, "uas1");
  t.is(ack?.uri, inv.uri);
  txn.receiveResponse(responseTo(inv, 486));
  t.is(flow.requests().filter((r) => r.method === "ACK").length, 2);
  t.deepEqual(seen.responses.map((r) => r.status), [180, 486], "retransmitted final not passed up");
  clock.advanceBy(31_999);
  t.is(txn.state, "Completed");
  clock.advanceBy(1);
  t.is(txn.state, "Terminated");
  t.is(layer.clientCount, 0);
});

test("INVITE client over TCP: Timer D is zero, terminated on the final response", async (t) => {
  const { layer, flow, tu } = setup("TCP");
  const inv = outgoing("INVITE", "TCP");
  const txn = await layer.request(inv, flow, tu);
  txn.receiveResponse(responseTo(inv, 603));
  t.is(txn.state, "Terminated");
  t.is(layer.clientCount, 0);
});

test("INVITE client: 2xx goes to Accepted, further 2xx (forks) reach the TU, Timer M ends it; no ACK from the transaction", async (t) => {
  const { clock, layer, flow, seen, tu } = setup();
  const inv = outgoing("INVITE");
  const txn = await layer.request(inv, flow, tu);
  txn.receiveResponse(responseTo(inv, 200, "a"));
  txn.receiveResponse(responseTo(inv, 200, "b"));
  t.is(txn.state, "Accepted");
  t.deepEqual(seen.responses.map((r) => r.toTag), ["a", "b"]);
  t.false(flow.requests().some((r) => r.method === "ACK"));
  clock.advanceTo(32_000);
  t.is(txn.state, "Terminated");
  t.deepEqual(at(flow), [0]);
});

test("non-INVITE client over UDP: Timer E doubles to T2 (0.5,1.5,3.5,7.5,11.5…), Timer F at 32 s", async (t) => {
  const { clock, layer, flow, seen, tu } = setup();
  await layer.request(outgoing("OPTIONS"), flow, tu);
  clock.advanceTo(40_000);
  t.deepEqual(at(flow), [0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500]);
  t.is(seen.timeouts[0]?.timer, "F");
  t.is(layer.clientCount, 0);
});

test("non-INVITE client: after 1xx Timer E fires every T2; final → Completed, Timer K = T4 on UDP, 0 on TCP", async (t) => {
  const { clock, layer, flow, seen, tu } = setup();
  const req = outgoing("BYE");
  const txn = await layer.request(req, flow, tu);
  clock.advanceTo(600);
  txn.receiveResponse(responseTo(req, 100));
  t.is(txn.state, "Proceeding");
  clock.advanceTo(10_000);
  t.deepEqual(at(flow), [0, 500, 1500, 5500, 9500]);
  txn.receiveResponse(responseTo(req, 200));
  t.is(txn.state, "Completed");
  txn.receiveResponse(responseTo(req, 200));
  t.deepEqual(seen.responses.map((r) => r.status), [100, 200]);
  clock.advanceBy(4_999);
  t.is(txn.state, "Completed");
  clock.advanceBy(1);
  t.is(txn.state, "Terminated");

  const tcp = setup("TCP");
  const r2 = outgoing("BYE", "TCP");
  const t2 = await tcp.layer.request(r2, tcp.flow, tcp.tu);
  t2.receiveResponse(responseTo(r2, 200));
  t.is(t2.state, "Terminated");
});

test("client transport failure terminates and tells the TU (RFC 3261 §17.1.4)", async (t) => {
  const { layer, flow, seen, tu } = setup();
  flow.fail = true;
  await layer.request(outgoing("INVITE"), flow, tu);
  await settle();
  t.is(seen.transportErrors.length, 1);
  t.is(layer.clientCount, 0);
});

test("first-response hook: a server transaction's first response sent, a client transaction's first response received, each timed once from the request (retransmissions and later responses not)", async (t) => {
  const clock = new SimulatedClock(0);
  const flow = new FakeFlow(clock, "UDP");
  const timed: [string, string, number][] = [];
  const layer = new TransactionLayer({ clock, sender: new FakeSender(clock), hooks: { onFirstResponse: (side, method, seconds) => timed.push([side, method, seconds]) } });
  const server = layer.createServer(incoming(invite()), flow);
  clock.advanceTo(30);
  server.reply(180);
  clock.advanceTo(40);
  server.reply(200);
  const bye = outgoing("BYE");
  const client = await layer.request(bye, flow, { onResponse: () => undefined, onTimeout: () => undefined, onTransportError: () => undefined });
  clock.advanceTo(52);
  client.receiveResponse(responseTo(bye, 200));
  client.receiveResponse(responseTo(bye, 200));
  t.deepEqual(timed, [
    ["server", "INVITE", 0.03],
    ["client", "BYE", 0.012],
  ]);
  const silent = layer.createServer(incoming(invite().replace("z9hG4bK776asdhds", "z9hG4bKother")), flow);
  clock.advanceBy(200);
  t.is(silent.lastResponse?.status, 100);
  t.deepEqual(timed.at(-1), ["server", "INVITE", 0.2], "the transaction's own 100 Trying counts");
});

test("INVITE server: 100 Trying at 200 ms when the TU is silent", (t) => {
  const { clock, layer, flow } = setup();
  const txn = layer.createServer(incoming(invite()), flow);
  clock.advanceTo(199);
  t.is(flow.sent.length, 0);
  clock.advanceTo(200);
  t.deepEqual(flow.responses().map((r) => [r.status, r.toTag]), [[100, undefined]]);
  t.is(txn.state, "Proceeding");
});

test("INVITE server: no 100 when the TU answers within 200 ms; retransmitted INVITE gets the last provisional", (t) => {
  const { clock, layer, flow } = setup();
  const req = incoming(invite());
  const txn = layer.createServer(req, flow);
  clock.advanceTo(50);
  txn.reply(180);
  clock.advanceTo(1000);
  layer.findServer(incoming(invite()))?.receiveRequest(incoming(invite()));
  t.deepEqual(flow.responses().map((r) => r.status), [180, 180]);
});

test("INVITE server over UDP: 486 retransmitted on Timer G (0.5,1.5,3.5,7.5,11.5 s…) until ACK, then Timer I = T4", (t) => {
  const { clock, layer, flow } = setup();
  const req = incoming(invite());
  const txn = layer.createServer(req, flow);
  txn.reply(486);
  clock.advanceTo(12_000);
  t.deepEqual(at(flow), [0, 500, 1500, 3500, 7500, 11500]);
  const ack = incoming(
    crlf([
      "ACK sip:+14155550100@ringmesh.example.com;user=phone SIP/2.0",
      "Via: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK776asdhds;rport",
      "Max-Forwards: 70",
      'From: "Alice Carrier" <sip:+14085551234@carrier.example.net>;tag=1928301774',
      `To: <sip:+14155550100@ringmesh.example.com>;tag=${txn.localTag}`,
      "Call-ID: a84b4c76e66710@pc33.carrier.example.net",
      "CSeq: 314159 ACK",
      "Content-Length: 0",
      "",
      "",
    ]),
  );
  const matched = layer.findServer(ack);
  t.is(matched, txn, "ACK matches the INVITE transaction by branch + sent-by (§17.2.3)");
  matched?.receiveRequest(ack);
  t.is(txn.state, "Confirmed");
  clock.advanceTo(30_000);
  t.is(flow.sent.length, 6, "no G after ACK");
  t.is(txn.state, "Terminated", "Timer I fired at +5 s");
  t.is(layer.serverCount, 0);
});

test("INVITE server: without ACK Timer H ends it at 64·T1 and tells the TU", (t) => {
  const { clock, layer, flow } = setup();
  const txn = layer.createServer(incoming(invite()), flow);
  const timeouts: string[] = [];
  txn.events = { onTimeout: (e) => timeouts.push(e.timer) };
  txn.reply(404);
  clock.advanceTo(31_999);
  t.is(txn.state, "Completed");
  clock.advanceTo(32_000);
  t.is(txn.state, "Terminated");
  t.deepEqual(timeouts, ["H"]);
  t.deepEqual(at(flow), [0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500]);
  t.is(layer.serverCount, 0);
});

test("INVITE server over TCP: no Timer G; Timer I zero so ACK terminates", (t) => {
  const { clock, layer, flow } = setup("TCP");
  const req = incoming(invite().replace("SIP/2.0/UDP 203.0.113.7:5060", "SIP/2.0/TCP 203.0.113.7:5060"));
  const txn = layer.createServer(req, flow);
  txn.reply(480);
  t.deepEqual(txn.armedTimers(), ["H"]);
  clock.advanceTo(10_000);
  t.is(flow.sent.length, 1);
  const ack = incoming(invite().replace("SIP/2.0/UDP 203.0.113.7:5060", "SIP/2.0/TCP 203.0.113.7:5060").replace("INVITE sip", "ACK sip").replace("314159 INVITE", "314159 ACK"));
  txn.receiveRequest(ack);
  t.is(txn.state, "Terminated");
});

test("INVITE server: 2xx → Accepted (RFC 6026): INVITE retransmissions absorbed, TU 2xx retransmissions pass, Timer L ends it", (t) => {
  const { clock, layer, flow } = setup();
  const txn = layer.createServer(incoming(invite()), flow);
  txn.reply(200);
  t.is(txn.state, "Accepted");
  txn.receiveRequest(incoming(invite()));
  t.is(flow.sent.length, 1, "retransmitted INVITE absorbed");
  clock.advanceTo(500);
  txn.reply(200);
  t.is(flow.sent.length, 2);
  t.throws(() => txn.reply(486), { instanceOf: TransactionStateError });
  clock.advanceTo(32_000);
  t.is(txn.state, "Terminated");
  t.is(layer.serverCount, 0);
});

test("a client transaction lingering in Completed (Timer D/K) no longer holds its TU, which may hold a whole call", async (t) => {
  const { clock, layer, flow } = setup();
  const refs: WeakRef<object>[] = [];
  const tu = (): ClientTransactionUser => {
    const user: ClientTransactionUser = { onResponse: () => undefined, onTimeout: () => undefined, onTransportError: () => undefined };
    refs.push(new WeakRef(user));
    return user;
  };
  const inv = outgoing("INVITE");
  const invTxn = await layer.request(inv, flow, tu());
  invTxn.receiveResponse(responseTo(inv, 486));
  const opts = outgoing("OPTIONS");
  const optsTxn = await layer.request(opts, flow, tu());
  optsTxn.receiveResponse(responseTo(opts, 200));
  t.deepEqual([invTxn.state, optsTxn.state], ["Completed", "Completed"]);
  t.deepEqual(await collected(refs), [true, true]);
  invTxn.receiveResponse(responseTo(inv, 486));
  t.is(flow.requests().filter((r) => r.method === "ACK").length, 2, "the retransmitted 486 is still ACKed");
  clock.advanceTo(32_000);
  t.is(layer.clientCount, 0);
});

test("non-INVITE server: retransmission discarded in Trying, answered in Completed; Timer J 32 s UDP, 0 TCP", (t) => {
  const { clock, layer, flow } = setup();
  const bye = incoming(invite().replace("INVITE sip", "BYE sip").replace("314159 INVITE", "314159 BYE"));
  const txn = layer.createServer(bye, flow);
  txn.receiveRequest(bye);
  t.is(flow.sent.length, 0);
  txn.reply(200);
  txn.receiveRequest(bye);
  t.deepEqual(flow.responses().map((r) => r.status), [200, 200]);
  t.throws(() => txn.reply(500), { instanceOf: TransactionStateError });
  clock.advanceTo(31_999);
  t.is(txn.state, "Completed");
  clock.advanceTo(32_000);
  t.is(txn.state, "Terminated");

  const tcp = setup("TCP");
  const t2 = tcp.layer.createServer(bye, tcp.flow);
  t2.reply(100);
  t.is(t2.state, "Proceeding");
  t2.reply(200);
  t.is(t2.state, "Terminated");
  t.is(tcp.layer.serverCount, 0);
});

test("a different method or sent-by does not match (§17.2.3)", (t) => {
  const { layer, flow } = setup();
  layer.createServer(incoming(invite()), flow);
  t.is(layer.findServer(incoming(invite().replace("203.0.113.7:5060;branch", "203.0.113.8:5060;branch"))), undefined);
  t.is(layer.findServer(incoming(invite().replace("INVITE sip", "BYE sip").replace("314159 INVITE", "314159 BYE"))), undefined);
  t.truthy(layer.findInviteFor(incoming(invite().replace("INVITE sip", "CANCEL sip").replace("314159 INVITE", "314159 CANCEL"))));
});

test("an agent leg that ended is retired from its lingering INVITE transaction (Accepted, Timer M): neither the leg nor the call's handlers stay reachable, and late 2xx are still answered", async (t) => {
  const { clock, sender, layer, flow } = setup();
  const ctx: LegContext = {
    endpoint: { request: (r, d, u) => layer.request(r, d, u) },
    layer: {
      via: (on, branch) => `SIP/2.0/${typeof on === "string" ? on : on.protocol} 127.0.0.1:5060;branch=${branch};rport`,
      sentBy: () => "127.0.0.1:5060",
      sendOn: sender.sendOn.bind(sender),
      sendResponse: sender.sendResponse.bind(sender),
      flowTo: sender.flowTo.bind(sender),
    },
    dialogs: new DialogTable(),
    clock,
    log: silentLogger(),
  };
  const refs: WeakRef<object>[] = [];
  const handlers = (): OutboundLegEvents => {
    const events: OutboundLegEvents = { onAnswer: () => undefined, onFailed: () => undefined, onBye: () => undefined };
    refs.push(new WeakRef(events));
    return events;
  };
  // The leg lives only in this function: afterwards, only what its transaction keeps holds it.
  const callAndHangUp = async (): Promise<{ inv: SipRequest; ok: SipResponse }> => {
    const leg = new OutboundLeg(ctx, { uri: "sip:agent@192.0.2.10", route: flow, from: "<sip:ringmesh@127.0.0.1>", to: "<sip:agent@192.0.2.10>", offer: undefined, label: "test" }, handlers());
    refs.push(new WeakRef(leg));
    await leg.start();
    const inv = flow.requests().at(0);
    if (inv === undefined) throw new Error("no INVITE");
    const ok = responseTo(inv, 200, "dev1");
    ok.headers.append("Contact", "<sip:agent@192.0.2.10>");
    layer.findClient(ok)?.receiveResponse(ok);
    await settle();
    leg.bye();
    t.is(leg.state, "ended");
    return { inv, ok };
  };
  const { inv, ok } = await callAndHangUp();
  t.is(layer.findClient(ok)?.state, "Accepted", "the INVITE transaction still lingers");
  t.deepEqual(await collected(refs), [true, true], "the handlers and the leg itself");
  layer.findClient(ok)?.receiveResponse(ok);
  t.is(flow.requests().filter((r) => r.method === "ACK").length, 2, "a retransmitted 2xx is still re-ACKed");
  const fork = responseTo(inv, 200, "dev2");
  fork.headers.append("Contact", "<sip:agent@192.0.2.10>");
  layer.findClient(fork)?.receiveResponse(fork);
  await settle();
  const toFork = flow.requests().filter((r) => r.toTag === "dev2");
  t.deepEqual(
    toFork.map((r) => [r.method, r.cseq?.seq]),
    [
      ["ACK", 1],
      ["BYE", 2],
    ],
    "a late 2xx from another fork is ACKed and hung up (RFC 3261 §13.2.2.4), with the INVITE gone",
  );
  clock.advanceTo(32_000);
});
