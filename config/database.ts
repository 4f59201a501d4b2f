import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

const dbConfig = defineConfig({
  connection: 'postgres',
  connections: {
    postgres: {
      client: 'pg',
      connection: env.get('DATABASE_URL'),
      pool: { min: 0, max: 10 },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
      },
      debug: false,
      // Models declare their columns with decorators; no generated schema file.
      schemaGeneration: { enabled: false },
    },
  },
  prettyPrintDebugQueries: !app.inProduction,
})

export default dbConfig
