export { createPipeline, checkPipeline } from './create-pipeline.js';
export type { CreatePipelineOptions } from './create-pipeline.js';
export { Pipeline, buildPipeline, DocumentProcessingError } from './core/pipeline.js';
export type { PipelineStep, ProcessManyOptions } from './core/pipeline.js';
export { documentId } from './core/document-id.js';
export { PipelineDefinitionError, builtinPipelineNames } from './core/definition.js';
export type { PipelineDefinition, StageEntry } from './core/definition.js';
export type { PipelinePlan, PlannedStep } from './core/plan.js';
export { defineStage } from './core/stage.js';
export type { Stage, StageDefinition, StageRunner, StageContext, StageOptions, LayerName, OptionSpec, OptionsSpec, OptionType } from './core/stage.js';
export { StageRegistry } from './core/registry.js';
export { builtinStages } from './stages/index.js';
export { defineFormat, NOTHING_DONE } from './formats/output-format.js';
export type { OutputFormat, FormatWriter, OutputTarget, DoneIds, ByteSink } from './formats/output-format.js';
export { builtinFormats, findFormat } from './formats/index.js';
export { processMany } from './batch/process-many.js';
export type { ParallelProcessOptions } from './batch/process-many.js';
export { enqueue, startWorker, queueStatus, retryFailed } from './queue/api.js';
export type {
  EnqueueOptions,
  EnqueueSummary,
  QueueStatus,
  QueueCommandOptions,
  QueueWorker,
  SinkOption,
  WorkerEvent,
  WorkerOptions,
  WorkerSummary,
  ChunkResult,
  ChunkSink,
  ChunkWrite,
  ChunkCounts,
  WorkerBeat,
} from './queue/api.js';
export { segment, createSegmenter } from './segmenter/index.js';
export type { SegmentOptions, Segmenter } from './segmenter/index.js';
export { splitSentences } from './sentences/split-sentences.js';
export type { SentenceOptions } from './sentences/split-sentences.js';
export { EntityRecognizer } from './entities/recognizer.js';
export type { EntityRecognizerOptions, FoundEntity } from './entities/recognizer.js';
export { Gazetteer } from './entities/gazetteer.js';
export type { GazetteerEntry } from './entities/gazetteer.js';
export { findPatternEntities } from './entities/patterns.js';
export type { PatternEntity } from './entities/patterns.js';
export { ENTITY_LABELS } from './entities/labels.js';
export type { EntityLabel } from './entities/labels.js';
export { BoundaryModel, loadBoundaryModel } from './sentences/boundary-model.js';
export type { BoundaryModelFile } from './sentences/boundary-model.js';
export { DateFinder, findDates } from './dates/date-finder.js';
export type { DateFinderOptions, DateFinding, DateWarning, DateWarningCode, FindDatesOptions } from './dates/date-finder.js';
export type { Era, YearReading } from './thai/eras.js';
export { createThaiChrono } from './dates/locales/th/index.js';
export { CodePointIndex, sliceByCodePoints, codePointLength } from './core/code-points.js';
export { AnnotatedDocument } from './core/annotated-document.js';
export * from './document/types.js';
export { validateDocument, documentSchema } from './document/validate.js';
export { loadFixtures, checkFixture, formatDocument } from './fixtures/fixtures.js';
export type { Fixture, FixtureResult } from './fixtures/fixtures.js';
export { diffDocuments } from './fixtures/diff-documents.js';
export { isShortForm, matchExpansion, abbreviates } from './parentheticals/acronym-matcher.js';
export { splitInside } from './parentheticals/split-inside.js';
export type { InsideParts, InsidePattern } from './parentheticals/split-inside.js';
export { findAcronymMentions } from './parentheticals/acronym-mentions.js';
export type { AcronymMention, AcronymMentionOptions } from './parentheticals/acronym-mentions.js';
export { GlossaryBuilder, glossaryToCsv } from './parentheticals/glossary.js';
export type { GlossaryEntry, GlossaryOptions } from './parentheticals/glossary.js';
