import { test } from '@japa/runner'
import Job from '#models/job'
import Resume from '#models/resume'
import type User from '#models/user'
import { uploadKey, uploadLimiter, uploadsPerMinute } from '#services/upload_limit'
import { trackUsers } from '#tests/helpers'

/** Uses up a person's documents for this minute, as that many uploads would. */
async function useUpUploads(user: User) {
  for (let i = 0; i < uploadsPerMinute(); i++) await uploadLimiter().consume(uploadKey(user.id))
}

test.group('Uploads per minute', (group) => {
  const makeUser = trackUsers(group)
  const made: User[] = []
  const newUser = async () => {
    const user = await makeUser()
    made.push(user)
    return user
  }
  group.each.teardown(async () => {
    for (const user of made.splice(0)) await uploadLimiter().delete(uploadKey(user.id))
  })

  test('a job description over the limit is refused with the wait, and the pasted text stays', async ({ client, assert }) => {
    const user = await newUser()
    await useUpUploads(user)
    const text = 'Backend Developer\n\nRequirements\n- Go and PostgreSQL.'
    const page = await client.post('/jobs').form({ text }).header('referer', '/jobs').loginAs(user).withCsrfToken()

    page.assertStatus(200)
    page.assertTextIncludes(`You have sent ${uploadsPerMinute()} documents in the last minute. Try again in`)
    page.assertTextIncludes('Go and PostgreSQL.')
    assert.equal((await Job.query().where('userId', user.id)).length, 0)
  })

  test('a résumé over the limit is refused beside the file field; another person is not affected', async ({ client, assert }) => {
    const user = await newUser()
    const other = await newUser()
    await useUpUploads(user)
    const file = Buffer.from('Jane Roe\njane@example.com\n\nExperience\nEngineer, Acme\n2020 – Present\n')

    const refused = await client.post('/resumes').file('file', file, { filename: 'cv.txt' }).loginAs(user).withCsrfToken()
    refused.assertStatus(200)
    refused.assertTextIncludes('documents in the last minute')
    assert.equal((await Resume.query().where('userId', user.id)).length, 0)

    const accepted = await client.post('/resumes').file('file', file, { filename: 'cv.txt' }).loginAs(other).withCsrfToken()
    accepted.assertStatus(200)
    assert.equal((await Resume.query().where('userId', other.id)).length, 1)
  })

  test('under the limit, uploads go through and count', async ({ client, assert }) => {
    const user = await newUser()
    await client.post('/jobs').form({ text: 'Developer\n\nRequirements\n- Go.' }).loginAs(user).withCsrfToken()
    assert.equal((await Job.query().where('userId', user.id)).length, 1)
    assert.equal(await uploadLimiter().remaining(uploadKey(user.id)), uploadsPerMinute() - 1)
  })
})
