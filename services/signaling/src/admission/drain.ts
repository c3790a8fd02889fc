/**
 * The call half of a draining stop (STYLE §13): new INVITEs are already refused (the TU
 * answers 503 while draining); this waits for the calls the node holds, connected or
 * still queued in a group, to end on their own, for up to SIP_DRAIN_SECONDS. Whatever is
 * left then is ended by the call manager's stop (BYE, or 503 to a caller still waiting).
 */
import type { Clock } from "../../../../lib/clock.js";
import type { Logger } from "../../../../lib/log.js";

/** How often the remaining calls are counted; a drain lasts seconds to an hour, so coarse is fine. */
export const DRAIN_POLL_MS = 250;

/** Resolves true when no call is left, false when `maxMs` ran out first. */
export function waitForCalls(active: () => number, maxMs: number, clock: Clock, log: Logger): Promise<boolean> {
  const deadline = clock.now() + maxMs;
  let reported = -1;
  return new Promise((resolve) => {
    const check = (): void => {
      const n = active();
      if (n === 0) {
        resolve(true);
        return;
      }
      const now = clock.now();
      if (now >= deadline) {
        log.warn({ calls: n }, "drain period over; ending the calls left");
        resolve(false);
        return;
      }
      if (n !== reported) log.info({ calls: n, secondsLeft: Math.ceil((deadline - now) / 1000) }, "draining: waiting for calls to end");
      reported = n;
      clock.setTimeout(check, Math.min(DRAIN_POLL_MS, deadline - now));
    };
    check();
  });
}
