import { readFile } from 'node:fs/promises'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import Job from '#models/job'
import type User from '#models/user'
import { PIPELINE_VERSION } from '#nlp/version'
import { UploadRejected } from '#exceptions/upload_rejected'

export interface NewJob {
  title?: string
  text?: string
  /** When given, the ad is read from it and `text` is ignored. */
  file?: MultipartFile
}

/**
 * Reads a job description (pasted, or from an uploaded file) in the worker
 * pool and saves what was parsed. Inline, not queued: an ad is a page or
 * two, and a scanned one is bounded by the pool's time limit. The uploaded
 * file itself is not kept, only its text.
 */
export class CreateJob {
  async handle(user: User, input: NewJob): Promise<Job | UploadRejected> {
    let bytes: Uint8Array | undefined
    if (input.file) {
      if (!input.file.tmpPath) return new UploadRejected('The upload did not arrive completely. Please try again.')
      bytes = await readFile(input.file.tmpPath)
    }
    // Browsers send a textarea's line breaks as CRLF; the ad's line numbers count "\n" lines.
    const text = bytes ? undefined : (input.text ?? '').replace(/\r\n?/g, '\n')

    const pool = await app.container.make('workerPool')
    // The worker threads find the installed model themselves (SIFT_MODEL_DIR, as for résumés).
    const result = await pool.analyzeJob({ bytes, text })
    if (!result.ok) {
      if ('detail' in result && result.detail) logger.error({ userId: user.id, detail: result.detail }, 'job task crashed')
      return new UploadRejected(result.message)
    }

    return Job.create({
      userId: user.id,
      title: (input.title || result.parsed.title || titleFrom(input.file?.clientName) || 'Untitled job').slice(0, 255),
      source: input.file ? 'upload' : 'paste',
      fileName: input.file ? input.file.clientName.slice(0, 255) : null,
      text: result.text,
      parsed: result.parsed,
      vectors: result.vectors,
      parserVersion: PIPELINE_VERSION,
    })
  }
}

/** "senior-backend.pdf" → "senior-backend" */
function titleFrom(clientName: string | undefined) {
  return clientName?.replace(/\.[^.]{1,5}$/, '').trim()
}
