import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import type { ParsedJob } from '#nlp/jobs/types'
import type { SectionVectors } from '#nlp/embeddings/types'

/** jsonb columns: pg parses them on read; write them as JSON text. */
const json = { prepare: (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value)) }

export type JobSource = 'paste' | 'upload'

/** A job description with the requirements Sift read from it. */
export default class Job extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare title: string

  @column()
  declare source: JobSource

  /** The uploaded file's name; the file itself is not kept, only its text. */
  @column()
  declare fileName: string | null

  /** The ad's text; `parsed.requirements[].lineIndex` counts its lines. */
  @column()
  declare text: string

  @column(json)
  declare parsed: ParsedJob

  /** Null when embedding failed: matching then works on words alone. */
  @column(json)
  declare vectors: SectionVectors | null

  @column()
  declare parserVersion: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  get requiredCount() {
    return this.parsed.requirements.filter((requirement) => requirement.required).length
  }

  get preferredCount() {
    return this.parsed.requirements.filter((requirement) => !requirement.required).length
  }
}
