import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Input, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useChannel } from '../../api/useChannel';
import { isSearchShortcut, moveActive, pathOfHit } from './searchNavigation';
import { SEARCH_LISTBOX_ID, SearchResults, searchOptionId } from './SearchResults';
import { useDebouncedValue } from './useDebouncedValue';
import './search.css';

const DEBOUNCE_MS = 200;

/**
 * The header search box and its palette (Ctrl+K / ⌘K focuses it from anywhere): results
 * grouped by type open under the box while typing; ↑↓ choose, Enter opens the chosen hit,
 * Enter with none chosen opens the partner list filtered by the text, Esc closes. Going to
 * another page clears the box, so old text never sits in the header of the new page.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const result = useChannel('search:global', { q, limit: 6 }, { enabled: open && q.length > 0 });
  const groups = open && q.length > 0 ? (result.data?.groups ?? []).filter((g) => g.items.length > 0) : [];
  const hits = groups.flatMap((g) => g.items);
  const activeIndex = active < hits.length ? active : -1;

  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      // Otherwise Chromium focuses its own address bar.
      e.preventDefault();
      setOpen(true);
      input.current?.focus({ cursor: 'all' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  // Another page (a sidebar click, a link, Back): the search is over. A change of query
  // string on the same page (a filter, Enter on the partner list) keeps the text.
  useEffect(() => {
    setText('');
    setOpen(false);
    setActive(-1);
  }, [pathname]);

  const openHit = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    setText('');
    input.current?.blur();
    navigate(pathOfHit(hit));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive(moveActive(activeIndex, e.key, hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeIndex >= 0) {
        openHit(activeIndex);
        return;
      }
      const typed = text.trim();
      close();
      navigate(typed ? `/partners?${new URLSearchParams({ q: typed }).toString()}` : '/partners');
    } else if (e.key === 'Escape') {
      // A search input clears itself on Esc (an input event that would reopen the palette).
      e.preventDefault();
      close();
    }
  };

  return (
    <div role="search" className="app-search" data-testid="header-search">
      <Input
        ref={input}
        // A searchbox owning a listbox through aria-activedescendant (focus stays here).
        type="search"
        aria-label={t('search.box.label')}
        aria-keyshortcuts="Control+K Meta+K"
        aria-controls={open ? SEARCH_LISTBOX_ID : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? searchOptionId(activeIndex) : undefined}
        placeholder={t('search.box.placeholder')}
        prefix={<SearchOutlined aria-hidden />}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
        data-testid="header-search-input"
      />
      {open ? (
        <SearchResults
          q={q}
          groups={groups}
          loading={result.loading}
          error={result.error}
          activeIndex={activeIndex}
          onHover={setActive}
          onOpen={openHit}
          onRetry={result.reload}
        />
      ) : null}
    </div>
  );
}
