/**
 * Stopping the node a newcomer started: SIGTERM (what Kubernetes and `kill` send; Ctrl-C
 * takes the same path) after a phone registered.
 *
 * The UDP server transactions' Timer J (64·T1, RFC 3261 §17.2.2) used to stay armed after
 * signaling stopped, keeping the process alive ~32 s after any SIP request; stopping now
 * abandons every live transaction.
 */
import test from "ava";
import { freeUdpTcpPort } from "../../support/ports.js";
import { startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";
import { EXAMPLES, killSipps, registerDevice } from "./harness.js";

let node: RingmeshNode | undefined;

test.afterEach.always(async () => {
  killSipps();
  await node?.dispose();
  node = undefined;
});

test.serial("control: SIGTERM with no SIP traffic → the node exits 0 within 5 s", async (t) => {
  node = await startRingmeshNode({ args: ["--bootstrap", EXAMPLES] });
  const started = Date.now();
  t.is(await node.stop(), 0);
  t.true(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test.serial("SIGTERM after a phone registered over UDP → the node exits 0 within 5 s (no transaction timer outlives stop)", async (t) => {
  node = await startRingmeshNode({ args: ["--bootstrap", EXAMPLES] });
  await registerDevice(node, "alice-desk", "alice-secret", await freeUdpTcpPort());
  const started = Date.now();
  const code = await node.stop();
  const took = Date.now() - started;
  t.regex(node.log(), /"msg":"stopped"/, "the node says it stopped");
  t.true(took < 5000, `exit took ${took} ms (stop() SIGKILLs after 10 s)`);
  t.is(code, 0);
});
