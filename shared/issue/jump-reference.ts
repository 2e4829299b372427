/**
 * What a jump line says. One reader serves the page passes (which cut jump lines out of the
 * text: `shared/text/line-forms.ts`) and the issue (which links them): it lives in
 * `shared/text/jump-reference.ts`.
 */
export { hanNumber, readJumpReference, type JumpDirection, type JumpReference } from '../text/jump-reference';
