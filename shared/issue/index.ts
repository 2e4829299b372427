/** A newspaper issue: several pages in order, with articles that jump pages linked. */
export type { ArticlePart, Issue, IssueArticle, IssuePage, IssuePageInput, JumpLine, JumpLink, PageNumberSource } from './issue';
export { buildIssue } from './build-issue';
export { readJumpReference, type JumpReference } from './jump-reference';
export { pageNumberInMarkup, pageNumberInName } from './page-number';
export { orderPages, type OrderedPage, type PageToOrder } from './order-pages';
export { joinedPartTexts, type PartJoin } from './join-sentences';
export { isLinkRepairId } from './link-jumps';
