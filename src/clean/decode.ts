/**
 * @module clean/decode
 * Bytes → string. Input: untrusted bytes and an optional declared charset. Output: the decoded text
 * or a failure code (`empty`, `binary`, `too-large`). Invariant: never throws; UTF-8 first (BOM-aware),
 * then the declared or sniffed legacy charset, then windows-1252, which decodes any byte.
 */
import type { Outcome } from "../contracts.ts";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

function isLikelyBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / Math.max(1, sample.length) > 0.05;
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

export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Outcome<string> {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return {
      status: "failed",
      code: "too-large",
      reason: `document is ${bytes.length} bytes; the cap is ${MAX_DOCUMENT_BYTES}`,
    };
  if (bytes.length === 0) return { status: "failed", code: "empty", reason: "document is empty" };
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasUtf16Bom) {
    const text = decodeWith(bytes[0] === 0xff ? "utf-16le" : "utf-16be", bytes, false);
    if (text !== null) return { status: "ok", value: text.replace(/^\uFEFF/, "") };
  }
  if (isLikelyBinary(bytes))
    return { status: "failed", code: "binary", reason: "document looks binary, not text" };
  const utf8 = declared && !/^utf-?8$/i.test(declared) ? null : decodeWith("utf-8", bytes, true);
  if (utf8 !== null) return { status: "ok", value: utf8.replace(/^\uFEFF/, "") };
  const legacy = (declared && decodeWith(declared, bytes, false)) ?? decodeWith("windows-1252", bytes, false);
  if (legacy === null) return { status: "failed", code: "encoding", reason: "document could not be decoded" };
  return {
    status: "ok",
    value: legacy,
    messages: [{ code: "legacy-encoding", text: `decoded as ${declared ?? "windows-1252"}` }],
  };
}
