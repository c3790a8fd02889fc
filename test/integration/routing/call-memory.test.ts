import test from "ava";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "../../../lib/clock.js";
import { createMemoryTransport } from "../../../lib/runtime/index.js";
import { FileDocumentStore } from "../../../lib/store/index.js";
import { routingSuite, type RoutingFixture } from "../../support/routing-suite.js";

let dir: string | undefined;
let fixture: RoutingFixture | undefined;

routingSuite(test, async () => {
  dir = await mkdtemp(join(tmpdir(), "ringmesh-routing-"));
  fixture = { transport: createMemoryTransport(systemClock), store: await FileDocumentStore.open(dir) };
  return fixture;
});

test.after.always(async () => {
  await fixture?.store.close();
  await fixture?.transport.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});
