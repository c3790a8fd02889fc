/**
 * SIP parse throughput: the hand parser (services/signaling) against sip.js's
 * `Parser.parseMessage`, interleaved in the same process on the same 4,096 distinct
 * INVITEs with SDP. Every parse must yield Call-ID, top-Via branch, From tag and CSeq
 * (research/perf.md §3 harness). Prints one line per round and, last, one JSON object.
 *
 *   npx tsx bench/sip-parse.ts [roundMs]
 */
import { LoggerFactory, Parser } from "sip.js/lib/core/index.js";
import { parseMessage } from "../services/signaling/index.js";

const COUNT = 4096;
const ROUNDS = 5;
const roundMs = Number(process.argv[2] ?? 1000);

function invite(i: number): string {
  const body = [
    "v=0",
    `o=carrier ${2890844526 + i} ${2890844526 + i} IN IP4 203.0.113.${i % 250}`,
    "s=-",
    `c=IN IP4 203.0.113.${i % 250}`,
    "t=0 0",
    `m=audio ${20000 + (i % 10000) * 2} RTP/AVP 0 8 101`,
    "a=rtpmap:0 PCMU/8000",
    "a=rtpmap:8 PCMA/8000",
    "a=rtpmap:101 telephone-event/8000",
    "a=fmtp:101 0-16",
    "a=ptime:20",
    "",
  ].join("\r\n");
  return [
    `INVITE sip:+1415555${String(i % 10000).padStart(4, "0")}@ringmesh.example.com;user=phone SIP/2.0`,
    `Via: SIP/2.0/UDP 203.0.113.${i % 250}:5060;branch=z9hG4bK${i.toString(36)}x${(i * 7919).toString(36)};rport`,
    "Max-Forwards: 70",
    `From: "Caller ${i}" <sip:+1408555${String(i % 10000).padStart(4, "0")}@carrier.example.net>;tag=${(i * 104729).toString(36)}`,
    `To: <sip:+1415555${String(i % 10000).padStart(4, "0")}@ringmesh.example.com>`,
    `Call-ID: ${(i * 1299709).toString(16)}-${i}@carrier.example.net`,
    `CSeq: ${i + 1} INVITE`,
    `Contact: <sip:+1408555${String(i % 10000).padStart(4, "0")}@203.0.113.${i % 250}:5060>`,
    "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS",
    "Content-Type: application/sdp",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

const texts = Array.from({ length: COUNT }, (_, i) => invite(i));
const buffers = texts.map((t) => Buffer.from(t));
const loggerFactory = new LoggerFactory();
// sip.js logs parse errors to the console; none are expected, but stdout must end with the JSON line.
loggerFactory.builtinEnabled = false;
const logger = loggerFactory.getLogger("sip.parser");

let sink = 0;
function ours(i: number): void {
  const m = parseMessage(buffers[i % COUNT]);
  const branch = m.topVia?.branch;
  const tag = m.fromTag;
  const cseq = m.cseq;
  if (m.callId === undefined || branch === undefined || tag === undefined || cseq === undefined) throw new Error("incomplete parse");
  sink += cseq.seq + branch.length;
}

function sipjs(i: number): void {
  const m = Parser.parseMessage(texts[i % COUNT], logger);
  if (m === undefined) throw new Error("sip.js failed to parse");
  const branch = m.viaBranch;
  const tag = m.fromTag;
  if (m.callId.length === 0 || branch.length === 0 || tag.length === 0 || m.cseq === 0) throw new Error("incomplete parse");
  sink += m.cseq + branch.length;
}

/** Runs `fn` over successive messages for about `ms`, returns µs per message. */
function measure(fn: (i: number) => void, ms: number): { perMsgUs: number; count: number } {
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let n = 0;
  for (;;) {
    for (let k = 0; k < 64; k++) fn(n++);
    const elapsed = process.hrtime.bigint() - start;
    if (elapsed >= budget) return { perMsgUs: Number(elapsed) / 1000 / n, count: n };
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

for (let i = 0; i < COUNT; i++) ours(i);
for (let i = 0; i < 64; i++) sipjs(i);

const oursUs: number[] = [];
const sipjsUs: number[] = [];
for (let r = 1; r <= ROUNDS; r++) {
  const a = measure(ours, roundMs);
  const b = measure(sipjs, roundMs);
  oursUs.push(a.perMsgUs);
  sipjsUs.push(b.perMsgUs);
  console.log(
    `round ${r}: ringmesh ${Math.round(1e6 / a.perMsgUs).toLocaleString("en")} msg/s (${a.perMsgUs.toFixed(2)} µs/msg, n=${a.count})  ` +
      `sip.js ${Math.round(1e6 / b.perMsgUs).toLocaleString("en")} msg/s (${b.perMsgUs.toFixed(1)} µs/msg, n=${b.count})`,
  );
}
const parseUs = median(oursUs);
const sipjsUsMedian = median(sipjsUs);
if (sink === 0) throw new Error("unreachable: keeps the parse results observable");
console.log(JSON.stringify({ parse_us_per_msg: Number(parseUs.toFixed(3)), sipjs_us_per_msg: Number(sipjsUsMedian.toFixed(1)), ratio: Number((sipjsUsMedian / parseUs).toFixed(1)) }));
