/**
 * The report library's public face: bytes and a file name in (.txt, .docx, .pdf, .html), a
 * validated Report out.
 * No Astro import anywhere under src/report: the CLI, the content loader, the tests and
 * the benchmark all call this same code.
 */
export * from './schema.ts';
export { ReportError, CorpusError } from './errors.ts';
export { parseReport, type ParseOptions } from './parse.ts';
export { parseFiles, parseFolder, parsePublished, parseSources, type SourceFile, type ParsedCorpus, type SourcesOptions } from './corpus.ts';
export { readPublished, isChromeLine, SIDECAR_FILE, type Intake, type PortalEvidence } from './intake/index.ts';
export { readSidecar, SIDECAR_COLUMNS, type SidecarEntry } from './intake/sources.ts';
export { publishesOriginal } from './warnings.ts';
export { townshipKey, countyKey, countyName, countyLabel, townshipLabel, isAmbiguousCounty, isAmbiguousTownship } from './places.ts';
