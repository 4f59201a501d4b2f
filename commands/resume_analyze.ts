import { basename, resolve } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { args, flags } from '@adonisjs/core/ace'
import { SiftCommand } from '../app/commands/sift_command.js'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { currentMonth, isMonth } from '#nlp/months'
import { matchResume, type MatchReport } from '#nlp/matching/index'

/**
 * Analyzes one résumé file like an upload: the parsed JSON Resume and the ATS
 * report, through the same worker pool and limits.
 *
 *   resume:analyze cv.pdf --json             { "resume": <JSON Resume>, "ats": <ATS report> }
 *   resume:analyze cv.pdf --job jd.txt --json  … plus "match": <match report against the job>
 *   resume:analyze cv.pdf                    a readable summary: score, categories, what to fix
 */
export default class ResumeAnalyze extends SiftCommand {
  static commandName = 'resume:analyze'
  static description = 'Analyze a résumé file: parsed JSON Resume and the ATS report'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'A résumé file (PDF, DOCX or TXT)' })
  declare file: string

  @flags.boolean({ description: 'Print { resume, ats } (and match, with --job) as JSON' })
  declare json?: boolean

  @flags.string({ description: 'Also match the résumé against this job description (PDF, DOCX or TXT)' })
  declare job?: string

  @flags.string({ description: 'Month that "Present" means, YYYY-MM (default: this month)' })
  declare today?: string

  async run() {
    const today = this.today ?? currentMonth()
    if (!isMonth(today)) return this.fail(`--today must look like 2026-11, not "${today}"`)
    const path = resolve(this.file)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) return this.fail(`No such file: ${this.file}`)
    const jobPath = this.job ? resolve(this.job) : null
    if (jobPath && !(await stat(jobPath).catch(() => null))?.isFile()) return this.fail(`No such job description file: ${this.job}`)

    const pool = await this.app.container.make('workerPool')
    try {
      const result = await pool.analyze({ bytes: await readFile(path), today })
      if (!result.ok) return this.fail(`${basename(path)}: ${result.message}`)
      const { jsonResume, atsReport, profile, layout, vectors } = result.value

      let match: MatchReport | undefined
      if (jobPath) {
        const job = await pool.analyzeJob({ bytes: await readFile(jobPath) })
        if (!job.ok) return this.fail(`${basename(jobPath)}: ${job.message}`)
        match = matchResume({ profile, lines: layout.lines, vectors }, { parsed: job.parsed, text: job.text, vectors: job.vectors }, { today })
      }

      if (this.json) {
        process.stdout.write(`${JSON.stringify({ resume: jsonResume, ats: atsReport, ...(match ? { match } : {}) }, null, 2)}\n`)
        return
      }
      const lines = [`${basename(path)}: ATS readiness ${atsReport.score}/100 (rules ${atsReport.rulesVersion})`]
      for (const category of atsReport.categories) {
        lines.push(`  ${category.label.padEnd(18)} ${String(category.score).padStart(3)}  (${category.points} of ${category.weight} points)`)
      }
      const flagged = atsReport.checks.filter((check) => check.status !== 'pass')
      if (flagged.length) lines.push('', 'What to fix:')
      for (const check of flagged) {
        lines.push(`  [${check.status}] ${check.title}: ${check.message}`)
        if (check.fix) lines.push(`         → ${check.fix}`)
      }
      if (match && jobPath) lines.push('', ...matchSummary(basename(jobPath), match, layout.lines))
      process.stdout.write(`${lines.join('\n')}\n`)
    } finally {
      await pool.destroy()
    }
  }
}

/** The match in a few lines: score, components, each requirement with its evidence or the ad's sentence. */
function matchSummary(jobName: string, match: MatchReport, lines: Array<{ id: number; text: string }>): string[] {
  const textOf = new Map(lines.map((line) => [line.id, line.text]))
  const out = [`Match with ${jobName}: ${match.score}/100`]
  for (const component of match.components.filter((c) => c.available)) {
    out.push(`  ${component.label.padEnd(20)} ${String(component.points).padStart(5)} of ${component.weight}  ${component.detail}`)
  }
  out.push('', 'Requirements:')
  for (const requirement of match.requirements) {
    const kind = requirement.requirement.required ? 'required' : 'preferred'
    const how = requirement.coveredBy
      ? `, covered by "${requirement.matchedAs}"`
      : requirement.matchType
        ? `, ${requirement.matchType}${requirement.matchedAs ? ` as "${requirement.matchedAs}"` : ''}`
        : ''
    out.push(`  [${requirement.status}] ${requirement.requirement.name} (${kind}${how}): ${requirement.note}`)
    const first = requirement.evidence[0]
    if (first !== undefined) out.push(`         line ${first + 1}: ${textOf.get(first) ?? ''}`)
    else if (requirement.status === 'missing') out.push(`         the ad: "${requirement.requirement.sentence}"`)
  }
  if (match.missingKeywords.length) out.push('', `Missing keywords: ${match.missingKeywords.join(', ')}`)
  for (const warning of match.warnings) out.push('', `Warning: ${warning.message}`)
  return out
}
