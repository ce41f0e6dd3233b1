import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AgreementDocumentModel } from '@shared/documents/documentModel';
import { focusElementById } from '../../components/FocusFromUrl';
import { groupMissing } from './documentFieldsModel';

const LIST = { display: 'flex', flexWrap: 'wrap', gap: '0 8px', listStyle: 'none', margin: '0 0 4px', padding: 0 } as const;

/**
 * The merge fields without data, grouped by where they are filled in; each one leads
 * straight to its input: on this page it is focused, elsewhere the page opens on it.
 */
export function MissingFields({ missing, agreementId, model }: { missing: readonly string[]; agreementId: string; model: AgreementDocumentModel }) {
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
          {groupMissing(model, missing, agreementId).map(({ group, items }) => (
            <div key={group} data-testid={`missing-group-${group}`}>
              <span>{t(`documents.missing.group.${group}`)}</span>
              <ul style={LIST}>
                {items.map((item) => (
                  <li key={item.field} data-testid="missing-field">
                    {item.to ? (
                      <Link to={item.to}>{`{${item.field}}`}</Link>
                    ) : (
                      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => focusElementById(item.domId)}>
                        {`{${item.field}}`}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <Space wrap>
            <Link to={`/agreements/${agreementId}/edit`} data-testid="missing-edit-agreement">
              {t('documents.missing.editAgreement')}
            </Link>
            <Link to="/settings?tab=college">{t('documents.missing.editCollege')}</Link>
          </Space>
        </>
      }
    />
  );
}
