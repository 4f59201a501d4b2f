import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import type { DocumentKind } from '#nlp/extract/types'
import Resume from '#models/resume'
import Analysis from '#models/analysis'

/** One uploaded file of a résumé. The file itself lives in Drive under `fileKey`. */
export default class ResumeVersion extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare resumeId: number

  @column()
  declare number: number

  @column({ serializeAs: null })
  declare fileKey: string

  @column()
  declare fileName: string

  @column()
  declare fileKind: DocumentKind

  @column()
  declare fileSize: number

  @column({ columnName: 'sha256' })
  declare sha256: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Resume)
  declare resume: BelongsTo<typeof Resume>

  @hasMany(() => Analysis)
  declare analyses: HasMany<typeof Analysis>
}
