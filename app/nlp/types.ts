/*
|--------------------------------------------------------------------------
| Shared types of the résumé pipeline
|--------------------------------------------------------------------------
|
| bytes → LayoutDocument (lines in reading order, with layout flags)
|       → Section[] (which lines belong to which part of the résumé)
|       → ParsedResume (fields with confidence and the line ids behind them)
|       → JSON Resume (export)
|
| Every later report (ATS checks, matching) points back to Line ids, so a
| user can see the exact lines behind every number.
|
*/
import type { DocumentKind } from './extract/types.js'

export type { DocumentKind }

/** Where a line's text came from. */
export type LineSource =
  | 'text' // the document's own text layer / body
  | 'ocr' // recognised from a page image
  | 'table' // a cell of a (DOCX) table or a PDF grid
  | 'text-box' // a DOCX text box / shape
  | 'header' // page header (DOCX header part, or PDF line repeated at the top of pages)
  | 'footer' // page footer

export interface Box {
  /** PDF points from the page's top-left corner. */
  x: number
  y: number
  width: number
  height: number
}

export interface Line {
  /** Position in reading order, 0-based; stable for one document and pipeline version. */
  id: number
  /** 1-based page number (DOCX and TXT: 1). */
  page: number
  /** The line's text, bullets and ligatures normalised, trimmed. */
  text: string
  /** Where it sits on the page (PDF and OCR); null for DOCX and TXT. */
  box: Box | null
  /** Dominant font size in points, when known. */
  fontSize: number | null
  bold: boolean
  /** 0 for the main (or only) column; 1, 2… for further columns in reading order. */
  column: number
  source: LineSource
  /** The line started with a bullet marker (removed from `text`). */
  bullet: boolean
  /** DOCX paragraph style name (e.g. "Heading1"), when known. */
  style?: string
  /** URLs of the PDF link annotations over the line, left to right (`mailto:`/`tel:` as written); absent when none. */
  links?: string[]
}

export interface LayoutFlags {
  /** Body text in two or more columns (an ATS may read across them). */
  multiColumn: boolean
  /** A narrow side column (sidebar) next to the main one. */
  sidebar: boolean
  /** Table-like grids (PDF) or tables (DOCX). */
  tables: boolean
  /** Text inside DOCX text boxes/shapes. */
  textBoxes: boolean
  /** Text in page headers or footers (many ATSs drop it). */
  headerFooterText: boolean
  /** Images painted on the pages (photos, logos, picture icons). Icon *fonts* are stripped from text and set no flag. */
  images: boolean
  /** Some text was recognised by OCR. */
  ocr: boolean
  /** Glyphs that did not map to text, so letters were lost: (cid:N), U+FFFD. */
  garbled: boolean
}

export interface LayoutDocument {
  kind: DocumentKind
  pageCount: number
  /** In reading order; `lines[i].id === i`. */
  lines: Line[]
  flags: LayoutFlags
  /** Ids of lines with garbled glyphs. */
  garbledLineIds: number[]
  /** Pages read by OCR (1-based). */
  ocrPages: number[]
  /** Human-readable notes about what could not be read well. */
  warnings: string[]
}

export type SectionKind =
  | 'header' // the top of the résumé before the first heading: name, contacts
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'awards'
  | 'publications'
  | 'volunteer'
  | 'interests'
  | 'references'
  | 'other'

export interface Section {
  kind: SectionKind
  /** The heading as written ("Professional Experience"), null for the header block. */
  heading: string | null
  headingLineId: number | null
  /** Content lines (the heading excluded), in reading order. */
  lineIds: number[]
}

/** Why a value is believed: how sure we are, and which lines say so. */
export interface Evidence {
  /** 0..1 */
  confidence: number
  lines: number[]
}

export interface Field<T> extends Evidence {
  value: T
}

export interface Location {
  address?: string
  city?: string
  region?: string
  postalCode?: string
  countryCode?: string
}

export interface Profile {
  /** "LinkedIn", "GitHub", … */
  network: string
  username?: string
  url?: string
}

/** Dates are "YYYY-MM" or "YYYY". */
export interface WorkEntry extends Evidence {
  name?: string
  position?: string
  location?: string
  startDate?: string
  /** Absent when unknown; `present: true` when ongoing. */
  endDate?: string
  present?: boolean
  summary?: string
  highlights: string[]
}

export type EducationLevel = 'secondary' | 'certificate' | 'associate' | 'bachelor' | 'master' | 'doctorate' | 'other'

export interface EducationEntry extends Evidence {
  institution?: string
  /** As written ("BS", "Master of Science"). */
  studyType?: string
  level?: EducationLevel
  area?: string
  startDate?: string
  endDate?: string
  score?: string
}

export interface SkillMention extends Evidence {
  /** Canonical name from the taxonomy ("Node.js"). */
  name: string
  /** Taxonomy id, stable across versions of the taxonomy file. */
  id: string
  category?: string
  /** Listed in a skills section. Neither listed nor in `usedIn`: only named in projects, the summary or the header. */
  listed: boolean
  /** Lines of work entries that mention it. */
  usedIn: number[]
  /** Months of dated work that mention it; null when no dated job mentions it. */
  months: number | null
  /** End of the latest job that mentions it ("YYYY-MM"), or the upload month when ongoing. */
  lastUsed?: string
}

export interface SimpleEntry extends Evidence {
  name: string
  detail?: string
  date?: string
  url?: string
}

export interface LanguageEntry extends Evidence {
  language: string
  fluency?: string
}

export interface ExperienceSummary {
  /** Months covered by dated work entries, overlaps counted once. */
  totalMonths: number
  /** Gaps of three months or more between dated jobs. */
  gaps: Array<{ from: string; to: string; months: number }>
}

export interface ParsedResume {
  basics: {
    name?: Field<string>
    label?: Field<string>
    email?: Field<string>
    phone?: Field<string>
    url?: Field<string>
    location?: Field<Location>
    profiles: Field<Profile>[]
    summary?: Field<string>
  }
  work: WorkEntry[]
  education: EducationEntry[]
  skills: SkillMention[]
  certificates: SimpleEntry[]
  languages: LanguageEntry[]
  projects: SimpleEntry[]
  awards: SimpleEntry[]
  experience: ExperienceSummary
  sections: Section[]
}

/** The whole analysis of one document. */
export interface ResumeAnalysis {
  pipelineVersion: string
  layout: LayoutDocument
  parsed: ParsedResume
}
