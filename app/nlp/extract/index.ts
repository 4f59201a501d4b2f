/*
|--------------------------------------------------------------------------
| Plain text of a résumé
|--------------------------------------------------------------------------
|
| What the app stores and shows as "the text": the layout reader's lines
| (../layout), in reading order, as text. Kept as its own entry point so
| callers that only want text don't deal with lines and flags.
|
*/
import { layoutText, readLayout } from '../layout/index.js'
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
export { DEFAULT_MAX_BYTES } from '../layout/index.js'

export interface ExtractOptions {
  maxPages?: number
  maxBytes?: number
}

/**
 * Never throws for a bad file: every failure a user can cause comes back as a typed
 * ExtractionFailure whose message can be shown to them verbatim. Pages without a
 * text layer stay unread here; OCR belongs to the full analysis (../analyze_resume.ts).
 */
export async function extractText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const layout = await readLayout(bytes, { maxPages: options.maxPages, maxBytes: options.maxBytes, ocr: false })
  if (!layout.ok) return layout

  const { kind, pageCount, warnings } = layout.value
  const text = normalizeText(layoutText(layout.value))
  if (text.length === 0) {
    return failure('no_text', 'No readable text was found in this file.')
  }
  return { ok: true, value: { kind, text, pageCount, warnings } }
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
