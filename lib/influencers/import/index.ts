/**
 * Influencer CSV import, pure parsing and validation: text in, records and plain-language problems
 * out. Reading the upload, saving records and running jobs live elsewhere.
 */

export { parseCountry, KNOWN_COUNTRY_CODES } from "./countries";
export { CsvFormatError, parseCsv, type CsvDelimiter, type CsvFormatErrorCode, type CsvRow, type ParsedCsv } from "./csv";
export { failedRowsCsv } from "./failed-rows";
export {
  autoMapHeaders,
  GENERAL_FIELDS,
  headerKey,
  IMPORT_FIELD_ALIASES,
  IMPORT_FIELDS,
  importFieldLabel,
  isGeneralField,
  LIST_FIELDS,
  mappingProblems,
  platformFollowersField,
  platformHandleField,
  platformOfField,
  type ColumnMapping,
  type GeneralField,
  type ImportField,
} from "./fields";
export { HANDLE_MAX_LENGTH, normalizeHandle, type HandleResult } from "./handles";
export { MAX_NICHE_CHARS, MAX_NICHES, nicheListProblem, TEXT_LIMITS, textTooLong } from "./limits";
export { parseHashtags, splitList } from "./lists";
export { EMPTY_NUMBER_TOKENS, parseNumberish, type NumberishResult } from "./numbers";
export {
  importButtonLabel,
  planImport,
  previewImport,
  PREVIEW_ROW_COUNT,
  type ImportPlan,
  type ImportPlanError,
  type ImportPreview,
  type PreviewRow,
} from "./plan";
export { parsePlatform, PLATFORM_ALIASES } from "./platforms";
export { MAX_COUNT, validateRow, type CellProblem, type ImportRecord, type RowOptions, type RowResult } from "./validate-row";
