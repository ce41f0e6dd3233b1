import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The merge fields without data, with the places to fill them in; shown before any export. */
export function MissingFields({ missing, agreementId }: { missing: readonly string[]; agreementId: string }) {
  const { t } = useTranslation();
  if (missing.length === 0) {
    return <Alert type="success" showIcon data-testid="missing-fields-none" title={t('documents.missing.none')} />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="missing-fields"
      title={t('documents.missing.title')}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {missing.map((name) => (
              <li key={name} data-testid="missing-field">
                {`{${name}}`}
              </li>
            ))}
          </ul>
          <Space wrap>
            <Link to={`/agreements/${agreementId}/edit`} data-testid="missing-edit-agreement">
              {t('documents.missing.editAgreement')}
            </Link>
            <Link to="/settings">{t('documents.missing.editCollege')}</Link>
          </Space>
        </>
      }
    />
  );
}
