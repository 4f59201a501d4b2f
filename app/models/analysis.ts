import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { AnalysisStatus } from '#enums/analysis_status'
import ResumeVersion from '#models/resume_version'

/** What Sift read from one résumé version, and how far the pipeline got. */
export default class Analysis extends BaseModel {
  static table = 'analyses'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare resumeVersionId: number

  @column()
  declare status: AnalysisStatus

  @column()
  declare errorCode: string | null

  @column()
  declare errorMessage: string | null

  @column()
  declare text: string | null

  @column()
  declare pageCount: number | null

  @column({ prepare: (value: string[] | null) => (value ? JSON.stringify(value) : null) })
  declare warnings: string[] | null

  @column()
  declare pipelineVersion: string | null

  @column.dateTime()
  declare startedAt: DateTime | null

  @column.dateTime()
  declare finishedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => ResumeVersion)
  declare resumeVersion: BelongsTo<typeof ResumeVersion>

  get isPending() {
    return this.status === AnalysisStatus.Queued || this.status === AnalysisStatus.Processing
  }
}
