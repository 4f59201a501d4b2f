import { PgBoss } from 'pg-boss'
import type { Logger } from '@adonisjs/core/logger'

export const ANALYZE_QUEUE = 'analyze-resume'

export interface AnalyzePayload {
  analysisId: number
}

export interface QueueOptions {
  connectionString: string
  pollingIntervalSeconds: number
  concurrency: number
}

/**
 * The one place that talks to pg-boss. Jobs live in the `pgboss` schema of
 * the app's own database, so every container of the same image on the same
 * DATABASE_URL shares them: web containers send, worker containers work.
 */
export class QueueService {
  #boss: PgBoss
  #started = false
  #options: QueueOptions
  #logger: Logger
  #handler?: (payload: AnalyzePayload) => Promise<void>

  constructor(options: QueueOptions, logger: Logger) {
    this.#options = options
    this.#logger = logger
    this.#boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      application_name: 'sift-queue',
      max: 4,
    })
    this.#boss.on('error', (error) => this.#logger.error({ err: error }, 'queue error'))
  }

  get isStarted() {
    return this.#started
  }

  async start() {
    if (this.#started) return
    await this.#boss.start()
    await this.#boss.createQueue(ANALYZE_QUEUE, {
      // Expected failures (a bad file) complete the job; retries are for outages.
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    })
    this.#started = true
  }

  async sendAnalysis(payload: AnalyzePayload) {
    const id = await this.#boss.send(ANALYZE_QUEUE, payload)
    if (!id) throw new Error(`The queue refused the analysis job for analysis ${payload.analysisId}`)
    return id
  }

  async workAnalyses(handler: (payload: AnalyzePayload) => Promise<void>) {
    this.#handler = handler
    await this.#boss.work<AnalyzePayload>(
      ANALYZE_QUEUE,
      {
        pollingIntervalSeconds: this.#options.pollingIntervalSeconds,
        localConcurrency: this.#options.concurrency,
        batchSize: 1,
      },
      async (jobs) => {
        for (const job of jobs) await handler(job.data)
      }
    )
  }

  /** Stops taking new analyses in this process (running ones finish); other processes keep working. */
  async pauseWork() {
    await this.#boss.offWork(ANALYZE_QUEUE, { wait: true })
  }

  async resumeWork() {
    if (this.#handler) await this.workAnalyses(this.#handler)
  }

  /** Counts by state, for health checks and admin reports. */
  async stats() {
    return this.#boss.getQueue(ANALYZE_QUEUE)
  }

  /** Waits for running jobs (up to 30 s) before closing its connections. */
  async stop() {
    if (!this.#started) return
    this.#started = false
    await this.#boss.stop({ graceful: true, timeout: 30_000, close: true })
  }
}
