/**
 * The SIP relay between two signaling nodes, in one process on a real nats-server: node
 * B's real TCP and UDP transports hold a device's connection (a plain socket here), node
 * A reaches the device through B (sip/transport/relay.ts over cluster/relay-wire.ts), and
 * what the device sends comes back to whichever node stamped it. Failures: B lost the
 * connection, B is gone; both reach A's send at once, well inside the relay timeout.
 */
import test, { type ExecutionContext } from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { createSocket } from "node:dgram";
import { connect as tcpConnect, type Socket } from "node:net";
import { Registry } from "prom-client";
import { silentLogger } from "../../../lib/log.js";
import {
  FlowRelay,
  flowRef,
  NatsRelayWire,
  newBranch,
  newTag,
  RelayError,
  TcpTransport,
  TransportLayer,
  UdpTransport,
  type Flow,
  type FlowRef,
} from "../../../services/signaling/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";

const TIMEOUT_MS = 2000;

interface Received {
  readonly text: string;
  readonly flow: Flow;
}

interface Node {
  readonly id: string;
  readonly relay: FlowRelay;
  readonly wire: NatsRelayWire;
  readonly layer: TransportLayer;
  readonly nc: NatsConnection;
  readonly registry: Registry;
  /** What this node's endpoint would have been handed. */
  readonly got: Received[];
}

let nats: NatsServer | undefined;
const nodes: Node[] = [];
const sockets: Socket[] = [];

test.before(async () => {
  nats = await startNatsServer();
});

test.afterEach.always(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const n of nodes.splice(0)) {
    n.wire.stop();
    await n.layer.close();
    await n.nc.close();
  }
});

test.after.always(async () => {
  await nats?.stop();
});

async function startNode(id: string): Promise<Node> {
  if (nats === undefined) throw new Error("no nats-server");
  const nc = await connect({ servers: nats.url });
  const layer = new TransportLayer([new UdpTransport({ host: "127.0.0.1", port: 0 }), new TcpTransport({ host: "127.0.0.1", port: 0 })]);
  const wire = new NatsRelayWire(nc, { nodeId: id, logger: silentLogger(), timeoutMs: TIMEOUT_MS });
  const registry = new Registry();
  const relay = new FlowRelay({ nodeId: id, flows: layer, wire, registry });
  const got: Received[] = [];
  await layer.listen(relay.bind((data, flow) => got.push({ text: data.toString(), flow })));
  wire.start(relay);
  await nc.flush();
  const node = { id, relay, wire, layer, nc, registry, got };
  nodes.push(node);
  return node;
}

async function until<T>(read: () => T | undefined, what: string, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = read();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A phone with one TCP connection to `node`, reading everything it is sent. */
async function device(node: Node): Promise<{ socket: Socket; heard: () => string; say: (msg: string) => void }> {
  const port = node.layer.transport("TCP")?.local.port ?? 0;
  const socket = tcpConnect(port, "127.0.0.1");
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let heard = "";
  socket.on("data", (d: Buffer) => (heard += d.toString()));
  return { socket, heard: () => heard, say: (msg) => socket.write(msg) };
}

function sip(start: string, headers: readonly string[]): string {
  return [start, ...headers, "Content-Length: 0", "", ""].join("\r\n");
}

const DESK_VIA = "Via: SIP/2.0/TCP 127.0.0.1:5999;branch=z9hG4bK-desk-1;rport";

function deskRequest(method: string, toTag?: string): string {
  return sip(`${method} sip:ringmesh@127.0.0.1 SIP/2.0`, [
    DESK_VIA,
    "From: <sip:alice-desk@acme.example>;tag=desk1",
    `To: <sip:+35810123456@acme.example>${toTag === undefined ? "" : `;tag=${toTag}`}`,
    "Call-ID: relay-test-1",
    `CSeq: 7 ${method}`,
    "Max-Forwards: 70",
  ]);
}

function deskResponse(status: string, branch: string, method = "INVITE"): string {
  return sip(`SIP/2.0 ${status}`, [`Via: SIP/2.0/TCP 127.0.0.1:4000;branch=${branch};rport`, "From: <sip:+35810123456@acme.example>;tag=a1", "To: <sip:alice-desk@acme.example>;tag=desk1", "Call-ID: relay-test-1", `CSeq: 1 ${method}`]);
}

type Phone = Awaited<ReturnType<typeof device>>;

/** The connection as node B's registrar would record it: from a REGISTER that came in on it. */
async function registeredFlow(b: Node, phone: Phone): Promise<FlowRef> {
  phone.say(deskRequest("REGISTER"));
  const reg = await until(() => b.got.find((r) => r.text.startsWith("REGISTER")), "the REGISTER at B");
  return flowRef(reg.flow);
}

/** Nodes A and B, a phone registered over TCP on B, and the way A names its connection. */
async function phoneOnB(): Promise<{ a: Node; b: Node; phone: Phone; ref: FlowRef }> {
  const a = await startNode("sig-a");
  const b = await startNode("sig-b");
  const phone = await device(b);
  return { a, b, phone, ref: await registeredFlow(b, phone) };
}

/** What A's send to the phone through B fails with, and how long it took. */
async function failedSend(t: ExecutionContext, a: Node, ref: FlowRef): Promise<{ failure: string; ms: number; flow: Flow }> {
  const flow = a.relay.flowOn("sig-b", ref) ?? t.fail("no relayed flow");
  const started = Date.now();
  const err = await t.throwsAsync(flow.send(Buffer.from(deskRequest("INVITE"))), { instanceOf: RelayError });
  return { failure: err.failure, ms: Date.now() - started, flow };
}

const metric = async (n: Node, line: RegExp): Promise<boolean> => line.test(await n.registry.metrics());

test.serial("node A reaches a phone connected to node B; responses and in-dialog requests come back to the node that stamped them, everything else stays on B", async (t) => {
  const { a, b, phone, ref } = await phoneOnB();

  const toPhone = a.relay.flowOn("sig-b", ref) ?? t.fail("no relayed flow");
  t.true(toPhone.reliable && toPhone.isOpen());
  t.deepEqual(toPhone.advertised, ref.local, "A announces B's address to the phone");
  const invite = sip("INVITE sip:alice-desk@127.0.0.1 SIP/2.0", [`Via: SIP/2.0/TCP 127.0.0.1:${ref.local.port};branch=${newBranch("sig-a")};rport`, `From: <sip:x@acme.example>;tag=${newTag("sig-a")}`]);
  await toPhone.send(Buffer.from(invite));
  await until(() => (phone.heard().includes(invite) ? true : undefined), "the INVITE at the phone");

  // The phone answers A's INVITE and later hangs up A's dialog; it also pings B on its own.
  const aTag = newTag("sig-a");
  phone.say(deskResponse("200 OK", newBranch("sig-a")));
  phone.say(deskRequest("BYE", aTag));
  phone.say(deskRequest("OPTIONS"));
  phone.say(deskResponse("200 OK", newBranch("sig-b"), "NOTIFY"));
  const bye = await until(() => a.got.find((r) => r.text.startsWith("BYE")), "the BYE at A");
  t.deepEqual(
    a.got.map((r) => r.text.split("\r\n")[0]),
    ["SIP/2.0 200 OK", "BYE sip:ringmesh@127.0.0.1 SIP/2.0"],
  );
  await until(() => (b.got.length === 3 ? true : undefined), "B's own messages");
  t.deepEqual(
    b.got.map((r) => r.text.split("\r\n")[0]),
    ["REGISTER sip:ringmesh@127.0.0.1 SIP/2.0", "OPTIONS sip:ringmesh@127.0.0.1 SIP/2.0", "SIP/2.0 200 OK"],
    "REGISTER, an out-of-dialog request and B's own transaction's response stay on B",
  );
  t.is(bye.flow.id, `relay:sig-b:${ref.id}`);
  t.deepEqual(bye.flow.remote, ref.remote, "A sees the phone's address, as if the connection were its own");

  // A answers the BYE on the flow it came in on: the 200 reaches the phone through B.
  const ok = sip("SIP/2.0 200 OK", [DESK_VIA, "CSeq: 7 BYE"]);
  await bye.flow.send(Buffer.from(ok));
  await until(() => (phone.heard().includes(ok) ? true : undefined), "the 200 to the BYE at the phone");

  t.true(await metric(a, /^sip_relayed_messages_total\{direction="toDevice",role="origin"\} 2$/m));
  t.true(await metric(a, /^sip_relayed_messages_total\{direction="fromDevice",role="origin"\} 2$/m));
  t.true(await metric(b, /^sip_relayed_messages_total\{direction="toDevice",role="edge"\} 2$/m));
  t.true(await metric(b, /^sip_relayed_messages_total\{direction="fromDevice",role="edge"\} 2$/m));
});

test.serial("UDP is never relayed: a stamped response arriving at B over UDP stays on B", async (t) => {
  const a = await startNode("sig-a");
  const b = await startNode("sig-b");
  const port = b.layer.transport("UDP")?.local.port ?? 0;
  const udp = createSocket("udp4");
  await new Promise<void>((resolve) => udp.send(deskResponse("200 OK", newBranch("sig-a")), port, "127.0.0.1", () => resolve()));
  await until(() => b.got[0], "the datagram at B");
  udp.close();
  t.is(a.got.length, 0);
  t.is(b.got[0]?.flow.protocol, "UDP");
});

test.serial("the phone's connection closed on node B: node A's send fails at once with flowClosed, and the flow counts as closed", async (t) => {
  const { a, b, phone, ref } = await phoneOnB();
  phone.socket.destroy();
  await until(() => (b.layer.transport("TCP")?.connections === 0 ? true : undefined), "B noticing the close");

  const { failure, ms, flow } = await failedSend(t, a, ref);
  t.is(failure, "flowClosed");
  t.true(ms < TIMEOUT_MS / 2, `took ${ms} ms`);
  t.false(flow.isOpen());
  t.true(await metric(a, /^sip_relay_failures_total\{reason="flowClosed"\} 1$/m));
  t.true(await metric(b, /^sip_relayed_messages_total\{direction="toDevice",role="edge"\} 0$/m), "B wrote nothing");
});

test.serial("node B gone: node A's send fails at once with nodeUnreachable (NATS has no responder), not after the relay timeout", async (t) => {
  const { a, b, ref } = await phoneOnB();
  b.wire.stop();
  await b.nc.flush();

  const { failure, ms } = await failedSend(t, a, ref);
  t.is(failure, "nodeUnreachable");
  t.true(ms < TIMEOUT_MS / 2, `took ${ms} ms`);
  t.true(await metric(a, /^sip_relay_failures_total\{reason="nodeUnreachable"\} 1$/m));
});

test.serial("a connection id B reuses after a restart is not written to for an old registration: the peer address must match", async (t) => {
  const { a, b, ref } = await phoneOnB();
  const stale: FlowRef = { ...ref, remote: { ...ref.remote, port: ref.remote.port === 1 ? 2 : 1 } };
  t.is((await failedSend(t, a, stale)).failure, "flowClosed");
  t.is(b.relay.flowOn("sig-b", stale), undefined, "nor used by B itself");
  t.is(b.relay.flowOn("sig-b", ref)?.id, ref.id);
});
