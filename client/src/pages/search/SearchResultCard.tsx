import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Labels } from '../../api/hooks/reference.js';
import type { SearchHit } from '@ketnoi/contract';
import { Highlight } from '../../components/Highlight.js';
import { ChipList } from '../../components/Chips.js';
import { useMe } from '../../api/hooks/auth.js';

const TITLE_FIELDS = new Set(['name', 'headline']);

export function SearchResultCard({ item, labels }: { item: SearchHit; labels: Labels }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  // A visitor opens the public page; a signed-in user the page with introductions and contacts.
  const page = me ? '/profiles/' : '/p/';
  const snippets = Object.entries(item.highlight).filter(([field]) => !TITLE_FIELDS.has(field));
  const categories = item.expertise ?? item.offerings ?? item.needs ?? [];
  return (
    <li className="card result">
      <p className="eyebrow">
        {t(`roles.${item.kind}`)} · {labels.province(item.province)}
      </p>
      <h3>
        <Link to={`${page}${encodeURIComponent(item.id)}`}>
          {item.highlight.name ? <Highlight html={item.highlight.name} /> : item.name}
        </Link>
      </h3>
      <p>{item.highlight.headline ? <Highlight html={item.highlight.headline} /> : item.headline}</p>
      {snippets.map(([field, html]) => (
        <p key={field} className="result__snippet">
          <span className="muted">{t(`search.field.${field}`, { defaultValue: field })}: </span>
          <Highlight html={html} />
        </p>
      ))}
      <ChipList items={categories.map(labels.category)} label={t('search.categories')} />
    </li>
  );
}
