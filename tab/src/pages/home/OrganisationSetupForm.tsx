import { Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@contract/organisation';
import { setUpOrganisation } from '../../api/organisation';
import { useSubmission } from '../../hooks/useSubmission';
import { ErrorState } from '../../ui/ErrorState';
import { SubmitButton } from '../../ui/SubmitButton';
import { brandsFromLines } from './brandLines';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  intro: { margin: 0 },
});

/** In a tenant with no programme yet, its first administrator names the organisation and its brands. */
export function OrganisationSetupForm({ onSetUp }: { onSetUp: (organisation: Organisation) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [brands, setBrands] = useState('');
  const submission = useSubmission();
  const submit = () =>
    submission.run(async () =>
      onSetUp(await setUpOrganisation({ name: name.trim(), brands: brandsFromLines(brands) })),
    );

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Text as="p" className={styles.intro}>
        {t('home.organisation.setUp.intro')}
      </Text>
      <Field label={t('home.organisation.setUp.name')} required>
        <Input value={name} onChange={(_, data) => setName(data.value)} autoComplete="organization" />
      </Field>
      <Field label={t('home.organisation.setUp.brands')} hint={t('home.organisation.setUp.brandsHint')}>
        <Textarea value={brands} onChange={(_, data) => setBrands(data.value)} resize="vertical" rows={3} />
      </Field>
      {submission.error !== undefined && <ErrorState error={submission.error} />}
      <div>
        <SubmitButton busy={submission.busy}>{t('home.organisation.setUp.submit')}</SubmitButton>
      </div>
    </form>
  );
}
