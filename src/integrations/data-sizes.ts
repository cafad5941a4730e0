/** Writes the sizes of the downloads into /data/ once the build has written them (src/utils/file-sizes.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { fillFileSizes } from '../utils/file-sizes.ts';

export default function dataSizes(): AstroIntegration {
	return {
		name: 'fazhi-data-sizes',
		hooks: {
			'astro:build:done': async ({ dir }) => fillFileSizes(fileURLToPath(dir)),
		},
	};
}
