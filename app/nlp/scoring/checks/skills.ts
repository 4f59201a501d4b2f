/*
|--------------------------------------------------------------------------
| Skills checks: is there a list an ATS can search, and do the jobs back it?
|--------------------------------------------------------------------------
|
| Recruiters search the parsed fields, not the file (Workday), and keyword
| tools match skills by exact name (Jobscan): a skills section is where a
| parser reliably finds them. A listed skill that no job mentions is a bare
| claim; the skills extractor records where each one is used (`usedIn`).
| See docs/ats-rules.md, "Skills".
|
*/
import { findSkills } from '../../skills/matcher.js'
import type { SkillMention } from '../../types.js'
import type { AtsCheck } from '../types.js'
import { experienceStatements } from './content.js'

// Five recognised skills is the smallest list that gives a keyword search something to hit.
const MIN_LISTED = 5
// Half the list backed by a job reads as evidence; below that the list reads as claims.
const BACKED_SHARE = 0.5
// How many skill names a message spells out before "and N more".
const NAMED = 4

const names = (skills: SkillMention[]) =>
  skills
    .slice(0, NAMED)
    .map((skill) => skill.name)
    .join(', ') + (skills.length > NAMED ? ` and ${skills.length - NAMED} more` : '')

const skillsSection: AtsCheck = {
  id: 'skills-section',
  category: 'skills',
  weight: 5,
  title: 'Skills section',
  run(context) {
    const { parsed } = context
    const sections = parsed.sections.filter((section) => section.kind === 'skills')
    const listed = parsed.skills.filter((skill) => skill.listed)
    const sectionLines = sections.flatMap((section) => [
      ...(section.headingLineId === null ? [] : [section.headingLineId]),
      ...section.lineIds,
    ])
    const fix =
      `Add a section headed "Skills" listing at least ${MIN_LISTED} tools, languages and methods you use, by their usual names ` +
      '("PostgreSQL", "Figma", "Salesforce", "SQL"), separated by commas: ATS keyword searches look there first.'
    if (sections.length === 0) {
      // "Skills & Awards": the skills are there, under a heading a parser files as something else.
      const mixed = parsed.sections.find((section) => section.heading && /skill|competenc|kompetenz|compétence/i.test(section.heading))
      if (mixed) {
        return {
          status: 'warn',
          message: `Your skills sit under “${mixed.heading}”, which a parser files under “${mixed.kind}”, so the skills in it are not read as a skills list.`,
          fix: 'Give your skills a heading of their own, "Skills" (or "Technical Skills"), and put awards or interests under theirs.',
          lines: mixed.headingLineId === null ? mixed.lineIds : [mixed.headingLineId, ...mixed.lineIds],
          credit: 0.25,
        }
      }
      const used = parsed.skills.length
      return {
        status: 'fail',
        message:
          'We found no skills section. ' +
          (used > 0
            ? `Your jobs mention ${used} recognised ${used === 1 ? 'skill' : 'skills'}, but a recruiter's keyword search over the parsed profile looks for a skills list.`
            : 'A recruiter searching the parsed profile for a skill will not find it listed.'),
        fix,
      }
    }
    if (listed.length >= MIN_LISTED) {
      return { status: 'pass', message: `Your skills section lists ${listed.length} skills we recognise, e.g. ${names(listed)}.`, fix, lines: sectionLines }
    }
    return {
      status: 'warn',
      message:
        listed.length === 0
          ? 'Your skills section has no skill we recognise: it may hold soft skills only, or names written in an unusual way.'
          : `Your skills section lists only ${listed.length} ${listed.length === 1 ? 'skill' : 'skills'} we recognise (${names(listed)}).`,
      fix,
      lines: sectionLines,
      credit: listed.length / MIN_LISTED / 2,
    }
  },
}

const skillsEvidenced: AtsCheck = {
  id: 'skills-evidenced',
  category: 'skills',
  weight: 5,
  title: 'Skills backed by experience',
  run(context) {
    const listed = context.parsed.skills.filter((skill) => skill.listed)
    const fix =
      'For your most important listed skills, say in a job bullet where you used them and to what end ' +
      '("Built the billing API in Go, handling 2M requests a day"). A skill used in a dated job also counts toward "years of X".'
    if (listed.length === 0) {
      return { status: 'pass', message: 'No skills list to compare with your experience (see "Skills section").', fix }
    }
    // A bullet a PDF wrapped mid-name ("Spring" / "Boot") still backs the skill.
    const inBullets = new Set(experienceStatements(context).flatMap((statement) => findSkills(statement.text).map((match) => match.id)))
    const unbacked = listed.filter((skill) => skill.usedIn.length === 0 && !inBullets.has(skill.id))
    const backed = listed.length - unbacked.length
    const share = backed / listed.length
    const counted = `${backed} of the ${listed.length} skills you list (${Math.round(share * 100)}%) appear in your experience`
    // The lines where each unbacked skill is listed: the claim without a job behind it.
    const lines = unbacked.flatMap((skill) => skill.lines.filter((id) => !skill.usedIn.includes(id)))
    if (share >= BACKED_SHARE) {
      return {
        status: 'pass',
        message: `${counted}${unbacked.length > 0 ? `; not yet: ${names(unbacked)}` : ''}.`,
        fix,
        lines: unbacked.length > 0 ? lines : [],
      }
    }
    const message =
      backed === 0
        ? `None of the ${listed.length} skills you list appear in your experience: no job says where you used ${names(unbacked)}.`
        : `Only ${counted}. These are listed but no job says where you used them: ${names(unbacked)}.`
    if (backed === 0 && listed.length >= 3) return { status: 'fail', message, fix, lines }
    return { status: 'warn', message, fix, lines, credit: share / BACKED_SHARE / 2 + 0.25 }
  },
}

export const SKILLS_CHECKS: readonly AtsCheck[] = [skillsSection, skillsEvidenced]
