import env from '#start/env'
import { defineConfig, store, drivers } from '@adonisjs/cache'

/** Memory first; Redis behind it when REDIS_URL is set, so containers share the cache. */
const cacheConfig = defineConfig({
  default: 'default',
  stores: {
    default: env.get('REDIS_URL')
      ? store().useL1Layer(drivers.memory({ maxSize: '32mb' })).useL2Layer(drivers.redis({ connectionName: 'main' }))
      : store().useL1Layer(drivers.memory({ maxSize: '32mb' })),
  },
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
