import { basename, resolve } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { currentMonth, isMonth } from '#nlp/months'

/**
 * Analyzes one résumé file like an upload: the parsed JSON Resume and the ATS
 * report, through the same worker pool and limits.
 *
 *   resume:analyze cv.pdf --json     { "resume": <JSON Resume>, "ats": <ATS report> }
 *   resume:analyze cv.pdf            a readable summary: score, categories, what to fix
 */
export default class ResumeAnalyze extends BaseCommand {
  static commandName = 'resume:analyze'
  static description = 'Analyze a résumé file: parsed JSON Resume and the ATS report'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'A résumé file (PDF, DOCX or TXT)' })
  declare file: string

  @flags.boolean({ description: 'Print { resume, ats } as JSON' })
  declare json?: boolean

  @flags.string({ description: 'Month that "Present" means, YYYY-MM (default: this month)' })
  declare today?: string

  async run() {
    const today = this.today ?? currentMonth()
    if (!isMonth(today)) return this.fail(`--today must look like 2026-11, not "${today}"`)
    const path = resolve(this.file)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) return this.fail(`No such file: ${this.file}`)

    const pool = await this.app.container.make('workerPool')
    try {
      const result = await pool.analyze({ bytes: await readFile(path), today })
      if (!result.ok) return this.fail(`${basename(path)}: ${result.message}`)
      const { jsonResume, atsReport } = result.value
      if (this.json) {
        process.stdout.write(`${JSON.stringify({ resume: jsonResume, ats: atsReport }, null, 2)}\n`)
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
      process.stdout.write(`${lines.join('\n')}\n`)
    } finally {
      await pool.destroy()
    }
  }

  /** Expected failures: one human line on stderr, no stack trace. */
  fail(message: string) {
    process.stderr.write(`${message}\n`)
    this.exitCode = 1
  }
}
