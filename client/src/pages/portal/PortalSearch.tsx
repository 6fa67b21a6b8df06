import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withProvince } from './province.js';

/** The landing page's search box: words with or without diacritics, scoped to the chosen province. */
export function PortalSearch({ province }: { province: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [words, setWords] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = words.trim();
    void navigate(withProvince(q ? `/search?q=${encodeURIComponent(q)}` : '/search', province));
  };
  return (
    <form role="search" className="searchbar portal-search" onSubmit={onSubmit}>
      <label htmlFor="portal-q" className="visually-hidden">
        {t('portal.landing.searchLabel')}
      </label>
      <input
        id="portal-q"
        className="input"
        type="search"
        enterKeyHint="search"
        value={words}
        placeholder={t('portal.landing.searchPlaceholder')}
        onChange={(e) => setWords(e.target.value)}
      />
      <button type="submit" className="btn btn--primary">
        {t('search.submit')}
      </button>
    </form>
  );
}
