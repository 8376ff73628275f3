import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { useApiQuery } from './hooks/useApiQuery';
import type { TeamsThemeName } from './host/teamsHost';
import { fluentThemeFor } from './host/teamsTheme';
import { watchSystemTheme } from './host/watchSystemTheme';
import { watchTeamsTheme } from './host/watchTeamsTheme';
import { SessionProvider } from './session/SessionProvider';
import { bootstrap } from './session/bootstrap';
import { Shell } from './shell/Shell';
import { ErrorState } from './ui/ErrorState';
import { LoadingState } from './ui/LoadingState';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    // A select sizes itself to its longest option: in a narrow form it shrinks with the form instead.
    '& .fui-Select, & .fui-Select__select': { minWidth: 0, maxWidth: '100%' },
  },
  start: { padding: tokens.spacingHorizontalL },
});

/** Starts the session, then shows the shell in the Teams theme. */
export function App() {
  useGlobalStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const session = useApiQuery({ queryKey: ['session'], queryFn: bootstrap, staleTime: Infinity });
  const [changedTheme, setChangedTheme] = useState<TeamsThemeName>();
  const started = session.status === 'done';
  const inTeams = started && session.value.host.inTeams;

  useEffect(() => {
    if (!started) return;
    if (!inTeams) return watchSystemTheme(setChangedTheme);
    void watchTeamsTheme(setChangedTheme);
  }, [started, inTeams]);

  const theme = changedTheme ?? (started ? session.value.host.theme : 'default');

  return (
    <FluentProvider theme={fluentThemeFor(theme)} className={styles.root}>
      {session.status === 'done' ? (
        <SessionProvider host={session.value.host} me={session.value.me}>
          <BrowserRouter>
            <Shell />
          </BrowserRouter>
        </SessionProvider>
      ) : (
        <main className={styles.start}>
          {session.status === 'loading' ? (
            <LoadingState label={t('app.starting')} />
          ) : (
            <ErrorState error={session.error} onRetry={session.retry} alwaysOfferRetry />
          )}
        </main>
      )}
    </FluentProvider>
  );
}
