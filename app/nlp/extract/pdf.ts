import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { failure, type ExtractionResult } from './types.js'

export const DEFAULT_MAX_PAGES = 30

export interface PdfOptions {
  maxPages?: number
}

type TextContentItem = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number]
type TextItem = Extract<TextContentItem, { str: string }>

// The fields the line builder needs; kept structural so it can be unit-tested without pdf.js.
export interface PositionedText {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL: boolean
}

const MESSAGES = {
  encrypted:
    'This PDF is password-protected. Remove the password (print to PDF or "Save as" without a password) and upload it again.',
  corrupt: "This PDF is damaged or incomplete and can't be read. Export it again from your editor and re-upload.",
  noText:
    'This PDF has no text layer — it looks like a scanned image. Applicant tracking systems can\'t read it either: export the PDF from your editor (Word, Google Docs, …) instead of scanning or printing it to an image.',
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractionResult> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES

  const loadingTask = getDocument({
    // pdf.js takes ownership of (transfers) the buffer it is given, so hand it a copy.
    data: new Uint8Array(bytes),
    // No font/cmap/wasm URLs on purpose: text extraction doesn't need them and nothing may be fetched.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: 0,
    stopAtErrors: false,
  })

  try {
    let doc: PDFDocumentProxy
    try {
      doc = await loadingTask.promise
    } catch (error) {
      if (errorName(error) === 'PasswordException') return failure('encrypted', MESSAGES.encrypted)
      return failure('corrupt', MESSAGES.corrupt)
    }

    const pageCount = doc.numPages
    if (pageCount > maxPages) {
      return failure(
        'too_many_pages',
        `This PDF has ${pageCount.toLocaleString('en-US')} pages; Sift reads résumés of up to ${maxPages} pages. Upload just your résumé.`
      )
    }

    const warnings: string[] = []
    const pages: string[] = []
    const blankPages: number[] = []
    const unreadablePages: number[] = []
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      let text: string
      try {
        const page = await doc.getPage(pageNumber)
        try {
          const content = await page.getTextContent()
          text = joinTextItems(content.items.filter(isTextItem))
        } finally {
          page.cleanup()
        }
      } catch {
        // One broken page shouldn't cost the job seeker the rest of the résumé.
        unreadablePages.push(pageNumber)
        continue
      }
      if (text.trim().length === 0) blankPages.push(pageNumber)
      pages.push(text)
    }

    if (unreadablePages.length === pageCount) return failure('corrupt', MESSAGES.corrupt)
    // pdf.js emits U+0000 for glyphs the font maps to no character — in practice the fi/fl
    // ligatures. U+FFFD keeps the hole visible ("Certi�ed") for both the user and fuzzy matching.
    const rawText = pages.join('\n\n')
    const unmappedGlyphs = rawText.split('\u0000').length - 1
    const text = rawText.replaceAll('\u0000', '\uFFFD')
    if (text.replaceAll('\uFFFD', '').trim().length === 0) return failure('no_text', MESSAGES.noText)

    if (unreadablePages.length > 0) {
      warnings.push(`${describePages(unreadablePages)} could not be read and ${unreadablePages.length > 1 ? 'were' : 'was'} skipped.`)
    }
    if (blankPages.length > 0) {
      warnings.push(
        `${describePages(blankPages)} ${blankPages.length > 1 ? 'have' : 'has'} no text layer (possibly a scanned image), so ${blankPages.length > 1 ? 'their' : 'its'} content was not read.`
      )
    }
    if (unmappedGlyphs > 0) {
      warnings.push(
        `${unmappedGlyphs} character${unmappedGlyphs > 1 ? 's' : ''} in this PDF ${unmappedGlyphs > 1 ? 'have' : 'has'} no text equivalent (usually "fi"/"fl" ligatures in the font), so applicant tracking systems may read words like "Certified" as "Certi?ed". Exporting with a different font usually fixes this.`
      )
    }
    return { ok: true, value: { kind: 'pdf', text, pageCount, warnings } }
  } finally {
    // Also destroys the document; without it the fake worker keeps every parsed object alive.
    await loadingTask.destroy()
  }
}

/**
 * pdf.js marks most line ends with hasEOL, but not where a writer positions each
 * line absolutely without a newline operator, so a baseline change also breaks the line.
 */
export function joinTextItems(items: PositionedText[]): string {
  let out = ''
  let previous: { y: number; endX: number; height: number } | undefined

  for (const item of items) {
    if (item.str.length > 0) {
      const x = item.transform[4] ?? 0
      const y = item.transform[5] ?? 0
      if (previous && !out.endsWith('\n')) {
        const lineTolerance = Math.max(1, Math.min(item.height, previous.height) * 0.5)
        if (Math.abs(y - previous.y) > lineTolerance) {
          out += '\n'
        } else if (x - previous.endX > item.height * 0.25 && !/\s$/.test(out) && !/^\s/.test(item.str)) {
          // Separate runs on one line (table cells, tab stops) would otherwise glue words together.
          out += ' '
        }
      }
      out += item.str
      previous = { y, endX: x + item.width, height: item.height }
    }
    if (item.hasEOL && !out.endsWith('\n')) out += '\n'
  }
  return out
}

function isTextItem(item: TextContentItem): item is TextItem {
  return 'str' in item
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : undefined
}

function describePages(pages: number[]): string {
  if (pages.length === 1) return `Page ${pages[0]}`
  return `Pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`
}
