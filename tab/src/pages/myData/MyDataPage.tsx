import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMyData } from '../../api/me';
import { saveFile } from '../../host/saveFile';
import { useSession } from '../../session/sessionContext';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeading } from '../../ui/PageHeading';
import { Panel } from '../../ui/Panel';
import { EraseMyData } from './EraseMyData';
import { LeaveProgramme } from './LeaveProgramme';
import { LinkedInPanel } from './LinkedInPanel';
import { myDataFile } from './myDataFile';
import { PreferencesPanel } from './PreferencesPanel';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    alignItems: 'start',
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  paragraph: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  focusTarget: { ':focus': { outlineStyle: 'none' } },
  message: { marginBottom: tokens.spacingVerticalL },
  wide: { gridColumn: '1 / -1', display: 'grid' },
});

/** What the app keeps about the person, their copy of it, leaving the programme, and erasure. */
export function MyDataPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me, endWithErasure } = useSession();
  const [left, setLeft] = useState(false);
  const leftRef = useRef<HTMLDivElement>(null);

  // The leave button has gone with its panel: focus goes to the confirmation instead.
  useEffect(() => {
    if (left) leftRef.current?.focus();
  }, [left]);

  return (
    <>
      <PageHeading title={t('myData.title')} intro={t('myData.intro')} />
      <div ref={leftRef} tabIndex={-1} className={styles.focusTarget}>
        {left && (
          <MessageBar intent="success" layout="multiline" className={styles.message}>
            <MessageBarBody>
              <MessageBarTitle>{t('myData.leave.done.title')}</MessageBarTitle>
              {t('myData.leave.done.message')}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.grid}>
        <Panel title={t('myData.kept.title')}>
          <ul className={styles.list}>
            <li>{t('myData.kept.profile')}</li>
            <li>{t('myData.kept.participation')}</li>
            <li>{t('myData.kept.shares')}</li>
            <li>{t('myData.kept.clicks')}</li>
            <li>{t('myData.kept.never')}</li>
          </ul>
        </Panel>
        <DownloadPanel />
        <LinkedInPanel />
        {me.enrolment.status === 'ambassador' && <LeaveProgramme onLeft={() => setLeft(true)} />}
        <EraseMyData onErased={endWithErasure} />
        {me.enrolment.status === 'ambassador' && (
          <div className={styles.wide}>
            <PreferencesPanel />
          </div>
        )}
      </div>
    </>
  );
}

function DownloadPanel() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [state, setState] = useState<
    { status: 'idle' | 'working' | 'done' } | { status: 'error'; error: unknown }
  >({
    status: 'idle',
  });

  async function download() {
    setState({ status: 'working' });
    try {
      saveFile(myDataFile(await getMyData()));
      setState({ status: 'done' });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }

  return (
    <Panel title={t('myData.download.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('myData.download.text')}
      </Text>
      <div className={styles.actions}>
        <Button
          icon={state.status === 'working' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabledFocusable={state.status === 'working'}
          onClick={() => void download()}
        >
          {t('myData.download.button')}
        </Button>
        <span role="status">
          {state.status === 'working' && t('myData.download.working')}
          {state.status === 'done' && t('myData.download.done', { file: myDataFile(null).fileName })}
        </span>
      </div>
      {state.status === 'error' && <ErrorState error={state.error} onRetry={() => void download()} />}
    </Panel>
  );
}
