import { createRequire } from 'module';
import * as fs from 'fs'; import * as path from 'path';
const require = createRequire(import.meta.url);
if (process.env.SEMI) (await import('v8')).setFlagsFromString('--max-semi-space-size=' + process.env.SEMI);
const mb = () => { global.gc(); const m = process.memoryUsage(); return `rss ${(m.rss/1048576).toFixed(0)} heap ${(m.heapUsed/1048576).toFixed(0)}/${(m.heapTotal/1048576).toFixed(0)} ext ${(m.external/1048576).toFixed(0)} ab ${(m.arrayBuffers/1048576).toFixed(0)}`; };
console.log('start', mb());
const core = require('/tmp/inc/core.cjs');
console.log('loaded', mb());
const dev='/work/shared/corpus/dev';const texts=fs.readdirSync(dev).sort().map(d=>fs.readFileSync(path.join(dev,d,'degraded.txt'),'utf8'));
const parts=[];let size=0;for(let i=0;size<200*1024;i++){parts.push(texts[i%texts.length],'\n');size+=Buffer.byteLength(texts[i%texts.length])+1;}
let text = parts.join('');
core.lintText('قالت الوزارة إن ٢٠ مزارعا في الريف.');
console.log('tiny lint', mb());
let r = core.lintText(text);
console.log('full lint (result kept)', mb(), r.findings.length);
r = null;
console.log('full lint (result dropped)', mb());
const inc = new core.IncrementalLinter({});
inc.lint(text);
console.log('incremental, first', mb());
for (let k=0;k<20;k++){ text = text.slice(0,100000)+'و'+text.slice(100000); inc.lint(text); }
console.log('incremental, 20 keystrokes', mb());
const v8 = await import('v8');
for (const s of v8.getHeapSpaceStatistics()) console.log(s.space_name.padEnd(24), (s.space_size/1048576).toFixed(1), 'used', (s.space_used_size/1048576).toFixed(1));
const hs = v8.getHeapStatistics(); console.log('malloced', (hs.malloced_memory/1048576).toFixed(1), 'peak malloced', (hs.peak_malloced_memory/1048576).toFixed(1), 'external', (hs.external_memory/1048576).toFixed(1));
