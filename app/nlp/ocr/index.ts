/*
|--------------------------------------------------------------------------
| OCR of PDF pages without a text layer
|--------------------------------------------------------------------------
|
| page → pdf.js (legacy build, its own @napi-rs/canvas factory) → PNG
|      → tesseract.js (LSTM, English, one cached worker thread) → lines
|
| Fully offline: the tesseract core is required from node_modules by the
| tesseract.js Node worker, and the language data is read from the
| @tesseract.js-data/eng package. Nothing is fetched, and nothing is cached
| on disk (tesseract.js would otherwise write eng.traineddata into the cwd).
|
*/
import diagnosticsChannel from 'node:diagnostics_channel'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs'
// tesseract.js is CommonJS: its default export is the reliable way in from ESM.
import Tesseract from 'tesseract.js'
import type { Canvas } from '@napi-rs/canvas'
import type { Box } from '../types.js'

export interface OcrLine {
  text: string
  /** The line's bounding box in pixels of the rendered image (not PDF points). */
  box: Box
  /** Tesseract's line confidence, 0–100. */
  confidence: number
}

export interface OcrPage {
  /** 1-based page number. */
  page: number
  /** Size of the rendered image in pixels: divide a box by these to map it onto the page. */
  width: number
  height: number
  /** In rows, top to bottom, and left to right within a row. */
  lines: OcrLine[]
}

export interface OcrOptions {
  /** Render scale: 1 = 72 dpi. 2 (144 dpi) reads body text well and keeps an A4 page near 1200×1700 px. */
  scale?: number
  /** Budget for the whole call (all pages), in milliseconds. */
  timeoutMs?: number
}

export const DEFAULT_SCALE = 2
export const DEFAULT_TIMEOUT_MS = 60_000

/**
 * The call ran out of time. The worker was terminated (the next call starts a
 * fresh one), so the caller can report the pages as unread and carry on.
 */
export class OcrTimeoutError extends Error {
  override name = 'OcrTimeoutError'
  readonly timeoutMs: number
  constructor(timeoutMs: number) {
    super(`OCR did not finish within ${timeoutMs} ms`)
    this.timeoutMs = timeoutMs
  }
}

// Tesseract marks noise (specks, rules, table borders) as low-confidence punctuation lines.
const NOISE_CONFIDENCE = 30
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u

const require = createRequire(import.meta.url)
// The best_int models are the LSTM-only data tesseract.js itself downloads by default.
const LANG_PATH = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int')
// pdf.js reads these with fs in Node; JPX/JBIG2 scans need the wasm decoders.
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'))
const PDFJS_ASSETS = {
  wasmUrl: `${join(PDFJS_DIR, 'wasm')}/`,
  standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
  cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
  iccUrl: `${join(PDFJS_DIR, 'iccs')}/`,
}

const TESSERACT_OPTIONS = { langPath: LANG_PATH, gzip: true, cacheMethod: 'none' } as const

interface OcrWorker {
  thread: Worker
  /** Settles once the language data is loaded and tesseract initialised. */
  ready: Promise<Tesseract.Worker>
  /** Rejects when the thread stops (crash or terminate): tesseract.js leaves its jobs pending forever. */
  exited: Promise<never>
}

// One per thread (module state is per thread), started on first use.
let cached: OcrWorker | null = null

function getWorker(): OcrWorker {
  if (cached) return cached
  const worker = startWorker()
  cached = worker
  const forget = () => {
    if (cached === worker) cached = null
  }
  worker.exited.catch(forget)
  worker.ready.catch(() => {
    forget()
    void worker.thread.terminate()
  })
  return worker
}

function startWorker(): OcrWorker {
  let startFailed!: (error: Error) => void
  const failure = new Promise<never>((_, reject) => (startFailed = reject))
  failure.catch(() => {})

  // tesseract.js spawns its thread synchronously inside createWorker but only hands it out once
  // started; holding it from the start lets a failed or timed-out start be terminated too.
  const spawned: Worker[] = []
  const record = (message: unknown) => spawned.push((message as { worker: Worker }).worker)
  diagnosticsChannel.subscribe('worker_threads', record)
  let created: Promise<Tesseract.Worker>
  try {
    created = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
      ...TESSERACT_OPTIONS,
      // createWorker never settles when the language data fails to load or initialise (it swallows
      // the error); its errorHandler still hears of it. Without a handler tesseract.js would also
      // throw inside its message listener, an uncaught exception that ends the pool thread.
      errorHandler: (error: unknown) => startFailed(new Error(`OCR could not start: ${String(error)}`)),
    })
  } finally {
    diagnosticsChannel.unsubscribe('worker_threads', record)
  }
  const thread = spawned[0]
  if (spawned.length !== 1 || !thread) {
    throw new Error(`Expected tesseract.js to start one thread synchronously, saw ${spawned.length}`)
  }

  const exited = new Promise<never>((_, reject) => {
    // Listening to 'error' also keeps a crash in the thread from being rethrown in ours.
    thread.once('error', reject)
    thread.once('exit', (code) => reject(new Error(`The OCR worker stopped (exit code ${code})`)))
  })
  exited.catch(() => {})

  const ready = Promise.race([created, failure, exited]).then(async (tesseract) => {
    // PSM AUTO finds blocks and columns, as on a two-column résumé.
    await tesseract.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO })
    return tesseract
  })
  return { thread, ready, exited }
}

/** Frees this thread's tesseract worker (also one still starting); the next recognition starts a new one. */
export async function terminateOcr(): Promise<void> {
  const worker = cached
  cached = null
  // tesseract.js's own terminate() does no more than this, without waiting for the thread to stop.
  if (worker) await worker.thread.terminate()
}

/**
 * Renders the given 1-based pages and reads their text lines. Throws
 * OcrTimeoutError when the whole call takes longer than `timeoutMs`.
 */
export async function recognizePdfPages(
  bytes: Uint8Array,
  pages: number[],
  options: OcrOptions = {}
): Promise<OcrPage[]> {
  const scale = options.scale ?? DEFAULT_SCALE
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  if (pages.length === 0) return []

  let timer: NodeJS.Timeout | undefined
  let timedOut = false
  let renderTask: RenderTask | null = null
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true
      renderTask?.cancel()
      // A recognition in progress can only be stopped by terminating its thread.
      void terminateOcr()
      reject(new OcrTimeoutError(timeoutMs))
    }, timeoutMs)
  })
  deadline.catch(() => {})

  const loadingTask = getDocument({
    // pdf.js takes ownership of (transfers) the buffer it is given, so hand it a copy.
    data: new Uint8Array(bytes),
    ...PDFJS_ASSETS,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: 0,
  })

  const within = <T>(work: Promise<T>): Promise<T> => Promise.race([work, deadline])

  try {
    const doc = await within(loadingTask.promise)
    const results: OcrPage[] = []
    for (const pageNumber of pages) {
      if (timedOut) throw new OcrTimeoutError(timeoutMs)
      const image = await within(
        renderPage(doc, pageNumber, scale, (task) => {
          renderTask = task
        })
      )
      renderTask = null
      const worker = getWorker()
      const tesseract = await within(worker.ready)
      const result = await within(
        Promise.race([tesseract.recognize(image.png, {}, { text: false, blocks: true }), worker.exited])
      ).catch((reason: unknown) => {
        // tesseract.js rejects with the message string of the error in its thread.
        throw reason instanceof Error ? reason : new Error(`OCR failed on page ${pageNumber}: ${String(reason)}`)
      })
      results.push({ page: pageNumber, width: image.width, height: image.height, lines: linesOf(result.data.blocks) })
    }
    return results
  } finally {
    clearTimeout(timer)
    // Also destroys the document; without it the fake worker keeps every parsed object alive.
    await loadingTask.destroy()
  }
}

// pdf.js types its canvas factory as `object`; in Node it is a NodeCanvasFactory over @napi-rs/canvas.
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: Canvas; context: unknown }
  destroy(entry: { canvas: Canvas; context: unknown }): void
}

interface RenderedPage {
  png: Buffer
  width: number
  height: number
}

async function renderPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  scale: number,
  onTask: (task: RenderTask) => void
): Promise<RenderedPage> {
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
    throw new RangeError(`Page ${pageNumber} is not in this ${doc.numPages}-page PDF`)
  }
  const page = await doc.getPage(pageNumber)
  const viewport = page.getViewport({ scale })
  const width = Math.ceil(viewport.width)
  const height = Math.ceil(viewport.height)
  // The document's own factory: a canvas made elsewhere and handed to pdf.js crashed the process.
  const factory = doc.canvasFactory as NodeCanvasFactory
  const target = factory.create(width, height)
  try {
    const task = page.render({
      // pdf.js's typings only know the DOM canvas.
      canvas: target.canvas as unknown as HTMLCanvasElement,
      viewport,
      // Transparent pixels would turn black in the PNG tesseract reads.
      background: 'white',
    })
    onTask(task)
    await task.promise
    // Tesseract sizes its heuristics by the dpi; without one (or below 70) it warns on stdout and assumes 70.
    const dpi = 72 * scale
    const png = target.canvas.toBuffer('image/png', dpi >= 70 ? { resolution: dpi } : {})
    return { png, width, height }
  } finally {
    factory.destroy(target)
    page.cleanup()
  }
}

function linesOf(blocks: Tesseract.Block[] | null): OcrLine[] {
  const lines: OcrLine[] = []
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        // Tesseract pads gaps (often an icon it could not read) with runs of spaces.
        const text = line.text.replace(/\s+/g, ' ').trim()
        if (text.length === 0) continue
        if (line.confidence < NOISE_CONFIDENCE && ONLY_PUNCTUATION.test(text)) continue
        lines.push({ text, box: toBox(line.bbox), confidence: line.confidence })
      }
    }
  }
  return topToBottom(lines)
}

/**
 * Tesseract lists lines block by block, so a right-aligned date comes after the
 * whole left block it sits beside. Rows, top to bottom and left to right, match
 * what a PDF text layer gives the layout code, which finds columns from the boxes.
 */
function topToBottom(lines: OcrLine[]): OcrLine[] {
  const rows: OcrLine[][] = []
  for (const line of [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    const row = rows.at(-1)
    const first = row?.[0]
    // Same row when the line's middle lies within the row's first line.
    if (row && first && line.box.y + line.box.height / 2 < first.box.y + first.box.height) row.push(line)
    else rows.push([line])
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x))
}

function toBox({ x0, y0, x1, y1 }: Tesseract.Bbox): Box {
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}
