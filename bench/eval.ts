/*
|--------------------------------------------------------------------------
| npm run eval — résumé parsing accuracy
|--------------------------------------------------------------------------
|
| Parses every labelled résumé (the shared eval set's resumes/** with a
| .gt.json, plus tests/fixtures/generated) and prints per-field precision,
| recall and F1 against the targets. Rules: docs/accuracy.md.
|
|   npm run eval                          the real pipeline if present, else the baseline
|   npm run eval -- --parser baseline     the naive floor
|   npm run eval -- --only rendercv       documents whose id contains "rendercv"
|   npm run eval -- --misses              every miss of every file
|   npm run eval -- --check               exit 1 when a target is missed
|   npm run eval -- --no-save             don't write bench/results/
|
*/
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { findEvalDir, labelledDocuments, REPO_ROOT, unrenderedGroundTruth } from './lib/corpus.js'
import {
  checkTargets,
  evaluateDocument,
  summarize,
  summarizeBySource,
  worstFiles,
  type FileResult,
  type Summary,
} from './lib/evaluate.js'
import { EVAL_TODAY, loadParser } from './lib/parser.js'
import { fixed, formatTable, saveResults, verdict, type Cell } from './lib/report.js'
import { FIELDS, TARGETS, type FieldName, type Miss } from './lib/score.js'

const { values: args } = parseArgs({
  options: {
    'parser': { type: 'string', default: 'auto' },
    'only': { type: 'string' },
    'misses': { type: 'boolean', default: false },
    'check': { type: 'boolean', default: false },
    'no-save': { type: 'boolean', default: false },
  },
})

const parserChoice = args.parser
if (parserChoice !== 'auto' && parserChoice !== 'sift' && parserChoice !== 'baseline') {
  throw new Error(`--parser must be auto, sift or baseline (got ${parserChoice})`)
}

const FIELD_LABELS: Record<FieldName, string> = {
  'name': 'name',
  'email': 'email',
  'phone': 'phone',
  'url/profiles': 'url / profiles',
  'location.city': 'location city',
  'work.name': 'work company',
  'work.position': 'work position',
  'work.startDate': 'work start',
  'work.endDate': 'work end',
  'education.institution': 'edu institution',
  'education.studyType': 'edu degree',
  'skills': 'skills',
}

const SOURCE_NOTES: Record<string, string> = {
  'rendercv': '1 person × 9 layouts',
  'reactive-resume': '3 content variants × 12 layouts',
  'generated': 'our fictional fixtures',
}

const evalDir = findEvalDir()
const parser = await loadParser(parserChoice)
const documents = (await labelledDocuments(evalDir)).filter((doc) => !args.only || doc.id.includes(args.only))
const options = { today: EVAL_TODAY }

const files: FileResult[] = []
for (const doc of documents) files.push(await evaluateDocument(doc, parser, options))

const summary = summarize(files)
const bySource = summarizeBySource(files)
const worst = worstFiles(files)
const targets = checkTargets(summary)
const skipped = await unrenderedGroundTruth(evalDir)

printReport()

if (!args['no-save']) {
  const path = await saveResults('eval', {
    generatedAt: new Date().toISOString(),
    parser: { name: parser.name, version: parser.version },
    evalDir,
    today: EVAL_TODAY,
    filter: args.only ?? null,
    targets: TARGETS,
    checks: targets,
    summary,
    bySource,
    worst: worst.map((file) => file.id),
    skipped,
    files,
  })
  console.log(`\nSaved ${relative(REPO_ROOT, path)} (and eval-latest.json)`)
}

if (args.check && targets.some((check) => !check.pass)) process.exitCode = 1

function printReport() {
  const counts = Object.entries(bySource)
    .map(([source, s]) => `${source} ${s.documents}`)
    .join(', ')
  console.log(`Sift résumé parsing eval — parser: ${parser.name} ${parser.version} — ${files.length} documents (${counts})`)
  console.log(`eval set: ${evalDir}   "Present" = ${EVAL_TODAY}`)
  if (parser.name === 'baseline') console.log('NOTE: baseline parser (text extraction + regexes), not the Sift pipeline.')
  if (skipped.length) console.log(`skipped (ground truth without a rendered document): ${skipped.join(', ')}`)
  const failed = files.filter((file) => file.error)
  for (const file of failed) console.log(`parse failed: ${file.id}: ${file.error?.split('\n')[0]}`)

  console.log('\n' + fieldTable(summary))
  console.log('\nF1 by source (layouts of the same people, not independent résumés)')
  console.log(sourceTable())
  console.log('\nFive worst files (micro F1 over the file\'s own items)')
  for (const file of worst) {
    console.log(`  ${file.id}  F1 ${fixed(file.micro.f1)}  (TP ${file.micro.tp}, FP ${file.micro.fp}, FN ${file.micro.fn})`)
    if (file.error) console.log(`      parse failed: ${file.error.split('\n')[0]}`)
    for (const miss of file.misses.slice(0, 6)) console.log(`      ${formatMiss(miss)}`)
    if (file.misses.length > 6) console.log(`      … ${file.misses.length - 6} more (--misses)`)
  }
  if (args.misses) {
    console.log('\nAll misses')
    for (const file of files) {
      if (file.misses.length === 0) continue
      console.log(`\n${file.id}  F1 ${fixed(file.micro.f1)}${file.error ? `  (${file.error.split('\n')[0]})` : ''}`)
      for (const miss of file.misses) console.log(`  ${formatMiss(miss)}`)
    }
  }
  console.log('\nTargets')
  console.log(
    formatTable(
      ['target', 'actual', 'goal', ''],
      targets.map((check) => [check.name, fixed(check.actual), check.target, verdict(check.pass)])
    )
  )
}

function fieldTable(s: Summary): string {
  const rows = FIELDS.map((field) => {
    const row = s.fields[field]
    const goal = field === 'skills' ? TARGETS.skillsF1 : TARGETS.fieldF1
    return [
      FIELD_LABELS[field],
      fixed(row.precision),
      fixed(row.recall),
      fixed(row.f1),
      row.tp,
      row.fp,
      row.fn,
      row.f1 === null ? 'not scored' : `≥ ${goal.toFixed(2)} ${verdict(row.f1 >= goal)}`,
    ]
  })
  const m = s.micro
  const microGoal = `≥ ${TARGETS.microF1.toFixed(2)} ${verdict((m.f1 ?? 0) >= TARGETS.microF1)}`
  rows.push(['micro average', fixed(m.precision), fixed(m.recall), fixed(m.f1), m.tp, m.fp, m.fn, microGoal])
  return formatTable(['field', 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'target'], rows)
}

function sourceTable(): string {
  const sources = Object.keys(bySource)
  const rows: Cell[][] = FIELDS.map((field) => [
    FIELD_LABELS[field],
    fixed(summary.fields[field].f1),
    ...sources.map((source) => fixed(bySource[source]?.fields[field].f1)),
  ])
  rows.push(['micro F1', fixed(summary.micro.f1), ...sources.map((source) => fixed(bySource[source]?.micro.f1))])
  rows.push(['documents', summary.documents, ...sources.map((source) => bySource[source]?.documents)])
  const table = formatTable(['field', 'all', ...sources], rows)
  const notes = sources.filter((source) => SOURCE_NOTES[source]).map((source) => `  ${source}: ${SOURCE_NOTES[source]}`)
  return [table, ...notes].join('\n')
}

function formatMiss(miss: Miss): string {
  if (miss.expected !== undefined && miss.predicted !== undefined) return `${miss.field}: expected "${miss.expected}", got "${miss.predicted}"`
  if (miss.expected !== undefined) return `${miss.field}: missed "${miss.expected}"`
  return `${miss.field}: extra "${miss.predicted}"`
}
