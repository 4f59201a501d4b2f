import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { test } from '@japa/runner'
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'
import { layoutText, readLayout, type LayoutResult, type OcrPage } from '../../app/nlp/layout/index.js'
import { attachLinks, pageLinks } from '../../app/nlp/layout/links.js'
import { linesFromPages } from '../../app/nlp/layout/pages.js'
import { fontTraits, readPdf, textFragments } from '../../app/nlp/layout/pdf.js'
import { pdfjsPatched } from '../../app/nlp/layout/pdfjs_extras.js'
import { cleanLineText, isPageNumber } from '../../app/nlp/layout/text.js'
import type { LayoutDocument, Line } from '../../app/nlp/types.js'
import { evalPath } from '#tests/helpers'

async function layoutOf(path: string): Promise<LayoutDocument> {
  return expectLayout(await readLayout(await readFile(evalPath(path))), path)
}

// Narrowing helper: a failed expectation reports what came back instead of a bare "expected true".
function expectLayout(result: LayoutResult, label = 'document'): LayoutDocument {
  if (!result.ok) throw new Error(`${label}: expected a layout, got ${result.code}: ${result.message}`)
  return result.value
}

function lineAt(layout: LayoutDocument, text: string): Line {
  const line = layout.lines.find((candidate) => candidate.text === text)
  if (!line) throw new Error(`no line "${text}" in:\n${layout.lines.map((candidate) => candidate.text).join('\n')}`)
  return line
}

/** The texts that follow the line `text`, in reading order. */
function textsAfter(layout: LayoutDocument, text: string, count: number): string[] {
  const { id } = lineAt(layout, text)
  return layout.lines.slice(id + 1, id + 1 + count).map((line) => line.text)
}

interface Fonts {
  regular: PDFFont
  bold: PDFFont
}

/** A PDF drawn with pdf-lib: `y` counts from the top of an A4 page, like the layout's boxes. */
async function syntheticPdf(pages: Array<(draw: (text: string, x: number, y: number, size?: number, bold?: boolean) => void, page: PDFPage) => void>) {
  const pdf = await PDFDocument.create()
  const fonts: Fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) }
  for (const drawPage of pages) {
    const page = pdf.addPage([595.28, 841.89])
    drawPage((text, x, y, size = 10, bold = false) => page.drawText(text, { x, y: 841.89 - y, size, font: bold ? fonts.bold : fonts.regular }), page)
  }
  return pdf.save()
}

const LEFT_COLUMN = [
  'Acme GmbH — Backend Engineer',
  'Built payment services in Go and',
  'PostgreSQL for two million users.',
  'Cut p95 latency by 40 percent.',
  'Globex AG — Software Engineer',
  'Maintained the billing platform',
  'and its TypeScript front end.',
  'Education',
  'TU Berlin — MSc Computer Science',
  'Thesis on distributed ledgers.',
]
const RIGHT_COLUMN = ['Go, TypeScript, SQL', 'Kubernetes, Terraform', 'Languages', 'German (native)', 'English (fluent)', 'Interests', 'Climbing, chess']

/** Two pages: a name block, two columns with baselines half a line apart, a skills table, a running header and page footers. */
function twoColumnResume() {
  return syntheticPdf([
    (draw) => {
      draw('Jane Roe — Curriculum Vitae', 50, 30, 8)
      draw('Jane Roe', 50, 80, 22, true)
      draw('jane@roe.dev  ·  +49 30 1234567  ·  Berlin, Germany  ·  github.com/janeroe', 50, 104)
      draw('Experience', 50, 150, 12, true)
      LEFT_COLUMN.forEach((text, i) => draw(text, 50, 174 + 24 * i))
      draw('Skills', 360, 162, 12, true)
      RIGHT_COLUMN.forEach((text, i) => draw(text, 360, 186 + 24 * i))
      draw('Page 1 of 2', 270, 815, 9)
    },
    (draw) => {
      draw('Jane Roe — Curriculum Vitae', 50, 30, 8)
      draw('Tools', 50, 80, 12, true)
      ;[
        ['Go', '5 years'],
        ['TypeScript', '4 years'],
        ['PostgreSQL', '8 years'],
        ['Terraform', '2 years'],
      ].forEach(([tool, years], i) => {
        draw(tool!, 50, 100 + 14 * i)
        draw(years!, 250, 100 + 14 * i)
      })
      draw('References are available on request from both of my former employers.', 50, 180)
      draw('Page 2 of 2', 270, 815, 9)
    },
  ])
}

test.group('Layout of PDF résumés', () => {
  test('a résumé with a left sidebar is read one column at a time, sidebar first', async ({ assert }) => {
    const layout = await layoutOf('resumes/reactive-resume/azurill.pdf')

    assert.isTrue(layout.flags.multiColumn)
    assert.isTrue(layout.flags.sidebar)
    // A sidebar heading and its content are consecutive, not interleaved with the main column.
    assert.deepEqual(textsAfter(layout, 'Skills', 3), ['Web Technologies', 'Advanced', 'HTML5, JavaScript, PHP, Python'])
    assert.deepEqual(textsAfter(layout, 'Experience', 2), ['Creative Solutions Inc.', 'Senior Web Developer'])
    const sidebar = lineAt(layout, 'Web Technologies')
    const main = lineAt(layout, 'Creative Solutions Inc.')
    assert.equal(main.column, 0)
    assert.equal(sidebar.column, 1)
    assert.isBelow(lineAt(layout, 'clients.').id, lineAt(layout, 'Summary').id)
  })

  test('a sidebar on the right is read after the whole main column', async ({ assert }) => {
    const layout = await layoutOf('resumes/reactive-resume/chikorita.pdf')

    assert.isTrue(layout.flags.multiColumn)
    assert.isTrue(layout.flags.sidebar)
    assert.deepEqual(textsAfter(layout, 'Skills', 2), ['Web Technologies', 'Advanced'])
    const lastOfMain = Math.max(...layout.lines.filter((line) => line.column === 0).map((line) => line.id))
    assert.isBelow(lastOfMain, lineAt(layout, 'Skills').id)
  })

  test('the name and contacts above a sidebar are read before either column', async ({ assert }) => {
    for (const file of ['ditto', 'pikachu']) {
      const layout = await layoutOf(`resumes/reactive-resume/${file}.pdf`)
      assert.equal(layout.lines[0]!.text, 'John Doe', file)
      assert.isTrue(layout.flags.multiColumn, file)
      const contacts = layout.lines.findIndex((line) => line.text.startsWith('Pleasantville, CA 94588'))
      assert.isBelow(contacts, lineAt(layout, 'Summary').id, file)
      assert.isBelow(contacts, layout.lines.findIndex((line) => line.text === 'Profiles' || line.text === 'Pro\uFFFDles'), file)
    }
  })

  test('a single-column résumé is read top to bottom with no column flags', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')

    assert.isFalse(layout.flags.multiColumn)
    assert.isFalse(layout.flags.sidebar)
    assert.isTrue(layout.lines.every((line) => line.column === 0))
    assert.equal(layout.lines.find((line) => line.source === 'text')!.text, 'Last updated in Mar 2026')
  })

  test('dates and places set beside an entry stay with that entry', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')
    assert.deepEqual(textsAfter(layout, 'Nexus AI, Co-Founder & CTO', 3), ['San Francisco, CA', 'June 2023 – present', '2 years 10 months'])
    assert.deepEqual(textsAfter(layout, 'NVIDIA Research, Research Intern', 2), ['Santa Clara, CA', 'May 2022 – Aug 2022'])
  })

  test('labels in a left margin are read before the text they label', async ({ assert }) => {
    const europass = await layoutOf('resumes/reactive-resume/nosepass.pdf')
    assert.deepEqual(textsAfter(europass, 'Jan 2019 - Present', 1), ['Creative Solutions Inc.'])
    assert.deepEqual(textsAfter(europass, 'Summary', 1), [
      'Innovative Web Developer with 5 years of experience in building impactful and',
    ])
    assert.isFalse(europass.flags.multiColumn)

    const bronzor = await layoutOf('resumes/reactive-resume/bronzor.pdf')
    assert.deepEqual(textsAfter(bronzor, 'Experience', 1), ['Creative Solutions Inc. | January 2019 to Present'])
  })

  test('project cards set side by side are read card by card and flagged as a grid', async ({ assert }) => {
    const layout = await layoutOf('resumes/reactive-resume/bronzor.pdf')

    assert.deepEqual(textsAfter(layout, 'E-Commerce Platform', 3), [
      'Project Lead',
      'Led the development of a full-stack e-commerce',
      'platform, improving sales conversion by 25%.',
    ])
    assert.isTrue(layout.flags.tables)
    assert.equal(lineAt(layout, 'E-Commerce Platform').source, 'table')
  })

  test('the resume-matcher two-column template reads its sidebar as one block, the single-column one has none', async ({ assert }) => {
    const twoColumn = await layoutOf('resumes/resume-matcher/template_two-column.pdf')
    assert.isTrue(twoColumn.flags.multiColumn)
    assert.isTrue(twoColumn.flags.sidebar)
    const education = lineAt(twoColumn, 'EDUCATION')
    assert.equal(twoColumn.lines[education.id + 1]!.text.startsWith('UC Berkeley'), true)
    assert.isAbove(education.column, 0)

    const singleColumn = await layoutOf('resumes/resume-matcher/template_single-column.pdf')
    assert.isFalse(singleColumn.flags.multiColumn)
  })

  test('a running header repeated on every page is marked as a header and read first on its page', async ({ assert }) => {
    const layout = await layoutOf('resumes/reactive-resume/nosepass.pdf')
    const headers = layout.lines.filter((line) => line.source === 'header')

    assert.deepEqual(
      headers.map((line) => [line.page, line.text]),
      [
        [1, 'Curriculum Vitae | John Doe'],
        [2, 'Curriculum Vitae | John Doe'],
      ]
    )
    assert.equal(layout.lines.find((line) => line.page === 2)!.source, 'header')
    assert.isTrue(layout.flags.headerFooterText)
  })

  test('a footer with a page counter is marked as a footer and read last on its page', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')
    const footer = lineAt(layout, 'John Doe – 1/2')

    assert.equal(footer.source, 'footer')
    assert.equal(layout.lines[footer.id + 1]!.page, 2)
    assert.equal(lineAt(layout, 'John Doe – 2/2').source, 'footer')
  })

  test('images are found from paint operators, and icon fonts do not count as images', async ({ assert }) => {
    assert.isTrue((await layoutOf('resumes/reactive-resume/azurill.pdf')).flags.images)
    // classic.pdf draws its contact icons with Font Awesome, not pictures.
    assert.isFalse((await layoutOf('resumes/rendercv/classic.pdf')).flags.images)
  })

  test('icon glyphs are taken out of the text, mark the line they lead, and are not garbled text', async ({ assert }) => {
    const layout = await layoutOf('resumes/reactive-resume/azurill.pdf')
    const contacts = layout.lines.find((line) => line.text.startsWith('Pleasantville, CA 94588'))!

    assert.equal(contacts.text, 'Pleasantville, CA 94588 (555) 123-4567 john.doe@gmail.com https://johndoe.me/')
    assert.isTrue(contacts.bullet)
    assert.notInclude(layout.garbledLineIds, contacts.id)
    assert.isFalse(layout.lines.some((line) => /[\uE000-\uF8FF]/.test(line.text)))

    // Font Awesome under LaTeX maps its icons to plain letters ("#" for mail); the font name gives them away.
    const latex = await layoutOf('resumes/resume-matcher/bruce_wayne_fullstack.pdf')
    assert.include(latex.lines.map((line) => line.text), 'bwayne@email.com')
  })

  test('glyphs with no Unicode mapping leave the line visibly garbled and listed', async ({ assert }) => {
    const layout = await layoutOf('resumes/reactive-resume/azurill.pdf')
    const certifications = lineAt(layout, 'Certi\uFFFDcations')

    assert.include(layout.garbledLineIds, certifications.id)
    assert.isTrue(layout.flags.garbled)
    assert.isTrue(layout.warnings.some((warning) => warning.includes('ligatures')))
  })

  test('bold comes from the font name', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')

    assert.isTrue(lineAt(layout, 'John Doe').bold)
    assert.isTrue(lineAt(layout, 'Education').bold)
    assert.isFalse(lineAt(layout, 'Advisor: Prof. Sanjeev Arora').bold)
    assert.isAbove(lineAt(layout, 'John Doe').fontSize!, lineAt(layout, 'Education').fontSize!)
  })

  test('bullet markers are removed from the text and remembered on the line', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')
    const advisor = lineAt(layout, 'Advisor: Prof. Sanjeev Arora')

    assert.isTrue(advisor.bullet)
    assert.isFalse(lineAt(layout, 'Education').bullet)
    assert.isFalse(layout.lines.some((line) => line.text.startsWith('•')))
  })

  test('line ids are the reading order and every line has text and a box in page points', async ({ assert }) => {
    for (const file of ['resumes/rendercv/classic.pdf', 'resumes/reactive-resume/kakuna.pdf']) {
      const layout = await layoutOf(file)
      layout.lines.forEach((line, index) => assert.equal(line.id, index, file))
      assert.isTrue(layout.lines.every((line) => line.text.length > 0 && line.box !== null && line.box.x >= 0 && line.box.y >= 0), file)
      assert.isTrue(layout.lines.every((line) => line.box!.x + line.box!.width <= 600 && line.box!.y + line.box!.height <= 845), file)
    }
  })

  test('layout text puts one line per row and a blank line between pages', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')
    const text = layoutText(layout)

    assert.include(text, 'John Doe – 1/2\n\nProjects\n')
    assert.equal(text.split('\n').filter(Boolean).length, layout.lines.length)
  })
})

test.group('Layout of a synthetic PDF', () => {
  test('two columns drawn with pdf-lib are read left column first, then the right one', async ({ assert }) => {
    const layout = expectLayout(await readLayout(await twoColumnResume()))
    const page1 = layout.lines.filter((line) => line.page === 1 && line.source === 'text').map((line) => line.text)

    assert.deepEqual(page1, [
      'Jane Roe',
      'jane@roe.dev · +49 30 1234567 · Berlin, Germany · github.com/janeroe',
      'Experience',
      ...LEFT_COLUMN,
      'Skills',
      ...RIGHT_COLUMN,
    ])
    assert.isTrue(layout.flags.multiColumn)
    assert.isTrue(layout.flags.sidebar)
    assert.equal(lineAt(layout, 'Thesis on distributed ledgers.').column, 0)
    assert.equal(lineAt(layout, 'Climbing, chess').column, 1)
  })

  test('the running header and the "Page n of 2" footers are page furniture', async ({ assert }) => {
    const layout = expectLayout(await readLayout(await twoColumnResume()))

    assert.deepEqual(
      layout.lines.filter((line) => line.source !== 'text' && line.source !== 'table').map((line) => [line.page, line.source, line.text]),
      [
        [1, 'header', 'Jane Roe — Curriculum Vitae'],
        [1, 'footer', 'Page 1 of 2'],
        [2, 'header', 'Jane Roe — Curriculum Vitae'],
        [2, 'footer', 'Page 2 of 2'],
      ]
    )
    assert.equal(layout.lines.at(-1)!.text, 'Page 2 of 2')
    assert.isTrue(layout.flags.headerFooterText)
  })

  test('footers that only number the pages are not reported as header or footer text', async ({ assert }) => {
    const bytes = await syntheticPdf([
      (draw) => {
        draw('Jane Roe', 50, 80, 22, true)
        draw('Backend engineer in Berlin.', 50, 110)
        draw('Page 1 of 2', 270, 815, 9)
      },
      (draw) => {
        draw('References on request.', 50, 80)
        draw('Page 2 of 2', 270, 815, 9)
      },
    ])
    const layout = expectLayout(await readLayout(bytes))

    assert.equal(lineAt(layout, 'Page 2 of 2').source, 'footer')
    assert.isFalse(layout.flags.headerFooterText)
  })

  test('a grid of cells with shared column starts is read row by row as a table', async ({ assert }) => {
    const layout = expectLayout(await readLayout(await twoColumnResume()))

    assert.deepEqual(textsAfter(layout, 'Tools', 8), ['Go', '5 years', 'TypeScript', '4 years', 'PostgreSQL', '8 years', 'Terraform', '2 years'])
    assert.equal(lineAt(layout, 'PostgreSQL').source, 'table')
    assert.equal(lineAt(layout, 'Tools').source, 'text')
    assert.isTrue(layout.flags.tables)
  })

  test('bold is read from a standard font name and the font size from the text matrix', async ({ assert }) => {
    const layout = expectLayout(await readLayout(await twoColumnResume()))

    assert.isTrue(lineAt(layout, 'Jane Roe').bold)
    assert.equal(lineAt(layout, 'Jane Roe').fontSize, 22)
    assert.isFalse(lineAt(layout, 'Go, TypeScript, SQL').bold)
    assert.equal(lineAt(layout, 'Go, TypeScript, SQL').fontSize, 10)
    assert.isFalse(layout.flags.images)
  })

  test('a page without text is read through the OCR runner it is given (a test double here), with boxes scaled to points', async ({ assert }) => {
    const bytes = await syntheticPdf([
      (_draw, page) => page.drawRectangle({ x: 40, y: 40, width: 200, height: 100 }),
      (draw) => draw('Page two has a text layer.', 50, 80),
    ])
    const calls: number[][] = []
    // A rendering at twice the page size in pixels: 1190.56 × 1683.78.
    const fakeOcr = async (_bytes: Uint8Array, pages: number[]): Promise<OcrPage[]> => {
      calls.push(pages)
      const line = (text: string, x: number, y: number) => ({ text, box: { x, y, width: 400, height: 40 }, confidence: 91 })
      return [
        {
          page: 1,
          width: 1190.56,
          height: 1683.78,
          lines: [
            line('Jane Roe', 100, 100),
            ...['Acme GmbH', 'Backend Engineer', 'Go and SQL', 'Berlin'].map((text, i) => line(text, 100, 300 + 60 * i)),
            ...['Skills', 'Kubernetes', 'Terraform'].map((text, i) => line(text, 700, 330 + 60 * i)),
          ],
        },
      ]
    }
    const layout = expectLayout(await readLayout(bytes, { ocr: fakeOcr }))

    assert.deepEqual(calls, [[1]])
    const name = lineAt(layout, 'Jane Roe')
    assert.deepEqual(name.box, { x: 50, y: 50, width: 200, height: 20 })
    assert.equal(name.source, 'ocr')
    assert.isNull(name.fontSize)
    assert.deepEqual(layout.ocrPages, [1])
    assert.isTrue(layout.flags.ocr)
    assert.equal(lineAt(layout, 'Page two has a text layer.').source, 'text')
    // OCR boxes go through the same column detection as a text layer.
    assert.deepEqual(textsAfter(layout, 'Berlin', 1), ['Skills'])
    assert.isTrue(layout.warnings.some((warning) => warning.includes('OCR')))
  })

  test('a blank page is skipped without OCR, and a PDF of blank pages is called blank, not a scan', async ({ assert }) => {
    const calls: number[][] = []
    const recordingOcr = async (_bytes: Uint8Array, pages: number[]): Promise<OcrPage[]> => {
      calls.push(pages)
      return []
    }
    const trailingBlank = await syntheticPdf([(draw) => draw('Jane Roe, Backend Engineer', 50, 80), () => {}])
    const layout = expectLayout(await readLayout(trailingBlank, { ocr: recordingOcr }))
    assert.deepEqual(layout.lines.map((line) => line.text), ['Jane Roe, Backend Engineer'])
    assert.deepEqual(layout.warnings, [])
    assert.deepEqual(calls, [])

    for (const bytes of [await syntheticPdf([() => {}, () => {}]), await readFile(evalPath('robustness/encrypted_ownerpw_only_aes256.pdf'))]) {
      const blank = await readLayout(bytes, { ocr: recordingOcr })
      assert.isFalse(blank.ok)
      if (!blank.ok) {
        assert.equal(blank.code, 'no_text')
        assert.include(blank.message, 'blank')
        assert.notInclude(blank.message, 'scanned')
      }
    }
    assert.deepEqual(calls, [])
  })

  test('a scanned PDF stays unreadable without an OCR runner, or when the runner fails', async ({ assert }) => {
    const scan = await readFile(evalPath('robustness/image_only_scan_rendercv_classic.pdf'))
    const withoutOcr = await readLayout(scan)
    assert.isFalse(withoutOcr.ok)
    if (!withoutOcr.ok) assert.equal(withoutOcr.code, 'no_text')

    const failing = await readLayout(scan, {
      ocr: async () => {
        throw new Error('OCR timed out')
      },
    })
    assert.isFalse(failing.ok)
    if (!failing.ok) assert.include(failing.message, 'scanned image')
  })
})

/** One A4 page with a line of text and, drawn after it, an image: an image XObject or an inline image (BI … ID … EI). */
async function pdfWithImage(kind: 'xobject' | 'inline' | 'none') {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([595.28, 841.89])
  page.drawText('Jane Roe, Backend Engineer', { x: 50, y: 780, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) })
  if (kind === 'xobject') {
    // A 1×1 grey PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64')
    page.drawImage(await pdf.embedPng(png), { x: 50, y: 600, width: 80, height: 80 })
  }
  if (kind === 'inline') {
    const stream = pdf.context.stream('q 80 0 0 80 50 600 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q')
    page.node.addContentStream(pdf.context.register(stream))
  }
  return pdf.save()
}

test.group('Layout / one pdf.js pass per page (scripts/patch_pdfjs.mjs)', () => {
  test('npm install patched the pdf.js worker, so the fast path is the one every other test runs', async ({ assert }) => {
    assert.isTrue(pdfjsPatched())
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/patch_pdfjs.mjs', '--check'])
    assert.include(stdout, 'worker is patched')
  })

  test('the patched text content reads the same layout as the operator-list pass: bold, icon fonts, images, links', async ({ assert }) => {
    // azurill: a photo, icons, links; classic: bold and Font Awesome; bruce_wayne: Font Awesome under LaTeX.
    for (const path of ['resumes/reactive-resume/azurill.pdf', 'resumes/rendercv/classic.pdf', 'resumes/resume-matcher/bruce_wayne_fullstack.pdf']) {
      const bytes = await readFile(evalPath(path))
      const patched = expectLayout(await readPdf(bytes, { ocr: false, operatorPass: false }), path)
      const operators = expectLayout(await readPdf(bytes, { ocr: false, operatorPass: true }), path)
      assert.deepEqual(patched, operators, path)
      assert.isTrue(patched.lines.some((line) => line.bold || line.bullet), path)
    }
  })

  test('image XObjects and inline images are both found, by either pass', async ({ assert }) => {
    for (const kind of ['xobject', 'inline', 'none'] as const) {
      const bytes = await pdfWithImage(kind)
      for (const operatorPass of [false, true]) {
        const layout = expectLayout(await readPdf(bytes, { ocr: false, operatorPass }), kind)
        assert.equal(layout.flags.images, kind !== 'none', `${kind}, operatorPass ${operatorPass}`)
        assert.equal(layout.lines[0]!.text, 'Jane Roe, Backend Engineer')
      }
    }
  })

  test('font traits come from the name without its subset prefix, or from the weight flags', ({ assert }) => {
    assert.deepEqual(fontTraits({ name: 'ABCDEF+Lato-Bold' }), { bold: true, icon: false })
    assert.deepEqual(fontTraits({ name: 'CMBX10' }), { bold: true, icon: false })
    assert.deepEqual(fontTraits({ name: 'Lato-Regular', black: true }), { bold: true, icon: false })
    assert.deepEqual(fontTraits({ name: 'QWERTY+FontAwesome5Free-Solid' }), { bold: false, icon: true })
    assert.deepEqual(fontTraits({ name: 'Helvetica' }), { bold: false, icon: false })
    assert.deepEqual(fontTraits(undefined), { bold: false, icon: false })
  })
})

test.group('Layout / PDF link annotations', () => {
  /** A URI link annotation over [x, top, width, height] given from the page's top-left, like the layout's boxes. */
  function addLink(page: PDFPage, url: string, x: number, top: number, width: number, height: number) {
    const pageHeight = page.getHeight()
    const link = page.doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, pageHeight - top - height, x + width, pageHeight - top],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    })
    const existing = page.node.lookup(PDFName.of('Annots'))
    const refs = existing ? [...(existing as unknown as { asArray(): unknown[] }).asArray()] : []
    page.node.set(PDFName.of('Annots'), page.doc.context.obj([...(refs as never[]), page.doc.context.register(link)]))
  }

  test('a link annotation over a line gives the line its URL; lines it does not cover get none', async ({ assert }) => {
    const bytes = await syntheticPdf([
      (draw, page) => {
        draw('Jane Roe', 50, 80, 22, true)
        draw('janeroe', 50, 110)
        draw('Experience', 50, 150, 12, true)
        // A tall icon-sized link over "janeroe" (baseline 110, about 102–112), a mailto on the same line, further right.
        addLink(page, 'https://linkedin.com/in/janeroe', 45, 100, 50, 14)
        addLink(page, 'mailto:jane@roe.dev', 46, 101, 30, 12)
      },
    ])
    const layout = expectLayout(await readLayout(bytes))

    assert.deepEqual(lineAt(layout, 'janeroe').links, ['https://linkedin.com/in/janeroe', 'mailto:jane@roe.dev'])
    assert.isUndefined(lineAt(layout, 'Jane Roe').links)
    assert.isUndefined(lineAt(layout, 'Experience').links)
  })

  test('RenderCV\'s LinkedIn and GitHub icons carry their profile URLs on the contact line', async ({ assert }) => {
    const layout = await layoutOf('resumes/rendercv/classic.pdf')
    const contact = layout.lines.find((line) => line.text.includes('john.doe@email.com'))

    assert.includeMembers(contact?.links ?? [], ['mailto:john.doe@email.com', 'https://linkedin.com/in/rendercv', 'https://github.com/rendercv'])
    assert.isUndefined(lineAt(layout, 'John Doe').links)
  })

  test('annotation rectangles (bottom-left origin) are flipped to top-left boxes and matched by overlap', ({ assert }) => {
    // A 792 pt high page at scale 1: the viewport maps (x, y) to (x, 792 - y).
    const links = pageLinks(
      [
        { subtype: 'Link', url: 'https://github.com/jdoe', rect: [100, 680, 150, 692] },
        { subtype: 'Link', rect: [0, 0, 10, 10] },
        { subtype: 'Widget', url: 'https://example.com', rect: [100, 680, 150, 692] },
      ],
      1,
      (x, y) => [x, 792 - y]
    )
    assert.deepEqual(links, [{ page: 1, url: 'https://github.com/jdoe', x: 100, top: 100, width: 50, height: 12 }])

    const line = (id: number, y: number, page = 1): Line => ({
      id, page, text: `line ${id}`, box: { x: 90, y, width: 200, height: 10 }, fontSize: 10, bold: false, column: 0, source: 'text', bullet: false,
    })
    const lines = [line(0, 88), line(1, 101), line(2, 114), line(3, 101, 2)]
    attachLinks(lines, links)
    assert.deepEqual(lines.map((l) => l.links), [undefined, ['https://github.com/jdoe'], undefined, undefined])
  })
})

test.group('Layout of Word and text files', () => {
  test('DOCX header and footer parts are lines of their own, first and last', async ({ assert }) => {
    const layout = await layoutOf('robustness/pythondocx_hdr-header-footer.docx')

    assert.deepEqual(layout.lines[0], {
      id: 0,
      page: 1,
      text: 'Header for section-1',
      box: null,
      fontSize: null,
      bold: false,
      column: 0,
      source: 'header',
      bullet: false,
    })
    assert.equal(layout.lines.at(-1)!.source, 'footer')
    assert.equal(layout.lines.at(-1)!.text, 'Footer for section 1')
    assert.isTrue(layout.flags.headerFooterText)
    assert.isTrue(layout.warnings.some((warning) => warning.includes('Header for section-1')))
  })

  test('text inside a DOCX text box is marked as such', async ({ assert }) => {
    const layout = await layoutOf('robustness/mammoth_text-box.docx')

    assert.equal(lineAt(layout, 'Datum plane').source, 'text-box')
    assert.isTrue(layout.flags.textBoxes)
    assert.isFalse(layout.flags.tables)
  })

  test('DOCX table cells are table lines, paragraphs around the table are not', async ({ assert }) => {
    const layout = await layoutOf('robustness/mammoth_tables.docx')

    assert.deepEqual(
      layout.lines.map((line) => [line.text, line.source]),
      [
        ['Above', 'text'],
        ['Top left', 'table'],
        ['Top right', 'table'],
        ['Bottom left', 'table'],
        ['Bottom right', 'table'],
        ['Below', 'text'],
      ]
    )
    assert.isTrue(layout.flags.tables)
  })

  test('DOCX list paragraphs are bullets and paragraph styles are kept', async ({ assert }) => {
    const lists = await layoutOf('resumes/vanetik-gpl3/cv11.docx')
    const item = lineAt(lists, 'Basic knowledge of Java')
    assert.isTrue(item.bullet)
    assert.equal(item.style, 'List Item')

    const headings = await layoutOf('resumes/vanetik-gpl3/cv9.docx')
    assert.equal(lineAt(headings, 'PROFESSIONAL EXPERIENCE:').style, 'heading 2')
    assert.isFalse(lineAt(headings, 'PROFESSIONAL EXPERIENCE:').bullet)
  })

  test('DOCX pictures set the images flag', async ({ assert }) => {
    assert.isTrue((await layoutOf('resumes/vanetik-gpl3/cv1.docx')).flags.images)
    assert.isFalse((await layoutOf('robustness/mammoth_tables.docx')).flags.images)
  })

  test('a text file is one line per text line, without boxes or flags', async ({ assert }) => {
    const layout = expectLayout(await readLayout(new TextEncoder().encode('Jane Roe\r\n\n• Go, SQL\n  Berlin  \n')))

    assert.deepEqual(
      layout.lines.map((line) => [line.id, line.text, line.bullet, line.box]),
      [
        [0, 'Jane Roe', false, null],
        [1, 'Go, SQL', true, null],
        [2, 'Berlin', false, null],
      ]
    )
    assert.isTrue(Object.values(layout.flags).every((flag) => flag === false))
  })

  test('unreadable files keep their typed failures', async ({ assert }) => {
    const expected: Record<string, string> = {
      'robustness/encrypted_userpw_abc.pdf': 'encrypted',
      'robustness/truncated_half_rendercv_classic.pdf': 'corrupt',
      'robustness/zero_byte.docx': 'empty',
      'robustness/mammoth_empty.docx': 'no_text',
    }
    for (const [file, code] of Object.entries(expected)) {
      const result = await readLayout(await readFile(evalPath(file)))
      assert.equal(result.ok ? 'ok' : result.code, code, file)
    }
    const tooMany = await readLayout(await readFile(evalPath('resumes/rendercv/classic.pdf')), { maxPages: 1 })
    assert.equal(tooMany.ok ? 'ok' : tooMany.code, 'too_many_pages')
    const tooLarge = await readLayout(new Uint8Array(64), { maxBytes: 8 })
    assert.equal(tooLarge.ok ? 'ok' : tooLarge.code, 'too_large')
  })
})

test.group('Line building and text cleaning', () => {
  // pdf.js item transforms are in PDF space (y up); this viewport flips them onto an 800 pt page.
  const FLIP = [1, 0, 0, -1, 0, 800]
  const item = (str: string, x: number, y: number, hasEOL = false) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, hasEOL })
  const linesOf = (items: ReturnType<typeof item>[]) =>
    linesFromPages([{ page: 1, width: 600, height: 800, source: 'text', fragments: textFragments(items, FLIP) }]).lines.map((line) => line.text)

  test('PDF text runs on a new baseline start a new line even without an end-of-line marker', ({ assert }) => {
    assert.deepEqual(linesOf([item('Jane Roe', 50, 700), item('Berlin', 50, 686), item('2021', 50, 672), item('Present', 120, 672)]), [
      'Jane Roe',
      'Berlin',
      '2021 | Present',
    ])
  })

  test('words positioned one by one get their spaces back, kerned letters do not', ({ assert }) => {
    // "Senior" ends at x = 80; a 3 pt gap is 0.3 em of a 10 pt font, a 0.5 pt gap is kerning.
    assert.deepEqual(linesOf([item('Senior', 50, 700), item('Engineer', 83, 700)]), ['Senior Engineer'])
    assert.deepEqual(linesOf([item('Java', 50, 700), item('Script', 70.5, 700)]), ['JavaScript'])
  })

  test('ligatures are expanded and text is NFC-normalised', ({ assert }) => {
    assert.equal(cleanLineText('Certi\uFB01ed e\uFB03cient o\uFB04ine, Cafe\u0301').text, 'Certified efficient offline, Café')
  })

  test('bullet markers and icon glyphs are stripped, and only lost text counts as garbled', ({ assert }) => {
    assert.deepEqual(cleanLineText('•  Led a team of 4'), { text: 'Led a team of 4', bullet: true, garbled: false })
    assert.deepEqual(cleanLineText('➢ Kafka'), { text: 'Kafka', bullet: true, garbled: false })
    assert.deepEqual(cleanLineText('- Go'), { text: 'Go', bullet: true, garbled: false })
    assert.deepEqual(cleanLineText('-5% churn'), { text: '-5% churn', bullet: false, garbled: false })
    assert.deepEqual(cleanLineText('\uF0E0 jane@roe.dev'), { text: 'jane@roe.dev', bullet: true, garbled: false })
    assert.deepEqual(cleanLineText('Certi\u0000ed'), { text: 'Certi\uFFFDed', bullet: false, garbled: true })
    assert.deepEqual(cleanLineText('(cid:31)Python'), { text: '\uFFFDPython', bullet: false, garbled: true })
  })

  test('page counters are recognised in their usual spellings', ({ assert }) => {
    for (const text of ['2', 'Page 2 of 3', 'page 2', '2/3', '- 2 -', 'Seite 2 von 3', 'Page']) assert.isTrue(isPageNumber(text), text)
    for (const text of ['2019', 'Page Layout Engineer', 'Python 3']) assert.isFalse(isPageNumber(text), text)
  })
})

test.group('Line building / layout gaps between phrases on one line', () => {
  const FLIP = [1, 0, 0, -1, 0, 800]
  const item = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, hasEOL: false })
  const layoutOf = (items: ReturnType<typeof item>[]) =>
    linesFromPages([{ page: 1, width: 600, height: 800, source: 'text', fragments: textFragments(items, FLIP) }]).lines
  const linesOf = (items: ReturnType<typeof item>[]) => layoutOf(items).map((line) => line.text)

  test('a company and its right-aligned place are kept apart, not read as one name', ({ assert }) => {
    // "Northwind Traders" ends at x = 135; the place is flush right at x = 550, 32 em away.
    assert.deepEqual(linesOf([item('Northwind Traders', 50, 700), item('Porto, Portugal', 475, 700)]), ['Northwind Traders | Porto, Portugal'])
  })

  test('a headline and a contact set against the right margin are kept apart', ({ assert }) => {
    assert.deepEqual(linesOf([item('Data Engineer', 50, 700), item('Ghent, Belgium', 480, 700), item('Built dbt models for finance.', 50, 686)]), [
      'Data Engineer | Ghent, Belgium',
      'Built dbt models for finance.',
    ])
  })

  test('word gaps of justified text and a bullet pushed away from its text stay plain spaces', ({ assert }) => {
    // Justified words 6 pt (0.6 em) apart; a bullet 35 pt (3.5 em) left of its text.
    assert.deepEqual(linesOf([item('Shipped', 50, 700), item('the', 91, 700), item('mobile', 112, 700), item('app', 148, 700)]), ['Shipped the mobile app'])
    const [bulleted] = layoutOf([item('•', 50, 700), item('Cut costs by 30 percent', 90, 700)])
    assert.equal(bulleted!.text, 'Cut costs by 30 percent')
    assert.isTrue(bulleted!.bullet)
  })

  test('table cells already read as lines of their own get no separator', ({ assert }) => {
    const rows = [
      ['Rust', '3 years'],
      ['Elixir', '2 years'],
      ['Haskell', '1 year'],
      ['OCaml', '4 years'],
    ]
    const lines = layoutOf(rows.flatMap(([tool, years], i) => [item(tool!, 50, 700 - 14 * i), item(years!, 250, 700 - 14 * i)]))
    assert.deepEqual(lines.map((line) => line.text), rows.flat())
    assert.isTrue(lines.every((line) => line.source === 'table'))
  })
})

test.group('Layout / labels beside the text they belong to', () => {
  /** Dates in a left margin under headings set in that same margin, entries to their right. */
  function dateMarginResume(skills: (draw: (text: string, x: number, y: number, size?: number, bold?: boolean) => void, y: number) => number) {
    return syntheticPdf([
      (draw) => {
        draw('Marta Kowalczyk', 50, 60, 22, true)
        draw('Gdansk, Poland  ·  marta.kowalczyk@example.org  ·  +48 600 123 456', 50, 84)
        let y = 120
        const heading = (text: string) => {
          draw(text, 50, y, 13, true)
          y += 22
        }
        const entry = (dates: string, title: string, place: string, bullets: string[]) => {
          draw(dates, 50, y)
          draw(title, 150, y, 10.5, true)
          draw(place, 150, y + 13, 10.5)
          y += 27
          for (const bullet of bullets) {
            draw(bullet, 154, y)
            y += 14
          }
          y += 9
        }
        heading('Experience')
        entry('2020 – now', 'Warehouse Analyst', 'Baltic Freight, Gdansk', ['Forecast pallet demand for three depots in Python.', 'Trained two new analysts.'])
        entry('2017 – 2020', 'Logistics Planner', 'Amber Shipping, Gdynia', ['Planned container loads with Excel and SQL.'])
        heading('Education')
        entry('2013 – 2017', 'BSc in Logistics', 'Gdansk University of Technology', [])
        heading('Skills')
        y = skills(draw, y) + 8
        heading('Interests')
        draw('Sailing on the Baltic, restoring old bicycles and reading crime fiction from Scandinavia.', 50, y)
      },
    ])
  }

  test('a left column of dates under the section headings is read entry by entry, not as a sidebar', async ({ assert }) => {
    const bytes = await dateMarginResume((draw, y) => {
      draw('Python, SQL, Excel, Power BI, SAP, demand forecasting, route planning and warehouse layout design', 50, y)
      return y + 14
    })
    const layout = expectLayout(await readLayout(bytes))

    assert.deepEqual(textsAfter(layout, 'Experience', 3), ['2020 – now', 'Warehouse Analyst', 'Baltic Freight, Gdansk'])
    assert.deepEqual(textsAfter(layout, 'Trained two new analysts.', 2), ['2017 – 2020', 'Logistics Planner'])
    assert.deepEqual(textsAfter(layout, 'Planned container loads with Excel and SQL.', 3), ['Education', '2013 – 2017', 'BSc in Logistics'])
    assert.deepEqual(textsAfter(layout, 'Gdansk University of Technology', 2), [
      'Skills',
      'Python, SQL, Excel, Power BI, SAP, demand forecasting, route planning and warehouse layout design',
    ])
    assert.isFalse(layout.flags.multiColumn)
  })

  test('bold skill categories in the date column stay with the skills on their row', async ({ assert }) => {
    const bytes = await dateMarginResume((draw, y) => {
      ;[
        ['Analysis', 'Python, SQL, demand forecasting'],
        ['Tools', 'Excel, Power BI, SAP'],
        ['Planning', 'route planning, warehouse layout design'],
      ].forEach(([category, values], i) => {
        draw(category!, 50, y + 14 * i, 10, true)
        draw(values!, 150, y + 14 * i)
      })
      return y + 42
    })
    const layout = expectLayout(await readLayout(bytes))

    assert.deepEqual(textsAfter(layout, 'Experience', 2), ['2020 – now', 'Warehouse Analyst'])
    assert.deepEqual(textsAfter(layout, 'Skills', 7), [
      'Analysis',
      'Python, SQL, demand forecasting',
      'Tools',
      'Excel, Power BI, SAP',
      'Planning',
      'route planning, warehouse layout design',
      'Interests',
    ])
  })

  test('"Category:" cells are read with the values on their row, between their heading and the next', async ({ assert }) => {
    const bytes = await syntheticPdf([
      (draw) => {
        draw('Tomas Novak', 50, 60, 22, true)
        draw('Brno, Czechia  ·  tomas.novak@example.cz', 50, 84)
        draw('EXPERIENCE', 50, 120, 11, true)
        draw('Kiwi Systems — Backend Engineer, 2019 – Present', 50, 140, 10, true)
        draw('Moved the booking API from PHP to Go and cut response times by half for all partners.', 50, 154)
        draw('Ran the on-call rota for twelve services and wrote most of the runbooks.', 50, 168)
        draw('SKILLS', 50, 200, 11, true)
        ;[
          ['Languages:', 'Go, PHP, Python, SQL'],
          ['Infrastructure:', 'Kubernetes, Terraform, PostgreSQL'],
          ['Practices:', 'Code review, CI/CD, incident response'],
        ].forEach(([category, values], i) => {
          draw(category!, 50, 220 + 14 * i, 10, true)
          draw(values!, 140, 220 + 14 * i)
        })
        draw('LANGUAGES', 50, 270, 11, true)
        draw('Czech (native), English (C1), German (B1), and some Slovak from many family holidays', 50, 290)
      },
    ])
    const layout = expectLayout(await readLayout(bytes))

    assert.deepEqual(textsAfter(layout, 'SKILLS', 7), [
      'Languages:',
      'Go, PHP, Python, SQL',
      'Infrastructure:',
      'Kubernetes, Terraform, PostgreSQL',
      'Practices:',
      'Code review, CI/CD, incident response',
      'LANGUAGES',
    ])
  })
})
