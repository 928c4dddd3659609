/**
 * @module clean/decode
 * Bytes → string. Input: untrusted bytes, an optional declared charset and an optional cut of what is
 * never read. Output: the decoded text or a failure code (`empty`, `binary`, `too-large`). Invariant:
 * never throws; UTF-8 first (BOM-aware), then the declared or sniffed legacy charset, then windows-1252,
 * which decodes any byte; the size, emptiness and binary checks look at the bytes as given.
 */
import type { Outcome } from "../contracts.ts";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** How many of the first bytes the binary check reads. */
const BINARY_SAMPLE = 8192;

/**
 * The control characters (other than tab, line breaks and form feed) among the first `length` bytes,
 * or -1 at a NUL byte. A loop of its own: the loop is compiled while it runs (on-stack replacement),
 * and with the ratio worked out after it in the same function that code bailed out there at the end
 * of nearly every document (1,110 times over a quarter of the corpus), the loop then running
 * unoptimised again.
 */
function controlBytes(bytes: Uint8Array, length: number): number {
  let control = 0;
  // An indexed loop: a typed array's iterator ran about three times slower, before and after
  // optimisation, on every document read.
  for (let i = 0; i < length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return -1;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control;
}

function isLikelyBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, BINARY_SAMPLE);
  const control = controlBytes(bytes, length);
  return control < 0 || control / Math.max(1, length) > 0.05;
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Finds a charset declared in the first bytes of an HTML page (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Charsets in which a byte below 0x80 may be part of a multi-byte character (stateful 7-bit encodings,
 * UTF-16/32): markup syntax can only be found in their decoded text.
 */
const NOT_ASCII_SAFE = /^(?:csiso2022|iso-?2022|utf-?7|utf-?16|utf-?32|ucs-?[24]|hz-gb)/i;

/** The bytes `cut` keeps, found on a latin1 view of them: one character per byte, so nothing is decoded twice. */
function cutBytes(bytes: Uint8Array, cut: (source: string) => string): Uint8Array {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Buffer.from(cut(view.toString("latin1")), "latin1");
}

/**
 * @param cut removes what is never read (for HTML: code and comments). It runs before decoding, so only
 *   what it keeps is decoded and checked as UTF-8; it must match ASCII syntax only and leave every other
 *   character as it is. For UTF-16 and the charsets above it runs on the decoded text instead.
 */
export function decodeBytes(
  bytes: Uint8Array,
  declared: string | null = null,
  cut?: (source: string) => string,
): Outcome<string> {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return {
      status: "failed",
      code: "too-large",
      reason: `document is ${bytes.length} bytes; the cap is ${MAX_DOCUMENT_BYTES}`,
    };
  if (bytes.length === 0) return { status: "failed", code: "empty", reason: "document is empty" };
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const cutFirst = cut !== undefined && !hasUtf16Bom && !(declared && NOT_ASCII_SAFE.test(declared));
  const late = (text: string) => (cut && !cutFirst ? cut(text) : text);
  if (hasUtf16Bom) {
    const text = decodeWith(bytes[0] === 0xff ? "utf-16le" : "utf-16be", bytes, false);
    if (text !== null) return { status: "ok", value: late(text.replace(/^\uFEFF/, "")) };
  }
  if (isLikelyBinary(bytes))
    return { status: "failed", code: "binary", reason: "document looks binary, not text" };
  const kept = cutFirst ? cutBytes(bytes, cut) : bytes;
  const utf8 = declared && !/^utf-?8$/i.test(declared) ? null : decodeWith("utf-8", kept, true);
  if (utf8 !== null) return { status: "ok", value: late(utf8.replace(/^\uFEFF/, "")) };
  const legacy = (declared && decodeWith(declared, kept, false)) ?? decodeWith("windows-1252", kept, false);
  if (legacy === null) return { status: "failed", code: "encoding", reason: "document could not be decoded" };
  return {
    status: "ok",
    value: late(legacy),
    messages: [{ code: "legacy-encoding", text: `decoded as ${declared ?? "windows-1252"}` }],
  };
}
