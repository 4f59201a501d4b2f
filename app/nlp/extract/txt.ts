import { failure, type ExtractionResult } from './types.js'

export function extractTxt(bytes: Uint8Array): ExtractionResult {
  const { text, warnings } = decodeText(bytes)
  const normalized = text.replace(/\r\n?/g, '\n')

  if (normalized.trim().length === 0) {
    return failure('empty', 'The file contains no text. Upload your résumé as a PDF, DOCX or TXT file.')
  }
  return { ok: true, value: { kind: 'txt', text: normalized, pageCount: 1, warnings } }
}

function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] }
  }

  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom), warnings: [] }
  } catch {
    // Invalid UTF-8 almost always means a legacy Windows editor; windows-1252 is a superset of Latin-1 for text.
    return {
      text: new TextDecoder('windows-1252').decode(withoutBom),
      warnings: ['The text file is not UTF-8; it was read as Western European (Windows-1252) text.'],
    }
  }
}
