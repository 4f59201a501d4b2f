import { test } from '@japa/runner'
import { extractEntities } from '../../app/nlp/entities/index.js'
import { detectSections, linesFromText } from '../../app/nlp/sections/index.js'

function parse(body: string) {
  const lines = linesFromText(`Jane Roe\njane@example.com\n${body}`)
  return extractEntities(lines, detectSections(lines), { today: '2026-03' })
}

test.group('Languages', () => {
  test('languages on one line keep their fluency as written', ({ assert }) => {
    const { languages } = parse('Languages\nGerman (Native), English (C1), Spanish - basic')
    assert.deepEqual(
      languages.map((l) => [l.language, l.fluency]),
      [
        ['German', 'Native'],
        ['English', 'C1'],
        ['Spanish', 'basic'],
      ]
    )
  })

  test('a fluency on the line under the language belongs to it', ({ assert }) => {
    const { languages } = parse('Languages\nEnglish\nNative Speaker\nSpanish\nProfessional working proficiency')
    assert.deepEqual(
      languages.map((l) => [l.language, l.fluency, l.lines]),
      [
        ['English', 'Native Speaker', [3, 4]],
        ['Spanish', 'Professional working proficiency', [5, 6]],
      ]
    )
  })

  test('languages separated by middle dots, bars or bullets each keep their fluency', ({ assert }) => {
    const { languages } = parse('Idiomas\nCatalán (nativo) · Francés (avanzado) · Portugués (básico)\nLanguages\nDutch – native | Italian – B2 • Greek – beginner')
    assert.deepEqual(
      languages.map((l) => [l.language, l.fluency]),
      [
        ['Catalán', 'nativo'],
        ['Francés', 'avanzado'],
        ['Portugués', 'básico'],
        ['Dutch', 'native'],
        ['Italian', 'B2'],
        ['Greek', 'beginner'],
      ]
    )
  })

  test('a language without a fluency is listed with less confidence', ({ assert }) => {
    const { languages } = parse('Languages\nPortuguese')
    assert.equal(languages[0].language, 'Portuguese')
    assert.isUndefined(languages[0].fluency)
    assert.isBelow(languages[0].confidence, 0.8)
  })
})

test.group('Certificates, projects, awards', () => {
  test('bulleted certificates give name, issuer and year', ({ assert }) => {
    const { certificates } = parse('Certifications\n• Certified Usability Analyst, Human Factors International (2018)\n• Google UX Design Certificate, Coursera (2021)')
    assert.deepEqual(
      certificates.map((c) => [c.name, c.detail, c.date]),
      [
        ['Certified Usability Analyst', 'Human Factors International', '2018'],
        ['Google UX Design Certificate', 'Coursera', '2021'],
      ]
    )
  })

  test("a certificate's level after a dash is part of its name, not its issuer", ({ assert }) => {
    const { certificates } = parse('Certifications\n• Google Cloud Certified Data Engineer – Professional (2023)\n• Microsoft Certified: Azure Fundamentals – Microsoft (2020)')
    assert.deepEqual(
      certificates.map((c) => [c.name, c.detail, c.date]),
      [
        ['Google Cloud Certified Data Engineer – Professional', undefined, '2023'],
        ['Microsoft Certified: Azure Fundamentals', 'Microsoft', '2020'],
      ]
    )
  })

  test('an undated certificate under "name – issuer – year" lines is a certificate of its own', ({ assert }) => {
    const { certificates } = parse('Certifications\nITIL 4 Foundation – PeopleCert – 2019\nCertified Information Systems Auditor – ISACA – 2020\nSix Sigma Green Belt')
    assert.deepEqual(
      certificates.map((c) => [c.name, c.detail, c.date]),
      [
        ['ITIL 4 Foundation', 'PeopleCert', '2019'],
        ['Certified Information Systems Auditor', 'ISACA', '2020'],
        ['Six Sigma Green Belt', undefined, undefined],
      ]
    )
  })

  test('two certificates on one line, each with its year, are two certificates', ({ assert }) => {
    const { certificates } = parse('Certifications\nCKA (2020), Terraform Associate (2022)')
    assert.deepEqual(
      certificates.map((c) => [c.name, c.detail, c.date]),
      [
        ['CKA', undefined, '2020'],
        ['Terraform Associate', undefined, '2022'],
      ]
    )
  })

  test('certificates laid out like jobs are split at their dates', ({ assert }) => {
    const { certificates } = parse('Licenses & Certifications\nFull-Stack Web Development\nCodeAcademy\n2020\nAWS Certified Developer\nAmazon Web Services\n2019')
    assert.deepEqual(
      certificates.map((c) => [c.name, c.detail, c.date, c.lines]),
      [
        ['Full-Stack Web Development', 'CodeAcademy', '2020', [3, 4, 5]],
        ['AWS Certified Developer', 'Amazon Web Services', '2019', [6, 7, 8]],
      ]
    )
  })

  test('projects keep their description, link and the start of an ongoing one', ({ assert }) => {
    const { projects } = parse(
      'Projects\nFlashInfer Jan 2023 – present\nOpen-source library for LLM inference kernels, github.com/flashinfer/flashinfer\nNeuralPrune Jan 2021\nNeural network pruning toolkit'
    )
    assert.deepEqual(
      projects.map((p) => [p.name, p.date]),
      [
        ['FlashInfer', '2023-01'],
        ['NeuralPrune', '2021-01'],
      ]
    )
    assert.include(projects[0].detail ?? '', 'LLM inference kernels')
    assert.equal(projects[0].url, 'github.com/flashinfer/flashinfer')
  })

  test('a project written on one line keeps its name, description and link', ({ assert }) => {
    const { projects } = parse('Projects\nTide chart bot — Telegram bot that posts daily tide tables, 2k users. github.com/janeroe/tidebot\nPocket Ledger (2021)\nExpense tracker for shared flats.')
    assert.deepEqual(
      projects.map((p) => [p.name, p.date]),
      [
        ['Tide chart bot', undefined],
        ['Pocket Ledger', '2021'],
      ]
    )
    assert.include(projects[0].detail ?? '', 'daily tide tables')
    assert.equal(projects[0].url, 'github.com/janeroe/tidebot')
  })

  test('awards listed one per line keep their year', ({ assert }) => {
    const { awards } = parse('Honors\n• Forbes 30 Under 30 in Enterprise Technology (2024)\n• Dean\'s List, University of Texas (2017, 2018)')
    assert.deepEqual(
      awards.map((a) => [a.name, a.date]),
      [
        ['Forbes 30 Under 30 in Enterprise Technology', '2024'],
        ["Dean's List", '2018'],
      ]
    )
    assert.equal(awards[1].detail, 'University of Texas')
  })
})
