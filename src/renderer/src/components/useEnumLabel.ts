import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnumName } from '@shared/i18n';

/** Label of a stored enum code in the user's language; '—' for null. */
export function useEnumLabel(): (name: EnumName, code: string | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (name: EnumName, code: string | null | undefined) => (code ? t(`enums.${name}.${code}`) : t('common.none')),
    [t],
  );
}
