/** Public surface of the signaling service (STYLE §10): the SIP stack. */
export * from "./src/sip/index.js";
