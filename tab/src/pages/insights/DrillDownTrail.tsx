import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../ui/RouterLink';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: `0 0 ${tokens.spacingVerticalM}`,
    padding: 0,
  },
  // The separator is drawn, not read.
  step: { ':not(:last-child)::after': { content: '"›"', marginInlineStart: tokens.spacingHorizontalS } },
});

/** Programme → campaign → item: the way back up, keeping the period. */
export function DrillDownTrail({ steps }: { steps: readonly { label: string; to: string }[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <nav aria-label={t('insights.trail')}>
      <ol className={styles.list}>
        {steps.map((step) => (
          <li key={step.to} className={styles.step}>
            <RouterLink to={step.to}>{step.label}</RouterLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
