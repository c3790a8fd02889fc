import test from "ava";
import { FramingError, StreamFramer } from "../../../services/signaling/index.js";
import { invite, RESPONSE_200 } from "./samples.js";

test("frames back-to-back messages split at arbitrary byte boundaries by Content-Length", (t) => {
  const stream = Buffer.from(`${invite()}\r\n\r\n${RESPONSE_200}${invite({ callId: "second" })}`);
  for (const chunk of [1, 7, 64, stream.length]) {
    const f = new StreamFramer();
    const events = [];
    for (let i = 0; i < stream.length; i += chunk) events.push(...f.push(stream.subarray(i, i + chunk)));
    t.deepEqual(
      events.map((e) => (e.kind === "ping" ? "ping" : e.data.toString())),
      [invite(), "ping", RESPONSE_200, invite({ callId: "second" })],
      `chunk ${chunk}`,
    );
    t.is(f.buffered, 0);
  }
});

test("compact Content-Length (l:) frames too; oversize and endless headers are refused", (t) => {
  const f = new StreamFramer();
  const msg = "OPTIONS sip:a SIP/2.0\r\nl: 3\r\n\r\nabcOPT";
  const ev = f.push(Buffer.from(msg));
  t.is(ev.length, 1);
  t.is(f.buffered, 3);
  t.throws(() => new StreamFramer(100).push(Buffer.from(`INVITE sip:a SIP/2.0\r\nContent-Length: 500\r\n\r\n`)), { instanceOf: FramingError });
  t.throws(() => new StreamFramer(100).push(Buffer.alloc(200, 0x41)), { instanceOf: FramingError });
});
