/** The current language's `t`, for components; it changes when the user switches language. */
import { useAppStore } from '../store/store-context';
import { translator, type Translate } from './index';

export function useT(): Translate {
  return translator(useAppStore((s) => s.language));
}
