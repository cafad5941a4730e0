/**
 * Where the browser finds, for a one-character query, the extra index words to preload so
 * Pagefind fetches every chunk holding that character's tokens (see node/chunks.ts for why).
 */
export const PREFIX_DIR = 'prefix';

/** One small file per leading code symbol, so a query fetches only its shard. */
export function prefixShard(code: string): string {
	return `${PREFIX_DIR}/${code[0]}.json`;
}
