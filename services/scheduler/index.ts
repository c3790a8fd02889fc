/** Scheduler service: opening hours and callback offer windows (SPEC §3.5, C8, C12) as pure functions of time. */
export {
  HORIZON_DAYS,
  openIntervalsOn,
  isOpen,
  currentWindow,
  nextChange,
  callbackOfferWindow,
  type LocalInterval,
  type HoursWindow,
  type OfferWindow,
  type OfferWindowSettings,
} from "./src/domain/hours.js";
export { localParts, zonedTimeToEpoch, type LocalParts } from "./src/domain/zoned.js";
