import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { extractText } from '../../app/nlp/extract/index.js'
import { extractEntities } from '../../app/nlp/entities/index.js'
import { detectSections, linesFromText } from '../../app/nlp/sections/index.js'
import { evalPath } from '#tests/helpers'

interface GroundTruth {
  basics: { name: string; email: string }
  work: Array<{ name: string; position: string; startDate: string; endDate?: string }>
}

/** One eval-set résumé through text → lines → sections → entities, next to its ground truth. */
async function parseEval(path: string) {
  const gt = JSON.parse(await readFile(evalPath(`${path}.gt.json`), 'utf8')) as GroundTruth
  const extracted = await extractText(await readFile(evalPath(`${path}.pdf`)))
  if (!extracted.ok) throw new Error(`${path}: ${extracted.code} ${extracted.message}`)
  const lines = linesFromText(extracted.value.text)
  const parsed = extractEntities(lines, detectSections(lines), { today: '2026-03' })
  return { gt, parsed }
}

// The eval set's GT leaves endDate out for ongoing work, as JSON Resume does.
const firstJob = (work: Array<{ name?: string; position?: string; startDate?: string; endDate?: string }>) => {
  const [job] = work
  return job && { name: job.name, position: job.position, startDate: job.startDate, endDate: job.endDate }
}

test.group('Entities on the eval set', () => {
  test('a RenderCV classic résumé gives the name, email and first job of its ground truth', async ({ assert }) => {
    const { gt, parsed } = await parseEval('resumes/rendercv/classic')
    assert.equal(parsed.basics.name?.value, gt.basics.name)
    assert.equal(parsed.basics.email?.value, gt.basics.email)
    assert.deepEqual(firstJob(parsed.work), firstJob(gt.work))
    assert.isTrue(parsed.work[0].present)
  })

  test('a Reactive Resume résumé gives the name, email and first job of its ground truth', async ({ assert }) => {
    const { gt, parsed } = await parseEval('resumes/reactive-resume/kakuna')
    assert.equal(parsed.basics.name?.value, gt.basics.name)
    assert.equal(parsed.basics.email?.value, gt.basics.email)
    assert.deepEqual(firstJob(parsed.work), firstJob(gt.work))
    assert.lengthOf(parsed.work, gt.work.length)
  })
})
