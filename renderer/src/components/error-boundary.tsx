/** A render error shows a message instead of a white screen; the open pages stay in the store. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Galley: render failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <Crash error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

/** A function component, so the message can use the current language (a class cannot use hooks). */
function Crash({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="crash">
      <h1>{t('crash.heading')}</h1>
      <p>{error.message}</p>
      <button type="button" onClick={onRetry}>{t('crash.retry')}</button>
    </div>
  );
}
