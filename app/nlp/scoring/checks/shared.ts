/*
|--------------------------------------------------------------------------
| Small helpers shared by the ATS checks
|--------------------------------------------------------------------------
|
| Wording and counting that several checks need, so every check counts words
| and quotes lines the same way. Nothing here knows about a particular check.
|
*/
import type { Line, ParsedResume, Section } from '../../types.js'
import { listPhrase, plural } from '../../wording.js'

/** Words as a reader counts them: runs of characters with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/** Words in the whole document. */
export function documentWords(lines: readonly Line[]): number {
  return lines.reduce((total, line) => total + countWords(line.text), 0)
}

export { listPhrase, plural }

/** A line's text for a message: quoted, and shortened when long. */
export function quote(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
  return `“${short}”`
}

/** Ids of the lines that match, in reading order. */
export function lineIdsWhere(lines: readonly Line[], predicate: (line: Line) => boolean): number[] {
  return lines.filter(predicate).map((line) => line.id)
}

/** The section a line belongs to (its heading or its content), if any. */
export function sectionOfLine(parsed: ParsedResume, lineId: number): Section | undefined {
  return parsed.sections.find((section) => section.headingLineId === lineId || section.lineIds.includes(lineId))
}

/** "page 3", "pages 1 and 2". */
export function pagesPhrase(pages: readonly number[]): string {
  return `${pages.length === 1 ? 'page' : 'pages'} ${listPhrase(pages.map(String))}`
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
