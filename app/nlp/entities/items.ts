import type { Line, Section, SectionKind } from '../types.js'

/** A content line of a section, with the text the entity readers should see. */
export interface Item {
  id: number
  text: string
  line: Line
}

/**
 * Page numbers and running headers ("John Doe – 1/2", "Page 2 of 3", the
 * "Curriculum Vitae John Doe" repeated on top of every page): text of the
 * page, not of the résumé, which would otherwise split or join entries.
 */
export function pageFurniture(lines: Line[]): Set<number> {
  const furniture = new Set<number>()
  const seen = new Map<string, Line[]>()
  const firstOnPage = new Map<number, number>()
  for (const line of lines) {
    const text = line.text.trim()
    // Page headers and footers (a DOCX header part, a PDF line repeated on every page): a consent
    // clause or a running name, never part of a section's entries.
    if (line.source === 'header' || line.source === 'footer') furniture.add(line.id)
    if (/^(?:page\s*)?\d{1,2}\s*(?:\/|of)\s*\d{1,2}$/i.test(text) || /\s[–—-]\s*\d{1,2}\s*\/\s*\d{1,2}$/.test(text) || /^page\s+\d{1,2}(?:\s+of\s+\d{1,2})?$/i.test(text)) {
      furniture.add(line.id)
    }
    seen.set(text, [...(seen.get(text) ?? []), line])
    if (!firstOnPage.has(line.page)) firstOnPage.set(line.page, line.id)
  }
  // A running header opens the document and comes back at the top of a later page. Without
  // page numbers (bare text) only a repeat of the very first line is believed, since a
  // headline repeated as a job title is common.
  const paged = firstOnPage.size > 1
  const topOfPage = (line: Line) => line.id - firstOnPage.get(line.page)! <= 1
  for (const repeats of seen.values()) {
    if (repeats.length < 2) continue
    const [first, ...later] = repeats
    const running = paged ? topOfPage(first) && later.some((line) => line.page > first.page && topOfPage(line)) : first.id === 0
    if (running) for (const line of repeats) furniture.add(line.id)
  }
  return furniture
}

/**
 * The section's content lines for entity reading: page furniture left out, and
 * an inline heading ("Education University of California") cut from its line.
 */
export function sectionItems(lines: Line[], section: Section, furniture: Set<number> = new Set()): Item[] {
  const items: Item[] = []
  for (const id of section.lineIds) {
    const line = lines[id]
    if (!line || furniture.has(id)) continue
    let text = line.text
    if (id === section.headingLineId && section.heading && text.startsWith(section.heading)) {
      text = text.slice(section.heading.length).trim()
    }
    if (text.length > 0) items.push({ id, text, line })
  }
  return items
}

/** Content lines of every section of these kinds, in reading order. */
export function itemsOfKind(lines: Line[], sections: Section[], kinds: SectionKind[], furniture?: Set<number>): Item[][] {
  return sections.filter((s) => kinds.includes(s.kind)).map((s) => sectionItems(lines, s, furniture))
}

/** Confidences are shown to people; two decimals say all they can. */
export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100
}
