import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { BackupSection } from './BackupSection';
import { ExportAllSection } from './ExportAllSection';
import { ClearSampleSection } from './ClearSampleSection';

/** /data: backups and restore, the full export, and the way to the import wizard. */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('dataTransfer.title')} testId="data-title" />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <BackupSection />
        <ExportAllSection />
        <ClearSampleSection />
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dataTransfer.importCard.heading')}</h2>} data-testid="data-import-card">
          <Typography.Paragraph>{t('dataTransfer.importCard.intro')}</Typography.Paragraph>
          <Link to="/data/import" data-testid="data-import-link">
            {t('dataTransfer.importCard.link')}
          </Link>
        </Card>
      </Space>
    </>
  );
}
