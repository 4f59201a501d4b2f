import type { Line } from '../types.js'

/**
 * Bullet markers seen in résumé exports: typographic bullets, dingbats, and the
 * ASCII "-"/"*"/"o" people type in plain text (those only with a space after,
 * so "-5%" or "*nix" stay text).
 */
const BULLET = /^(?:[•◦◆◇▪▫■□●○‣⁃∙·➢➤►▶▸✓✔❖➔→⚬]|[-–*o](?=\s))\s*/u

/**
 * Bare lines from plain text (a TXT upload, or `extractText` output until the
 * layout reader is in): no boxes, fonts or columns, only what the text says.
 * Empty lines are dropped so `lines[i].id === i`, as for the layout reader.
 */
export function linesFromText(text: string): Line[] {
  const lines: Line[] = []
  let pendingBullet = false
  for (const raw of text.split('\n')) {
    // Runs of spaces are kept: they separate columns of a plain-text row ("2019–2021      Analyst").
    let text = raw.replace(/\u00a0/g, ' ').trim()
    if (text.length === 0) continue
    let bullet = false
    const marker = BULLET.exec(text)
    if (marker) {
      bullet = true
      text = text.slice(marker[0].length).trim()
    }
    // PDF exports sometimes put the bullet glyph on a line of its own, before its text.
    if (text.length === 0) {
      pendingBullet = true
      continue
    }
    lines.push({
      id: lines.length,
      page: 1,
      text,
      box: null,
      fontSize: null,
      bold: false,
      column: 0,
      source: 'text',
      bullet: bullet || pendingBullet,
    })
    pendingBullet = false
  }
  return lines
}
