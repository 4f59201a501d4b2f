import type { Line } from '../types.js'

/** A line before ids are given out: readers produce these in reading order. */
export interface LineDraft extends Omit<Line, 'id'> {
  garbled: boolean
}

/** Drops empty lines and numbers the rest, so `lines[i].id === i` holds for every reader. */
export function numberLines(drafts: LineDraft[]): { lines: Line[]; garbledLineIds: number[] } {
  const lines: Line[] = []
  const garbledLineIds: number[] = []
  for (const { garbled, ...draft } of drafts) {
    if (draft.text.length === 0) continue
    const id = lines.length
    if (garbled) garbledLineIds.push(id)
    lines.push({ id, ...draft })
  }
  return { lines, garbledLineIds }
}
