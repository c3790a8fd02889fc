/**
 * What signaling does with `routeCall` (Q2/Q6 destinations) today. Media (announcements,
 * IVR, voicemail) does not exist yet, so those destinations end the call with 480 and a
 * Reason saying which destination was meant; `user` is not rung directly yet either.
 */
import type { Destination } from "../../../../lib/documents/model.js";

export type RouteAction =
  | { readonly kind: "reject"; readonly status: number; readonly reason?: string }
  | { readonly kind: "group"; readonly group: string }
  | { readonly kind: "external"; readonly number: string };

export function routeAction(d: Destination, trunkConfigured: boolean): RouteAction {
  switch (d.type) {
    case "disconnect":
      return { kind: "reject", status: 486 };
    case "group":
      return { kind: "group", group: d.group };
    case "external":
      return trunkConfigured ? { kind: "external", number: d.number } : { kind: "reject", status: 480, reason: unavailable("no outbound trunk configured") };
    case "announcement":
      return { kind: "reject", status: 480, reason: unavailable(`announcement ${d.announcement} not playable yet`) };
    case "voicemail":
      return { kind: "reject", status: 480, reason: unavailable("voicemail not available yet") };
    case "ivr":
      return { kind: "reject", status: 480, reason: unavailable(`IVR ${d.ivr} not available yet`) };
    case "user":
      return { kind: "reject", status: 480, reason: unavailable("routing to a user not available yet") };
  }
}

function unavailable(text: string): string {
  return `SIP;cause=480;text="${text.replace(/["\\]/g, "")}"`;
}
