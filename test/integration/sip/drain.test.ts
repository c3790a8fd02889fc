/**
 * Drain on SIGTERM (STYLE §13) with a real `ringmesh start` process: a call bridged to
 * the trunk survives the signal until the caller hangs up, a new INVITE meanwhile gets
 * 503 with Retry-After and /readyz fails, then the process exits 0 by itself, long
 * before SIP_DRAIN_SECONDS, leaving the call's record in <dataDir>/cdr.jsonl.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { parseCallRecord } from "../../../services/signaling/index.js";
import { freeUdpTcpPort } from "../../support/ports.js";
import { startRingmeshNode } from "../../support/ringmesh-node.js";
import { CALLER, killSipps, sipp } from "./call-node.js";
import { SALES, trunk, trunkDocs } from "./trunk-node.js";

const TALK_MS = 3000;

test.afterEach.always(() => {
  killSipps();
});

test.serial("SIGTERM: the connected call lasts until the caller's BYE, a new INVITE gets 503 + Retry-After, readiness fails, then exit 0", async (t) => {
  const docs = await mkdtemp(join(tmpdir(), "ringmesh-drain-docs-"));
  await writeFile(join(docs, "acme.json"), JSON.stringify(trunkDocs()));
  const trunkPort = await freeUdpTcpPort();
  const node = await startRingmeshNode({ env: { SIP_TRUNK: `sip:127.0.0.1:${trunkPort}`, SIP_DRAIN_SECONDS: "20" }, args: ["--bootstrap", docs] });
  try {
    const uas = await trunk("trunk-answer.xml", trunkPort);
    const fromOutside = ["-s", SALES, "-key", "caller", CALLER, "-key", "from_domain", "127.0.0.1"];
    const callStarted = Date.now();
    const call = sipp("trunk-caller-bye.xml", { local: await freeUdpTcpPort(), remote: node.sipPort, args: [...fromOutside, "-d", String(TALK_MS)] });
    await new Promise((r) => setTimeout(r, 1000));

    const exited = node.stop();
    const signalledAt = Date.now();
    await new Promise((r) => setTimeout(r, 300));
    t.not((await fetch(`http://127.0.0.1:${node.metricsPort}/readyz`)).status, 200, "readiness fails while draining");
    const refused = await sipp("overload-caller-503.xml", { local: await freeUdpTcpPort(), remote: node.sipPort, args: fromOutside, timeoutS: 5 });
    t.is(refused.code, 0, `a new INVITE during the drain was not refused with 503 + Retry-After:\n${refused.output}`);
    t.regex(refused.messages, /SIP\/2\.0 503 Draining/);

    const [c, tr] = [await call, await uas.done];
    const hungUpAt = Date.now();
    t.is(c.code, 0, `the call did not survive the drain to the caller's own BYE:\n${c.output}\n${node.log().slice(-2000)}`);
    t.is(tr.code, 0, `the trunk did not get the BYE:\n${tr.output}`);
    t.true(hungUpAt - callStarted >= TALK_MS, "the caller talked for the whole -d");

    const code = await exited;
    t.is(code, 0, node.log().slice(-3000));
    const drainMs = Date.now() - signalledAt;
    t.true(drainMs < 10_000, `exited ${drainMs} ms after SIGTERM: once the last call ended, not at SIP_DRAIN_SECONDS`);
    t.regex(node.log(), /draining: waiting for calls to end/);

    const records = (await readFile(join(node.dataDir, "cdr.jsonl"), "utf8")).split("\n").filter((l) => l !== "").map((l) => parseCallRecord(l));
    t.is(records.length, 1);
    t.like(records[0], { outcome: "answered", endedBy: "platform", reason: "caller hung up", billingId: "FI-9876" });
  } finally {
    await node.dispose();
    await rm(docs, { recursive: true, force: true });
  }
});

test.serial("SIGTERM with a call outlasting SIP_DRAIN_SECONDS: BYE to both sides when the period ends, then exit 0", async (t) => {
  const docs = await mkdtemp(join(tmpdir(), "ringmesh-drain-docs-"));
  await writeFile(join(docs, "acme.json"), JSON.stringify(trunkDocs()));
  const trunkPort = await freeUdpTcpPort();
  const node = await startRingmeshNode({ env: { SIP_TRUNK: `sip:127.0.0.1:${trunkPort}`, SIP_DRAIN_SECONDS: "1" }, args: ["--bootstrap", docs] });
  try {
    const uas = await trunk("trunk-answer.xml", trunkPort);
    const call = sipp("caller-wait-bye.xml", { local: await freeUdpTcpPort(), remote: node.sipPort, args: ["-s", SALES, "-key", "caller", CALLER] });
    await new Promise((r) => setTimeout(r, 1000));
    const signalledAt = Date.now();
    const code = await node.stop();
    const [c, tr] = [await call, await uas.done];
    t.is(c.code, 0, `the caller did not get the platform's BYE:\n${c.output}`);
    t.is(tr.code, 0, `the trunk did not get the platform's BYE:\n${tr.output}`);
    t.is(code, 0, node.log().slice(-3000));
    const drainMs = Date.now() - signalledAt;
    t.true(drainMs >= 1000 && drainMs < 8000, `exited ${drainMs} ms after SIGTERM with SIP_DRAIN_SECONDS=1`);
    t.regex(node.log(), /drain period over; ending the calls left/);
    const [record] = (await readFile(join(node.dataDir, "cdr.jsonl"), "utf8")).split("\n").filter((l) => l !== "").map((l) => parseCallRecord(l));
    t.like(record, { outcome: "answered", endedBy: "platform", reason: "node shutdown" });
  } finally {
    await node.dispose();
    await rm(docs, { recursive: true, force: true });
  }
});
