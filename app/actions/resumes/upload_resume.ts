import { createHash, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import app from '@adonisjs/core/services/app'
import { sniffDocument } from '#nlp/extract/sniff'
import Resume from '#models/resume'
import ResumeVersion from '#models/resume_version'
import Analysis from '#models/analysis'
import type User from '#models/user'
import { AnalysisStatus } from '#enums/analysis_status'
import { UploadRejected } from '#exceptions/upload_rejected'

/**
 * Takes an uploaded file, decides its real type from its bytes, stores it
 * under a random key and queues its analysis. All or nothing: when any step
 * fails, what earlier steps stored is removed again.
 */
export class UploadResume {
  async handle(user: User, file: MultipartFile): Promise<Resume | UploadRejected> {
    if (!file.tmpPath) return new UploadRejected('The upload did not arrive completely. Please try again.')
    const bytes = await readFile(file.tmpPath)

    const sniffed = sniffDocument(bytes)
    if (!sniffed.ok) return new UploadRejected(sniffed.message)

    const key = `resumes/${randomUUID()}.${sniffed.kind}`
    const disk = drive.use()
    await disk.put(key, bytes)

    let analysis: Analysis
    let resume: Resume
    try {
      ;({ resume, analysis } = await db.transaction(async (trx) => {
        const created = await Resume.create({ userId: user.id, title: titleFrom(file.clientName) }, { client: trx })
        const version = await ResumeVersion.create(
          {
            resumeId: created.id,
            number: 1,
            fileKey: key,
            fileName: file.clientName.slice(0, 255),
            fileKind: sniffed.kind,
            fileSize: bytes.byteLength,
            sha256: createHash('sha256').update(bytes).digest('hex'),
          },
          { client: trx }
        )
        const queued = await Analysis.create(
          { resumeVersionId: version.id, status: AnalysisStatus.Queued },
          { client: trx }
        )
        return { resume: created, analysis: queued }
      }))
    } catch (error) {
      await disk.delete(key)
      throw error
    }

    try {
      const queue = await app.container.make('queue')
      await queue.sendAnalysis({ analysisId: analysis.id })
    } catch (error) {
      await resume.delete()
      await disk.delete(key)
      throw error
    }
    return resume
  }
}

/** "Jane_Doe-CV (3).pdf" → "Jane_Doe-CV (3)" */
function titleFrom(clientName: string) {
  const title = clientName.replace(/\.[^.]{1,5}$/, '').trim()
  return (title || 'Untitled résumé').slice(0, 255)
}
