import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { AnalyzeResult, AnalyzeTask } from '#nlp/pipeline'
import type { AnalyzeJobTask, AnalyzedJob } from '#nlp/job_pipeline'
import type { ExtractionFailure } from '#nlp/extract/types'

export interface WorkerPoolOptions {
  threads?: number
  /** Per-task wall-clock limit; the thread running an overdue task is terminated. */
  taskTimeoutMs: number
  /** Heap limit per thread; a task that exceeds it kills its thread, not the process. */
  maxMemoryMb: number
  /** The module the threads run; the NLP pipeline unless a test swaps in its own. */
  taskFile?: URL
}

/** What a task that did not return gives back: the pool's own failure, as a user-facing result. */
export type PoolFailure = { ok: false; code: 'timeout' | 'crashed'; message: string; detail?: string }

/**
 * The worker_threads pool that runs the NLP pipeline (app/nlp/pipeline.ts),
 * so a slow, hostile or huge document can only take down its own thread.
 */
export class WorkerPool {
  #pool: Piscina
  #timeoutMs: number

  constructor(options: WorkerPoolOptions) {
    const self = new URL(import.meta.url)
    // From source (ts-exec) the pipeline is a .ts file; in the build it is .js.
    const extension = self.pathname.endsWith('.ts') ? 'ts' : 'js'
    const filename = (options.taskFile ?? new URL(`../nlp/pipeline.${extension}`, self)).href
    const execArgv =
      extension === 'ts' && !process.execArgv.some((arg) => arg.includes('@poppinss/ts-exec'))
        ? [...process.execArgv, '--import=@poppinss/ts-exec']
        : process.execArgv

    const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1))
    this.#timeoutMs = options.taskTimeoutMs
    this.#pool = new Piscina({
      filename,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 60_000,
      execArgv,
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxMemoryMb,
        maxYoungGenerationSizeMb: Math.max(16, Math.round(options.maxMemoryMb / 8)),
      },
    })
  }

  get threads() {
    return this.#pool.options.maxThreads
  }

  async analyze(task: AnalyzeTask): Promise<AnalyzeResult | PoolFailure> {
    return this.#run<AnalyzeResult>(task)
  }

  /** Reads and parses one job description (pasted text or a file), with its section vectors. */
  async analyzeJob(task: AnalyzeJobTask): Promise<AnalyzedJob | ExtractionFailure | PoolFailure> {
    return this.#run<AnalyzedJob | ExtractionFailure>(task, 'analyzeJob')
  }

  /** Runs one task (the module's default export, or its export `name`); a timeout or crash comes back as a PoolFailure. */
  async #run<Result>(task: object, name?: string): Promise<Result | PoolFailure> {
    const signal = AbortSignal.timeout(this.#timeoutMs)
    try {
      return (await this.#pool.run(task, { signal, name })) as Result
    } catch (error) {
      if (signal.aborted) {
        return {
          ok: false,
          code: 'timeout',
          message: `Reading this file took longer than ${Math.round(this.#timeoutMs / 1000)} seconds, so we stopped. Upload just your résumé, or a simpler export of it (for example "Save as PDF" from your editor).`,
        }
      }
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      return {
        ok: false,
        code: 'crashed',
        message: outOfMemory
          ? 'This file needed more memory than we allow for one document, so we stopped reading it. Try a smaller or simpler export.'
          : 'Something went wrong while reading this file. Please try again; if it keeps failing, export the document again and re-upload it.',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }
    }
  }

  async destroy() {
    await this.#pool.destroy()
  }
}
