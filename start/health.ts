/*
|--------------------------------------------------------------------------
| Readiness checks (GET /health/ready)
|--------------------------------------------------------------------------
*/
import { HealthChecks, BaseCheck, Result } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'
import { RedisCheck } from '@adonisjs/redis'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import app from '@adonisjs/core/services/app'
import env from '#start/env'

/** The queue is ready when pg-boss is started and can read its queue. */
class QueueCheck extends BaseCheck {
  name = 'Queue (pg-boss)'

  async run() {
    const queue = await app.container.make('queue')
    if (!queue.isStarted) return Result.failed('The queue is not started')
    try {
      const stats = await queue.stats()
      return Result.ok('The queue answers').mergeMetaData({
        queued: stats?.queuedCount ?? 0,
        active: stats?.activeCount ?? 0,
      })
    } catch (error) {
      return Result.failed('The queue does not answer', error as Error)
    }
  }
}

const checks: BaseCheck[] = [new DbCheck(db.connection()), new QueueCheck()]
if (env.get('REDIS_URL')) checks.push(new RedisCheck(redis.connection()))

export const healthChecks = new HealthChecks().register(checks)
