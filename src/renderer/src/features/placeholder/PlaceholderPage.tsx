import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NavSection } from '../../app/navigation';
import { PageHeading } from '../../components/PageHeading';

/** Dashboard, Programmes and Reports until their versions ship. */
export function PlaceholderPage({ section }: { section: NavSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t(`nav.${section}`)} />
      <div data-testid={`placeholder-${section}`}>
        <Result status="info" title={t('common.comingSoonText')} />
      </div>
    </>
  );
}
