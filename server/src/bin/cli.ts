// Bundle entry of dist/cli.js (bin/tadqiq.js loads it), and of the worker threads of a large lint (cli/pool.ts).
// (worker_threads is loaded only when the argument the pool gives its workers is there: a command line that never
// starts a thread does not pay for the module)
import { main, setWorkerScript } from '../cli/main';
import { isPoolWorker, WORKER_ARG, workerMain } from '../cli/pool';
import { provideSideData } from '../node/sideData';

// (the word trigrams beside the bundle, dist/cli-data/, read when a one-cut line is first scored)
provideSideData(require('path').join(__dirname, 'cli-data'));

if (process.argv.includes(WORKER_ARG) && isPoolWorker()) workerMain();
else {
  setWorkerScript(__filename);
  main();
}
