import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'
import { plural } from '#nlp/wording'

/*
|--------------------------------------------------------------------------
| How many documents one person may send in a minute
|--------------------------------------------------------------------------
|
| Every résumé, new version and job description takes a worker thread, so one
| person sending hundreds at once would hold up everyone else's. Bulk upload
| (agencies) will have its own path through the queue.
*/

export const uploadsPerMinute = () => env.get('UPLOADS_PER_MINUTE') ?? 30

export const uploadLimiter = () => limiter.use({ requests: uploadsPerMinute(), duration: '1 min' })

export const uploadKey = (userId: number) => `uploads_${userId}`

/** Counts one document for the person; over the limit, the message to show instead (nothing is lost). */
export async function refuseUpload(userId: number): Promise<string | null> {
  const key = uploadKey(userId)
  const counted = await uploadLimiter().attempt(key, () => true)
  if (counted) return null
  const seconds = Math.max(1, await uploadLimiter().availableIn(key))
  return `You have sent ${uploadsPerMinute()} documents in the last minute. Try again in ${plural(seconds, 'second')}.`
}
