/*
|--------------------------------------------------------------------------
| Word lists behind the content checks
|--------------------------------------------------------------------------
|
| Curated, not learned: each list models an item of the rubrics that résumé
| checkers publish or teach (Resume Worded "Impact" and "Style", Enhancv
| "buzzwords & clichés", Jobscan "Recruiter tips"). Verbs are matched by
| their Porter stem, so "led", "leads" and "leading" are one verb; irregular
| past forms are listed beside their base. See docs/ats-rules.md.
|
*/
import { createRequire } from 'node:module'

// The stemmer module alone: the `natural` entry point loads every corpus and reads .env files.
const require = createRequire(import.meta.url)
const porter: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer.js')

/**
 * The key a verb form is known by: British "-ise/-yse" spelled as "-ize/-yze" first,
 * so "optimised" and "optimized" meet, then the Porter stem.
 */
export function verbKey(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/^(?:co|re|pre)-/, '')
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
  return porter.stem(lower)
}

/** Strong openers, by what they show. Base forms; past and -ing forms match through `verbKey`. */
const ACTION_VERBS_BY_KIND: Record<string, string[]> = {
  leadership: [
    'lead', 'direct', 'head', 'manage', 'oversee', 'supervise', 'coordinate', 'orchestrate', 'spearhead', 'champion',
    'chair', 'steer', 'guide', 'mentor', 'coach', 'train', 'teach', 'hire', 'recruit', 'onboard', 'delegate',
    'mobilize', 'unify', 'empower', 'captain', 'administer', 'govern', 'run', 'own',
  ],
  building: [
    'build', 'create', 'design', 'develop', 'engineer', 'architect', 'implement', 'launch', 'ship', 'deliver',
    'deploy', 'establish', 'found', 'initiate', 'introduce', 'invent', 'pioneer', 'prototype', 'program', 'code',
    'write', 'author', 'draft', 'compose', 'produce', 'craft', 'construct', 'assemble', 'install', 'configure',
    'integrate', 'automate', 'migrate', 'port', 'refactor', 'rewrite', 'rebuild', 'redesign', 'modernize',
    'overhaul', 'revamp', 'restructure', 'reorganize', 'formulate', 'devise', 'conceive', 'model', 'fabricate',
    'set', 'institute', 'open', 'release', 'publish', 'patent', 'file',
  ],
  improvement: [
    'improve', 'increase', 'boost', 'grow', 'expand', 'accelerate', 'enhance', 'optimize', 'upgrade', 'strengthen',
    'maximize', 'raise', 'advance', 'elevate', 'amplify', 'extend', 'scale', 'stabilize', 'streamline', 'simplify',
    'standardize', 'consolidate', 'refine', 'transform', 'revitalize', 'reinvigorate', 'tune', 'harden', 'secure',
  ],
  reduction: [
    'reduce', 'cut', 'decrease', 'lower', 'minimize', 'eliminate', 'shorten', 'trim', 'save', 'slash', 'halve',
    'compress', 'resolve', 'fix', 'debug', 'troubleshoot', 'remediate', 'mitigate', 'prevent', 'avert', 'recover',
    'retire', 'deprecate', 'decommission',
  ],
  results: [
    'achieve', 'attain', 'win', 'earn', 'exceed', 'surpass', 'outperform', 'generate', 'secure', 'close', 'sell',
    'acquire', 'capture', 'gain', 'land', 'complete', 'accomplish', 'finish', 'award', 'double', 'triple',
    'quadruple', 'drive', 'yield', 'realize',
  ],
  analysis: [
    'analyze', 'assess', 'evaluate', 'audit', 'investigate', 'research', 'examine', 'measure', 'quantify',
    'benchmark', 'test', 'validate', 'verify', 'diagnose', 'identify', 'discover', 'detect', 'forecast', 'model',
    'map', 'survey', 'review', 'inspect', 'calculate', 'estimate', 'interpret', 'study', 'explore', 'experiment',
    'profile', 'monitor', 'track',
  ],
  communication: [
    'present', 'negotiate', 'persuade', 'convince', 'influence', 'advocate', 'pitch', 'publish', 'document',
    'edit', 'translate', 'brief', 'report', 'communicate', 'facilitate', 'moderate', 'mediate', 'host', 'speak',
    'lecture', 'promote', 'partner', 'collaborate', 'liaise', 'align', 'consult',
    'advise', 'counsel', 'represent', 'interview',
  ],
  organisation: [
    'plan', 'organize', 'schedule', 'prioritize', 'budget', 'allocate', 'forecast', 'procure', 'source', 'negotiate',
    'contract', 'curate', 'catalog', 'compile', 'define', 'specify', 'scope', 'roadmap', 'strategize', 'enforce',
    'ensure', 'maintain', 'operate', 'execute', 'handle', 'serve', 'resolve', 'implement', 'translate',
    'convert', 'instrument', 'containerize', 'provision', 'orchestrate', 'centralize', 'digitize', 'localize',
    'enable', 'equip', 'administer',
  ],
}

/** Irregular past forms the stemmer cannot bring back to their base. */
const IRREGULAR_PAST_FORMS = [
  'led', 'built', 'drove', 'driven', 'grew', 'grown', 'ran', 'won', 'wrote', 'written', 'rewrote', 'rebuilt', 'taught',
  'sold', 'brought', 'bought', 'began', 'begun', 'oversaw', 'overseen', 'undertook', 'overcame', 'made', 'set', 'cut',
  'spoke', 'sought', 'upheld', 'shipped', 'planned', 'mapped', 'scoped', 'kept', 'found', 'founded', 'stood', 'spun',
]

export const ACTION_VERBS: readonly string[] = [
  ...new Set(Object.values(ACTION_VERBS_BY_KIND).flat()),
].sort()

export const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_FORMS)

const ACTION_VERB_KEYS = new Set([...ACTION_VERBS, ...IRREGULAR_PAST_FORMS].map(verbKey))

/** A word that opens a bullet as a strong action verb ("Led", "reducing", "Co-authored"). */
export function isActionVerb(word: string): boolean {
  return ACTION_VERB_KEYS.has(verbKey(word))
}

/**
 * Openers that describe duties or presence rather than what was done: what
 * Resume Worded and Enhancv ask to replace with an action verb.
 */
export const WEAK_OPENERS: ReadonlyArray<{ phrase: string; pattern: RegExp }> = [
  { phrase: 'responsible for', pattern: /^(?:was |were )?(?:primarily |mainly |solely )?responsible for\b/i },
  { phrase: 'responsibilities included', pattern: /^(?:key |main )?responsibilities (?:include|included|were)\b/i },
  { phrase: 'duties included', pattern: /^(?:key |main )?duties (?:include|included|were)\b/i },
  { phrase: 'worked on', pattern: /^work(?:ed|ing)? (?:on|with|in|as|closely)\b/i },
  { phrase: 'helped', pattern: /^help(?:ed|ing|s)?\b/i },
  { phrase: 'assisted', pattern: /^assist(?:ed|ing|s)?\b/i },
  { phrase: 'participated in', pattern: /^participat(?:ed|ing|e|es) in\b/i },
  { phrase: 'involved in', pattern: /^(?:was |were |actively |heavily )?involved (?:in|with)\b/i },
  { phrase: 'tasked with', pattern: /^(?:was )?tasked with\b/i },
  { phrase: 'in charge of', pattern: /^(?:was )?in charge of\b/i },
  { phrase: 'used', pattern: /^(?:used|using|utili[sz]ed|utili[sz]ing)\b/i },
  { phrase: 'tried', pattern: /^(?:tried|attempted)\b/i },
  { phrase: 'exposure to', pattern: /^(?:gained )?exposure to\b/i },
  { phrase: 'was / were', pattern: /^(?:was|were|am|is)\b/i },
  { phrase: 'did', pattern: /^did\b/i },
]

/**
 * Buzzwords and clichés: claims any applicant can make, which recruiters skim
 * past and checkers (Enhancv "buzzwords", Jobscan "tone", LinkedIn's yearly
 * overused-words list) flag. Each names the phrase a job seeker will recognise.
 */
export const WEAK_PHRASES: ReadonlyArray<{ phrase: string; pattern: RegExp }> = [
  { phrase: 'team player', pattern: /\bteam[- ]players?\b/i },
  { phrase: 'hard-working', pattern: /\bhard[- ]?working\b|\bhard worker\b/i },
  { phrase: 'detail-oriented', pattern: /\bdetail[- ]oriented\b|\battention to detail\b/i },
  { phrase: 'go-getter', pattern: /\bgo[- ]getter\b/i },
  { phrase: 'synergy', pattern: /\bsynerg(?:y|ies|istic|ize)\b/i },
  { phrase: 'results-driven', pattern: /\bresults?[- ](?:driven|oriented|focused)\b/i },
  { phrase: 'goal-oriented', pattern: /\bgoal[- ](?:driven|oriented)\b/i },
  { phrase: 'think outside the box', pattern: /\b(?:think(?:ing|er)?|out)[- ]?(?:side)?[- ]of[- ]the[- ]box\b|\boutside the box\b/i },
  { phrase: 'references available upon request', pattern: /\breferences (?:are )?available (?:up)?on request\b|\breferences upon request\b/i },
  { phrase: 'self-starter', pattern: /\bself[- ]?starter\b/i },
  { phrase: 'self-motivated', pattern: /\bself[- ]motivated\b|\bhighly motivated\b/i },
  { phrase: 'proven track record', pattern: /\bproven track record\b|\btrack record of success\b/i },
  { phrase: 'dynamic', pattern: /\bdynamic (?:individual|professional|leader|person|self-starter|team member)\b/i },
  { phrase: 'passionate about', pattern: /\bpassionate about\b/i },
  { phrase: 'innovative', pattern: /\binnovative (?:thinker|professional|individual|developer|engineer|leader|manager|designer)\b/i },
  { phrase: 'strategic thinker', pattern: /\bstrategic thinker\b/i },
  { phrase: 'fast learner', pattern: /\b(?:fast|quick|rapid) learner\b/i },
  { phrase: 'people person', pattern: /\bpeople person\b/i },
  { phrase: 'strong work ethic', pattern: /\b(?:strong|excellent|solid) work ethic\b/i },
  { phrase: 'excellent communication skills', pattern: /\b(?:excellent|strong|great|good) (?:written and verbal |verbal and written |oral and written )?communication skills\b/i },
  { phrase: 'works well under pressure', pattern: /\b(?:works?|working|thrives?) (?:well )?under pressure\b/i },
  { phrase: 'go-to person', pattern: /\bgo[- ]to (?:person|guy|resource)\b/i },
  { phrase: 'value add', pattern: /\bvalue[- ]add(?:ed)?\b/i },
  { phrase: 'best of breed', pattern: /\bbest[- ]of[- ]breed\b/i },
  { phrase: 'thought leader', pattern: /\bthought leader(?:ship)?\b/i },
  { phrase: 'seasoned professional', pattern: /\bseasoned (?:professional|veteran)\b/i },
  { phrase: 'cutting-edge', pattern: /\bcutting[- ]edge\b|\bstate[- ]of[- ]the[- ]art\b/i },
  { phrase: 'wear many hats', pattern: /\bwear(?:s|ing)? many hats\b/i },
  { phrase: 'hit the ground running', pattern: /\bhit the ground running\b/i },
  { phrase: 'above and beyond', pattern: /\babove and beyond\b/i },
  { phrase: 'win-win', pattern: /\bwin[- ]win\b/i },
]

/** Words too common to count as a repeated idea: function words and the words every bullet shares. */
export const REPETITION_STOPWORDS = new Set(
  (
    'a about above across after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he her ' +
    'here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or ' +
    'other our ours out over own same she should so some such than that the their theirs them then there these they ' +
    'this those through to too under until up very via was we were what when where which while who whom why will with ' +
    'within without would you your per new using use used based including across well team teams work worked ' +
    'working company project projects various multiple several key including year years month months day days week weeks'
  ).split(' ')
)

/** Adjectives that sound like praise but carry no fact; used again and again they read as padding. */
export const FILLER_ADJECTIVES: ReadonlySet<string> = new Set([
  'robust', 'scalable', 'seamless', 'significant', 'various', 'strategic', 'dynamic', 'innovative', 'critical',
  'successful', 'effective', 'efficient', 'complex', 'high-quality', 'cutting-edge', 'world-class', 'best-in-class',
  'impactful', 'excellent', 'outstanding', 'exceptional', 'extensive', 'comprehensive', 'strong',
])

/** Number words that quantify ("tripled", "a dozen", "two teams"); "one" is left out, it is mostly a pronoun. */
export const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|double[ds]?|doubling|triple[ds]?|tripling|quadrupled|halved|tenfold|twofold|threefold|half)\b/i
