// Bundle entry of dist/cli.js (bin/tadqiq.js loads it).
import { main } from '../cli/main';
main();
