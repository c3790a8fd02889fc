/**
 * Adaptive admission (perf G9) wired for real: a whole node in this process (routing
 * actors and signaling, as `ringmesh start` composes them) with the default
 * SIP_OVERLOAD_DELAY_MS, and its event loop really saturated by a busy spinner in the same
 * process, so the node's own sampler sees a late, busy loop and cuts the limit on call
 * setups in flight to its floor. A burst of INVITEs then gets MIN_LIMIT setups started
 * (answered by routing, or 100 Trying if that takes over 200 ms) and the rest 503 with a
 * short Retry-After, counted with reason "overload"; once the loop is free again a new
 * INVITE is taken.
 */
import { createSocket, type Socket } from "node:dgram";
import { randomBytes } from "node:crypto";
import test from "ava";
import { MIN_LIMIT, OVERLOAD_RETRY_AFTER_S } from "../../../services/signaling/index.js";
import { CALLER, GROUP_NUMBER, startCallNode, type CallNode } from "./call-node.js";
import { Inbox, type SipMsg } from "./sip-peer.js";

let node: CallNode | undefined;
let socket: Socket | undefined;
let spinning = false;

test.afterEach.always(async () => {
  spinning = false;
  socket?.close();
  socket = undefined;
  await node?.stop();
  node = undefined;
});

/** Keeps this process's loop busy in 40 ms slices: timers run up to 40 ms late and the loop is never idle. */
function spin(): void {
  if (!spinning) return;
  const end = performance.now() + 40;
  while (performance.now() < end);
  setImmediate(spin);
}

function invite(local: number, sipPort: number, callId: string): string {
  const sdp = ["v=0", "o=caller 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0", "m=audio 40000 RTP/AVP 0", "a=rtpmap:0 PCMU/8000", ""].join("\r\n");
  return [
    `INVITE sip:${GROUP_NUMBER}@127.0.0.1:${sipPort} SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK${randomBytes(8).toString("hex")};rport`,
    `From: <sip:${CALLER}@127.0.0.1:${local}>;tag=${randomBytes(4).toString("hex")}`,
    `To: <sip:${GROUP_NUMBER}@127.0.0.1:${sipPort}>`,
    `Call-ID: ${callId}`,
    "CSeq: 1 INVITE",
    `Contact: <sip:${CALLER}@127.0.0.1:${local}>`,
    "Max-Forwards: 70",
    "Content-Type: application/sdp",
    `Content-Length: ${Buffer.byteLength(sdp)}`,
    "",
    sdp,
  ].join("\r\n");
}

const firstAnswer = (inbox: Inbox, callId: string) => inbox.next((m) => m.status !== undefined && m.header("call-id") === callId, 15_000, `first answer to ${callId}`);

test.serial("G9: the node probes its own SIP socket: sip_udp_receive_wait_seconds carries the probe's readings (how long a datagram waited to be read), not the gauge's default", async (t) => {
  const n = (node = await startCallNode());
  t.true(await n.metric(/^sip_udp_receive_wait_seconds (?!0$)\S+$/m), "no probe reading reached the admission's gauge");
});

test.serial("G9: a node whose loop is saturated admits MIN_LIMIT call setups of a burst and refuses the rest with 503 reason overload, Retry-After 1–2 s; a free loop admits again", async (t) => {
  const n = (node = await startCallNode());
  const s = (socket = createSocket("udp4"));
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", r));
  const inbox = Inbox.udp(s);
  const local = s.address().port;
  const send = (text: string) => s.send(text, n.sipPort, "127.0.0.1");

  spinning = true;
  setImmediate(spin);
  t.true(await n.metric(new RegExp(`^sip_admission_setups_limit ${MIN_LIMIT}$`, "m")), "the node's own sampler saw a late, busy loop and cut the limit");

  const ids = Array.from({ length: 3 * MIN_LIMIT }, (_, i) => `g9-burst-${i}-${randomBytes(4).toString("hex")}`);
  for (const id of ids) send(invite(local, n.sipPort, id));
  const answers: SipMsg[] = await Promise.all(ids.map((id) => firstAnswer(inbox, id)));
  spinning = false;

  const refused = answers.filter((m) => m.status === 503);
  const admitted = answers.filter((m) => m.status !== 503);
  // Admitted calls were answered by routing: 100 Trying past 200 ms, 180 queued, or the group's Q2 486 (nobody logged in).
  t.true(admitted.every((m) => m.status === 100 || m.status === 180 || m.status === 486), answers.map((m) => m.startLine).join(" | "));
  t.true(admitted.length >= MIN_LIMIT, `admitted ${admitted.length}`);
  t.true(refused.length >= 1, "the burst went past the limit");
  for (const m of refused) {
    t.is(m.startLine, "SIP/2.0 503 Overloaded");
    const retryAfter = Number(m.header("retry-after"));
    t.true(retryAfter >= OVERLOAD_RETRY_AFTER_S && retryAfter <= 2 * OVERLOAD_RETRY_AFTER_S, `Retry-After ${retryAfter}`);
  }
  t.true(await n.metric(new RegExp(`^sip_requests_shed_total\\{method="INVITE",reason="overload"\\} ${refused.length}$`, "m")), "every 503 counted as overload");

  // The loop free again: within a second (the smoothed utilization falls under IDLE_UTILIZATION) new calls are taken.
  const deadline = Date.now() + 5000;
  let taken: number | undefined;
  while (taken === undefined && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    const id = `g9-after-${randomBytes(4).toString("hex")}`;
    send(invite(local, n.sipPort, id));
    if ((await firstAnswer(inbox, id)).status !== 503) taken = Date.now() - (deadline - 5000);
  }
  t.true(taken !== undefined && taken < 2000, `a new call taken ${taken} ms after the loop was freed`);
});
