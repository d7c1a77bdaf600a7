import chardet from "chardet";
import iconv from "iconv-lite";
import { FeedFetchError } from "./feed-fetch-error";
import { refuseUnsafeDoctype } from "./refuse-unsafe-doctype";

export interface DecodedFeedBody {
  text: string;
  /** The charset actually used, lower-case iconv name. */
  encoding: string;
  /** Where it came from: the one that won, for the feed health page. */
  source: "bom" | "sniffed" | "content-type" | "xml-declaration" | "default" | "detected";
}

const boms: Array<[number[], string]> = [
  [[0x00, 0x00, 0xfe, 0xff], "utf-32be"],
  [[0xff, 0xfe, 0x00, 0x00], "utf-32le"],
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/** XML 1.0 appendix F: "<?" in a wide encoding without a BOM. */
const wideSniffs: Array<[number[], string]> = [
  [[0x00, 0x00, 0x00, 0x3c], "utf-32be"],
  [[0x3c, 0x00, 0x00, 0x00], "utf-32le"],
  [[0x00, 0x3c, 0x00, 0x3f], "utf-16be"],
  [[0x3c, 0x00, 0x3f, 0x00], "utf-16le"],
];

function startsWith(body: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => body[i] === b);
}

/** A usable iconv name, or null for unknown or bogus labels. */
function normalizeCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  const name = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!name || !iconv.encodingExists(name)) return null;
  // Latin-1 labels mean windows-1252 in practice (WHATWG), and GB2312 feeds use GBK characters.
  if (name === "iso-8859-1" || name === "latin1" || name === "us-ascii" || name === "ascii") return "windows-1252";
  if (name === "gb2312") return "gbk";
  return name;
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType ?? "");
  return normalizeCharset(match?.[1]);
}

function charsetFromXmlDeclaration(head: string): string | null {
  const match = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return normalizeCharset(match?.[1]);
}

function isValidUtf8(body: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** A wide family seen in the bytes beats a declared label that only names the family ("utf-16"). */
function withByteOrder(declared: string, sniffed: string | null): string {
  if (sniffed && (declared === "utf-16" || declared === "utf16" || declared === "utf-32" || declared === "utf32")) return sniffed;
  return declared;
}

function pickCharset(body: Buffer, contentType: string | null | undefined): Pick<DecodedFeedBody, "encoding" | "source"> {
  const bom = boms.find(([bytes]) => startsWith(body, bytes));
  if (bom) return { encoding: bom[1], source: "bom" };
  const sniffed = wideSniffs.find(([bytes]) => startsWith(body, bytes))?.[1] ?? null;
  const fromHeader = charsetFromContentType(contentType);
  if (fromHeader) return { encoding: withByteOrder(fromHeader, sniffed), source: "content-type" };
  const head = sniffed ? iconv.decode(body.subarray(0, 512), sniffed) : body.subarray(0, 512).toString("latin1");
  const fromDeclaration = charsetFromXmlDeclaration(head);
  if (fromDeclaration) return { encoding: withByteOrder(fromDeclaration, sniffed), source: "xml-declaration" };
  if (sniffed) return { encoding: sniffed, source: "sniffed" };
  return { encoding: "utf-8", source: "default" };
}

/** For bytes that are not the UTF-8 they claim (or default) to be: a statistical guess, else windows-1252. */
function detectCharset(body: Buffer): string {
  const guess = chardet.analyse(body.subarray(0, 64 * 1024))[0];
  return normalizeCharset(guess?.name) ?? "windows-1252";
}

/**
 * Bytes to text, charset from BOM, then Content-Type, then the XML declaration
 * (RFC 7303 order), then UTF-8. A feed that claims (or defaults to) UTF-8 but
 * is not valid UTF-8 gets its charset detected from the bytes (chardet). The
 * DOCTYPE is checked (entity declarations refused) and removed before parsing.
 */
export function decodeFeedBody(body: Buffer, contentType?: string | null): DecodedFeedBody {
  if (body.length === 0) throw new FeedFetchError("bad-content", "The feed is empty.");
  let picked = pickCharset(body, contentType);
  if (picked.encoding === "utf-8" && picked.source !== "bom" && !isValidUtf8(body)) {
    picked = { encoding: detectCharset(body), source: "detected" };
  }
  let text: string;
  try {
    text = iconv.decode(body, picked.encoding, { stripBOM: true });
  } catch (cause) {
    throw new FeedFetchError("bad-encoding", `The feed could not be decoded as ${picked.encoding}.`, { cause });
  }
  return { ...picked, text: refuseUnsafeDoctype(text) };
}
