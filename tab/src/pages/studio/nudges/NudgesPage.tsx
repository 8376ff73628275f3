import { TableCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nudge, NudgeList } from '@contract/nudges';
import { read } from '../../../api/apiQuery';
import { cancelNudge, nudgesQuery } from '../../../api/nudges';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { ConfirmAction } from '../ConfirmAction';
import { StudioListPage } from '../StudioListPage';
import { StudioTable } from '../StudioTable';
import { NudgeProgress } from './NudgeProgress';
import { NudgeStatusBadge } from './NudgeStatusBadge';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  nudge: {
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  status: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
});

/** Studio: every nudge, newest first, a page at a time, with its delivery refreshing while it goes out. */
export function NudgesPage() {
  const { t } = useTranslation();
  const first = useApiQuery(nudgesQuery({ limit: PAGE_SIZE }));

  return (
    <StudioListPage
      title={t('nudges.title')}
      intro={t('nudges.intro')}
      newTo="/studio/nudges/new"
      newLabel={t('nudges.new')}
      state={first}
      loadingLabel={t('nudges.loading')}
    >
      {(value) => <NudgePages first={value} />}
    </StudioListPage>
  );
}

function NudgePages({ first }: { first: NudgeList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    read(nudgesQuery({ limit: PAGE_SIZE, continuationToken })),
  );
  const { setItems } = paged;
  const replace = useCallback(
    (nudge: Nudge) => setItems((items) => items.map((item) => (item.id === nudge.id ? nudge : item))),
    [setItems],
  );

  return (
    <StudioTable
      label={t('nudges.tableLabel')}
      columns={[
        t('nudges.columns.nudge'),
        t('nudges.columns.status'),
        t('nudges.columns.sendAt'),
        t('nudges.columns.progress'),
      ]}
      items={paged.items}
      emptyMessage={t('nudges.empty')}
      paging={{
        list: paged,
        shownText: t('nudges.shown', { count: paged.items.length }),
        loadMoreLabel: t('nudges.loadMore'),
        loadingLabel: t('nudges.loadingMore'),
      }}
    >
      {(nudge) => (
        <TableRow key={nudge.id}>
          <TableCell>
            <div className={styles.nudge}>
              <Text weight="semibold">{localized(nudge.title, locale)}</Text>
              <Text size={200}>{t(`nudges.kind.${nudge.kind}`)}</Text>
            </div>
          </TableCell>
          <TableCell>
            <div className={styles.status}>
              <NudgeStatusBadge status={nudge.status} />
              {nudge.status === 'scheduled' && (
                <ConfirmAction
                  label={t('nudges.cancel.label')}
                  confirmLabel={t('nudges.cancel.confirm')}
                  title={t('nudges.cancel.title')}
                  text={t('nudges.cancel.text')}
                  icon={<DismissCircleRegular />}
                  action={async () => replace(await cancelNudge(nudge.id))}
                />
              )}
            </div>
          </TableCell>
          <TableCell>{formatDateTime(nudge.sendAt, locale, me.timeZone)}</TableCell>
          <TableCell>
            <NudgeProgress nudge={nudge} onChange={replace} />
          </TableCell>
        </TableRow>
      )}
    </StudioTable>
  );
}
