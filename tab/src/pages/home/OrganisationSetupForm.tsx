import { Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@contract/organisation';
import { setUpOrganisation } from '../../api/organisation';
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
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit() {
    setSaving(true);
    setError(undefined);
    try {
      onSetUp(await setUpOrganisation({ name: name.trim(), brands: brandsFromLines(brands) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

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
      {error !== undefined && <ErrorState error={error} />}
      <div>
        <SubmitButton busy={saving}>{t('home.organisation.setUp.submit')}</SubmitButton>
      </div>
    </form>
  );
}
