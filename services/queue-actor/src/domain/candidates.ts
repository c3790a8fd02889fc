import { nextRandom } from "../../../../lib/routing/random.js";
import type { AgentId } from "../../../../lib/routing/protocol.js";
import { SKIPPED_NAMED, type OfferDecision, type SkipReason, type SkippedAgent } from "./decision-log.js";
import { reasonOf } from "./members.js";
import type { GroupState, MemberReason, QueuedCall } from "./state.js";

const MEMBER_REASONS: readonly MemberReason[] = [
  "loggedOut",
  "busyPresence",
  "noRingableDevice",
  "onBreak",
  "wrapUp",
  "onCall",
  "reservedElsewhere",
  "unconfirmed",
];

interface Walk {
  chosen: AgentId[];
  skipped: SkippedAgent[];
  counts: Partial<Record<SkipReason, number>>;
  /** Free agents passed over only because they were rung earlier in this pass. */
  rungThisPass: number;
}

function skip(walk: Walk, agentId: AgentId, reason: SkipReason): void {
  walk.counts[reason] = (walk.counts[reason] ?? 0) + 1;
  if (walk.skipped.length < SKIPPED_NAMED) walk.skipped.push({ agentId, reason });
}

/** Within a tier the order is fixed, except M6 off: start at a random member and go round. */
function randomStart(state: GroupState, tierIndex: number, length: number): number {
  const orderedTier = state.spec.routing.mode === "ordered" && tierIndex === 0;
  if (state.spec.routing.longestIdle || orderedTier || length < 2) return 0;
  const r = nextRandom(state.rng);
  state.rng = r.seed;
  return Math.floor(r.value * length);
}

/** Walks the free index in routing order (§3.6) and takes up to `need` agents for `call`. */
function walkTiers(state: GroupState, call: QueuedCall, need: number): Walk {
  const walk: Walk = { chosen: [], skipped: [], counts: {}, rungThisPass: 0 };
  const laterReason: SkipReason = state.spec.routing.mode === "skills" ? "worseLevel" : "laterInOrder";
  for (let t = 0; t < state.tiers.length; t++) {
    const tier = state.tiers[t];
    if (tier.length === 0) continue;
    if (walk.chosen.length >= need) {
      walk.counts[laterReason] = (walk.counts[laterReason] ?? 0) + tier.length;
      continue;
    }
    const start = randomStart(state, t, tier.length);
    for (let k = 0; k < tier.length; k++) {
      if (walk.chosen.length >= need) {
        walk.counts.laterInOrder = (walk.counts.laterInOrder ?? 0) + tier.length - k;
        break;
      }
      const agentId = tier[(start + k) % tier.length];
      const askedFor = state.asked.get(agentId);
      if (askedFor !== undefined) {
        if (askedFor !== call.callId) skip(walk, agentId, "reservedElsewhere");
      } else if (call.excluded.includes(agentId)) skip(walk, agentId, "declinedThisCall");
      else if (call.tried.includes(agentId)) {
        walk.rungThisPass++;
        skip(walk, agentId, "rungThisPass");
      } else walk.chosen.push(agentId);
    }
  }
  return walk;
}

/** Members the index never shows: named (bounded) and counted from the kept counts. */
function addUnavailable(state: GroupState, walk: Walk): void {
  let unavailable = 0;
  for (const reason of MEMBER_REASONS) {
    const n = state.counts[reason];
    if (n > 0) {
      walk.counts[reason] = (walk.counts[reason] ?? 0) + n;
      unavailable += n;
    }
  }
  // Stops once every unavailable member is named: with most members free, the rest of a long list holds none.
  let left = Math.min(unavailable, SKIPPED_NAMED - walk.skipped.length);
  for (const member of state.spec.members) {
    if (left <= 0) break;
    const view = state.members.get(member.user);
    if (view === undefined) continue;
    const reason = reasonOf(state.spec, view);
    if (reason === "free") continue;
    walk.skipped.push({ agentId: member.user, reason });
    left--;
  }
}

/**
 * Picks the agents to ask for `call`'s current round. When every free agent was
 * already rung in this pass and nothing rings, the pass starts again from the top
 * (§3.6); declines and busy stay excluded for the whole call, so this never loops
 * without time passing.
 */
export function pickCandidates(state: GroupState, call: QueuedCall, need: number, now: number): OfferDecision | undefined {
  let walk = walkTiers(state, call, need);
  let restartedFromTop = false;
  if (walk.chosen.length === 0 && walk.rungThisPass > 0 && call.legs.length === 0 && call.bids.length === 0) {
    call.tried = [];
    restartedFromTop = true;
    walk = walkTiers(state, call, need);
  }
  if (walk.chosen.length === 0) return undefined;
  addUnavailable(state, walk);
  return {
    kind: "offer",
    at: now,
    round: call.rounds + 1,
    candidates: state.counts.free,
    chosen: walk.chosen,
    skipped: walk.skipped,
    skippedCounts: walk.counts,
    restartedFromTop,
  };
}
