/**
 * @module collect/fetch/transport
 * One HTTP GET over node:http / node:https, with no redirects, retries or politeness (the fetcher adds
 * those). Input: a checked URL, headers, limits and the guarded `lookup`. Output: status, headers and,
 * when asked for, the decompressed body, or a failure (`timeout`, `too-large`, `blocked-address`,
 * `bad-encoding`, `dns`, `tls`, `network`). Invariants: never throws; reading stops once the raw body
 * passes the cap; decompression stops once its output passes the same cap, so a compression bomb costs
 * at most `maxBytes` of memory; the socket's peer address is judged again once connected.
 */
import * as http from "node:http";
import * as https from "node:https";
import type { LookupFunction } from "node:net";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import type { Outcome } from "../../contracts.ts";
import { refusalReason, type AddressPolicy } from "./address.ts";
import { BlockedAddressError } from "./guard.ts";

export interface RequestSpec {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  /** Whole exchange, from the request to the last body byte. */
  readonly timeoutMs: number;
  /** Cap on the raw body and, separately, on the decompressed body. */
  readonly maxBytes: number;
  readonly lookup: LookupFunction;
  readonly policy: AddressPolicy;
  /** Whether to read the body for this status; otherwise the response is dropped unread. */
  readonly wantsBody: (status: number) => boolean;
  readonly onConnect?: (address: string) => void;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Decompressed body, or null when it was not read. */
  readonly body: Uint8Array | null;
}

type Failure = Extract<Outcome<never>, { status: "failed" }>;
const failure = (code: string, reason: string): Failure => ({ status: "failed", code, reason });

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** The Accept-Encoding every request sends: the codings `decodeContent` undoes. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

function hasZlibHeader(bytes: Uint8Array): boolean {
  const [b0 = 0, b1 = 0] = bytes;
  return (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
}

/** Undoes Content-Encoding, last coding first, with the output capped at `maxBytes`. */
export async function decodeContent(
  body: Buffer,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<Outcome<Buffer>> {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  if (codings.length > 2) return failure("bad-encoding", `too many content codings: ${contentEncoding}`);
  let bytes = body;
  const options = { maxOutputLength: maxBytes };
  try {
    for (const coding of codings.reverse()) {
      if (coding === "gzip" || coding === "x-gzip") bytes = await gunzip(bytes, options);
      else if (coding === "br") bytes = await brotli(bytes, options);
      // Some servers send raw DEFLATE under "deflate"; the zlib header tells the two apart.
      else if (coding === "deflate")
        bytes = await (hasZlibHeader(bytes) ? inflate(bytes, options) : inflateRaw(bytes, options));
      else return failure("bad-encoding", `unsupported content coding: ${coding}`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      return failure("too-large", `decompressed body passed the ${maxBytes}-byte cap`);
    return failure("bad-encoding", `could not decompress: ${(error as Error).message}`);
  }
  return { status: "ok", value: bytes };
}

function networkFailure(error: NodeJS.ErrnoException): Failure {
  if (error instanceof BlockedAddressError) return failure("blocked-address", error.message);
  const code = error.code ?? "";
  if (code === "ENOTFOUND" || code.startsWith("EAI_")) return failure("dns", error.message);
  if (/CERT|TLS|SSL/.test(code)) return failure("tls", error.message);
  return failure("network", `${code || "error"}: ${error.message}`);
}

/**
 * Sends one GET and settles exactly once, with the response or a coded failure.
 * @example const got = await sendRequest({ url, headers, ...limits, lookup, policy, wantsBody: (s) => s < 300 });
 */
export function sendRequest(spec: RequestSpec): Promise<Outcome<RawResponse>> {
  return new Promise((resolve) => {
    const client = spec.url.protocol === "https:" ? https : http;
    let settled = false;
    const finish = (outcome: Outcome<RawResponse>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      resolve(outcome);
    };
    const fail = (code: string, reason: string): void => {
      finish(failure(code, reason));
      request.destroy();
    };
    const request = client.request(spec.url, {
      method: "GET",
      headers: spec.headers,
      lookup: spec.lookup,
      agent: false,
    });
    const host = spec.url.host;
    const connectTimer = setTimeout(
      () => fail("timeout", `no connection to ${host} within ${spec.connectTimeoutMs} ms`),
      spec.connectTimeoutMs,
    );
    const totalTimer = setTimeout(
      () => fail("timeout", `no complete response from ${host} within ${spec.timeoutMs} ms`),
      spec.timeoutMs,
    );
    request.on("socket", (socket) => {
      socket.once("connect", () => {
        clearTimeout(connectTimer);
        const address = socket.remoteAddress ?? "";
        const reason = refusalReason(address, spec.policy);
        if (reason !== null) fail("blocked-address", `connected to ${reason}`);
        else spec.onConnect?.(address);
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      const { code, reason } = networkFailure(error);
      fail(code, reason);
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const headers = response.headers;
      if (!spec.wantsBody(status)) {
        finish({ status: "ok", value: { status, headers, body: null } });
        response.destroy();
        return;
      }
      const declared = Number(headers["content-length"] ?? NaN);
      if (declared > spec.maxBytes)
        return fail("too-large", `Content-Length ${declared} is over the ${spec.maxBytes}-byte cap`);
      const chunks: Buffer[] = [];
      let total = 0;
      response.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > spec.maxBytes) fail("too-large", `body passed the ${spec.maxBytes}-byte cap`);
        else chunks.push(chunk);
      });
      response.on("error", (error: NodeJS.ErrnoException) => fail("network", error.message));
      response.on("end", () => {
        if (settled) return;
        if (!response.complete) return fail("network", "connection closed before the body was complete");
        decodeContent(Buffer.concat(chunks), headers["content-encoding"], spec.maxBytes).then(
          (decoded) =>
            finish(
              decoded.status === "ok"
                ? { status: "ok", value: { status, headers, body: new Uint8Array(decoded.value) } }
                : decoded,
            ),
          (error: Error) => fail("bad-encoding", error.message),
        );
      });
    });
    request.end();
  });
}
