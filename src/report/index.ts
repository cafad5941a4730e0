/**
 * The report library's public face: bytes and a file name in, a validated Report out.
 * No Astro import anywhere under src/report: the CLI, the content loader, the tests and
 * the benchmark all call this same code.
 * (Work in progress: the real pipeline lands in the next commits.)
 */
export * from './schema.ts';
export { ReportError, CorpusError } from './errors.ts';
export { parseReport } from './parse.ts';
export { parseFiles, parseFolder, type SourceFile, type ParsedCorpus } from './corpus.ts';
export { townshipKey, countyKey, countyName, countyLabel, townshipLabel, isAmbiguousCounty, isAmbiguousTownship } from './places.ts';
