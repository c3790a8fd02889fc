import { createHash } from "node:crypto";

/** SIP digest HA1 = MD5(user:realm:password), lowercase hex (RFC 2617 §3.2.2.2, RFC 7616 §3.4.2 with MD5). */
export function digestHa1(user: string, realm: string, password: string): string {
  return createHash("md5").update(`${user}:${realm}:${password}`, "utf8").digest("hex");
}
