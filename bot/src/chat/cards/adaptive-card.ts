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

/** Sends the card's inputs and `data` to the bot as an `adaptiveCard/action` invoke; the bot answers with a card. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb: string;
  data: Record<string, string>;
}

/** Posts `data` back to the bot as a message whose `value` is the data: the chat commands' buttons. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: { command: string } & Record<string, string>;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: (OpenUrlAction | SubmitAction)[];
}

export interface Image {
  type: 'Image';
  url: string;
  altText: string;
  size: 'Stretch';
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  style: 'expanded';
  isMultiSelect: boolean;
  isRequired: boolean;
  errorMessage: string;
  choices: { title: string; value: string }[];
  value?: string;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof adaptiveCardSchema;
  version: '1.5';
  body: (TextBlock | FactSet | ChoiceSetInput | ActionSet | Image)[];
  actions?: (OpenUrlAction | ExecuteAction | SubmitAction)[];
  /** Teams runs this action when the card is shown, so it displays fresh content (`userIds`: whose copies). */
  refresh?: { action: ExecuteAction; userIds?: string[] };
}

export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function adaptiveCard(body: AdaptiveCard['body'], actions?: AdaptiveCard['actions']): AdaptiveCard {
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
