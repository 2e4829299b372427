/**
 * The plain-text export split into one file per article, for editors who hand articles on
 * one by one (to a content system, a translator). Each file is the plain-text export of that
 * article alone; the blocks set aside (captions, page furniture) go in one last file.
 */
import type { SaveFilesRequest } from '../../../shared/contract/app-api';
import type { Page } from '../../../shared/model/page';
import type { Article, Reconstruction } from '../../../shared/model/reconstruction';
import { suggestedExportName, toPlainText } from '../../../shared/export';
import type { ExportInclude } from '../../../shared/export/options';

/** Longest part of a file name taken from a headline. */
const TITLE_CHARS = 40;

/** `page.txt` → folder `page.articles` holding `01-new-bridge-opens-at-dawn.txt`, `02-…`, `03-other.txt`. */
export function articleFiles(rec: Reconstruction, page: Page, include: ExportInclude): SaveFilesRequest {
  const base = suggestedExportName(page.name, 'txt').replace(/\.cleaned\.txt$/u, '');
  const width = String(rec.articles.length + 1).length;
  const number = (i: number) => String(i + 1).padStart(Math.max(2, width), '0');
  const files = rec.articles
    .map((article, i) => ({ name: `${number(i)}-${titleOf(article)}.txt`, content: toPlainText({ ...rec, articles: [article], other: [] }, { include }) }))
    .filter((file) => file.content.trim() !== '');
  const other = toPlainText({ ...rec, articles: [] }, { include });
  if (other.trim() !== '') files.push({ name: `${number(rec.articles.length)}-other.txt`, content: other });
  return { folderName: `${base}.articles`, files };
}

/** The headline (else the first words) as a file name: letters and digits of any script, joined by `-`. */
function titleOf(article: Article): string {
  const text = article.headline?.text ?? article.paragraphs[0]?.text ?? '';
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const title = words.join('-').slice(0, TITLE_CHARS).replace(/-+$/u, '');
  return title === '' ? 'article' : title;
}
