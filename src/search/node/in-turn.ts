/**
 * Jobs in two stages, load then write, with the next job loading while this one writes:
 * writes run one at a time in job order, and at most one loaded job waits for its turn, so
 * memory holds one write and one load at most. The search index uses it for its parts: a
 * part's Pagefind process holds ~0.3 GB once its records are added and peaks near 1.8 GB
 * while writing (1,200 reports), so two writes at once would not fit a 3 GB budget, but a
 * write beside the next part's loading does.
 */
export interface TwoStages<J, L> {
	load(job: J): Promise<L>;
	write(loaded: L, job: J): Promise<void>;
	/** Releases a loaded job that will not be written (a write before it failed). */
	discard(loaded: L): Promise<void>;
}

export async function loadWhileWriting<J, L>(jobs: readonly J[], { load, write, discard }: TwoStages<J, L>): Promise<void> {
	const start = (i: number): Promise<L> | null => {
		if (i >= jobs.length) return null;
		const loading = load(jobs[i]!);
		// Awaited in its turn; marked handled so a load that fails while a write runs does not
		// also report an unhandled rejection.
		loading.catch(() => undefined);
		return loading;
	};
	let next = start(0);
	for (let i = 0; next; i++) {
		const loaded = await next;
		next = start(i + 1);
		try {
			await write(loaded, jobs[i]!);
		} catch (error) {
			if (next) await next.then(discard, () => undefined);
			throw error;
		}
	}
}
