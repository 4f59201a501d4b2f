import { test } from '@japa/runner'
import { analyzeResume } from '../../app/nlp/analyze_resume.js'
import { parseJob } from '../../app/nlp/jobs/parse_job.js'
import { matchResume, type MatchReport, type ResumeForMatch, type JobForMatch } from '../../app/nlp/matching/index.js'
import { BASE_WEIGHTS } from '../../app/nlp/matching/weights.js'

const TODAY = '2026-11'

async function resumeOf(text: string): Promise<ResumeForMatch> {
  const result = await analyzeResume(new TextEncoder().encode(text), { today: TODAY, ocr: false })
  if (!result.ok) throw new Error(result.message)
  return { profile: result.value.parsed, lines: result.value.layout.lines }
}

function jobOf(text: string): JobForMatch {
  return { parsed: parseJob(text), text }
}

function requirement(report: MatchReport, id: string) {
  const found = report.requirements.find((match) => match.requirement.id === id)
  if (!found) throw new Error(`no requirement "${id}" in ${report.requirements.map((m) => m.requirement.id).join(', ')}`)
  return found
}

const lineText = (resume: ResumeForMatch, id: number) => resume.lines.find((line) => line.id === id)?.text

const resumeText = (experience: string[], skills: string, extra = '') => `Jane Roe
jane.roe@example.com | +1 415 555 0100 | San Francisco, CA

Experience
Platform Engineer, Acme Corp
Jan 2020 – Present
${experience.map((line) => `• ${line}`).join('\n')}

Software Engineer, Initech
Jun 2016 – Dec 2019
• Built billing services in Java and maintained the CI pipeline.

Education
B.Sc. Computer Science, State University, 2016
${extra}
Skills
${skills}
`

const JOB = `Senior Platform Engineer

Requirements
• 5+ years of experience building backend systems.
• Strong experience with Kubernetes and PostgreSQL.
• 3+ years of Python.
• Bachelor's degree in Computer Science or a related field.

Nice to have
• Experience with Terraform.
• Familiarity with Grafana.

Responsibilities
• Run our container platform and its databases.
`

test.group('matchResume: one requirement at a time', () => {
  test('a required skill named through an alias matches as a synonym, with the job line as evidence', async ({ assert }) => {
    const resume = await resumeOf(
      resumeText(['Ran 40 k8s clusters and tuned Postgres for the billing team.', 'Wrote Python tooling for deployments.'], 'Python, Go')
    )
    const report = matchResume(resume, jobOf(JOB), { today: TODAY })

    const kubernetes = requirement(report, 'kubernetes')
    assert.equal(kubernetes.status, 'matched')
    assert.equal(kubernetes.matchType, 'synonym')
    assert.equal(kubernetes.matchedAs, 'k8s')
    assert.equal(kubernetes.strength, 'used')
    assert.include(lineText(resume, kubernetes.evidence[0]), 'k8s clusters')

    const postgres = requirement(report, 'postgresql')
    assert.equal(postgres.matchType, 'synonym')
    assert.equal(postgres.matchedAs, 'Postgres')
    assert.equal(requirement(report, 'python').matchType, 'exact')
  })

  test('a missing requirement quotes the ad and says where it belongs', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Wrote Python services.'], 'Python'))
    const report = matchResume(resume, jobOf(JOB), { today: TODAY })

    const kubernetes = requirement(report, 'kubernetes')
    assert.equal(kubernetes.status, 'missing')
    assert.deepEqual(kubernetes.evidence, [])
    assert.equal(kubernetes.suggestedSection, 'experience')
    assert.equal(kubernetes.requirement.sentence, 'Strong experience with Kubernetes and PostgreSQL.')
    assert.equal(kubernetes.note, 'Not found in your résumé.')
    assert.equal(requirement(report, 'terraform').suggestedSection, 'skills')
    // Required first, then preferred.
    assert.deepEqual(report.missingKeywords.slice(0, 2), ['Kubernetes', 'PostgreSQL'])
    assert.includeMembers(report.missingKeywords, ['Terraform', 'Grafana'])
  })

  test('"no experience with X yet" is not X', async ({ assert }) => {
    const resume = await resumeOf(
      resumeText(['Wrote Python services on PostgreSQL.', 'No experience with Kubernetes yet, currently studying for the CKA.'], 'Python')
    )
    const report = matchResume(resume, jobOf(JOB), { today: TODAY })
    assert.equal(requirement(report, 'kubernetes').status, 'missing')
    assert.include(requirement(report, 'kubernetes').note, 'not used yet')
    assert.equal(requirement(report, 'postgresql').status, 'matched')
  })

  test('a wish or a "don\'t have" is not experience either', async ({ assert }) => {
    const wish = await resumeOf(
      resumeText(["Don't have experience but would like to develop skills with Kubernetes and PostgreSQL.", 'Wrote Python services.'], 'Python')
    )
    const report = matchResume(wish, jobOf(JOB), { today: TODAY })
    assert.equal(requirement(report, 'kubernetes').status, 'missing')
    assert.equal(requirement(report, 'postgresql').status, 'missing')
    assert.equal(requirement(report, 'python').status, 'matched')

    // An ambition stated with a skill the person has is not a negation.
    const ambition = await resumeOf(resumeText(['Want to build great products with Kubernetes and PostgreSQL.'], 'Python'))
    assert.equal(requirement(matchResume(ambition, jobOf(JOB), { today: TODAY }), 'kubernetes').status, 'matched')
  })

  test('fewer years of a skill than asked is partial and names both numbers', async ({ assert }) => {
    // Python only in the current job: Jan 2020 – Nov 2026 is ~6.9 years; ask for 8.
    const job = JOB.replace('3+ years of Python', '8+ years of Python')
    const resume = await resumeOf(resumeText(['Wrote Python services.'], 'Go'))
    const report = matchResume(resume, jobOf(job), { today: TODAY })
    const python = requirement(report, 'python')
    assert.equal(python.status, 'partial')
    assert.isAbove(python.months!, 12 * 6)
    assert.isBelow(python.credit, 1)
    assert.include(python.note, '8+ years')

    const enough = matchResume(resume, jobOf(JOB), { today: TODAY })
    assert.equal(requirement(enough, 'python').status, 'matched')
    assert.equal(requirement(enough, 'python').credit, 1)
  })

  test('a skill shown in a job earns more than the same skill only listed', async ({ assert }) => {
    const used = matchResume(await resumeOf(resumeText(['Operated Kubernetes clusters.'], 'Python')), jobOf(JOB), { today: TODAY })
    const listed = matchResume(await resumeOf(resumeText(['Operated clusters.'], 'Python, Kubernetes')), jobOf(JOB), { today: TODAY })
    assert.equal(requirement(used, 'kubernetes').strength, 'used')
    assert.equal(requirement(listed, 'kubernetes').strength, 'listed')
    assert.isAbove(requirement(used, 'kubernetes').credit, requirement(listed, 'kubernetes').credit)
    assert.isAbove(used.score, listed.score)
  })

  test('a skill last used a decade ago counts less than one used now', async ({ assert }) => {
    const job = 'Java Developer\n\nRequirements\n• Java.\n'
    const now = await resumeOf(resumeText(['Built services in Java.'], 'Go'))
    const old = await resumeOf(`Jane Roe\njane@example.com\n\nExperience\nDeveloper, Acme\nJan 2020 – Present\n• Built services in Go.\n\nDeveloper, Initech\nJan 2012 – Dec 2015\n• Built services in Java.\n`)
    const recent = requirement(matchResume(now, jobOf(job), { today: TODAY }), 'java')
    const stale = requirement(matchResume(old, jobOf(job), { today: TODAY }), 'java')
    assert.equal(stale.lastUsed, '2015-12')
    assert.equal(recent.credit, 1)
    assert.include(recent.note, 'still in use')
    assert.include(stale.note, 'last in 2015-12')
    assert.isBelow(stale.credit, recent.credit)
    assert.include(stale.note, 'while ago')
  })

  test('a stem match finds "unit tests" for "unit testing"', async ({ assert }) => {
    const job = 'Backend Developer\n\nRequirements\n• Unit testing.\n'
    const parsed = parseJob(job)
    const wanted = parsed.requirements.find((r) => r.kind === 'skill')
    assert.exists(wanted, 'the ad parser finds the skill')
    const resume = await resumeOf(resumeText(['Wrote unit tests for every service.'], 'Go'))
    const match = requirement(matchResume(resume, { parsed, text: job }, { today: TODAY }), wanted!.id)
    assert.notEqual(match.status, 'missing')
    assert.include(['stem', 'exact', 'synonym'], match.matchType!)
    assert.include(lineText(resume, match.evidence[0]), 'unit tests')
  })

  test('years overall and education are requirements with evidence', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Wrote Python services.'], 'Python'))
    const report = matchResume(resume, jobOf(JOB), { today: TODAY })
    const years = requirement(report, 'years-overall')
    assert.equal(years.status, 'matched')
    assert.isAbove(years.evidence.length, 0)
    assert.equal(report.experience.requiredYears, 5)
    assert.isAbove(report.experience.resumeYears, 10)
    const education = requirement(report, 'education')
    assert.equal(education.status, 'matched')
    assert.include(lineText(resume, education.evidence[0]), 'Computer Science')
  })
})

test.group('matchResume: the score', () => {
  test('weights of the available components add up to 100 and absent ones hand theirs on', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Wrote Python services.'], 'Python'))
    const full = matchResume(resume, jobOf(JOB), { today: TODAY })
    const sum = (report: MatchReport) => report.components.reduce((total, c) => total + c.weight, 0)
    assert.closeTo(sum(full), 100, 0.5)

    const bare = matchResume(resume, jobOf('Engineer\n\nRequirements\n• Python.\n'), { today: TODAY })
    assert.isFalse(bare.components.find((c) => c.id === 'education')!.available)
    assert.equal(bare.components.find((c) => c.id === 'education')!.weight, 0)
    assert.closeTo(sum(bare), 100, 0.5)
    assert.isAbove(bare.components.find((c) => c.id === 'required')!.weight, BASE_WEIGHTS.required)
  })

  test('one missing required skill costs more than every preferred skill together', async ({ assert }) => {
    // A: all required, no preferred. B: all preferred, one required missing.
    const a = await resumeOf(resumeText(['Ran Kubernetes and PostgreSQL; wrote Python tooling.'], 'Python'))
    const b = await resumeOf(resumeText(['Ran Kubernetes with Terraform and Grafana; wrote Python tooling.'], 'Python'))
    const job = jobOf(JOB)
    const withAll = matchResume(a, job, { today: TODAY, glove: null })
    const missingOne = matchResume(b, job, { today: TODAY, glove: null })
    assert.equal(requirement(missingOne, 'postgresql').status, 'missing')
    assert.equal(requirement(withAll, 'terraform').status, 'missing')
    assert.isAbove(withAll.score, missingOne.score)
  })

  test('the same inputs give the same report', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Ran k8s and Postgres.', 'Wrote Python tooling.'], 'Python, Terraform'))
    const first = matchResume(resume, jobOf(JOB), { today: TODAY })
    const second = matchResume(structuredClone(resume), jobOf(JOB), { today: TODAY })
    assert.deepEqual(second, first)
    assert.isAtLeast(first.score, 0)
    assert.isAtMost(first.score, 100)
  })

  test('skills backed only by a bare list raise the keyword-stuffing warning', async ({ assert }) => {
    const stuffed = await resumeOf(resumeText(['Helped the team with various tasks.'], 'Kubernetes, PostgreSQL, Python, Terraform, Grafana'))
    const honest = await resumeOf(resumeText(['Ran Kubernetes and PostgreSQL with Terraform; wrote Python.'], 'Grafana'))
    const warning = matchResume(stuffed, jobOf(JOB), { today: TODAY }).warnings.find((w) => w.id === 'keyword-stuffing')
    assert.exists(warning)
    assert.includeMembers(warning!.skills, ['Kubernetes', 'PostgreSQL', 'Terraform'])
    assert.isAbove(warning!.lines.length, 0)
    assert.notExists(matchResume(honest, jobOf(JOB), { today: TODAY }).warnings.find((w) => w.id === 'keyword-stuffing'))
  })

  test('without word vectors the semantic component is unavailable and says why', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Wrote Python services.'], 'Python'))
    const report = matchResume(resume, jobOf(JOB), { today: TODAY, glove: null })
    const semantic = report.components.find((c) => c.id === 'semantic')!
    assert.isFalse(semantic.available)
    assert.equal(semantic.weight, 0)
    assert.exists(report.warnings.find((w) => w.id === 'semantic-unavailable'))
    assert.isNull(report.semantic.embedder)
  })

  test('stored vectors from the same embedder are used as they are', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Wrote Python services.'], 'Python'))
    const job = jobOf(JOB)
    const same = { embedder: 'test-embedder', sections: { all: [1, 0, 0] } }
    const report = matchResume({ ...resume, vectors: same }, { ...job, vectors: { embedder: 'test-embedder', sections: { all: [1, 0, 0] } } }, { today: TODAY, glove: null })
    assert.equal(report.semantic.embedder, 'test-embedder')
    assert.deepEqual(report.semantic.pairs, [{ resumeSection: 'all', jobSection: 'all', similarity: 1 }])
    assert.equal(report.components.find((c) => c.id === 'semantic')!.score, 1)

    const opposite = matchResume({ ...resume, vectors: same }, { ...job, vectors: { embedder: 'test-embedder', sections: { all: [-1, 0, 0] } } }, { today: TODAY, glove: null })
    assert.equal(opposite.components.find((c) => c.id === 'semantic')!.score, 0)
    assert.isAbove(report.score, opposite.score)
  })
})

test.group('matchResume: alternatives', () => {
  const AD = 'Backend Developer\n\nRequirements\n• Proficiency in Python, Perl or PHP.\n• Experience with Docker.\n'

  test('one of the alternatives meets the requirement, and covers the others with its evidence', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Maintained Perl services and their Docker images.'], 'Perl, Docker'))
    const report = matchResume(resume, jobOf(AD), { today: TODAY, glove: null })
    const perl = requirement(report, 'perl')
    const python = requirement(report, 'python')
    assert.equal(perl.status, 'matched')
    assert.equal(python.status, 'matched')
    assert.equal(python.matchedAs, 'Perl')
    assert.equal(python.coveredBy, 'perl')
    assert.isUndefined(python.matchType)
    assert.deepEqual(python.evidence, perl.evidence)
    assert.include(python.note, 'one of Python, Perl or PHP')
    assert.notInclude(report.missingKeywords, 'Python')
    // Two requirements (the group and Docker), both met.
    const required = report.components.find((c) => c.id === 'required')!
    assert.equal(required.score, 1)
    assert.include(required.detail, '2 of 2 required skills found')
  })

  test('a group with none of its members stays missing, once', async ({ assert }) => {
    const resume = await resumeOf(resumeText(['Ran Docker images in production.'], 'Docker'))
    const report = matchResume(resume, jobOf(AD), { today: TODAY, glove: null })
    assert.equal(requirement(report, 'python').status, 'missing')
    assert.equal(requirement(report, 'php').status, 'missing')
    const required = report.components.find((c) => c.id === 'required')!
    assert.include(required.detail, '1 of 2 required skills found')
    assert.closeTo(required.score, 0.5, 0.001)
  })
})

test.group('matchResume: skills named outside jobs and lists', () => {
  test('a skill named only in a project counts as mentioned: more than listed, less than used in a job', async ({ assert }) => {
    const job = jobOf('Developer\n\nRequirements\n• Kotlin.\n')
    const project = await resumeOf(resumeText(['Wrote Python services.'], 'Go', '\nProjects\n• Wrote a ray tracer in Kotlin.\n'))
    const listed = await resumeOf(resumeText(['Wrote Python services.'], 'Go, Kotlin'))
    const used = await resumeOf(resumeText(['Wrote Kotlin services.'], 'Go'))
    const strength = (resume: ResumeForMatch) => requirement(matchResume(resume, job, { today: TODAY, glove: null }), 'kotlin')
    assert.equal(strength(project).strength, 'mentioned')
    // Found by the skills extractor (the taxonomy), not only by the stem fallback.
    assert.equal(strength(project).matchType, 'exact')
    assert.isTrue(project.profile.skills.some((skill) => skill.id === 'kotlin' && !skill.listed && skill.usedIn.length === 0))
    assert.include(lineText(project, strength(project).evidence[0]), 'ray tracer')
    assert.equal(strength(listed).strength, 'listed')
    assert.equal(strength(used).strength, 'used')
    assert.isAbove(strength(project).credit, strength(listed).credit)
    assert.isBelow(strength(project).credit, strength(used).credit)
  })
})

test.group('matchResume: lists outside the skills section', () => {
  test('a "Technologies: …" line under a project is a list, not a line that shows the skill in use', async ({ assert }) => {
    const job = jobOf('Developer\n\nRequirements\n• Kotlin.\n')
    const listed = await resumeOf(resumeText(['Wrote Python services.'], 'Go', '\nProjects\nTechnologies: Kotlin, Ktor, Gradle, Docker\n'))
    const prose = await resumeOf(resumeText(['Wrote Python services.'], 'Go', '\nProjects\n• Wrote a ray tracer in Kotlin.\n'))
    const kotlin = (resume: ResumeForMatch) => requirement(matchResume(resume, job, { today: TODAY, glove: null }), 'kotlin')
    assert.equal(kotlin(listed).strength, 'listed')
    assert.equal(kotlin(prose).strength, 'mentioned')
  })
})
