import test from "ava";
import { callerNumber, createResponse, parseMessage, peerTrust, serialize, SipParseError, type SipRequest, type SipResponse } from "../../../services/signaling/index.js";
import { ALL_SAMPLES, COMPACT, crlf, invite, IPV6_OPTIONS, REGISTER, RESPONSE_200, SDP } from "./samples.js";

function req(text: string): SipRequest {
  const m = parseMessage(Buffer.from(text));
  if (m.kind !== "request") throw new Error("expected a request");
  return m;
}

function parseError(text: string, opts: { stream?: boolean } = {}): SipParseError {
  const err = (() => {
    try {
      parseMessage(Buffer.from(text), opts);
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  if (!(err instanceof SipParseError)) throw new Error(`expected SipParseError, got ${String(err)}`);
  return err;
}

test("INVITE with SDP: start line, Vias across one comma list and a second field, tags, CSeq, body", (t) => {
  const m = req(invite());
  t.is(m.method, "INVITE");
  t.is(m.uri, "sip:+14155550100@ringmesh.example.com;user=phone");
  t.is(m.requestUri?.user, "+14155550100");
  t.is(m.requestUri?.params.get("user"), "phone");
  t.deepEqual(
    m.vias?.map((v) => [v.transport, v.host, v.port, v.branch, v.received, v.rport]),
    [
      ["UDP", "203.0.113.7", 5060, "z9hG4bK776asdhds", undefined, null],
      ["UDP", "198.51.100.2", undefined, "z9hG4bKnashds8", "192.0.2.3", undefined],
      ["TCP", "carrier-edge.example.net", 5061, "z9hG4bK1234", undefined, undefined],
    ],
  );
  t.is(m.from?.displayName, "Alice Carrier");
  t.is(m.from?.uri.user, "+14085551234");
  t.is(m.fromTag, "1928301774");
  t.is(m.toTag, undefined);
  t.is(m.callId, "a84b4c76e66710@pc33.carrier.example.net");
  t.deepEqual(m.cseq, { seq: 314159, method: "INVITE" });
  t.is(m.maxForwards, 70);
  t.is(m.contentType, "application/sdp");
  t.is(m.body.toString(), SDP);
  t.is(m.headers.get("p-asserted-identity"), "<sip:+14085551234@carrier.example.net>");
  const contacts = m.contacts;
  if (contacts === null || contacts === "*") return t.fail("contacts");
  t.is(contacts.at(0)?.uri.params.get("transport"), "udp");
});

test("REGISTER: two Contacts with expires, Authorization kept raw", (t) => {
  const m = req(REGISTER);
  const c = m.contacts;
  if (c === null || c === "*") return t.fail("contacts");
  t.deepEqual(
    c.map((x) => [x.uri.host, x.expires]),
    [
      ["df7jal23ls0d.invalid", 600],
      ["198.51.100.9", 0],
    ],
  );
  t.is(m.from?.displayName, "Agent 7");
  t.true(m.headers.get("authorization")?.startsWith("Digest username=\"agent7\""));
  t.is(m.topVia?.transport, "WSS");
});

test("response: status line, received/rport, To tag", (t) => {
  const m = parseMessage(Buffer.from(RESPONSE_200)) as SipResponse;
  t.is(m.kind, "response");
  t.is(m.status, 200);
  t.is(m.reason, "OK");
  t.is(m.topVia?.received, "192.0.2.4");
  t.is(m.topVia?.rport, 5071);
  t.is(m.toTag, "as7d6a");
  t.deepEqual(m.cseq, { seq: 1, method: "OPTIONS" });
});

test("compact forms, case-insensitive names, folded lines, wildcard Contact", (t) => {
  const m = req(COMPACT);
  t.is(m.topVia?.branch, "z9hG4bKcompact1");
  t.is(m.callId, "compact-1@192.0.2.10");
  t.is(m.fromTag, "f1");
  t.is(m.maxForwards, 69);
  t.is(m.contacts, "*");
  t.is(m.headers.get("Subject"), "a header folded over two lines");
  t.is(m.headers.get("content-length"), "0");
  t.deepEqual(
    m.headers.entries().map((e) => e.name),
    ["Via", "Max-Forwards", "From", "To", "Call-ID", "CSeq", "Contact", "Expires", "Subject", "Content-Length"],
  );
});

test("IPv6 hosts in the Request-URI, Via and From", (t) => {
  const m = req(IPV6_OPTIONS);
  t.is(m.requestUri?.host, "[2001:db8::10]");
  t.is(m.requestUri?.port, 5060);
  t.is(m.topVia?.host, "[2001:db8::20]");
  t.is(m.topVia?.port, 5070);
  t.is(m.from?.uri.host, "[2001:db8::20]");
});

test("round trip: serialize(parse(x)) is byte-identical for long-form messages, and stable for every sample", (t) => {
  for (const text of [invite(), REGISTER, RESPONSE_200, IPV6_OPTIONS]) t.is(serialize(parseMessage(Buffer.from(text))).toString(), text);
  for (const text of ALL_SAMPLES) {
    const once = serialize(parseMessage(Buffer.from(text)));
    t.deepEqual(serialize(parseMessage(once)), once);
  }
});

test("serializer recomputes Content-Length in place and appends it when absent", (t) => {
  const m = req(invite());
  m.body = Buffer.from("v=0\r\n");
  const out = serialize(m).toString();
  t.regex(out, /\r\nContent-Type: application\/sdp\r\nContent-Length: 5\r\n\r\nv=0\r\n$/);
  m.headers.remove("content-length");
  t.regex(serialize(m).toString(), /Content-Length: 5\r\n\r\nv=0\r\n$/);
});

test("Content-Length shorter than the datagram truncates the body; longer answers 400", (t) => {
  const longer = invite().replace(/Content-Length: \d+/, "Content-Length: 10");
  t.is(req(longer).body.length, 10);
  const err = parseError(invite().replace(/Content-Length: \d+/, "Content-Length: 9999"));
  t.is(err.status, 400);
  t.is(err.reason, "Content-Length Exceeds Body");
  t.truthy(err.context);
});

test("stream transports require Content-Length", (t) => {
  const noLength = COMPACT.replace("l: 0\r\n", "");
  t.notThrows(() => parseMessage(Buffer.from(noLength)));
  t.is(parseError(noLength, { stream: true }).reason, "Missing Content-Length Header");
});

test("missing mandatory headers answer 400 naming the header, with a context to answer on", (t) => {
  for (const [header, re] of [
    ["Call-ID", /^Call-ID: .*\r\n/m],
    ["From", /^From: .*\r\n/m],
    ["To", /^To: .*\r\n/m],
    ["CSeq", /^CSeq: .*\r\n/m],
    ["Max-Forwards", /^Max-Forwards: .*\r\n/m],
  ] as const) {
    const err = parseError(invite().replace(re, ""));
    t.is(err.status, 400, header);
    t.is(err.reason, `Missing ${header} Header`);
    t.is(err.context?.method, "INVITE");
  }
});

test("no Via: 400 without a context (nowhere to send it)", (t) => {
  const err = parseError(invite().replace(/^Via: .*\r\n/gm, ""));
  t.is(err.reason, "Missing Via Header");
  t.is(err.context, undefined);
});

test("CSeq method mismatch, bad CSeq, duplicate Call-ID, bad version, garbage", (t) => {
  t.is(parseError(invite().replace("CSeq: 314159 INVITE", "CSeq: 314159 BYE")).reason, "CSeq Method Mismatch");
  t.is(parseError(invite().replace("CSeq: 314159 INVITE", "CSeq: x INVITE")).reason, "Malformed CSeq Header");
  t.is(parseError(invite().replace("CSeq: 314159", "Call-ID: dup\r\nCSeq: 314159")).reason, "Duplicate Call-ID Header");
  t.is(parseError(invite().replace("SIP/2.0\r\n", "SIP/3.0\r\n")).status, 505);
  t.is(parseError("\x00\x01garbage").status, 400);
  t.is(parseError("SIP/2.0 2000 OK\r\n\r\n").reason, "Malformed Status Line");
  t.is(parseError(invite().replace("Max-Forwards: 70", "Max-Forwards: many")).reason, "Malformed Max-Forwards Header");
});

test("leading CRLFs before the start line are ignored (RFC 3261 §7.5)", (t) => {
  t.is(req(`\r\n\r\n${IPV6_OPTIONS}`).method, "OPTIONS");
});

test("createResponse copies Via/From/To/Call-ID/CSeq in order and adds a To-tag (§8.2.6)", (t) => {
  const m = req(invite());
  const res = createResponse(m, 486, { toTag: "uas1" });
  t.is(res.reason, "Busy Here");
  t.deepEqual(
    res.headers.entries().map((e) => e.name),
    ["Via", "Via", "From", "To", "Call-ID", "CSeq"],
  );
  t.is(res.headers.getAll("via").join("|"), m.headers.getAll("via").join("|"));
  t.is(res.toTag, "uas1");
  t.is(createResponse(m, 100).toTag, undefined);
  const parsed = parseMessage(serialize(res)) as SipResponse;
  t.is(parsed.status, 486);
  t.is(parsed.vias?.length, 3);
});

test("responses keep an existing To-tag", (t) => {
  const bye = crlf([
    "BYE sip:agent@192.0.2.4 SIP/2.0",
    "Via: SIP/2.0/UDP 10.0.0.5;branch=z9hG4bKbye1",
    "Max-Forwards: 70",
    "From: <sip:a@x>;tag=1",
    "To: <sip:b@y>;tag=2",
    "Call-ID: c1",
    "CSeq: 2 BYE",
    "Content-Length: 0",
    "",
    "",
  ]);
  t.is(createResponse(req(bye), 200, { toTag: "other" }).toTag, "2");
});

test("compact(): a message kept to be re-sent packs its headers into one string; every read and the wire form are unchanged", (t) => {
  for (const text of ALL_SAMPLES) {
    const m = parseMessage(Buffer.from(text));
    const wire = serialize(m).toString();
    const fields = m.headers.entries().map((e) => [e.name, e.key, e.value]);
    const revision = m.headers.revision;
    const via = m.topVia?.branch;
    m.compact();
    t.is(m.headers.size, 0 + fields.length, "size unpacks");
    m.compact();
    t.is(serialize(m).toString(), wire);
    t.deepEqual(
      m.headers.entries().map((e) => [e.name, e.key, e.value]),
      fields,
    );
    t.is(m.headers.revision, revision, "packing is not a change");
    t.is(m.topVia?.branch, via);
  }
  const r = req(COMPACT);
  r.compact();
  t.is(r.headers.get("call-id"), "compact-1@192.0.2.10", "compact forms still match their long names");
  r.compact();
  r.headers.append("X-After", "1");
  t.is(r.headers.getAll("x-after").length, 1);
  t.is(serialize(r).toString().split("\r\n").filter((l) => l.startsWith("X-After")).length, 1);
});

test("RFC 3325: P-Asserted-Identity names the caller only when the sender is in SIP_TRUSTED_PEERS; otherwise From does", (t) => {
  const m = req(invite().replace("P-Asserted-Identity: <sip:+14085551234", "P-Asserted-Identity: <sip:+358401111111"));
  t.is(callerNumber(m, false), "+14085551234", "From");
  t.is(callerNumber(m, true), "+358401111111", "P-Asserted-Identity");
  const trusted = peerTrust(["192.0.2.10", "198.51.100.0/24", "2001:db8::/32"]);
  t.true(trusted("192.0.2.10"));
  t.false(trusted("192.0.2.11"));
  t.true(trusted("198.51.100.77"));
  t.true(trusted("::ffff:198.51.100.77"), "IPv4-mapped, as a dual-stack socket reports it");
  t.true(trusted("2001:db8:1::5"));
  t.false(trusted("2001:db9::5"));
  t.false(trusted("not-an-address"));
  t.false(peerTrust([])("192.0.2.10"), "nobody by default");
});
