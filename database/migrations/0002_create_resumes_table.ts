import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A résumé is a person's document; each upload of it is a version with its
 * own file, and each version gets analyses (one per run of the pipeline).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('resumes', (table) => {
      table.increments('id').notNullable()
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('title', 255).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
      table.index(['user_id', 'created_at'])
    })

    this.schema.createTable('resume_versions', (table) => {
      table.increments('id').notNullable()
      table.integer('resume_id').unsigned().notNullable().references('resumes.id').onDelete('CASCADE')
      table.integer('number').notNullable()
      table.string('file_key', 255).notNullable()
      table.string('file_name', 255).notNullable()
      table.string('file_kind', 8).notNullable()
      table.integer('file_size').notNullable()
      table.string('sha256', 64).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['resume_id', 'number'])
    })

    this.schema.createTable('analyses', (table) => {
      table.increments('id').notNullable()
      table
        .integer('resume_version_id')
        .unsigned()
        .notNullable()
        .references('resume_versions.id')
        .onDelete('CASCADE')
      table.string('status', 16).notNullable().defaultTo('queued')
      table.string('error_code', 32).nullable()
      table.text('error_message').nullable()
      table.text('text').nullable()
      table.integer('page_count').nullable()
      table.jsonb('warnings').nullable()
      table.string('pipeline_version', 32).nullable()
      table.timestamp('started_at', { useTz: true }).nullable()
      table.timestamp('finished_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
      table.index(['resume_version_id'])
      table.index(['status'])
    })
  }

  async down() {
    this.schema.dropTable('analyses')
    this.schema.dropTable('resume_versions')
    this.schema.dropTable('resumes')
  }
}
