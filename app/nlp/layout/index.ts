/*
|--------------------------------------------------------------------------
| Layout: bytes → lines in reading order, with layout flags
|--------------------------------------------------------------------------
|
| The first stage of the pipeline (see ../types.ts). PDF pages are read from
| pdf.js text items and put in the order a column-aware ATS reads them
| (reading_order.ts); pages without a text layer go through an OCR runner
| when one is given. DOCX is read from mammoth's document tree plus the parts
| mammoth skips (headers, footers, text boxes). Never throws for a bad file:
| what a user can cause comes back as a typed ExtractionFailure.
|
*/
import { failure, type ExtractionFailure } from '../extract/types.js'
import { sniffDocument } from '../extract/sniff.js'
import type { Box, LayoutDocument } from '../types.js'
import { readDocx } from './docx.js'
import { readPdf } from './pdf.js'
import { readTxt } from './txt.js'

export { DEFAULT_MAX_PAGES } from './pdf.js'

export type LayoutResult = { ok: true; value: LayoutDocument } | ExtractionFailure

export interface LayoutOptions {
  maxPages?: number
  maxBytes?: number
  /** Reads PDF pages that have no text layer; false (or absent) leaves them unread. */
  ocr?: OcrRunner | false
}

/** Same contract as recognizePdfPages in ../ocr: boxes are pixels of a rendering at width × height. */
export type OcrRunner = (bytes: Uint8Array, pages: number[]) => Promise<OcrPage[]>

export interface OcrPage {
  page: number
  width: number
  height: number
  lines: Array<{ text: string; box: Box; confidence: number }>
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
/**
 * About 50 dense pages. Reading time grows faster than the text (every line is weighed against
 * its neighbours), so a 3 MB text file would hold a worker thread for a minute before its time
 * limit; past this many lines it is refused at once. The longest real résumé in the eval set has
 * under 600 lines.
 */
export const MAX_LINES = 3000

export async function readLayout(bytes: Uint8Array, options: LayoutOptions = {}): Promise<LayoutResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.byteLength > maxBytes) {
    return failure(
      'too_large',
      `This file is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(maxBytes)}. Export a smaller version (for example without embedded photos) and upload again.`
    )
  }

  const sniffed = sniffDocument(bytes)
  if (!sniffed.ok) return sniffed

  try {
    const read = await readKind(sniffed.kind, bytes, options)
    if (read.ok && read.value.lines.length > MAX_LINES) {
      return failure(
        'too_long',
        `This file holds ${read.value.lines.length.toLocaleString('en-US')} lines of text, far more than a résumé; Sift reads up to ${MAX_LINES.toLocaleString('en-US')} (about 50 pages). Upload just your résumé.`
      )
    }
    return read
  } catch {
    // The readers map the failures they know about; anything else is still the file's fault as far as the user can act on it.
    return failure('corrupt', "This file is damaged or in a form we can't read. Export it again as PDF or DOCX and re-upload.")
  }
}

async function readKind(kind: 'pdf' | 'docx' | 'txt', bytes: Uint8Array, options: LayoutOptions): Promise<LayoutResult> {
  switch (kind) {
    case 'pdf':
      return readPdf(bytes, { maxPages: options.maxPages, ocr: options.ocr })
    case 'docx':
      return readDocx(bytes)
    case 'txt':
      return readTxt(bytes)
  }
}

/** The lines as plain text: one per line, a blank line between pages. */
export function layoutText(layout: LayoutDocument): string {
  let text = ''
  let page: number | undefined
  for (const line of layout.lines) {
    if (page !== undefined) text += line.page === page ? '\n' : '\n\n'
    text += line.text
    page = line.page
  }
  return text
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
