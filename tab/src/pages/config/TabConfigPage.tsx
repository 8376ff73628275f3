import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from '../../host/teamsHost';
import { PageHeading } from '../../ui/PageHeading';
import { channelTabConfig, channelTabPages } from './channelTabConfig';
import type { ChannelTabPage } from './channelTabConfig';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
  },
});

/**
 * The configuration page Teams shows when someone adds the tab to a channel, a chat or a SharePoint page:
 * they pick the page, and Teams saves where the tab points.
 */
export function TabConfigPage({ host }: { host: TeamsHost }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [page, setPage] = useState<ChannelTabPage>('library');

  useEffect(() => {
    if (!host.inTeams) return;
    let cancelled = false;
    void import('@microsoft/teams-js').then(({ pages }) => {
      if (cancelled) return;
      pages.config.registerOnSaveHandler((saveEvent) => {
        const config = channelTabConfig(window.location.origin, page, t(`tabConfig.pages.${page}`));
        pages.config.setConfig(config).then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(String(error)),
        );
      });
      pages.config.setValidityState(true);
    });
    return () => {
      cancelled = true;
    };
  }, [host.inTeams, page, t]);

  return (
    <main className={styles.root}>
      <PageHeading title={t('tabConfig.title')} intro={host.inTeams ? t('tabConfig.intro') : undefined} />
      {host.inTeams ? (
        <>
          <Field label={t('tabConfig.page')}>
            <RadioGroup value={page} onChange={(_, data) => setPage(data.value as ChannelTabPage)}>
              {channelTabPages.map((option) => (
                <Radio key={option} value={option} label={t(`tabConfig.pages.${option}`)} />
              ))}
            </RadioGroup>
          </Field>
        </>
      ) : (
        <Text>{t('tabConfig.outsideTeams')}</Text>
      )}
    </main>
  );
}
