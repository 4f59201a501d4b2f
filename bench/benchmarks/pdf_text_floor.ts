/*
| The floor under PDF parsing: pdf.js opening the document and returning each
| page's text items (getDocument + getTextContent), with no line building or
| layout. The pipeline can't be faster than this; the ratio says what our
| own work costs on top. pdf.js is the copy npm install patched
| (scripts/patch_pdfjs.mjs): its text content also carries font weights and
| images, which is what lets the pipeline read a page in one pass.
*/
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { pdfjsPatched } from '../../app/nlp/layout/pdfjs_extras.js'
import { defineBenchmark } from '../lib/registry.js'
import { fixed, formatTable, verdict } from '../lib/report.js'
import { median, timeOnce } from '../lib/timing.js'
import { GROUPS, groupStats, ms, type DocumentTimings } from './stats.js'

/** Target from the issue: parsing costs at most 1.5× the raw text extraction. */
export const RATIO_TARGET = 1.5

/** Same loading options as app/nlp/layout/pdf.ts, so the comparison is like for like. */
async function rawPdfText(bytes: Uint8Array): Promise<number> {
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
  async run({ documents, parser, runs }) {
    const pdfs = documents.filter((doc) => doc.format === 'pdf')
    const parse = (bytes: Uint8Array) => parser.parse(bytes, { today: '2026-11', ocr: false })
    for (const doc of pdfs) {
      await rawPdfText(doc.bytes)
      await parse(doc.bytes)
    }

    // Paired runs: raw and parse alternate on the same file (swapping which goes first), so a
    // busy neighbour or a GC phase slows both sides alike instead of skewing the ratio.
    const raws: DocumentTimings[] = []
    const parses: DocumentTimings[] = []
    for (const doc of pdfs) {
      const raw: number[] = []
      const parsed: number[] = []
      for (let run = 0; run < runs; run++) {
        if (run % 2 === 0) {
          raw.push(await timeOnce(() => rawPdfText(doc.bytes)))
          parsed.push(await timeOnce(() => parse(doc.bytes)))
        } else {
          parsed.push(await timeOnce(() => parse(doc.bytes)))
          raw.push(await timeOnce(() => rawPdfText(doc.bytes)))
        }
      }
      raws.push({ id: doc.id, format: doc.format, pageCount: doc.pageCount, samples: raw })
      parses.push({ id: doc.id, format: doc.format, pageCount: doc.pageCount, samples: parsed })
    }
    const patched = pdfjsPatched()

    const rows = GROUPS.filter((group) => group.group.startsWith('PDF')).map((group) => {
      const raw = groupStats(raws, group)
      const parsed = groupStats(parses, group)
      const ratio = raw.medianMs && parsed.medianMs !== null ? parsed.medianMs / raw.medianMs : null
      // Per-file ratios too: one slow file can't hide behind the medians of the others.
      const perFile = median(
        raws.flatMap((doc, index) => {
          if (!group.includes(doc)) return []
          const parsedMedian = median(parses[index]!.samples)
          const rawMedian = median(doc.samples)
          return parsedMedian !== null && rawMedian ? [parsedMedian / rawMedian] : []
        })
      )
      return { group: group.group, raw, parsedMedianMs: parsed.medianMs, ratio, medianPerFileRatio: perFile }
    })

    const pdfRow = rows.find((row) => row.group === 'PDF')
    const check = {
      name: 'parse ÷ raw pdf.js text, PDF medians',
      target: `≤ ${RATIO_TARGET}×`,
      actual: pdfRow?.ratio ?? null,
      pass: pdfRow?.ratio !== null && pdfRow?.ratio !== undefined && pdfRow.ratio <= RATIO_TARGET,
    }
    const table = formatTable(
      ['PDFs', 'files', 'raw median ms', 'raw p95 ms', 'parse median ms', 'ratio', 'median per-file ratio'],
      rows.map((row) => [
        row.group,
        row.raw.files,
        ms(row.raw.medianMs),
        ms(row.raw.p95Ms),
        ms(row.parsedMedianMs),
        row.ratio === null ? null : `${fixed(row.ratio, 2)}×`,
        row.medianPerFileRatio === null ? null : `${fixed(row.medianPerFileRatio, 2)}×`,
      ])
    )
    const note = patched
      ? 'pdf.js worker patched: fonts, images and links come with the text pass'
      : 'pdf.js worker NOT patched (run `node scripts/patch_pdfjs.mjs`): parsing adds an operator-list pass per page'
    return {
      name: 'pdf-text-floor',
      title: `Raw pdf.js text extraction (getDocument + getTextContent per page, no layout) beside ${parser.name} parse, ${runs} paired runs per file`,
      text: `${table}\n${note}\ntarget: parse ${check.target} raw → ${check.actual === null ? '—' : `${fixed(check.actual, 2)}×`} ${verdict(check.pass)}`,
      checks: [check],
      data: { parser: { name: parser.name, version: parser.version }, pdfjsPatched: patched, rows, raw: raws, parse: parses },
    }
  },
})
