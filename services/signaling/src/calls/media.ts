/**
 * The media seam. Routing never sees SDP: the call layer asks this bridge what to offer
 * an agent leg and what to answer the caller with. Today it passes the caller's offer
 * through and the agent's answer back (media flows end to end, no anchoring); an
 * rtpengine-backed bridge can replace it later without touching call routing.
 */

export interface SessionDescription {
  readonly body: Buffer;
  readonly contentType: string;
}

export interface MediaBridge {
  /** The offer for an outbound leg of `callId`, from the caller's offer (undefined: the caller sent none, late offer). */
  offerFor(callId: string, callerOffer: SessionDescription | undefined): SessionDescription | undefined;
  /** What the caller receives in the 2xx (or the ACK body for a late offer) from the answering leg's SDP. */
  answerFor(callId: string, legAnswer: SessionDescription | undefined): SessionDescription | undefined;
  /**
   * An SDP body inside the connected call (re-INVITE, UPDATE, their 2xx, or the ACK of an
   * offerless re-INVITE), on its way from the `from` leg to the other.
   */
  relay(callId: string, from: "caller" | "agent", sdp: SessionDescription | undefined): SessionDescription | undefined;
  /** The call ended: release anything held for it. */
  release(callId: string): void;
}

/** No anchoring: the agent and the caller exchange SDP directly through the B2BUA. */
export const passThroughMedia: MediaBridge = {
  offerFor: (_callId, offer) => offer,
  answerFor: (_callId, answer) => answer,
  relay: (_callId, _from, sdp) => sdp,
  release: () => undefined,
};
