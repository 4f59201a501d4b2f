import vine from '@vinejs/vine'

/** The upload limit the README and the form promise. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/**
 * Only presence and size here: the real type is decided by the file's
 * bytes (app/nlp/extract/sniff.ts), never by its name or declared type.
 */
export const uploadResumeValidator = vine.create({
  file: vine.file({ size: '10mb' }),
})
