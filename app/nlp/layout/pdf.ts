import { getDocument, OPS, Util, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { failure } from '../extract/types.js'
import type { Fragment, PageFragments } from './geometry.js'
import { numberLines } from './lines.js'
import { attachLinks, pageLinks, type LinkAnnotation, type PageLink } from './links.js'
import { linesFromPages } from './pages.js'
import { pdfjsPatched } from './pdfjs_extras.js'
import type { LayoutResult, OcrPage, OcrRunner } from './index.js'

export const DEFAULT_MAX_PAGES = 30

export interface PdfOptions {
  maxPages?: number
  ocr?: OcrRunner | false
  /**
   * Learn fonts and images from pdf.js's operator list (a second pass over every page)
   * instead of the patched text content. Default: only when the patch is missing.
   */
  operatorPass?: boolean
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>
type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>
type TextContentItem = TextContent['items'][number]
type TextItem = Extract<TextContentItem, { str: string }>
/** What the patched worker adds to each text style (scripts/patch_pdfjs.mjs). */
interface PatchedStyle {
  name?: string
  bold?: boolean
  black?: boolean
}

/** The fields the line builder needs; structural so fragments can be built from plain objects in tests. */
export interface PositionedText {
  str: string
  transform: number[]
  width: number
  fontName?: string
  hasEOL?: boolean
}

const MESSAGES = {
  encrypted:
    'This PDF is password-protected. Remove the password (print to PDF or "Save as" without a password) and upload it again.',
  corrupt: "This PDF is damaged or incomplete and can't be read. Export it again from your editor and re-upload.",
  blank:
    "This PDF's pages are blank: there is no text or picture on them to read. Check that you exported the right file, then upload it again.",
  noText:
    'This PDF has no text layer — it looks like a scanned image. Applicant tracking systems can\'t read it either: export the PDF from your editor (Word, Google Docs, …) instead of scanning or printing it to an image.',
}

// The operator kinds that put a raster image on the page (pdf.js groups repeated ones).
const IMAGE_OPS = new Set([
  OPS.paintImageXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintInlineImageXObject,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
])

// What puts ink on a page. A page without text that draws none of these is blank, not a scan:
// OCR has nothing to read there. (constructPath carries its paint operator; endPath paints nothing.)
const TEXT_OPS = [OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]
const PATH_PAINT_OPS = [
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
  OPS.rawFillPath,
]
const DRAWING_OPS = new Set([...IMAGE_OPS, ...TEXT_OPS, ...PATH_PAINT_OPS, OPS.shadingFill, OPS.paintSolidColorImageMask])

// Subset prefixes ("ABCDEF+") aside, weight lives in the name: "Lato-Bold", "Arial,Black",
// "SourceSans3-Semibold", and TeX's bold-extended faces "CMBX10", "CMSSBX10", "SFBX1000".
const BOLD_FONT = /bold|black|heavy|demi|semibd|bx\d*$|^cmb\d/i
// Icon fonts often map their pictures to ordinary letters ("#" for a mail icon in Font Awesome 5
// under LaTeX); by name they are known to draw pictures, not text. Symbol is left out: it is Greek and maths.
const ICON_FONT =
  /fontawesome|font-awesome|phosphor|icomoon|materialicons|material-?symbols|glyphicons|ionicons|feather|remixicon|bootstrap-?icons|tabler|lucide|simple-?icons|academicons|wingdings|webdings|dingbats/i
// What the icon stands for is unknown; a private-use character says "picture" to cleanLineText.
const ICON_GLYPH = '\uE000'

interface PageRead {
  page: number
  width: number
  height: number
  fragments: Fragment[]
  unmappedGlyphs: number
  images: boolean
  /** No text and nothing drawn: an empty page, not a scan. */
  blank: boolean
  /** Link annotations with a URL, in the lines' coordinates. */
  links: PageLink[]
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<LayoutResult> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  const operatorPass = options.operatorPass ?? !pdfjsPatched()

  const loadingTask = getDocument({
    // pdf.js takes ownership of (transfers) the buffer it is given, so hand it a copy.
    data: new Uint8Array(bytes),
    // No font/cmap/wasm URLs on purpose: text extraction doesn't need them and nothing may be fetched.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    // Unpatched pdf.js tells a font's real name ("Lato-Bold"), and so its weight, only in
    // page.commonObjs, filled by the operator list.
    fontExtraProperties: operatorPass,
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

    const read: PageRead[] = []
    const unreadablePages: number[] = []
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      try {
        read.push(await readPage(doc, pageNumber, operatorPass))
      } catch {
        // One broken page shouldn't cost the job seeker the rest of the résumé.
        unreadablePages.push(pageNumber)
      }
    }
    if (unreadablePages.length === pageCount) return failure('corrupt', MESSAGES.corrupt)

    if (read.every((page) => page.blank)) {
      // Blank apart from pages pdf.js could not read: the file is what is wrong.
      return unreadablePages.length > 0 ? failure('corrupt', MESSAGES.corrupt) : failure('no_text', MESSAGES.blank)
    }
    // Pages without a text layer that do draw something: scans, or text turned into outlines.
    const textlessPages = read.filter((page) => page.fragments.length === 0 && !page.blank).map((page) => page.page)
    const ocr = options.ocr && textlessPages.length > 0 ? await recognize(options.ocr, bytes, textlessPages, read) : undefined

    const pages: PageFragments[] = read.map((page) => {
      const recognized = ocr?.pages.get(page.page)
      return recognized
        ? { page: page.page, width: page.width, height: page.height, source: 'ocr', fragments: recognized }
        : { page: page.page, width: page.width, height: page.height, source: 'text', fragments: page.fragments }
    })
    const layout = linesFromPages(pages)
    const { lines, garbledLineIds } = numberLines(layout.lines)
    attachLinks(lines, read.flatMap((page) => page.links))
    if (!lines.some((line) => line.text.replaceAll('\uFFFD', '').trim().length > 0)) return failure('no_text', MESSAGES.noText)

    const ocrPages = [...(ocr?.pages.keys() ?? [])].sort((a, b) => a - b)
    const unreadByOcr = textlessPages.filter((page) => !ocrPages.includes(page))
    const unmappedGlyphs = read.reduce((sum, page) => sum + page.unmappedGlyphs, 0)
    const warnings = pdfWarnings({ unreadablePages, unreadByOcr, ocrPages, unmappedGlyphs, ocrFailed: ocr?.failed ?? false })

    return {
      ok: true,
      value: {
        kind: 'pdf',
        pageCount,
        lines,
        flags: {
          multiColumn: layout.multiColumn,
          sidebar: layout.sidebar,
          tables: layout.tables,
          textBoxes: false,
          headerFooterText: layout.headerFooterText,
          images: read.some((page) => page.images),
          ocr: ocrPages.length > 0,
          garbled: garbledLineIds.length > 0,
        },
        garbledLineIds,
        ocrPages,
        warnings,
      },
    }
  } finally {
    // Also destroys the document; without it the fake worker keeps every parsed object alive.
    await loadingTask.destroy()
  }
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number, operatorPass: boolean): Promise<PageRead> {
  const page = await doc.getPage(pageNumber)
  try {
    const viewport = page.getViewport({ scale: 1 })
    // Unpatched pdf.js: an operator-list pass per page is what loads the fonts (and their
    // names, for bold) into commonObjs, and its paint operators are the only sure sign of images.
    let operators: OperatorList | undefined
    if (operatorPass) {
      try {
        operators = await page.getOperatorList()
      } catch {
        // Without it we only lose bold and image detection; the text can still be read.
      }
    }
    // Profiles shown as an icon and a bare username keep their URL only in link annotations;
    // asked for alongside the text so the two requests share the trip to the worker.
    // Broken annotations cost only the links.
    const annotations = page.getAnnotations().catch(() => [] as LinkAnnotation[])
    const content = await page.getTextContent()
    const links = pageLinks((await annotations) as LinkAnnotation[], pageNumber, (x, y) => viewport.convertToViewportPoint(x, y))
    const fonts = new Map<string, FontTraits>()
    const traitsOf = (fontName: string | undefined): FontTraits => {
      if (!fontName) return PLAIN
      let traits = fonts.get(fontName)
      if (!traits) {
        const font = operatorPass ? operatorFont(page, fontName) : (content.styles[fontName] as PatchedStyle | undefined)
        traits = fontTraits(font)
        fonts.set(fontName, traits)
      }
      return traits
    }
    const items = content.items.filter(isTextItem)
    const fragments = textFragments(items, viewport.transform, content.styles, traitsOf)
    const images = operators ? operators.fnArray.some((fn) => IMAGE_OPS.has(fn)) : content.items.some(isPaintImage)
    let blank = false
    if (fragments.length === 0 && !images) {
      // Rare (a scan, outlined text, an empty page), so the second pass is only paid here.
      try {
        operators ??= await page.getOperatorList()
        blank = !drawsSomething(operators)
      } catch {
        // Unknown: treat it as a page that may hold a picture of text.
      }
    }
    return {
      page: pageNumber,
      width: viewport.width,
      height: viewport.height,
      fragments,
      // An icon font without a Unicode map is no loss of text; only real fonts count.
      unmappedGlyphs: items.reduce((sum, item) => (traitsOf(item.fontName).icon ? sum : sum + item.str.split('\u0000').length - 1), 0),
      images,
      blank,
      links,
    }
  } finally {
    page.cleanup()
  }
}

export interface FontTraits {
  bold: boolean
  icon: boolean
}

const PLAIN: FontTraits = { bold: false, icon: false }

/** Bold and icon fonts, from what pdf.js knows of a font: its name and weight flags. */
export function fontTraits(font: PatchedStyle | null | undefined): FontTraits {
  if (!font) return PLAIN
  const name = (font.name ?? '').replace(/^[A-Z]{6}\+/, '')
  return { bold: Boolean(font.bold || font.black || BOLD_FONT.test(name)), icon: ICON_FONT.test(name) }
}

function operatorFont(page: PDFPageProxy, fontName: string): PatchedStyle | null {
  try {
    return page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as PatchedStyle | null) : null
  } catch {
    return null
  }
}

/**
 * Text items → fragments in top-left page coordinates. Whitespace-only items carry
 * no position worth keeping, but they do say "a space goes here".
 */
export function textFragments(
  items: PositionedText[],
  viewportTransform: number[],
  styles: Record<string, { ascent?: number; descent?: number }> = {},
  traitsOf: (fontName: string | undefined) => FontTraits = () => PLAIN
): Fragment[] {
  const fragments: Fragment[] = []
  for (const item of items) {
    if (item.str.trim().length === 0) {
      const previous = fragments.at(-1)
      if (previous && item.str.length > 0) previous.spaceAfter = true
      if (previous && item.hasEOL) previous.lineEnd = true
      continue
    }
    const [a, b, c, d, e, f] = Util.transform(viewportTransform, item.transform) as number[]
    const size = Math.hypot(c!, d!)
    if (!(size > 0)) continue
    const style = item.fontName ? styles[item.fontName] : undefined
    const ascent = clamp(style?.ascent ?? 0.8, 0.5, 1.1)
    const descent = clamp(style?.descent ?? -0.2, -0.5, 0)
    const rotated = Math.abs(b!) > 1e-3 * Math.abs(a!) || a! <= 0
    const traits = traitsOf(item.fontName)
    const common = {
      text: traits.icon ? ICON_GLYPH : item.str.trim(),
      size,
      bold: traits.bold,
      spaceBefore: /^\s/.test(item.str),
      spaceAfter: /\s$/.test(item.str),
      lineEnd: Boolean(item.hasEOL),
      rotated,
    }
    if (!rotated) {
      fragments.push({ ...common, x: e!, top: f! - ascent * size, width: item.width, height: (ascent - descent) * size, baseline: f! })
      continue
    }
    // Sideways text: its bounding box, so it still lands in the right place in the reading order.
    const along = Math.hypot(a!, b!)
    const [ux, uy] = along > 0 ? [(a! / along) * item.width, (b! / along) * item.width] : [0, 0]
    const [vx, vy] = [c! * ascent, d! * ascent]
    const xs = [e!, e! + ux, e! + vx, e! + ux + vx]
    const ys = [f!, f! + uy, f! + vy, f! + uy + vy]
    const top = Math.min(...ys)
    const bottom = Math.max(...ys)
    fragments.push({ ...common, x: Math.min(...xs), top, width: Math.max(...xs) - Math.min(...xs), height: bottom - top, baseline: bottom })
  }
  return fragments
}

interface Recognized {
  pages: Map<number, Fragment[]>
  failed: boolean
}

/**
 * OCR boxes are pixels of a rendering at the OcrPage's width × height; scaled to the
 * page's points they go through the same column detection as a text layer.
 */
async function recognize(ocr: OcrRunner, bytes: Uint8Array, pageNumbers: number[], read: PageRead[]): Promise<Recognized> {
  let results: OcrPage[]
  try {
    results = await ocr(bytes, pageNumbers)
  } catch {
    // A failed OCR run (timeout, missing language data) leaves the pages unread, as without OCR; the warning says so.
    return { pages: new Map(), failed: true }
  }
  const pages = new Map<number, Fragment[]>()
  for (const result of results) {
    const page = read.find((candidate) => candidate.page === result.page)
    if (!page || !pageNumbers.includes(result.page) || result.width <= 0 || result.height <= 0) continue
    const fragments = ocrFragments(result, page.width, page.height)
    if (fragments.length > 0) pages.set(result.page, fragments)
  }
  return { pages, failed: false }
}

export function ocrFragments(result: OcrPage, pageWidth: number, pageHeight: number): Fragment[] {
  const sx = pageWidth / result.width
  const sy = pageHeight / result.height
  return result.lines
    .filter((line) => line.text.trim().length > 0 && line.box.height > 0)
    .map((line) => {
      const top = line.box.y * sy
      const height = line.box.height * sy
      return {
        text: line.text.trim(),
        x: line.box.x * sx,
        top,
        width: line.box.width * sx,
        height,
        // A line box runs from ascender to descender, about 1.2 em with the baseline at ~80 %.
        baseline: top + 0.8 * height,
        size: height / 1.2,
        bold: false,
        spaceBefore: false,
        spaceAfter: false,
        lineEnd: true,
        rotated: false,
      }
    })
}

function pdfWarnings(found: {
  unreadablePages: number[]
  unreadByOcr: number[]
  ocrPages: number[]
  unmappedGlyphs: number
  ocrFailed: boolean
}): string[] {
  const warnings: string[] = []
  const { unreadablePages, unreadByOcr, ocrPages, unmappedGlyphs } = found
  if (unreadablePages.length > 0) {
    warnings.push(`${describePages(unreadablePages)} could not be read and ${unreadablePages.length > 1 ? 'were' : 'was'} skipped.`)
  }
  if (ocrPages.length > 0) {
    warnings.push(
      `${describePages(ocrPages)} ${ocrPages.length > 1 ? 'have' : 'has'} no text layer (a scanned image), so ${ocrPages.length > 1 ? 'they were' : 'it was'} read with OCR, which can misread characters. Many applicant tracking systems don't run OCR at all: export the PDF from your editor instead.`
    )
  }
  if (unreadByOcr.length > 0) {
    const plural = unreadByOcr.length > 1
    warnings.push(
      found.ocrFailed
        ? `${describePages(unreadByOcr)} ${plural ? 'have' : 'has'} no text layer (possibly a scanned image) and could not be read with OCR either, so ${plural ? 'their' : 'its'} content is missing.`
        : `${describePages(unreadByOcr)} ${plural ? 'have' : 'has'} no text layer (possibly a scanned image), so ${plural ? 'their' : 'its'} content was not read.`
    )
  }
  if (unmappedGlyphs > 0) {
    warnings.push(
      `${unmappedGlyphs} character${unmappedGlyphs > 1 ? 's' : ''} in this PDF ${unmappedGlyphs > 1 ? 'have' : 'has'} no text equivalent (usually "fi"/"fl" ligatures in the font), so applicant tracking systems may read words like "Certified" as "Certi?ed". Exporting with a different font usually fixes this.`
    )
  }
  return warnings
}

function isTextItem(item: TextContentItem): item is TextItem {
  return 'str' in item
}

function drawsSomething(operators: OperatorList): boolean {
  return operators.fnArray.some((fn, index) => {
    if (fn === OPS.constructPath) return (operators.argsArray[index] as unknown[] | null)?.[0] !== OPS.endPath
    return DRAWING_OPS.has(fn)
  })
}

function isPaintImage(item: TextContentItem): boolean {
  return (item as { type?: string }).type === 'paintImage'
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : (low + high) / 2
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
