import type { Need } from '@ketnoi/contract';
import { useLabels } from '../../api/hooks/reference.js';

/** Needs to tick (those an entry answers, those a plan covers): each with its title and category. */
export function NeedChecklist({ needs, selected, onChange }: { needs: Need[]; selected: string[]; onChange: (ids: string[]) => void }) {
  const labels = useLabels();
  return (
    <ul className="checklist">
      {needs.map((need) => (
        <li key={need.id}>
          <label className="radio-row">
            <input
              type="checkbox"
              checked={selected.includes(need.id)}
              onChange={(e) => onChange(e.target.checked ? [...selected, need.id] : selected.filter((id) => id !== need.id))}
            />
            <span>
              {need.title} <span className="muted">· {labels.category(need.category)}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
