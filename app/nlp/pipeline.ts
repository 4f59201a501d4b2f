/*
|--------------------------------------------------------------------------
| The NLP pipeline as one task
|--------------------------------------------------------------------------
|
| This module is the entry point of the worker threads (app/services/
| worker_pool.ts). It is framework-free: bytes in, plain data out.
|
*/
import { analyzeResume } from './analyze_resume.js'
import { layoutText } from './layout/index.js'
import { toJsonResume, type JsonResume } from './json_resume.js'
import { scoreResume } from './scoring/index.js'
import type { AtsReport } from './scoring/types.js'
import type { ExtractionFailure } from './extract/types.js'
import type { LayoutDocument, ParsedResume } from './types.js'
import { PIPELINE_VERSION } from './version.js'
import { currentMonth } from './months.js'
import { embedParts } from './embeddings/parts.js'
import type { SectionVectors } from './embeddings/types.js'
import { resumePartTexts } from './matching/section_texts.js'

export interface AnalyzeTask {
  bytes: Uint8Array
  /** Upload month ('YYYY-MM'), what "Present" means in the résumé. */
  today?: string
  maxPages?: number
  /** Where an admin-installed embedding model lives (SIFT_MODEL_DIR); the built-in word vectors otherwise. */
  modelDir?: string
}

export interface AnalyzedDocument {
  text: string
  pageCount: number
  warnings: string[]
  layout: LayoutDocument
  profile: ParsedResume
  jsonResume: JsonResume
  atsReport: AtsReport
  /** Sentence vectors of the résumé's parts, for job matching; null when no embedder could load. */
  vectors: SectionVectors | null
}

export type AnalyzeResult = ({ ok: true; value: AnalyzedDocument } | ExtractionFailure) & { pipelineVersion: string }

export default async function analyzeDocument(task: AnalyzeTask): Promise<AnalyzeResult> {
  const today = task.today ?? currentMonth()
  const result = await analyzeResume(task.bytes, { today, maxPages: task.maxPages })
  if (!result.ok) return { ...result, pipelineVersion: PIPELINE_VERSION }

  const { layout, parsed } = result.value
  return {
    ok: true,
    pipelineVersion: PIPELINE_VERSION,
    value: {
      text: layoutText(layout),
      pageCount: layout.pageCount,
      warnings: layout.warnings,
      layout,
      profile: parsed,
      jsonResume: toJsonResume(parsed, { pipelineVersion: PIPELINE_VERSION }),
      atsReport: scoreResume({ layout, parsed, today }),
      vectors: await embedResume(parsed, layout, task.modelDir),
    },
  }
}

/** Vectors are an extra: a failing embedder leaves matching to words alone, never fails the analysis. */
async function embedResume(parsed: ParsedResume, layout: LayoutDocument, modelDir?: string): Promise<SectionVectors | null> {
  try {
    const parts = resumePartTexts(parsed, layout.lines)
    return Object.keys(parts).length ? await embedParts(parts, modelDir) : null
  } catch {
    return null
  }
}

export { analyzeJob } from './job_pipeline.js'
