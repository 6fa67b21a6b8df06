import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchBar } from '../../components/SearchBar.js';
import { withProvince } from './province.js';

/** The landing page's search box: words with or without diacritics, scoped to the chosen province. */
export function PortalSearch({ province }: { province: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SearchBar
      id="portal-q"
      className="portal-search"
      label={t('portal.landing.searchLabel')}
      placeholder={t('portal.landing.searchPlaceholder')}
      onSearch={(q) => void navigate(withProvince(q ? `/search?q=${encodeURIComponent(q)}` : '/search', province))}
    />
  );
}
