/**
 * Why a member cannot be offered a call now. The first group are the member's own
 * state; the rest are decided per call by the candidate walk.
 */
export type MemberReason = "loggedOut" | "busyPresence" | "noRingableDevice" | "onBreak" | "wrapUp" | "onCall" | "reservedElsewhere" | "unconfirmed";
