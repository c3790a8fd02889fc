/** Public surface of the actor runtime. Import from here, not from the files behind it. */
export { Runtime, type RuntimeOptions } from "./runtime.js";
export type { ActorKind, ActorRef, Addressable, Codec, EffectCodec, EffectContext, SendOptions } from "./kind.js";
export { jsonEffectCodec } from "./outbox.js";
export type { ActivationOptions } from "./activation.js";
export { createMemoryTransport } from "./memory-transport.js";
export { connectNatsTransport, type NatsTransportOptions } from "./nats-transport.js";
export type { Transport } from "./transport.js";
export { ownerOf } from "./rendezvous.js";
export { natsConnectedGauge, type RuntimeMetrics } from "./metrics.js";
export {
  BadMessageError,
  DeadlineExceededError,
  HandlerFailedError,
  OverloadedError,
  QuarantinedError,
  UnavailableError,
} from "./errors.js";
export * from "./decider.js";
