import type { Messages } from '../messages';

/** The readiness diagnostic and the programme plan, for programme managers. */
export const readinessEn = {
  dimensions: {
    objectives: 'Objectives and KPIs',
    sponsorship: 'Leadership sponsorship',
    content: 'Content supply',
    charter: 'Social media charter',
    moderation: 'Moderation',
    pilot: 'Pilot group',
    training: 'Training',
    launch: 'Launch',
    animation: 'Keeping it alive',
    measurement: 'Measurement',
    constraints: 'Sector constraints',
  },
  diagnostic: {
    title: 'Readiness diagnostic',
    intro:
      'Are the conditions of success in place? Answer for the organisation as it is today, before launching or as the programme grows, and take the diagnostic again later to see the progress.',
    loading: 'Loading the diagnostic…',
    empty:
      'The diagnostic has not been taken yet: a few minutes of statements to weigh, one condition of success at a time.',
    take: 'Take the diagnostic',
    retake: 'Take it again',
    plan: 'Programme plan',
    takenOn: 'Taken on {{date}}.',
    overall: 'Overall readiness: {{score, number}} out of 100',
    overallNone: 'Overall readiness: no statement applies',
    scores: 'Scores by condition of success',
    chartCaption: 'Score out of 100; in brackets, the change since the previous take.',
    columns: {
      dimension: 'Condition of success',
      score: 'Score',
      previous: 'Previous',
      change: 'Change',
    },
    notApplicable: 'Not applicable',
    noChange: 'No change',
    history: 'Takes so far',
    historyLabel: 'Takes of the diagnostic',
    historyColumns: {
      takenOn: 'Taken on',
      overall: 'Overall readiness',
    },
  },
  questionnaire: {
    title: 'Take the readiness diagnostic',
    intro:
      'For each statement, say how far it holds for your organisation today. Your previous answers are filled in: change what moved.',
    loading: 'Loading the questionnaire…',
    back: 'Readiness diagnostic',
    scale: {
      '0': 'Not at all',
      '1': 'A little',
      '2': 'Partly',
      '3': 'Largely',
      '4': 'Fully',
    },
    notApplicable: 'Not applicable',
    required: 'Choose an answer.',
    unanswered_one: '{{count, number}} statement is still unanswered.',
    unanswered_other: '{{count, number}} statements are still unanswered.',
    submit: 'Record the answers',
    saving: 'Recording…',
    saveFailed: 'The answers could not be recorded.',
    questions: {
      'objectives-defined':
        'The programme’s objective is clear and agreed: brand awareness, repositioning, recruitment, sales…',
      'objectives-kpis':
        'The KPIs that will show success are chosen, with targets: shares, clicks, participation.',
      'sponsorship-example':
        'Members of the executive committee, or the chief executive, are present on social networks and will show the way.',
      'sponsorship-case':
        'A case for the programme answers the reluctance to expect: what it brings, and how its risks are handled.',
      'sponsorship-trust':
        'Leadership accepts that employees speak in their own words, not as relays of the official message.',
      'content-suppliers':
        'It is settled who produces content and who passes it on to ambassadors: communications, HR, marketing, the intranet.',
      'content-fit':
        'There is enough content, suited to the objective and to each network’s codes, to share every week.',
      'charter-written':
        'A social media charter is written: reassuring and empowering, like a highway code that protects those on the road.',
      'charter-endorsed': 'Legal, HR and communications have approved the charter.',
      'moderation-named':
        'A moderator is named to keep an eye on ambassadors’ posts, advising and encouraging rather than policing.',
      'moderation-review':
        'It is decided who reviews content before it reaches ambassadors, and who answers questions about social media use.',
      'pilot-identified':
        'In the part of the organisation most concerned, you know who is already present on social networks.',
      'pilot-volunteers':
        'A call for volunteers can bring forward motivated people for a pilot group; no one is made to take part.',
      'training-planned':
        'Training is planned for the pilot group, even for those already active, by level where needed.',
      'training-win-win':
        'The training gives ambassadors something for themselves: a better profile, how to write a post, their personal brand.',
      'launch-event': 'The launch is planned as an event that shows the pilot group how much it matters.',
      'launch-sponsors': 'Sponsors from the executive committee will be at the launch.',
      'animation-team':
        'A team has the time to keep the programme alive over the years: animation, moderation, communication.',
      'animation-rhythm':
        'Regular encouragement is planned: polls, challenges, exclusive events, moments in person.',
      'measurement-tracking':
        'Results can be measured: shares, clicks and the reach of what ambassadors post.',
      'measurement-review':
        'Results will be reviewed regularly with stakeholders, adjusting while keeping the KPIs stable enough to show progress.',
      'constraints-listed':
        'Listed company: what ambassadors may say about results and strategy is agreed with investor relations (quiet periods, inside information).',
      'constraints-regulated':
        'Regulated industry (finance, pharmaceuticals…): approvals and the record of what is shared meet the regulator’s expectations.',
    },
  },
  plan: {
    title: 'Programme plan',
    intro:
      'The eleven steps of the method, in order. The steps the product can see tick themselves; tick the others as you go.',
    loading: 'Loading the programme plan…',
    progress: '{{done, number}} of {{count, number}} steps done',
    tableLabel: 'Steps of the programme plan',
    columns: {
      step: 'Step',
      state: 'State',
      next: 'Where',
    },
    states: {
      todo: 'To do',
      'in-progress': 'In progress',
      done: 'Done',
    },
    stateOf: 'State of “{{step}}”',
    computed: 'Seen by the product',
    saving: 'Saving…',
    saveFailed: 'The step could not be updated.',
    links: {
      diagnostic: 'Take the diagnostic',
      objectives: 'Set KPI targets in a campaign',
      platform: 'Decide the review and rules of content',
      charter: 'Write the charter',
      leadership: 'Find the sponsors among people',
      content: 'Prepare content',
      pilot: 'Create the pilot group',
      training: 'Plan a training session',
      launch: 'Plan the launch event',
      animation: 'Run a challenge',
      measurement: 'Read Insights',
    },
  },
} satisfies Messages;
