import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import { scheduleTimeIssue } from '@contract/share';
import type { ScheduledShare } from '@contract/share';
import { connectionsQuery } from '../../api/connections';
import { schedulePost } from '../../api/scheduledPosts';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/sessionContext';
import { DateTimeField } from '../../ui/DateTimeField';
import { ErrorState } from '../../ui/ErrorState';
import { RouterLink } from '../../ui/RouterLink';
import { fromDateTimeInput, toDateTimeInput } from '../../ui/dateTimeInput';
import { problemText } from '../../ui/problemText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  when: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    // The field keeps a readable width on a phone, and does not stretch across a wide screen.
    '& > :first-child': { flexGrow: 1, maxWidth: '320px' },
  },
});

interface SchedulePostProps {
  itemId: string;
  language: Locale;
  text: string;
  /** The text does not pass the guardrails yet: the id of the list saying why. */
  blockedBy: string | undefined;
}

type TimeIssue = NonNullable<ReturnType<typeof scheduleTimeIssue>> | 'field.required';

/** What is wrong with the time typed (an instant, or undefined when incomplete), as the API would say it. */
function issueOf(at: string | undefined): TimeIssue | undefined {
  return at ? scheduleTimeIssue(Date.parse(at), Date.now()) : 'field.required';
}

/** The next round hour a day from now, as a first suggestion: soon enough to mean something, past any doubt. */
function tomorrowSameHour(now: number): string {
  const hour = 60 * 60_000;
  return new Date(Math.ceil((now + 24 * hour) / hour) * hour).toISOString();
}

/**
 * "Post at a time I choose" for LinkedIn: a date and time in the person's time zone; the service posts it then,
 * out of their quiet hours, and says when. Shown once the person connected LinkedIn.
 */
export function SchedulePost({ itemId, language, text, blockedBy }: SchedulePostProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const connections = useApiQuery(connectionsQuery());
  const [chosen, setChosen] = useState(false);
  const [when, setWhen] = useState(() => toDateTimeInput(tomorrowSameHour(Date.now()), me.timeZone));
  /** Why the time cannot be a post's, once the person left the field or tried to schedule. */
  const [timeIssue, setTimeIssue] = useState<TimeIssue>();
  const [scheduling, setScheduling] = useState(false);
  const [scheduled, setScheduled] = useState<ScheduledShare>();
  const [error, setError] = useState<unknown>();
  const hintId = useId();

  // Not connected: "Post on LinkedIn" beside the share button already says how to connect.
  if (connections.status !== 'done' || connections.value.linkedin.status !== 'connected') return null;

  const formatted = (iso: string) => formatDateTime(iso, locale, me.timeZone) ?? iso;

  async function schedule() {
    const at = fromDateTimeInput(when, me.timeZone);
    const issue = issueOf(at);
    setTimeIssue(issue);
    if (!at || issue) return;
    setScheduling(true);
    setError(undefined);
    setScheduled(undefined);
    try {
      setScheduled(await schedulePost(itemId, { language, text, at }));
    } catch (caught) {
      setError(caught);
    } finally {
      setScheduling(false);
    }
  }

  return (
    <div className={styles.root}>
      <Checkbox
        checked={chosen}
        label={t('scheduling.choose')}
        aria-describedby={hintId}
        onChange={(_, data) => {
          setChosen(data.checked === true);
          setScheduled(undefined);
          setError(undefined);
        }}
      />
      <p id={hintId} className={styles.hint}>
        {t('scheduling.chooseHint')}
      </p>
      {chosen && (
        <div className={styles.when}>
          <DateTimeField
            label={t('scheduling.when')}
            value={when}
            required
            onChange={(value) => {
              setWhen(value);
              setScheduled(undefined);
              if (timeIssue) setTimeIssue(issueOf(fromDateTimeInput(value, me.timeZone)));
            }}
            onBlur={() => setTimeIssue(issueOf(fromDateTimeInput(when, me.timeZone)))}
            validationMessage={timeIssue ? problemText(t, { code: timeIssue }) : undefined}
          />
          <Button
            disabledFocusable={blockedBy !== undefined || scheduling}
            aria-describedby={blockedBy}
            icon={scheduling ? <Spinner size="tiny" /> : undefined}
            onClick={() => void schedule()}
          >
            {scheduling ? t('scheduling.scheduling') : t('scheduling.button')}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {scheduled && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t(scheduled.movedOutOfQuietHours ? 'scheduling.moved' : 'scheduling.scheduled', {
                when: formatted(scheduled.at),
              })}{' '}
              <RouterLink to="/impact">{t('scheduling.seeScheduled')}</RouterLink>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {error !== undefined && <ErrorState error={error} onRetry={() => void schedule()} />}
    </div>
  );
}
