import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBarProps {
  /** The input's id; the portal's first paint (server/src/modules/portal/firstPaint.ts) draws the same box with it. */
  id: string;
  /** The searchbox's accessible name (the label is visually hidden). */
  label: string;
  placeholder: string;
  /** The words the box starts from (e.g. the URL's `q`); give the bar a `key` to restart it when they change. */
  initial?: string;
  /** Extra class beside `searchbar`. */
  className?: string;
  /** Called on submit with the trimmed words ('' when the box is empty). */
  onSearch: (words: string) => void;
}

/** A words box with its submit button: the search form of the search, portal and opportunities pages. */
export function SearchBar({ id, label, placeholder, initial = '', className, onSearch }: SearchBarProps) {
  const { t } = useTranslation();
  const [words, setWords] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(words.trim());
  };
  return (
    <form role="search" className={className ? `searchbar ${className}` : 'searchbar'} onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="search"
        enterKeyHint="search"
        value={words}
        placeholder={placeholder}
        onChange={(e) => setWords(e.target.value)}
      />
      <button type="submit" className="btn btn--primary">
        {t('search.submit')}
      </button>
    </form>
  );
}

/** A small box that narrows a list already shown as one types (no submit); its label doubles as its placeholder. */
export function FilterBox({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      <span className="visually-hidden">{label}</span>
      <input className="input input--small" type="search" placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
