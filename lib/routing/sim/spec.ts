import type { AnswerGroupSpec, Member } from "../../documents/model.js";
import { parseSpec } from "../../documents/validate.js";

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
 * An AnswerGroupSpec for the simulator and tests, read by the one validation module,
 * so every setting not overridden takes its documented default (SPEC §4).
 */
export function groupSpec(members: readonly Member[], o: SpecOverrides = {}): AnswerGroupSpec {
  return parseSpec("AnswerGroup", {
    displayName: o.displayName ?? "Support",
    billingId: "FI-1234",
    number: o.number ?? "+35810123456",
    ...(o.offeredNumber !== undefined ? { offeredNumber: o.offeredNumber } : {}),
    ...(o.queue !== undefined ? { queue: o.queue } : {}),
    ...(o.routing !== undefined ? { routing: o.routing } : {}),
    ...(o.announcements !== undefined ? { announcements: o.announcements } : {}),
    members,
  });
}

export const member = (user: string, skillLevel = 3, ringOrder?: number): Member =>
  ringOrder === undefined ? { user, skillLevel } : { user, skillLevel, ringOrder };
