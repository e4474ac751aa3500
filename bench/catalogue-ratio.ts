import { readFileSync } from 'node:fs';

/**
 * `node bench/catalogue-ratio.ts bench/results/<date>.jsonl`: for each catalogue scenario and
 * engine, the latest run at 1,000 and at 100,000 products, and the ratio of their p50 latencies
 * (the aim: 100k no more than 2x slower than 1k).
 */
const file = process.argv[2];
if (!file) throw new Error('usage: node bench/catalogue-ratio.ts bench/results/<date>.jsonl');
interface Line { scenario: string; engine: string; catalog: number; rps: number; p50_ms: number; p99_ms: number; ratio_to_reference: number }
const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line).filter((l) => /^w[123]-/.test(l.scenario));
const latest = new Map<string, Line>();
for (const line of lines) latest.set(`${line.scenario}|${line.engine}|${line.catalog}`, line);
const rows: string[] = ['| scenario | engine | rps 1k | p50 1k | p99 1k | ratio 1k | rps 100k | p50 100k | p99 100k | p50 100k/1k |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
for (const key of [...new Set(lines.map((l) => `${l.scenario}|${l.engine}`))].sort()) {
  const small = latest.get(`${key}|1000`);
  const large = latest.get(`${key}|100000`);
  const [scenario, engine] = key.split('|');
  const ratio = small && large ? (Math.max(large.p50_ms, 1) / Math.max(small.p50_ms, 1)).toFixed(2) : '–';
  rows.push(`| ${scenario} | ${engine} | ${small?.rps ?? '–'} | ${small?.p50_ms ?? '–'} | ${small?.p99_ms ?? '–'} | ${small?.ratio_to_reference ?? '–'} | ${large?.rps ?? '–'} | ${large?.p50_ms ?? '–'} | ${large?.p99_ms ?? '–'} | ${ratio} |`);
}
console.log(rows.join('\n'));
