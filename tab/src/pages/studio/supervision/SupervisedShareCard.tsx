import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FlagRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp, SupervisedShare } from '@contract/compliance';
import { networkNames } from '@contract/network';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { LabelBadge } from '../../../ui/LabelBadge';
import { FollowUpDialog } from './FollowUpDialog';
import { SharedText } from './SharedText';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  label: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  followUps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One share as the archive holds it: who, where, when, the words next to the suggested ones, and follow-ups. */
export function SupervisedShareCard({
  share,
  onPerson,
  onCampaign,
}: {
  share: SupervisedShare;
  onPerson: (person: SupervisedShare['person']) => void;
  onCampaign: (campaign: NonNullable<SupervisedShare['campaign']>) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [open, setOpen] = useState(false);
  const [followUps, setFollowUps] = useState<readonly FollowUp[]>(share.followUps);
  const [announcement, setAnnouncement] = useState('');

  return (
    <article className={styles.card} aria-label={t('supervision.cardLabel', { name: share.person.name })}>
      <div className={styles.header}>
        <h3 className={styles.who}>
          <Link
            as="button"
            aria-label={t('supervision.onlyPerson', { name: share.person.name })}
            onClick={() => onPerson(share.person)}
          >
            {share.person.name || t('supervision.erasedPerson')}
          </Link>
        </h3>
        <LabelBadge color="brand">{networkNames[share.network]}</LabelBadge>
        <span className={styles.meta}>{formatDateTime(share.at, locale, me.timeZone) ?? share.at}</span>
        {followUps.length > 0 && (
          <LabelBadge color="warning">{t('supervision.followedUp', { count: followUps.length })}</LabelBadge>
        )}
      </div>
      {(share.itemTitle || share.campaign) && (
        <Text className={styles.meta}>
          {share.itemTitle && localized(share.itemTitle, locale)}
          {share.itemTitle && share.campaign && ' · '}
          {share.campaign && (
            <Link
              as="button"
              inline
              aria-label={t('supervision.onlyCampaign', { name: localized(share.campaign.name, locale) })}
              onClick={() => share.campaign && onCampaign(share.campaign)}
            >
              {localized(share.campaign.name, locale)}
            </Link>
          )}
        </Text>
      )}
      <SharedText text={share.text} suggested={share.suggestedText} />
      {share.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('supervision.findings')}</MessageBarTitle>
            {share.findings.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {followUps.length > 0 && (
        <>
          <p className={styles.label}>{t('supervision.followUps')}</p>
          <ul className={styles.followUps}>
            {followUps.map((followUp) => (
              <li key={followUp.at}>
                <Text>
                  {t('supervision.followUpLine', {
                    name: followUp.by.name,
                    date: formatDateTime(followUp.at, locale, me.timeZone) ?? followUp.at,
                    note: followUp.note,
                  })}
                </Text>
                {followUp.message && (
                  <Text block className={styles.meta}>
                    {t('supervision.messageSent', { message: followUp.message })}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button icon={<FlagRegular />} onClick={() => setOpen(true)}>
          {t('supervision.followUp.open')}
        </Button>
        <span role="status" className={styles.meta}>
          {announcement}
        </span>
      </div>
      <FollowUpDialog
        share={share}
        open={open}
        onClose={() => setOpen(false)}
        onDone={(followUp, messageQueued) => {
          setFollowUps((current) => [...current, followUp]);
          setOpen(false);
          setAnnouncement(
            followUp.message
              ? messageQueued
                ? t('supervision.followUp.sent', { name: share.person.name })
                : t('supervision.followUp.notSent', { name: share.person.name })
              : t('supervision.followUp.saved'),
          );
        }}
      />
    </article>
  );
}
