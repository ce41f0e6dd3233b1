import { useCallback, useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import type { Settings, SettingsPatch } from '@shared/domain/settings';
import { call, toAppError, type AppError } from '../api/client';
import { errorMessage } from '../components/errorText';
import { OnboardingPage } from '../features/onboarding/OnboardingPage';
import { applyLanguage, i18n, translator } from '../i18n';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { FONT_STACK } from './fontStack';
import { SettingsContext, type SettingsApi } from './SettingsContext';


// antd's defaults miss WCAG AA contrast on white (#1677ff 4.1:1, #ff4d4f 3.3:1, #faad14
// 1.9:1, secondary text 0.45 alpha 3.4:1); these darker values reach 4.5:1 or more.
const THEME = {
  token: {
    fontFamily: FONT_STACK,
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // Hover states must keep 4.5:1 too (antd's derived #2e7ae6 is 3.8:1 on the grey page).
    colorPrimaryHover: '#003eb3',
    colorLinkHover: '#003eb3',
    colorError: '#cf1322',
    colorWarning: '#ad6800',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // Placeholders carry hints such as 全部 / 如：广东省; antd's 0.25 alpha is 1.9:1.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

type Boot = { phase: 'loading' } | { phase: 'error'; error: AppError } | { phase: 'ready'; settings: Settings };

export type AppState = 'loading' | 'onboarding' | 'loaded' | 'error';

/** Which top-level screen the settings call for (first start runs onboarding). */
export function appStateOf(boot: Boot): AppState {
  if (boot.phase !== 'ready') return boot.phase;
  return boot.settings.language === null || !boot.settings.onboarded ? 'onboarding' : 'loaded';
}

export function App() {
  return (
    <ErrorBoundary fullPage>
      <I18nextProvider i18n={i18n}>
        <AppBoot />
      </I18nextProvider>
    </ErrorBoundary>
  );
}

/**
 * The shell under a data router (hash URLs, as before): forms need one to ask before a
 * navigation leaves unsaved changes (useBlocker). Created once; AppShell keeps its <Routes>.
 */
function RoutedShell() {
  const [router] = useState(() => createHashRouter([{ path: '*', element: <AppShell /> }]));
  return <RouterProvider router={router} />;
}

function AppBoot() {
  const { t, i18n: instance } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const settings = await call('settings:get', {});
        if (settings.language) await applyLanguage(settings.language);
        if (live) setBoot({ phase: 'ready', settings });
      } catch (error) {
        if (live) setBoot({ phase: 'error', error: toAppError(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [attempt]);

  const update = useCallback(async (patch: SettingsPatch): Promise<Settings> => {
    const next = await call('settings:update', patch);
    if (patch.language && next.language) await applyLanguage(next.language);
    setBoot({ phase: 'ready', settings: next });
    return next;
  }, []);

  const state = appStateOf(boot);
  const settingsApi = useMemo<SettingsApi | null>(
    () => (boot.phase === 'ready' ? { settings: boot.settings, update } : null),
    [boot, update],
  );

  let screen;
  if (boot.phase === 'loading') {
    screen = (
      <main className="app-centered">
        <Spin size="large" description={t('app.loading')} />
      </main>
    );
  } else if (boot.phase === 'error') {
    screen = (
      <main className="app-centered">
        <Result
          status="error"
          title={<h1>{t('app.loadFailed')}</h1>}
          subTitle={<span role="alert">{errorMessage(translator, boot.error)}</span>}
          extra={
            <Button
              type="primary"
              onClick={() => {
                setBoot({ phase: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('app.retry')}
            </Button>
          }
        />
      </main>
    );
  } else if (state === 'onboarding') {
    screen = <OnboardingPage />;
  } else {
    screen = (
      <RoutedShell />
    );
  }

  return (
    // antd puts a space between the two characters of a Chinese button ("删 除") in some places
    // and not in others; buttons read as written everywhere.
    <ConfigProvider locale={instance.language === 'en-US' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SettingsContext.Provider value={settingsApi}>
          <div className="app-root" data-app-state={state}>
            {screen}
          </div>
        </SettingsContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}
