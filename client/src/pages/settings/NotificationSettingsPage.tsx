// How and in which language KếtNối mails me (GET/PUT /api/me/notification-settings). The mails'
// footer links here (/settings/notifications), so the path is shared with the mail module.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioRows } from '../../components/RadioRows.js';
import { EMAIL_FREQUENCIES, LANGUAGES, type EmailFrequency, type Language, type NotificationSettings } from '@ketnoi/contract';
import { useNotificationSettings, useUpdateNotificationSettings } from '../../api/hooks/account.js';
import { Fieldset } from '../../components/Field.js';
import { RadioCards } from '../../components/RadioCards.js';
import { QueryView } from '../../components/States.js';
import { SaveFooter } from '../../components/SaveFooter.js';

function SettingsForm({ initial }: { initial: NotificationSettings }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState<EmailFrequency>(initial.email);
  const [language, setLanguage] = useState<Language>(initial.language);
  const [savedNow, setSavedNow] = useState(false);
  const update = useUpdateNotificationSettings();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ email, language }, { onSuccess: () => setSavedNow(true) });
  };
  const edit = () => setSavedNow(false);

  return (
    <form onSubmit={onSubmit} noValidate className="form card">
      <Fieldset legend={t('account.settings.email')}>
        <RadioCards
          name="email"
          options={EMAIL_FREQUENCIES}
          value={email}
          onChange={(option) => {
            setEmail(option);
            edit();
          }}
          title={(option) => t(`account.settings.${option}`)}
          hint={(option) => t(`account.settings.${option}Hint`)}
          stacked
        />
      </Fieldset>
      <Fieldset legend={t('account.settings.language')} hint={t('account.settings.languageHint')}>
        <RadioRows
          name="language"
          options={LANGUAGES}
          value={language}
          onChange={(option) => {
            setLanguage(option);
            edit();
          }}
          label={(option) => t(`account.settings.languageName.${option}`)}
          lang={(option) => option}
          inline
        />
      </Fieldset>
      <SaveFooter
        error={update.error}
        saved={savedNow && update.isSuccess}
        pending={update.isPending}
        savedText={t('account.settings.saved')}
      />
    </form>
  );
}

export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  return (
    <div className="page page--narrow">
      <h1>{t('account.settings.title')}</h1>
      <p className="muted">{t('account.settings.lead')}</p>
      <QueryView query={settings}>{(data) => <SettingsForm initial={data} />}</QueryView>
    </div>
  );
}
