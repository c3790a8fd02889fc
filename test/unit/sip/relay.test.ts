/**
 * The cross-node relay's pure parts (services/signaling sip/transport/relay.ts): ids that
 * name the node they came from, which node owns a message a device sent, the envelope
 * naming a connection on the wire, and the subjects it travels on.
 */
import test from "ava";
import { subjects, SubjectTokenError } from "../../../lib/subjects.js";
import { decodeFlowRef, encodeFlowRef, newBranch, newTag, nodeOfBranch, nodeOfTag, ownerOf, parseMessage, type FlowRef } from "../../../services/signaling/index.js";
import { crlf } from "./samples.js";

const NODES = ["sig-a", "sig_b", "ringmesh-signaling-7d9f8c-x2x9q", "n1", "A_b-9"];

test("stamped tags and branches name their node; the random part keeps its length and the branch its magic cookie", (t) => {
  for (const node of NODES) {
    for (let i = 0; i < 50; i++) {
      const tag = newTag(node);
      const branch = newBranch(node);
      t.is(nodeOfTag(tag), node, tag);
      t.is(nodeOfBranch(branch), node, branch);
      t.regex(tag, /^[0-9a-f]{12}\./);
      t.regex(branch, /^z9hG4bK[0-9a-f]{20}\./);
    }
  }
  t.not(newTag("sig-a"), newTag("sig-a"), "still random");
});

test("ids not stamped by a node never decode: unstamped ids, phones' own formats, a tag read as a branch", (t) => {
  for (const tag of [newTag(), "18668SIPpTag001", "as4e5f6d.sig-a", "abcdef012345", "abcdef012345.", "abcdef012345.sig.a", "ABCDEF012345.sig-a", "abcdef0123456.sig-a"]) {
    t.is(nodeOfTag(tag), undefined, tag);
  }
  for (const branch of [newBranch(), "z9hG4bK-18668-1-0", "z9hG4bK.Yv3ZaBqkZ", "z9hG4bK776asdhds", `z9hG4bK${"0".repeat(20)}`, `${"0".repeat(20)}.sig-a`, `z9hG4bK${"0".repeat(20)}.sig a`]) {
    t.is(nodeOfBranch(branch), undefined, branch);
  }
  t.is(nodeOfBranch(newTag("sig-a")), undefined);
  t.is(nodeOfTag(newBranch("sig-a")), undefined);
});

const VIA_A = `SIP/2.0/TCP 10.0.0.2:5060;branch=${newBranch("sig-a")};rport=5060;received=10.0.0.2`;
const TAG_A = newTag("sig-a");

function response(status: string, topVia: string, extraVia?: string): string {
  return crlf([
    `SIP/2.0 ${status}`,
    `Via: ${topVia}`,
    ...(extraVia !== undefined ? [`Via: ${extraVia}`] : []),
    `From: "Support" <sip:+35810123456@acme.example>;tag=${TAG_A}`,
    "To: <sip:alice-desk@acme.example>;tag=deskTag1",
    "Call-ID: 1f2e3d4c5b6a",
    "CSeq: 1 INVITE",
    "Content-Length: 0",
    "",
    "",
  ]);
}

function request(method: string, toTag: string | undefined, fromTag: string): string {
  return crlf([
    `${method} sip:ringmesh@10.0.0.2:5060;transport=tcp SIP/2.0`,
    "Via: SIP/2.0/TCP 192.0.2.50:41234;branch=z9hG4bK-9-1-0;rport",
    `From: <sip:alice-desk@acme.example>;tag=${fromTag}`,
    `To: "Support" <sip:+35810123456@acme.example>${toTag !== undefined ? `;tag=${toTag}` : ""}`,
    "Call-ID: 1f2e3d4c5b6a",
    `CSeq: 2 ${method}`,
    "Max-Forwards: 70",
    "Content-Length: 0",
    "",
    "",
  ]);
}

const owner = (text: string) => ownerOf(parseMessage(text, { stream: true }));

test("ownerOf: a response belongs to the node its top Via branch names, an in-dialog request to the node its To-tag names; all else stays where it arrived", (t) => {
  const table: [string, string, string | undefined][] = [
    ["200 to node A's INVITE", response("200 OK", VIA_A), "sig-a"],
    ["180 to node A's INVITE", response("180 Ringing", VIA_A), "sig-a"],
    ["a response to the edge's own request", response("200 OK", `SIP/2.0/TCP 10.0.0.3:5060;branch=${newBranch()};rport`), undefined],
    ["node A's branch below the top Via is not the owner", response("200 OK", `SIP/2.0/TCP 10.0.0.3:5060;branch=${newBranch()}`, VIA_A), undefined],
    ["the desk's BYE in node A's dialog", request("BYE", TAG_A, "deskTag1"), "sig-a"],
    ["re-INVITE in node A's dialog", request("INVITE", TAG_A, "deskTag1"), "sig-a"],
    ["INFO in node B's dialog", request("INFO", newTag("sig-b"), "deskTag1"), "sig-b"],
    ["BYE in a dialog whose local tag is unstamped (the phone called in through the edge)", request("BYE", newTag(), "deskTag1"), undefined],
    ["a new INVITE from the phone, even with a stamped From-tag", request("INVITE", undefined, TAG_A), undefined],
    ["REGISTER", request("REGISTER", undefined, "regTag"), undefined],
  ];
  for (const [what, text, expected] of table) t.is(owner(text), expected, what);
});

test("the connection envelope round-trips, and anything else is refused rather than guessed", (t) => {
  const ref: FlowRef = { id: "ws:17", protocol: "WS", remote: { address: "::ffff:192.0.2.7", port: 50123 }, local: { address: "10.0.0.2", port: 8088 } };
  t.deepEqual(decodeFlowRef(encodeFlowRef(ref)), ref);
  for (const bad of [undefined, "", "{", "null", "[]", '{"id":"tcp:1","protocol":"SCTP","remote":{"address":"a","port":1},"local":{"address":"b","port":2}}', '{"id":1,"protocol":"TCP","remote":{"address":"a","port":1},"local":{"address":"b","port":2}}', '{"id":"tcp:1","protocol":"TCP","remote":{"address":"a","port":"1"},"local":{"address":"b","port":2}}', '{"id":"tcp:1","protocol":"TCP","remote":{"address":"a","port":1}}']) {
    t.is(decodeFlowRef(bad), undefined, String(bad));
  }
});

test("relay subjects are pinned to their exact strings and take only a node token", (t) => {
  t.is(subjects.sipFlowSend("sig-a"), "ringmesh.v1.sipflow.sig-a.send");
  t.is(subjects.sipFlowDeliver("sig_b"), "ringmesh.v1.sipflow.sig_b.deliver");
  for (const bad of ["a.b", "*", ">", "", "$SYS"]) {
    t.throws(() => subjects.sipFlowSend(bad), { instanceOf: SubjectTokenError }, bad);
    t.throws(() => subjects.sipFlowDeliver(bad), { instanceOf: SubjectTokenError }, bad);
  }
});
