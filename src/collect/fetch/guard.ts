/**
 * @module collect/fetch/guard
 * The SSRF guard at connect time. Input: a URL about to be requested, or a host name being resolved.
 * Output: a refusal (one-line reason) or the addresses Node may connect to. Invariants: only http and
 * https are fetched; an IP-literal host is judged before any socket exists (Node skips `lookup` for
 * literals); a host name is judged on every address it resolves to, and one refused address refuses
 * the host, so a DNS answer mixing public and private addresses cannot slip through.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { parseIp, refusalReason, type AddressPolicy } from "./address.ts";

/** Resolves a host name to its addresses; the default asks the system resolver (`dns.lookup`). */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** An error raised inside `lookup` when the guard refuses, so the request fails with its reason. */
export class BlockedAddressError extends Error {
  readonly code = "EBLOCKEDADDRESS";
}

export type UrlCheck =
  | { readonly ok: true; readonly url: URL }
  | {
      readonly ok: false;
      readonly code: "invalid-url" | "unsupported-scheme" | "blocked-address";
      readonly reason: string;
    };

/** Parses and checks a URL before any connection: scheme, and the address when the host is a literal. */
export function checkUrl(raw: string, policy: AddressPolicy, base?: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, code: "invalid-url", reason: `not a URL: ${raw.slice(0, 200)}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, code: "unsupported-scheme", reason: `${url.protocol} URLs are not fetched` };
  if (url.username || url.password)
    return { ok: false, code: "invalid-url", reason: "URLs with credentials are not fetched" };
  if (parseIp(url.hostname) !== null) {
    const reason = refusalReason(url.hostname, policy);
    if (reason !== null) return { ok: false, code: "blocked-address", reason };
  }
  return { ok: true, url };
}

/**
 * A `lookup` for `http.request` that resolves with `resolver` and refuses guarded addresses.
 * `onResolved` sees every answer (tests use it to prove no lookup happened).
 */
export function guardedLookup(
  resolver: Resolver,
  policy: AddressPolicy,
  onResolved?: (hostname: string, addresses: readonly LookupAddress[]) => void,
): LookupFunction {
  return (hostname, options, callback) => {
    const answer = async (): Promise<LookupAddress[]> => {
      const found = await resolver(hostname);
      onResolved?.(hostname, found);
      for (const { address } of found) {
        const reason = refusalReason(address, policy);
        if (reason !== null) throw new BlockedAddressError(`${hostname} resolves to ${reason}`);
      }
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const usable = found.filter((a) => family === 0 || a.family === family);
      if (usable.length === 0)
        throw Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
      return usable;
    };
    answer().then(
      (usable) => {
        if (options.all) callback(null, usable);
        else callback(null, usable[0]?.address ?? "", usable[0]?.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
}
