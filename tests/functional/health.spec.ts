import { test } from '@japa/runner'
import env from '#start/env'

test.group('Health endpoints', () => {
  test('live answers while the process runs', async ({ client }) => {
    const response = await client.get('/health/live')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })

  test('ready checks the database and the queue', async ({ client, assert }) => {
    const response = await client.get('/health/ready')
    response.assertStatus(200)
    const names = response.body().checks.map((check: { name: string }) => check.name)
    assert.includeMembers(names, ['Database health check (postgres)', 'Queue (pg-boss)'])
    assert.lengthOf(names, env.get('REDIS_URL') ? 3 : 2, 'Redis is checked when, and only when, it is configured')
    assert.isTrue(response.body().isHealthy)
  })
})
