import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { callsApi } from '../../api/calls.js';
import { isApiError } from '../../api/http.js';
import { useMe } from '../../api/hooks/auth.js';
import { useCall, useCallEvent } from '../../api/hooks/calls.js';
import { ErrorState, Forbidden, Loading } from '../../components/States.js';
import { Tabs } from '../../components/Tabs.js';
import { CsvDownload } from '../staff/CsvDownload.js';
import { AssistedEntry } from './AssistedEntry.js';
import { CallEditor } from './CallEditor.js';
import { EntriesTable, ProgressBoard } from './ProgressBoard.js';
import { PublishButton } from './ResultsPage.js';
import { CallWindow, useCallLanguage } from './shared.js';
import './calls.css';

const TABS = ['rubric', 'entries', 'progress', 'results'] as const;
type Tab = (typeof TABS)[number];

/** The organiser's console for an event's call: the call editor, entries, the jury's progress, results. */
export default function CallConsolePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useCallLanguage();
  const { data: me } = useMe();
  const event = useCallEvent(id);
  const call = useCall(id);
  const missing = isApiError(call.error) && call.error.status === 404;
  const [tab, setTab] = useState<Tab>('rubric');

  if (event.isPending || (call.isPending && !missing)) return <Loading />;
  if (event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (call.isError && !missing) return <ErrorState error={call.error} onRetry={() => void call.refetch()} />;
  const current = call.data ?? null;
  if (current && !current.viewer?.organiser) return <Forbidden />;
  const tabs: Tab[] = current ? [...TABS] : ['rubric'];

  return (
    <div className="page page--wide call-console">
      <p className="eyebrow">
        <Link to={`/events/${id}/call`}>{t('calls.console.publicPage')}</Link>
      </p>
      <h1>{t('calls.console.title', { title: event.data.title })}</h1>
      {current && <CallWindow call={current} />}
      <Tabs
        twoRowsOnPhone
        label={t('calls.console.sections')}
        values={tabs}
        selected={tab}
        onSelect={setTab}
        labelOf={(x) => t(`calls.console.tab.${x}`)}
      />
      {tab === 'rubric' && (!current || current.viewer?.manager) && (
        <CallEditor eventId={id} call={current} defaultClose={event.data.startsAt} />
      )}
      {tab === 'rubric' && current && !current.viewer?.manager && <p className="notice">{t('calls.console.coOrganiser')}</p>}
      {tab === 'entries' && current && (
        <>
          <EntriesTable eventId={id} />
          <AssistedEntry call={current} province={me?.user.province ?? event.data.province} />
        </>
      )}
      {tab === 'progress' && current && <ProgressBoard eventId={id} open={!current.resultsPublishedAt} />}
      {tab === 'results' && current && (
        <section className="card">
          <p>{current.resultsPublishedAt ? t('calls.console.resultsOut') : t('calls.console.resultsPreview')}</p>
          <div className="form__actions">
            <Link className="btn btn--secondary" to={`/events/${id}/results`}>
              {t('calls.console.seeResults')}
            </Link>
            <CsvDownload href={callsApi.scoresCsvUrl(id, lang)} label={t('calls.console.csv')} filename={`cham-diem-scores-${id}.csv`} />
          </div>
          {!current.resultsPublishedAt && current.viewer?.manager && <PublishButton call={current} />}
        </section>
      )}
    </div>
  );
}
