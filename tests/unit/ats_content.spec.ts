import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { Document, Packer, Paragraph, HeadingLevel } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { analyzeResume } from '../../app/nlp/analyze_resume.js'
import { scoreResume } from '../../app/nlp/scoring/index.js'
import type { AtsReport, CheckResult } from '../../app/nlp/scoring/types.js'
import { CONTENT_CHECKS } from '../../app/nlp/scoring/checks/content.js'
import { SKILLS_CHECKS } from '../../app/nlp/scoring/checks/skills.js'
import { isActionVerb } from '../../app/nlp/scoring/lexicon.js'
import { evalPath } from '#tests/helpers'

const TODAY = '2025-06'
const CHECKS = [...CONTENT_CHECKS, ...SKILLS_CHECKS]
const CONTENT_IDS = ['quantified-achievements', 'action-verbs', 'weak-phrases', 'first-person', 'bullet-length', 'repetition']
const fixture = (name: string) => readFile(new URL(`../fixtures/ats_content/${name}`, import.meta.url))

/** The real pipeline, then the content and skills checks only. */
async function report(bytes: Uint8Array): Promise<AtsReport> {
  const analysis = await analyzeResume(bytes, { today: TODAY, ocr: false })
  if (!analysis.ok) throw new Error(`analysis failed: ${analysis.message}`)
  return scoreResume({ layout: analysis.value.layout, parsed: analysis.value.parsed, today: TODAY }, CHECKS)
}

const txt = (text: string) => new TextEncoder().encode(text)

function check(result: AtsReport, id: string): CheckResult {
  const found = result.checks.find((c) => c.id === id)
  if (!found) throw new Error(`no check ${id}`)
  return found
}

const evidenceText = (result: CheckResult) => result.evidence.map((e) => e.text).join('\n')

/** A one-page PDF drawn with pdf-lib: headings bold, one text line per entry. */
async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = pdf.addPage([595.28, 841.89])
  let y = 60
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      y += 8
      continue
    }
    const heading = /^(Summary|Experience|Education|Skills|References)$/.test(line)
    const size = heading ? 13 : 9.5
    // Wrapped like a word processor would, so a long bullet continues on the next line.
    for (const part of wrap(line.replace('–', '-'), 95)) {
      page.drawText(part, { x: 50, y: 841.89 - y, size, font: heading ? bold : regular })
      y += heading ? 20 : 14
    }
  }
  return pdf.save()
}

function wrap(line: string, width: number): string[] {
  const parts: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current && (current + ' ' + word).length > width) {
      parts.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  return [...parts, current]
}

/** A DOCX made with `docx`: headings as Heading 1, bullets as real Word list items. */
async function docxOf(text: string): Promise<Uint8Array> {
  const children = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      if (/^(Summary|Experience|Education|Skills|References)$/.test(line)) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 })
      if (line.startsWith('• ')) return new Paragraph({ text: line.slice(2), bullet: { level: 0 } })
      return new Paragraph({ text: line })
    })
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

test.group('Content checks: a strong résumé passes them all', (group) => {
  let strong: AtsReport
  group.setup(async () => {
    strong = await report(await fixture('strong.txt'))
  })

  for (const id of CONTENT_IDS) {
    test(`${id} passes on quantified, verb-led, concise bullets`, ({ assert }) => {
      const result = check(strong, id)
      assert.equal(result.status, 'pass', result.message)
      assert.equal(result.points, result.weight)
      assert.equal(result.fix, '')
    })
  }

  test('the content weights add up to 20 points', ({ assert }) => {
    assert.equal(
      CONTENT_CHECKS.reduce((total, c) => total + c.weight, 0),
      20
    )
    assert.deepEqual(
      CONTENT_CHECKS.map((c) => c.id),
      CONTENT_IDS
    )
  })
})

test.group('Content checks: a weak résumé fires each of them, with the lines behind it', (group) => {
  let weak: AtsReport
  group.setup(async () => {
    weak = await report(await fixture('weak.txt'))
  })

  test('quantified-achievements fails when no bullet has a number and quotes the bullets', ({ assert }) => {
    const result = check(weak, 'quantified-achievements')
    assert.equal(result.status, 'fail')
    assert.include(result.message, '0 of your 7 experience bullets')
    assert.include(evidenceText(result), 'Responsible for answering phones')
    assert.isNotEmpty(result.fix)
  })

  test('action-verbs fails on duty phrases and names them', ({ assert }) => {
    const result = check(weak, 'action-verbs')
    assert.equal(result.status, 'fail')
    assert.include(result.message, '“responsible for”')
    assert.include(evidenceText(result), 'Helped the manager')
    assert.include(evidenceText(result), 'Worked on the company newsletter')
  })

  test('weak-phrases finds buzzwords in the summary and the references line, not in contact lines', ({ assert }) => {
    const result = check(weak, 'weak-phrases')
    assert.equal(result.status, 'fail')
    for (const phrase of ['team player', 'detail-oriented', 'results-driven']) assert.include(result.message + evidenceText(result), phrase)
    assert.include(evidenceText(result), 'References available upon request')
    assert.notInclude(evidenceText(result), 'sam.doe@example.com')
  })

  test('first-person flags "I" and "my" in the summary and in bullets', ({ assert }) => {
    const result = check(weak, 'first-person')
    assert.notEqual(result.status, 'pass')
    assert.include(evidenceText(result), 'My goal')
    assert.include(evidenceText(result), 'and I also prepared')
  })

  test('bullet-length flags a bullet over 30 words and a one-word bullet', ({ assert }) => {
    const result = check(weak, 'bullet-length')
    assert.equal(result.status, 'fail')
    assert.include(evidenceText(result), 'walked them through the building')
    assert.isTrue(result.evidence.some((e) => e.text === 'Filing'))
  })

  test('repetition flags three bullets opening with the same phrase', ({ assert }) => {
    const result = check(weak, 'repetition')
    assert.notEqual(result.status, 'pass')
    assert.include(result.message, '3 bullets start with “Responsible for”')
    assert.lengthOf(result.evidence, 3)
  })

  test('a weak résumé scores far below a strong one', async ({ assert }) => {
    const strong = await report(await fixture('strong.txt'))
    assert.isAbove(strong.score, 90)
    assert.isBelow(weak.score, 30)
  })
})

test.group('Content checks: edge cases', () => {
  test('years, versions and tool names are not counted as results', async ({ assert }) => {
    const text = (await fixture('strong.txt')).toString().replace(
      /• .*\n/g,
      (line) => (line.includes('Led') || line.includes('Built') ? line : '')
    )
    const noNumbers = text
      .replace('Led a team of 6 engineers that rebuilt the payouts service in Go, cutting failed payouts by 38%', 'Led the rebuild of the payouts service in Go since 2021 on HTML5 dashboards')
      .replace('Built the bank-sync scheduler in Python, serving 3 million linked accounts', 'Built the bank-sync scheduler in Python 2019 and S3')
    const result = check(await report(txt(noNumbers)), 'quantified-achievements')
    assert.equal(result.status, 'fail')
  })

  test('"Engineer I" in a title and "I/O" in a bullet are not first person', async ({ assert }) => {
    const text = (await fixture('strong.txt'))
      .toString()
      .replace('Software Engineer, Plaid', 'Software Engineer I, Plaid')
      .replace('without downtime', 'without downtime or extra disk I/O')
    assert.equal(check(await report(txt(text)), 'first-person').status, 'pass')
  })

  test('a job written as prose is judged sentence by sentence', async ({ assert }) => {
    const text = (await fixture('strong.txt'))
      .toString()
      .replace(
        /• Built[^\n]*\n• Automated[^\n]*\n• Negotiated[^\n]*\n• Migrated[^\n]*\n/,
        'Built the bank-sync scheduler in Python for 3 million accounts. Automated Kubernetes deployments with Terraform in 15 minutes. Negotiated API contracts with 12 partner banks.\n'
      )
    const result = await report(txt(text))
    assert.equal(check(result, 'bullet-length').status, 'pass')
    assert.include(check(result, 'action-verbs').message, '7 of your 7 experience bullets')
  })

  test('the verb list knows irregular, British and prefixed forms', ({ assert }) => {
    for (const word of ['Led', 'built', 'Optimised', 'optimizing', 'Co-authored', 'spearheaded', 'Reduced']) assert.isTrue(isActionVerb(word), word)
    for (const word of ['Responsible', 'Team', 'The']) assert.isFalse(isActionVerb(word), word)
  })
})

test.group('Content checks across formats', () => {
  test('a PDF made with pdf-lib gets the same verdicts as the text résumé', async ({ assert }) => {
    for (const name of ['strong.txt', 'weak.txt']) {
      const source = (await fixture(name)).toString()
      const fromText = await report(txt(source))
      const fromPdf = await report(await pdfOf(source))
      assert.deepEqual(
        fromPdf.checks.map((c) => [c.id, c.status]),
        fromText.checks.map((c) => [c.id, c.status]),
        name
      )
    }
  })

  test('a DOCX made with docx, with Word list bullets, fires the same content checks', async ({ assert }) => {
    const weak = await report(await docxOf((await fixture('weak.txt')).toString()))
    const strong = await report(await docxOf((await fixture('strong.txt')).toString()))
    for (const id of ['quantified-achievements', 'action-verbs', 'weak-phrases', 'bullet-length', 'repetition']) {
      assert.notEqual(check(weak, id).status, 'pass', id)
      assert.equal(check(strong, id).status, 'pass', id)
    }
    assert.include(evidenceText(check(weak, 'action-verbs')), 'Responsible for answering phones')
  })

  test('the RenderCV classic résumé passes on quantified, verb-led bullets', async ({ assert }) => {
    const result = await report(await readFile(evalPath('resumes/rendercv/classic.pdf')))
    assert.equal(check(result, 'quantified-achievements').status, 'pass')
    assert.equal(check(result, 'action-verbs').status, 'pass')
    // The wrapped "99.97%" / "uptime" bullet is one statement, not two.
    assert.include(check(result, 'quantified-achievements').message, 'of your 15 experience bullets')
  })

  test('the same bytes give the same report, evidence included', async ({ assert }) => {
    const bytes = await fixture('weak.txt')
    const first = await report(bytes)
    const second = await report(bytes)
    assert.deepEqual(second, first)
    assert.isNotEmpty(first.checks.flatMap((c) => c.evidence))
  })
})
