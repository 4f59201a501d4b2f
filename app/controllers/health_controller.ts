import type { HttpContext } from '@adonisjs/core/http'
import { healthChecks } from '#start/health'

export default class HealthController {
  /** The process is up and serving HTTP. */
  async live({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }

  /** The process can do its work: database, queue and (when configured) Redis answer. */
  async ready({ response }: HttpContext) {
    const report = await healthChecks.run()
    return report.isHealthy ? response.ok(report) : response.serviceUnavailable(report)
  }
}
