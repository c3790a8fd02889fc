import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * Whether each weakly held object has been collected after a full GC. WeakRef targets
 * stay alive until the current job ends, so this waits one turn first.
 */
export async function collected(refs: readonly WeakRef<object>[]): Promise<boolean[]> {
  await new Promise((r) => setImmediate(r));
  gc();
  return refs.map((r) => r.deref() === undefined);
}
