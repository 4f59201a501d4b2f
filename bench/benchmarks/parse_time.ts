/*
| Parse time of the whole pipeline (bytes → ParsedResume), per format, without OCR.
*/
import { defineBenchmark, type BenchDocument } from '../lib/registry.js'
import { formatTable, verdict } from '../lib/report.js'
import { timeRuns } from '../lib/timing.js'
import { GROUPS, groupStats, ms, type DocumentTimings, type GroupStats } from './stats.js'

export interface ParseTimeData {
  parser: { name: string; version: string }
  groups: GroupStats[]
  documents: Array<DocumentTimings & { failed?: string }>
}

/** Target from the issue: a typical (2-page) PDF résumé parses in 100 ms or less, OCR off. */
export const PDF_MEDIAN_TARGET_MS = 100

export default defineBenchmark({
  name: 'parse',
  async run({ documents, parser, runs }) {
    const options = { today: '2026-11', ocr: false }
    const parse = (doc: BenchDocument) => parser.parse(doc.bytes, options)

    // One untimed pass over everything: JIT, pdf.js's lazy modules and any taxonomy load happen here.
    const failures = new Map<string, string>()
    for (const doc of documents) {
      const outcome = await parse(doc)
      if (!outcome.ok) failures.set(doc.id, outcome.code)
    }

    const timings: ParseTimeData['documents'] = []
    for (const doc of documents) {
      const samples = await timeRuns(() => parse(doc), runs)
      timings.push({ id: doc.id, format: doc.format, pageCount: doc.pageCount, samples, failed: failures.get(doc.id) })
    }

    const groups = GROUPS.map((group) => groupStats(timings, group))
    const twoPage = groups.find((group) => group.group === 'PDF, 2 pages')
    const check = {
      name: 'parse median, 2-page PDF (no OCR)',
      target: `≤ ${PDF_MEDIAN_TARGET_MS} ms`,
      actual: twoPage?.medianMs ?? null,
      pass: (twoPage?.medianMs ?? Infinity) <= PDF_MEDIAN_TARGET_MS,
    }
    const table = formatTable(
      ['format', 'files', 'runs', 'median ms', 'p95 ms', 'max ms', 'median ms/page'],
      groups.map((g) => [g.group, g.files, g.runs, ms(g.medianMs), ms(g.p95Ms), ms(g.maxMs), ms(g.medianMsPerPage)])
    )
    const failed = [...failures].map(([id, code]) => `  parse failed (timed anyway): ${id} (${code})`)
    const data: ParseTimeData = { parser: { name: parser.name, version: parser.version }, groups, documents: timings }
    return {
      name: 'parse',
      title: `Parse time — ${parser.name} ${parser.version}, OCR off, ${runs} runs per file after a warm-up pass`,
      text: [table, ...failed, `target: ${check.target} median per 2-page PDF → ${ms(check.actual)} ms ${verdict(check.pass)}`].join('\n'),
      checks: [check],
      data,
    }
  },
})
