import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalL} 0`,
    color: tokens.colorNeutralForeground3,
  },
});

export function EmptyState({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <Text as="p" className={styles.root}>
      {message}
    </Text>
  );
}
