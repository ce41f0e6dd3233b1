import { Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchGroup } from '@shared/domain/search';
import type { z } from 'zod';
import type { AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

type Group = z.infer<typeof SearchGroup>;

export const SEARCH_LISTBOX_ID = 'global-search-results';
export const searchOptionId = (index: number): string => `global-search-option-${index}`;

/**
 * The palette's listbox: hits grouped by type, options numbered in display order so the
 * combobox (focus stays in the input) can point at one with aria-activedescendant.
 */
export function SearchResults(props: {
  q: string;
  groups: Group[];
  loading: boolean;
  error: AppError | undefined;
  activeIndex: number;
  onHover: (index: number) => void;
  onOpen: (index: number) => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const { q, groups, loading, error, activeIndex } = props;
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  let index = -1;
  return (
    <div className="search-popup" data-testid="search-palette">
      <Typography.Text type="secondary" className="search-hint">
        {q.length === 0 ? t('search.palette.typeToSearch') : t('search.palette.hint')}
      </Typography.Text>
      {error ? <ErrorAlert error={error} onRetry={props.onRetry} /> : null}
      {q.length > 0 && loading && count === 0 ? <Spin size="small" /> : null}
      {q.length > 0 && !loading && !error && count === 0 ? <Empty description={t('search.palette.empty')} data-testid="search-empty" /> : null}
      <div id={SEARCH_LISTBOX_ID} role="listbox" aria-label={t('search.palette.results')} className="search-results">
        {groups.map((group) => (
          <div key={group.type} role="group" aria-labelledby={`search-group-${group.type}`} data-testid={`search-group-${group.type}`}>
            <div id={`search-group-${group.type}`} className="search-group-title" role="presentation">
              {t(`search.groups.${group.type}`)}
            </div>
            {group.items.map((hit) => {
              index += 1;
              const mine = index;
              return (
                <div
                  key={hit.id}
                  id={searchOptionId(mine)}
                  role="option"
                  aria-selected={mine === activeIndex}
                  className={mine === activeIndex ? 'search-option search-option-active' : 'search-option'}
                  onMouseEnter={() => props.onHover(mine)}
                  // Keeps focus in the input, so the click does not blur and close the palette first.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => props.onOpen(mine)}
                  data-testid="search-option"
                >
                  <span className="search-option-title">{hit.title}</span>
                  {hit.subtitle ? <span className="search-option-subtitle">{hit.subtitle}</span> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
