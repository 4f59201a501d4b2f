import { test } from '@japa/runner'
import { writeFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import env from '#start/env'
import User from '#models/user'

const baseURL = `http://${env.get('HOST')}:${env.get('PORT')}`

/** A résumé with fixable problems: no email, first person, clichés, no numbers. */
const WEAK_RESUME = [
  'Jo Bloggs',
  'Experience',
  'Shop assistant, Corner Shop, 2019 - 2021',
  '- I was responsible for the till and I helped customers.',
  '- Hard-working team player who thinks outside the box.',
  'Education',
  'Springfield High School, 2018',
].join('\n')

test.group('Browser: the ATS report', (group) => {
  let folder: string
  const emails: string[] = []
  group.setup(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sift-report-'))
    await writeFile(join(folder, 'jo.txt'), WEAK_RESUME)
    return async () => {
      await rm(folder, { recursive: true, force: true })
      await User.query().whereIn('email', emails).delete()
    }
  })

  test('the report lists what to fix and each fix points at its line, without JavaScript', async ({ browser, assert }) => {
    const email = `report-${Date.now()}@example.com`
    emails.push(email)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()

    await page.goto(`${baseURL}/signup`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password', { exact: true }).fill('a long passphrase')
    await page.getByLabel('Repeat the password').fill('a long passphrase')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.getByLabel('Résumé file').setInputFiles(join(folder, 'jo.txt'))
    await page.getByRole('button', { name: /Upload and analyze/ }).click()

    const score = page.locator('.ats-report .score-value')
    await score.waitFor({ timeout: 30_000 })
    const value = Number(await score.innerText())
    assert.isAtLeast(value, 0)
    assert.isBelow(value, 80)

    const firstPerson = page.locator('#check-first-person')
    assert.include(await firstPerson.innerText(), 'How to fix')
    await firstPerson.locator('.evidence-lines a').first().click()
    const target = page.locator('tr:target')
    assert.include(await target.innerText(), 'I was responsible')
    assert.include((await target.getAttribute('class')) ?? '', 'is-flagged')
    await context.close()
  })
})
