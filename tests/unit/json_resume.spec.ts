import { test } from '@japa/runner'
import { toJsonResume } from '#nlp/json_resume'
import type { ParsedResume } from '#nlp/types'
import { validateJsonResume } from '#tests/helpers'

const evidence = { confidence: 0.9, lines: [0] }

function sampleProfile(): ParsedResume {
  return {
    basics: {
      name: { value: 'Ada Lovelace', ...evidence },
      email: { value: 'ada@example.com', ...evidence },
      phone: { value: '+44 20 7946 0958', ...evidence },
      url: { value: 'ada.dev', ...evidence },
      location: { value: { city: 'London', countryCode: 'GB' }, ...evidence },
      profiles: [{ value: { network: 'GitHub', username: 'ada', url: 'github.com/ada' }, ...evidence }],
    },
    work: [
      { name: 'Analytical Engines Ltd', position: 'Engineer', startDate: '2019-03', present: true, highlights: ['Wrote the first program'], ...evidence },
      { name: 'Babbage & Co', position: 'Intern', startDate: '2018', endDate: '2018-09', highlights: [], ...evidence },
    ],
    education: [{ institution: 'University of London', studyType: 'BSc', level: 'bachelor', area: 'Mathematics', endDate: '2018', ...evidence }],
    skills: [
      { name: 'Python', id: 'python', listed: true, usedIn: [], months: 40, ...evidence },
      { name: 'C#', id: 'c-sharp', listed: true, usedIn: [], months: null, category: 'Programming languages', ...evidence },
    ],
    certificates: [{ name: 'AWS Certified Developer', date: '2021', ...evidence }],
    languages: [{ language: 'English', fluency: 'Native', ...evidence }],
    projects: [],
    awards: [],
    experience: { totalMonths: 93, gaps: [] },
    sections: [],
  }
}

test.group('JSON Resume export', () => {
  test('a parsed profile exports as a valid JSON Resume document', async ({ assert }) => {
    const resume = toJsonResume(sampleProfile(), { pipelineVersion: '9.9.9' })
    const { valid, errors } = await validateJsonResume(resume)
    assert.isTrue(valid, JSON.stringify(errors))
    assert.deepInclude(resume.basics as object, { name: 'Ada Lovelace', url: 'https://ada.dev' })
    assert.deepEqual(resume.meta, { version: 'sift-9.9.9' })
  })

  test('an ongoing job has no end date and unknown fields are left out, not guessed', ({ assert }) => {
    const resume = toJsonResume(sampleProfile()) as { work: Record<string, unknown>[]; projects?: unknown; basics: Record<string, unknown> }
    assert.notProperty(resume.work[0], 'endDate')
    assert.equal(resume.work[1].endDate, '2018-09')
    assert.notProperty(resume.work[1], 'highlights')
    assert.notProperty(resume.basics, 'label')
    assert.deepEqual(resume.projects, [])
  })

  test('skills are those the skills section lists, or all mentioned ones when there is no such section', ({ assert }) => {
    const profile = sampleProfile()
    profile.skills.push({ name: 'Docker', id: 'docker', listed: false, usedIn: [3], months: 12, ...evidence })
    const names = (resume: Record<string, unknown>) => (resume.skills as { name: string }[]).map((skill) => skill.name)
    assert.deepEqual(names(toJsonResume(profile)), ['Python', 'C#'])

    profile.skills = profile.skills.map((skill) => ({ ...skill, listed: false }))
    assert.deepEqual(names(toJsonResume(profile)), ['Python', 'C#', 'Docker'])
  })

  test('the schema check really rejects a malformed document', async ({ assert }) => {
    const { valid } = await validateJsonResume({ basics: { name: 42 }, work: [{ startDate: 'last spring' }] })
    assert.isFalse(valid)
  })

  test('a document with nothing found is still valid JSON Resume', async ({ assert }) => {
    const empty: ParsedResume = {
      basics: { profiles: [] },
      work: [], education: [], skills: [], certificates: [], languages: [], projects: [], awards: [],
      experience: { totalMonths: 0, gaps: [] },
      sections: [],
    }
    const { valid, errors } = await validateJsonResume(toJsonResume(empty))
    assert.isTrue(valid, JSON.stringify(errors))
  })
})
