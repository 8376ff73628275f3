import type { Messages } from '../messages';

/** Scheduled LinkedIn posts: the share form's "post at…" and My impact's list. */
export const schedulingEn = {
  choose: 'Post at a time I choose',
  chooseHint: 'Ambassade posts it on LinkedIn in your name at that time, after checking it again.',
  when: 'Post on',
  button: 'Schedule on LinkedIn',
  scheduling: 'Scheduling…',
  scheduled:
    'Scheduled: it will be posted on LinkedIn on {{when}}. You will hear in the Ambassade chat once it is out.',
  moved:
    'That time falls in your quiet hours: it will be posted on {{when}}, when they end. You will hear in the Ambassade chat once it is out.',
  seeScheduled: 'See my scheduled posts',
  list: {
    title: 'Scheduled posts',
    intro: 'Posts Ambassade will publish on LinkedIn in your name. You can cancel them until their time.',
    at: 'On {{when}}',
    posting: 'Being posted now',
    cancel: 'Cancel',
    cancelLabel: 'Cancel the post of {{when}}',
    dialogTitle: 'Cancel this post?',
    dialogText: 'Nothing will be posted on {{when}}. Your text is not kept: share again to post it.',
    confirm: 'Cancel the post',
    keep: 'Keep it',
    cancelled: 'The post of {{when}} is cancelled.',
  },
} satisfies Messages;
