import env from '#start/env'
import { join } from 'node:path'
import { storageRoot } from '#config/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Résumés are private: files are never served by URL, only read by the
 * worker. Local disk by default; S3 (or any S3-compatible store such as
 * MinIO) when S3_BUCKET is set. DRIVE_DISK=fs|s3 overrides the choice.
 */
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK', env.get('S3_BUCKET') ? 's3' : 'fs'),
  services: {
    fs: services.fs({
      location: join(storageRoot, 'uploads'),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      credentials: {
        accessKeyId: env.get('S3_ACCESS_KEY_ID', ''),
        secretAccessKey: env.get('S3_SECRET_ACCESS_KEY')?.release() ?? '',
      },
      region: env.get('S3_REGION', 'us-east-1'),
      bucket: env.get('S3_BUCKET', 'sift'),
      endpoint: env.get('S3_ENDPOINT'),
      forcePathStyle: env.get('S3_FORCE_PATH_STYLE', Boolean(env.get('S3_ENDPOINT'))),
      // Many S3-compatible stores reject the SDK's default streaming checksums (aws-chunked bodies).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
