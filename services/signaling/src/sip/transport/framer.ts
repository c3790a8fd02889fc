import { LIMITS } from "../constants.js";

/**
 * Content-Length framing for stream transports (RFC 3261 §18.3). Leading CRLFs are
 * ignored (§7.5); a bare CRLFCRLF between messages is an RFC 5626 §3.5.1 keep-alive ping,
 * answered by the transport with one CRLF. A message without Content-Length is framed with
 * an empty body so the parser can answer it 400 instead of the stream desynchronising.
 */

export type FrameEvent = { readonly kind: "message"; readonly data: Buffer } | { readonly kind: "ping" };

export class FramingError extends Error {
  override readonly name = "FramingError";
}

const CL_RE = /(?:^|\n)[ \t]*(?:content-length|l)[ \t]*:[ \t]*(\d{1,10})[ \t]*\r?$/im;

export class StreamFramer {
  private buf: Buffer = Buffer.alloc(0);

  constructor(private readonly maxMessageBytes: number = LIMITS.maxMessageBytes) {}

  /** Feeds bytes; returns the complete events. Throws `FramingError` when the stream cannot be trusted any more. */
  push(chunk: Buffer): FrameEvent[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: FrameEvent[] = [];
    for (;;) {
      if (this.buf.length >= 2 && this.buf[0] === 0x0d && this.buf[1] === 0x0a) {
        if (this.buf.length < 4) break;
        if (this.buf[2] === 0x0d && this.buf[3] === 0x0a) {
          out.push({ kind: "ping" });
          this.buf = this.buf.subarray(4);
        } else this.buf = this.buf.subarray(2);
        continue;
      }
      if (this.buf.length === 0) break;
      const headEnd = this.buf.indexOf("\r\n\r\n");
      if (headEnd < 0) {
        if (this.buf.length > this.maxMessageBytes) throw new FramingError("header section exceeds the message size limit");
        break;
      }
      const m = CL_RE.exec(this.buf.toString("latin1", 0, headEnd));
      const length = m?.[1] === undefined ? 0 : Number(m[1]);
      const total = headEnd + 4 + length;
      if (total > this.maxMessageBytes) throw new FramingError(`message of ${total} bytes exceeds the limit`);
      if (this.buf.length < total) break;
      out.push({ kind: "message", data: Buffer.from(this.buf.subarray(0, total)) });
      this.buf = this.buf.subarray(total);
    }
    return out;
  }

  get buffered(): number {
    return this.buf.length;
  }
}
