// Who sent a request: the socket's peer, or, when that peer is one of AUTH_TRUSTED_PROXIES, the address those
// proxies recorded in X-Forwarded-For (proxy-addr walks the list from the right, as Express does).
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The trust function of AUTH_TRUSTED_PROXIES: comma-separated addresses, CIDR ranges or proxy-addr's names
 * (loopback, linklocal, uniquelocal). Unset or empty trusts nobody. Throws a sentence for an invalid entry.
 */
export function trustedProxiesFromEnv(value: string | undefined): TrustProxy {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`AUTH_TRUSTED_PROXIES is not a list of addresses or CIDR ranges: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The client's address; an unparseable hop a trusted proxy passed on counts as that proxy itself. */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  const peer = request.socket.remoteAddress ?? "";
  const resolved = proxyAddr(request, trust);
  return isIP(resolved) ? resolved : peer;
}

export function isFromTrustedProxy(request: IncomingMessage, trust: TrustProxy): boolean {
  const peer = request.socket.remoteAddress;
  return peer !== undefined && trust(peer, 0);
}
