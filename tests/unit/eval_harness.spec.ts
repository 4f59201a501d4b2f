import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import { extractText } from '../../app/nlp/extract/index.js'
import { GENERATED_FIXTURES_DIR } from '../../bench/lib/corpus.js'
import { checkTargets, summarize, worstFiles, type FileResult } from '../../bench/lib/evaluate.js'
import {
  alignGreedy,
  datesMatch,
  emailsMatch,
  endDatesMatch,
  groundTruthSkills,
  linksMatch,
  normalizeDate,
  normalizeText,
  phoneDigits,
  phonesMatch,
  predictedSkills,
  rates,
  scoreResume,
  skillKey,
  textSimilarity,
  type JsonResumeLike,
} from '../../bench/lib/score.js'

test.group('Eval scoring: normalisation', () => {
  test('case, accents, whitespace and punctuation do not count', ({ assert }) => {
    assert.equal(normalizeText('  Co-Founder &  CTO '), 'co founder and cto')
    assert.equal(normalizeText('Boğaziçi University'), normalizeText('bogazici university'))
    assert.equal(normalizeText('B.Sc.'), normalizeText('BSc'))
    assert.equal(normalizeText("Bachelor's in Computer Science"), 'bachelors in computer science')
    assert.equal(normalizeText(undefined), '')
  })

  test('e-mail addresses are compared whole, ignoring case and a mailto prefix', ({ assert }) => {
    assert.isTrue(emailsMatch('john.doe@email.com', 'mailto:John.Doe@Email.com'))
    assert.isFalse(emailsMatch('john.doe@email.com', 'johndoe@email.com'))
    assert.isFalse(emailsMatch(undefined, undefined))
  })

  test('text similarity is 1 for equal strings and falls with fewer shared letter pairs', ({ assert }) => {
    assert.equal(textSimilarity('Google DeepMind', 'google deepmind'), 1)
    assert.isAbove(textSimilarity('Creative Solutions Inc.', 'Creative Solutions'), 0.8)
    assert.isBelow(textSimilarity('NVIDIA Research', 'Apple ML Research'), 0.6)
    assert.equal(textSimilarity('', 'anything'), 0)
  })
})

test.group('Eval scoring: phones', () => {
  test('phones are compared by their digits', ({ assert }) => {
    assert.equal(phoneDigits('(555) 123-4567'), '5551234567')
    assert.isTrue(phonesMatch('(555) 123-4567', '555.123.4567'))
    assert.isFalse(phonesMatch('(555) 123-4567', '(555) 123-4568'))
  })

  test('a leading country code is ignored when one side lacks it', ({ assert }) => {
    assert.isTrue(phonesMatch('(555) 123-4567', '+1 555 123 4567'))
    assert.isTrue(phonesMatch('+44 20 7946 0958', '020 7946 0958'))
    assert.isTrue(phonesMatch('+49 (0)89 2180 4471', '089 2180 4471'))
    assert.isTrue(phonesMatch('0049 89 2180 4471', '+49 89 2180 4471'))
    assert.isFalse(phonesMatch('+44 20 7946 0958', '+1 20 7946 0958'), 'two different country codes')
    assert.isFalse(phonesMatch('+234 803 555 0142', '803'), 'a fragment is not the number')
  })
})

test.group('Eval scoring: dates', () => {
  test('dates are compared at the precision of the ground truth', ({ assert }) => {
    assert.isTrue(datesMatch('2019', '2019-05'))
    assert.isTrue(datesMatch('2019-05', '2019-05-17'))
    assert.isFalse(datesMatch('2019-05', '2019'), 'a year alone does not give the month')
    assert.isFalse(datesMatch('2019-05', '2019-06'))
    assert.equal(normalizeDate('2019-5'), '2019-05')
  })

  test('a missing ground-truth end date means present, matched only by no end', ({ assert }) => {
    assert.isTrue(endDatesMatch(undefined, undefined))
    assert.isTrue(endDatesMatch(undefined, 'Present'))
    assert.isFalse(endDatesMatch(undefined, '2024-01'))
    assert.isFalse(endDatesMatch('2022-08', undefined))
    assert.isTrue(endDatesMatch('2022-08', '2022-08'))
  })
})

test.group('Eval scoring: skills and links', () => {
  test('skill spellings and aliases count as the same skill', ({ assert }) => {
    assert.equal(skillKey('JavaScript'), skillKey('javascript'))
    assert.equal(skillKey('JS'), skillKey('JavaScript'))
    assert.equal(skillKey('Node.js'), skillKey('NodeJS'))
    assert.equal(skillKey('k8s'), skillKey('Kubernetes'))
    assert.equal(skillKey('Golang'), skillKey('Go'))
    assert.equal(skillKey('React.js'), skillKey('React'))
    assert.equal(skillKey('Apache Spark'), skillKey('Spark'))
    assert.notEqual(skillKey('Apache'), skillKey(''))
  })

  test('C, C# and C++ stay three different skills', ({ assert }) => {
    const keys = new Set([skillKey('C'), skillKey('C#'), skillKey('C++'), skillKey('.NET')])
    assert.equal(keys.size, 4)
    assert.equal(skillKey('c #'), skillKey('C#'))
  })

  test('ground-truth skills are the keywords, and a group name only when it has none', ({ assert }) => {
    const skills = groundTruthSkills([
      { name: 'Languages', keywords: ['Python', 'C++', 'python'] },
      { name: 'Docker' },
    ])
    assert.deepEqual([...skills.values()], ['Python', 'C++', 'Docker'])
    assert.deepEqual([...predictedSkills([{ name: 'Python', keywords: ['Languages'] }]).values()], ['Python'])
  })

  test('a profile is found by the same URL or the same username on the same network', ({ assert }) => {
    const gt = { kind: 'profile' as const, network: 'LinkedIn', username: 'rendercv' }
    assert.isTrue(linksMatch(gt, { kind: 'profile', url: 'https://www.linkedin.com/in/rendercv/' }))
    assert.isTrue(linksMatch(gt, { kind: 'profile', network: 'linkedin', username: '@rendercv' }))
    assert.isFalse(linksMatch(gt, { kind: 'profile', url: 'https://github.com/rendercv' }))
    assert.isTrue(linksMatch({ kind: 'url', url: 'https://johndoe.me/' }, { kind: 'url', url: 'johndoe.me' }))
  })
})

test.group('Eval scoring: alignment and arithmetic', () => {
  test('greedy alignment pairs the most similar items one to one', ({ assert }) => {
    const pairs = alignGreedy(['Apple', 'Google', 'Meta'], ['Google LLC', 'Apple Inc', 'Amazon'], textSimilarity, 0.3)
    assert.deepEqual(pairs, [
      [0, 1],
      [1, 0],
    ])
  })

  test('alignment never uses an item twice and breaks ties by position', ({ assert }) => {
    const pairs = alignGreedy(['Research Intern', 'Research Intern'], ['Research Intern', 'Research Intern'], textSimilarity, 0.3)
    assert.deepEqual(pairs, [
      [0, 0],
      [1, 1],
    ])
  })

  test('precision, recall and F1 come from the counts', ({ assert }) => {
    const { precision, recall, f1 } = rates({ tp: 3, fp: 1, fn: 2 })
    assert.equal(precision, 0.75)
    assert.equal(recall, 0.6)
    assert.closeTo(f1 ?? 0, (2 * 0.75 * 0.6) / (0.75 + 0.6), 1e-12)
    assert.deepEqual(rates({ tp: 0, fp: 0, fn: 4 }), { precision: null, recall: 0, f1: 0 })
    assert.deepEqual(rates({ tp: 0, fp: 0, fn: 0 }), { precision: null, recall: null, f1: null })
  })
})

test.group('Eval scoring: a whole résumé', () => {
  const gt: JsonResumeLike = {
    basics: { name: 'Jane Doe', email: 'jane@example.com', location: { city: 'Lagos' } },
    work: [
      { name: 'Acme Corp', position: 'Engineer', startDate: '2021-01' },
      { name: 'Globex', position: 'Intern', startDate: '2019', endDate: '2019' },
    ],
    skills: [{ name: 'Languages', keywords: ['Go', 'Node.js'] }],
  }

  test('jobs are aligned before their fields are compared, whatever the order', ({ assert }) => {
    const { fields } = scoreResume(gt, {
      basics: { name: 'JANE DOE', email: 'jane@example.com', location: { city: 'Lagos' } },
      work: [
        { name: 'Globex', position: 'Intern', startDate: '2019-06', endDate: '2019-09' },
        { name: 'Acme Corp.', position: 'Engineer', startDate: '2021-01' },
      ],
      skills: [{ name: 'Go' }, { name: 'NodeJS' }],
    })
    for (const field of ['name', 'email', 'location.city', 'work.name', 'work.position', 'work.startDate', 'work.endDate', 'skills'] as const) {
      assert.equal(fields[field].fp + fields[field].fn, 0, field)
    }
    assert.equal(fields['work.name'].tp, 2)
  })

  test('a job with company and title swapped still aligns, so only those two fields are wrong', ({ assert }) => {
    const { fields } = scoreResume(
      { work: [{ name: 'Freelance', position: 'Web Developer', startDate: '2018-01', endDate: '2020-08' }] },
      { work: [{ name: 'Web Developer', position: 'Freelance', startDate: '2018-01', endDate: '2020-08' }] }
    )
    assert.deepEqual(fields['work.name'], { tp: 0, fp: 1, fn: 1 })
    assert.deepEqual(fields['work.startDate'], { tp: 1, fp: 0, fn: 0 })
    assert.deepEqual(fields['work.endDate'], { tp: 1, fp: 0, fn: 0 })
  })

  test('a job found only by its exact dates aligns, so its dates count and its missing names are misses', ({ assert }) => {
    const { fields } = scoreResume(
      { work: [{ name: 'TechAdvancers', position: 'Web Developer', startDate: '2016-06', endDate: '2018-12' }] },
      { work: [{ startDate: '2016-06', endDate: '2018-12' }] }
    )
    assert.deepEqual(fields['work.name'], { tp: 0, fp: 0, fn: 1 })
    assert.deepEqual(fields['work.startDate'], { tp: 1, fp: 0, fn: 0 })
    assert.deepEqual(fields['work.endDate'], { tp: 1, fp: 0, fn: 0 })
  })

  test('a degree line split into degree and area matches a GT that kept it whole', ({ assert }) => {
    const gtEducation = { education: [{ institution: 'University of California', studyType: "Bachelor's in Computer Science" }] }
    const split = scoreResume(gtEducation, {
      education: [{ institution: 'University of California', studyType: "Bachelor's", area: 'Computer Science' }],
    })
    assert.deepEqual(split.fields['education.studyType'], { tp: 1, fp: 0, fn: 0 })
    const truncated = scoreResume(gtEducation, { education: [{ institution: 'University of California', studyType: "Bachelor's" }] })
    assert.deepEqual(truncated.fields['education.studyType'], { tp: 0, fp: 1, fn: 1 })
  })

  test('fields absent from the ground truth are not scored', ({ assert }) => {
    const { fields } = scoreResume(gt, { basics: { phone: '+1 555 0100', url: 'https://jane.dev' }, education: [{ institution: 'MIT' }] })
    assert.deepEqual(fields.phone, { tp: 0, fp: 0, fn: 0 })
    assert.deepEqual(fields['url/profiles'], { tp: 0, fp: 0, fn: 0 })
    assert.deepEqual(fields['education.institution'], { tp: 0, fp: 0, fn: 0 })
  })

  test('a wrong value is both a false positive and a false negative, a missing one only a false negative', ({ assert }) => {
    const { fields, misses } = scoreResume(gt, {
      basics: { name: 'Curriculum Vitae' },
      work: [{ name: 'Acme Corp', position: 'Engineer', startDate: '2021-01', endDate: '2023-02' }, { name: 'Initech', position: 'Boss' }],
      skills: [{ name: 'Go' }, { name: 'Rust' }],
    })
    assert.deepEqual(fields.name, { tp: 0, fp: 1, fn: 1 })
    assert.deepEqual(fields.email, { tp: 0, fp: 0, fn: 1 })
    assert.deepEqual(fields['work.endDate'], { tp: 0, fp: 1, fn: 2 }, 'a present job given an end, an unfound job')
    assert.deepEqual(fields['work.name'], { tp: 1, fp: 1, fn: 1 }, 'Initech is extra, Globex missing')
    assert.deepEqual(fields.skills, { tp: 1, fp: 1, fn: 1 })
    assert.deepInclude(misses, { field: 'name', expected: 'Jane Doe', predicted: 'Curriculum Vitae' })
  })

  test('the worst files and the targets come from pooled counts', ({ assert }) => {
    // Sift's export lists one skill per entry (its category in keywords).
    const perfect = scoreResume(gt, { ...gt, skills: [{ name: 'Go', keywords: ['Languages'] }, { name: 'Node.js' }] })
    const empty = scoreResume(gt, {})
    const file = (id: string, score: typeof perfect): FileResult => {
      const micro = Object.values(score.fields).reduce((sum, t) => ({ tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn }), { tp: 0, fp: 0, fn: 0 })
      return { id, source: 'test', format: 'pdf', ms: 0, fields: score.fields, misses: score.misses, micro: { ...micro, ...rates(micro) }, predicted: {} }
    }
    const files = [file('good', perfect), file('bad', empty)]
    const summary = summarize(files)
    // 13 scored items: 13 TP in one file, 13 FN in the other → F1 = 26 / (26 + 13).
    assert.deepInclude(summary.micro, { tp: 13, fp: 0, fn: 13 })
    assert.closeTo(summary.micro.f1 ?? 0, 2 / 3, 1e-12)
    assert.deepEqual(worstFiles(files, 1).map((f) => f.id), ['bad'])
    assert.isFalse(checkTargets(summary).every((check) => check.pass))
    assert.isTrue(checkTargets(summarize([files[0]!])).every((check) => check.pass))
  })
})

test.group('Generated fixtures', () => {
  test('every generated document has ground truth whose name and e-mail are in its text', async ({ assert }) => {
    const names = (await readdir(GENERATED_FIXTURES_DIR)).filter((name) => /\.(pdf|docx|txt)$/.test(name))
    assert.isAtLeast(names.length, 10)
    for (const name of names) {
      const gtPath = join(GENERATED_FIXTURES_DIR, name.replace(/\.(pdf|docx|txt)$/, '.gt.json'))
      assert.isTrue(existsSync(gtPath), `${name} has ground truth`)
      const gt = JSON.parse(await readFile(gtPath, 'utf8')) as Required<JsonResumeLike>
      const result = await extractText(new Uint8Array(await readFile(join(GENERATED_FIXTURES_DIR, name))))
      if (!result.ok) throw new Error(`${name}: ${result.message}`)
      const text = result.value.text.normalize('NFC')
      assert.include(text.toLowerCase(), gt.basics.name!.toLowerCase(), name)
      // The header variant is the ATS trap: its contacts are only in the page header, outside the body text.
      const where = name.includes('header_contacts') ? result.value.warnings.join(' ') : text
      assert.include(where, gt.basics.email!.slice(0, 20), name)
    }
  })
})
