export type {
  CallArrived,
  CallerHungUp,
  LegAnswered,
  LegFailed,
  ConnectedCallEnded,
  ConfigChanged,
  GroupDeleted,
  SignalingEvent,
  GroupEvent,
} from "../../../../lib/routing/messages.js";
