import { readdir } from 'node:fs/promises'
import { extname } from 'node:path'
import { BaseCommand } from '@adonisjs/core/ace'

/** Files the commands read as documents (their real type is still decided by their bytes). */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.txt'])

/**
 * What Sift's own ace commands share: expected failures are one human line on
 * stderr and exit code 1, never a stack trace. It lives outside commands/,
 * which ace scans for commands to run.
 */
export abstract class SiftCommand extends BaseCommand {
  /** Expected failures: one human line on stderr, no stack trace. */
  fail(message: string) {
    process.stderr.write(`${message}\n`)
    this.exitCode = 1
  }
}

/** The PDF, DOCX and TXT files directly in a folder, by name. */
export async function documentsIn(folder: string): Promise<string[]> {
  return (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort()
}
