/**
 * Progress of long work in the build log: counts of the whole with elapsed time, at most
 * every few seconds, and a closing line. A build of 10,000 reports runs for minutes; this is
 * how a user sees where it stands.
 */
export type Log = (message: string) => void;

/** Least time between two progress lines. */
const EVERY_MS = 5000;

export interface Progress {
	/** One more item done. */
	tick(count?: number): void;
	/** The closing line, with what was done. */
	done(detail?: string): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function progressLog(phase: string, total: number, log: Log = () => {}): Progress {
	const started = performance.now();
	let last = started;
	let count = 0;
	return {
		tick(n = 1) {
			count += n;
			const now = performance.now();
			if (now - last < EVERY_MS || count >= total) return;
			last = now;
			log(`${phase}: ${count.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.floor((count / total) * 100)}%), ${seconds(now - started)}`);
		},
		done(detail) {
			log(`${phase}: ${count.toLocaleString('en')}/${total.toLocaleString('en')} in ${seconds(performance.now() - started)}${detail ? `; ${detail}` : ''}`);
		},
	};
}
