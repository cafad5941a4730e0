/**
 * The build's configuration: read from the environment once, here, validated, and passed
 * down. Nothing else in the project reads `process.env` for these. An invalid value stops
 * the build naming the variable and what it allows.
 */
import { z } from 'zod';

/** Environment variable of each option, for messages and the README. */
export const OPTION_VARIABLES = {
	reportsDir: 'REPORTS_DIR',
	siteUrl: 'SITE_URL',
	cacheDir: 'ASTRO_CACHE_DIR',
	sitePages: 'SITE_PAGES',
	searchShard: 'SEARCH_SHARD',
	searchPartSize: 'SEARCH_PART_SIZE',
	searchPartCache: 'SEARCH_PART_CACHE',
	searchIndex: 'SEARCH_INDEX',
} as const;

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

export const BuildOptionsSchema = z.object({
	/** Folder of report files, relative to the project root or absolute. */
	reportsDir: z.preprocess(blankIsUnset, z.string().default('seeds')),
	/** Public origin (`https://example.gov.cn`): canonical URLs and sitemap.xml; none when unset. */
	siteUrl: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://example.gov.cn' }).optional()),
	/** Astro's cache folder, which also holds the parsed-report cache and index parts. */
	cacheDir: z.preprocess(blankIsUnset, z.string().default('node_modules/.astro')),
	/** `all` pages, or `catalogue` (a sharded build's listings job: no report pages, no index). */
	sitePages: z.preprocess(blankIsUnset, z.enum(['all', 'catalogue'], { error: 'must be one of all, catalogue' }).default('all')),
	/** Name of this build's index parts; differs per shard of a sharded build. */
	searchShard: z.preprocess(blankIsUnset, z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lowercase letters, digits, - or _ (it names folders and URLs)').default('main')),
	/** Most reports in one search-index part. */
	searchPartSize: z.preprocess(blankIsUnset, z.coerce.number({ error: 'must be a positive whole number' }).int('must be a positive whole number').positive('must be a positive whole number').default(1200)),
	/** `off` indexes every part afresh instead of reusing unchanged ones. */
	searchPartCache: z.preprocess(blankIsUnset, z.enum(['on', 'off'], { error: 'must be one of on, off' }).default('on')),
	/** `separate`: the index is written by a later process (`npm run build`), not in Astro's build hook. */
	searchIndex: z.preprocess(blankIsUnset, z.enum(['inline', 'separate'], { error: 'must be one of inline, separate' }).default('inline')),
});

export type BuildOptions = z.infer<typeof BuildOptionsSchema>;

export class OptionsError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`Invalid build settings:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the environment variable(s) named and build again.`);
		this.name = 'OptionsError';
		this.problems = problems;
	}
}

/** Options from an environment (a plain record, so tests pass their own). */
export function readOptions(env: Record<string, string | undefined>): BuildOptions {
	const raw = Object.fromEntries(Object.entries(OPTION_VARIABLES).map(([key, name]) => [key, env[name]]));
	const parsed = BuildOptionsSchema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map((issue) => {
		const name = OPTION_VARIABLES[issue.path[0] as keyof typeof OPTION_VARIABLES];
		return `${name} ${issue.message}; got "${env[name] ?? ''}".`;
	});
	throw new OptionsError(problems);
}

let fromProcess: BuildOptions | undefined;

/** The options of this process, read from its environment on first use. */
export function buildOptions(): BuildOptions {
	fromProcess ??= readOptions(process.env);
	return fromProcess;
}

/** The variables a child process needs to see the same options (for builds that spawn the indexer). */
export function optionsEnv(options: BuildOptions): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, name] of Object.entries(OPTION_VARIABLES)) {
		const value = options[key as keyof BuildOptions];
		if (value !== undefined) env[name] = String(value);
	}
	return env;
}
