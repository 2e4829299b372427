/**
 * The formats `galley batch --format` takes: every format the exporter knows. Written as a
 * record over `ExportFormat` so that a format added to the exporter fails the typecheck here
 * until it is listed, instead of being silently missing from the command line.
 */
import type { ExportFormat } from '../../../shared/contract/app-api';

const KNOWN = { json: true, txt: true, md: true, alto: true, page: true } as const satisfies Record<ExportFormat, true>;

export const BATCH_FORMATS: readonly ExportFormat[] = Object.keys(KNOWN) as ExportFormat[];
