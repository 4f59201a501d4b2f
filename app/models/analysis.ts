import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { AnalysisStatus } from '#enums/analysis_status'
import ResumeVersion from '#models/resume_version'
import type { LayoutDocument, ParsedResume } from '#nlp/types'
import type { JsonResume } from '#nlp/json_resume'
import type { AtsReport } from '#nlp/scoring/types'
import type { SectionVectors } from '#nlp/embeddings/types'

/** jsonb columns: pg parses them on read; write them as JSON text. */
const json = { prepare: (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value)) }

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

  @column(json)
  declare warnings: string[] | null

  @column(json)
  declare layout: LayoutDocument | null

  @column(json)
  declare profile: ParsedResume | null

  @column(json)
  declare jsonResume: JsonResume | null

  @column(json)
  declare atsReport: AtsReport | null

  @column()
  declare atsScore: number | null

  /** Sentence vectors of the résumé's parts, for semantic matching against jobs. */
  @column(json)
  declare vectors: SectionVectors | null

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
