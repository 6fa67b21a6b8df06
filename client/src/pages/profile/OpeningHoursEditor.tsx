import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type OpeningPeriod } from '@ketnoi/contract';
import { ChipSelect } from '../../components/Chips.js';
import { Fieldset, TextField } from '../../components/Field.js';
import type { DraftErrors } from './profileDraft.js';

/** A new period starts as office hours, the common case (giờ hành chính). */
const OFFICE_HOURS: OpeningPeriod = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '17:00' };
/** A period's two times, each a time field of its own. */
const TIMES = ['opens', 'closes'] as const;

/**
 * When a provider's resource can be booked: periods of days and times, Vietnam time. Errors are
 * keyed like the server's (`<field>.<n>.days|opens|closes`), so either side marks the same box.
 */
export function OpeningHoursEditor({
  field,
  value,
  onChange,
  errors,
}: {
  field: string;
  value: OpeningPeriod[];
  onChange: (value: OpeningPeriod[]) => void;
  errors: DraftErrors;
}) {
  const { t } = useTranslation();
  const patch = (index: number, change: Partial<OpeningPeriod>) => onChange(value.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Fieldset legend={t('openingHours.legend')} hint={t('openingHours.hint')} className="opening-hours">
      {value.map((period, index) => (
        <div key={index} className="opening-hours__period">
          <ChipSelect
            legend={t('openingHours.period', { n: index + 1 })}
            options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
            value={period.days}
            onChange={(days) => patch(index, { days })}
            error={errors[`${field}.${index}.days`]}
          />
          <div className="grid-2">
            {TIMES.map((time) => (
              <TextField
                key={time}
                label={t(`openingHours.${time}`)}
                type="time"
                value={period[time]}
                onChange={(e) => patch(index, { [time]: e.target.value })}
                error={errors[`${field}.${index}.${time}`]}
              />
            ))}
          </div>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => onChange([...value, { ...OFFICE_HOURS }])}>
        {t('openingHours.add')}
      </button>
    </Fieldset>
  );
}
