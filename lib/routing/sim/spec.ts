import type { AnswerGroupSpec, Member } from "../../documents/model.js";

/** Partial overrides of a group spec, one level deep. */
export interface SpecOverrides {
  readonly number?: string;
  readonly displayName?: string;
  readonly offeredNumber?: Partial<AnswerGroupSpec["offeredNumber"]>;
  readonly queue?: Partial<AnswerGroupSpec["queue"]>;
  readonly routing?: Partial<AnswerGroupSpec["routing"]>;
  readonly announcements?: Partial<AnswerGroupSpec["announcements"]>;
}

/**
 * A validated-looking AnswerGroupSpec with the SPEC §4 defaults (skill level 3, no
 * limits, callback off, no announcements), for the simulator and tests.
 */
export function groupSpec(members: readonly Member[], o: SpecOverrides = {}): AnswerGroupSpec {
  return {
    type: "customerService",
    displayName: o.displayName ?? "Support",
    billingId: "FI-1234",
    number: o.number ?? "+35810123456",
    hiddenFromDirectory: false,
    allowNumberDisplay: false,
    offeredNumber: { show: "caller", prefix: "", suffix: "", ...o.offeredNumber },
    schedule: "",
    queue: {
      maxWaitSeconds: 0,
      maxRingAttempts: 0,
      maxQueueLength: 0,
      noAgentsDestination: { type: "disconnect" },
      overflowDestination: { type: "disconnect" },
      ...o.queue,
    },
    routing: {
      mode: "skills",
      presenceAware: false,
      longestIdle: true,
      ringDevices: ["desktop", "mobile", "ipPhone"],
      simultaneousAgents: 1,
      wrapUpSeconds: 0,
      ringSeconds: 20,
      autoLogoutAfterMissed: 0,
      ...o.routing,
    },
    members: [...members],
    supervisors: [],
    announcements: {
      entry: "",
      hold: "",
      progress: "",
      progressIntervalSeconds: 0,
      ringbackOnOffer: false,
      announcePosition: false,
      announceEstimatedWait: false,
      ...o.announcements,
    },
    callback: {
      enabled: false,
      ringSeconds: 0,
      attempts: 0,
      validityMinutes: 0,
      agentMetadata: "",
      agentAnnouncement: "",
      offerAnnouncement: "",
      offerAfterOpenMinutes: 0,
      offerWhenQueuedAbove: 0,
      offerWhenLongestWaitMinutes: 0,
      offerWhenEstimatedWaitMinutes: 0,
      stopBeforeCloseMinutes: 0,
    },
  };
}

export const member = (user: string, skillLevel = 3, ringOrder?: number): Member =>
  ringOrder === undefined ? { user, skillLevel } : { user, skillLevel, ringOrder };
