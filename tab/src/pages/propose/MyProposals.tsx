import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '@contract/proposals';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { networkNames } from '@contract/network';
import { useSession } from '../../session/sessionContext';
import { EmptyState } from '../../ui/EmptyState';
import { ContentHistory } from '../studio/ContentHistory';
import { ContentStatusBadge } from '../studio/StatusBadges';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** What the person proposed, where it stands, and what reviewers said: decisions and comments. */
export function MyProposals({ proposals }: { proposals: readonly Proposal[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  if (proposals.length === 0) return <EmptyState message={t('propose.mineEmpty')} />;
  return (
    <ul className={styles.list}>
      {proposals.map((proposal) => (
        <li key={proposal.id} className={styles.item}>
          <h3 className={styles.title}>{localized(proposal.title, locale)}</h3>
          <div>
            <ContentStatusBadge status={proposal.status} />
          </div>
          <p className={styles.meta}>
            {t('propose.meta', {
              network: networkNames[proposal.network],
              campaign: localized(proposal.campaign.name, locale),
              date: formatDate(proposal.createdAt, locale, me.timeZone),
            })}
          </p>
          <p className={styles.text} lang={proposal.language}>
            {proposal.text}
          </p>
          <ContentHistory events={proposal.history.filter((event) => event.action !== 'proposed')} />
        </li>
      ))}
    </ul>
  );
}
