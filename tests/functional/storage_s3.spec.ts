import { test } from '@japa/runner'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import drive from '@adonisjs/drive/services/main'
import env from '#start/env'
import { evalFile, SAMPLE_PDF } from '#tests/helpers'

/**
 * Drive's S3 service as configured in config/drive.ts, against a local
 * S3-compatible server (s3rver) on the endpoint set in .env.test.
 */
test.group('File storage on S3', (group) => {
  let server: S3rver
  let directory: string

  group.setup(async () => {
    directory = await mkdtemp(join(tmpdir(), 'sift-s3-'))
    const endpoint = new URL(env.get('S3_ENDPOINT')!)
    server = new S3rver({
      address: endpoint.hostname,
      port: Number(endpoint.port),
      directory,
      silent: true,
      configureBuckets: [{ name: env.get('S3_BUCKET')!, configs: [] }],
    })
    await server.run()
    return async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    }
  })

  test('a résumé file is stored, read back byte for byte, and deleted', async ({ assert }) => {
    const disk = drive.use('s3')
    const bytes = await evalFile(SAMPLE_PDF)
    const key = `resumes/s3-test-${Date.now()}.pdf`

    await disk.put(key, bytes)
    assert.isTrue(await disk.exists(key))
    const read = await disk.getBytes(key)
    assert.equal(Buffer.compare(Buffer.from(read), bytes), 0)

    await disk.delete(key)
    assert.isFalse(await disk.exists(key))
  })

  test('stored files are private: no public URL is handed out', async ({ assert }) => {
    const disk = drive.use('s3')
    const key = `resumes/s3-private-${Date.now()}.txt`
    await disk.put(key, 'private')
    const visibility = await disk.getVisibility(key)
    assert.equal(visibility, 'private')
    await disk.delete(key)
  })
})
