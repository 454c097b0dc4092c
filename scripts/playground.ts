/** npm start: the local playground (emulator/playground.ts) on $PORT, default 8080, or the next free port when that one is taken. */
import { startPlayground } from '../emulator/playground';

startPlayground({ reset: process.argv.includes('--reset'), verbose: true })
  .then((p) => {
    const asked = Number(process.env.PORT ?? 8080);
    if (p.port !== asked) console.log(`port ${asked} is taken — serving on ${p.port} instead`);
    console.log(`ITA playground: ${p.url}/  (sidebar alone: ${p.url}/sidebar?user=somchai@nongbuathong.go.th)`);
    console.log(`state: ${p.statePath}  (npm start -- --reset to reseed)`);
  })
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
