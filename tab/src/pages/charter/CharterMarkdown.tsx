import { makeStyles, tokens } from '@fluentui/react-components';
import Markdown from 'react-markdown';
import type { Components, ExtraProps } from 'react-markdown';

const useStyles = makeStyles({
  root: {
    maxWidth: '75ch',
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    '& h2, & h3, & h4, & h5, & h6': {
      marginBlock: `${tokens.spacingVerticalL} ${tokens.spacingVerticalS}`,
      fontWeight: tokens.fontWeightSemibold,
    },
    '& h2': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
    '& h3': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
    '& p, & ul, & ol': { marginBlock: `0 ${tokens.spacingVerticalM}` },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& a:hover': { color: tokens.colorBrandForegroundLinkHover },
    '& blockquote': {
      margin: `0 0 ${tokens.spacingVerticalM}`,
      paddingInlineStart: tokens.spacingHorizontalM,
      borderInlineStartWidth: tokens.strokeWidthThick,
      borderInlineStartStyle: 'solid',
      borderInlineStartColor: tokens.colorNeutralStroke1,
      color: tokens.colorNeutralForeground2,
    },
    '& img': { maxWidth: '100%' },
  },
});

function withoutNode<P extends ExtraProps>(props: P): Omit<P, 'node'> {
  const { node, ...rest } = props;
  void node;
  return rest;
}

// The page's title is its h1: the charter's own headings move one level down (h1 becomes h2…).
const components: Components = {
  h1: (props) => <h2 {...withoutNode(props)} />,
  h2: (props) => <h3 {...withoutNode(props)} />,
  h3: (props) => <h4 {...withoutNode(props)} />,
  h4: (props) => <h5 {...withoutNode(props)} />,
  h5: (props) => <h6 {...withoutNode(props)} />,
  h6: (props) => <h6 {...withoutNode(props)} />,
  // Links leave the tab, without giving the opened page a handle on it.
  a: (props) => <a {...withoutNode(props)} target="_blank" rel="noopener noreferrer" />,
};

/**
 * The charter's Markdown. react-markdown builds React elements and never renders HTML found in the
 * text (no rehype-raw), and drops unsafe URLs such as `javascript:`.
 */
export function CharterMarkdown({ markdown, lang }: { markdown: string; lang: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} lang={lang}>
      <Markdown components={components}>{markdown}</Markdown>
    </div>
  );
}
