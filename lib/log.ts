import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs, one line per event, on stdout. `component` names the part of
 * the process that speaks (`signaling`, `runtime`, …); callers add fields, never
 * interpolate them into the message.
 */
export function createLogger(component: string, level = "info"): Logger {
  return pino({ level, base: { component }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that drops everything, for tests and embedded tools that own stdout. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
