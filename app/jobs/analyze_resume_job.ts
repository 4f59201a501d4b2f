import { DateTime } from 'luxon'
import type { Logger } from '@adonisjs/core/logger'
import drive from '@adonisjs/drive/services/main'
import Analysis from '#models/analysis'
import { AnalysisStatus } from '#enums/analysis_status'
import type { AnalyzePayload } from '#services/queue'
import type { WorkerPool } from '#services/worker_pool'

/**
 * pg-boss handler for one analysis: load the stored file, run the pipeline in
 * the worker pool, save what came back. Expected failures (an unreadable
 * file, a timeout) end as a `failed` analysis with a message for the user;
 * only outages (database, storage) throw, so pg-boss retries the job.
 */
export class AnalyzeResumeJob {
  constructor(
    private pool: WorkerPool,
    private logger: Logger
  ) {}

  async handle({ analysisId }: AnalyzePayload) {
    const analysis = await Analysis.query().where('id', analysisId).preload('resumeVersion').first()
    // Deleted since it was queued, or already finished by an earlier attempt.
    if (!analysis || analysis.status === AnalysisStatus.Done || analysis.status === AnalysisStatus.Failed) return

    analysis.merge({ status: AnalysisStatus.Processing, startedAt: DateTime.now() })
    await analysis.save()

    const bytes = await drive.use().getBytes(analysis.resumeVersion.fileKey)
    // "Present" in the résumé means the month it was uploaded, so a re-run later gives the same result.
    const today = analysis.resumeVersion.createdAt.toFormat('yyyy-MM')
    const result = await this.pool.analyze({ bytes, today })

    if (result.ok) {
      analysis.merge({
        status: AnalysisStatus.Done,
        text: result.value.text,
        pageCount: result.value.pageCount,
        warnings: result.value.warnings,
        layout: result.value.layout,
        profile: result.value.profile,
        jsonResume: result.value.jsonResume,
        atsReport: result.value.atsReport,
        atsScore: result.value.atsReport.score,
        vectors: result.value.vectors,
        pipelineVersion: result.pipelineVersion,
        errorCode: null,
        errorMessage: null,
      })
    } else {
      if ('detail' in result && result.detail) {
        this.logger.error({ analysisId, detail: result.detail }, 'analysis task crashed')
      }
      analysis.merge({ status: AnalysisStatus.Failed, errorCode: result.code, errorMessage: result.message })
    }
    analysis.finishedAt = DateTime.now()
    await analysis.save()
  }
}
