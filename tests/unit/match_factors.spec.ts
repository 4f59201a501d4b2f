/*
| The matcher's recruiter logic, one factor at a time: each pair of résumés in
| bench/match_set/pairs.csv differs in one thing the issue names, and against
| the same job the first must score strictly higher than the second. The same
| pairs are reported by `npm run eval:match`.
*/
import { test } from '@japa/runner'
import type { JobForMatch, MatchReport, ResumeForMatch } from '../../app/nlp/matching/types.js'
import { loadMatchSet, MATCH_TODAY, type FactorPair } from '../../bench/lib/match_corpus.js'
import { loadMatcher, type MatchResumeFn } from '../../bench/lib/matcher.js'

/** What each factor of pairs.csv checks, as the sentence the test is named by. */
const FACTORS: Record<string, string> = {
  a: 'a required skill written only as an alias (k8s for Kubernetes) counts, so it beats not having the skill',
  b: 'dated experience that meets the years asked beats the same jobs dated for fewer years',
  c: 'a skill shown in use in a job beats the same skill only in the skills list',
  d: 'missing one required skill costs more than missing every preferred one',
  e: 'a skill used in the current job beats the same skill last used a decade ago',
  f: '"no experience with React Native yet" does not count as React Native experience',
}

test.group('Matching: one factor at a time (bench/match_set/pairs.csv)', (group) => {
  let set: Awaited<ReturnType<typeof loadMatchSet>>
  let matchResume: MatchResumeFn | null = null
  let unavailable = ''

  group.setup(async () => {
    set = await loadMatchSet()
    // Loaded by path so a missing or broken matcher fails these tests, not the whole unit suite.
    const loaded = await loadMatcher()
    if (loaded.ok) matchResume = loaded.value
    else unavailable = loaded.reason
  })

  test('the pair file names every factor once', ({ assert }) => {
    assert.sameMembers(
      set.pairs.map((pair) => pair.factor),
      Object.keys(FACTORS)
    )
  })

  for (const [factor, sentence] of Object.entries(FACTORS)) {
    test(`(${factor}) ${sentence}`, ({ assert }) => {
      if (!matchResume) return assert.fail(`the matcher could not be loaded: ${unavailable}`)
      const pair = set.pairs.find((candidate) => candidate.factor === factor)
      if (!pair) return assert.fail(`bench/match_set/pairs.csv has no pair for factor (${factor})`)
      const better = score(matchResume, pair, pair.better)
      const worse = score(matchResume, pair, pair.worse)
      assert.isAbove(
        better.score,
        worse.score,
        `factor (${factor}) failed — ${pair.what}: ${pair.better} scored ${better.score}, ${pair.worse} scored ${worse.score} against ${pair.jobId}.\n` +
          `  ${pair.better}: ${explain(better)}\n  ${pair.worse}: ${explain(worse)}`
      )
    })
  }

  function score(matcher: MatchResumeFn, pair: FactorPair, resumeId: string): MatchReport {
    const resume = set.resumes.get(resumeId)?.forMatch
    const job = set.jobs.get(pair.jobId)?.forMatch
    if (!resume) throw new Error(`${resumeId} did not parse: ${set.resumes.get(resumeId)?.error}`)
    if (!job) throw new Error(`no job ${pair.jobId}`)
    // Without section vectors: the order must come from the recruiter logic, not from wording.
    const input: ResumeForMatch = { ...resume, vectors: null }
    const jobInput: JobForMatch = { ...job, vectors: null }
    return matcher(input, jobInput, { today: MATCH_TODAY })
  }
})

/** The components and the requirement notes, so a failure says where the points went. */
function explain(report: MatchReport): string {
  const parts = report.components.filter((c) => c.available).map((c) => `${c.id} ${c.points}/${c.weight}`)
  const notes = report.requirements.map((r) => `${r.requirement.name}: ${r.status}${r.strength ? ` (${r.strength})` : ''} ${r.credit}`)
  return `${parts.join(', ')} | ${notes.join('; ')}`
}
