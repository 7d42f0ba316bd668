/** The states of an import run (public.import_runs.status). */
export const IMPORT_STATES = ['previewed', 'running', 'committed', 'failed', 'discarded'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];
