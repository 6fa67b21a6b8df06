/** A row of tabs choosing one of `values`; the chosen tab's panel is drawn by the page. */
export function Tabs<V extends string>({
  label,
  values,
  selected,
  onSelect,
  labelOf,
  ids,
  twoRowsOnPhone,
}: {
  /** The tab list's accessible name. */
  label: string;
  values: readonly V[];
  selected: V;
  onSelect: (value: V) => void;
  labelOf: (value: V) => string;
  /** The tab's id and its panel's id, for a page whose panel is labelled by its tab. */
  ids?: (value: V) => { tab: string; panel: string };
  /** Four tabs do not fit one row of a phone (the last fell off the edge): two rows of two there. */
  twoRowsOnPhone?: boolean;
}) {
  return (
    <div className={twoRowsOnPhone ? 'tabs tabs--two-rows' : 'tabs'} role="tablist" aria-label={label}>
      {values.map((value) => (
        <button
          key={value}
          type="button"
          role="tab"
          id={ids?.(value).tab}
          aria-selected={value === selected}
          aria-controls={ids?.(value).panel}
          className="tab"
          onClick={() => onSelect(value)}
        >
          {labelOf(value)}
        </button>
      ))}
    </div>
  );
}
