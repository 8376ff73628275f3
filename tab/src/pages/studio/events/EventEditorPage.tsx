import { Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ProgrammeEvent } from '@contract/events';
import { localeSchema } from '@contract/locale';
import type { Organisation } from '@contract/organisation';
import { createEvent, getStudioEvent, updateEvent } from '../../../api/events';
import { getOrganisation } from '../../../api/organisation';
import { useAsync } from '../../../hooks/useAsync';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { SubmitButton } from '../../../ui/SubmitButton';
import { toggle } from '../campaigns/campaignForm';
import { eventFormFrom, newEventForm, validateEventForm } from './eventForm';
import type { EventField, EventFormValues, EventProblem } from './eventForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const problemKeys = {
  required: 'events.studio.editor.errors.required',
  date: 'events.studio.editor.errors.date',
  period: 'events.studio.editor.errors.period',
  deadline: 'events.studio.editor.errors.deadline',
  url: 'events.studio.editor.errors.url',
  location: 'events.studio.editor.errors.location',
  capacity: 'events.studio.editor.errors.capacity',
} as const satisfies Record<EventProblem, string>;

interface Loaded {
  organisation: Organisation;
  event?: ProgrammeEvent;
}

/** Studio: creates an event (`/studio/events/new`) or edits one (`…/:eventId/edit`). */
export function EventEditorPage() {
  const { eventId } = useParams();
  const { t } = useTranslation();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Loaded> => {
      const [organisation, event] = await Promise.all([
        getOrganisation(signal),
        eventId ? getStudioEvent(eventId, signal) : undefined,
      ]);
      return { organisation, ...(event ? { event } : {}) };
    },
    [eventId],
  );
  const loaded = useAsync(load);
  return (
    <>
      <PageHeading
        title={eventId ? t('events.studio.editor.editTitle') : t('events.studio.editor.newTitle')}
      />
      {loaded.status === 'loading' && <LoadingState label={t('events.studio.editor.loading')} />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={loaded.retry} />}
      {loaded.status === 'done' && <EventForm {...loaded.value} />}
    </>
  );
}

function EventForm({ organisation, event }: Loaded) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [values, setValues] = useState<EventFormValues>(() =>
    event ? eventFormFrom(event) : newEventForm(new Date()),
  );
  const [problems, setProblems] = useState<Partial<Record<EventField, EventProblem>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const set = <K extends keyof EventFormValues>(name: K, value: EventFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const problem = (field: EventField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };
  const cancelTo = event ? `/studio/events/${encodeURIComponent(event.id)}` : '/studio/events';

  async function save(submitted: FormEvent) {
    submitted.preventDefault();
    const checked = validateEventForm(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = event ? await updateEvent(event.id, checked.input) : await createEvent(checked.input);
      void navigate(`/studio/events/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  const text = (field: 'titleFr' | 'titleEn', lang: 'fr' | 'en') => (
    <Field label={t(`events.studio.editor.${field}`)} required validationMessage={problem(field)}>
      <Input lang={lang} value={values[field]} onChange={(_, data) => set(field, data.value)} />
    </Field>
  );
  const description = (field: 'descriptionFr' | 'descriptionEn', lang: 'fr' | 'en') => (
    <Field label={t(`events.studio.editor.${field}`)} required validationMessage={problem(field)}>
      <Textarea
        lang={lang}
        resize="vertical"
        value={values[field]}
        onChange={(_, data) => set(field, data.value)}
      />
    </Field>
  );
  const dateTime = (field: 'startsAt' | 'endsAt' | 'registrationClosesAt') => (
    <Field label={t(`events.studio.editor.${field}`)} required validationMessage={problem(field)}>
      <Input type="datetime-local" value={values[field]} onChange={(_, data) => set(field, data.value)} />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={(submitted) => void save(submitted)} noValidate>
      <div className={styles.row}>
        {text('titleFr', 'fr')}
        {text('titleEn', 'en')}
      </div>
      {description('descriptionFr', 'fr')}
      {description('descriptionEn', 'en')}
      <FieldGroup legend={t('events.studio.editor.schedule')}>
        <div className={styles.row}>
          {dateTime('startsAt')}
          {dateTime('endsAt')}
          {dateTime('registrationClosesAt')}
        </div>
      </FieldGroup>
      <FieldGroup legend={t('events.studio.editor.location')} hint={t('events.studio.editor.locationHint')}>
        <div className={styles.row}>
          <Field label={t('events.studio.editor.place')} validationMessage={problem('place')}>
            <Input value={values.place} onChange={(_, data) => set('place', data.value)} />
          </Field>
          <Field label={t('events.studio.editor.onlineUrl')} validationMessage={problem('onlineUrl')}>
            <Input type="url" value={values.onlineUrl} onChange={(_, data) => set('onlineUrl', data.value)} />
          </Field>
        </div>
      </FieldGroup>
      <Field label={t('events.studio.editor.capacity')} required validationMessage={problem('capacity')}>
        <Input
          inputMode="numeric"
          value={values.capacity}
          onChange={(_, data) => set('capacity', data.value)}
        />
      </Field>
      <FieldGroup legend={t('events.studio.editor.groups')} hint={t('events.studio.editor.audienceHint')}>
        {organisation.groups.map((group) => (
          <Checkbox
            key={group.id}
            label={`${localized(group.name, locale)} (${t(`groupKinds.${group.kind}`)})`}
            checked={values.groupIds.includes(group.id)}
            onChange={(_, data) => set('groupIds', toggle(values.groupIds, group.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('events.studio.editor.brands')} hint={t('events.studio.editor.audienceHint')}>
        {organisation.brands.map((brand) => (
          <Checkbox
            key={brand.id}
            label={brand.name}
            checked={values.brandIds.includes(brand.id)}
            onChange={(_, data) => set('brandIds', toggle(values.brandIds, brand.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('events.studio.editor.languages')} hint={t('events.studio.editor.audienceHint')}>
        {localeSchema.options.map((language) => (
          <Checkbox
            key={language}
            label={t(`languages.${language}`)}
            checked={values.languages.includes(language)}
            onChange={(_, data) =>
              set('languages', toggle(values.languages, language, data.checked === true))
            }
          />
        ))}
      </FieldGroup>
      {saveError !== undefined && (
        <ErrorState error={saveError} title={t('events.studio.editor.saveFailed')} />
      )}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>
          {event ? t('events.studio.editor.save') : t('events.studio.editor.create')}
        </SubmitButton>
        <RouterLink to={cancelTo}>{t('common.cancel')}</RouterLink>
        {saving && <span role="status">{t('events.studio.editor.saving')}</span>}
      </div>
    </form>
  );
}
