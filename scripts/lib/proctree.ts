/**
 * Peak memory of a command summed over its whole process tree (astro, and Pagefind's own
 * binary, which `/usr/bin/time` on npm misses), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_KB = 4;

function parentOf(pid: number): number | null {
	try {
		// Field 4 of /proc/pid/stat, after the parenthesised command name.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return null;
	}
}

function rssKb(pid: number): number {
	try {
		return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
	} catch {
		return 0;
	}
}

/** Resident memory of `root` and all its descendants, in kB. */
export function treeRssKb(root: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		const pid = Number(name);
		if (!Number.isInteger(pid)) continue;
		const parent = parentOf(pid);
		if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
	}
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += rssKb(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

export interface Measured {
	seconds: number;
	peakRssMB: number;
	code: number;
	output: string;
}

/** Runs a command, sampling its tree's memory every `everyMs`; `echo` passes its output through as it comes. */
export function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv, everyMs = 250, echo = false): Promise<Measured> {
	return new Promise((resolve) => {
		const start = performance.now();
		const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => {
			output += d;
			if (echo) process.stdout.write(d);
		});
		child.stderr.on('data', (d) => {
			output += d;
			if (echo) process.stderr.write(d);
		});
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), everyMs);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ seconds: (performance.now() - start) / 1000, peakRssMB: Math.round(peak / 1024), code: code ?? 1, output });
		});
	});
}
