import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createGroup } from '../../../api/groups';
import { useSubmission } from '../../../hooks/useSubmission';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { GroupFields } from './GroupFields';
import { toSaveGroup } from './groupForm';
import type { GroupFormValues } from './groupForm';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Creates a group, then opens it to add its members. */
export function CreateGroupForm() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<GroupFormValues>({ nameFr: '', nameEn: '', kind: 'pilot' });
  const submission = useSubmission();
  const submit = () =>
    submission.run(async () => {
      const group = await createGroup(toSaveGroup(values));
      await navigate(`/studio/groups/${encodeURIComponent(group.id)}`);
    });

  return (
    <Panel title={t('groups.create.title')}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <GroupFields values={values} onChange={setValues} />
        {submission.error !== undefined && <ErrorState error={submission.error} />}
        <div>
          <SubmitButton busy={submission.busy}>{t('groups.create.submit')}</SubmitButton>
        </div>
      </form>
    </Panel>
  );
}
