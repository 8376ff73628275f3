import type { Page } from 'playwright-core';

/**
 * Words that mark a sentence as English, or as French, and are not words of the other language (nor of the
 * product's own vocabulary: "points", "page", "menu", "Teams" are both). Two of them in one string make it a
 * sentence in that language; one alone may be a name.
 */
const markers = {
  en: new Set(
    'the and with of for to your you is are this that from by bar bars chart line clear search loading show click select items there'.split(
      ' ',
    ),
  ),
  fr: new Set('le la les des du avec pour est une vous votre vos aux dans sur et ce cette'.split(' ')),
} as const;

export type Language = keyof typeof markers;

/** The strings among `strings` written in `language`, by its marker words. */
export function stringsIn(language: Language, strings: readonly string[]): string[] {
  return strings.filter((text) => {
    const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
    return [...words].filter((word) => markers[language].has(word)).length >= 2;
  });
}

/**
 * What the page says to a person beyond its data: every accessible name or description written in an
 * attribute (where a library's English hides, such as a search box's clear button) that assistive technology
 * reaches, and the words of its controls, labels and headers. With `withText`, every text on the page too.
 * Parts marked (`lang`) as written in another language are left out.
 */
export function pageStrings(page: Page, { withText }: { withText: boolean }): Promise<string[]> {
  return page.evaluate((withText) => {
    const attributes = [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
      'title',
      'placeholder',
      'alt',
    ];
    const strings: string[] = [];
    // A part marked as written in another language (the English charter beside the French one) is that language.
    const pageLanguage = document.documentElement.lang;
    const inPageLanguage = (element: Element | null) =>
      element?.closest('[lang]')?.getAttribute('lang') === pageLanguage;
    for (const element of document.body.querySelectorAll('*')) {
      if (!inPageLanguage(element)) continue;
      // What is hidden from assistive technology reaches nobody through its attributes (a chart drawn for the
      // eye, its table read instead); its text still meets the eye, and is read below.
      if (element.closest('[aria-hidden="true"], [inert]')) continue;
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) strings.push(value);
      }
    }
    const chrome =
      'button, label, legend, th, [role="columnheader"], [role="tab"], [role="option"], h1, h2, h3';
    for (const element of document.body.querySelectorAll(chrome))
      if (inPageLanguage(element))
        strings.push((element as HTMLElement).innerText ?? element.textContent ?? '');
    if (withText) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.trim() && inPageLanguage(node.parentElement))
          strings.push(node.textContent.trim());
    }
    return strings;
  }, withText);
}
