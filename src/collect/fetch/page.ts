/**
 * @module collect/fetch/page
 * A 2xx response → FetchedPage: the headers the pipeline needs and the body decoded to text.
 * Input: final URL, status, headers and the decompressed bytes. Output: the page, with decoding notes as
 * messages. Invariants: a byte-order mark beats the Content-Type charset, which beats an XML
 * declaration's encoding, which beats an HTML `<meta charset>`; a charset of UTF-8 that the bytes contradict is set aside (the page was mislabelled);
 * bytes that do not decode to text leave `text` null rather than failing the fetch.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Message } from "../../contracts.ts";
import { decodeBytes, sniffHtmlCharset } from "../../clean/decode.ts";

/** One fetched page, after redirects, ready for the clean stage. */
export interface FetchedPage {
  /** The URL the content came from, after redirects. */
  readonly url: string;
  /** The URL the caller asked for. */
  readonly requestedUrl: string;
  /** Each URL a redirect led to, in order (the final URL last). */
  readonly redirects: readonly string[];
  readonly status: number;
  /** Validators for the next conditional GET. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
  /** The charset the text was decoded with (declared, sniffed or the fallback). */
  readonly charset: string | null;
  /** The decoded body, or null when it is not text (binary, empty, undecodable). */
  readonly text: string | null;
  /** The body after Content-Encoding was undone. */
  readonly bytes: Uint8Array;
}

export interface DecodedPage {
  readonly page: FetchedPage;
  readonly messages: readonly Message[];
}

const header = (headers: IncomingHttpHeaders, name: string): string | null => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** The charset parameter of a Content-Type, lower-cased, or null. */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase() ?? null;
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="windows-1251"?>`), or null. */
function sniffXmlEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  return (
    /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})["']/.exec(head)?.[1]?.toLowerCase() ?? null
  );
}

function chooseCharset(bytes: Uint8Array, contentType: string | null, messages: Message[]): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  const candidates: [string | null, string][] = [
    [charsetOf(contentType), "Content-Type"],
    [sniffXmlEncoding(bytes), "<?xml encoding>"],
    [/html|xml/i.test(contentType ?? "html") ? sniffHtmlCharset(bytes) : null, "<meta charset>"],
  ];
  for (const [label, source] of candidates) {
    if (label === null) continue;
    if (!isKnownCharset(label)) {
      messages.push({ code: "unknown-charset", text: `${source} names unknown charset ${label}; ignored` });
      continue;
    }
    if (/^(utf-?8|unicode-1-1-utf-8)$/.test(label) && !isValidUtf8(bytes)) {
      messages.push({ code: "wrong-charset", text: `${source} says ${label} but the bytes are not UTF-8` });
      continue;
    }
    return label;
  }
  return null;
}

/** Builds the page from a 2xx response; never throws. */
export function decodePage(
  requestedUrl: string,
  finalUrl: string,
  redirects: readonly string[],
  status: number,
  headers: IncomingHttpHeaders,
  bytes: Uint8Array,
): DecodedPage {
  const messages: Message[] = [];
  const contentType = header(headers, "content-type");
  const declared = chooseCharset(bytes, contentType, messages);
  const decoded = decodeBytes(bytes, declared);
  let text: string | null = null;
  let charset: string | null = null;
  if (decoded.status === "ok") {
    text = decoded.value;
    messages.push(...(decoded.messages ?? []));
    const legacy = decoded.messages?.some((m) => m.code === "legacy-encoding") ?? false;
    const utf16 =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? "utf-16be"
          : null;
    charset = utf16 ?? (legacy ? (declared ?? "windows-1252") : (declared ?? "utf-8"));
  } else {
    messages.push({ code: decoded.code, text: decoded.reason });
  }
  const page: FetchedPage = {
    url: finalUrl,
    requestedUrl,
    redirects,
    status,
    etag: header(headers, "etag"),
    lastModified: header(headers, "last-modified"),
    contentType,
    charset,
    text,
    bytes,
  };
  return { page, messages };
}
