import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import analyzeDocument from '#nlp/pipeline'
import { terminateOcr } from '#nlp/ocr/index'
import { evalPath, SAMPLE_PDF, validateJsonResume } from '#tests/helpers'

const TODAY = '2026-11'

test.group('Résumé pipeline, end to end', (group) => {
  group.teardown(() => terminateOcr())

  test('the same file gives the same analysis every time', async ({ assert }) => {
    const bytes = await readFile(evalPath(SAMPLE_PDF))
    const first = await analyzeDocument({ bytes, today: TODAY })
    const second = await analyzeDocument({ bytes: new Uint8Array(bytes), today: TODAY })
    assert.isTrue(first.ok)
    assert.deepEqual(second, first)
  })

  test('every labelled résumé of the eval set exports valid JSON Resume', async ({ assert }) => {
    const files: string[] = []
    for (const family of ['rendercv', 'reactive-resume']) {
      for (const name of await readdir(evalPath(`resumes/${family}`))) {
        if (name.endsWith('.pdf')) files.push(`resumes/${family}/${name}`)
      }
    }
    assert.isAbove(files.length, 20)
    for (const file of files) {
      const result = await analyzeDocument({ bytes: await readFile(evalPath(file)), today: TODAY })
      assert.isTrue(result.ok, file)
      if (!result.ok) continue
      const { valid, errors } = await validateJsonResume(result.value.jsonResume)
      assert.isTrue(valid, `${file}: ${JSON.stringify(errors)}`)
      assert.isString((result.value.jsonResume.basics as { name?: string }).name, `${file} has a name`)
    }
  }).timeout(120_000)

  test('every robustness file ends in a parse or a message for a person, never an exception', async ({ assert }) => {
    const names = (await readdir(evalPath('robustness'))).filter((name) => /\.(pdf|docx)$/.test(name))
    assert.isAbove(names.length, 30)
    for (const name of names) {
      const result = await analyzeDocument({ bytes: await readFile(evalPath(`robustness/${name}`)), today: TODAY })
      if (result.ok) {
        assert.isString(result.value.text, name)
      } else {
        assert.match(result.message, /^[A-Z].{20,}/, `${name}: ${result.code}`)
        assert.notMatch(result.message, /Error:|at \S+ \(/, name)
      }
    }
  }).timeout(180_000)
})
