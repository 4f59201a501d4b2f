import drive from '@adonisjs/drive/services/main'
import type Resume from '#models/resume'

/** Deletes a résumé with every version's file; rows cascade in the database. */
export class DeleteResume {
  async handle(resume: Resume) {
    const versions = await resume.related('versions').query()
    await resume.delete()
    const disk = drive.use()
    for (const version of versions) {
      await disk.delete(version.fileKey)
    }
  }
}
