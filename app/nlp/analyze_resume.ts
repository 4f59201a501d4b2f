/*
|--------------------------------------------------------------------------
| One résumé, end to end
|--------------------------------------------------------------------------
|
| bytes → layout (reading order, flags; OCR for pages without text)
|       → sections → entities → skills → ParsedResume
|
| Deterministic for the same bytes, options and pipeline version.
|
*/
import { readLayout } from './layout/index.js'
import { recognizePdfPages } from './ocr/index.js'
import { detectSections } from './sections/index.js'
import { extractEntities } from './entities/index.js'
import { extractSkills } from './skills/index.js'
import type { ExtractionFailure } from './extract/types.js'
import type { ParsedResume, ResumeAnalysis } from './types.js'
import { PIPELINE_VERSION } from './version.js'
import { currentMonth } from './months.js'

export interface AnalyzeOptions {
  /** The upload month ('YYYY-MM'): what "Present" means. Defaults to the current month. */
  today?: string
  maxPages?: number
  /** Read pages without a text layer through OCR (default true). */
  ocr?: boolean
}

export type AnalyzeResult = { ok: true; value: ResumeAnalysis } | ExtractionFailure

export async function analyzeResume(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const today = options.today ?? currentMonth()
  const layout = await readLayout(bytes, {
    maxPages: options.maxPages,
    ocr: options.ocr === false ? false : recognizePdfPages,
  })
  if (!layout.ok) return layout

  const { lines } = layout.value
  const sections = detectSections(lines)
  const entities = extractEntities(lines, sections, { today })
  const skills = extractSkills(lines, sections, entities.work, { today })
  const parsed: ParsedResume = { ...entities, skills }
  return { ok: true, value: { pipelineVersion: PIPELINE_VERSION, layout: layout.value, parsed } }
}
