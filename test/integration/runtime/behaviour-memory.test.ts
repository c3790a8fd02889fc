import test from "ava";
import { systemClock } from "../../../lib/clock.js";
import { createMemoryTransport } from "../../../lib/runtime/index.js";
import { behaviourSuite } from "../../support/runtime-suite.js";

const shared = createMemoryTransport(systemClock);
behaviourSuite(test, () => ({ transport: () => Promise.resolve({ ...shared, close: () => Promise.resolve() }) }));
