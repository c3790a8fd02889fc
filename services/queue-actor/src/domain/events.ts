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
  CallsHeld,
  HeldCall,
  GroupEvent,
} from "../../../../lib/routing/messages.js";
