/** Real-world shaped SIP messages (CRLF line ends) shared by the unit, fuzz and bench code. */

export const crlf = (lines: readonly string[]): string => lines.join("\r\n");

export const SDP = crlf([
  "v=0",
  "o=carrier 2890844526 2890844526 IN IP4 203.0.113.7",
  "s=-",
  "c=IN IP4 203.0.113.7",
  "t=0 0",
  "m=audio 49170 RTP/AVP 0 8 101",
  "a=rtpmap:0 PCMU/8000",
  "a=rtpmap:8 PCMA/8000",
  "a=rtpmap:101 telephone-event/8000",
  "a=fmtp:101 0-16",
  "a=ptime:20",
  "a=sendrecv",
  "",
]);

export function invite(opts: { callId?: string; branch?: string; body?: string } = {}): string {
  const body = opts.body ?? SDP;
  return crlf([
    "INVITE sip:+14155550100@ringmesh.example.com;user=phone SIP/2.0",
    `Via: SIP/2.0/UDP 203.0.113.7:5060;branch=${opts.branch ?? "z9hG4bK776asdhds"};rport, SIP/2.0/UDP 198.51.100.2;branch=z9hG4bKnashds8;received=192.0.2.3`,
    "Via: SIP/2.0/TCP carrier-edge.example.net:5061;branch=z9hG4bK1234",
    "Max-Forwards: 70",
    'From: "Alice Carrier" <sip:+14085551234@carrier.example.net>;tag=1928301774',
    "To: <sip:+14155550100@ringmesh.example.com>",
    `Call-ID: ${opts.callId ?? "a84b4c76e66710@pc33.carrier.example.net"}`,
    "CSeq: 314159 INVITE",
    "Contact: <sip:+14085551234@203.0.113.7:5060;transport=udp>",
    "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS",
    "P-Asserted-Identity: <sip:+14085551234@carrier.example.net>",
    "Content-Type: application/sdp",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ]);
}

export const REGISTER = crlf([
  "REGISTER sip:ringmesh.example.com SIP/2.0",
  "Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bKnashds7;rport",
  "Max-Forwards: 70",
  "From: Agent 7 <sip:agent7@ringmesh.example.com>;tag=a73kszlfl",
  "To: Agent 7 <sip:agent7@ringmesh.example.com>",
  "Call-ID: 1j9FpLxk3uxtm8tn@df7jal23ls0d.invalid",
  "CSeq: 2 REGISTER",
  "Contact: <sip:agent7@df7jal23ls0d.invalid;transport=ws>;expires=600, <sip:agent7@198.51.100.9:5062>;expires=0",
  'Authorization: Digest username="agent7", realm="ringmesh.example.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="sip:ringmesh.example.com", response="6629fae49393a05397450978507c4ef1", algorithm=MD5, cnonce="0a4f113b", qop=auth, nc=00000001',
  "Expires: 600",
  "Content-Length: 0",
  "",
  "",
]);

export const RESPONSE_200 = crlf([
  "SIP/2.0 200 OK",
  "Via: SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKabc123;received=192.0.2.4;rport=5071",
  "From: <sip:ringmesh@10.0.0.5>;tag=88sja8x",
  "To: <sip:agent@192.0.2.4>;tag=as7d6a",
  "Call-ID: 3848276298220188511@10.0.0.5",
  "CSeq: 1 OPTIONS",
  "Contact: <sip:agent@192.0.2.4:5071>",
  "Content-Length: 0",
  "",
  "",
]);

/** Compact forms, a folded header, lower-case names and a wildcard Contact. */
export const COMPACT = crlf([
  "REGISTER sip:ringmesh.example.com SIP/2.0",
  "v: SIP/2.0/UDP 192.0.2.10:5060",
  "  ;branch=z9hG4bKcompact1",
  "max-forwards: 69",
  "f: <sip:agent9@ringmesh.example.com>;tag=f1",
  "t: <sip:agent9@ringmesh.example.com>",
  "i: compact-1@192.0.2.10",
  "CSEQ: 7 REGISTER",
  "m: *",
  "Expires: 0",
  "Subject: a header folded",
  "\tover two lines",
  "l: 0",
  "",
  "",
]);

export const IPV6_OPTIONS = crlf([
  "OPTIONS sip:[2001:db8::10]:5060 SIP/2.0",
  "Via: SIP/2.0/UDP [2001:db8::20]:5070;branch=z9hG4bKv6probe",
  "Max-Forwards: 70",
  "From: <sip:lb@[2001:db8::20]>;tag=lb1",
  "To: <sip:[2001:db8::10]>",
  "Call-ID: v6-probe-1",
  "CSeq: 1 OPTIONS",
  "Accept: application/sdp",
  "Content-Length: 0",
  "",
  "",
]);

export const ALL_SAMPLES: readonly string[] = [invite(), REGISTER, RESPONSE_200, COMPACT, IPV6_OPTIONS];
