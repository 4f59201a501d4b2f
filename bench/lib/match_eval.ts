/*
|--------------------------------------------------------------------------
| Scoring rankers on graded judgments
|--------------------------------------------------------------------------
|
| A task is a set of queries, each with graded candidates: for Vanetik a
| query is a CV and its candidates the 5 vacancies (the annotators ranked
| jobs per CV); for our own set a query is a job and its candidates every
| résumé (a recruiter's view). A method is any (résumé, job) → score
| function; the ranking is by score, ties shared (./ranking.ts).
|
*/
import type { FactorPair, Judgment } from './match_corpus.js'
import { byNumber } from './match_corpus.js'
import {
  kendallTauB,
  mean,
  ndcgAtK,
  randomNdcgAtK,
  randomReciprocalRank,
  reciprocalRank,
  type GainForm,
  type Scored,
} from './ranking.js'

export type Direction = 'jobs-per-resume' | 'resumes-per-job'

export interface RankingQuery {
  id: string
  /** Candidate id → grade; every candidate of the list is judged. */
  grades: Map<string, number>
}

export interface RankingTask {
  name: string
  direction: Direction
  queries: RankingQuery[]
  /** Candidates with the top grade of the scale are the relevant ones for MRR. */
  topGrade: number
  cutoffs: number[]
}

export type PairScore = (resumeId: string, jobId: string) => number

export interface QueryResult {
  query: string
  ndcg: Record<number, number | null>
  reciprocalRank: number
  /** Best first, as the method ranked them. */
  ranking: Array<{ id: string; score: number; grade: number }>
}

export interface MethodResult {
  method: string
  ndcg: Record<number, number | null>
  mrr: number | null
  queries: QueryResult[]
}

export function rankingTask(
  name: string,
  judgments: Judgment[],
  direction: Direction,
  options: { topGrade: number; cutoffs: number[] }
): RankingTask {
  const byQuery = new Map<string, Map<string, number>>()
  for (const row of judgments) {
    const [query, candidate] = direction === 'jobs-per-resume' ? [row.resumeId, row.jobId] : [row.jobId, row.resumeId]
    const grades = byQuery.get(query) ?? new Map<string, number>()
    grades.set(candidate, row.grade)
    byQuery.set(query, grades)
  }
  const queries = [...byQuery.keys()].sort(byNumber).map((id) => ({ id, grades: byQuery.get(id) ?? new Map() }))
  return { name, direction, queries, ...options }
}

const pairOf = (task: RankingTask, query: string, candidate: string): [string, string] =>
  task.direction === 'jobs-per-resume' ? [query, candidate] : [candidate, query]

export function evaluateMethod(task: RankingTask, method: string, score: PairScore, form: GainForm = 'exponential'): MethodResult {
  const queries = task.queries.map((query): QueryResult => {
    const scored: Scored[] = [...query.grades.keys()].map((id) => ({ id, score: score(...pairOf(task, query.id, id)) }))
    const relevant = new Set([...query.grades].filter(([, grade]) => grade === task.topGrade).map(([id]) => id))
    return {
      query: query.id,
      ndcg: Object.fromEntries(task.cutoffs.map((k) => [k, ndcgAtK(scored, query.grades, k, form)])),
      reciprocalRank: reciprocalRank(scored, relevant),
      ranking: scored
        .toSorted((a, b) => b.score - a.score || byNumber(a.id, b.id))
        .map((item) => ({ ...item, grade: query.grades.get(item.id) ?? 0 })),
    }
  })
  return summarizeQueries(task, method, queries)
}

/** The expectation over uniformly random orders, computed exactly (not sampled). */
export function randomExpectation(task: RankingTask, form: GainForm = 'exponential'): MethodResult {
  const queries = task.queries.map((query): QueryResult => {
    const grades = [...query.grades.values()]
    const relevant = grades.filter((grade) => grade === task.topGrade).length
    return {
      query: query.id,
      ndcg: Object.fromEntries(task.cutoffs.map((k) => [k, randomNdcgAtK(grades, k, form)])),
      reciprocalRank: relevant ? randomReciprocalRank(grades.length, relevant) : 0,
      ranking: [],
    }
  })
  return summarizeQueries(task, 'random order (expected)', queries)
}

function summarizeQueries(task: RankingTask, method: string, queries: QueryResult[]): MethodResult {
  return {
    method,
    ndcg: Object.fromEntries(task.cutoffs.map((k) => [k, mean(queries.map((query) => query.ndcg[k] ?? null))])),
    mrr: mean(queries.map((query) => query.reciprocalRank)),
    queries,
  }
}

export interface PairCheck extends FactorPair {
  betterScore: number
  worseScore: number
  /** Strictly higher: a tie does not establish the order. */
  pass: boolean
}

export function checkPairs(pairs: FactorPair[], score: PairScore): PairCheck[] {
  return pairs.map((pair) => {
    const betterScore = score(pair.better, pair.jobId)
    const worseScore = score(pair.worse, pair.jobId)
    return { ...pair, betterScore, worseScore, pass: betterScore > worseScore }
  })
}

export interface Agreement {
  /** CVs both annotators ranked (with a valid permutation). */
  resumes: string[]
  /** Mean Kendall τ-b between the two annotators' grades of the 5 jobs. */
  meanKendallTau: number | null
  /** CVs for which both put the same job first. */
  sameBestJob: number
  /** Annotator 2's order scored against annotator 1's grades: how well one human "predicts" the other. */
  ndcg: number | null
  mrr: number | null
}

export function annotatorAgreement(first: Judgment[], second: Judgment[], topGrade: number, k: number, form: GainForm = 'exponential'): Agreement {
  const a = rankingTask('annotator 1', first, 'jobs-per-resume', { topGrade, cutoffs: [k] })
  const b = new Map(rankingTask('annotator 2', second, 'jobs-per-resume', { topGrade, cutoffs: [k] }).queries.map((q) => [q.id, q.grades]))
  const shared = a.queries.filter((query) => b.has(query.id))
  const taus: Array<number | null> = []
  const ndcgs: Array<number | null> = []
  const rrs: number[] = []
  let sameBestJob = 0
  for (const query of shared) {
    const other = b.get(query.id) ?? new Map<string, number>()
    const jobs = [...query.grades.keys()].filter((job) => other.has(job))
    taus.push(kendallTauB(jobs.map((job) => query.grades.get(job) ?? 0), jobs.map((job) => other.get(job) ?? 0)))
    const asScores = jobs.map((job) => ({ id: job, score: other.get(job) ?? 0 }))
    ndcgs.push(ndcgAtK(asScores, query.grades, k, form))
    rrs.push(reciprocalRank(asScores, new Set(jobs.filter((job) => query.grades.get(job) === topGrade))))
    const best = (grades: Map<string, number>) => [...grades].find(([, grade]) => grade === topGrade)?.[0]
    if (best(query.grades) && best(query.grades) === best(other)) sameBestJob++
  }
  return { resumes: shared.map((query) => query.id), meanKendallTau: mean(taus), sameBestJob, ndcg: mean(ndcgs), mrr: mean(rrs) }
}
