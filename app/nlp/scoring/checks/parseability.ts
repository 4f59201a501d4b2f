/*
|--------------------------------------------------------------------------
| Parseability: can an ATS read the file at all?
|--------------------------------------------------------------------------
|
| Each check models one of the failure modes practitioners agree on (no text
| layer, broken glyphs, columns, tables, text boxes, headers/footers, images),
| reading the flags and line sources the layout reader already set. Rationale
| and sources per check: docs/ats-rules.md.
|
*/
import type { Evidence, Field, Line } from '../../types.js'
import type { AtsCheck, CheckContext } from '../types.js'
import { capitalize, lineIdsWhere, listPhrase, pagesPhrase, plural, quote } from './shared.js'

/** Fewer characters than this is "no text" (Resume-Matcher's text_layer threshold). */
export const MIN_TEXT_CHARS = 50
/** Share of garbled lines above which the check warns, and fails. */
export const GARBLED_WARN_RATIO = 0.005
export const GARBLED_FAIL_RATIO = 0.05
/** Evidence lists stop here so a whole sidebar or table isn't highlighted line by line. */
const MAX_EVIDENCE = 15

const textLayer: AtsCheck = {
  id: 'text-layer',
  category: 'parseability',
  weight: 10,
  title: 'Selectable text',
  run({ layout }) {
    const ownText = layout.lines.filter((line) => line.source !== 'ocr').reduce((n, line) => n + line.text.length, 0)
    const fix =
      'Export the PDF straight from your editor (Word or Google Docs: File → Download → PDF) instead of scanning it or printing it to an image, or upload the DOCX.'
    if (layout.pageCount > 0 && layout.ocrPages.length >= layout.pageCount) {
      return {
        status: 'fail',
        message:
          'Your file has no text layer: every page is a picture (a scan or an image export). Sift read it with OCR, but most ATSs don’t, so they would see an empty document.',
        fix,
      }
    }
    if (ownText < MIN_TEXT_CHARS) {
      return {
        status: 'fail',
        message: `Only ${plural(ownText, 'character')} of text could be read from your file, so an ATS has almost nothing to work with.`,
        fix: 'Check that your résumé’s content is typed text, not pictures, shapes or WordArt, and upload the file your editor exported.',
      }
    }
    if (layout.ocrPages.length > 0) {
      return {
        status: 'warn',
        message: `${capitalize(pagesPhrase(layout.ocrPages))} ${layout.ocrPages.length === 1 ? 'has' : 'have'} no text layer (a scanned or pasted image); the rest of the file is real text. An ATS without OCR skips those pages.`,
        fix,
        lines: firstLinesOnPages(layout.lines, layout.ocrPages),
      }
    }
    return { status: 'pass', message: 'Your file has a real text layer that any ATS can read.', fix: '' }
  },
}

const garbledText: AtsCheck = {
  id: 'garbled-text',
  category: 'parseability',
  weight: 5,
  title: 'Characters read correctly',
  run({ layout }) {
    const garbled = layout.garbledLineIds
    const total = layout.lines.length
    if (garbled.length === 0 || total === 0) {
      return { status: 'pass', message: 'Every character in your file maps to real text.', fix: '' }
    }
    const ratio = garbled.length / total
    const percent = (ratio * 100).toFixed(1)
    const example = layout.lines[garbled[0]]?.text.replaceAll('\uFFFD', '?') ?? ''
    const status = ratio > GARBLED_FAIL_RATIO ? 'fail' : ratio > GARBLED_WARN_RATIO ? 'warn' : 'pass'
    return {
      status,
      message: `${plural(garbled.length, 'line')} of ${total} (${percent} %) contain characters that don’t turn into letters, e.g. ${quote(example)}. An ATS reads those words wrongly, so a keyword like “Certified” may not match.`,
      fix: 'This usually comes from a font whose “fi”/“fl” ligatures or symbols have no text mapping. Re-export with a common font (Arial, Calibri, Helvetica) or turn ligatures off, then check by copying the text out of the PDF.',
      lines: garbled,
    }
  },
}

const multiColumnLayout: AtsCheck = {
  id: 'multi-column-layout',
  category: 'parseability',
  weight: 5,
  title: 'Single-column layout',
  run({ layout }) {
    if (!layout.flags.multiColumn && !layout.flags.sidebar) {
      return { status: 'pass', message: 'Your résumé reads in one column, top to bottom.', fix: '' }
    }
    const sideLines = lineIdsWhere(layout.lines, (line) => line.column > 0)
    const columns = Math.max(2, ...layout.lines.map((line) => line.column + 1))
    return {
      status: 'fail',
      message: layout.flags.sidebar
        ? 'Your résumé has a sidebar next to the main column. ATSs such as Workday read straight across the page, so sidebar lines (often skills or contact details) can end up spliced into your job descriptions.'
        : `Your résumé is laid out in ${columns} columns. ATSs such as Workday read straight across the page, so lines from different columns can be mixed together and jobs merged.`,
      fix: 'Use a single column: move what is in the side column (skills, languages, contact details) into sections of their own above or below your experience.',
      lines: sideLines.slice(0, MAX_EVIDENCE),
    }
  },
}

const tablesUsedForLayout: AtsCheck = {
  id: 'tables-used-for-layout',
  category: 'parseability',
  weight: 4,
  title: 'No tables for layout',
  run({ layout, parsed }) {
    const tableLines = lineIdsWhere(layout.lines, (line) => line.source === 'table')
    if (tableLines.length === 0 && !layout.flags.tables) {
      return { status: 'pass', message: 'No tables were found; your text flows as plain paragraphs.', fix: '' }
    }
    const inTable = new Set(tableLines)
    const holds: string[] = []
    if (parsed.work.some((job) => job.lines.some((id) => inTable.has(id)))) holds.push('your jobs')
    if (parsed.education.some((entry) => entry.lines.some((id) => inTable.has(id)))) holds.push('your education')
    if (contactFields(parsed.basics).some((field) => field.lines.some((id) => inTable.has(id)))) holds.push('your contact details')
    const what = holds.length ? `, including ${listPhrase(holds)}` : ''
    return {
      status: holds.length ? 'fail' : 'warn',
      message: `${tableLines.length ? plural(tableLines.length, 'line') : 'Part of your résumé'} ${tableLines.length === 1 ? 'sits' : 'sit'} in a table${what}. Many ATSs (Taleo, and even newer ones such as Ashby) read table cells out of order or glue a cell to the next row, so titles, companies and dates get mixed up.`,
      fix: 'Replace the table with plain paragraphs: one line for title, company and dates, then bullet points. A skills grid works as a comma-separated list.',
      lines: tableLines.slice(0, MAX_EVIDENCE),
    }
  },
}

const textBoxes: AtsCheck = {
  id: 'text-boxes',
  category: 'parseability',
  weight: 3,
  title: 'No text boxes',
  run({ layout, parsed }) {
    const boxLines = lineIdsWhere(layout.lines, (line) => line.source === 'text-box')
    if (boxLines.length === 0 && !layout.flags.textBoxes) {
      return { status: 'pass', message: 'No text boxes were found.', fix: '' }
    }
    const inBox = new Set(boxLines)
    const contacts = contactFields(parsed.basics).some((field) => field.lines.some((id) => inBox.has(id)))
    return {
      status: boxLines.length > 0 ? 'fail' : 'warn',
      message: `${boxLines.length ? plural(boxLines.length, 'line') : 'Some text'} of your résumé ${boxLines.length === 1 ? 'is' : 'are'} inside a text box${contacts ? ', including contact details' : ''}. Older ATSs such as Taleo skip text boxes entirely, so that text is lost.`,
      fix: 'Move the text out of the text box into ordinary paragraphs (in Word: select the text, cut it, delete the box, paste it into the body).',
      lines: boxLines.slice(0, MAX_EVIDENCE),
    }
  },
}

const contactInHeaderFooter: AtsCheck = {
  id: 'contact-in-header-footer',
  category: 'parseability',
  weight: 4,
  title: 'Contact details in the body',
  run({ layout, parsed }) {
    const furniture = new Set(lineIdsWhere(layout.lines, (line) => line.source === 'header' || line.source === 'footer'))
    const body = layout.lines.filter((line) => !furniture.has(line.id))
    const { name, email, phone } = parsed.basics
    const onlyThere = (field: Field<string> | undefined, key: (text: string) => string, valueKey = key) =>
      field !== undefined &&
      field.lines.length > 0 &&
      field.lines.every((id) => furniture.has(id)) &&
      !body.some((line) => key(line.text).includes(valueKey(field.value)))
    const lost = [
      onlyThere(email, letters) && { what: 'email address', field: email! },
      onlyThere(phone, digits, lastDigits) && { what: 'phone number', field: phone! },
      onlyThere(name, letters) && { what: 'name', field: name! },
    ].filter((item): item is { what: string; field: Field<string> } => Boolean(item))

    if (lost.length === 0) {
      return {
        status: 'pass',
        message: furniture.size
          ? 'Your name and contact details are in the body of the résumé; the header/footer holds nothing an ATS needs.'
          : 'Your name and contact details are in the body of the résumé.',
        fix: '',
      }
    }
    const repeatedPdfLine = layout.kind === 'pdf'
    const essential = lost.some((item) => item.what !== 'name')
    return {
      // A PDF has no header part to drop: the line is only repeated page furniture, which some parsers discard.
      status: essential && !repeatedPdfLine ? 'fail' : 'warn',
      message: repeatedPdfLine
        ? `Your ${listPhrase(lost.map((item) => item.what))} ${lost.length === 1 ? 'appears' : 'appear'} only in a line repeated at the top or bottom of every page. Some parsers treat such lines as page furniture and drop them.`
        : `Your ${listPhrase(lost.map((item) => item.what))} ${lost.length === 1 ? 'is' : 'are'} only in the page header or footer. Workday and Taleo strip headers and footers, so the ATS form would come out without ${lost.length === 1 ? 'it' : 'them'}.`,
      fix: 'Put your name, email and phone in the first lines of the page body, under your name, and keep the header/footer for page numbers only.',
      lines: lost.flatMap((item) => item.field.lines),
    }
  },
}

const imagesAndIcons: AtsCheck = {
  id: 'images-and-icons',
  category: 'parseability',
  weight: 2,
  title: 'No information in images',
  run({ layout }) {
    if (!layout.flags.images) {
      return { status: 'pass', message: 'No images were found; everything is text.', fix: '' }
    }
    const scanned = layout.pageCount > 0 && layout.ocrPages.length >= layout.pageCount
    return {
      status: 'warn',
      message: scanned
        ? 'Your pages are images, and an ATS can’t read pictures.'
        : 'Your résumé contains images (a photo, logo, icons or skill bars). An ATS can’t read pictures, so anything shown only as an image, such as a skill level or an icon standing for “phone”, is lost.',
      fix: 'Make sure everything an image shows is also written as text (“Python (advanced)”, “Phone: …”), and leave out photos and skill bars unless the job market expects a photo.',
    }
  },
}

const ocrUsed: AtsCheck = {
  id: 'ocr-used',
  category: 'parseability',
  weight: 2,
  title: 'No OCR needed',
  run({ layout }) {
    if (layout.ocrPages.length === 0) {
      return { status: 'pass', message: 'No page needed OCR (reading text from an image).', fix: '' }
    }
    const all = layout.ocrPages.length >= layout.pageCount
    return {
      status: all ? 'fail' : 'warn',
      message: `Sift had to read ${all ? 'your whole résumé' : pagesPhrase(layout.ocrPages)} with OCR, which can misread characters (“Al” for “AI”, “©” for an icon). Most ATSs don’t run OCR at all (Textkernel asks for “not a scanned image”).`,
      fix: 'Upload the original export from your editor rather than a scan or photo, so no OCR is needed.',
      lines: all ? [] : firstLinesOnPages(layout.lines, layout.ocrPages),
    }
  },
}

export const PARSEABILITY_CHECKS: readonly AtsCheck[] = [
  textLayer,
  garbledText,
  multiColumnLayout,
  tablesUsedForLayout,
  textBoxes,
  contactInHeaderFooter,
  imagesAndIcons,
  ocrUsed,
]

function contactFields(basics: CheckContext['parsed']['basics']): Evidence[] {
  return [basics.email, basics.phone, basics.location, basics.url, ...basics.profiles].filter(
    (field): field is NonNullable<typeof field> => field !== undefined
  )
}

function firstLinesOnPages(lines: readonly Line[], pages: readonly number[]): number[] {
  return pages.flatMap((page) => lineIdsWhere(lines, (line) => line.page === page).slice(0, 3))
}

/** Text compared for "the same value": lower case, letters, digits and @ only. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}@]/gu, '')
}

function digits(text: string): string {
  return text.replace(/\D/g, '')
}

/** A phone number is compared by its last eight digits, so "+44 7700 900123" is "07700 900123". */
function lastDigits(text: string): string {
  return digits(text).slice(-8)
}
