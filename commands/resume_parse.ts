import { basename, extname, join, resolve } from 'node:path'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { args, flags } from '@adonisjs/core/ace'
import { documentsIn, SiftCommand } from '../app/commands/sift_command.js'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { currentMonth, isMonth } from '#nlp/months'
import { plural } from '#nlp/wording'

/**
 * Parses résumé files into JSON Resume, through the same worker pool (and
 * its time and memory limits) as uploads.
 *
 *   resume:parse cv.pdf                 one JSON Resume document on stdout
 *   resume:parse cvs/ --out parsed/     parsed/<basename>.json per file, a summary line each
 *
 * Exit codes: 0 all parsed, 1 the file (or folder) could not be read, 2 some files in a folder failed.
 */
export default class ResumeParse extends SiftCommand {
  static commandName = 'resume:parse'
  static description = 'Parse résumés (PDF, DOCX, TXT) into JSON Resume'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'A résumé file, or a folder of them (with --out)' })
  declare path: string

  @flags.string({ description: 'Folder to write <basename>.json into, one per résumé of the input folder' })
  declare out?: string

  @flags.string({ description: 'Month that "Present" means, YYYY-MM (default: this month)' })
  declare today?: string

  async run() {
    const today = this.today ?? currentMonth()
    if (!isMonth(today)) return this.fail(`--today must look like 2026-11, not "${today}"`)

    const path = resolve(this.path)
    const info = await stat(path).catch(() => null)
    if (!info) return this.fail(`No such file or folder: ${this.path}`)

    const pool = await this.app.container.make('workerPool')
    try {
      if (info.isDirectory()) await this.parseFolder(path, today)
      else await this.parseFile(path, today)
    } finally {
      await pool.destroy()
    }
  }

  async parseFile(path: string, today: string) {
    const result = await this.analyze(path, today)
    if (!result.ok) return this.fail(`${basename(path)}: ${result.message}`)
    process.stdout.write(`${JSON.stringify(result.value.jsonResume, null, 2)}\n`)
  }

  async parseFolder(folder: string, today: string) {
    if (!this.out) return this.fail('Parsing a folder writes one file per résumé: give a folder with --out <dir>')
    const out = resolve(this.out)
    await mkdir(out, { recursive: true })

    const names = await documentsIn(folder)
    if (names.length === 0) return this.fail(`No PDF, DOCX or TXT files in ${this.path}`)

    let failed = 0
    for (const name of names) {
      const started = performance.now()
      const result = await this.analyze(join(folder, name), today)
      const ms = Math.round(performance.now() - started)
      if (!result.ok) {
        failed++
        process.stderr.write(`${name}: ${result.message}\n`)
        continue
      }
      const target = `${basename(name, extname(name))}.json`
      await writeFile(join(out, target), `${JSON.stringify(result.value.jsonResume, null, 2)}\n`)
      const { profile } = result.value
      const person = profile.basics.name?.value ?? 'no name found'
      process.stdout.write(
        `${name} → ${target}: ${person}, ${plural(profile.work.length, 'job')}, ${plural(profile.education.length, 'school')}, ${plural(profile.skills.length, 'skill')} (${ms} ms)\n`
      )
    }
    if (failed > 0) {
      process.stderr.write(`${failed} of ${names.length} files could not be parsed.\n`)
      this.exitCode = 2
    }
  }

  async analyze(path: string, today: string) {
    const pool = await this.app.container.make('workerPool')
    const bytes = await readFile(path)
    return pool.analyze({ bytes, today })
  }
}
