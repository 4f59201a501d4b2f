/*
|--------------------------------------------------------------------------
| One job description, end to end
|--------------------------------------------------------------------------
|
| bytes (PDF, DOCX, TXT) → layout → text        ┐
| pasted text ────────────────────────────────── ┴→ parseJob → ParsedJob
|                                                  → section vectors
|
| Runs in the worker pool (re-exported by ./pipeline.ts as the task named
| "analyzeJob"). An uploaded file goes through the same reader, limits and
| failure messages as a résumé. Vectors are optional: when the embedder
| cannot load or fails, the job is still matched on words alone.
|
*/
import { layoutText, readLayout } from './layout/index.js'
import { recognizePdfPages } from './ocr/index.js'
import { failure, type ExtractionFailure } from './extract/types.js'
import { normalizeText } from './extract/index.js'
import { parseJob } from './jobs/parse_job.js'
import type { ParsedJob } from './jobs/types.js'
import { jobPartTexts } from './matching/section_texts.js'
import { embedParts } from './embeddings/parts.js'
import type { SectionVectors } from './embeddings/types.js'

export interface AnalyzeJobTask {
  /** An uploaded file; when given, `text` is ignored. */
  bytes?: Uint8Array
  /** Pasted text, parsed as it is. */
  text?: string
  /** Where an admin-installed embedding model lives (SIFT_MODEL_DIR). */
  modelDir?: string
}

export interface AnalyzedJob {
  ok: true
  /** The ad's text: as pasted, or as read from the file. */
  text: string
  parsed: ParsedJob
  vectors: SectionVectors | null
}

export async function analyzeJob(task: AnalyzeJobTask): Promise<AnalyzedJob | ExtractionFailure> {
  const read = task.bytes ? await readJobFile(task.bytes) : readJobText(task.text ?? '')
  if (!read.ok) return read

  const { text } = read
  const parsed = parseJob(text)
  return { ok: true, text, parsed, vectors: await embedJob(parsed, text, task.modelDir) }
}

type ReadText = { ok: true; text: string } | ExtractionFailure

async function readJobFile(bytes: Uint8Array): Promise<ReadText> {
  const layout = await readLayout(bytes, { ocr: recognizePdfPages })
  if (!layout.ok) return layout
  const text = normalizeText(layoutText(layout.value))
  if (!text) return failure('no_text', 'No readable text was found in this file. Paste the job description instead.')
  return { ok: true, text }
}

function readJobText(text: string): ReadText {
  if (!text.trim()) return failure('empty', 'The job description is empty. Paste its text or upload it as a file.')
  return { ok: true, text }
}

/** Vectors are an extra: when no embedder can load or it fails, the job is matched on words alone. */
async function embedJob(parsed: ParsedJob, text: string, modelDir: string | undefined): Promise<SectionVectors | null> {
  try {
    const parts = jobPartTexts(parsed, text)
    return Object.keys(parts).length ? await embedParts(parts, modelDir) : null
  } catch {
    return null
  }
}
