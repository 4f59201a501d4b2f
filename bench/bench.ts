/*
|--------------------------------------------------------------------------
| npm run bench — how fast résumés are read and matched
|--------------------------------------------------------------------------
|
| Runs the registered benchmarks (bench/benchmarks/index.ts) over every
| résumé document of the shared eval set (PDF and DOCX, labelled or not)
| and the generated fixtures (PDF, DOCX, TXT); `match` also parses the job
| ads and bench/match_set (bench/benchmarks/match_time.ts).
|
|   npm run bench
|   npm run bench -- --runs 10                more timed runs per file (default 5)
|   npm run bench -- --only parse             one benchmark (comma-separated names: parse, pdf-text-floor, match)
|   npm run bench -- --parser baseline        time the naive baseline instead
|   npm run bench -- --no-save                don't write bench/results/
|
| Timings depend on the machine: compare runs on the same one.
|
*/
import { cpus } from 'node:os'
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { BENCHMARKS } from './benchmarks/index.js'
import { allResumeDocuments, findEvalDir, readDocument, REPO_ROOT, type CorpusDocument } from './lib/corpus.js'
import { loadParser } from './lib/parser.js'
import type { BenchDocument, BenchmarkSection } from './lib/registry.js'
import { fixed, formatTable, saveResults, verdict } from './lib/report.js'
import { peakRssMb } from './lib/timing.js'

const { values: args } = parseArgs({
  options: {
    'runs': { type: 'string', default: '5' },
    'only': { type: 'string' },
    'parser': { type: 'string', default: 'auto' },
    'no-save': { type: 'boolean', default: false },
  },
})

const runs = Number.parseInt(args.runs, 10)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer (got ${args.runs})`)
const parserChoice = args.parser
if (parserChoice !== 'auto' && parserChoice !== 'sift' && parserChoice !== 'baseline') {
  throw new Error(`--parser must be auto, sift or baseline (got ${parserChoice})`)
}
const only = args.only?.split(',').map((name) => name.trim())
const unknown = only?.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name)) ?? []
if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`)

const evalDir = findEvalDir()
const parser = await loadParser(parserChoice)
const documents = await Promise.all((await allResumeDocuments(evalDir)).map(loadBenchDocument))

const counts = ['pdf', 'docx', 'txt'].map((format) => `${documents.filter((doc) => doc.format === format).length} ${format.toUpperCase()}`)
console.log(`Sift bench — parser: ${parser.name} ${parser.version} — ${documents.length} documents (${counts.join(', ')})`)
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; eval set: ${evalDir}`)
if (parser.name === 'baseline') console.log('NOTE: baseline parser (text extraction + regexes), not the Sift pipeline.')

const sections = new Map<string, BenchmarkSection>()
for (const benchmark of BENCHMARKS) {
  if (only && !only.includes(benchmark.name)) continue
  const section = await benchmark.run({ documents, parser, runs, sections })
  sections.set(section.name, section)
  console.log(`\n${section.title}\n${section.text}`)
}

const rssMb = peakRssMb()
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024
const checks = [...sections.values()].flatMap((section) => section.checks)
console.log(`\nPeak RSS ${fixed(rssMb, 0)} MB (heap in use at the end ${fixed(heapMb, 0)} MB)`)
console.log('\nTargets')
console.log(formatTable(['target', 'actual', 'goal', ''], checks.map((check) => [check.name, fixed(check.actual, 2), check.target, verdict(check.pass)])))

if (!args['no-save']) {
  const path = await saveResults('bench', {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu: { model: cpus()[0]?.model ?? null, count: cpus().length },
    parser: { name: parser.name, version: parser.version },
    runs,
    documents: documents.map(({ id, format, pageCount }) => ({ id, format, pageCount })),
    peakRssMb: rssMb,
    checks,
    sections: Object.fromEntries([...sections].map(([name, section]) => [name, { title: section.title, checks: section.checks, data: section.data }])),
  })
  console.log(`\nSaved ${relative(REPO_ROOT, path)} (and bench-latest.json)`)
}

async function loadBenchDocument(doc: CorpusDocument): Promise<BenchDocument> {
  const bytes = await readDocument(doc)
  return { ...doc, bytes, pageCount: doc.format === 'pdf' ? await countPdfPages(bytes) : 1 }
}

/** Untimed; 0 for a PDF pdf.js can't open (it is still timed: failing fast is part of the job). */
async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 })
  try {
    return (await task.promise).numPages
  } catch {
    return 0
  } finally {
    await task.destroy()
  }
}
