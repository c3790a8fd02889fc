/** The decision log of one call (domain/decision-log.ts) as the CallExplanation an `explainCall` ask returns. */
import { ringmesh } from "../../../lib/generated/pb.js";
import { explain, type LogEntry } from "./domain/decision-log.js";
import type { GroupState } from "./domain/state.js";

function entryView(e: LogEntry): ringmesh.v1.DecisionLogEntry.$Properties {
  switch (e.kind) {
    case "offer":
      return {
        kind: e.kind,
        at: e.at,
        round: e.round,
        candidates: e.candidates,
        chosen: [...e.chosen],
        skipped: e.skipped.map((s) => ({ agentId: s.agentId, reason: s.reason })),
        skippedCounts: Object.fromEntries(Object.entries(e.skippedCounts)),
        restartedFromTop: e.restartedFromTop,
      };
    case "refused":
      return { kind: e.kind, at: e.at, agentId: e.agentId, reason: e.reason };
    case "offerEnded":
      return { kind: e.kind, at: e.at, agentId: e.agentId, outcome: e.outcome };
    case "queued":
      return { kind: e.kind, at: e.at, position: e.position };
    case "routed":
      return { kind: e.kind, at: e.at, setting: e.setting, reason: e.reason, waitedMs: e.waitedMs };
    case "abandoned":
      return { kind: e.kind, at: e.at, waitedMs: e.waitedMs };
  }
}

/** A group without its document yet (or deleted) has no log: the explanation is empty. */
export function callExplanation(groupId: string, group: GroupState | undefined, callId: string): ringmesh.v1.CallExplanation.$Properties {
  return { groupId, callId, entries: group === undefined ? [] : explain(group, callId).map(entryView) };
}
