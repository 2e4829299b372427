/**
 * Types for the `hyphen` package (it ships none, and `@types/hyphen` would be a second
 * dependency for three lines). Only what hyphenation.ts uses is declared.
 */
declare module 'hyphen' {
  /** A language's Liang patterns as the package stores them: opaque data for the hyphenator. */
  export type HyphenPatterns = readonly unknown[];
  export interface HyphenatorOptions {
    readonly hyphenChar?: string;
    readonly minWordLength?: number;
    readonly html?: boolean;
  }
  /** Returns the text with `hyphenChar` at every break point the patterns allow. */
  export type Hyphenator = (text: string) => string;
  export default function createHyphenator(patterns: HyphenPatterns, options?: HyphenatorOptions): Hyphenator;
}

declare module 'hyphen/patterns/*.js' {
  import type { HyphenPatterns } from 'hyphen';
  const patterns: HyphenPatterns;
  export default patterns;
}
