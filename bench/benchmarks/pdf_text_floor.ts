/*
| The floor under PDF parsing: pdf.js opening the document and returning each
| page's text items (getDocument + getTextContent), with no line building or
| layout. The pipeline can't be faster than this; the ratio says what our
| own work costs on top.
*/
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { defineBenchmark } from '../lib/registry.js'
import { fixed, formatTable, verdict } from '../lib/report.js'
import { median, timeRuns } from '../lib/timing.js'
import type { ParseTimeData } from './parse_time.js'
import { GROUPS, groupStats, ms, type DocumentTimings } from './stats.js'

/** Target from the issue: parsing costs at most 1.5× the raw text extraction. */
export const RATIO_TARGET = 1.5

/**
 * Same loading options as app/nlp/extract/pdf.ts, so the comparison is like for like.
 * `withOperators` also runs getOperatorList per page (what loads fonts and shows images):
 * not part of the floor, but it shows how much of the gap that one call is.
 */
async function rawPdfText(bytes: Uint8Array, withOperators = false): Promise<number> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: 0,
    stopAtErrors: false,
  })
  try {
    const doc = await task.promise
    let items = 0
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber)
      if (withOperators) items += (await page.getOperatorList()).fnArray.length
      items += (await page.getTextContent()).items.length
      page.cleanup()
    }
    return items
  } finally {
    await task.destroy()
  }
}

export default defineBenchmark({
  name: 'pdf-text-floor',
  async run({ documents, runs, sections }) {
    const pdfs = documents.filter((doc) => doc.format === 'pdf')
    for (const doc of pdfs) await rawPdfText(doc.bytes)

    const timings: DocumentTimings[] = []
    const withOperators: DocumentTimings[] = []
    for (const doc of pdfs) {
      timings.push({ id: doc.id, format: doc.format, pageCount: doc.pageCount, samples: await timeRuns(() => rawPdfText(doc.bytes), runs) })
      const samples = await timeRuns(() => rawPdfText(doc.bytes, true), runs, 1)
      withOperators.push({ id: doc.id, format: doc.format, pageCount: doc.pageCount, samples })
    }

    const parse = sections.get('parse')?.data as ParseTimeData | undefined
    const parsedById = new Map(parse?.documents.map((doc) => [doc.id, doc]))
    const rows = GROUPS.filter((group) => group.group.startsWith('PDF')).map((group) => {
      const raw = groupStats(timings, group)
      const parsed = groupStats(
        timings.flatMap((doc) => {
          const match = parsedById.get(doc.id)
          return match ? [match] : []
        }),
        group
      )
      const ratio = raw.medianMs && parsed.medianMs !== null ? parsed.medianMs / raw.medianMs : null
      // Per-file ratios too: one slow file can't hide behind the medians of the others.
      const perFile = median(
        timings.filter(group.includes).flatMap((doc) => {
          const parsedMedian = median(parsedById.get(doc.id)?.samples ?? [])
          const rawMedian = median(doc.samples)
          return parsedMedian !== null && rawMedian ? [parsedMedian / rawMedian] : []
        })
      )
      const operators = groupStats(withOperators, group)
      return { group: group.group, raw, withOperatorsMedianMs: operators.medianMs, parsedMedianMs: parsed.medianMs, ratio, medianPerFileRatio: perFile }
    })

    const pdfRow = rows.find((row) => row.group === 'PDF')
    const check = {
      name: 'parse ÷ raw pdf.js text, PDF medians',
      target: `≤ ${RATIO_TARGET}×`,
      actual: pdfRow?.ratio ?? null,
      pass: pdfRow?.ratio !== null && pdfRow?.ratio !== undefined && pdfRow.ratio <= RATIO_TARGET,
    }
    const table = formatTable(
      ['PDFs', 'files', 'raw median ms', 'raw p95 ms', '+ operator list', 'parse median ms', 'ratio', 'median per-file ratio'],
      rows.map((row) => [
        row.group,
        row.raw.files,
        ms(row.raw.medianMs),
        ms(row.raw.p95Ms),
        ms(row.withOperatorsMedianMs),
        ms(row.parsedMedianMs),
        row.ratio === null ? null : `${fixed(row.ratio, 2)}×`,
        row.medianPerFileRatio === null ? null : `${fixed(row.medianPerFileRatio, 2)}×`,
      ])
    )
    const note = parse ? '' : '\n(no parse section in this run: ratios need `--only parse,pdf-text-floor` or a full run)'
    return {
      name: 'pdf-text-floor',
      title: `Raw pdf.js text extraction (getDocument + getTextContent per page, no layout), ${runs} runs per file`,
      text: `${table}${note}\n"+ operator list": the floor plus getOperatorList per page (diagnostic, not the floor)\ntarget: parse ${check.target} raw → ${check.actual === null ? '—' : `${fixed(check.actual, 2)}×`} ${verdict(check.pass)}`,
      checks: [check],
      data: { rows, documents: timings, withOperatorList: withOperators },
    }
  },
})
