import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePolicy, useSavePolicy } from '../../api/hooks/admin.js';
import { APPROVAL_KINDS, SHARING_POLICIES, type ProvincePolicy, type SharingPolicy } from '@ketnoi/contract';
import { CheckboxField, Fieldset } from '../../components/Field.js';
import { QueryView } from '../../components/States.js';
import { RadioRows } from '../../components/RadioRows.js';
import { SaveFooter } from '../../components/SaveFooter.js';
import { ProvinceSettingsPage } from './ProvinceSettingsPage.js';

function PolicyForm({ policy }: { policy: ProvincePolicy }) {
  const { t } = useTranslation();
  const save = useSavePolicy();
  const [approval, setApproval] = useState(() => new Set<string>(policy.staffApprovalKinds));
  const [sharing, setSharing] = useState<SharingPolicy>(policy.sharing);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ province: policy.province, input: { staffApprovalKinds: APPROVAL_KINDS.filter((k) => approval.has(k)), sharing } });
  };

  return (
    <form className="form card" onSubmit={onSubmit}>
      <Fieldset legend={t('policy.approval')} hint={t('policy.approvalHint')}>
        {APPROVAL_KINDS.map((kind) => (
          <CheckboxField
            key={kind}
            label={t('policy.approvalFor', { kind: t(`roles.plural.${kind}`) })}
            checked={approval.has(kind)}
            onChange={(checked) => {
              setApproval((a) => {
                const next = new Set(a);
                if (checked) next.add(kind);
                else next.delete(kind);
                return next;
              });
              save.reset();
            }}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t('policy.sharing')}>
        <RadioRows
          name="sharing"
          options={SHARING_POLICIES}
          value={sharing}
          onChange={(s) => {
            setSharing(s);
            save.reset();
          }}
          label={(s) => (
            <>
              <strong>{t(`policy.sharingOption.${s}`)}</strong> <span className="muted">{t(`policy.sharingHint.${s}`)}</span>
            </>
          )}
        />
      </Fieldset>
      <SaveFooter error={save.error} saved={save.isSuccess} pending={save.isPending} savedText={t('policy.saved')} />
    </form>
  );
}

function ProvincePolicy({ province }: { province: string }) {
  const policy = usePolicy(province);
  return <QueryView query={policy}>{(doc) => <PolicyForm policy={doc} />}</QueryView>;
}

export default function PolicyPage() {
  const { t } = useTranslation();
  return (
    <ProvinceSettingsPage title={t('policy.title')} intro={t('policy.intro')}>
      {(province) => <ProvincePolicy key={province} province={province} />}
    </ProvinceSettingsPage>
  );
}
