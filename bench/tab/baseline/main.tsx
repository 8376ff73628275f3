/*
 * The baseline of `npm run bench -- tab`: the least a Teams tab of cards can load. Fluent UI's provider and
 * a grid of cards (picture, title, text, a button), and teams-js initialised, as a bare Fluent v9 tab.
 */
import {
  Button,
  Card,
  CardFooter,
  CardHeader,
  CardPreview,
  FluentProvider,
  Text,
  teamsLightTheme,
} from '@fluentui/react-components';
import { app } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';

void app.initialize().catch(() => undefined);

const cards = Array.from({ length: 12 }, (_, index) => `Item ${index + 1}`);

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root');
createRoot(root).render(
  <FluentProvider theme={teamsLightTheme}>
    <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 16 }}>
      {cards.map((title) => (
        <Card key={title}>
          <CardPreview>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" />
          </CardPreview>
          <CardHeader header={<Text weight="semibold">{title}</Text>} />
          <Text>Text of {title}</Text>
          <CardFooter>
            <Button appearance="primary">Share</Button>
          </CardFooter>
        </Card>
      ))}
    </main>
  </FluentProvider>,
);
