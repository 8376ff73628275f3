import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { detectHost } from '../../host/detectHost';
import type { TeamsHost } from '../../host/teamsHost';
import { fluentThemeFor } from '../../host/teamsTheme';
import { useApiQuery } from '../../hooks/useApiQuery';
import { setLanguage } from '../../i18n/i18n';
import { pickLocale } from '../../i18n/pickLocale';
import { LoadingState } from '../../ui/LoadingState';
import { TabConfigPage } from './TabConfigPage';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

async function detectInTeamsLanguage(): Promise<TeamsHost> {
  const host = await detectHost();
  await setLanguage(pickLocale({ teams: host.locale, browser: navigator.language }));
  return host;
}

/** `/config`: no sign-in and no shell, only what Teams' "add a tab" dialog needs, in Teams' theme and language. */
export function TabConfigRoot() {
  const styles = useStyles();
  const host = useApiQuery({ queryKey: ['host'], queryFn: detectInTeamsLanguage, staleTime: Infinity });
  return (
    <FluentProvider
      theme={fluentThemeFor(host.status === 'done' ? host.value.theme : 'default')}
      className={styles.root}
    >
      {host.status === 'done' ? <TabConfigPage host={host.value} /> : <LoadingState label="Ambassade" />}
    </FluentProvider>
  );
}
