/** Starts the renderer on the sample pages, in whichever host it finds itself. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app';
import { ErrorBoundary } from './components/error-boundary';
import { getHost } from './host';
import { samplePages } from './samples';
import { startAutosave, unsavedWork } from './autosave';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import { keepLanguage, startLanguage, translator } from './i18n';
import { loadWordLists } from '../../shared/text/lexicon-words';
import './styles.css';

const store = createAppStore();
// The user's stored choice, else the system's language; a switch is kept for the next start.
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
store.getState().setLanguage(startLanguage(storage, navigator.language));
document.documentElement.lang = store.getState().language;
// The host's native menu follows the interface language.
getHost().setInterfaceLanguage(store.getState().language);
store.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  keepLanguage(state.language, storage);
  getHost().setInterfaceLanguage(state.language);
  // Lets the browser pick Chinese glyph shapes and fonts for the interface text.
  document.documentElement.lang = state.language;
});
// Read before autosave starts, so the safety copy of a crashed session is not overwritten.
const leftOver = unsavedWork();
startAutosave(store);
// Closing with unsaved changes asks first.
window.addEventListener('beforeunload', (event) => {
  if (store.getState().dirty) event.preventDefault();
});

// An error outside rendering (a failed read, a bug in a handler) becomes a message, not a silent failure.
window.addEventListener('unhandledrejection', (event) => {
  store.getState().reportErrors([{ code: 'malformed', message: translator(store.getState().language)('message.unexpected', { reason: String(event.reason) }) }]);
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);
// Line-end hyphens in French pages are decided with the French word list (a lazy 4.5 MB
// chunk). Until it is in, a page would be rebuilt differently from the CLI's result, and a
// rebuild is cached; so the app waits for it once, showing that it is loading.
root.render(<p className="app-loading" role="status">{translator(store.getState().language)('app.loading')}</p>);
performance.mark('galley:word-lists-start');
void loadWordLists()
  // Without the list French hyphens fall back to the page's own words: still a working app.
  .catch(() => undefined)
  .then(() => {
    // The bench reads this measure (scripts/bench-ui.mjs).
    performance.measure('galley:word-lists', 'galley:word-lists-start');
    void store.getState().openFiles(samplePages());
    showApp();
  });

function showApp(): void {
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <ErrorBoundary>
          <App host={getHost()} leftOver={leftOver} />
        </ErrorBoundary>
      </StoreProvider>
    </StrictMode>,
  );
}
