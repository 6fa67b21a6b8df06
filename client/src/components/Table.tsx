import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen: its column headings, then `children`, the rows
 * the page draws. `caption` names it for screen readers (it is not shown).
 */
export function Table({
  columns,
  caption,
  className,
  testId,
  children,
}: {
  columns: ReactNode[];
  caption?: string;
  /** Classes beside `table`. */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
