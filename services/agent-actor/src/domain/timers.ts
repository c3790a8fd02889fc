/** Timer ids of the agent actor; stale ones (an old reservation or epoch) are ignored. */
export const reservationTimer = (id: number): string => `reservation:${id}`;
export const collectTimer = (epoch: number): string => `collect:${epoch}`;
export const WRAP_UP_TIMER = "wrapUp";
export const PROBE_TIMER = "probe";

export type AgentTimer =
  | { readonly kind: "reservation"; readonly id: number }
  | { readonly kind: "collect"; readonly epoch: number }
  | { readonly kind: "wrapUp" }
  | { readonly kind: "probe" };

export function parseAgentTimer(timerId: string): AgentTimer | undefined {
  if (timerId === WRAP_UP_TIMER) return { kind: "wrapUp" };
  if (timerId === PROBE_TIMER) return { kind: "probe" };
  const [kind, n] = timerId.split(":");
  const value = Number(n);
  if (!Number.isInteger(value)) return undefined;
  if (kind === "reservation") return { kind, id: value };
  if (kind === "collect") return { kind, epoch: value };
  return undefined;
}
