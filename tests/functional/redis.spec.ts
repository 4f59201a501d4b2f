import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { stores } from '@adonisjs/session'
import cache from '@adonisjs/cache/services/main'
import redis from '@adonisjs/redis/services/main'
import env from '#start/env'

/**
 * Sessions and cache against the real Redis at REDIS_URL (CI sets it).
 * HTTP tests use the memory session store (docs/decisions/0005).
 */
test.group('Redis-backed sessions and cache', (group) => {
  group.tap((t) => t.skip(!env.get('REDIS_URL'), 'REDIS_URL is not set: Redis-backed stores are not in use'))

  test('a session written through the Redis store is in Redis and reads back', async ({ assert }) => {
    const factory = await configProvider.resolve<(ctx: HttpContext, config: { age: string }) => any>(
      app,
      stores.redis({ connection: 'main' })
    )
    const store = factory!({} as HttpContext, { age: '2h' })
    const sessionId = randomUUID()

    await store.write(sessionId, { auth_web: 42, flash: { note: 'hello' } })
    // Stored under the connection's key prefix, with the session's TTL.
    const raw = await redis.connection().get(sessionId)
    assert.isString(raw)
    assert.isAbove(await redis.connection().ttl(sessionId), 7000)
    assert.deepEqual(await store.read(sessionId), { auth_web: 42, flash: { note: 'hello' } })

    await store.destroy(sessionId)
    assert.isNull(await store.read(sessionId))
  })

  test('the cache keeps values in Redis, shared with other processes', async ({ assert }) => {
    const key = `test-${randomUUID()}`
    await cache.set({ key, value: { score: 87 } })
    assert.deepEqual(await cache.get({ key }), { score: 87 })

    const keys = await redis.connection().keys(`*${key}*`)
    assert.lengthOf(keys, 1, 'the value reached the Redis layer')

    await cache.delete({ key })
    assert.lengthOf(await redis.connection().keys(`*${key}*`), 0)
  })
})
