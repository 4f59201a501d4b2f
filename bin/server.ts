/*
|--------------------------------------------------------------------------
| HTTP server entry point
|--------------------------------------------------------------------------
|
| `npm start` runs this file directly. Before AdonisJS boots, the runtime
| fills in what a fresh machine lacks (an APP_KEY in .env, an embedded
| PostgreSQL when DATABASE_URL is unset). Pending migrations run at boot
| (providers/queue_provider.ts).
| Ctrl-C / SIGTERM stop the HTTP server and the queue first, then the
| embedded database.
|
*/
await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')
const { prepareRuntime } = await import('../app/services/runtime.js')

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

const runtime = await prepareRuntime(APP_ROOT, { purpose: 'server' })

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.ready(async () => {
      const { default: logger } = await import('@adonisjs/core/services/logger')
      for (const line of runtime.describe()) logger.info(line)
    })

    let stopping = false
    const stop = async () => {
      if (stopping) return
      stopping = true
      // Running analyses get up to 30 s (pg-boss graceful stop); never hang longer than that.
      setTimeout(() => {
        console.error('Shutdown took too long; exiting anyway.')
        process.exit(1)
      }, 45_000).unref()
      await app.terminate()
      await runtime.shutdown()
      process.exit(0)
    }
    app.listen('SIGTERM', stop)
    app.listen('SIGINT', stop)
  })
  .httpServer()
  .start()
  .catch(async (error) => {
    process.exitCode = 1
    prettyPrintError(error)
    await runtime.shutdown()
  })
