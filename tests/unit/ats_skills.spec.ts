import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { analyzeResume } from '../../app/nlp/analyze_resume.js'
import { scoreResume } from '../../app/nlp/scoring/index.js'
import type { AtsReport, CheckResult } from '../../app/nlp/scoring/types.js'
import { CONTENT_CHECKS } from '../../app/nlp/scoring/checks/content.js'
import { SKILLS_CHECKS } from '../../app/nlp/scoring/checks/skills.js'
import { evalPath } from '#tests/helpers'

const TODAY = '2025-06'
const fixture = async (name: string) => (await readFile(new URL(`../fixtures/ats_content/${name}`, import.meta.url))).toString()

async function report(bytes: Uint8Array): Promise<AtsReport> {
  const analysis = await analyzeResume(bytes, { today: TODAY, ocr: false })
  if (!analysis.ok) throw new Error(`analysis failed: ${analysis.message}`)
  return scoreResume({ ...analysis.value, today: TODAY }, [...CONTENT_CHECKS, ...SKILLS_CHECKS])
}

const txt = (text: string) => new TextEncoder().encode(text)

function check(result: AtsReport, id: string): CheckResult {
  const found = result.checks.find((c) => c.id === id)
  if (!found) throw new Error(`no check ${id}`)
  return found
}

test.group('Skills checks: skills-section', () => {
  test('passes when a skills section lists five or more recognised skills', async ({ assert }) => {
    const result = check(await report(txt(await fixture('strong.txt'))), 'skills-section')
    assert.equal(result.status, 'pass')
    assert.include(result.message, '7 skills')
    assert.include(result.evidence.map((e) => e.text).join('\n'), 'Go, Python, PostgreSQL')
  })

  test('fails when there is no skills section, and says the jobs name skills anyway', async ({ assert }) => {
    const text = (await fixture('strong.txt')).replace(/\nSkills\n.*\n?$/, '\n')
    const result = check(await report(txt(text)), 'skills-section')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'no skills section')
    assert.include(result.message, 'Your jobs mention')
    assert.equal(result.points, 0)
  })

  test('warns when the section lists fewer than five recognised skills', async ({ assert }) => {
    const result = check(await report(txt(await fixture('weak.txt'))), 'skills-section')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'only 3 skills')
    assert.isAbove(result.points, 0)
    assert.isBelow(result.points, result.weight / 2)
  })

  test('warns when skills sit under a combined heading a parser files elsewhere', async ({ assert }) => {
    const result = check(await report(await readFile(evalPath('resumes/resume-matcher/template_single-column.pdf'))), 'skills-section')
    assert.equal(result.status, 'warn')
    assert.include(result.message, 'SKILLS & AWARDS')
    assert.isTrue(result.evidence.some((e) => e.text === 'SKILLS & AWARDS'))
  })

  test('a Word skills list with a Heading 1 passes like the text one', async ({ assert }) => {
    const lines = (await fixture('strong.txt')).split('\n').filter((line) => line.trim() !== '')
    const children = lines.map((line) =>
      /^(Summary|Experience|Education|Skills)$/.test(line)
        ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 })
        : line.startsWith('• ')
          ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } })
          : new Paragraph({ text: line })
    )
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
    const result = await report(docx)
    assert.equal(check(result, 'skills-section').status, 'pass')
    assert.equal(check(result, 'skills-evidenced').status, 'pass')
  })
})

test.group('Skills checks: skills-evidenced', () => {
  test('passes when the jobs use every listed skill', async ({ assert }) => {
    const result = check(await report(txt(await fixture('strong.txt'))), 'skills-evidenced')
    assert.equal(result.status, 'pass')
    assert.include(result.message, '7 of the 7 skills')
    assert.isEmpty(result.evidence)
  })

  test('warns when fewer than half are backed, naming them and pointing at their line', async ({ assert }) => {
    const text = (await fixture('strong.txt')).trimEnd() + '\nAlso: Rust, Java, Scala, Redis, GraphQL, Docker, React, Snowflake, Swift\n'
    const result = check(await report(txt(text)), 'skills-evidenced')
    assert.equal(result.status, 'warn')
    assert.include(result.message, '7 of the 16 skills')
    assert.include(result.message, 'Rust')
    assert.deepEqual(
      result.evidence.map((e) => e.text),
      ['Also: Rust, Java, Scala, Redis, GraphQL, Docker, React, Snowflake, Swift']
    )
  })

  test('fails when no listed skill appears in any job', async ({ assert }) => {
    const result = check(await report(txt(await fixture('weak.txt'))), 'skills-evidenced')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'Salesforce')
    assert.include(result.evidence.map((e) => e.text).join('\n'), 'Salesforce, Tableau, SAP')
  })

  test('the skills weights add up to 10 points', ({ assert }) => {
    assert.equal(
      SKILLS_CHECKS.reduce((total, c) => total + c.weight, 0),
      10
    )
    assert.deepEqual(
      SKILLS_CHECKS.map((c) => c.id),
      ['skills-section', 'skills-evidenced']
    )
  })
})
