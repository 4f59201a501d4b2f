import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Applies pending migrations at boot, so `npm start` on a fresh machine and
 * a new container both come up with the current schema. Lucid holds an
 * advisory lock while migrating, so containers booting together take turns.
 */
export async function runPendingMigrations(app: ApplicationService) {
  const db = await app.container.make('lucid.db')
  const logger = await app.container.make('logger')
  const { MigrationRunner } = await import('@adonisjs/lucid/migration')
  const migrator = new MigrationRunner(db, app, { direction: 'up' })

  // Not migrator.close(): it would close the app's own connections.
  await migrator.run()
  if (migrator.status === 'error') throw migrator.error
  const applied = Object.keys(migrator.migratedFiles).length
  if (applied > 0) logger.info(`Applied ${applied} database migration(s)`)
}
