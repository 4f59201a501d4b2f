import { readFile, readdir } from 'node:fs/promises'
import { test } from '@japa/runner'
import { Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx'
import {
  extractText,
  normalizeText,
  sniffDocument,
  type ExtractedDocument,
  type ExtractionFailure,
  type ExtractionResult,
} from '../../app/nlp/extract/index.js'
import { EVAL_URL } from '#tests/helpers'

const EVAL = EVAL_URL

function evalFile(path: string): Promise<Uint8Array> {
  return readFile(new URL(path, EVAL))
}

async function extractEval(path: string, options?: Parameters<typeof extractText>[1]): Promise<ExtractionResult> {
  return extractText(await evalFile(path), options)
}

async function groundTruthName(path: string): Promise<string> {
  const gt = JSON.parse(await readFile(new URL(path, EVAL), 'utf8')) as { basics: { name: string } }
  return gt.basics.name
}

// Narrowing helpers: a failed expectation reports what actually came back instead of a bare "expected true".
function expectText(result: ExtractionResult, label = 'document'): ExtractedDocument {
  if (!result.ok) throw new Error(`${label}: expected extracted text, got ${result.code}: ${result.message}`)
  return result.value
}

function expectFailure(result: ExtractionResult): ExtractionFailure {
  if (result.ok) throw new Error(`expected a failure, got ${result.value.kind} text: ${result.value.text.slice(0, 80)}`)
  return result
}

function bytes(...parts: Array<number[] | string>): Uint8Array {
  const out: number[] = []
  for (const part of parts) out.push(...(typeof part === 'string' ? new TextEncoder().encode(part) : part))
  return Uint8Array.from(out)
}

function utf16le(text: string): number[] {
  return [...text].flatMap((char) => [char.charCodeAt(0), 0])
}

test.group('Text extraction', () => {
  test('a typeset PDF résumé comes out line by line with the name on its own line', async ({ assert }) => {
    const name = await groundTruthName('resumes/rendercv/classic.gt.json')
    const doc = expectText(await extractEval('resumes/rendercv/classic.pdf'))

    assert.equal(doc.kind, 'pdf')
    assert.equal(doc.pageCount, 2)
    assert.include(doc.text.split('\n'), name)
    assert.include(doc.text, 'john.doe@email.com')
    // The degree sits in a narrow column left of the institution: read as its label, on the line before it.
    assert.include(doc.text, 'PhD\nPrinceton University, Computer Science')
    assert.deepEqual(doc.warnings, [])
  })

  test('pages of a PDF are separated by a blank line', async ({ assert }) => {
    const doc = expectText(await extractEval('resumes/rendercv/classic.pdf'))
    assert.match(doc.text, /\n\nProjects\n/)
  })

  test('every résumé in the eval set yields text', async ({ assert }) => {
    const files: string[] = []
    for (const dir of ['rendercv', 'reactive-resume', 'resume-matcher', 'vanetik-gpl3']) {
      const names = await readdir(new URL(`resumes/${dir}/`, EVAL))
      files.push(...names.filter((name) => /\.(pdf|docx)$/.test(name)).map((name) => `resumes/${dir}/${name}`))
    }
    assert.isAbove(files.length, 90)

    for (const file of files) {
      const doc = expectText(await extractEval(file), file)
      assert.isAbove(doc.text.length, 200, file)
    }
  }).timeout(60_000)

  test('a Word résumé keeps soft line breaks as separate lines', async ({ assert }) => {
    const doc = expectText(await extractEval('resumes/vanetik-gpl3/cv14.docx'))

    assert.equal(doc.kind, 'docx')
    assert.include(doc.text, 'Deep knowledge of\nC#, JavaScript, SQL, PHP')
    assert.notInclude(doc.text, 'knowledge ofC#')
    assert.include(doc.text.split('\n'), 'About me')
  })

  test('the real type is decided by content, not by the file name', async ({ assert }) => {
    const docx = expectText(await extractEval('robustness/docx_disguised_as.pdf'))
    assert.equal(docx.kind, 'docx')
    assert.include(docx.text, 'Top left')

    const name = await groundTruthName('resumes/rendercv/harvard.gt.json')
    const pdf = expectText(await extractEval('robustness/pdf_disguised_as.docx'))
    assert.equal(pdf.kind, 'pdf')
    assert.include(pdf.text, name)
  })

  test('a PDF that needs a password to open is reported as encrypted', async ({ assert }) => {
    for (const file of ['encrypted_userpw_abc.pdf', 'encrypted_userpw_ELXRTQWS.pdf', 'encrypted_userpw_aes256_r6_unicode.pdf']) {
      const failure = expectFailure(await extractEval(`robustness/${file}`))
      assert.equal(failure.code, 'encrypted', file)
      assert.include(failure.message, 'password-protected')
    }
  })

  test('a PDF with only an owner password is read without one', async ({ assert }) => {
    const doc = expectText(await extractEval('robustness/encrypted_ownerpw_only_rc4.pdf'))
    assert.include(doc.text, 'Pdf Test 1')

    // This one opens fine too, but its single page is genuinely blank (no drawing operators at all).
    const blank = expectFailure(await extractEval('robustness/encrypted_ownerpw_only_aes256.pdf'))
    assert.equal(blank.code, 'no_text')
  })

  test('pdf.js recovers PDFs with a broken structure', async ({ assert }) => {
    const expected: Record<string, string> = {
      'corrupt_xref_missing.pdf': 'Reduced test-case',
      'corrupt_helloworld_bad.pdf': 'Hello, world!',
      'corrupt_pdfjsbad1586.pdf': 'pdf.js test',
      'stream_length_zero_multiple_filters.pdf': 'pdf.js',
    }
    for (const [file, text] of Object.entries(expected)) {
      const doc = expectText(await extractEval(`robustness/${file}`))
      assert.include(doc.text, text, file)
    }
  })

  test('a truncated PDF is reported as damaged', async ({ assert }) => {
    for (const file of ['truncated_1k_rendercv_classic.pdf', 'truncated_half_rendercv_classic.pdf']) {
      const failure = expectFailure(await extractEval(`robustness/${file}`))
      assert.equal(failure.code, 'corrupt', file)
      assert.include(failure.message, 'damaged or incomplete')
    }
  })

  test('a PDF with 100,000 pages is refused without reading its pages', async ({ assert }) => {
    const startedAt = performance.now()
    const failure = expectFailure(await extractEval('robustness/huge_pagecount_100000_pages_small.pdf'))

    assert.equal(failure.code, 'too_many_pages')
    assert.include(failure.message, '100,000 pages')
    // Opening it costs ~0.7 s; reading 100,000 pages would take minutes.
    assert.isBelow(performance.now() - startedAt, 15_000)
  }).timeout(30_000)

  test('a text file of 40,000 lines is refused as far longer than a résumé, and one of 2,000 lines is read', async ({ assert }) => {
    const block = ['Acme Corp — Backend Engineer', 'Berlin, Germany', 'Jan 2020 – Present', 'Built billing services in Go.']
    const huge = expectFailure(await extractText(new TextEncoder().encode(Array.from({ length: 10_000 }, () => block.join('\n')).join('\n'))))
    assert.equal(huge.code, 'too_long')
    assert.include(huge.message, '40,000 lines')
    assert.include(huge.message, 'Upload just your résumé')

    const long = expectText(await extractText(new TextEncoder().encode(Array.from({ length: 500 }, () => block.join('\n')).join('\n'))))
    assert.include(long.text, 'Built billing services in Go.')
  })

  test('the page limit is configurable', async ({ assert }) => {
    const failure = expectFailure(await extractEval('resumes/rendercv/classic.pdf', { maxPages: 1 }))
    assert.equal(failure.code, 'too_many_pages')
  })

  test('a decompression bomb image does not stop text extraction', async ({ assert }) => {
    // Text extraction never decodes images, so the 100000×100000 JBIG2 image is never inflated.
    const doc = expectText(await extractEval('robustness/bomb_giant_image_stream.pdf'))
    assert.include(doc.text, 'GIANT JBIG2 BOMB')
  })

  test('a scanned PDF without a text layer is reported as having no text', async ({ assert }) => {
    const failure = expectFailure(await extractEval('robustness/image_only_scan_rendercv_classic.pdf'))
    assert.equal(failure.code, 'no_text')
    assert.include(failure.message, 'scanned image')
  })

  test('glyphs without a text mapping are kept visible and explained', async ({ assert }) => {
    const doc = expectText(await extractEval('resumes/reactive-resume/azurill.pdf'))
    assert.include(doc.text, 'Certi\uFFFDed')
    assert.notInclude(doc.text, '\u0000')
    assert.isTrue(doc.warnings.some((warning) => warning.includes('ligatures')))
  })

  test('a zero-byte upload is empty whatever its extension', async ({ assert }) => {
    for (const file of ['zero_byte.pdf', 'zero_byte.docx']) {
      assert.equal(expectFailure(await extractEval(`robustness/${file}`)).code, 'empty', file)
    }
  })

  test('a ZIP that is not a Word document is refused as such', async ({ assert }) => {
    const failure = expectFailure(await extractEval('robustness/zip_of_junk.docx'))
    assert.equal(failure.code, 'corrupt')
    assert.include(failure.message, 'not a Word document')
  })

  test('a truncated DOCX is reported as damaged', async ({ assert }) => {
    const failure = expectFailure(await extractEval('robustness/truncated_docx.docx'))
    assert.equal(failure.code, 'corrupt')
    assert.include(failure.message, 'DOCX is damaged or incomplete')
  })

  test('unusual but valid DOCX packages are read or reported as empty, never thrown', async ({ assert }) => {
    const files = (await readdir(new URL('robustness/', EVAL))).filter((name) => /^(mammoth|pythondocx)_.*\.docx$/.test(name))
    assert.isAbove(files.length, 10)

    for (const file of files) {
      const result = await extractEval(`robustness/${file}`)
      if (!result.ok) assert.equal(result.code, 'no_text', file)
    }
  })

  test('text in DOCX tables and text boxes is extracted', async ({ assert }) => {
    assert.include(expectText(await extractEval('robustness/mammoth_tables.docx')).text, 'Top left\nTop right')
    assert.include(expectText(await extractEval('robustness/mammoth_text-box.docx')).text, 'Datum plane')
    assert.include(expectText(await extractEval('robustness/mammoth_strict-format.docx')).text, 'Test')
    assert.equal(expectText(await extractEval('robustness/mammoth_utf8-bom.docx')).text, 'This XML has a byte order mark.')
  })

  test('a Word "Page X of Y" footer is a page counter, not footer text to warn about', async ({ assert }) => {
    const footer = new Footer({
      children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
    })
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ footers: { default: footer }, children: [new Paragraph('Jane Roe'), new Paragraph('Backend engineer in Berlin.')] }] })
    )
    const doc = expectText(await extractText(new Uint8Array(docx)))
    assert.notInclude(doc.text, 'Page of')
    assert.deepEqual(doc.warnings, [])
  })

  test('an empty DOCX body is reported as an empty document', async ({ assert }) => {
    const failure = expectFailure(await extractEval('robustness/mammoth_empty.docx'))
    assert.equal(failure.code, 'no_text')
    assert.equal(failure.message, 'The document is empty.')
  })

  test('a DOCX image linked to an external file is not loaded', async ({ assert }) => {
    // The document holds nothing but the external picture; reading it would fail or leak a local file.
    const failure = expectFailure(await extractEval('robustness/mammoth_external-picture.docx'))
    assert.equal(failure.code, 'no_text')
  })

  test('DOCX header and footer text opens and closes the text, and is flagged', async ({ assert }) => {
    // Contact details often live in the header; the text keeps them (first), the warning says an ATS may not.
    const doc = expectText(await extractEval('robustness/pythondocx_hdr-header-footer.docx'))
    assert.isTrue(doc.text.startsWith('Header for section-1\n'))
    assert.isTrue(doc.text.endsWith('\nFooter for section 1'))
    assert.isTrue(doc.warnings.some((warning) => warning.includes('Header for section-1')))
  })

  test('a PNG is refused and named as an image', async ({ assert }) => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR', [0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0])
    const sniffed = sniffDocument(png)
    if (sniffed.ok) throw new Error(`PNG was accepted as ${sniffed.kind}`)
    assert.equal(sniffed.code, 'unsupported_type')
    assert.include(sniffed.message, 'image (PNG)')
  })

  test('an old Word .doc file is refused with advice to resave it', async ({ assert }) => {
    const doc = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(504).fill(0), utf16le('WordDocument'))
    const failure = expectFailure(await extractText(doc))
    assert.equal(failure.code, 'unsupported_type')
    assert.include(failure.message, 'old Word .doc')
  })

  test('a password-protected DOCX, stored by Office as an OLE file, is reported as encrypted', async ({ assert }) => {
    const encrypted = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(504).fill(0), utf16le('EncryptedPackage'))
    assert.equal(expectFailure(await extractText(encrypted)).code, 'encrypted')
  })

  test('a UTF-8 text file loses its BOM and its carriage returns', async ({ assert }) => {
    const doc = expectText(await extractText(bytes([0xef, 0xbb, 0xbf], 'José Núñez\r\nBackend engineer\r\n')))
    assert.equal(doc.kind, 'txt')
    assert.equal(doc.text, 'José Núñez\nBackend engineer')
  })

  test('a Latin-1 text file is decoded as Windows-1252', async ({ assert }) => {
    const doc = expectText(await extractText(bytes('Caf', [0xe9], ' manager\n')))
    assert.equal(doc.kind, 'txt')
    assert.equal(doc.text, 'Café manager')
  })

  test('a text file of only whitespace is empty', async ({ assert }) => {
    assert.equal(expectFailure(await extractText(bytes(' \r\n\t \n'))).code, 'empty')
  })

  test('binary junk is refused as an unsupported type', async ({ assert }) => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
    assert.equal(expectFailure(await extractText(junk)).code, 'unsupported_type')
  })

  test('a file above the size limit is refused before it is parsed', async ({ assert }) => {
    const failure = expectFailure(await extractText(bytes('%PDF-1.7 not really a pdf'), { maxBytes: 8 }))
    assert.equal(failure.code, 'too_large')
  })

  test('extracted text is NFC-normalised with tidy line ends and at most two blank lines in a row', ({ assert }) => {
    assert.equal(normalizeText('Cafe\u0301   \n\n\n\n\n\nSkills\t\n'), 'Caf\u00e9\n\n\nSkills')
  })
})
