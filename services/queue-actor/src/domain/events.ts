export type {
  CallArrived,
  CallerHungUp,
  LegAnswered,
  LegFailed,
  ConnectedCallEnded,
  ConfigChanged,
  GroupDeleted,
  SignalingEvent,
  SignalingNodeGone,
  GroupEvent,
} from "../../../../lib/routing/messages.js";
