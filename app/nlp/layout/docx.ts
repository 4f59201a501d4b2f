import mammoth from 'mammoth'
import { failure } from '../extract/types.js'
import type { LineSource } from '../types.js'
import type { LayoutResult } from './index.js'
import { numberLines, type LineDraft } from './lines.js'
import { cleanLineText, isPageNumber } from './text.js'
import { inflateXmlParts, readZipDirectory, type ZipEntry } from './zip.js'

const EMPTIED_PAGE_COUNTER = /^\s*(?:page|p\.|seite|página|pagina)?\s*(?:of|\/|von|de|sur|di)?\s*$/i

const MESSAGES = {
  damaged: "This DOCX is damaged or incomplete and can't be read. Save it again from Word (or export it as PDF) and re-upload.",
  notWord: 'This file is a ZIP archive but not a Word document. Upload your résumé as a .docx, PDF or TXT file.',
  empty: 'The document is empty.',
  onlyHeaderText:
    'The document body is empty — its only text is in the page header or footer, which applicant tracking systems often skip. Move the text into the body and upload again.',
}

/** The slice of mammoth's document model this reader walks (mammoth types it as `any`). */
interface DocxNode {
  type: string
  value?: string
  children?: DocxNode[]
  styleId?: string | null
  styleName?: string | null
  numbering?: unknown
  isBold?: boolean
  fontSize?: number | null
}

/** A stretch of a paragraph's text with the formatting of the run it came from. */
interface Piece {
  text: string
  bold: boolean
  fontSize: number | null
}

interface Walk {
  source: LineSource
  textBoxKeys: Set<string>
  drafts: LineDraft[]
}

export async function readDocx(bytes: Uint8Array): Promise<LayoutResult> {
  const entries = readZipDirectory(bytes)
  if (entries === 'damaged') return failure('corrupt', MESSAGES.damaged)
  let parts = new Map<string, string>()
  if (entries) {
    const refusal = refuseNonWordPackage(entries)
    if (refusal) return refusal
    const inflated = inflateXmlParts(bytes, entries)
    if (inflated === 'too_large') {
      return failure('too_large', "This document expands to far more text than any résumé; it can't be processed.")
    }
    parts = inflated
  }

  let body: DocxNode | undefined
  try {
    // extractRawText drops <w:br/> and glues the lines of a soft-wrapped block together
    // ("knowledge ofC#"), so read mammoth's document tree and walk it ourselves.
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

  const documentXml = parts.get('word/document.xml') ?? ''
  const textBoxKeys = new Set(textBoxParagraphs(documentXml).map(comparisonKey))
  const walk: Walk = { source: 'text', textBoxKeys, drafts: [] }
  visit(body, walk)
  const bodyDrafts = walk.drafts
  const { headers, footers } = headerFooterParagraphs(parts, documentXml)
  // "Page {PAGE} of {NUMPAGES}" arrives without its fields, as "Page of": a page counter, not text.
  const furniture = (texts: string[], source: 'header' | 'footer'): LineDraft[] =>
    texts
      .filter((text) => !EMPTIED_PAGE_COUNTER.test(text))
      .map((text) => ({ page: 1, box: null, fontSize: null, bold: false, column: 0, source, ...cleanLineText(text) }))
  const headerDrafts = furniture(headers, 'header')
  const footerDrafts = furniture(footers, 'footer')
  // Footers holding just "Page 1 of 2" lose nothing when an ATS skips them.
  const furnitureText = [...headerDrafts, ...footerDrafts].filter((draft) => draft.text && !isPageNumber(draft.text))

  if (!bodyDrafts.some((draft) => draft.text.length > 0)) {
    return failure('no_text', furnitureText.length > 0 ? MESSAGES.onlyHeaderText : MESSAGES.empty)
  }

  // mammoth's own warnings are about styles and numbering, which a reader of the text never sees; they'd only be noise.
  const warnings: string[] = []
  if (furnitureText.length > 0) {
    const quoted = truncate(furnitureText.map((draft) => draft.text).join(' · '), 80)
    warnings.push(
      `Some text is in the page header or footer ("${quoted}"). Many applicant tracking systems skip headers and footers, so put contact details in the body.`
    )
  }

  // Headers lead and footers close the text, where a reader of the printed page meets them.
  const { lines, garbledLineIds } = numberLines([...headerDrafts, ...bodyDrafts, ...footerDrafts])
  return {
    ok: true,
    value: {
      kind: 'docx',
      // DOCX has no fixed pagination; 1 keeps pageCount meaningful as "at least one page".
      pageCount: 1,
      lines,
      flags: {
        multiColumn: false,
        sidebar: false,
        tables: lines.some((line) => line.source === 'table'),
        textBoxes: textBoxKeys.size > 0 || lines.some((line) => line.source === 'text-box'),
        headerFooterText: furnitureText.length > 0,
        images: hasImages(parts, documentXml),
        ocr: false,
        garbled: garbledLineIds.length > 0,
      },
      garbledLineIds,
      ocrPages: [],
      warnings,
    },
  }
}

function visit(node: DocxNode, walk: Walk): void {
  switch (node.type) {
    case 'paragraph':
      walk.drafts.push(...paragraphLines(node, walk))
      return
    case 'table':
      for (const child of node.children ?? []) visit(child, { ...walk, source: walk.source === 'text' ? 'table' : walk.source })
      return
    default:
      for (const child of node.children ?? []) visit(child, walk)
  }
}

/** A paragraph is one line, or several where it has explicit line breaks (<w:br/>). */
function paragraphLines(paragraph: DocxNode, walk: Walk): LineDraft[] {
  const lines: Piece[][] = [[]]
  collectPieces(paragraph, { bold: false, fontSize: null }, lines)

  const key = comparisonKey(lines.flat().map((piece) => piece.text).join(''))
  // mammoth reads text boxes as ordinary paragraphs; the document XML says which ones they were.
  const source: LineSource = key && walk.textBoxKeys.has(key) ? 'text-box' : walk.source
  const style = paragraph.styleName ?? paragraph.styleId ?? undefined
  return lines.map((pieces, index) => {
    const { text, bullet, garbled } = cleanLineText(pieces.map((piece) => piece.text).join(''))
    const inked = pieces.filter((piece) => piece.text.trim().length > 0)
    return {
      page: 1,
      text,
      box: null,
      fontSize: dominantFontSize(inked),
      bold: inked.length > 0 && inked.every((piece) => piece.bold),
      column: 0,
      source,
      // Word draws list bullets from the numbering definition, so the text itself has none.
      bullet: text.length > 0 && (bullet || (index === 0 && Boolean(paragraph.numbering))),
      garbled,
      ...(style ? { style } : {}),
    }
  })
}

function collectPieces(node: DocxNode, run: Omit<Piece, 'text'>, lines: Piece[][]): void {
  switch (node.type) {
    case 'text':
      lines.at(-1)!.push({ ...run, text: node.value ?? '' })
      return
    case 'tab':
      lines.at(-1)!.push({ ...run, text: '\t' })
      return
    case 'break':
      lines.push([])
      return
    case 'run':
      for (const child of node.children ?? []) {
        collectPieces(child, { bold: Boolean(node.isBold), fontSize: node.fontSize ?? null }, lines)
      }
      return
    default:
      for (const child of node.children ?? []) collectPieces(child, run, lines)
  }
}

function dominantFontSize(pieces: Piece[]): number | null {
  const weight = new Map<number, number>()
  for (const piece of pieces) if (piece.fontSize) weight.set(piece.fontSize, (weight.get(piece.fontSize) ?? 0) + piece.text.length)
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

/** Whitespace-free, so a tab or a collapsed space can't make a text-box paragraph miss. */
function comparisonKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '')
}

/** Paragraph texts inside <w:txbxContent> (DrawingML and VML text boxes, often both for one box). */
function textBoxParagraphs(documentXml: string): string[] {
  const texts: string[] = []
  for (const match of documentXml.matchAll(/<w:txbxContent\b[^>]*>([\s\S]*?)<\/w:txbxContent>/g)) {
    texts.push(...xmlParagraphs(match[1] ?? ''))
  }
  return texts
}

/**
 * mammoth ignores headers and footers — as do many ATS — yet résumé templates love
 * to put the name and contact line there. Only the parts a section actually uses
 * count, in the order the document names them.
 */
function headerFooterParagraphs(parts: Map<string, string>, documentXml: string): { headers: string[]; footers: string[] } {
  const relationships = parts.get('word/_rels/document.xml.rels') ?? ''
  const targets = new Map<string, string>()
  for (const match of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1]
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1]
    if (id && target) targets.set(id, `word/${target.replace(/^\/?word\//, '').replace(/^\//, '')}`)
  }
  const referenced = (kind: 'header' | 'footer') => {
    // The default part first: it is the one on most pages (first-page and even-page variants follow).
    const order = (tag: string) => ['default', 'first', 'even'].indexOf(/\bw:type="([^"]+)"/.exec(tag)?.[1] ?? 'default')
    const names = [...documentXml.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, 'g'))]
      .map((match) => match[0])
      .sort((a, b) => order(a) - order(b))
      .map((tag) => targets.get(/\br:id="([^"]+)"/.exec(tag)?.[1] ?? ''))
      .filter((name): name is string => Boolean(name))
    return names.length > 0 ? names : [...parts.keys()].filter((name) => new RegExp(`^word/${kind}\\d*\\.xml$`, 'i').test(name)).sort()
  }
  const paragraphsOf = (names: string[]) => [...new Set(names.flatMap((name) => xmlParagraphs(parts.get(name) ?? '')))]
  return { headers: paragraphsOf(referenced('header')), footers: paragraphsOf(referenced('footer')) }
}

/** Pictures as a Word user sees them: image relationships of the body, headers or footers, or inline picture markup. */
function hasImages(parts: Map<string, string>, documentXml: string): boolean {
  for (const [name, xml] of parts) {
    if (/^word\/_rels\/(document|header\d*|footer\d*)\.xml\.rels$/i.test(name) && /Type="[^"]*\/image"/.test(xml)) return true
  }
  return /<pic:pic\b|<v:imagedata\b/.test(documentXml)
}

function xmlParagraphs(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((match) => (match[0] === '<w:tab/>' ? ' ' : decodeXmlEntities(match[1] ?? '')))
        .join('')
    )
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
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
