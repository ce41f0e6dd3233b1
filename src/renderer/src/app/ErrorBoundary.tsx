import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { i18n } from '../i18n';

interface Props {
  children: ReactNode;
  /** The outermost boundary owns the page, so it reports data-app-state="error". */
  fullPage?: boolean;
}

interface State {
  failed: boolean;
}

/**
 * Catches render errors so one broken screen shows a translated message instead of a
 * blank window. The error itself goes to the console (for the log), never on screen.
 * Class component: React has no hook for this.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const body = (
      <Result
        status="error"
        title={i18n.t('app.crashed')}
        subTitle={i18n.t('app.crashedHint')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {i18n.t('app.reload')}
          </Button>
        }
      />
    );
    return this.props.fullPage ? (
      <main data-app-state="error" className="app-centered">
        {body}
      </main>
    ) : (
      body
    );
  }
}
