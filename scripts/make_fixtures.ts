/*
|--------------------------------------------------------------------------
| Generated résumé fixtures with their own ground truth
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec scripts/make_fixtures.ts
|
| Six fictional people, each rendered in one or more layouts (PDF with
| pdf-lib's standard fonts, DOCX with the docx package, plain text), written
| to tests/fixtures/generated/ next to a `.gt.json` in the eval set's subset
| of JSON Resume. The ground truth is derived from the same data that is
| rendered, so it can't drift from the documents.
|
| The output is byte-for-byte reproducible: fixed document dates, and the
| docx package's random relationship ids and zip timestamps pinned (see
| `deterministically`). Re-running the script must leave `git status` clean.
|
| Everyone here is invented and so are the employers; e-mail domains are
| example.*, the UK number is from Ofcom's drama range, the other numbers are
| made up. Schools and universities are real places, named as people write them.
|
*/
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  TabStopPosition,
  TabStopType,
  TextRun,
} from 'docx'
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib'
import { wrap } from '../tests/fixtures/pdf_text.js'

const OUT_DIR = fileURLToPath(new URL('../tests/fixtures/generated/', import.meta.url))
/** Every generated file claims this moment, so regenerating doesn't change bytes. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z')

// ---------------------------------------------------------------------------
// The people
// ---------------------------------------------------------------------------

type DateStyle = 'mon-yyyy' | 'month-yyyy' | 'mm/yyyy' | 'yyyy' | 'iso'
type EntryOrder = 'title-first' | 'company-first' | 'title-comma-company'
type Layout = 'classic' | 'sidebar' | 'header_band' | 'headings' | 'header_contacts' | 'plain'

interface Person {
  slug: string
  basics: {
    name: string
    label: string
    email: string
    phone: string
    url?: string
    location: { city: string; region?: string; country: string; countryCode: string }
    profiles: Array<{ network: string; username: string; url: string }>
    summary?: string
  }
  /** Dates are 'YYYY-MM'; rendered (and put in the GT) at the precision of `style.dates`. No endDate = current job. */
  work: Array<{ name: string; position: string; location?: string; startDate: string; endDate?: string; highlights: string[] }>
  education: Array<{ institution: string; studyType: string; area?: string; startDate?: string; endDate: string }>
  skills: Array<{ name: string; keywords: string[] }>
  /** Not in the ground truth: a section a parser must not mistake for jobs. */
  projects?: Array<{ name: string; description: string }>
  /** Further short sections (certifications, spoken languages), also outside the ground truth. */
  extras?: Array<{ heading: string; lines: string[] }>
  style: {
    dates: DateStyle
    order: EntryOrder
    present: string
    /** How a degree line reads: "B.Sc. in Computer Science" or "M.Tech, Data Science". */
    degreeJoin: string
  }
  layouts: Layout[]
}

const PEOPLE: Person[] = [
  {
    slug: 'amara_okafor',
    basics: {
      name: 'Amara Okafor',
      label: 'Senior Backend Engineer',
      email: 'amara.okafor@example.com',
      phone: '+234 803 555 0142',
      url: 'https://amaraokafor.example.com',
      location: { city: 'Lagos', country: 'Nigeria', countryCode: 'NG' },
      profiles: [
        { network: 'GitHub', username: 'amaraokafor', url: 'https://github.com/amaraokafor' },
        { network: 'LinkedIn', username: 'amara-okafor', url: 'https://www.linkedin.com/in/amara-okafor' },
      ],
      summary:
        'Backend engineer with eight years of experience building payment and logistics platforms in Go and Node.js. I design services that stay fast under load, keep on-call quiet, and mentor engineers who join the team.',
    },
    work: [
      {
        name: 'Tamarind Payments Ltd',
        position: 'Senior Backend Engineer',
        location: 'Lagos',
        startDate: '2021-01',
        highlights: [
          'Led the rewrite of the card settlement service in Go, cutting p99 latency from 900 ms to 120 ms.',
          'Moved 40 services from virtual machines to k8s with Helm charts and a shared CI pipeline.',
          'Designed the PostgreSQL partitioning scheme that holds 2 billion ledger rows.',
          'Mentored five engineers; two were promoted to senior within eighteen months.',
          'Ran the incident review process and wrote the on-call handbook used by four teams.',
          'Built idempotent payout APIs with retries and an outbox table, ending double payouts.',
          'Worked with compliance on PCI DSS audits; automated evidence collection for 60 controls.',
        ],
      },
      {
        name: 'Harmattan Logistics',
        position: 'Backend Developer',
        location: 'Abuja',
        startDate: '2018-06',
        endDate: '2020-12',
        highlights: [
          'Built the dispatch API in Node.js and TypeScript serving 300 000 deliveries a month.',
          'Introduced Kafka for tracking events and Redis for route caching.',
          'Wrote the load tests that found the connection-pool leak behind weekly outages.',
          'Replaced nightly batch jobs with event consumers, so drivers saw new orders in seconds.',
          'Kept the public API backwards compatible across three major releases with contract tests.',
        ],
      },
      {
        name: 'Ikeja Digital Studio',
        position: 'Software Engineering Intern',
        location: 'Lagos',
        startDate: '2017-07',
        endDate: '2017-12',
        highlights: ['Built internal tools in Python for invoicing and time tracking.'],
      },
    ],
    education: [
      { institution: 'University of Lagos', studyType: 'B.Sc.', area: 'Computer Science', startDate: '2013-09', endDate: '2017-07' },
    ],
    skills: [
      { name: 'Languages', keywords: ['Go', 'Node.js', 'TypeScript', 'Python'] },
      { name: 'Infrastructure', keywords: ['k8s', 'Docker', 'PostgreSQL', 'Redis', 'Kafka'] },
    ],
    projects: [
      {
        name: 'ledgerlint (open source)',
        description:
          'A linter for double-entry ledger schemas that catches unbalanced postings before they reach production. 1,200 stars; used by three fintech teams in Lagos and Nairobi.',
      },
      {
        name: 'Lagos Go Meetup',
        description:
          'Co-organiser since 2019: monthly talks, a beginners track, and a yearly workshop on writing reliable services. Grew the group from 40 to 900 members.',
      },
      {
        name: 'Offline-first delivery tracker',
        description:
          'Side project: a progressive web app that lets riders record deliveries without signal and syncs when back online, with conflict resolution on the server.',
      },
      {
        name: 'Talk: Settling money at scale',
        description:
          'Conference talk on designing settlement systems that can be replayed and audited, with lessons from two production incidents and how they were fixed.',
      },
    ],
    extras: [
      {
        heading: 'Certifications',
        lines: ['AWS Certified Solutions Architect – Associate (2022)', 'Certified Kubernetes Application Developer (2021)'],
      },
      { heading: 'Languages', lines: ['English (fluent), Igbo (native), Yoruba (conversational), French (basic)'] },
    ],
    style: { dates: 'mon-yyyy', order: 'title-first', present: 'Present', degreeJoin: ' in ' },
    layouts: ['classic', 'headings'],
  },
  {
    slug: 'lukas_brenner',
    basics: {
      name: 'Lukas Brenner',
      label: 'Software Architect',
      email: 'lukas.brenner@example.de',
      phone: '+49 (0)89 2180 4471',
      location: { city: 'Munich', country: 'Germany', countryCode: 'DE' },
      profiles: [{ network: 'LinkedIn', username: 'lukasbrenner', url: 'https://www.linkedin.com/in/lukasbrenner' }],
    },
    work: [
      {
        name: 'Alpenglanz Systems GmbH',
        position: 'Software Architect',
        location: 'Munich',
        startDate: '2021-07',
        endDate: '2025-09',
        highlights: [
          'Owned the architecture of a C++ and C# desktop suite for industrial metrology used at 120 plants.',
          'Split a 2-million-line monolith into modules with clear interfaces and a CMake build that runs in 9 minutes.',
          'Introduced architecture decision records and quarterly reviews with product management.',
        ],
      },
      {
        name: 'Isarwerk Automotive AG',
        position: 'Senior C++ Developer',
        location: 'Ingolstadt',
        startDate: '2016-03',
        endDate: '2021-06',
        highlights: [
          'Developed real-time sensor fusion components in modern C++ (C++17) on embedded Linux.',
          'Built the .NET test bench tooling used by 60 engineers for hardware-in-the-loop tests.',
          'Ported the image-processing pipeline to Rust, removing a class of memory-safety bugs.',
        ],
      },
      {
        name: 'Brenner & Vogt Software',
        position: 'Junior Developer',
        location: 'Augsburg',
        startDate: '2011-09',
        endDate: '2014-10',
        highlights: ['Maintained Qt desktop applications for small manufacturers.'],
      },
    ],
    education: [
      {
        institution: 'Technische Universität München',
        studyType: 'M.Sc.',
        area: 'Informatics',
        startDate: '2009-10',
        endDate: '2011-09',
      },
    ],
    skills: [
      { name: 'Languages', keywords: ['C++', 'C#', 'Rust'] },
      { name: 'Frameworks & Tools', keywords: ['.NET', 'Qt', 'CMake', 'Docker', 'Linux'] },
    ],
    style: { dates: 'mm/yyyy', order: 'company-first', present: 'today', degreeJoin: ' ' },
    layouts: ['sidebar', 'plain'],
  },
  {
    slug: 'priya_raman',
    basics: {
      name: 'Priya Raman',
      label: 'Lead Data Scientist',
      email: 'priya.raman@example.in',
      phone: '+91 98450 12345',
      url: 'https://priyaraman.example.in',
      location: { city: 'Bengaluru', region: 'Karnataka', country: 'India', countryCode: 'IN' },
      profiles: [{ network: 'GitHub', username: 'priyaraman-ds', url: 'https://github.com/priyaraman-ds' }],
    },
    work: [
      {
        name: 'Nilgiri Analytics',
        position: 'Lead Data Scientist',
        startDate: '2022-04',
        highlights: [
          'Lead a team of six building demand-forecasting models for 400 retail stores.',
          'Moved training from notebooks to Airflow pipelines on Spark, cutting model refresh from a week to a day.',
        ],
      },
      {
        name: 'Kaveri Health Labs',
        position: 'Data Scientist',
        startDate: '2019-07',
        endDate: '2022-03',
        highlights: [
          'Built a TensorFlow model that flags diabetic retinopathy in fundus images (AUC 0.94).',
          'Wrote the SQL feature store used by every model in the company.',
        ],
      },
      {
        name: 'Coromandel Research Lab',
        position: 'Research Assistant',
        startDate: '2017-08',
        endDate: '2019-06',
        highlights: ['Published two papers on time-series anomaly detection with PyTorch.'],
      },
    ],
    education: [
      {
        institution: 'Indian Institute of Technology Madras',
        studyType: 'M.Tech',
        area: 'Data Science',
        startDate: '2015-07',
        endDate: '2017-06',
      },
      {
        institution: 'Anna University',
        studyType: 'B.E.',
        area: 'Computer Science and Engineering',
        startDate: '2011-08',
        endDate: '2015-05',
      },
    ],
    skills: [
      { name: 'Programming', keywords: ['Python', 'R', 'SQL'] },
      { name: 'Machine learning', keywords: ['TensorFlow', 'PyTorch', 'scikit-learn'] },
      { name: 'Data engineering', keywords: ['Spark', 'Airflow'] },
    ],
    style: { dates: 'yyyy', order: 'title-comma-company', present: 'Present', degreeJoin: ', ' },
    layouts: ['header_band'],
  },
  {
    slug: 'sofia_marquez',
    basics: {
      name: 'Sofía Márquez',
      label: 'Frontend Developer',
      email: 'sofia.marquez@example.mx',
      phone: '+52 33 1234 5678',
      url: 'https://sofiamarquez.example.mx',
      location: { city: 'Guadalajara', region: 'Jalisco', country: 'Mexico', countryCode: 'MX' },
      profiles: [
        { network: 'GitHub', username: 'smarquez', url: 'https://github.com/smarquez' },
        { network: 'LinkedIn', username: 'sofia-marquez-dev', url: 'https://www.linkedin.com/in/sofia-marquez-dev' },
      ],
      summary:
        'Frontend developer who turns designs into fast, accessible interfaces. Six years with React and Vue.js, strong on testing and design systems.',
    },
    work: [
      {
        name: 'Jacaranda Commerce',
        position: 'Senior Frontend Developer',
        location: 'Guadalajara',
        startDate: '2023-04',
        highlights: [
          'Lead the checkout team; rebuilt checkout in React and TypeScript, raising conversion by 8 %.',
          'Created the component library and its visual regression tests with Jest.',
        ],
      },
      {
        name: 'Tlaquepaque Web Studio',
        position: 'Frontend Developer',
        location: 'Guadalajara',
        startDate: '2020-09',
        endDate: '2023-03',
        highlights: [
          'Built storefronts for 30 clients in Vue.js with a GraphQL back end.',
          'Cut average page weight by half through image pipelines and code splitting.',
        ],
      },
      {
        name: 'Freelance',
        position: 'Web Developer',
        startDate: '2018-01',
        endDate: '2020-08',
        highlights: ['Sites for restaurants and clinics in HTML, CSS and JavaScript.'],
      },
    ],
    education: [
      {
        institution: 'Universidad de Guadalajara',
        studyType: 'Licenciatura',
        area: 'Ingeniería en Computación',
        startDate: '2013-08',
        endDate: '2017-12',
      },
    ],
    skills: [
      { name: 'Languages', keywords: ['JavaScript', 'TypeScript', 'HTML', 'CSS'] },
      { name: 'Frameworks', keywords: ['React', 'Vue.js', 'Node.js', 'GraphQL', 'Jest'] },
    ],
    style: { dates: 'month-yyyy', order: 'company-first', present: 'Present', degreeJoin: ' en ' },
    layouts: ['headings', 'sidebar'],
  },
  {
    slug: 'daniel_tan',
    basics: {
      name: 'Daniel Tan',
      label: 'Site Reliability Engineer',
      email: 'daniel.tan@example.sg',
      phone: '+65 9123 4567',
      location: { city: 'Singapore', country: 'Singapore', countryCode: 'SG' },
      profiles: [
        { network: 'GitHub', username: 'dtan-ops', url: 'https://github.com/dtan-ops' },
        { network: 'LinkedIn', username: 'daniel-tan-sg', url: 'https://www.linkedin.com/in/daniel-tan-sg' },
      ],
    },
    work: [
      {
        name: 'Merlion Cloud Pte Ltd',
        position: 'Site Reliability Engineer',
        startDate: '2020-12',
        highlights: [
          'Run 14 k8s clusters on AWS with Terraform and Argo CD; 99.98 % availability over three years.',
          'Wrote the Go operator that rotates database credentials without downtime.',
          'Built Prometheus alerting that halved pages per on-call week.',
        ],
      },
      {
        name: 'Straits Bank',
        position: 'DevOps Engineer',
        startDate: '2017-04',
        endDate: '2020-11',
        highlights: [
          'Automated server builds with Ansible and moved deployments to a CI/CD pipeline.',
          'Wrote Python and Bash tooling for patching 2 000 hosts.',
        ],
      },
      {
        name: 'Changi Systems',
        position: 'IT Support Engineer',
        startDate: '2015-02',
        endDate: '2017-03',
        highlights: ['Supported 400 users and automated account set-up.'],
      },
    ],
    education: [
      {
        institution: 'Singapore Institute of Technology',
        studyType: 'Bachelor of Engineering',
        area: 'Software Engineering',
        startDate: '2018-01',
        endDate: '2021-08',
      },
      {
        institution: 'Ngee Ann Polytechnic',
        studyType: 'Diploma',
        area: 'Information Technology',
        startDate: '2011-04',
        endDate: '2014-03',
      },
    ],
    skills: [
      { name: 'Cloud', keywords: ['AWS', 'k8s', 'Terraform', 'Ansible'] },
      { name: 'Languages', keywords: ['Go', 'Python', 'Bash'] },
      { name: 'Practices', keywords: ['CI/CD', 'Prometheus'] },
    ],
    style: { dates: 'iso', order: 'title-first', present: 'now', degreeJoin: ' in ' },
    layouts: ['header_contacts', 'header_band'],
  },
  {
    slug: 'emily_clarke',
    basics: {
      name: 'Emily Clarke',
      label: 'Junior Software Developer',
      email: 'emily.clarke@example.co.uk',
      phone: '07700 900123',
      location: { city: 'Manchester', country: 'United Kingdom', countryCode: 'GB' },
      profiles: [{ network: 'LinkedIn', username: 'emilyclarke', url: 'https://www.linkedin.com/in/emilyclarke' }],
      summary:
        'Graduate developer who enjoys back-end work in Java and Kotlin. Looking for a team that reviews code carefully and ships often.',
    },
    work: [
      {
        name: 'Pennine Software Ltd',
        position: 'Junior Software Developer',
        location: 'Manchester',
        startDate: '2022-09',
        highlights: [
          'Build REST services in Kotlin and Spring Boot for a housing-association platform.',
          'Added integration tests that caught three production bugs before release.',
        ],
      },
      {
        name: 'Mancunian Data Co',
        position: 'Software Engineering Intern',
        location: 'Salford',
        startDate: '2021-06',
        endDate: '2021-08',
        highlights: ['Wrote an Android app in Java for warehouse stock checks.'],
      },
    ],
    education: [
      {
        institution: 'University of Manchester',
        studyType: 'BSc (Hons)',
        area: 'Computer Science',
        startDate: '2019-09',
        endDate: '2022-06',
      },
      {
        institution: 'Xaverian College',
        studyType: 'A-Levels',
        area: 'Mathematics, Physics, Computing',
        startDate: '2017-09',
        endDate: '2019-06',
      },
    ],
    skills: [
      { name: 'Languages', keywords: ['Java', 'Kotlin', 'C#', 'SQL'] },
      { name: 'Tools', keywords: ['Git', 'Spring Boot', 'Android'] },
    ],
    style: { dates: 'mon-yyyy', order: 'company-first', present: 'Current', degreeJoin: ' in ' },
    layouts: ['classic', 'plain'],
  },
]

// ---------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function formatDate(date: string, style: DateStyle): string {
  const [year, month] = date.split('-')
  const index = Number(month) - 1
  switch (style) {
    case 'mon-yyyy':
      return `${(MONTHS[index] ?? '').slice(0, 3)} ${year}`
    case 'month-yyyy':
      return `${MONTHS[index] ?? ''} ${year}`
    case 'mm/yyyy':
      return `${month}/${year}`
    case 'yyyy':
      return year ?? ''
    case 'iso':
      return date
  }
}

function dateRange(person: Person, start: string | undefined, end: string | undefined): string {
  const separator = person.style.dates === 'iso' ? ' to ' : ' – '
  const from = start ? formatDate(start, person.style.dates) : ''
  const to = end ? formatDate(end, person.style.dates) : person.style.present
  return from ? `${from}${separator}${to}` : to
}

function degreeLine(person: Person, entry: Person['education'][number]): string {
  return entry.area ? `${entry.studyType}${person.style.degreeJoin}${entry.area}` : entry.studyType
}

function locationLine(person: Person): string {
  const { city, region, country } = person.basics.location
  return [city, region, city === country ? undefined : country].filter(Boolean).join(', ')
}

const displayUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '')

/** Email, phone, place, then links — the order most templates use. */
function contactItems(person: Person): string[] {
  const { basics } = person
  return [
    basics.email,
    basics.phone,
    locationLine(person),
    ...(basics.url ? [displayUrl(basics.url)] : []),
    ...basics.profiles.map((profile) => displayUrl(profile.url)),
  ]
}

/** The two lines that open a job, in the person's order: [bold line, secondary line]. */
function jobHeading(person: Person, job: Person['work'][number]): { title: string; subtitle: string } {
  const place = job.location ? `, ${job.location}` : ''
  switch (person.style.order) {
    case 'title-first':
      return { title: job.position, subtitle: `${job.name}${place}` }
    case 'company-first':
      return { title: `${job.name}${place}`, subtitle: job.position }
    case 'title-comma-company':
      return { title: `${job.position}, ${job.name}`, subtitle: '' }
  }
}

// ---------------------------------------------------------------------------
// Ground truth: the eval set's subset of JSON Resume
// ---------------------------------------------------------------------------

function groundTruth(person: Person) {
  const precise = (date: string | undefined) => (date && person.style.dates === 'yyyy' ? date.slice(0, 4) : date)
  const { basics } = person
  return {
    basics: {
      name: basics.name,
      email: basics.email,
      phone: basics.phone,
      ...(basics.url ? { url: basics.url } : {}),
      location: {
        city: basics.location.city,
        ...(basics.location.region ? { region: basics.location.region } : {}),
        countryCode: basics.location.countryCode,
      },
      profiles: basics.profiles.map(({ network, username, url }) => ({ network, username, url })),
    },
    work: person.work.map((job) => ({
      name: job.name,
      position: job.position,
      startDate: precise(job.startDate),
      ...(job.endDate ? { endDate: precise(job.endDate) } : {}),
    })),
    education: person.education.map((entry) => ({
      institution: entry.institution,
      ...(entry.area ? { area: entry.area } : {}),
      studyType: entry.studyType,
      ...(entry.startDate ? { startDate: precise(entry.startDate) } : {}),
      endDate: precise(entry.endDate),
    })),
    skills: person.skills.map(({ name, keywords }) => ({ name, keywords })),
  }
}

// ---------------------------------------------------------------------------
// PDF (pdf-lib, standard 14 fonts)
// ---------------------------------------------------------------------------

const A4 = { width: 595.28, height: 841.89 }
const INK = rgb(0.13, 0.13, 0.15)
const MUTED = rgb(0.35, 0.35, 0.4)
const ACCENT = rgb(0.12, 0.29, 0.49)

interface Fonts {
  regular: PDFFont
  bold: PDFFont
  italic: PDFFont
}

interface TextStyle {
  font?: keyof Fonts
  size?: number
  color?: RGB
}

/** A column of flowing text with a cursor; starts a new page when the column is full. */
class PdfColumn {
  y: number
  constructor(
    private readonly pdf: PdfCanvas,
    public x: number,
    public width: number,
    top: number
  ) {
    this.y = top
  }

  /** Wrapped text; returns the baseline of its first line. */
  text(value: string, style: TextStyle = {}, indent = 0): number {
    const size = style.size ?? 10
    const font = this.pdf.fonts[style.font ?? 'regular']
    const lines = wrap(value, font, size, this.width - indent)
    let first = 0
    lines.forEach((line, index) => {
      this.ensure(size * 1.35)
      this.y -= size * 1.35
      if (index === 0) first = this.y
      this.pdf.page.drawText(line, { x: this.x + indent, y: this.y, size, font, color: style.color ?? INK })
    })
    return first
  }

  /** A left text and a right-aligned text on one line (role and dates). */
  split(left: string, right: string, leftStyle: TextStyle = {}, rightStyle: TextStyle = {}) {
    const size = leftStyle.size ?? 10
    const rightFont = this.pdf.fonts[rightStyle.font ?? 'regular']
    const rightSize = rightStyle.size ?? size
    const rightWidth = rightFont.widthOfTextAtSize(right, rightSize)
    const column = new PdfColumn(this.pdf, this.x, this.width - rightWidth - 12, this.y)
    const baseline = column.text(left, leftStyle)
    if (right) {
      this.pdf.page.drawText(right, { x: this.x + this.width - rightWidth, y: baseline, size: rightSize, font: rightFont, color: rightStyle.color ?? MUTED })
    }
    this.y = column.y
  }

  /** A label cell and a value cell on one row, like a two-column table without borders. */
  row(label: string, value: string, labelWidth: number) {
    const labelColumn = new PdfColumn(this.pdf, this.x, labelWidth - 8, this.y)
    labelColumn.text(label, { font: 'bold', size: 10 })
    const valueColumn = new PdfColumn(this.pdf, this.x + labelWidth, this.width - labelWidth, this.y)
    valueColumn.text(value, { size: 10 })
    this.y = Math.min(labelColumn.y, valueColumn.y)
  }

  bullet(value: string, size = 9.5) {
    const font = this.pdf.fonts.regular
    this.ensure(size * 1.35)
    this.pdf.page.drawText('•', { x: this.x + 4, y: this.y - size * 1.35, size, font, color: INK })
    this.text(value, { size }, 14)
  }

  heading(value: string, options: { rule?: boolean; color?: RGB } = {}) {
    this.gap(8)
    this.text(value, { font: 'bold', size: 11.5, color: options.color ?? ACCENT })
    if (options.rule !== false) {
      this.pdf.page.drawLine({
        start: { x: this.x, y: this.y - 3 },
        end: { x: this.x + this.width, y: this.y - 3 },
        thickness: 0.6,
        color: options.color ?? ACCENT,
      })
      this.y -= 5
    }
  }

  gap(points: number) {
    this.y -= points
  }

  private ensure(space: number) {
    if (this.y - space < 48) {
      this.pdf.addPage()
      this.y = A4.height - 56
    }
  }
}

class PdfCanvas {
  page!: PDFPage
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts
  ) {
    this.addPage()
  }

  addPage() {
    this.page = this.doc.addPage([A4.width, A4.height])
  }

  static async create(title: string): Promise<PdfCanvas> {
    const doc = await PDFDocument.create({ updateMetadata: false })
    doc.setTitle(title)
    doc.setAuthor(title.split(' — ')[0] ?? title)
    doc.setCreator('Sift fixtures (scripts/make_fixtures.ts)')
    doc.setProducer('pdf-lib')
    doc.setCreationDate(FIXED_DATE)
    doc.setModificationDate(FIXED_DATE)
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    }
    return new PdfCanvas(doc, fonts)
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false })
  }
}


function writeExperience(column: PdfColumn, person: Person) {
  for (const job of person.work) {
    const { title, subtitle } = jobHeading(person, job)
    column.gap(4)
    column.split(title, dateRange(person, job.startDate, job.endDate), { font: 'bold', size: 10.5 }, { size: 9.5 })
    if (subtitle) column.text(subtitle, { font: 'italic', size: 10, color: MUTED })
    for (const highlight of job.highlights) column.bullet(highlight)
  }
}

function writeEducation(column: PdfColumn, person: Person) {
  for (const entry of person.education) {
    column.gap(4)
    column.split(entry.institution, dateRange(person, entry.startDate, entry.endDate), { font: 'bold', size: 10.5 }, { size: 9.5 })
    column.text(degreeLine(person, entry), { font: 'italic', size: 10, color: MUTED })
  }
}

/** One column, name on top, contacts on one wrapped line, sections with rules. */
async function renderClassicPdf(person: Person): Promise<Uint8Array> {
  const pdf = await PdfCanvas.create(`${person.basics.name} — Résumé`)
  const column = new PdfColumn(pdf, 56, A4.width - 112, A4.height - 40)
  column.text(person.basics.name, { font: 'bold', size: 22 })
  column.text(person.basics.label, { size: 12, color: MUTED })
  column.gap(2)
  column.text(contactItems(person).join('  |  '), { size: 9 })
  if (person.basics.summary) {
    column.heading('Summary')
    column.text(person.basics.summary)
  }
  column.heading('Experience')
  writeExperience(column, person)
  if (person.projects) {
    column.heading('Projects')
    for (const project of person.projects) {
      column.gap(4)
      column.text(project.name, { font: 'bold', size: 10.5 })
      column.text(project.description)
    }
  }
  column.heading('Education')
  writeEducation(column, person)
  column.heading('Skills')
  for (const group of person.skills) column.text(`${group.name}: ${group.keywords.join(', ')}`)
  for (const extra of person.extras ?? []) {
    column.heading(extra.heading)
    for (const line of extra.lines) column.text(line)
  }
  return pdf.save()
}

/** A shaded left sidebar with contacts and skills; experience and education on the right. */
async function renderSidebarPdf(person: Person): Promise<Uint8Array> {
  const pdf = await PdfCanvas.create(`${person.basics.name} — CV`)
  const sidebarWidth = 170
  pdf.page.drawRectangle({ x: 0, y: 0, width: sidebarWidth, height: A4.height, color: rgb(0.93, 0.94, 0.96) })

  const side = new PdfColumn(pdf, 22, sidebarWidth - 36, A4.height - 48)
  side.text('Contact', { font: 'bold', size: 11, color: ACCENT })
  for (const item of contactItems(person)) {
    side.text(item, { size: 8.5 })
    side.gap(2)
  }
  side.gap(10)
  side.text('Skills', { font: 'bold', size: 11, color: ACCENT })
  for (const group of person.skills) {
    side.gap(4)
    side.text(group.name, { font: 'bold', size: 9 })
    for (const keyword of group.keywords) side.text(keyword, { size: 9 })
  }

  const main = new PdfColumn(pdf, sidebarWidth + 24, A4.width - sidebarWidth - 24 - 40, A4.height - 40)
  main.text(person.basics.name, { font: 'bold', size: 24 })
  main.text(person.basics.label, { size: 12, color: MUTED })
  if (person.basics.summary) {
    main.heading('Profile')
    main.text(person.basics.summary)
  }
  main.heading('Work Experience')
  writeExperience(main, person)
  main.heading('Education')
  writeEducation(main, person)
  return pdf.save()
}

/** A coloured band with the name, then the contacts as a row of bordered cells, like a one-row table. */
async function renderHeaderBandPdf(person: Person): Promise<Uint8Array> {
  const pdf = await PdfCanvas.create(`${person.basics.name} — Resume`)
  const bandHeight = 92
  pdf.page.drawRectangle({ x: 0, y: A4.height - bandHeight, width: A4.width, height: bandHeight, color: ACCENT })
  const white = rgb(1, 1, 1)
  pdf.page.drawText(person.basics.name.toUpperCase(), { x: 40, y: A4.height - 48, size: 24, font: pdf.fonts.bold, color: white })
  pdf.page.drawText(person.basics.label, { x: 40, y: A4.height - 72, size: 12, font: pdf.fonts.regular, color: white })

  const cells = contactItems(person)
  const left = 40
  const width = A4.width - 80
  const cellWidth = width / cells.length
  const top = A4.height - bandHeight - 12
  const height = 24
  cells.forEach((cell, index) => {
    const x = left + index * cellWidth
    pdf.page.drawRectangle({ x, y: top - height, width: cellWidth, height, borderColor: MUTED, borderWidth: 0.5 })
    let size = 8.5
    while (size > 6 && pdf.fonts.regular.widthOfTextAtSize(cell, size) > cellWidth - 8) size -= 0.25
    const textWidth = pdf.fonts.regular.widthOfTextAtSize(cell, size)
    pdf.page.drawText(cell, { x: x + (cellWidth - textWidth) / 2, y: top - height / 2 - size / 3, size, font: pdf.fonts.regular, color: INK })
  })

  const column = new PdfColumn(pdf, 40, width, top - height - 6)
  if (person.basics.summary) {
    column.heading('About', { rule: false })
    column.text(person.basics.summary)
  }
  column.heading('Professional Experience', { rule: false })
  writeExperience(column, person)
  column.heading('Education', { rule: false })
  writeEducation(column, person)
  column.heading('Technical Skills', { rule: false })
  for (const group of person.skills) column.row(group.name, group.keywords.join(', '), 120)
  return pdf.save()
}

// ---------------------------------------------------------------------------
// DOCX (docx package)
// ---------------------------------------------------------------------------

const HEADING_COLOR = '1F4A7D'

function docxContactParagraph(person: Person, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  const items = contactItems(person)
  const children: Array<TextRun | ExternalHyperlink> = []
  items.forEach((item, index) => {
    if (index > 0) children.push(new TextRun({ text: '  |  ', color: '888888' }))
    const link = [person.basics.url, ...person.basics.profiles.map((profile) => profile.url)].find((url) => url && displayUrl(url) === item)
    children.push(link ? new ExternalHyperlink({ link, children: [new TextRun({ text: item, style: 'Hyperlink' })] }) : new TextRun(item))
  })
  return new Paragraph({ alignment, children })
}

function docxBody(person: Person, options: { contactsInBody: boolean }): Paragraph[] {
  const rightTab = [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }]
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(person.basics.name)] }),
    new Paragraph({ children: [new TextRun({ text: person.basics.label, italics: true })] }),
  ]
  if (options.contactsInBody) body.push(docxContactParagraph(person, AlignmentType.LEFT))
  if (person.basics.summary) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Summary' }), new Paragraph(person.basics.summary))
  }

  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Experience' }))
  for (const job of person.work) {
    const { title, subtitle } = jobHeading(person, job)
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        tabStops: rightTab,
        children: [new TextRun(title), new TextRun({ text: `\t${dateRange(person, job.startDate, job.endDate)}`, bold: false })],
      })
    )
    if (subtitle) body.push(new Paragraph({ children: [new TextRun({ text: subtitle, italics: true })] }))
    for (const highlight of job.highlights) body.push(new Paragraph({ text: highlight, bullet: { level: 0 } }))
  }

  if (person.projects) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Projects' }))
    for (const project of person.projects) {
      body.push(new Paragraph({ children: [new TextRun({ text: project.name, bold: true })] }), new Paragraph(project.description))
    }
  }

  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Education' }))
  for (const entry of person.education) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        tabStops: rightTab,
        children: [new TextRun(entry.institution), new TextRun({ text: `\t${dateRange(person, entry.startDate, entry.endDate)}` })],
      }),
      new Paragraph({ children: [new TextRun({ text: degreeLine(person, entry), italics: true })] })
    )
  }

  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Skills' }))
  for (const group of person.skills) {
    body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${group.name}: `, bold: true }), new TextRun(group.keywords.join(', '))] }))
  }
  for (const extra of person.extras ?? []) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: extra.heading }), ...extra.lines.map((line) => new Paragraph(line)))
  }
  return body
}

const DOCX_STYLES = {
  paragraphStyles: [
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 44, bold: true, color: '222222' } },
    { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, bold: true, color: HEADING_COLOR }, paragraph: { spacing: { before: 240, after: 80 } } },
    { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 22, bold: true }, paragraph: { spacing: { before: 120 } } },
  ],
}

async function renderDocx(person: Person, variant: 'headings' | 'header_contacts'): Promise<Uint8Array> {
  const contactsInHeader = variant === 'header_contacts'
  const buffer = await deterministically(() => Packer.toBuffer(buildDocx(person, contactsInHeader)))
  return new Uint8Array(buffer)
}

function buildDocx(person: Person, contactsInHeader: boolean): Document {
  return new Document({
    creator: person.basics.name,
    title: `${person.basics.name} — Résumé`,
    description: 'Sift generated fixture',
    styles: DOCX_STYLES,
    sections: [
      {
        ...(contactsInHeader
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({
                      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 4 } },
                      children: [],
                    }),
                    docxContactParagraph(person, AlignmentType.CENTER),
                  ],
                }),
              },
            }
          : {}),
        children: docxBody(person, { contactsInBody: !contactsInHeader }),
      },
    ],
  })
}

/**
 * docx stamps the core properties and zip entries with "now" and names relationships
 * with nanoid (Math.random); pinning both makes the output reproducible.
 */
async function deterministically<T>(produce: () => T | Promise<T>): Promise<T> {
  const RealDate = Date
  const realRandom = Math.random
  let seed = 0x5eed
  Math.random = () => {
    // mulberry32: a tiny seeded PRNG, plenty for unique-looking ids.
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const fixed = FIXED_DATE.getTime()
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed)
      else super(...(args as [string | number]))
    }
    static now() {
      return fixed
    }
  }
  globalThis.Date = FixedDate as DateConstructor
  try {
    return await produce()
  } finally {
    globalThis.Date = RealDate
    Math.random = realRandom
  }
}

// ---------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------

function renderTxt(person: Person): Uint8Array {
  const lines: string[] = [person.basics.name.toUpperCase(), person.basics.label, contactItems(person).join(' | '), '']
  if (person.basics.summary) lines.push('SUMMARY', person.basics.summary, '')
  lines.push('EXPERIENCE')
  for (const job of person.work) {
    const { title, subtitle } = jobHeading(person, job)
    lines.push(`${title} — ${dateRange(person, job.startDate, job.endDate)}`)
    if (subtitle) lines.push(subtitle)
    for (const highlight of job.highlights) lines.push(`- ${highlight}`)
    lines.push('')
  }
  lines.push('EDUCATION')
  for (const entry of person.education) {
    lines.push(`${entry.institution} — ${dateRange(person, entry.startDate, entry.endDate)}`, degreeLine(person, entry), '')
  }
  lines.push('SKILLS')
  for (const group of person.skills) lines.push(`${group.name}: ${group.keywords.join(', ')}`)
  return new TextEncoder().encode(`${lines.join('\n')}\n`)
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const LAYOUTS: Record<Layout, { extension: 'pdf' | 'docx' | 'txt'; what: string; render: (person: Person) => Promise<Uint8Array> }> = {
  classic: { extension: 'pdf', what: 'one column, contacts on one line under the name', render: renderClassicPdf },
  sidebar: { extension: 'pdf', what: 'two columns: shaded left sidebar with contacts and skills', render: renderSidebarPdf },
  header_band: { extension: 'pdf', what: 'coloured name band, contacts in a row of bordered cells', render: renderHeaderBandPdf },
  headings: { extension: 'docx', what: 'Title/Heading 1/Heading 2 styles, bullet lists', render: (person) => renderDocx(person, 'headings') },
  header_contacts: {
    extension: 'docx',
    what: 'contacts only in the page header (many ATSs drop headers)',
    render: (person) => renderDocx(person, 'header_contacts'),
  },
  plain: { extension: 'txt', what: 'plain UTF-8 text', render: async (person) => renderTxt(person) },
}

await mkdir(OUT_DIR, { recursive: true })
for (const file of await readdir(OUT_DIR)) await rm(join(OUT_DIR, file))

const written: string[] = []
for (const person of PEOPLE) {
  const gt = `${JSON.stringify(groundTruth(person), null, 2)}\n`
  for (const layout of person.layouts) {
    const { extension, render } = LAYOUTS[layout]
    const base = `${person.slug}.${layout}`
    await writeFile(join(OUT_DIR, `${base}.${extension}`), await render(person))
    await writeFile(join(OUT_DIR, `${base}.gt.json`), gt)
    written.push(`| \`${base}.${extension}\` | ${person.basics.location.city} (${person.basics.location.countryCode}) | ${LAYOUTS[layout].what} | ${describeStyle(person)} |`)
  }
}

await writeFile(
  join(OUT_DIR, 'README.md'),
  [
    '# Generated résumé fixtures',
    '',
    'Written by `scripts/make_fixtures.ts` — do not edit by hand; change the script and run',
    '`node --import=@poppinss/ts-exec scripts/make_fixtures.ts`. The output is reproducible byte for byte.',
    '',
    'Six invented people (example.* e-mail domains, fictional employers), each with a `.gt.json` in the',
    'eval set\'s JSON Resume subset (rules: docs/accuracy.md). Made for this repository; no third-party content.',
    '',
    '| file | place | layout | wording |',
    '|---|---|---|---|',
    ...written,
    '',
  ].join('\n')
)
console.log(`Wrote ${written.length} fixtures (+ ground truth) to ${OUT_DIR}`)

function describeStyle(person: Person): string {
  const example = person.work[0]
  const dates = example ? dateRange(person, example.startDate, example.endDate) : ''
  return `${person.style.order.replaceAll('-', ' ')}; dates "${dates}"; phone "${person.basics.phone}"`
}
