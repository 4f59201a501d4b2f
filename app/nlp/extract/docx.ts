import { inflateRawSync } from 'node:zlib'
import mammoth from 'mammoth'
import { failure, type ExtractionResult } from './types.js'

const MESSAGES = {
  damaged: "This DOCX is damaged or incomplete and can't be read. Save it again from Word (or export it as PDF) and re-upload.",
  notWord:
    "This file is a ZIP archive but not a Word document. Upload your résumé as a .docx, PDF or TXT file.",
  empty: 'The document is empty.',
  onlyHeaderText:
    'The document body is empty — its only text is in the page header or footer, which applicant tracking systems often skip. Move the text into the body and upload again.',
}

// mammoth inflates every XML part in memory with no limit, so a zip bomb is checked here first.
// 64 MB of XML is far beyond any real résumé (a 100-page report is ~5 MB).
const MAX_XML_BYTES = 64 * 1024 * 1024

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  localHeaderOffset: number
}

/** The slice of mammoth's document model this reader walks (mammoth types it as `any`). */
interface DocxNode {
  type: string
  value?: string
  children?: DocxNode[]
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractionResult> {
  const entries = readZipDirectory(bytes)
  if (entries === 'damaged') return failure('corrupt', MESSAGES.damaged)
  let parts: Map<string, string> | undefined
  if (entries) {
    const refusal = refuseNonWordPackage(entries)
    if (refusal) return refusal
    const inflated = inflateXmlParts(bytes, entries)
    if (inflated === 'too_large') {
      return failure('too_large', 'This document expands to far more text than any résumé; it can\'t be processed.')
    }
    parts = inflated
  }

  let body: DocxNode | undefined
  try {
    // extractRawText drops <w:br/> and glues the lines of a soft-wrapped block together
    // ("knowledge ofC#"), so read mammoth's document tree and flatten it ourselves.
    // Returning an empty body keeps mammoth's HTML pass, which we don't use, trivial.
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxNode) => {
          body = document
          return { ...document, children: [] }
        },
      }
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (message.includes('Could not find main document part')) return failure('corrupt', MESSAGES.notWord)
    return failure('corrupt', MESSAGES.damaged)
  }
  if (!body) return failure('corrupt', MESSAGES.damaged)

  // mammoth's own warnings are about styles and numbering, which plain text never shows; they'd only be noise.
  const warnings: string[] = []
  const text = flatten(body)
  const headerText = parts ? headerFooterText(parts) : ''

  if (text.trim().length === 0) {
    return failure('no_text', headerText ? MESSAGES.onlyHeaderText : MESSAGES.empty)
  }
  if (headerText) {
    warnings.push(
      `Some text is in the page header or footer ("${truncate(headerText, 80)}"). Many applicant tracking systems skip headers and footers, so it isn't part of the extracted text — put contact details in the body.`
    )
  }
  // DOCX has no fixed pagination; 1 keeps pageCount meaningful as "at least one page".
  return { ok: true, value: { kind: 'docx', text, pageCount: 1, warnings } }
}

/** Paragraphs and explicit line breaks become newlines, so the output lines up with what the PDF reader produces. */
function flatten(node: DocxNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? ''
    case 'tab':
      return '\t'
    case 'break':
      return '\n'
    case 'paragraph':
      return flattenChildren(node) + '\n'
    default:
      return flattenChildren(node)
  }
}

function flattenChildren(node: DocxNode): string {
  return (node.children ?? []).map(flatten).join('')
}

/**
 * Spreadsheets, slide decks and OpenDocument files are ZIPs too; naming them tells the
 * user what to do instead of calling a perfectly good file "damaged".
 */
function refuseNonWordPackage(entries: ZipEntry[]): ReturnType<typeof failure> | undefined {
  const names = new Set(entries.map((entry) => entry.name))
  if (entries.some((entry) => entry.name.startsWith('word/'))) return undefined

  if (names.has('xl/workbook.xml')) {
    return failure('unsupported_type', 'This is an Excel spreadsheet, not a Word document. Upload your résumé as a .docx, PDF or TXT file.')
  }
  if (names.has('ppt/presentation.xml')) {
    return failure('unsupported_type', 'This is a PowerPoint presentation, not a Word document. Upload your résumé as a .docx, PDF or TXT file.')
  }
  if (names.has('mimetype') && names.has('content.xml')) {
    return failure('unsupported_type', 'This is an OpenDocument file (LibreOffice/OpenOffice); save it as .docx or PDF and upload again.')
  }
  // A package with [Content_Types].xml may still keep its main part outside word/; let mammoth decide.
  if (names.has('[Content_Types].xml')) return undefined
  return failure('corrupt', MESSAGES.notWord)
}

/**
 * Lists the ZIP's central directory. Returns undefined for layouts we don't parse
 * (ZIP64, odd offsets) so mammoth gets the final word instead of a false rejection.
 */
function readZipDirectory(bytes: Uint8Array): ZipEntry[] | 'damaged' | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfCentralDirectory(bytes)
  if (eocd === -1) return 'damaged'

  const entryCount = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return undefined
  if (directoryOffset + directorySize > eocd) return 'damaged'

  const decoder = new TextDecoder('utf-8')
  const entries: ZipEntry[] = []
  let position = directoryOffset
  for (let i = 0; i < entryCount; i++) {
    if (position + 46 > eocd || view.getUint32(position, true) !== 0x02014b50) return undefined
    const nameLength = view.getUint16(position + 28, true)
    const extraLength = view.getUint16(position + 30, true)
    const commentLength = view.getUint16(position + 32, true)
    entries.push({
      name: decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength)),
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    })
    position += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so it can only sit in the tail.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i
  }
  return -1
}

/**
 * Inflates the XML parts under a shared budget. Parts that fail to inflate are left
 * out rather than reported: mammoth re-reads the archive and is the judge of damage.
 */
function inflateXmlParts(bytes: Uint8Array, entries: ZipEntry[]): Map<string, string> | 'too_large' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const decoder = new TextDecoder('utf-8')
  const parts = new Map<string, string>()
  let budget = MAX_XML_BYTES
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue
    const local = entry.localHeaderOffset
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) continue
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + entry.compressedSize)
    let xml: Uint8Array
    if (entry.method === 0) {
      xml = data
    } else if (entry.method === 8) {
      try {
        xml = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) })
      } catch (error) {
        if (error instanceof RangeError) return 'too_large'
        continue
      }
    } else {
      continue
    }
    budget -= xml.byteLength
    if (budget < 0) return 'too_large'
    parts.set(entry.name, decoder.decode(xml))
  }
  return parts
}

/**
 * mammoth ignores headers and footers — as do many ATS — yet résumé templates love
 * to put the name and contact line there. Reading them lets us warn instead of
 * silently losing the phone number.
 */
function headerFooterText(parts: Map<string, string>): string {
  const texts = new Set<string>()
  for (const [name, xml] of parts) {
    if (!/^word\/(header|footer)\d*\.xml$/i.test(name)) continue
    const text = xmlParagraphText(xml)
    // Footers holding just "Page 1 of 2" aren't worth a warning.
    if (/\p{L}{2,}/u.test(text.replace(/\b(page|of)\b/gi, ''))) texts.add(text)
  }
  return [...texts].join(' · ')
}

function xmlParagraphText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXmlEntities(match[1] ?? '')).join('')
    )
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join(' · ')
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase()
    if (lower.startsWith('#x')) return safeFromCodePoint(Number.parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return safeFromCodePoint(Number.parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? ''
  })
}

function safeFromCodePoint(codePoint: number): string {
  return Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ''
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}
