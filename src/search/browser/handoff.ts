/**
 * Hands the query from a search result to the report page it opens, so the page can
 * highlight it while result links stay plain `/reports/<id>/#<anchor>` URLs. `?q=` on the
 * report URL (shareable) wins; then the value stored at click time; then the referrer.
 */
const KEY = 'fazhi-search-query';

export function rememberQuery(q: string, path: string): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify({ q, path }));
	} catch {
		// Storage may be disabled; the referrer still carries the query.
	}
}

export function queryForPage(location: Location, referrer: string): string {
	const own = new URLSearchParams(location.search).get('q');
	if (own) return own;
	try {
		const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { q: string; path: string } | null;
		// Used once: a later visit to the same report is not a search landing.
		sessionStorage.removeItem(KEY);
		if (stored?.path === location.pathname && stored.q) return stored.q;
	} catch {
		// Fall through to the referrer.
	}
	try {
		const from = new URL(referrer);
		if (from.origin === location.origin && from.pathname === '/search/') return from.searchParams.get('q') ?? '';
	} catch {
		// No or foreign referrer.
	}
	return '';
}
