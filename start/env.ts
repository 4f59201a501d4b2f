/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable Sift reads is declared and validated here; the app fails
| fast at boot with a clear message when one is malformed. The README's
| "Configuration" table mirrors this file.
|
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum.optional(['development', 'production', 'test'] as const),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  LOG_LEVEL: Env.schema.enum.optional(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),

  /** web: HTTP only · worker: queue worker (+ health endpoints) · all: both */
  APP_ROLE: Env.schema.enum.optional(['web', 'worker', 'all'] as const),

  /**
   * Set by app/services/runtime.ts to the embedded PostgreSQL when absent from the environment
   * (absent only for ace commands that never touch the database).
   */
  DATABASE_URL: Env.schema.string.optional(),
  EMBEDDED_PG_PORT: Env.schema.number.optional(),

  /** Sessions, cache and rate limits go to Redis when set, to memory otherwise. */
  REDIS_URL: Env.schema.string.optional(),

  /** Local files (uploads, embedded database) live here. */
  STORAGE_PATH: Env.schema.string.optional(),
  /** Local transformers.js models (`node ace model:install`); default <STORAGE_PATH>/models. */
  SIFT_MODEL_DIR: Env.schema.string.optional(),

  /** Uploads go to S3 (or an S3-compatible store) when S3_BUCKET is set; DRIVE_DISK forces one or the other. */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.secret.optional(),
  S3_FORCE_PATH_STYLE: Env.schema.boolean.optional(),

  /** NLP worker pool: threads, per-task time limit and per-thread heap limit. */
  WORKER_THREADS: Env.schema.number.optional(),
  WORKER_TASK_TIMEOUT_MS: Env.schema.number.optional(),
  WORKER_MAX_MEMORY_MB: Env.schema.number.optional(),
  /** Résumés, versions and job descriptions one person may send per minute (each takes a worker thread). */
  UPLOADS_PER_MINUTE: Env.schema.number.optional(),
  /** How many analyses one process runs at once. */
  QUEUE_CONCURRENCY: Env.schema.number.optional(),

  /** Shorter polling for tests and local development. */
  QUEUE_POLL_SECONDS: Env.schema.number.optional(),
})
