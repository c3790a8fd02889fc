import { createServer } from "node:net";
import { createSocket } from "node:dgram";

/** A loopback TCP port that was free a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      if (addr === null || typeof addr === "string") return reject(new Error("no port"));
      srv.close(() => resolve(addr.port));
    });
  });
}

/** A loopback port free for both TCP and UDP (SIP listens on both). */
export async function freeUdpTcpPort(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const port = await freePort();
    const ok = await new Promise<boolean>((resolve) => {
      const s = createSocket("udp4");
      s.once("error", () => resolve(false));
      s.bind(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error("no port free for both UDP and TCP");
}
