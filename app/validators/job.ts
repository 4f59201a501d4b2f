import vine, { SimpleMessagesProvider } from '@vinejs/vine'

/** A job ad runs to a few thousand characters; this leaves room for long ones and stops pasted books. */
export const MAX_JOB_TEXT_CHARS = 50_000

/**
 * A job description, pasted or uploaded. Either one is enough; when both
 * come, the file is used (the form says so). Only presence and size of the
 * file here: its real type is decided by its bytes, as for résumés.
 */
export const createJobValidator = vine.create({
  title: vine.string().trim().maxLength(255).optional(),
  text: vine.string().trim().maxLength(MAX_JOB_TEXT_CHARS).optional().requiredIfMissing('file'),
  file: vine.file({ size: '10mb' }).optional(),
})

createJobValidator.messagesProvider = new SimpleMessagesProvider({
  'title.maxLength': 'Keep the title under {{ max }} characters.',
  'text.required': 'Paste the job description here, or choose a file below.',
  'text.maxLength': 'This is longer than {{ max }} characters. Paste only the job description itself.',
  'file.file': 'Choose a job description file (PDF, DOCX or TXT).',
  'file.file.size': 'This file is larger than 10 MB. Export a smaller version and try again, or paste the text.',
})
