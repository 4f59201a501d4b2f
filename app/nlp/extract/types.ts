export type DocumentKind = 'pdf' | 'docx' | 'txt'

export type ExtractionErrorCode =
  | 'empty'
  | 'unsupported_type'
  | 'encrypted'
  | 'corrupt'
  | 'no_text'
  | 'too_many_pages'
  | 'too_large'
  | 'too_long'

export interface ExtractionFailure {
  ok: false
  code: ExtractionErrorCode
  /** Shown to the job seeker as-is, so it must say what to do next. */
  message: string
}

export interface ExtractedDocument {
  kind: DocumentKind
  text: string
  pageCount: number
  warnings: string[]
}

export type ExtractionResult = { ok: true; value: ExtractedDocument } | ExtractionFailure

export type SniffResult = { ok: true; kind: DocumentKind } | ExtractionFailure

export function failure(code: ExtractionErrorCode, message: string): ExtractionFailure {
  return { ok: false, code, message }
}
