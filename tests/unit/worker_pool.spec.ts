import { test } from '@japa/runner'
import { WorkerPool } from '#services/worker_pool'

const hostileTask = new URL('../fixtures/hostile_task.ts', import.meta.url)
const task = (command: string) => ({ bytes: new TextEncoder().encode(command) })

test.group('Worker pool', (group) => {
  let pool: WorkerPool
  group.each.setup(() => {
    pool = new WorkerPool({ threads: 2, taskTimeoutMs: 1500, maxMemoryMb: 64, taskFile: hostileTask })
    return () => pool.destroy()
  })

  test('a task that runs too long fails with a timeout and the pool keeps working', async ({ assert }) => {
    const result = await pool.analyze(task('loop'))
    assert.deepInclude(result, { ok: false, code: 'timeout' })
    assert.match((result as { message: string }).message, /longer than 2 seconds/)

    const next = await pool.analyze(task('after the timeout'))
    assert.isTrue(next.ok)
  })

  test('a task that exhausts its memory fails alone and the pool keeps working', async ({ assert }) => {
    const result = await pool.analyze(task('oom'))
    assert.deepInclude(result, { ok: false, code: 'crashed' })
    assert.match((result as { message: string }).message, /more memory/)

    const next = await pool.analyze(task('after the crash'))
    assert.deepInclude(next, { ok: true })
  })

  test('a bug in a task becomes a failure with its detail for the log', async ({ assert }) => {
    const result = await pool.analyze(task('throw'))
    assert.deepInclude(result, { ok: false, code: 'crashed' })
    assert.include((result as { detail: string }).detail, 'a bug in the pipeline')
  })

  test('a hung task does not hold up the others', async ({ assert }) => {
    const [hung, fine] = await Promise.all([pool.analyze(task('loop')), pool.analyze(task('fine'))])
    assert.deepInclude(hung, { ok: false, code: 'timeout' })
    assert.deepInclude(fine, { ok: true })
  })
})
