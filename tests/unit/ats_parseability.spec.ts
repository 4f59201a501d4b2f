import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { scoreResume, RULES_VERSION, type AtsCheck } from '#nlp/scoring/index'
import { PARSEABILITY_CHECKS } from '#nlp/scoring/checks/parseability'
import { terminateOcr } from '#nlp/ocr/index'
import { evalPath } from '#tests/helpers'
import { baseResume, docxResume, EMAIL, nearlyEmptyDocx, pdfResume } from '#tests/fixtures/ats/build'
import { CHECKS, score, TODAY, type Scored } from '#tests/fixtures/ats/report'

const fromEval = async (relative: string) => score(new Uint8Array(await readFile(evalPath(relative))))

/** The scanned PDF takes seconds to OCR: read it once for the three checks that look at it. */
let scanned: Promise<Scored> | undefined
const scannedResume = () => (scanned ??= fromEval('robustness/image_only_scan_rendercv_classic.pdf'))

test.group('ATS parseability checks', (group) => {
  group.teardown(() => terminateOcr())

  test('the parseability weights add up to 35 points', ({ assert }) => {
    assert.equal(
      PARSEABILITY_CHECKS.reduce((total, check) => total + check.weight, 0),
      35
    )
    assert.deepEqual(
      PARSEABILITY_CHECKS.map((check) => check.id),
      ['text-layer', 'garbled-text', 'multi-column-layout', 'tables-used-for-layout', 'text-boxes', 'contact-in-header-footer', 'images-and-icons', 'ocr-used']
    )
  })

  test('a PDF exported from an editor passes every parseability check', async ({ assert }) => {
    const { report } = await score(await pdfResume(baseResume()))
    const parseability = report.checks.filter((check) => check.category === 'parseability')
    assert.deepEqual(
      parseability.filter((check) => check.status !== 'pass').map((check) => check.id),
      []
    )
    assert.equal(report.categories.find((category) => category.id === 'parseability')?.score, 100)
  })

  test('a scanned PDF fails text-layer and ocr-used and warns about images', async ({ assert }) => {
    const { check } = await scannedResume()
    assert.equal(check('text-layer').status, 'fail')
    assert.include(check('text-layer').message, 'no text layer')
    assert.equal(check('ocr-used').status, 'fail')
    assert.include(check('ocr-used').message, 'whole résumé')
    assert.equal(check('images-and-icons').status, 'warn')
  }).timeout(60_000)

  test('a document with almost no text fails text-layer', async ({ assert }) => {
    const { check } = await score(await nearlyEmptyDocx())
    assert.equal(check('text-layer').status, 'fail')
    assert.match(check('text-layer').message, /Only \d+ characters/)
    assert.equal(check('ocr-used').status, 'pass')
  })

  test('a few broken ligatures warn and point at the garbled lines', async ({ assert }) => {
    // azurill: 3 of 71 lines have "fi" read as U+FFFD (4.2 %, between 0.5 % and 5 %).
    const { analysis, check } = await fromEval('resumes/reactive-resume/azurill.pdf')
    const result = check('garbled-text')
    assert.equal(result.status, 'warn')
    assert.equal(result.points, 2.5)
    assert.deepEqual(
      result.evidence.map((evidence) => evidence.line),
      analysis.layout.garbledLineIds
    )
    assert.isTrue(result.evidence.every((evidence) => evidence.text.includes('\uFFFD')))
  })

  test('garbled text above 5 % of the lines fails', async ({ assert }) => {
    // chikorita: 4 of 71 lines (5.6 %).
    const { check } = await fromEval('resumes/reactive-resume/chikorita.pdf')
    assert.equal(check('garbled-text').status, 'fail')
    assert.equal(check('garbled-text').points, 0)
    assert.lengthOf(check('garbled-text').evidence, 4)
  })

  test('a sidebar layout fails multi-column-layout with the sidebar lines as evidence', async ({ assert }) => {
    const { analysis, check } = await score(await pdfResume(baseResume(), { layout: 'sidebar' }))
    const result = check('multi-column-layout')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'Workday')
    assert.isNotEmpty(result.evidence)
    assert.isTrue(result.evidence.every((evidence) => analysis.layout.lines[evidence.line].column > 0))
    assert.isTrue(result.evidence.some((evidence) => evidence.text === 'Skills'))
  })

  test('a one-column PDF passes multi-column-layout', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('multi-column-layout').status, 'pass')
    assert.lengthOf(check('multi-column-layout').evidence, 0)
  })

  test('jobs laid out in a DOCX table fail tables-used-for-layout', async ({ assert }) => {
    const { analysis, check } = await score(await docxResume(baseResume(), { jobsInTable: true }))
    const result = check('tables-used-for-layout')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'your jobs')
    assert.isTrue(result.evidence.every((evidence) => analysis.layout.lines[evidence.line].source === 'table'))
    assert.isTrue(result.evidence.some((evidence) => evidence.text === 'Senior Data Analyst'))
  })

  test('a DOCX without tables passes tables-used-for-layout', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume()))
    assert.equal(check('tables-used-for-layout').status, 'pass')
  })

  test('a table that holds no jobs or contacts only warns', async ({ assert }) => {
    // mammoth_tables.docx: a 2×2 table of filler words between two paragraphs.
    const { check } = await fromEval('robustness/mammoth_tables.docx')
    assert.equal(check('tables-used-for-layout').status, 'warn')
    assert.lengthOf(check('tables-used-for-layout').evidence, 4)
  })

  test('contact details in a DOCX text box fail text-boxes', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume(), { contactsIn: 'text-box' }))
    const result = check('text-boxes')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'contact details')
    assert.include(result.evidence[0]?.text ?? '', EMAIL)
  })

  test('a DOCX without text boxes passes text-boxes', async ({ assert }) => {
    const { check } = await score(await docxResume(baseResume()))
    assert.equal(check('text-boxes').status, 'pass')
  })

  test('email and phone only in the DOCX page header fail contact-in-header-footer', async ({ assert }) => {
    const { analysis, check } = await score(await docxResume(baseResume(), { contactsIn: 'header' }))
    const result = check('contact-in-header-footer')
    assert.equal(result.status, 'fail')
    assert.include(result.message, 'email address and phone number')
    assert.include(result.message, 'Workday and Taleo')
    assert.isNotEmpty(result.evidence)
    assert.isTrue(result.evidence.every((evidence) => analysis.layout.lines[evidence.line].source === 'header'))
    assert.include(result.evidence[0].text, EMAIL)
  })

  test('contacts in the body pass contact-in-header-footer even when a footer repeats the name', async ({ assert }) => {
    // rendercv classic prints "John Doe – 1/2" in the footer, and the name again in the body.
    const { analysis, check } = await fromEval('resumes/rendercv/classic.pdf')
    assert.isTrue(analysis.layout.flags.headerFooterText)
    assert.equal(check('contact-in-header-footer').status, 'pass')
  })

  test('a picture in the PDF warns images-and-icons', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume(), { image: true }))
    assert.equal(check('images-and-icons').status, 'warn')
    assert.equal(check('images-and-icons').points, 1)
  })

  test('a PDF without pictures passes images-and-icons', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('images-and-icons').status, 'pass')
    assert.equal(check('images-and-icons').points, 2)
  })

  test('a PDF with a text layer passes ocr-used', async ({ assert }) => {
    const { check } = await score(await pdfResume(baseResume()))
    assert.equal(check('ocr-used').status, 'pass')
  })
})

test.group('ATS report', () => {
  test('the same file gives a deep-equal report twice', async ({ assert }) => {
    const bytes = await pdfResume(baseResume(), { layout: 'sidebar', image: true })
    const first = await score(bytes)
    const second = await score(bytes)
    assert.deepEqual(first.report, second.report)
    assert.equal(first.report.rulesVersion, RULES_VERSION)
  })

  test('the score is the points earned over the weights, with warn worth half and fail nothing', async ({ assert }) => {
    const { analysis } = await score(await pdfResume(baseResume()))
    const fixed = (id: string, weight: number, status: 'pass' | 'warn' | 'fail', credit?: number): AtsCheck => ({
      id,
      category: 'parseability',
      weight,
      title: id,
      run: () => ({ status, message: id, fix: 'do something', credit, lines: [1, 0, 1] }),
    })
    const report = scoreResume({ layout: analysis.layout, parsed: analysis.parsed, today: TODAY }, [
      fixed('a', 10, 'pass'),
      fixed('b', 6, 'warn'),
      fixed('c', 4, 'fail'),
      fixed('d', 4, 'warn', 0.75),
    ])
    // 10 + 3 + 0 + 3 = 16 of 24 points.
    assert.deepEqual(
      report.checks.map((check) => check.points),
      [10, 3, 0, 3]
    )
    assert.equal(report.score, Math.round((16 / 24) * 100))
    assert.equal(report.categories[0].points, 16)
    assert.equal(report.checks[0].fix, '')
    assert.deepEqual(
      report.checks[1].evidence.map((evidence) => evidence.line),
      [0, 1]
    )
  })

  test('all three categories together weigh 70 points and a clean résumé scores 100', async ({ assert }) => {
    assert.equal(
      CHECKS.reduce((total, check) => total + check.weight, 0),
      70
    )
    const { report } = await score(await docxResume(baseResume()))
    assert.equal(report.score, 100)
    assert.deepEqual(
      report.categories.map((category) => category.id),
      ['parseability', 'contact', 'structure']
    )
  })
})
