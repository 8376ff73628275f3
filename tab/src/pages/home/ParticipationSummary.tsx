import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Me } from '@contract/me';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { roleLabelKeys } from '../../i18n/labelKeys';
import { LabelBadge } from '../../ui/LabelBadge';
import { RouterLink } from '../../ui/RouterLink';
import { Panel } from '../../ui/Panel';

const useStyles = makeStyles({
  status: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  next: { margin: `${tokens.spacingVerticalXS} 0 0` },
  rolesTitle: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  roles: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});

/** Where the person stands in the programme, and what their roles let them do. */
export function ParticipationSummary({ me }: { me: Me }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { status, since } = me.enrolment;
  const sinceDate = since ? formatDate(since, currentLocale(), me.timeZone) : undefined;

  return (
    <Panel title={t('home.participation.title')}>
      {status === 'not-enrolled' && (
        <>
          <Text as="p" className={styles.status}>
            {t('home.participation.notEnrolled')}
          </Text>
          <Text as="p" className={styles.hint}>
            {t('home.participation.notEnrolledHint')}
          </Text>
        </>
      )}
      {status === 'ambassador' && (
        <>
          <Text as="p" className={styles.status}>
            {sinceDate
              ? t('home.participation.ambassador', { date: sinceDate })
              : t('home.participation.ambassadorUndated')}
          </Text>
          <Text as="p" className={styles.hint}>
            {t('home.participation.ambassadorHint')}
          </Text>
        </>
      )}
      {status === 'left' && (
        <>
          <Text as="p" className={styles.status}>
            {t('home.participation.left')}
          </Text>
          <Text as="p" className={styles.hint}>
            {t('home.participation.leftHint')}
          </Text>
        </>
      )}
      <p className={styles.next}>
        {status === 'ambassador' ? (
          <RouterLink to="/library" appearance="button">
            {t('home.participation.openLibrary')}
          </RouterLink>
        ) : (
          <RouterLink to="/charter" appearance="button">
            {t('home.participation.readCharter')}
          </RouterLink>
        )}
      </p>
      <h3 className={styles.rolesTitle}>{t('home.participation.roles')}</h3>
      <ul className={styles.roles}>
        <li>
          <LabelBadge color="informative">{t('roles.employee')}</LabelBadge>
        </li>
        {me.roles.map((role) => (
          <li key={role}>
            <LabelBadge color="brand">{t(roleLabelKeys[role])}</LabelBadge>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
