// Translations: the one entry point of the subsystem that keeps a translated
// manuscript true to its source (section staleness against a synced snapshot,
// heading anchors, the same programs in the examples) and reports it.
export { SectionCache, splitSections, type Section } from './sections.ts';
export {
  chapterStatus,
  checkAlignment,
  languageStatus,
  snapshotFolder,
  snapshotPath,
  staleSections,
  syncChapter,
  type AlignmentSeverity,
  type ChapterStatus,
  type LanguageStatus,
  type StaleSection,
  type SyncOptions,
  type SyncResult,
} from './status.ts';
export { checkCodeIdentity, type CodeIdentityOptions } from './code-identity.ts';
export { colourStyles, formatStatus, needsWork, plainStyles, statusJson, wordDiffLines } from './report.ts';
