import { failure, type SniffResult } from './types.js'

const UPLOAD_HINT = 'Upload a PDF, DOCX or TXT file.'

// Text sniffing only looks at a prefix: enough to reject binaries, cheap on a 10 MB upload.
const TEXT_SNIFF_BYTES = 8 * 1024

// Some PDF writers (and e-mail gateways) put junk before the header; readers accept it anywhere in the first 1 KB.
const PDF_HEADER_WINDOW = 1024

interface Signature {
  offset: number
  bytes: number[]
  message: string
}

// Consulted only once the bytes fail the text test, so short signatures like "MZ" can't misfire on a résumé.
const KNOWN_BINARIES: Signature[] = [
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], message: `This looks like an image (PNG). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], message: `This looks like an image (JPEG). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x47, 0x49, 0x46, 0x38], message: `This looks like an image (GIF). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], message: `This looks like an image (TIFF). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], message: `This looks like an image (TIFF). ${UPLOAD_HINT}` },
  { offset: 8, bytes: [0x57, 0x45, 0x42, 0x50], message: `This looks like an image (WebP). ${UPLOAD_HINT}` },
  { offset: 4, bytes: [0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69], message: `This looks like a photo (HEIC). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06], message: `This is an empty ZIP archive. ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x1f, 0x8b], message: `This looks like a compressed archive (gzip). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x52, 0x61, 0x72, 0x21], message: `This looks like a compressed archive (RAR). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], message: `This looks like a compressed archive (7z). ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], message: `This looks like a program, not a document. ${UPLOAD_HINT}` },
  { offset: 0, bytes: [0x4d, 0x5a], message: `This looks like a program, not a document. ${UPLOAD_HINT}` },
]

// RTF is plain ASCII, so it would pass as text and hand the analyzer a page of markup.
const RTF_SIGNATURE = [0x7b, 0x5c, 0x72, 0x74, 0x66] // {\rtf
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

export function sniffDocument(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) {
    return failure('empty', 'The file is empty. Upload your résumé as a PDF, DOCX or TXT file.')
  }

  if (indexOf(bytes, PDF_SIGNATURE, 0, PDF_HEADER_WINDOW) !== -1) {
    return { ok: true, kind: 'pdf' }
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    // Whether the ZIP really is a Word document is decided by the DOCX reader, which has to open it anyway.
    return { ok: true, kind: 'docx' }
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return sniffOleContainer(bytes)
  }
  if (startsWith(bytes, RTF_SIGNATURE)) {
    return failure('unsupported_type', 'This is an RTF file; save it as .docx or PDF and upload again.')
  }

  if (isBlank(bytes)) {
    return failure('empty', 'The file contains no text. Upload your résumé as a PDF, DOCX or TXT file.')
  }
  if (looksLikeText(bytes)) {
    return { ok: true, kind: 'txt' }
  }
  for (const signature of KNOWN_BINARIES) {
    if (startsWith(bytes, signature.bytes, signature.offset)) {
      return failure('unsupported_type', signature.message)
    }
  }
  return failure('unsupported_type', `This file type isn't supported. ${UPLOAD_HINT}`)
}

/**
 * OLE compound files are legacy Office documents — and also how Office stores a
 * password-protected .docx, which needs a different fix than "resave as .docx".
 */
function sniffOleContainer(bytes: Uint8Array): SniffResult {
  if (indexOf(bytes, utf16le('EncryptedPackage')) !== -1) {
    return failure(
      'encrypted',
      'This document is password-protected. Remove the password in Word (File → Info → Protect Document) and upload it again.'
    )
  }
  // Stream names are UTF-16 in the OLE directory; checked Word-first because a .doc's own UTF-16 text could say "Workbook".
  // Anything unrecognised that someone uploads as a résumé is almost surely a .doc too.
  const isWord = indexOf(bytes, utf16le('WordDocument')) !== -1
  if (!isWord && (indexOf(bytes, utf16le('Workbook')) !== -1 || indexOf(bytes, utf16le('PowerPoint Document')) !== -1)) {
    return failure(
      'unsupported_type',
      'This is an old Excel or PowerPoint file, not a résumé document. Upload your résumé as a PDF, DOCX or TXT file.'
    )
  }
  return failure('unsupported_type', 'This is an old Word .doc file; save it as .docx or PDF and upload again.')
}

function isBlank(bytes: Uint8Array): boolean {
  let start = 0
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0b && b !== 0x0c) return false
  }
  return true
}

/**
 * UTF-16 only counts with a BOM (that is what Notepad's "Unicode" writes); without
 * one, NUL bytes are the most reliable binary tell we have.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const prefix = bytes.subarray(0, TEXT_SNIFF_BYTES)
  if (startsWith(prefix, [0xff, 0xfe]) || startsWith(prefix, [0xfe, 0xff])) {
    return isMostlyPrintable(decodeUtf16Prefix(prefix))
  }
  if (prefix.includes(0x00)) return false

  let decoded: string
  try {
    // stream: true tolerates a multi-byte character cut off by the prefix boundary.
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true })
  } catch {
    decoded = new TextDecoder('windows-1252').decode(prefix)
  }
  return isMostlyPrintable(decoded)
}

function decodeUtf16Prefix(prefix: Uint8Array): string {
  const encoding = prefix[0] === 0xff ? 'utf-16le' : 'utf-16be'
  const even = prefix.subarray(0, prefix.length - (prefix.length % 2))
  return new TextDecoder(encoding).decode(even)
}

// Real text has the odd stray control character (form feeds, ESC from old word processors), binaries have many.
function isMostlyPrintable(text: string): boolean {
  if (text.length === 0) return false
  let suspicious = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f
    // windows-1252 leaves 0x81/0x8D/0x8F/0x90/0x9D unmapped, so they surface as C1 controls.
    const isC1 = code >= 0x80 && code <= 0x9f
    if (isControl || isC1 || code === 0xfffd) suspicious++
  }
  return suspicious / text.length < 0.02
}

function utf16le(ascii: string): number[] {
  const out: number[] = []
  for (const char of ascii) out.push(char.charCodeAt(0), 0)
  return out
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((b, i) => bytes[offset + i] === b)
}

function indexOf(bytes: Uint8Array, needle: number[], from = 0, to = bytes.length): number {
  const last = Math.min(to, bytes.length) - needle.length
  const first = needle[0]
  for (let i = from; i <= last; i++) {
    if (bytes[i] !== first) continue
    let j = 1
    while (j < needle.length && bytes[i + j] === needle[j]) j++
    if (j === needle.length) return i
  }
  return -1
}
