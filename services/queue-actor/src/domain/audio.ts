import { startTimer } from "../../../../lib/runtime/decider.js";
import { estimateWait } from "../../../../lib/routing/ewt.js";
import type { Ctx } from "./context.js";
import type { CallerAudio, Prompt } from "./effects.js";
import { reachableCount } from "./members.js";
import type { GroupState, QueuedCall } from "./state.js";
import { progressTimer } from "./timers.js";

/** A2 hold audio loops behind everything; without it the caller hears silence. */
function background(state: GroupState): CallerAudio["then"] {
  const hold = state.spec.announcements.hold;
  return hold === "" ? { kind: "silence" } : { kind: "hold", name: hold };
}

/** A6 position (1-based, §3.6) and A7 estimated wait (§3.3), when enabled. */
function statusPrompts(state: GroupState, call: QueuedCall): Prompt[] {
  const a = state.spec.announcements;
  if (!a.announcePosition && !a.announceEstimatedWait) return [];
  const position = state.queue.indexOf(call.callId) + 1;
  const prompts: Prompt[] = [];
  if (a.announcePosition) prompts.push({ kind: "position", position });
  if (a.announceEstimatedWait) {
    const ewt = estimateWait(state.aht, position, reachableCount(state));
    prompts.push({ kind: "estimatedWait", minutes: ewt.minutes, confident: ewt.confident });
  }
  return prompts;
}

/** A4 > 0 and something to say (A3, A6 or A7): the progress loop runs. */
export function progressEnabled(state: GroupState): boolean {
  const a = state.spec.announcements;
  return a.progressIntervalSeconds > 0 && (a.progress !== "" || a.announcePosition || a.announceEstimatedWait);
}

export function armProgress(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  ctx.effects.push(startTimer(progressTimer(call.callId), ctx.now + state.spec.announcements.progressIntervalSeconds * 1000));
}

/** Step 4 of §3.1: A1, then A6/A7, then A2 looping. */
export function entryAudio(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  const entry = state.spec.announcements.entry;
  const play: Prompt[] = entry === "" ? [] : [{ kind: "announcement", name: entry }];
  play.push(...statusPrompts(state, call));
  ctx.effects.push({ type: "callerAudio", callId: call.callId, play, then: background(state) });
}

/** A3 every A4 seconds, with A6/A7; skipped while A5 ringback plays so an answer is not talked over. */
export function progressAudio(state: GroupState, call: QueuedCall, ctx: Ctx): void {
  if (call.phase === "offering" && state.spec.announcements.ringbackOnOffer) return;
  const progress = state.spec.announcements.progress;
  const play: Prompt[] = progress === "" ? [] : [{ kind: "announcement", name: progress }];
  play.push(...statusPrompts(state, call));
  if (play.length > 0) ctx.effects.push({ type: "callerAudio", callId: call.callId, play, then: background(state) });
}

/** A5: ringback while offered, hold audio again when the round ends unanswered. */
export function offerAudio(state: GroupState, call: QueuedCall, ringing: boolean, ctx: Ctx): void {
  if (!state.spec.announcements.ringbackOnOffer) return;
  ctx.effects.push({ type: "callerAudio", callId: call.callId, play: [], then: ringing ? { kind: "ringback" } : background(state) });
}
