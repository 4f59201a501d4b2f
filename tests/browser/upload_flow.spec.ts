import { test } from '@japa/runner'
import type { Page } from 'playwright'
import env from '#start/env'
import User from '#models/user'
import { evalPath, SAMPLE_PDF, SAMPLE_PDF_NAME } from '#tests/helpers'

const baseURL = `http://${env.get('HOST')}:${env.get('PORT')}`
const PASSWORD = 'a long passphrase'

async function signUp(page: Page, email: string) {
  await page.goto(`${baseURL}/signup`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByLabel('Repeat the password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL(`${baseURL}/resumes`)
}

async function uploadSample(page: Page) {
  await page.getByLabel('Résumé file').setInputFiles(evalPath(SAMPLE_PDF))
  await page.getByRole('button', { name: /Upload and analyze/ }).click()
  await page.waitForURL(/\/resumes\/\d+$/)
}

test.group('Browser: upload a résumé and read it', (group) => {
  const emails: string[] = []
  group.teardown(async () => {
    await User.query().whereIn('email', emails).delete()
  })

  test('with JavaScript, the status updates in place until the parsed résumé is shown', async ({ browser, assert }) => {
    const email = `js-${Date.now()}@example.com`
    emails.push(email)
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    page.on('pageerror', (error) => problems.push(error.message))

    await signUp(page, email)
    await uploadSample(page)
    // Marks this document: a full reload would lose it, an htmx swap keeps it.
    await page.evaluate(() => ((window as unknown as { siftMarker: boolean }).siftMarker = true))

    const atsView = page.locator('#analysis-status table.ats-lines')
    await atsView.waitFor({ timeout: 30_000 })
    assert.include(await atsView.innerText(), SAMPLE_PDF_NAME)
    assert.include(await page.locator('.parsed-profile .facts').innerText(), SAMPLE_PDF_NAME)
    assert.isTrue(await page.evaluate(() => (window as unknown as { siftMarker?: boolean }).siftMarker === true))
    assert.deepEqual(problems, [], 'no script or CSP errors in the console')
    await context.close()
  })

  test('without JavaScript, the page refreshes itself until the parsed résumé is shown', async ({ browser, assert }) => {
    const email = `nojs-${Date.now()}@example.com`
    emails.push(email)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()

    await signUp(page, email)
    await uploadSample(page)

    const atsView = page.locator('table.ats-lines')
    await atsView.waitFor({ timeout: 30_000 })
    assert.include(await atsView.innerText(), SAMPLE_PDF_NAME)
    // The evidence link jumps to the line the name was read from.
    await page.locator('.parsed-profile .facts .evidence').first().click()
    assert.match(page.url(), /#line-\d+$/)
    assert.include(await page.locator(':target').innerText(), SAMPLE_PDF_NAME)
    await context.close()
  })

  test('a refused file shows its reason beside the file field', async ({ browser, assert }) => {
    const email = `bad-${Date.now()}@example.com`
    emails.push(email)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()

    await signUp(page, email)
    await page.getByLabel('Résumé file').setInputFiles(evalPath('robustness/zero_byte.pdf'))
    await page.getByRole('button', { name: /Upload and analyze/ }).click()
    await page.waitForURL(`${baseURL}/resumes`)
    const error = page.locator('#file-error')
    assert.include(await error.innerText(), 'empty')
    assert.equal(await page.getByLabel('Résumé file').getAttribute('aria-describedby'), 'file-error')
    await context.close()
  })
})
