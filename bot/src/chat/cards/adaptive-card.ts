import type {
  CardElementArray,
  IAdaptiveCard,
  IExecuteAction,
  ISubmitAction,
  ITextBlock,
} from '@microsoft/teams.cards';

/*
 * Cards are plain JSON typed by Teams' own card schema (@microsoft/teams.cards). Where our cards promise more
 * than the schema asks, the types below say so, and the helpers build it.
 */

export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Text that wraps: unwrapped, Teams cuts a line at the card's edge, on a phone after a few words. */
export type TextBlock = ITextBlock & { wrap: true };

/** What our cards' bodies hold: Teams' elements, with every text block wrapping. */
type CardElement = Exclude<CardElementArray[number], ITextBlock> | TextBlock;

/** A card of version 1.5, the one every Teams client renders, naming its schema. */
export interface AdaptiveCard extends Omit<IAdaptiveCard, '$schema' | 'version' | 'body'> {
  $schema: typeof adaptiveCardSchema;
  version: '1.5';
  body: CardElement[];
}

/**
 * Sends the card's inputs and `data` to the bot as an `adaptiveCard/action` invoke, which the bot routes by
 * `verb` and answers with a card: both are always there.
 */
export interface ExecuteAction extends Omit<IExecuteAction, 'verb' | 'data'> {
  verb: string;
  data: Record<string, string>;
}

/** Posts `data` back to the bot as a message whose `value` is the data: the chat commands' buttons. */
export interface CommandSubmitAction extends Omit<ISubmitAction, 'title' | 'data'> {
  title: string;
  data: { command: string } & Record<string, string>;
}

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
