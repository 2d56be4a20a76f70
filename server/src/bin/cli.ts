// Bundle entry of dist/cli.js (bin/tadqiq.js loads it), and of the worker threads of a large lint (cli/pool.ts).
import { isMainThread, workerData } from 'worker_threads';
import { main, setWorkerScript } from '../cli/main';
import { workerMain } from '../cli/pool';

if (!isMainThread && (workerData as { tadqiqWorker?: boolean } | undefined)?.tadqiqWorker) workerMain();
else {
  setWorkerScript(__filename);
  main();
}
