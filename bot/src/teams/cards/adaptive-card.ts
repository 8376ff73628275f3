/** The subset of Adaptive Card 1.5 (the version Teams renders) that our cards use. */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Medium' | 'Large';
  weight?: 'Bolder';
  isSubtle?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof adaptiveCardSchema;
  version: '1.5';
  body: (TextBlock | FactSet)[];
  actions?: OpenUrlAction[];
}

export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function adaptiveCard(body: AdaptiveCard['body'], actions?: OpenUrlAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    body,
    ...(actions && { actions }),
  };
}

export function title(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, size: 'Large', weight: 'Bolder' };
}

export function paragraph(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true };
}
