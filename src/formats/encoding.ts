import iconv from "iconv-lite";

// How the bytes of an imported file become text: the one place every importer decodes with.

/** What a file (or a vCard value without a CHARSET) was read as, by its WHATWG label. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** How the summary names an encoding. */
export const ENCODING_NAMES: Record<Encoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  "windows-1252": "Windows-1252",
};

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

/** A whole file: UTF-16 when it starts with a byte order mark, else UTF-8 (a BOM is dropped), else Windows-1252. */
export function decodeFile(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return decodeBytes(body);
}

/** UTF-8, or Windows-1252 when the bytes are not UTF-8: every byte is a Windows-1252 character, and it is what spreadsheets and older address books on Windows write. */
export function decodeBytes(bytes: Buffer): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}

/** Bytes in a charset a file declares (a vCard's CHARSET=SHIFT_JIS); null for UTF-8 or a charset net does not know, which are read as undeclared. */
export function decodeDeclared(bytes: Buffer, charset: string): string | null {
  return /^utf-?8$/i.test(charset) || !iconv.encodingExists(charset) ? null : iconv.decode(bytes, charset);
}
