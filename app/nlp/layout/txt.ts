import { failure } from '../extract/types.js'
import type { LayoutResult } from './index.js'
import { numberLines } from './lines.js'
import { cleanLineText } from './text.js'

export function readTxt(bytes: Uint8Array): LayoutResult {
  const { text, warnings } = decodeText(bytes)
  const { lines } = numberLines(
    text.split(/\r\n?|\n|[\f\v\u2028\u2029]/).map((raw) => {
      const { text: clean, bullet } = cleanLineText(raw)
      // A text file has no fonts, boxes or glyph mapping, so there is nothing to flag.
      return { page: 1, text: clean, box: null, fontSize: null, bold: false, column: 0, source: 'text', bullet, garbled: false }
    })
  )
  if (lines.length === 0) {
    return failure('empty', 'The file contains no text. Upload your résumé as a PDF, DOCX or TXT file.')
  }
  return {
    ok: true,
    value: {
      kind: 'txt',
      pageCount: 1,
      lines,
      flags: {
        multiColumn: false,
        sidebar: false,
        tables: false,
        textBoxes: false,
        headerFooterText: false,
        images: false,
        ocr: false,
        garbled: false,
      },
      garbledLineIds: [],
      ocrPages: [],
      warnings,
    },
  }
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
