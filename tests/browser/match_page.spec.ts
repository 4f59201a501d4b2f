import { test } from '@japa/runner'
import type { BrowserContext } from 'playwright'
import env from '#start/env'
import User from '#models/user'

const baseURL = `http://${env.get('HOST')}:${env.get('PORT')}`
const PASSWORD = 'a long passphrase'
const RESUME = 'tests/fixtures/generated/emily_clarke.plain.txt'

/** What Emily Clarke's résumé has (Java, SQL) and lacks (Docker, Kubernetes). */
const AD = [
  'Backend Java Developer',
  '',
  'Requirements',
  '- 2+ years of experience building services in Java.',
  '- Experience with Docker and Kubernetes.',
  '- Strong SQL skills.',
  '',
  'Responsibilities',
  '- Build and maintain REST services.',
].join('\n')

/**
 * As a person would: sign up, upload a résumé, paste an ad, and open the
 * résumé's match from the job's page. Returns the match page.
 */
async function openMatch(context: BrowserContext, email: string) {
  const page = await context.newPage()
  await page.goto(`${baseURL}/signup`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByLabel('Repeat the password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.getByLabel('Résumé file').setInputFiles(RESUME)
  await page.getByRole('button', { name: /Upload and analyze/ }).click()
  await page.locator('table.ats-lines').waitFor({ timeout: 30_000 })

  await page.getByRole('link', { name: 'My jobs' }).click()
  await page.getByRole('textbox', { name: 'Job description' }).fill(AD)
  await page.getByRole('button', { name: 'Add job' }).click()
  await page.waitForURL(/\/jobs\/\d+$/)
  await page.locator('a.match-score').first().click()
  await page.waitForURL(/\/jobs\/\d+\/matches\/\d+/)
  return page
}

test.group('Browser: the match page', (group) => {
  const emails: string[] = []
  group.teardown(async () => {
    await User.query().whereIn('email', emails).delete()
  })

  test('without JavaScript, the match shows its evidence and each quote opens the résumé at its line', async ({ browser, assert }) => {
    const email = `match-nojs-${Date.now()}@example.com`
    emails.push(email)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await openMatch(context, email)

    const score = Number(await page.locator('.match-score-card .score-value').innerText())
    assert.isAtLeast(score, 1)
    assert.isAtMost(score, 100)
    assert.include(await page.locator('.missing-keywords').innerText(), 'Kubernetes')

    const evidence = page.locator('#requirement-java .evidence-lines a').first()
    const quoted = await page.locator('#requirement-java .evidence-lines q').first().innerText()
    await evidence.click()
    await page.waitForURL(/\/resumes\/\d+\/versions\/1#line-\d+$/)
    assert.include(await page.locator('tr:target').innerText(), quoted)
    await context.close()
  })

  test('with JavaScript, the same pages run without script or CSP errors', async ({ browser, assert }) => {
    const email = `match-js-${Date.now()}@example.com`
    emails.push(email)
    const context = await browser.newContext()
    const problems: string[] = []
    context.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    context.on('weberror', (error) => problems.push(error.error().message))
    const page = await openMatch(context, email)

    assert.include(await page.locator('#requirement-docker').innerText(), 'Missing')
    // The ad's sentence behind a matched requirement opens in place.
    const sentence = page.locator('#requirement-java details.ad-sentence')
    await sentence.locator('summary').click()
    assert.isTrue(await sentence.evaluate((element) => (element as HTMLDetailsElement).open))
    assert.deepEqual(problems, [], 'no script or CSP errors in the console')
    await context.close()
  })
})
