import type { ApplicationService } from '@adonisjs/core/types'
import env from '#start/env'
import { runsWorker } from '#config/app'
import { QueueService } from '#services/queue'
import { WorkerPool } from '#services/worker_pool'
import { runPendingMigrations } from '#services/migrations'

declare module '@adonisjs/core/types' {
  interface ContainerBindings {
    queue: QueueService
    workerPool: WorkerPool
  }
}

/**
 * Owns the process's long-lived pipeline pieces: the pg-boss queue and the
 * worker_threads pool. In the HTTP server (and tests) the queue starts with
 * the app, and the worker too unless APP_ROLE=web; ace commands start the
 * queue themselves when they need it. On shutdown the queue stops first
 * (waiting for running jobs), then the pool.
 */
export default class QueueProvider {
  #queue?: QueueService
  #pool?: WorkerPool

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton('queue', async () => {
      const logger = await this.app.container.make('logger')
      return (this.#queue = new QueueService(
        {
          connectionString: env.get('DATABASE_URL')!,
          pollingIntervalSeconds: env.get('QUEUE_POLL_SECONDS', this.app.inTest ? 0.5 : 2),
          concurrency: env.get('QUEUE_CONCURRENCY', 2),
        },
        logger
      ))
    })
    this.app.container.singleton('workerPool', () => {
      return (this.#pool = new WorkerPool({
        threads: env.get('WORKER_THREADS'),
        taskTimeoutMs: env.get('WORKER_TASK_TIMEOUT_MS', 60_000),
        maxMemoryMb: env.get('WORKER_MAX_MEMORY_MB', 512),
      }))
    })
  }

  async start() {
    if (this.app.getEnvironment() === 'web') {
      await runPendingMigrations(this.app)
    }
  }

  async ready() {
    const environment = this.app.getEnvironment()
    if (environment !== 'web' && environment !== 'test') return

    const queue = await this.app.container.make('queue')
    await queue.start()
    if (runsWorker) await this.startWorker()
  }

  async startWorker() {
    const queue = await this.app.container.make('queue')
    const pool = await this.app.container.make('workerPool')
    const logger = await this.app.container.make('logger')
    const { AnalyzeResumeJob } = await import('#jobs/analyze_resume_job')
    const job = new AnalyzeResumeJob(pool, logger)
    await queue.workAnalyses((payload) => job.handle(payload))
  }

  async shutdown() {
    await this.#queue?.stop()
    await this.#pool?.destroy()
  }
}
