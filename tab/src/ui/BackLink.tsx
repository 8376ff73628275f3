import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { RouterLink } from './RouterLink';

const useStyles = makeStyles({
  back: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalM,
  },
});

/** Where a page was opened from, such as the list an item belongs to. */
export interface Back {
  to: string;
  label: string;
}

/** The way back to the page this one was opened from, above its heading. */
export function BackLink({ to, label }: Back) {
  const styles = useStyles();
  return (
    <RouterLink to={to} className={styles.back}>
      <ArrowLeftRegular aria-hidden />
      {label}
    </RouterLink>
  );
}
