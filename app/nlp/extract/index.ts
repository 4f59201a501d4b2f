import { extractDocx } from './docx.js'
import { DEFAULT_MAX_PAGES, extractPdf } from './pdf.js'
import { sniffDocument } from './sniff.js'
import { extractTxt } from './txt.js'
import { failure, type ExtractionResult } from './types.js'

export type {
  DocumentKind,
  ExtractedDocument,
  ExtractionErrorCode,
  ExtractionFailure,
  ExtractionResult,
  SniffResult,
} from './types.js'
export { sniffDocument } from './sniff.js'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

export interface ExtractOptions {
  maxPages?: number
  maxBytes?: number
}

/**
 * Never throws for a bad file: every failure a user can cause comes back as a typed
 * ExtractionFailure whose message can be shown to them verbatim.
 */
export async function extractText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.byteLength > maxBytes) {
    return failure(
      'too_large',
      `This file is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(maxBytes)}. Export a smaller version (for example without embedded photos) and upload again.`
    )
  }

  const sniffed = sniffDocument(bytes)
  if (!sniffed.ok) return sniffed

  let result: ExtractionResult
  try {
    switch (sniffed.kind) {
      case 'pdf':
        result = await extractPdf(bytes, { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES })
        break
      case 'docx':
        result = await extractDocx(bytes)
        break
      case 'txt':
        result = extractTxt(bytes)
        break
    }
  } catch {
    // The readers map the failures they know about; anything else is still the file's fault as far as the user can act on it.
    return failure('corrupt', "This file is damaged or in a form we can't read. Export it again as PDF or DOCX and re-upload.")
  }
  if (!result.ok) return result

  const text = normalizeText(result.value.text)
  if (text.length === 0) {
    return failure('no_text', 'No readable text was found in this file.')
  }
  return { ok: true, value: { ...result.value, text } }
}

/** Makes output comparable across formats: downstream matching shouldn't care which reader produced a line. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\f\v\u2028\u2029]/g, '\n')
    // Stray control characters (from PDF fonts without a proper ToUnicode map, old editors) break tokenizers.
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim()
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
