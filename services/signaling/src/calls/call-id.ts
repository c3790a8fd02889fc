/**
 * Call ids are minted here, by the signaling node that holds the caller's dialog, as
 * one NATS subject token (`<nodeId>_<counter>_<random>`), so `subjects.call(org, id)`
 * is valid and any node can tell from the id alone which node must act on a command.
 * Node ids may contain `_` themselves; the last two parts have a fixed shape, so the
 * node is everything before them.
 */
import { randomBytes } from "node:crypto";

const TAIL = /^(.+)_([0-9a-z]+)_([0-9a-f]{8})$/;

export class CallIdMinter {
  private counter = 0;
  /**
   * Restarts of a node reuse its id; the start-time prefix keeps counters from colliding
   * across restarts, and names this run's calls when the cluster ends them (cluster/).
   */
  readonly epoch = Date.now().toString(36);

  constructor(readonly nodeId: string) {
    if (!/^[A-Za-z0-9_-]+$/.test(nodeId)) throw new Error(`node id is not a subject token: ${JSON.stringify(nodeId)}`);
  }

  next(): string {
    return `${this.nodeId}_${this.epoch}${(++this.counter).toString(36)}_${randomBytes(4).toString("hex")}`;
  }
}

/** The node that minted `callId`, or undefined for ids not minted by `CallIdMinter` (tests, older versions). */
export function nodeOfCallId(callId: string): string | undefined {
  return TAIL.exec(callId)?.[1];
}
