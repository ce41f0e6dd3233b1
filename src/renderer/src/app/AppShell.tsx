import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { QuickCaptureLauncher } from '../features/capture/QuickCaptureLauncher';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { HelpButton } from '../features/help/HelpButtons';
import { HelpProvider } from '../features/help/HelpProvider';
import { AppRoutes } from './AppRoutes';
import { FocusFromUrl } from '../components/FocusFromUrl';
import { ErrorBoundary } from './ErrorBoundary';
import { NAV_ITEMS, sectionOfPath } from './navigation';

const { Sider, Header, Content } = Layout;

/** Sidebar, header (global search, follow-ups, quick capture, help), the routed page, and help (F1). */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const section = sectionOfPath(location.pathname);

  const items = NAV_ITEMS.map((item) => ({
    key: item.section,
    icon: item.icon,
    label: (
      <Link to={item.path} data-testid={`nav-${item.section}`}>
        {t(`nav.${item.section}`)}
      </Link>
    ),
  }));

  return (
    <HelpProvider>
      <Layout className="app-layout">
        <button type="button" className="skip-link" onClick={() => document.getElementById('main-content')?.focus()}>
          {t('app.skipToContent')}
        </button>
        <Sider width={208} breakpoint="lg" collapsedWidth={64} theme="light" className="app-sider">
          <div className="app-brand">{t('app.name')}</div>
          <nav aria-label={t('app.sidebar')}>
            <Menu mode="inline" selectedKeys={section ? [section] : []} items={items} />
          </nav>
        </Sider>
        <Layout>
          <Header className="app-header">
            <GlobalSearch />
            {/* One flex group with gaps: the search shrinks, these never touch or overlap it. */}
            <div className="app-header-actions">
              <QuickCaptureLauncher />
              <HelpButton />
            </div>
          </Header>
          <Content id="main-content" tabIndex={-1} className="app-content">
            <ErrorBoundary key={location.pathname}>
              <AppRoutes />
              <FocusFromUrl />
            </ErrorBoundary>
          </Content>
        </Layout>
      </Layout>
    </HelpProvider>
  );
}
