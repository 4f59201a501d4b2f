/*
|--------------------------------------------------------------------------
| The parser under test, behind one small interface
|--------------------------------------------------------------------------
|
| `sift` is the real pipeline: analyzeResume → toJsonResume. `baseline` is a
| deliberately naive reader (text extraction + a few regular expressions)
| that shows the floor any parser must beat and keeps the harness runnable
| while the pipeline is being built.
|
*/
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { extractText } from '../../app/nlp/extract/index.js'
import type { ExtractionFailure } from '../../app/nlp/extract/types.js'
import type { ParsedResume, ResumeAnalysis } from '../../app/nlp/types.js'
import { REPO_ROOT } from './corpus.js'
import type { JsonResumeLike } from './score.js'

export interface ParseOptions {
  /** 'YYYY-MM': what "Present" means; fixed so runs are comparable. */
  today: string
  ocr?: boolean
}

export type ParseOutcome = { ok: true; resume: JsonResumeLike } | { ok: false; code: string; message: string }

export interface ResumeParser {
  name: 'sift' | 'baseline'
  /** The pipeline version the results belong to. */
  version: string
  parse(bytes: Uint8Array, options: ParseOptions): Promise<ParseOutcome>
}

/** The month the ground truth's "Present" was written against; any fixed month works. */
export const EVAL_TODAY = '2026-11'

type AnalyzeResume = (
  bytes: Uint8Array,
  options?: { today?: string; maxPages?: number; ocr?: boolean }
) => Promise<{ ok: true; value: ResumeAnalysis } | ExtractionFailure>
type ToJsonResume = (parsed: ParsedResume) => Record<string, unknown>

const PIPELINE_FILES = ['app/nlp/analyze_resume.ts', 'app/nlp/json_resume.ts'] as const

/** True once the pipeline's entry points exist in this checkout. */
export function siftParserAvailable(): boolean {
  return PIPELINE_FILES.every((file) => existsSync(join(REPO_ROOT, file)))
}

/**
 * Loaded by path, not by a static import, so the harness also runs (with the baseline)
 * in a checkout where the pipeline is missing or mid-rewrite.
 */
export async function loadSiftParser(): Promise<ResumeParser> {
  const importFile = (file: string) => import(pathToFileURL(join(REPO_ROOT, file)).href)
  const [analyzeModule, jsonModule, versionModule] = await Promise.all([
    importFile(PIPELINE_FILES[0]),
    importFile(PIPELINE_FILES[1]),
    importFile('app/nlp/version.ts'),
  ])
  const analyzeResume = analyzeModule.analyzeResume as AnalyzeResume
  const toJsonResume = jsonModule.toJsonResume as ToJsonResume
  return {
    name: 'sift',
    version: String(versionModule.PIPELINE_VERSION),
    async parse(bytes, options) {
      const result = await analyzeResume(bytes, { today: options.today, ocr: options.ocr })
      if (!result.ok) return { ok: false, code: result.code, message: result.message }
      return { ok: true, resume: toJsonResume(result.value.parsed) as JsonResumeLike }
    },
  }
}

/** `auto`: the pipeline when it loads, else the baseline with a warning on stderr (`sift` fails instead). */
export async function loadParser(choice: 'auto' | 'sift' | 'baseline'): Promise<ResumeParser> {
  if (choice === 'baseline') return baselineParser
  if (choice === 'sift') return loadSiftParser()
  if (!siftParserAvailable()) {
    console.warn(`The Sift pipeline (${PIPELINE_FILES.join(', ')}) is not in this checkout; using the baseline parser.`)
    return baselineParser
  }
  try {
    return await loadSiftParser()
  } catch (error) {
    console.warn(`The Sift pipeline failed to load, using the baseline parser: ${error instanceof Error ? error.message : String(error)}`)
    return baselineParser
  }
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,}\d/
const URL_PATTERN = /\b(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/[\w./-]*)?/i

/** First line, first e-mail, first phone-looking run, first non-mail URL. No sections, no work, no skills. */
export const baselineParser: ResumeParser = {
  name: 'baseline',
  version: 'baseline-1',
  async parse(bytes) {
    const extracted = await extractText(bytes)
    if (!extracted.ok) return { ok: false, code: extracted.code, message: extracted.message }
    const lines = extracted.value.text.split('\n').map((line) => line.trim()).filter(Boolean)
    const text = lines.join('\n')
    const email = EMAIL.exec(text)?.[0]
    const withoutEmails = text.replace(new RegExp(EMAIL.source, 'g'), ' ')
    const url = URL_PATTERN.exec(withoutEmails)?.[0]
    return {
      ok: true,
      resume: {
        basics: {
          name: lines[0],
          email,
          phone: PHONE.exec(withoutEmails)?.[0]?.trim(),
          url: url && (/^https?:/.test(url) ? url : `https://${url}`),
          profiles: [],
        },
        work: [],
        education: [],
        skills: [],
      },
    }
  },
}
