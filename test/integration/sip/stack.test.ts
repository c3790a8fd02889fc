import { execFile } from "node:child_process";
import { createSocket } from "node:dgram";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import test from "ava";
import { WebSocket } from "ws";
import { systemClock } from "../../../lib/clock.js";
import { freePort, freeUdpTcpPort } from "../../support/ports.js";
import { Endpoint, parseMessage, PROBE_RESEND_MS, TcpTransport, TransportLayer, UdpTransport, WsTransport, type Flow, type SipRequest, type SipResponse, type TransactionUser } from "../../../services/signaling/index.js";

const scenario = (name: string) => fileURLToPath(new URL(`../../sip/${name}`, import.meta.url));

/** A test UAS: INVITE → 180 then 200 with SDP (or 486 for user "busy"); BYE in a known dialog → 200. */
function testUas() {
  const dialogs = new Set<string>();
  const acks: SipRequest[] = [];
  const invites: SipRequest[] = [];
  const tu: TransactionUser = {
    onRequest(txn) {
      const req = txn.request;
      if (req.method === "INVITE") {
        invites.push(req);
        if (req.requestUri?.user === "busy") {
          txn.reply(486);
          return;
        }
        txn.reply(180);
        dialogs.add(`${req.callId ?? ""}|${txn.localTag}`);
        txn.reply(200, {
          headers: [["Contact", "<sip:uas@127.0.0.1>"]],
          contentType: "application/sdp",
          body: "v=0\r\no=uas 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n",
        });
      } else if (req.method === "BYE") {
        dialogs.delete(`${req.callId ?? ""}|${req.toTag ?? ""}`);
        txn.reply(200);
      } else txn.reply(200);
    },
    onAck: (ack) => acks.push(ack),
    hasDialog: (req) => dialogs.has(`${req.callId ?? ""}|${req.toTag ?? ""}`),
  };
  return { tu, dialogs, acks, invites };
}

async function startStack(tu: TransactionUser) {
  const port = await freeUdpTcpPort();
  const wsPort = await freePort();
  const layer = new TransportLayer([
    new UdpTransport({ host: "127.0.0.1", port }),
    new TcpTransport({ host: "127.0.0.1", port, maxConnections: 16 }),
    new WsTransport({ host: "127.0.0.1", port: wsPort, maxConnections: 16 }),
  ]);
  const ep = new Endpoint({ sender: layer, clock: systemClock, tu, allow: ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS"] });
  await layer.listen(ep.receive);
  return { port, wsPort, layer, ep };
}

function sipp(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile("sipp", [...args, "-nostdin", "-timeout", "15", "-timeout_error", "-m", "1", "-l", "1", "-i", "127.0.0.1"], { timeout: 25_000 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === "number" ? err.code : -1;
      resolve({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

for (const transport of ["u1", "t1"] as const) {
  test.serial(`sipp (${transport}): OPTIONS probe answered 200 with Allow`, async (t) => {
    const uas = testUas();
    const { port, layer } = await startStack(uas.tu);
    try {
      const local = await freeUdpTcpPort();
      const r = await sipp(["-sf", scenario("options.xml"), "-t", transport, "-p", String(local), `127.0.0.1:${port}`]);
      t.is(r.code, 0, r.output.slice(-2000));
    } finally {
      await layer.close();
    }
  });

  test.serial(`sipp (${transport}): INVITE answered 200 by the test UAS, ACK delivered to the TU, BYE answered 200`, async (t) => {
    const uas = testUas();
    const { port, layer, ep } = await startStack(uas.tu);
    try {
      const local = await freeUdpTcpPort();
      const r = await sipp(["-sf", scenario("uac-invite-bye.xml"), "-s", "agent", "-t", transport, "-p", String(local), `127.0.0.1:${port}`]);
      t.is(r.code, 0, r.output.slice(-2000));
      t.is(uas.invites.length, 1);
      t.is(uas.acks.length, 1);
      t.is(uas.dialogs.size, 0, "BYE ended the dialog");
      t.true(ep.transactions.serverCount <= 2, "only Accepted/Completed transactions waiting on their timers");
    } finally {
      await layer.close();
    }
  });
}

/** A raw UDP peer, to see exactly what goes on the wire. */
async function udpPeer() {
  const sock = createSocket("udp4");
  const got: SipResponse[] = [];
  const waiters: (() => void)[] = [];
  sock.on("message", (m) => {
    const msg = parseMessage(m);
    if (msg.kind === "response") got.push(msg);
    for (const w of waiters.splice(0)) w();
  });
  await new Promise<void>((resolve) => sock.bind(0, "127.0.0.1", resolve));
  const port = sock.address().port;
  const until = async (pred: () => boolean, ms: number): Promise<boolean> => {
    const deadline = Date.now() + ms;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        // Re-check at least every 50 ms: some conditions change without a datagram arriving.
        const timer = setTimeout(resolve, Math.min(left, 50));
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  };
  return { sock, got, port, until, close: () => new Promise<void>((r) => sock.close(r)) };
}

function rawInvite(peerPort: number, user: string, branch: string): string {
  return [
    `INVITE sip:${user}@127.0.0.1 SIP/2.0`,
    // A NATed phone: the Via names a private address and asks for rport.
    `Via: SIP/2.0/UDP 10.9.9.9:5060;branch=${branch};rport`,
    "Max-Forwards: 70",
    `From: <sip:raw@10.9.9.9>;tag=raw${peerPort}`,
    `To: <sip:${user}@127.0.0.1>`,
    `Call-ID: ${branch}@raw`,
    "CSeq: 1 INVITE",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

test.serial("UDP: a 486 is retransmitted on Timer G to the rport source while the ACK is withheld; a retransmitted INVITE is absorbed", async (t) => {
  const uas = testUas();
  const { port, layer, ep } = await startStack(uas.tu);
  const peer = await udpPeer();
  try {
    const inv = Buffer.from(rawInvite(peer.port, "busy", "z9hG4bKrawretrans1"));
    peer.sock.send(inv, port, "127.0.0.1");
    peer.sock.send(inv, port, "127.0.0.1");
    // Timer G: copies at 0, 0.5 and 1.5 s, plus one for the retransmitted INVITE.
    t.true(await peer.until(() => peer.got.length >= 4, 5000), `got ${peer.got.length} responses`);
    t.true(peer.got.every((r) => r.status === 486));
    t.is(peer.got[0]?.topVia?.received, "127.0.0.1");
    t.is(peer.got[0]?.topVia?.rport, peer.port);
    t.is(uas.invites.length, 1, "the TU saw the INVITE once");
    const ack = rawInvite(peer.port, "busy", "z9hG4bKrawretrans1")
      .replace("INVITE sip", "ACK sip")
      .replace("CSeq: 1 INVITE", "CSeq: 1 ACK")
      .replace(/To: (.*)/, `To: $1;tag=${peer.got[0]?.toTag ?? ""}`);
    peer.sock.send(Buffer.from(ack), port, "127.0.0.1");
    t.true(await peer.until(() => ep.transactions.findServer(parseMessage(inv) as SipRequest)?.state === "Confirmed", 2000));
  } finally {
    await peer.close();
    await layer.close();
  }
});

test.serial("UDP: a request the TU refuses gets a stateless 503 (RFC 3261 §8.2.7): no transaction and no Timer G copies; its retransmission gets the same 503 and To-tag without the TU judging it again", async (t) => {
  const uas = testUas();
  let asked = 0;
  const tu: TransactionUser = {
    ...uas.tu,
    refuse: (req) => {
      asked++;
      return req.requestUri?.user === "full" ? { status: 503, reason: "Overloaded", headers: [["Retry-After", "1"]] } : undefined;
    },
  };
  const { port, layer, ep } = await startStack(tu);
  const peer = await udpPeer();
  try {
    const inv = Buffer.from(rawInvite(peer.port, "full", "z9hG4bKrawrefused1"));
    peer.sock.send(inv, port, "127.0.0.1");
    t.true(await peer.until(() => peer.got.length >= 1, 2000));
    peer.sock.send(inv, port, "127.0.0.1");
    t.true(await peer.until(() => peer.got.length >= 2, 2000));
    // A stateful 503 would be sent again by Timer G at 500 ms; a stateless one never is.
    await peer.until(() => peer.got.length > 2, 1200);
    t.deepEqual(peer.got.map((r) => [r.status, r.reason]), [[503, "Overloaded"], [503, "Overloaded"]]);
    t.is(peer.got[0]?.toTag, peer.got[1]?.toTag);
    t.is(peer.got[0]?.headers.get("retry-after"), "1");
    t.is(asked, 1);
    t.is(ep.transactions.serverCount, 0);
    t.is(uas.invites.length, 0);
  } finally {
    await peer.close();
    await layer.close();
  }
});

test.serial("WebSocket (RFC 7118): OPTIONS over the sip subprotocol answered on the same connection; no subprotocol refused", async (t) => {
  const uas = testUas();
  const { wsPort, layer } = await startStack(uas.tu);
  try {
    const ws = new WebSocket(`ws://127.0.0.1:${wsPort}`, "sip");
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    const answer = new Promise<SipResponse>((resolve) => ws.once("message", (d: Buffer) => resolve(parseMessage(d) as SipResponse)));
    ws.send(
      ["OPTIONS sip:ringmesh@127.0.0.1 SIP/2.0", "Via: SIP/2.0/WS h7kjh12ngs4n.invalid;branch=z9hG4bKws1", "Max-Forwards: 70", "From: <sip:agent@ringmesh>;tag=w1", "To: <sip:ringmesh@127.0.0.1>", "Call-ID: ws-1", "CSeq: 1 OPTIONS", "Content-Length: 0", "", ""].join("\r\n"),
    );
    const res = await answer;
    t.is(res.status, 200);
    t.is(res.topVia?.received, "127.0.0.1");
    ws.close();

    const bare = new WebSocket(`ws://127.0.0.1:${wsPort}`);
    const outcome = await new Promise<string>((resolve) => {
      bare.once("open", () => resolve("open"));
      bare.once("unexpected-response", (_req, res) => resolve(`refused ${res.statusCode ?? 0}`));
      bare.once("error", () => resolve("error"));
    });
    t.is(outcome, "refused 400");
  } finally {
    await layer.close();
  }
});

test("UDP transport asks the kernel for the configured socket buffer (SIP_UDP_BUFFER_BYTES), up to net.core.rmem_max", async (t) => {
  const requested = 1024 * 1024;
  const udp = new UdpTransport({ host: "127.0.0.1", port: await freeUdpTcpPort(), bufferBytes: requested });
  const plain = new UdpTransport({ host: "127.0.0.1", port: await freeUdpTcpPort() });
  await udp.listen(() => undefined);
  await plain.listen(() => undefined);
  t.teardown(async () => {
    await udp.close();
    await plain.close();
  });
  const rmemMax = Number(readFileSync("/proc/sys/net/core/rmem_max", "utf8").trim());
  // Linux grants at most rmem_max and reports twice what it granted.
  t.is(udp.receiveBufferBytes, 2 * Math.min(requested, rmemMax));
  t.true(plain.receiveBufferBytes > 0);
});

test.serial("UDP transport receive probe: how long a datagram waited in the socket's queue while the loop was held, the probe never handed up, other datagrams untouched; off, nothing measured", async (t) => {
  const got: string[] = [];
  const udp = new UdpTransport({ host: "127.0.0.1", port: await freeUdpTcpPort(), receiveProbe: true });
  const plain = new UdpTransport({ host: "127.0.0.1", port: await freeUdpTcpPort() });
  await udp.listen((data) => got.push(data.toString()));
  await plain.listen(() => undefined);
  const peer = createSocket("udp4");
  t.teardown(async () => {
    peer.close();
    await udp.close();
    await plain.close();
  });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const hold = (ms: number) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };
  t.true(udp.probing);
  t.false(plain.probing);
  t.is(udp.receiveWaitMs(), undefined, "the first probe only goes out");
  hold(100);
  t.is(udp.receiveWaitMs(), undefined, "none back yet: a path that never worked measures nothing");
  await pause(50);
  const first = udp.receiveWaitMs();
  t.true(first !== undefined && first >= 100, `the first probe waited out the held loop (${first} ms)`);
  await pause(50);
  const idle = udp.receiveWaitMs();
  t.true(idle !== undefined && idle < 40, `read at once on an idle loop (${idle} ms)`);
  await pause(50);
  udp.receiveWaitMs();
  peer.send("behind the probe", udp.local.port, "127.0.0.1");
  hold(200);
  const pending = udp.receiveWaitMs();
  t.true(pending !== undefined && pending >= 200, `a probe not read yet counts as waiting (${pending} ms)`);
  await pause(50);
  const waited = udp.receiveWaitMs();
  t.true(waited !== undefined && waited >= 200, `the probe queued behind the held loop (${waited} ms)`);
  t.deepEqual(got, ["behind the probe"]);
  t.is(plain.receiveWaitMs(), undefined);
});

test.serial("UDP transport receive probe: a probe a full receive buffer dropped keeps counting from its first send, and is sent again after PROBE_RESEND_MS", async (t) => {
  // A small buffer (Linux grants 8 KiB for 4): a burst while the loop is held fills it.
  const udp = new UdpTransport({ host: "127.0.0.1", port: await freeUdpTcpPort(), bufferBytes: 4096, receiveProbe: true });
  let got = 0;
  await udp.listen(() => got++);
  const peer = createSocket("udp4");
  t.teardown(async () => {
    peer.close();
    await udp.close();
  });
  await new Promise<void>((r) => peer.bind(0, "127.0.0.1", r));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  udp.receiveWaitMs();
  await pause(50);
  t.true(udp.receiveWaitMs() !== undefined, "the path works");
  // The probe that reading sent comes back now; the next goes out while the buffer is full.
  await pause(50);
  const filler = Buffer.alloc(300, 0x20);
  for (let i = 0; i < 200; i++) peer.send(filler, udp.local.port, "127.0.0.1");
  const end = performance.now() + 100;
  while (performance.now() < end);
  const sentAt = performance.now();
  udp.receiveWaitMs();
  await pause(300);
  t.true(got > 0 && got < 200, `the buffer dropped some of the burst (${got} of 200 read)`);
  const lost = udp.receiveWaitMs();
  t.true(lost !== undefined && lost >= 300, `a dropped probe counts as waiting (${lost} ms)`);
  await pause(PROBE_RESEND_MS + 100 - (performance.now() - sentAt));
  t.true((udp.receiveWaitMs() ?? 0) >= PROBE_RESEND_MS, "still waiting when its copy goes out");
  await pause(50);
  const back = udp.receiveWaitMs();
  t.true(back !== undefined && back >= PROBE_RESEND_MS, `its wait counted from the first send (${back} ms)`);
  await pause(50);
  const after = udp.receiveWaitMs();
  t.true(after !== undefined && after < 40, `the copy came back and a fresh probe went out (${after} ms)`);
});

test("UDP transport: datagrams from one peer share one Flow (what lingering transactions keep), another peer gets its own, and replies on it reach the peer", async (t) => {
  const flows: Flow[] = [];
  const udp = new UdpTransport({ host: "127.0.0.1", port: await freeUdpTcpPort() });
  const got = new Promise<void>((resolve) => {
    void udp.listen((_data, flow) => {
      flows.push(flow);
      if (flows.length === 3) resolve();
    });
  });
  const [a, b] = [createSocket("udp4"), createSocket("udp4")];
  t.teardown(async () => {
    a.close();
    b.close();
    await udp.close();
  });
  await Promise.all([a, b].map((s) => new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()))));
  await new Promise((r) => setTimeout(r, 50));
  a.send("one", udp.local.port, "127.0.0.1");
  a.send("two", udp.local.port, "127.0.0.1");
  b.send("three", udp.local.port, "127.0.0.1");
  await got;
  const [first, second, third] = [flows.at(0), flows.at(1), flows.at(2)];
  if (first === undefined || second === undefined || third === undefined) throw new Error("three datagrams expected");
  t.is(first, second, "one Flow object for every datagram of a peer");
  t.not(third, first);
  t.is(first.id, `udp:127.0.0.1:${a.address().port}`);
  const reply = new Promise<string>((resolve) => a.once("message", (m) => resolve(m.toString())));
  await second.send(Buffer.from("back"));
  t.is(await reply, "back");
});
