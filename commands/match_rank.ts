import { basename, extname, join, resolve } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { args, flags } from '@adonisjs/core/ace'
import { documentsIn, SiftCommand } from '../app/commands/sift_command.js'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { currentMonth, isMonth } from '#nlp/months'
import { matchResume } from '#nlp/matching/index'

/**
 * Ranks a folder of résumés against one job description, through the same
 * worker pool (and limits) as uploads.
 *
 *   match:rank --job jd.txt cvs/     CSV "resume_id,score" on stdout, best first
 *
 * resume_id is the file name without its extension. Exit codes: 0 all ranked,
 * 1 the job or the folder could not be read, 2 some résumés could not be read
 * (each named on stderr; the others are still ranked).
 */
export default class MatchRank extends SiftCommand {
  static commandName = 'match:rank'
  static description = 'Rank the résumés of a folder against a job description (CSV: resume_id,score)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'A folder of résumés (PDF, DOCX, TXT)' })
  declare folder: string

  @flags.string({ description: 'The job description file (PDF, DOCX or TXT)', required: true })
  declare job: string

  @flags.string({ description: 'Month that "Present" means, YYYY-MM (default: this month)' })
  declare today?: string

  async run() {
    const today = this.today ?? currentMonth()
    if (!isMonth(today)) return this.fail(`--today must look like 2026-11, not "${today}"`)
    const jobPath = resolve(this.job)
    if (!(await stat(jobPath).catch(() => null))?.isFile()) return this.fail(`No such job description file: ${this.job}`)
    const folder = resolve(this.folder)
    if (!(await stat(folder).catch(() => null))?.isDirectory()) return this.fail(`No such folder: ${this.folder}`)

    const names = await documentsIn(folder)
    if (names.length === 0) return this.fail(`No PDF, DOCX or TXT files in ${this.folder}`)

    const pool = await this.app.container.make('workerPool')
    try {
      const job = await pool.analyzeJob({ bytes: await readFile(jobPath) })
      if (!job.ok) return this.fail(`${basename(jobPath)}: ${job.message}`)
      const jobForMatch = { parsed: job.parsed, text: job.text, vectors: job.vectors }

      const rows: Array<{ id: string; score: number }> = []
      let failed = 0
      await eachLimited(names, Math.max(2, availableParallelism()), async (name) => {
        const result = await pool.analyze({ bytes: await readFile(join(folder, name)), today })
        if (!result.ok) {
          failed++
          process.stderr.write(`${name}: ${result.message}\n`)
          return
        }
        const { profile, layout, vectors } = result.value
        const report = matchResume({ profile, lines: layout.lines, vectors }, jobForMatch, { today })
        rows.push({ id: basename(name, extname(name)), score: report.score })
      })

      rows.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      process.stdout.write(['resume_id,score', ...rows.map((row) => `${csvField(row.id)},${row.score}`)].join('\n') + '\n')
      if (failed > 0) {
        process.stderr.write(`${failed} of ${names.length} résumés could not be read.\n`)
        this.exitCode = 2
      }
    } finally {
      await pool.destroy()
    }
  }
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** Runs `task` over `items`, at most `limit` at a time (the pool queues the rest anyway; this bounds memory). */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++])
  })
  await Promise.all(lanes)
}
