import type { AnswerGroupSpec, RingableDeviceKind } from "../../../../lib/documents/model.js";
import type { DeviceOffer } from "./effects.js";

/** G7: the number a ringing phone shows, with the prefix or suffix that tells groups apart. */
export function presentedNumber(spec: AnswerGroupSpec, caller: string): string {
  const { show, prefix, suffix } = spec.offeredNumber;
  return `${prefix}${show === "caller" ? caller : spec.number}${suffix}`;
}

/** Desktop softphones show both: the caller as From and the group beside it (G7). */
export function deviceOffers(spec: AnswerGroupSpec, caller: string, devices: readonly RingableDeviceKind[]): DeviceOffer[] {
  const presented = presentedNumber(spec, caller);
  return devices.map((kind) =>
    kind === "desktop" ? { kind, from: caller, group: { number: spec.number, name: spec.displayName } } : { kind, from: presented },
  );
}
