import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A job description someone keeps to match résumés against: its text (as
 * pasted, or as read from the uploaded file), the requirements parsed from
 * it and its section vectors. Owned by a user for now; an agency workspace
 * will own jobs through a column of its own, so nothing here assumes that
 * `user_id` is the only owner there will ever be.
 *
 * Analyses get their section vectors too (filled by the résumé pipeline),
 * so a match compares stored vectors instead of embedding on every page view.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('jobs', (table) => {
      table.increments('id').notNullable()
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('title', 255).notNullable()
      table.string('source', 8).notNullable()
      table.string('file_name', 255).nullable()
      table.text('text').notNullable()
      table.jsonb('parsed').notNullable()
      table.jsonb('vectors').nullable()
      table.string('parser_version', 32).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
      table.index(['user_id', 'created_at'])
    })

    this.schema.alterTable('analyses', (table) => {
      table.jsonb('vectors').nullable()
    })
  }

  async down() {
    this.schema.alterTable('analyses', (table) => {
      table.dropColumn('vectors')
    })
    this.schema.dropTable('jobs')
  }
}
