/**
 * V8 stops a process at about 4 GB of heap whatever the machine has. Long jobs over a whole
 * corpus (a build phase, the benchmark's oracle) may use up to three quarters of the memory.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';

export const HEAP_FLAG = `--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`;

/** Runs this script again with HEAP_FLAG unless it already has a heap size; returns only in the process that has it. */
export function withLargeHeap(): void {
	if (process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) return;
	const again = spawnSync(process.execPath, [HEAP_FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
	process.exit(again.status ?? 1);
}
