/**
 * Transparency statistics about the internal reporting channel with
 * small-count suppression, as a typed report, JSON and HTML with inline SVG
 * charts. Pure: no clock, no database, no Node-only APIs.
 */
export { renderTransparencyHtml } from "./html";
export { TRANSPARENCY_CSS, transparencyPage } from "./page";
export {
  type BreakdownRow,
  CATEGORY_GROUP_KEYS,
  type CaseFacts,
  OUTCOME_KEYS,
  type ReportPeriod,
  type TransparencyOptions,
  type TransparencyReport,
  transparencyJson,
  transparencyReport,
} from "./report";
export {
  type Cell,
  countCell,
  isSuppressed,
  medianCell,
  type ProtectedTables,
  protectTables,
  recoverableRows,
  SMALL_COUNT_THRESHOLD,
  shareCell,
} from "./suppress";
