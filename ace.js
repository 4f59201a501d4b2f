/*
|--------------------------------------------------------------------------
| JavaScript entrypoint for running ace commands
|--------------------------------------------------------------------------
|
| Registers the TypeScript JIT hook, then hands over to bin/console.ts.
| Run it through npm (`npm run ace -- <command>`) so Node 24 from
| node_modules/.bin is used rather than the system Node.
|
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
