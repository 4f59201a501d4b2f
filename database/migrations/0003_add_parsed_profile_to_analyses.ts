import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the résumé pipeline reads, kept with the analysis: the layout (lines
 * in reading order, flags), the parsed profile with evidence, and its JSON
 * Resume export.
 */
export default class extends BaseSchema {
  protected tableName = 'analyses'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.jsonb('layout').nullable()
      table.jsonb('profile').nullable()
      table.jsonb('json_resume').nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('layout')
      table.dropColumn('profile')
      table.dropColumn('json_resume')
    })
  }
}
