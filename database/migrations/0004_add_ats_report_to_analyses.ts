import { BaseSchema } from '@adonisjs/lucid/schema'

/** The ATS report of an analysis, and its score on its own for history charts. */
export default class extends BaseSchema {
  protected tableName = 'analyses'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.jsonb('ats_report').nullable()
      table.integer('ats_score').nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('ats_report')
      table.dropColumn('ats_score')
    })
  }
}
