import { getInsightsCsv } from '../../api/insights';
import type { ExportRequest } from '../../api/insights';
import type { CsvFile } from './ChartPanel';
import { csvFileName } from './csvFileName';

/** One table of Insights as the server writes it, ready to be saved. */
export async function insightsCsv(request: ExportRequest): Promise<CsvFile> {
  return { fileName: csvFileName(request), text: await getInsightsCsv(request) };
}
