import { test } from '@japa/runner'
import { CONTACT_CHECKS } from '#nlp/scoring/checks/contact'
import { baseResume, docxResume, EMAIL, PHONE, pdfResume } from '#tests/fixtures/ats/build'
import { score } from '#tests/fixtures/ats/report'

const LINKEDIN = 'linkedin.com/in/jordan-avery'

/** A résumé whose contact line is `contacts`, as a DOCX. */
const withContacts = async (contacts: string[], overrides = {}) => score(await docxResume(baseResume({ contacts, ...overrides })))

test.group('ATS contact checks', () => {
  test('the contact weights add up to 15 points', ({ assert }) => {
    assert.equal(
      CONTACT_CHECKS.reduce((total, check) => total + check.weight, 0),
      15
    )
    assert.deepEqual(
      CONTACT_CHECKS.map((check) => check.id),
      ['contact-email', 'contact-phone', 'contact-location', 'profile-links']
    )
  })

  test('a name-based email address at the top passes contact-email', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('contact-email').status, 'pass')
    assert.include(check('contact-email').message, EMAIL)
  })

  test('a résumé without an email address fails contact-email', async ({ assert }) => {
    const { check } = await withContacts([PHONE, 'Manchester, UK', LINKEDIN])
    assert.equal(check('contact-email').status, 'fail')
    assert.equal(check('contact-email').points, 0)
  })

  test('a nickname email address warns and points at its line', async ({ assert }) => {
    const { analysis, check } = await withContacts(['party.animal@example.com', PHONE, 'Manchester, UK', LINKEDIN])
    const result = check('contact-email')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'nickname')
    assert.deepEqual(
      result.evidence.map((evidence) => evidence.line),
      analysis.parsed.basics.email!.lines
    )
    assert.include(result.evidence[0].text, 'party.animal@example.com')
  })

  test('an email address at the bottom of the résumé warns that ATSs look at the top', async ({ assert }) => {
    const { check } = await withContacts([PHONE, 'Manchester, UK', LINKEDIN], {
      extra: [{ heading: 'Contact', lines: [EMAIL] }],
    })
    const result = check('contact-email')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'of the way into your résumé')
    assert.equal(result.evidence[0]?.text, EMAIL)
  })

  test('one phone number with a country code passes contact-phone', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('contact-phone').status, 'pass')
  })

  test('a résumé without a phone number fails contact-phone', async ({ assert }) => {
    const { check } = await withContacts([EMAIL, 'Manchester, UK', LINKEDIN])
    assert.equal(check('contact-phone').status, 'fail')
  })

  test('a phone number without a country code gets the international-format advice', async ({ assert }) => {
    const { check } = await withContacts([EMAIL, '07700 900123', 'Manchester, UK', LINKEDIN])
    const result = check('contact-phone')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'Lever')
    assert.include(result.fix, 'international format')
    // Missing "+44" is advice, not half the points.
    assert.equal(result.points, 3)
    assert.include(result.evidence[0].text, '07700 900123')
  })

  test('two phone numbers warn that the ATS keeps only one', async ({ assert }) => {
    const { check } = await withContacts([EMAIL, PHONE, '+44 161 496 0000', 'Manchester, UK', LINKEDIN])
    const result = check('contact-phone')
    assert.equal(result.status, 'warn')
    assert.include(result.message, '2 phone numbers')
    assert.equal(result.points, 2)
  })

  test('a city and country pass contact-location', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('contact-location').status, 'pass')
    assert.include(check('contact-location').message, 'Manchester')
    assert.isNotEmpty(check('contact-location').evidence)
  })

  test('a résumé without a location warns contact-location', async ({ assert }) => {
    const { check } = await withContacts([EMAIL, PHONE, LINKEDIN], {
      jobs: baseResume().jobs.map((job) => ({ ...job, company: job.company.split(',')[0] })),
      education: [{ school: 'Open University', degree: 'BSc Mathematics', dates: 'Sep 2014 – Jun 2017' }],
    })
    assert.equal(check('contact-location').status, 'warn')
    assert.include(check('contact-location').fix, 'city')
  })

  test('a LinkedIn URL passes profile-links', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('profile-links').status, 'pass')
    assert.include(check('profile-links').evidence[0].text, LINKEDIN)
  })

  test('a GitHub link without LinkedIn still passes profile-links and suggests LinkedIn', async ({ assert }) => {
    const { check } = await withContacts([EMAIL, PHONE, 'Manchester, UK', 'github.com/jordan-avery'])
    assert.equal(check('profile-links').status, 'pass')
    assert.include(check('profile-links').message, 'GitHub')
    assert.include(check('profile-links').message, 'LinkedIn')
  })

  test('no LinkedIn, GitHub or portfolio link warns profile-links', async ({ assert }) => {
    const { check } = await withContacts([EMAIL, PHONE, 'Manchester, UK'])
    assert.equal(check('profile-links').status, 'warn')
    assert.equal(check('profile-links').points, 1.5)
  })
})
