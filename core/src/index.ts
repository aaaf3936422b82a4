/**
 * The litdump language service: a pure library over strings (no editor, protocol or Node imports). Every result is
 * plain data with UTF-16 offsets into the document text, so LSP's `positionAt` converts them exactly.
 *
 * ```ts
 * const parsed = parseDocument(text);                 // entries, problems, footer, line starts
 * const outline = buildOutline(parsed, { resultLimit: 5000 });
 * const matches = findDuplicates(parsed, text);       // or createDuplicateIndex() across files
 * const stats = extractStatistics(text, parsed.entries[0].abstract!.span);
 * const { findings } = assessStatistics(stats, text);
 * const { content } = await formatCitations(text, parsed.entries, 'bibtex');
 * ```
 */
export type { Abstract, AbstractSection, Author, Entry, Identifier, ParsedDocument, Problem, ResultLimit, SectionVisitor, Source, Span } from './model';
export { MAX_LISTED_PROBLEMS } from './model';
export { dialects, looksLikeDump, parseDocument } from './parse';
export { lineAt } from './lines';
export type { Dialect } from './dialects/dialect';
export { buildOutline, describeEntry, entryLabel, type OutlineItem, type OutlineKind } from './outline';
export { findDocumentLinks, findFoldingBlocks, type DocumentLink, type FoldingBlock } from './navigation';
export { findEntryAt, findEntryIndexAt, isOnHeading } from './locate';
export { findSelectionSpans } from './selectionRanges';
export { buildEntryHover, buildStatisticHover, formatCitationLine } from './hover';
export { formatShortName, parseAuthors, splitName } from './authors';
export { parseSource } from './source';
export { createDuplicateIndex, explainMatch, findDuplicates, type DuplicateIndex, type DuplicateMatch, type DuplicateRecord } from './duplicates/index';
export { selectFirstCopies } from './dedupe';
export { entryKey, formatIgnoreLine, ignoreFileHeader, parseIgnoreList, pairId } from './ignoreList';
export { computeRenumbering, type TextReplacement } from './renumber';
export { assessStatistics, checkStatistics, describeStatistic, extractStatistics, shiftAssessment, shiftStatistics, summarizeStatistics, type StatAssessment, type StatFinding, type Statistic } from './stats/index';
export { formatStatisticsCsv, formatStatisticsJson, tabulateStatistics, type StatisticsRow } from './statisticsTable';
export { ExportCancelledError, exportFormats, findExportFormat, formatCitations, formatCitationsFromSources, type ExportFormat, type ExportResult, type ExportSource } from './export/index';
