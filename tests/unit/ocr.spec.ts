import diagnosticsChannel from 'node:diagnostics_channel'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Worker } from 'node:worker_threads'
import { test } from '@japa/runner'
import { OcrTimeoutError, recognizePdfPages, terminateOcr, type OcrPage } from '../../app/nlp/ocr/index.js'
import { evalPath } from '#tests/helpers'

// Two pages, each a 120-dpi JPEG of rendercv's "classic" résumé (US Letter, 612×792 pt).
const SCAN = evalPath('robustness/image_only_scan_rendercv_classic.pdf')
const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const OCR_MODULE = new URL('../../app/nlp/ocr/index.ts', import.meta.url).href

// Recognition time grows with the pixel count: tests about the worker, not the text, read at
// 72 dpi (about 1 s a page instead of 2.5 s).
const SMALL = { scale: 1 }

/** Records the threads started until `stop` (Node publishes every new Worker on this channel). */
function watchThreads() {
  const started: Worker[] = []
  const record = (message: unknown) => started.push((message as { worker: Worker }).worker)
  diagnosticsChannel.subscribe('worker_threads', record)
  return {
    started,
    stop: () => {
      diagnosticsChannel.unsubscribe('worker_threads', record)
    },
  }
}

/** The thread's exit code, once it stops; an error if it is still running after `withinMs`. */
function exited(thread: Worker, withinMs = 5_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`thread ${thread.threadId} still runs after ${withinMs} ms`)), withinMs)
    thread.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '')
const middle = (line: OcrPage['lines'][number]) => line.box.y + line.box.height / 2

test.group('OCR of PDF pages', (group) => {
  // The cached tesseract thread would otherwise keep the test process alive.
  group.teardown(() => terminateOcr())

  test('a scanned page is read into lines, top to bottom, with boxes in image pixels', async ({ assert }) => {
    const [page] = await recognizePdfPages(await readFile(SCAN), [1])

    assert.equal(page.page, 1)
    // US Letter at the default scale 2.
    assert.deepEqual([page.width, page.height], [1224, 1584])

    const text = squash(page.lines.map((line) => line.text).join('\n'))
    assert.include(text, 'johndoe')
    assert.include(text, 'john.doe@email.com')
    const name = page.lines.find((line) => squash(line.text) === 'johndoe')
    assert.exists(name, 'the name is a line of its own')
    assert.isBelow(name!.box.y, page.height / 8, 'the name heads the page')

    assert.isAbove(page.lines.length, 30)
    for (const line of page.lines) {
      assert.notEqual(line.text, '')
      assert.equal(line.text, line.text.trim())
      assert.isAtLeast(line.confidence, 0)
      assert.isAtMost(line.confidence, 100)
      const { x, y, width, height } = line.box
      assert.isTrue(x >= 0 && y >= 0 && width > 0 && height > 0, `box of "${line.text}"`)
      assert.isAtMost(x + width, page.width, `"${line.text}" ends inside the image`)
      assert.isAtMost(y + height, page.height, `"${line.text}" ends inside the image`)
    }
    // Rows may be ragged by a few pixels, but reading never jumps back up the page.
    page.lines.slice(1).forEach((line, i) => {
      const previous = page.lines[i]
      assert.isAtLeast(middle(line), middle(previous) - previous.box.height, `"${line.text}" after "${previous.text}"`)
    })
  }).timeout(60_000)

  test('the tesseract worker is started once and reused by later calls', async ({ assert, cleanup }) => {
    const bytes = await readFile(SCAN)
    await terminateOcr()
    const threads = watchThreads()
    cleanup(threads.stop)

    const cold = await recognizePdfPages(bytes, [2], SMALL)
    assert.lengthOf(threads.started, 1, 'the first call starts one thread')
    const [worker] = threads.started
    const warm = await recognizePdfPages(bytes, [2], SMALL)

    assert.lengthOf(threads.started, 1, 'the second call starts none')
    assert.notEqual(worker.threadId, -1, 'the thread is still running')
    assert.isNotEmpty(cold[0].lines)
    assert.deepEqual(warm, cold)
    assert.deepEqual([warm[0].width, warm[0].height], [612, 792])
  }).timeout(60_000)

  test('a call that runs out of time throws OcrTimeoutError, and the next call still works', async ({
    assert,
    cleanup,
  }) => {
    const bytes = await readFile(SCAN)
    await terminateOcr()
    const threads = watchThreads()
    cleanup(threads.stop)
    await recognizePdfPages(bytes, [2], SMALL)
    const [first] = threads.started
    const firstExit = exited(first)

    // 1 ms ends while the PDF opens; 300 ms while the page renders or a fresh worker starts.
    for (const timeoutMs of [1, 300]) {
      const started = performance.now()
      const error = await recognizePdfPages(bytes, [1], { timeoutMs }).catch((reason: unknown) => reason)
      assert.instanceOf(error, OcrTimeoutError)
      assert.equal((error as OcrTimeoutError).timeoutMs, timeoutMs)
      assert.isBelow(performance.now() - started, timeoutMs + 1_000, 'the call gives up on time')
    }
    assert.equal(await firstExit, 1, 'the timed-out worker was terminated')

    const [page] = await recognizePdfPages(bytes, [2], SMALL)
    assert.isNotEmpty(page.lines)
    const fresh = threads.started.at(-1)!
    assert.notStrictEqual(fresh, first, 'the next call started a fresh worker')
    const freshExit = exited(fresh)
    await terminateOcr()
    assert.equal(await freshExit, 1, 'terminateOcr stops it')
  }).timeout(60_000)

  test('asking for a page outside the PDF is a RangeError, and for no pages returns none', async ({ assert }) => {
    const bytes = await readFile(SCAN)
    await assert.rejects(() => recognizePdfPages(bytes, [3]), /Page 3 is not in this 2-page PDF/)
    assert.deepEqual(await recognizePdfPages(bytes, []), [])
  })

  test('recognition works with the network cut off in every thread', async ({ assert, cleanup }) => {
    const folder = await mkdtemp(join(tmpdir(), 'sift-ocr-offline-'))
    cleanup(() => rm(folder, { recursive: true, force: true }))
    const files = { cutOff: join(folder, 'cut_off.cjs'), canary: join(folder, 'canary.cjs'), main: join(folder, 'main.mjs') }
    await writeFile(files.cutOff, `(${cutOffNetwork})()`)
    await writeFile(files.canary, `(${reportFetch})()`)
    await writeFile(
      files.main,
      `import { Worker } from 'node:worker_threads'
      import { readFile } from 'node:fs/promises'
      import { recognizePdfPages, terminateOcr } from ${JSON.stringify(OCR_MODULE)}
      const canary = new Worker(${JSON.stringify(files.canary)})
      const canaryMessage = await new Promise((resolve) => canary.once('message', resolve))
      const [page] = await recognizePdfPages(await readFile(${JSON.stringify(SCAN)}), [1])
      await terminateOcr()
      console.log(JSON.stringify({ canaryMessage, text: page.lines.map((line) => line.text).join(' ') }))`
    )

    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      // --require (unlike --import) also preloads into every thread the child starts.
      [`--require=${files.cutOff}`, '--import=@poppinss/ts-exec', files.main],
      { cwd: APP_ROOT, timeout: 50_000 }
    )
    const result = JSON.parse(stdout) as { canaryMessage: string; text: string }

    // Refused by the cut, not by a failed DNS lookup of the .invalid name: the cut reaches new threads.
    assert.equal(result.canaryMessage, 'network is cut off: fetch https://canary.invalid/')
    const attempts = stderr.split('\n').filter((line) => line.startsWith('NETWORK') && !line.includes('canary'))
    assert.deepEqual(attempts, [])
    assert.include(squash(result.text), 'john.doe@email.com')
  }).timeout(60_000)
})

/**
 * Preloaded into the child of the offline test and into every thread it starts (tesseract.js
 * would fetch its language data from its own worker thread): any network use fails loudly.
 */
function cutOffNetwork() {
  const net = process.getBuiltinModule('node:net')
  const { threadId } = process.getBuiltinModule('node:worker_threads')
  const refuse = (what: string): never => {
    process.stderr.write(`NETWORK thread ${threadId}: ${what}\n`)
    throw new Error(`network is cut off: ${what}`)
  }
  globalThis.fetch = async (url) => refuse(`fetch ${String(url)}`)
  net.Socket.prototype.connect = () => refuse('socket connect')
}

/** A thread started the way tesseract.js starts its own (a script file, inherited execArgv). */
function reportFetch() {
  const { parentPort } = process.getBuiltinModule('node:worker_threads')
  fetch('https://canary.invalid/').then(
    () => parentPort?.postMessage('fetched'),
    (error: Error) => parentPort?.postMessage(error.message)
  )
}
