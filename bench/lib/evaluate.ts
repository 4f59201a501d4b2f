/*
|--------------------------------------------------------------------------
| Running the parser over the labelled documents and pooling the scores
|--------------------------------------------------------------------------
*/
import { performance } from 'node:perf_hooks'
import { readDocument, readGroundTruth, type LabelledDocument } from './corpus.js'
import type { ParseOptions, ResumeParser } from './parser.js'
import type { TargetCheck } from './report.js'
import {
  FIELDS,
  TARGETS,
  addTally,
  emptyFieldTallies,
  microTally,
  rates,
  scoreResume,
  type FieldName,
  type JsonResumeLike,
  type Miss,
  type Rates,
  type Tally,
} from './score.js'

export interface FileResult {
  id: string
  source: string
  format: string
  /** Parse failures are scored as an empty résumé; the reason is kept here. */
  error?: string
  ms: number
  fields: Record<FieldName, Tally>
  micro: Tally & Rates
  misses: Miss[]
  /** What the parser exported, saved with the results so a miss can be looked at without re-running. */
  predicted: JsonResumeLike
}

export interface FieldSummary extends Tally, Rates {}

export interface Summary {
  documents: number
  fields: Record<FieldName, FieldSummary>
  micro: FieldSummary
}

export async function evaluateDocument(doc: LabelledDocument, parser: ResumeParser, options: ParseOptions): Promise<FileResult> {
  const [bytes, gt] = await Promise.all([readDocument(doc), readGroundTruth(doc)])
  const started = performance.now()
  let error: string | undefined
  let predicted: JsonResumeLike = {}
  try {
    const outcome = await parser.parse(bytes, options)
    if (outcome.ok) predicted = outcome.resume
    else error = `${outcome.code}: ${outcome.message}`
  } catch (exception) {
    // A crash on one file is a finding to report, not a reason to lose the other results.
    error = `exception: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`
  }
  const ms = performance.now() - started
  const { fields, misses } = scoreResume(gt, predicted)
  const micro = microTally(fields)
  return { id: doc.id, source: doc.source, format: doc.format, error, ms, fields, micro: { ...micro, ...rates(micro) }, misses, predicted }
}

export function summarize(files: FileResult[]): Summary {
  const tallies = emptyFieldTallies()
  for (const file of files) for (const field of FIELDS) addTally(tallies[field], file.fields[field])
  const fields = Object.fromEntries(FIELDS.map((field) => [field, { ...tallies[field], ...rates(tallies[field]) }])) as Record<
    FieldName,
    FieldSummary
  >
  const micro = microTally(tallies)
  return { documents: files.length, fields, micro: { ...micro, ...rates(micro) } }
}

export function summarizeBySource(files: FileResult[]): Record<string, Summary> {
  const sources = [...new Set(files.map((file) => file.source))]
  return Object.fromEntries(sources.map((source) => [source, summarize(files.filter((file) => file.source === source))]))
}

/** Lowest micro F1 first; a file with nothing scored can't be "worst". */
export function worstFiles(files: FileResult[], count = 5): FileResult[] {
  return files
    .filter((file) => file.micro.f1 !== null)
    .toSorted((a, b) => (a.micro.f1 ?? 0) - (b.micro.f1 ?? 0) || a.id.localeCompare(b.id))
    .slice(0, count)
}

export function checkTargets(summary: Summary): TargetCheck[] {
  const scored = FIELDS.filter((field) => summary.fields[field].f1 !== null)
  const lowest = scored.toSorted((a, b) => (summary.fields[a].f1 ?? 0) - (summary.fields[b].f1 ?? 0))[0]
  const lowestF1 = lowest ? summary.fields[lowest].f1 : null
  const skillsF1 = summary.fields.skills.f1
  return [
    { name: 'micro F1', target: `≥ ${TARGETS.microF1.toFixed(2)}`, actual: summary.micro.f1, pass: (summary.micro.f1 ?? 0) >= TARGETS.microF1 },
    { name: 'skills F1', target: `≥ ${TARGETS.skillsF1.toFixed(2)}`, actual: skillsF1, pass: (skillsF1 ?? 0) >= TARGETS.skillsF1 },
    {
      name: `lowest field F1${lowest ? ` (${lowest})` : ''}`,
      target: `≥ ${TARGETS.fieldF1.toFixed(2)}`,
      actual: lowestF1,
      pass: (lowestF1 ?? 0) >= TARGETS.fieldF1,
    },
  ]
}
