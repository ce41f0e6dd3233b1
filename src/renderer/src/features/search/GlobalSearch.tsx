import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The header search box: for now it opens the partner list filtered by the text. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = (value: string) => {
    const q = value.trim();
    navigate(q ? `/partners?${new URLSearchParams({ q }).toString()}` : '/partners');
  };
  return (
    <div role="search" className="app-search" data-testid="header-search">
      <Input.Search aria-label={t('header.search')} placeholder={t('header.searchPlaceholder')} allowClear onSearch={search} />
    </div>
  );
}
