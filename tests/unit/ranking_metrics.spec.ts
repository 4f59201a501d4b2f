import { test } from '@japa/runner'
import { annotatorAgreement, checkPairs, evaluateMethod, randomExpectation, rankingTask } from '../../bench/lib/match_eval.js'
import {
  dcgAtK,
  idealDcgAtK,
  kendallTauB,
  ndcgAtK,
  randomNdcgAtK,
  randomReciprocalRank,
  reciprocalRank,
  type Scored,
} from '../../bench/lib/ranking.js'
import { fitTfidf, tokenize } from '../../bench/lib/tfidf.js'

/** Candidates in the order given, best first (descending scores, no ties). */
const inOrder = (...ids: string[]): Scored[] => ids.map((id, index) => ({ id, score: ids.length - index }))
const grades = (entries: Record<string, number>) => new Map(Object.entries(entries))

// Every expected value below was worked out by hand: log2(3) = 1.5849625, log2(5) = 2.3219281, log2(6) = 2.5849625.
test.group('Ranking metrics: NDCG', () => {
  test('the ideal order scores 1', ({ assert }) => {
    assert.closeTo(ndcgAtK(inOrder('a', 'b', 'c'), grades({ a: 3, b: 2, c: 0 }), 3) ?? NaN, 1, 1e-12)
  })

  test('the reversed order scores by the exponential gain 2^grade − 1 and a log2 discount', ({ assert }) => {
    // gains a 7, b 3, c 0; DCG = 0/1 + 3/log2(3) + 7/log2(4) = 5.392789; IDCG = 7 + 3/log2(3) = 8.892789
    const ranked = inOrder('c', 'b', 'a')
    assert.closeTo(dcgAtK(ranked, grades({ a: 3, b: 2, c: 0 }), 3), 5.392789, 1e-6)
    assert.closeTo(idealDcgAtK([3, 2, 0], 3), 8.892789, 1e-6)
    assert.closeTo(ndcgAtK(ranked, grades({ a: 3, b: 2, c: 0 }), 3) ?? NaN, 0.606423, 1e-6)
  })

  test('linear gain uses the grade itself', ({ assert }) => {
    // DCG = 0 + 2/log2(3) + 3/2 = 2.761860; IDCG = 3 + 2/log2(3) = 4.261860
    assert.closeTo(ndcgAtK(inOrder('c', 'b', 'a'), grades({ a: 3, b: 2, c: 0 }), 3, 'linear') ?? NaN, 0.648040, 1e-6)
  })

  test('only the first k positions count', ({ assert }) => {
    // order a(0) b(1) c(2), k = 2: DCG = 0 + 1/log2(3) = 0.630930; IDCG = 3 + 1/log2(3) = 3.630930
    assert.closeTo(ndcgAtK(inOrder('a', 'b', 'c'), grades({ a: 0, b: 1, c: 2 }), 2) ?? NaN, 0.173765, 1e-6)
  })

  test('tied candidates share the mean discount of the positions they span', ({ assert }) => {
    // a(1) and b(0) tied at positions 1–2: DCG = 1 × (1 + 1/log2(3)) / 2 = 0.815465
    const tied = [{ id: 'a', score: 5 }, { id: 'b', score: 5 }]
    assert.closeTo(ndcgAtK(tied, grades({ a: 1, b: 0 }), 2) ?? NaN, 0.815465, 1e-6)
    // The order the sort happens to leave them in makes no difference.
    assert.equal(ndcgAtK(tied.toReversed(), grades({ a: 1, b: 0 }), 2), ndcgAtK(tied, grades({ a: 1, b: 0 }), 2))
  })

  test('a tie across the cut-off counts only the positions inside it', ({ assert }) => {
    // x(2) and y(0) tied at positions 1–2, k = 1: x gets discount 1/2, so DCG@1 = 3 × 0.5; IDCG@1 = 3
    const ranked = [{ id: 'x', score: 1 }, { id: 'y', score: 1 }, { id: 'z', score: 0 }]
    assert.closeTo(ndcgAtK(ranked, grades({ x: 2, y: 0, z: 1 }), 1) ?? NaN, 0.5, 1e-12)
  })

  test('a list with nothing relevant has no NDCG', ({ assert }) => {
    assert.isNull(ndcgAtK(inOrder('a', 'b'), grades({ a: 0, b: 0 }), 2))
  })

  test('a random order is expected to score the mean gain times the discounts over the ideal', ({ assert }) => {
    // grades 5..1: mean gain (31+15+7+3+1)/5 = 11.4; Σ discounts = 2.948459; IDCG = 45.642834
    assert.closeTo(randomNdcgAtK([5, 4, 3, 2, 1], 5) ?? NaN, 0.736423, 1e-6)
    assert.closeTo(randomNdcgAtK([5, 4, 3, 2, 1], 5, 'linear') ?? NaN, 0.861122, 1e-6)
  })
})

test.group('Ranking metrics: reciprocal rank and agreement', () => {
  test('the reciprocal rank is one over the position of the first relevant candidate', ({ assert }) => {
    assert.closeTo(reciprocalRank(inOrder('a', 'b', 'c'), new Set(['c'])), 1 / 3, 1e-12)
    assert.equal(reciprocalRank(inOrder('a', 'b', 'c'), new Set(['b', 'c'])), 0.5)
    assert.equal(reciprocalRank(inOrder('a', 'b'), new Set()), 0)
  })

  test('a relevant candidate in a tie gets the mean over the positions it could take', ({ assert }) => {
    // positions 2–3: (1/2 + 1/3) / 2
    const ranked = [{ id: 'a', score: 3 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }]
    assert.closeTo(reciprocalRank(ranked, new Set(['c'])), 0.416667, 1e-6)
    // two relevant among three tied: first at position 1 with p = 2/3, at 2 with p = 1/3
    const allTied = ['a', 'b', 'c'].map((id) => ({ id, score: 0 }))
    assert.closeTo(reciprocalRank(allTied, new Set(['a', 'b'])), 2 / 3 + 1 / 6, 1e-12)
  })

  test('a random order of five with one relevant is expected to score H5 / 5', ({ assert }) => {
    assert.closeTo(randomReciprocalRank(5, 1), (1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5) / 5, 1e-12)
  })

  test("Kendall's tau-b counts concordant and discordant pairs and corrects for ties", ({ assert }) => {
    assert.equal(kendallTauB([1, 2, 3], [10, 20, 30]), 1)
    assert.equal(kendallTauB([1, 2, 3], [3, 2, 1]), -1)
    assert.closeTo(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4]) ?? NaN, 4 / 6, 1e-12)
    // C = 2, D = 0, one pair tied in the first only: 2 / √(3 × 2)
    assert.closeTo(kendallTauB([1, 1, 2], [1, 2, 3]) ?? NaN, 2 / Math.sqrt(6), 1e-12)
    assert.isNull(kendallTauB([1, 1, 1], [1, 2, 3]))
  })
})

test.group('Ranking metrics: tasks, pairs, annotators', () => {
  const judgments = [
    { jobId: 'j1', resumeId: 'r1', grade: 2 },
    { jobId: 'j2', resumeId: 'r1', grade: 1 },
    { jobId: 'j1', resumeId: 'r2', grade: 1 },
    { jobId: 'j2', resumeId: 'r2', grade: 2 },
  ]

  test('a method is averaged over queries in the direction the task ranks', ({ assert }) => {
    const task = rankingTask('t', judgments, 'jobs-per-resume', { topGrade: 2, cutoffs: [2] })
    assert.deepEqual(task.queries.map((query) => query.id), ['r1', 'r2'])
    // Always prefers j1: right for r1 (1), wrong for r2 (gains 1, 3: (1 + 3/log2 3) / (3 + 1/log2 3) = 0.796708).
    const result = evaluateMethod(task, 'j1 first', (_resume, job) => (job === 'j1' ? 1 : 0))
    assert.closeTo(result.ndcg[2] ?? NaN, (1 + 0.796708) / 2, 1e-6)
    assert.equal(result.mrr, 0.75)
    assert.deepEqual(result.queries[1]?.ranking.map((item) => item.id), ['j1', 'j2'])
    // The random expectation is the same as scoring every candidate equal.
    const flat = evaluateMethod(task, 'flat', () => 0)
    assert.closeTo(randomExpectation(task).ndcg[2] ?? NaN, flat.ndcg[2] ?? NaN, 1e-12)
  })

  test('a factor pair passes only when the better résumé scores strictly higher', ({ assert }) => {
    const pair = { factor: 'a', jobId: 'j', better: 'good', worse: 'bad', what: '' }
    assert.isTrue(checkPairs([pair], (resume) => (resume === 'good' ? 2 : 1))[0]?.pass)
    assert.isFalse(checkPairs([pair], () => 1)[0]?.pass, 'a tie')
    assert.isFalse(checkPairs([pair], (resume) => (resume === 'good' ? 1 : 2))[0]?.pass)
  })

  test('annotators who rank the jobs in opposite orders disagree completely', ({ assert }) => {
    const flipped = judgments.map((row) => ({ ...row, grade: 3 - row.grade }))
    const agreement = annotatorAgreement(judgments, flipped, 2, 2)
    assert.deepEqual(agreement.resumes, ['r1', 'r2'])
    assert.equal(agreement.meanKendallTau, -1)
    assert.equal(agreement.sameBestJob, 0)
    assert.equal(annotatorAgreement(judgments, judgments, 2, 2).ndcg, 1)
  })
})

test.group('TF-IDF baseline', () => {
  test('words are lower-cased, stop words dropped, and C++, C# and .NET kept whole', ({ assert }) => {
    assert.deepEqual(tokenize('The C++ and C# developer, with .NET and Node.js'), ['c++', 'c#', 'developer', '.net', 'node', 'js'])
  })

  test('cosine is 1 for the same words, 0 for none shared, and rare shared words weigh more', ({ assert }) => {
    const model = fitTfidf(
      new Map([
        ['a', 'python developer'],
        ['b', 'python developer'],
        ['c', 'nurse'],
        ['d', 'java developer'],
        ['e', 'python analyst'],
        ['f', 'java developer'],
      ])
    )
    assert.closeTo(model.similarity('a', 'b'), 1, 1e-12)
    assert.equal(model.similarity('a', 'c'), 0)
    // "python" (3 of 6 documents) is rarer than "developer" (4 of 6): sharing it counts more.
    assert.isAbove(model.similarity('a', 'e'), model.similarity('a', 'd'))
  })
})
