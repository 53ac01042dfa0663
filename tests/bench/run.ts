import 'reflect-metadata';
import { benchAdversarial, printAdversarial } from './adversarial.bench';
import { benchAuditVerify, printAuditVerify } from './audit.bench';
import { benchDirectiveFanOut, printFanOut } from './directives.bench';
import { benchEvaluation, printEvaluation } from './evaluation.bench';
import { fanOutBench, issueDirectiveBench, nationalBench, readsBench } from './national.bench';
import { benchPublicRead, printPublicRead, publicReadFromArgs } from './public-read.bench';
import { benchTasks, printTasks } from './tasks.bench';
import { dialects } from './support';

// `npm run bench`: prints figures; never part of `npm test`.
async function main(): Promise<void> {
  const started = Date.now();
  // `npm run bench -- --only=reads`: the national inbox and subtree comparison alone (PostgreSQL);
  // `--only=issue`: issueDirective to every municipal and county government alone; `--only=fanout`:
  // that, delivery to as many live subscribers and RSS per idle subscription.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only === 'reads' || only === 'issue' || only === 'fanout') {
    await (only === 'reads' ? readsBench() : only === 'issue' ? issueDirectiveBench() : fanOutBench());
    process.exit(0);
  }
  // `npm run bench -- --only-public [--public-read=directives | --public-query='…' --public-variables='{…}']`: the public-read bench alone.
  const publicRead = publicReadFromArgs(process.argv);
  const publicRows: (string | number)[][] = [];
  for (const dialect of await dialects()) {
    process.stderr.write(`public read over GET, cached vs executed, on ${dialect}…\n`);
    publicRows.push(...(await benchPublicRead(dialect, publicRead)));
  }
  printPublicRead(publicRows);
  if (process.argv.includes('--only-public')) process.exit(0);
  const rows: (string | number)[][] = [];
  for (const dialect of await dialects()) {
    process.stderr.write(`directive fan-out on ${dialect}…\n`);
    rows.push(...(await benchDirectiveFanOut(dialect)));
  }
  printFanOut(rows);
  const taskRows: (string | number)[][] = [];
  for (const dialect of await dialects()) {
    process.stderr.write(`tasks roll-up and dashboard on ${dialect}…\n`);
    taskRows.push(...(await benchTasks(dialect)));
  }
  printTasks(taskRows);
  const evaluations: (string | number)[][] = [];
  for (const dialect of await dialects()) {
    process.stderr.write(`evaluation of 333 prefecture-level governments on ${dialect}…\n`);
    evaluations.push(await benchEvaluation(dialect));
  }
  printEvaluation(evaluations);
  process.stderr.write('audit chain verification (100,000 events, SQLite)…\n');
  printAuditVerify(await benchAuditVerify());
  process.stderr.write('adversarial corpus against a hub process (SQLite)…\n');
  printAdversarial(await benchAdversarial());
  if ((await dialects()).includes('postgres') && !process.argv.includes('--quick')) {
    process.stderr.write('national scale-out benchmark (PostgreSQL)…\n');
    await nationalBench();
  }
  process.stdout.write(`\nbenchmarks finished in ${((Date.now() - started) / 1000).toFixed(1)} s on ${require('node:os').cpus().length} cores\n`);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
