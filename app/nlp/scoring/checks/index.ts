import type { AtsCheck } from '../types.js'
import { PARSEABILITY_CHECKS } from './parseability.js'
import { CONTACT_CHECKS } from './contact.js'
import { STRUCTURE_CHECKS } from './structure.js'
import { CONTENT_CHECKS } from './content.js'
import { SKILLS_CHECKS } from './skills.js'

/** Every check, in the order the report lists them. */
export const ATS_CHECKS: readonly AtsCheck[] = [
  ...PARSEABILITY_CHECKS,
  ...CONTACT_CHECKS,
  ...STRUCTURE_CHECKS,
  ...CONTENT_CHECKS,
  ...SKILLS_CHECKS,
]
