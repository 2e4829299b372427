/**
 * An issue: the pages of one newspaper issue in order, each reconstructed on its own, and its
 * articles, where an article that jumps pages is one article made of its parts. Plain readonly
 * data, like the Reconstruction it is built from.
 */
import type { Page } from '../model/page';
import type { Article, Reconstruction, TextSpan } from '../model/reconstruction';
import type { Repair } from '../model/repair';
import type { JumpReference } from './jump-reference';
import type { PartJoin } from './join-sentences';

/** Where a page's number came from: the file's markup, its name, or its place in name order. */
export type PageNumberSource = 'markup' | 'name' | 'position';

/** One page handed to the issue: the page, its reconstruction and, if known, the number its markup carries. */
export interface IssuePageInput {
  readonly page: Page;
  readonly reconstruction: Reconstruction;
  /** The page number read from the file's markup (`pageNumberInMarkup`), when the caller has it. */
  readonly markupNumber?: number | null;
}

export interface IssuePage {
  readonly page: Page;
  readonly reconstruction: Reconstruction;
  /** The page number jump lines refer to. */
  readonly number: number;
  readonly numberFrom: PageNumberSource;
}

/** A jump line found in an article, with what it says. */
export interface JumpLine extends TextSpan, JumpReference {}

/** One page's article as a part of an issue article. */
export interface ArticlePart {
  readonly pageId: string;
  readonly pageNumber: number;
  readonly article: Article;
  /**
   * The article's jump lines, the ones the page pipeline recognised and the ones read here
   * (a `Suite de la page 1` paragraph): exporters leave these out of the body.
   */
  readonly jumpLines: readonly JumpLine[];
}

export interface IssueArticle {
  /** The id of its first part's page and article (`p1:A-L7`): stable across runs. */
  readonly id: string;
  /** In reading order: the first part, then each continuation. */
  readonly parts: readonly ArticlePart[];
  /** Sentences cut by a jump, joined across two parts (see `join-sentences.ts`). */
  readonly joins: readonly PartJoin[];
}

/** A link between a jump out and the continuation it leads to. */
export interface JumpLink {
  /** The id of the `link-jump` repair that made it. */
  readonly repairId: string;
  readonly from: { readonly pageId: string; readonly articleId: string; readonly jump: JumpLine };
  readonly to: { readonly pageId: string; readonly articleId: string; readonly jump: JumpLine };
  readonly confidence: number;
}

export interface Issue {
  readonly pages: readonly IssuePage[];
  readonly articles: readonly IssueArticle[];
  readonly links: readonly JumpLink[];
  /** One `link-jump` repair per link, in link order. */
  readonly repairs: readonly Repair[];
  /** One `rejoin-fragment` repair per sentence joined across a jump; each depends on its link. */
  readonly joins: readonly Repair[];
  /** Links and joins the editor rejected, as they would have been made. */
  readonly declined: readonly Repair[];
}
