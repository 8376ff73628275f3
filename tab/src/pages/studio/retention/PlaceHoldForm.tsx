import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalHold, LegalHoldScope } from '@contract/compliance';
import { campaignsQuery } from '../../../api/campaigns';
import { placeLegalHold } from '../../../api/compliance';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { SubmitButton } from '../../../ui/SubmitButton';
import { PeopleSearch } from '../PeopleSearch';

const REASON_MAX = 500;

type Kind = LegalHoldScope['kind'];

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '640px',
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))',
  },
  chosen: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Places a legal hold on a person, a campaign or a period, with the reason the audit log keeps. */
export function PlaceHoldForm({ onPlaced }: { onPlaced: (hold: LegalHold) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const [kind, setKind] = useState<Kind>('person');
  const [person, setPerson] = useState<{ id: string; name: string }>();
  const [campaignId, setCampaignId] = useState('');
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const campaigns = useApiQuery(campaignsQuery());
  const locale = currentLocale();

  const campaignName = (id: string) => {
    const campaign = campaigns.status === 'done' ? campaigns.value.items.find((c) => c.id === id) : undefined;
    return campaign ? localized(campaign.name, locale) : undefined;
  };
  const scope: LegalHoldScope | undefined =
    kind === 'person'
      ? person && { kind, personId: person.id }
      : kind === 'campaign'
        ? campaignId
          ? { kind, campaignId }
          : undefined
        : period.from && period.to && period.from <= period.to
          ? { kind, from: period.from, to: period.to }
          : undefined;
  const reasonMissing = reason.trim() === '';

  async function place(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!scope || reasonMissing) return;
    setSaving(true);
    setError(undefined);
    try {
      const subjectName =
        kind === 'person' ? person?.name : kind === 'campaign' ? campaignName(campaignId) : undefined;
      onPlaced(
        await placeLegalHold({ scope, reason: reason.trim(), ...(subjectName ? { subjectName } : {}) }),
      );
      setPerson(undefined);
      setCampaignId('');
      setPeriod({ from: '', to: '' });
      setReason('');
      setTouched(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void place(event)}
    >
      <h3 id={headingId} className={styles.heading}>
        {t('retention.holds.place')}
      </h3>
      <Field label={t('retention.holds.kind')}>
        <Select value={kind} onChange={(_, data) => setKind(data.value as Kind)}>
          {(['person', 'campaign', 'period'] as const).map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`retention.holds.kinds.${candidate}`)}
            </option>
          ))}
        </Select>
      </Field>
      {kind === 'person' && (
        <PersonPicker chosen={person} onChoose={setPerson} missing={touched && !person} />
      )}
      {kind === 'campaign' && (
        <Field
          label={t('retention.holds.campaign')}
          validationMessage={touched && !campaignId ? t('retention.holds.campaignMissing') : undefined}
        >
          {campaigns.status === 'loading' ? (
            <Spinner size="tiny" label={t('retention.holds.loadingCampaigns')} />
          ) : campaigns.status === 'error' ? (
            <ErrorState error={campaigns.error} onRetry={campaigns.retry} />
          ) : (
            <Select value={campaignId} onChange={(_, data) => setCampaignId(data.value)}>
              <option value="">{t('retention.holds.chooseCampaign')}</option>
              {campaigns.value.items.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {localized(campaign.name, locale)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {kind === 'period' && (
        <FieldGroup
          legend={t('retention.holds.period')}
          error={touched && !scope ? t('retention.holds.periodMissing') : undefined}
        >
          <div className={styles.row}>
            <Field label={t('supervision.filters.from')}>
              <Input
                type="date"
                value={period.from}
                onChange={(_, data) => setPeriod({ ...period, from: data.value })}
              />
            </Field>
            <Field label={t('supervision.filters.to')}>
              <Input
                type="date"
                value={period.to}
                onChange={(_, data) => setPeriod({ ...period, to: data.value })}
              />
            </Field>
          </div>
        </FieldGroup>
      )}
      <Field
        label={t('retention.holds.reason')}
        hint={t('retention.holds.reasonHint')}
        required
        validationMessage={touched && reasonMissing ? t('retention.holds.reasonMissing') : undefined}
      >
        <Textarea value={reason} maxLength={REASON_MAX} onChange={(_, data) => setReason(data.value)} />
      </Field>
      <div className={styles.actions}>
        <SubmitButton busy={saving}>{t('retention.holds.placeButton')}</SubmitButton>
      </div>
      {error !== undefined && <ErrorState error={error} />}
    </form>
  );
}

function PersonPicker({
  chosen,
  onChoose,
  missing,
}: {
  chosen: { id: string; name: string } | undefined;
  onChoose: (person: { id: string; name: string } | undefined) => void;
  missing: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (chosen) {
    return (
      <div className={styles.chosen}>
        <Text>{t('retention.holds.chosenPerson', { name: chosen.name })}</Text>
        <Button size="small" onClick={() => onChoose(undefined)}>
          {t('retention.holds.changePerson')}
        </Button>
      </div>
    );
  }
  return (
    <PeopleSearch
      label={t('retention.holds.person')}
      hint={t('retention.holds.personHint')}
      validationMessage={missing ? t('retention.holds.personMissing') : undefined}
      action={(person) => (
        <Button
          size="small"
          aria-label={t('retention.holds.choosePerson', { name: person.displayName })}
          onClick={() => onChoose({ id: person.id, name: person.displayName })}
        >
          {t('retention.holds.choose')}
        </Button>
      )}
    />
  );
}
