import { createHash, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
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
 * under a random key and queues its analysis: as a new résumé, or as the
 * next version of an existing one. All or nothing: when any step fails,
 * what earlier steps stored is removed again.
 */
export class UploadResume {
  async handle(user: User, file: MultipartFile, existing?: Resume): Promise<Resume | UploadRejected> {
    if (!file.tmpPath) return new UploadRejected('The upload did not arrive completely. Please try again.')
    const bytes = await readFile(file.tmpPath)

    const sniffed = sniffDocument(bytes)
    if (!sniffed.ok) return new UploadRejected(sniffed.message)

    const key = `resumes/${randomUUID()}.${sniffed.kind}`
    const disk = drive.use()
    await disk.put(key, bytes)

    let analysis: Analysis
    let resume: Resume
    let version: ResumeVersion
    try {
      ;({ resume, version, analysis } = await db.transaction(async (trx) => {
        const target = existing
          ? await Resume.query({ client: trx }).where('id', existing.id).forUpdate().firstOrFail()
          : await Resume.create({ userId: user.id, title: titleFrom(file.clientName) }, { client: trx })
        const latest = await ResumeVersion.query({ client: trx }).where('resumeId', target.id).orderBy('number', 'desc').first()
        const created = await ResumeVersion.create(
          {
            resumeId: target.id,
            number: (latest?.number ?? 0) + 1,
            fileKey: key,
            fileName: file.clientName.slice(0, 255),
            fileKind: sniffed.kind,
            fileSize: bytes.byteLength,
            sha256: createHash('sha256').update(bytes).digest('hex'),
          },
          { client: trx }
        )
        const queued = await Analysis.create(
          { resumeVersionId: created.id, status: AnalysisStatus.Queued },
          { client: trx }
        )
        if (existing) {
          target.useTransaction(trx)
          target.updatedAt = DateTime.now()
          await target.save()
        }
        return { resume: target, version: created, analysis: queued }
      }))
    } catch (error) {
      await disk.delete(key)
      throw error
    }

    try {
      const queue = await app.container.make('queue')
      await queue.sendAnalysis({ analysisId: analysis.id })
    } catch (error) {
      // Undo only this upload: a new résumé goes entirely, an existing one loses just this version.
      await (existing ? version.delete() : resume.delete())
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
