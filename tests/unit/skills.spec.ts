import { readFile, readdir, stat } from 'node:fs/promises'
import { test } from '@japa/runner'
import { extractText } from '../../app/nlp/extract/index.js'
import { createSkillMatcher, extractSkills, findSkills, loadTaxonomy, skillById } from '../../app/nlp/skills/index.js'
import { TAXONOMY_URL } from '../../app/nlp/skills/taxonomy.js'
import { aliasKey } from '../../app/nlp/skills/tokens.js'
import type { Line, Section, WorkEntry } from '../../app/nlp/types.js'
import { evalPath } from '#tests/helpers'

/** Canonical names found in a text, in order. */
function names(text: string, options?: Parameters<typeof findSkills>[1]): string[] {
  return findSkills(text, options).map((match) => match.name)
}

/** A tiny parsed résumé: one Line per string, ids in order. */
function linesOf(texts: string[]): Line[] {
  return texts.map((text, id) => ({
    id,
    page: 1,
    text,
    box: null,
    fontSize: null,
    bold: false,
    column: 0,
    source: 'text',
    bullet: false,
  }))
}

function skillsSection(lineIds: number[]): Section {
  return { kind: 'skills', heading: 'Skills', headingLineId: null, lineIds }
}

function job(lineIds: number[], dates: Partial<Pick<WorkEntry, 'startDate' | 'endDate' | 'present' | 'name'>>): WorkEntry {
  return { confidence: 0.9, lines: lineIds, highlights: [], ...dates }
}

test.group('Skill matcher: aliases and symbols', () => {
  test('NodeJS, k8s and Postgres resolve to their canonical skills', ({ assert }) => {
    const matches = findSkills('Built NodeJS services on k8s backed by Postgres')

    assert.deepEqual(
      matches.map((match) => [match.id, match.name, match.alias]),
      [
        ['nodejs', 'Node.js', 'NodeJS'],
        ['kubernetes', 'Kubernetes', 'k8s'],
        ['postgresql', 'PostgreSQL', 'Postgres'],
      ]
    )
  })

  test('offsets point at the mention as written', ({ assert }) => {
    const text = 'Deployed with K8S and Amazon Web Services.'
    const spans = findSkills(text).map((match) => text.slice(match.start, match.end))

    assert.deepEqual(spans, ['K8S', 'Amazon Web Services'])
  })

  test('C#, C++ and .NET survive tokenisation and are not read as C', ({ assert }) => {
    assert.deepEqual(names('C#, C++ and .NET developer'), ['C#', 'C++', '.NET'])
    assert.deepEqual(names('Wrote ASP.NET MVC apps in C sharp'), ['.NET', 'C#'])
    assert.deepEqual(names('Objective-C and Swift'), ['Objective-C', 'Swift'])
  })

  test('a word glued to a dot, hyphen or ampersand is not a separate skill', ({ assert }) => {
    assert.deepEqual(names('Node.js and Vue.js'), ['Node.js', 'Vue.js'])
    assert.deepEqual(names('We sell on the internet. Net revenue grew'), [])
    assert.deepEqual(names('Presented to C-level executives of our R&D lab'), [])
    assert.deepEqual(names('CI/CD pipelines for React/Redux apps'), ['CI/CD', 'React', 'Redux'])
  })

  test('the longest alias wins over the shorter one inside it', ({ assert }) => {
    assert.deepEqual(names('Spring Boot, React Native, Microsoft Excel'), [
      'Spring Boot',
      'React Native',
      'Microsoft Excel',
    ])
  })

  test('hyphenated compounds of unambiguous skills still count', ({ assert }) => {
    assert.deepEqual(names('Kubernetes-native tooling for Python-based services'), ['Kubernetes', 'Python'])
  })

  test('URLs, e-mail addresses and ignored phrases are not skills', ({ assert }) => {
    assert.deepEqual(names('john@python.org, https://github.com/golang/go, rendercv.com'), [])
    assert.deepEqual(names('Oracle, Senior Engineer', { ignore: ['Oracle'] }), [])
    assert.deepEqual(names('Senior Engineer at Acme', { ignore: ['Oracle'] }), [])
  })
})

test.group('Skill matcher: ambiguous words need context', () => {
  test('Go the language counts, go the verb does not', ({ assert }) => {
    assert.deepEqual(names('We had to go to market fast, then let go of the legacy stack'), [])
    assert.deepEqual(names('Led the go-live and the Go To Market plan'), [])
    assert.deepEqual(names('Rewrote the billing services in Go'), ['Go'])
    assert.deepEqual(names('Senior Go developer'), ['Go'])
    assert.deepEqual(names('Golang'), ['Go'])
  })

  test('R counts in a skills list but not as a letter', ({ assert }) => {
    assert.deepEqual(names('R', { listContext: true }), ['R'])
    assert.deepEqual(names('R'), [])
    assert.deepEqual(names('Languages: R, Python, SQL'), ['R', 'Python', 'SQL'])
    assert.deepEqual(names('Analysed survey data using Python and R.'), ['Python', 'R'])
    assert.deepEqual(names('John R. Smith got an R rating in Plan R'), [])
    assert.deepEqual(names('r, python', { listContext: true }), ['Python'])
  })

  test('"excel at" is a verb, Excel mid-sentence is the spreadsheet', ({ assert }) => {
    assert.deepEqual(names('I excel at negotiation'), [])
    assert.deepEqual(names('Excel at scale'), [])
    assert.deepEqual(names('Built forecasts in Excel for the sales team'), ['Microsoft Excel'])
    assert.deepEqual(names('Advanced Excel macros'), ['Microsoft Excel'])
  })

  test('each accepted ambiguous match says which context let it count', ({ assert }) => {
    const context = (text: string, options?: Parameters<typeof findSkills>[1]) =>
      findSkills(text, options).map((match) => [match.name, match.ambiguous, match.context])

    assert.deepEqual(context('Go', { listContext: true }), [['Go', true, 'list']])
    assert.deepEqual(context('Python, Go'), [
      ['Python', false, null],
      ['Go', true, 'near-tech'],
    ])
    assert.deepEqual(context('services in Go'), [['Go', true, 'capitalised']])
    assert.deepEqual(context('Go'), [])
  })

  test('lower-case ordinary words are never skills, even in a list', ({ assert }) => {
    assert.deepEqual(names('leadership, go, excel, access control', { listContext: true }), [])
    assert.deepEqual(names('Leadership, Go, Excel, Access', { listContext: true }), [
      'Go',
      'Microsoft Excel',
      'Microsoft Access',
    ])
  })

  test('abbreviations that mean something else outside tech need tech next to them', ({ assert }) => {
    assert.deepEqual(names('RN, BLS, ACLS', { listContext: true }), [])
    assert.deepEqual(names('React, RN, Redux'), ['React', 'React Native', 'Redux'])
  })

  test('a season before a year or a term is a date, not the Spring framework', ({ assert }) => {
    assert.deepEqual(names('Joined the team after graduating in Spring 2018 with honours'), [])
    assert.deepEqual(names("Ran the Spring '22 intern cohort and the Spring semester mentoring"), [])
    assert.deepEqual(names('Built REST services in Java and Spring, migrated to Spring 5'), [
      'REST',
      'Java',
      'Spring Framework',
      'Spring Framework',
    ])
  })
})

test.group('Skill matcher: vendors', () => {
  test('Cisco IOS is the network OS, not Apple iOS', ({ assert }) => {
    const listed = names('Cisco IOS, OSPF, BGP', { listContext: true })
    assert.include(listed, 'Cisco IOS')
    assert.notInclude(listed, 'iOS')
    assert.notInclude(names('Upgraded Cisco IOS XE on 40 branch routers'), 'iOS')
    assert.deepEqual(names('Shipped iOS and Android apps'), ['iOS', 'Android'])
  })

  test("a name with inner capitals written otherwise after another vendor's name is that vendor's product", ({ assert }) => {
    const taxonomy = { skills: [{ id: 'ios', name: 'iOS', aliases: ['Apple iOS'] }], curatedIds: new Set(['ios']) }
    const matcher = createSkillMatcher(taxonomy)
    const found = (text: string) => matcher.findSkills(text).map((match) => match.name)

    assert.deepEqual(found('Hardened Cisco IOS images on edge routers'), [])
    assert.deepEqual(found('Wrote IOS apps for retail clients'), ['iOS'])
    assert.deepEqual(found('Tested Apple iOS builds'), ['iOS'])
  })
})

test.group('extractSkills', () => {
  test('months per skill count overlapping jobs once and run an ongoing job to today', ({ assert }) => {
    const lines = linesOf([
      'Acme, Backend Engineer', // 0
      'Built Python services shipped with Docker', // 1
      'Globex, Data Engineer', // 2
      'Python pipelines', // 3
      'Initech, Staff Engineer', // 4
      'Python and Go services', // 5
    ])
    const work = [
      job([0, 1], { name: 'Acme', startDate: '2019-01', endDate: '2020-06' }),
      job([2, 3], { name: 'Globex', startDate: '2020-01', endDate: '2020-12' }),
      job([4, 5], { name: 'Initech', startDate: '2022-03', present: true }),
    ]
    const skills = extractSkills(lines, [], work, { today: '2023-02' })
    const byName = new Map(skills.map((skill) => [skill.name, skill]))

    // 2019-01..2020-12 (24, the overlap of 2020 counted once) + 2022-03..2023-02 (12)
    assert.equal(byName.get('Python')?.months, 36)
    assert.equal(byName.get('Python')?.lastUsed, '2023-02')
    assert.deepEqual(byName.get('Python')?.usedIn, [1, 3, 5])
    assert.equal(byName.get('Docker')?.months, 18)
    assert.equal(byName.get('Docker')?.lastUsed, '2020-06')
    assert.equal(byName.get('Go')?.months, 12)
  })

  test('a bare year covers the whole year and a job without dates gives usage but no months', ({ assert }) => {
    const lines = linesOf(['Kotlin apps', 'Kotlin and Docker'])
    const work = [job([0], { startDate: '2018', endDate: '2019' }), job([1], {})]
    const skills = extractSkills(lines, [], work, { today: '2024-05' })
    const kotlin = skills.find((skill) => skill.id === 'kotlin')

    assert.equal(kotlin?.months, 24)
    assert.equal(kotlin?.lastUsed, '2019-12')
    assert.deepEqual(kotlin?.usedIn, [0, 1])
    assert.deepEqual(skills.find((skill) => skill.id === 'docker')?.usedIn, [1])
    assert.isNull(skills.find((skill) => skill.id === 'docker')?.months)
    assert.isUndefined(skills.find((skill) => skill.id === 'docker')?.lastUsed)
  })

  test('listed-only skills are told apart from used ones and rank lower', ({ assert }) => {
    const lines = linesOf([
      'Python, Kubernetes, R', // 0: skills section
      'Acme, Engineer', // 1
      'Automated reports in Python', // 2
    ])
    const work = [job([1, 2], { name: 'Acme', startDate: '2021-01', endDate: '2021-12' })]
    const skills = extractSkills(lines, [skillsSection([0])], work, { today: '2024-01' })
    const python = skills.find((skill) => skill.id === 'python')!
    const kubernetes = skills.find((skill) => skill.id === 'kubernetes')!
    const r = skills.find((skill) => skill.id === 'r')!

    assert.deepEqual([python.listed, python.usedIn, python.lines, python.months], [true, [2], [0, 2], 12])
    assert.deepEqual([kubernetes.listed, kubernetes.usedIn, kubernetes.months], [true, [], null])
    assert.isAbove(python.confidence, kubernetes.confidence)
    // Only ever seen through an alias that is also a letter: less sure than a plain listed skill.
    assert.isAbove(kubernetes.confidence, r.confidence)
    assert.equal(kubernetes.category, 'DevOps and infrastructure')
  })

  test('used-only skills rank between listed-and-used and listed-only ones', ({ assert }) => {
    const lines = linesOf(['Docker', 'Acme', 'Docker and Terraform'])
    const skills = extractSkills(lines, [skillsSection([0])], [job([1, 2], {})], { today: '2024-01' })
    const confidence = (id: string) => skills.find((skill) => skill.id === id)!.confidence
    const listedOnly = extractSkills(linesOf(['Terraform']), [skillsSection([0])], [], { today: '2024-01' })[0]

    assert.isAbove(confidence('docker'), confidence('terraform'))
    assert.isAbove(confidence('terraform'), listedOnly.confidence)
  })

  test("the employer's name in a job's header line is not a skill", ({ assert }) => {
    const lines = linesOf(['Oracle — Java Developer', 'Migrated Oracle Database to PostgreSQL'])
    const skills = extractSkills(lines, [], [job([0, 1], { name: 'Oracle' })], { today: '2024-01' })

    assert.deepEqual(
      skills.map((skill) => skill.name),
      ['Java', 'Oracle Database', 'PostgreSQL']
    )
  })

  test('skills come out in order of first appearance, the same every time', ({ assert }) => {
    const lines = linesOf(['TypeScript, Go, Rust', 'Acme', 'Rust and Go services behind Nginx'])
    const run = () =>
      extractSkills(lines, [skillsSection([0])], [job([1, 2], { startDate: '2020-05', present: true })], {
        today: '2024-04',
      })
    const first = run()

    assert.deepEqual(
      first.map((skill) => skill.name),
      ['TypeScript', 'Go', 'Rust', 'Nginx']
    )
    assert.deepEqual(run(), first)
    assert.equal(JSON.stringify(run()), JSON.stringify(first))
  })

  test('a fresh matcher over the same taxonomy finds the same skills', ({ assert }) => {
    const text = 'Python, Go and C++ on AWS; shipped with Docker, k8s and GitHub Actions.'
    const fresh = createSkillMatcher(loadTaxonomy())

    assert.deepEqual(fresh.findSkills(text), findSkills(text))
  })

  test('a malformed "today" is a programming error', ({ assert }) => {
    assert.throws(() => extractSkills([], [], [], { today: 'May 2024' }), /YYYY-MM/)
  })
})

test.group('Skills taxonomy file', () => {
  test('credits O*NET, ESCO and Linguist under their licences', async ({ assert }) => {
    const taxonomy = loadTaxonomy()
    const attribution = await readFile(new URL('./ATTRIBUTION.md', TAXONOMY_URL), 'utf8')

    assert.deepEqual(
      taxonomy.sources.map((source) => source.licence.split(' (')[0]),
      ['CC BY 4.0', 'CC BY 4.0', 'MIT']
    )
    assert.match(taxonomy.sources[0].attribution, /O\*NET 29\.2 Database by the U\.S\. Department of Labor/)
    assert.match(taxonomy.sources[1].attribution, /© European Union/)
    assert.match(taxonomy.sources[2].attribution, /GitHub, Inc\./)
    for (const source of taxonomy.sources) assert.match(source.url, /^https:\/\//)
    for (const phrase of ['USDOL/ETA', 'CC BY 4.0', 'ESCO v1.2.0, © European Union', 'Copyright (c) 2017 GitHub, Inc.']) {
      assert.include(attribution, phrase)
    }
  })

  test('is small, and is read once per thread', async ({ assert }) => {
    const { size } = await stat(TAXONOMY_URL)
    const taxonomy = loadTaxonomy()

    assert.isBelow(size, 2 * 1024 * 1024)
    assert.strictEqual(loadTaxonomy(), taxonomy)
    assert.isAbove(taxonomy.skills.length, 3000)
    assert.isBelow(taxonomy.loadMs, 1000)
  })

  test('merges duplicates across sources and lets the curated entries win', ({ assert }) => {
    const javascript = skillById('javascript')!

    assert.equal(javascript.name, 'JavaScript')
    assert.includeMembers(javascript.sources ?? [], ['curated', 'linguist', 'onet'])
    assert.equal(loadTaxonomy().skills.filter((skill) => skill.name === 'JavaScript').length, 1)
    assert.deepEqual(names('Oracle Java, Microsoft Power BI, Apache Subversion SVN'), [
      'Java',
      'Power BI',
      'Apache Subversion (SVN)',
    ])
    assert.isUndefined(skillById('no-such-skill'))
  })

  test('gives every id and every spelling to exactly one skill', ({ assert }) => {
    const { skills } = loadTaxonomy()
    const owners = new Map<string, string>()
    const clashes: string[] = []
    for (const skill of skills) {
      for (const surface of new Set([skill.name, ...skill.aliases].map(aliasKey))) {
        const owner = owners.get(surface)
        if (owner && owner !== skill.id) clashes.push(`${surface}: ${owner} / ${skill.id}`)
        owners.set(surface, skill.id)
      }
    }

    assert.equal(new Set(skills.map((skill) => skill.id)).size, skills.length)
    assert.deepEqual(clashes, [])
  })
})

test.group('Skills on the eval set', () => {
  test('matching a two-page résumé takes under 5 ms once the taxonomy is loaded', async ({ assert }) => {
    const extracted = await extractText(await readFile(evalPath('resumes/rendercv/classic.pdf')))
    if (!extracted.ok) throw new Error(extracted.message)
    const text = extracted.value.text
    findSkills(text) // builds the matcher
    const runs = Array.from({ length: 21 }, () => {
      const started = performance.now()
      findSkills(text)
      return performance.now() - started
    }).sort((a, b) => a - b)

    assert.isAbove(text.split(/\s+/).length, 600)
    assert.isBelow(runs[10], 5)
  })

  test("the GT skill keywords of the eval résumés are found in their text", async ({ assert }) => {
    let found = 0
    let total = 0
    const missed = new Set<string>()
    for (const folder of ['resumes/rendercv', 'resumes/reactive-resume']) {
      for (const file of (await readdir(evalPath(folder))).filter((name) => name.endsWith('.gt.json')).sort()) {
        const gt = JSON.parse(await readFile(evalPath(`${folder}/${file}`), 'utf8')) as {
          skills: Array<{ keywords: string[] }>
        }
        const extracted = await extractText(await readFile(evalPath(`${folder}/${file.replace('.gt.json', '.pdf')}`)))
        if (!extracted.ok) throw new Error(`${file}: ${extracted.message}`)
        const mentions = extracted.value.text.split('\n').flatMap((line) =>
          findSkills(line).map((match) => ({ id: match.id, written: aliasKey(line.slice(match.start, match.end)) }))
        )
        for (const keyword of gt.skills.flatMap((skill) => skill.keywords)) {
          total++
          const ids = findSkills(keyword, { listContext: true }).map((match) => match.id)
          const hit = mentions.some((mention) => mention.written === aliasKey(keyword) || ids.includes(mention.id))
          if (hit) found++
          else missed.add(keyword)
        }
      }
    }
    const recall = found / total

    // Misses are RenderCV's research areas ("model compression", "efficient inference"): topics, not taxonomy skills.
    assert.isAtLeast(recall, 0.85, `recall ${recall.toFixed(3)}; missed: ${[...missed].join(', ')}`)
    assert.notInclude([...missed], 'C++')
    assert.notInclude([...missed], 'React.js')
    assert.notInclude([...missed], 'JIRA')
  })
})

test.group('skills: acronyms from the open data', () => {
  test('are matched only as written, so "CLOs" (loan obligations) is not CLOS', ({ assert }) => {
    const names = (text: string) => findSkills(text).map((match) => match.name)
    assert.notInclude(names('We build analytics for CLOs and structured products.'), 'Common Lisp Object System (CLOS)')
    assert.include(names('Object systems: CLOS, Smalltalk.'), 'Common Lisp Object System (CLOS)')
    // Curated aliases keep their own rules: SQL in any case.
    assert.include(names('Wrote sql reports.'), 'SQL')
  })

  test('a vendor-less product name of ordinary words is matched only as written', ({ assert }) => {
    const names = (text: string) => findSkills(text).map((match) => match.name)
    assert.notInclude(names('You will own data pipeline construction and model training.'), 'Amazon Data Pipeline')
    assert.include(names('Scheduled exports with Data Pipeline and S3.'), 'Amazon Data Pipeline')
    assert.include(names('Deployed on tomcat and sagemaker.'), 'Apache Tomcat')
  })

  test('open-data labels that start with an article are not names ("a computer")', ({ assert }) => {
    const names = findSkills('Comfortable working at a computer all day.').map((match) => match.name)
    assert.notInclude(names, 'computer equipment')
  })
})

test.group('skills: negated mentions', () => {
  test('"No experience with Kubernetes yet" in a job does not give the person Kubernetes', async ({ assert }) => {
    const { analyzeResume } = await import('../../app/nlp/analyze_resume.js')
    const text = 'Jane Roe\njane@example.com\n\nExperience\nEngineer, Acme\nJan 2020 – Present\n• Built Node.js services with Docker.\n• No experience with Kubernetes yet.\n'
    const result = await analyzeResume(new TextEncoder().encode(text), { today: '2026-11', ocr: false })
    assert.isTrue(result.ok)
    if (!result.ok) return
    const ids = result.value.parsed.skills.map((skill) => skill.id)
    assert.include(ids, 'docker')
    assert.include(ids, 'nodejs')
    assert.notInclude(ids, 'kubernetes')
  })
})
