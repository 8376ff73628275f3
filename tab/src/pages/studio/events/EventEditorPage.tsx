import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext';
import { useParams } from 'react-router';
import type { ProgrammeEvent } from '@contract/events';
import type { Organisation } from '@contract/organisation';
import { createEvent, studioEventQuery, updateEvent } from '../../../api/events';
import { organisationQuery } from '../../../api/organisation';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { DateTimeField } from '../../../ui/DateTimeField';
import { FieldGroup } from '../../../ui/FieldGroup';
import { AudienceFields } from '../AudienceFields';
import { EditorFooter } from '../EditorFooter';
import { useEditorStyles } from '../editorStyles';
import { useEditorForm } from '../useEditorForm';
import { eventFormFrom, newEventForm, validateEventForm } from './eventForm';
import type { EventField, EventFormValues, EventProblem } from './eventForm';

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
  event?: ProgrammeEvent | undefined;
}

/** Studio: creates an event (`/studio/events/new`) or edits one (`…/:eventId/edit`). */
export function EventEditorPage() {
  const { eventId } = useParams();
  const { t } = useTranslation();
  // Fresh: the form starts from the event as it is now, and saving sends that version back.
  const loaded = useApiQueries(
    { organisation: organisationQuery(), event: eventId ? studioEventQuery(eventId) : undefined },
    { fresh: true },
  );
  return (
    <AsyncPage
      title={eventId ? t('events.studio.editor.editTitle') : t('events.studio.editor.newTitle')}
      state={loaded}
      loadingLabel={t('events.studio.editor.loading')}
    >
      {(value) => <EventForm {...value} />}
    </AsyncPage>
  );
}

function EventForm({ organisation, event }: Loaded) {
  const styles = useEditorStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const { values, setValues, set, saving, saveError, persist } = useEditorForm<EventFormValues>(() =>
    event ? eventFormFrom(event, me.timeZone) : newEventForm(new Date(), me.timeZone),
  );
  const [problems, setProblems] = useState<Partial<Record<EventField, EventProblem>>>({});
  const problem = (field: EventField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };
  const cancelTo = event ? `/studio/events/${encodeURIComponent(event.id)}` : '/studio/events';

  async function save(submitted: FormEvent) {
    submitted.preventDefault();
    const checked = validateEventForm(values, me.timeZone);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    await persist(async () => {
      const saved = event ? await updateEvent(event.id, checked.input) : await createEvent(checked.input);
      return `/studio/events/${encodeURIComponent(saved.id)}`;
    });
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
    <DateTimeField
      label={t(`events.studio.editor.${field}`)}
      required
      value={values[field]}
      onChange={(value) => set(field, value)}
      validationMessage={problem(field)}
    />
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
      <AudienceFields
        organisation={organisation}
        audience={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
      <EditorFooter
        submit={event ? t('events.studio.editor.save') : t('events.studio.editor.create')}
        cancelTo={cancelTo}
        saving={saving}
        saveError={saveError}
        saveFailed={t('events.studio.editor.saveFailed')}
      />
    </form>
  );
}
