import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { StudioGroup } from '@contract/groups';
import { ApiProblem } from '../../../api/ApiProblem';
import { groupsQuery } from '../../../api/groups';
import { useApiQuery } from '../../../hooks/useApiQuery';
import type { QueryState } from '../../../hooks/queryState';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { AsyncPage } from '../../../ui/AsyncPage';
import { PageHeading } from '../../../ui/PageHeading';
import { AddPeoplePanel } from './AddPeoplePanel';
import { CsvImportPanel } from './CsvImportPanel';
import { EntraSyncPanel } from './EntraSyncPanel';
import { GroupSettingsPanel } from './GroupSettingsPanel';
import { MembersPanel } from './MembersPanel';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 400px), 1fr))',
    alignItems: 'start',
  },
});

/** Studio: one group, its members, and the ways to add them. */
export function GroupPage() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const groups = useApiQuery(groupsQuery());
  const group = groups.status === 'done' ? groups.value.items.find(({ id }) => id === groupId) : undefined;
  const loaded: QueryState<{ group: StudioGroup; entraSync: boolean }> =
    groups.status !== 'done'
      ? groups
      : group
        ? { ...groups, value: { group, entraSync: groups.value.entraSync } }
        : { status: 'error', error: new ApiProblem('http', 404), retry: groups.retry };

  return (
    <AsyncPage
      errorTitle={t('groups.title')}
      back={{ to: '/studio/groups', label: t('group.back') }}
      state={loaded}
      loadingLabel={t('group.loading')}
    >
      {(value) => <GroupView {...value} />}
    </AsyncPage>
  );
}

/** What changes here is read again through the cache, and the group shown follows. */
function GroupView({ group, entraSync }: { group: StudioGroup; entraSync: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  // Bumped when members are added: the members table then reads them again from its first page.
  const [membersVersion, setMembersVersion] = useState(0);
  const membersChanged = useCallback(() => setMembersVersion((version) => version + 1), []);

  return (
    <>
      <PageHeading
        title={localized(group.name, currentLocale())}
        intro={`${t(`groupKinds.${group.kind}`)} · ${t('group.members', { count: group.memberCount })}`}
      />
      <div className={styles.grid}>
        <MembersPanel key={membersVersion} groupId={group.id} />
        <AddPeoplePanel groupId={group.id} onAdded={membersChanged} />
        <CsvImportPanel groupId={group.id} onImported={membersChanged} />
        {entraSync && <EntraSyncPanel group={group} onSynced={membersChanged} />}
        <GroupSettingsPanel group={group} />
      </div>
    </>
  );
}
