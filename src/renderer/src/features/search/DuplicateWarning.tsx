import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DuplicateMatch } from '@shared/domain/search';
import { useChannel } from '../../api/useChannel';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 350;

/**
 * Warns while a partner is typed in that one with the same USCC or the same normalised name
 * exists, with a link to it. A warning only: same-name partners with different codes are
 * real (branches), so saving stays allowed; the USCC itself is enforced by the core.
 */
export function DuplicateWarning({ fullName, uscc, excludeId }: { fullName: string; uscc: string; excludeId?: string }) {
  const { t } = useTranslation();
  const input = useDebouncedValue({ fullName: fullName.trim(), uscc: uscc.trim() || null, excludeId: excludeId ?? null }, DEBOUNCE_MS);
  const enabled = input.fullName.length > 0 || (input.uscc ?? '').length > 0;
  const check = useChannel('partners:checkDuplicate', input, { enabled });
  const matches = enabled ? (check.data ?? []) : [];
  if (matches.length === 0) return null;
  return (
    <div data-testid="duplicate-warning" aria-live="polite">
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: 8 }}
        title={t('search.duplicate.title')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {matches.map((m) => (
              <DuplicateLine key={m.id} match={m} />
            ))}
            {matches.every((m) => m.reason === 'name') ? <li>{t('search.duplicate.allowed')}</li> : null}
          </ul>
        }
      />
    </div>
  );
}

function DuplicateLine({ match }: { match: DuplicateMatch }) {
  const { t } = useTranslation();
  const text = t(match.reason === 'uscc' ? 'search.duplicate.byUscc' : 'search.duplicate.byName', { name: match.fullName });
  return (
    <li data-testid={`duplicate-${match.reason}`}>
      {text}{' '}
      {match.inTrash ? (
        <Link to="/trash?entityType=partner" style={{ textDecoration: 'underline' }}>
          {t('search.duplicate.inTrash')}
        </Link>
      ) : (
        // Underlined: inside a sentence a link must not rely on colour alone (WCAG 1.4.1).
        <Link to={`/partners/${match.id}`} data-testid="duplicate-open" style={{ textDecoration: 'underline' }}>
          {t('search.duplicate.open')}
        </Link>
      )}
    </li>
  );
}
