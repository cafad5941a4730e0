/** Code that runs both in Node (the indexer) and in the browser (search page, find bar). */
export { foldChar, halfWidth, isIgnored, searchChars } from './fold.ts';
export { findAll, needsTerm, parseQuery, writeQuery, type ParsedQuery, type QueryTerm } from './query.ts';
export { INITIALS_URL, placeMatches, type InitialsTable } from './initials.ts';
