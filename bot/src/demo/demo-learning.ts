import type { Localized } from '../domain/documents';
import type {
  LearningModuleDoc,
  LearningPathDoc,
  QuizQuestionDoc,
} from '../domain/learning/learning-documents';
import { DEMO_MANAGER_ID, DEMO_TENANT_ID } from './demo-data';

export const DEMO_ONBOARDING_PATH_ID = 'path-onboarding';
const DAY_MS = 86_400_000;

/** A question whose options are given in order, the right one named by its letter. */
function question(
  id: string,
  text: Localized,
  options: Localized[],
  answer: 'a' | 'b' | 'c',
): QuizQuestionDoc {
  return {
    id,
    question: text,
    options: options.map((label, index) => ({ id: 'abc'[index] ?? String(index), label })),
    answerId: answer,
  };
}

const charterInPractice: LearningModuleDoc = {
  id: 'onboarding-charter',
  title: { fr: 'La charte en pratique', en: 'The charter in practice' },
  body: {
    fr: `La charte des ambassadeurs tient en dix règles. Voici ce qu’elles changent, concrètement, au moment de publier.

## Vous restez libre
Partager est **volontaire**. Vous choisissez les contenus qui vous parlent et vous ignorez les autres : personne ne le verra dans votre évaluation. Vous pouvez faire une pause ou quitter le programme en un clic.

## Dites d’où vous parlez
Quand vous partagez un contenu du Groupe Aurore, ajoutez **#collaborateur** (ou #employee en anglais). Vos lecteurs savent ainsi que vous travaillez pour le groupe : c’est une obligation de transparence, et c’est aussi ce qui rend votre parole crédible.

## Trois réflexes avant de publier
1. **Est-ce déjà public ?** Si ce n’est pas dans un communiqué, sur le site ou dans la bibliothèque Ambassade, ne le publiez pas.
2. **Est-ce que je parle pour moi ?** Vous vous exprimez à titre personnel, jamais au nom du groupe.
3. **Est-ce que les personnes citées sont d’accord ?** Collègues, clients, partenaires : demandez avant d’identifier quelqu’un ou de publier sa photo.

## Si une publication dérape
Commentaire agressif, erreur, sujet sensible : **ne répondez pas à chaud**. Écrivez à l’équipe communication, qui vous aide à répondre ou à retirer le message.`,
    en: `The ambassador charter comes down to ten rules. Here is what they change, in practice, when you post.

## You stay free
Sharing is **voluntary**. You pick the content that speaks to you and skip the rest: nobody will see it in your performance review. You can take a break or leave the programme in one click.

## Say where you speak from
When you share Groupe Aurore content, add **#employee** (or #collaborateur in French). Your readers then know you work for the group: transparency requires it, and it is also what makes your voice credible.

## Three reflexes before you post
1. **Is it public already?** If it is not in a press release, on the website or in the Ambassade library, don’t post it.
2. **Am I speaking for myself?** You speak personally, never on behalf of the group.
3. **Do the people I mention agree?** Colleagues, customers, partners: ask before tagging anyone or posting their photo.

## If a post goes wrong
An aggressive comment, a mistake, a sensitive topic: **don’t reply in the heat of the moment**. Write to the communications team, who will help you reply or take the post down.`,
  },
  quiz: [
    question(
      'disclose',
      {
        fr: 'Vous partagez une offre d’emploi du groupe. Que devez-vous ajouter ?',
        en: 'You share a job offer from the group. What must you add?',
      },
      [
        { fr: 'Rien, le lien suffit', en: 'Nothing, the link is enough' },
        {
          fr: 'La mention #collaborateur (ou #employee)',
          en: 'The #employee (or #collaborateur) disclosure',
        },
        { fr: 'Le logo du groupe', en: 'The group’s logo' },
      ],
      'b',
    ),
    question(
      'heated',
      {
        fr: 'Un commentaire agressif arrive sous votre publication. Que faites-vous ?',
        en: 'An aggressive comment appears under your post. What do you do?',
      },
      [
        {
          fr: 'Je réponds tout de suite pour défendre le groupe',
          en: 'I reply at once to defend the group',
        },
        { fr: 'Je supprime mon compte', en: 'I delete my account' },
        {
          fr: 'Je ne réponds pas à chaud et je contacte l’équipe communication',
          en: 'I don’t reply in the heat of the moment and contact the communications team',
        },
      ],
      'c',
    ),
  ],
};

const ownWords: LearningModuleDoc = {
  id: 'onboarding-own-words',
  title: { fr: 'Écrire avec ses propres mots', en: 'Writing in your own words' },
  body: {
    fr: `Chaque contenu de la bibliothèque arrive avec des textes proposés. Ce sont des points de départ, pas des textes à recopier.

## Pourquoi personnaliser
Vos contacts vous suivent **vous**, pas le groupe. Quand dix collègues publient le même texte le même matin, le message sonne comme une campagne et perd sa force. Une phrase de votre main suffit à faire la différence.

## Une méthode en trois temps
1. **Votre accroche** : pourquoi ce contenu vous concerne. « J’ai travaillé sur ce projet », « Mon équipe recrute », « Je découvre ce site que je connais depuis dix ans ».
2. **Le fait** : ce qui est annoncé, tel que le texte proposé le dit. Gardez les chiffres, les dates et les noms exacts : c’est la partie à ne pas réinventer.
3. **Votre invitation** : une question, un appel à postuler, un conseil à un contact.

## Ce qui ne change pas
- La mention **#collaborateur** reste.
- Le **lien suivi** reste : c’est lui qui mesure l’impact de votre partage.
- Rien de confidentiel, même pour illustrer.

Les premières lignes comptent le plus : sur LinkedIn, seules deux ou trois lignes s’affichent avant « … voir plus ».`,
    en: `Every item in the library comes with suggested texts. They are starting points, not texts to copy.

## Why make it yours
Your contacts follow **you**, not the group. When ten colleagues post the same text on the same morning, it reads like a campaign and loses its strength. One sentence of your own makes the difference.

## A three-step method
1. **Your hook**: why this content matters to you. “I worked on this project”, “My team is hiring”, “I’m discovering a site I’ve known for ten years”.
2. **The fact**: what is announced, as the suggested text says it. Keep figures, dates and names exact: this is the part not to reinvent.
3. **Your invitation**: a question, a call to apply, a tip for a contact.

## What does not change
- The **#employee** disclosure stays.
- The **tracked link** stays: it is what measures the impact of your share.
- Nothing confidential, even as an illustration.

The first lines matter most: on LinkedIn, only two or three lines show before “…see more”.`,
  },
  quiz: [
    question(
      'figures',
      {
        fr: 'En réécrivant un texte proposé, que gardez-vous tel quel ?',
        en: 'When you rewrite a suggested text, what do you keep as it is?',
      },
      [
        { fr: 'Les chiffres, les dates et les noms', en: 'Figures, dates and names' },
        { fr: 'Toutes les phrases, mot pour mot', en: 'Every sentence, word for word' },
        { fr: 'Rien : tout peut changer', en: 'Nothing: everything may change' },
      ],
      'a',
    ),
    question(
      'why',
      {
        fr: 'Pourquoi personnaliser plutôt que copier-coller ?',
        en: 'Why make it yours rather than copy and paste?',
      },
      [
        {
          fr: 'Parce que c’est obligatoire pour gagner des points',
          en: 'Because it is required to earn points',
        },
        {
          fr: 'Parce que vos contacts vous suivent vous, et que dix textes identiques sonnent comme une campagne',
          en: 'Because your contacts follow you, and ten identical texts read like a campaign',
        },
        { fr: 'Pour que le texte soit plus long', en: 'To make the text longer' },
      ],
      'b',
    ),
  ],
};

const notToShare: LearningModuleDoc = {
  id: 'onboarding-not-to-share',
  title: { fr: 'Ce qu’il ne faut pas partager', en: 'What not to share' },
  body: {
    fr: `Une règle simple : **ne partagez que ce qui est déjà public**. Les contenus de la bibliothèque Ambassade ont été relus : ils le sont.

## Jamais
- **Les projets non annoncés** : nouveaux sites, produits, partenariats, réorganisations.
- **Les données de clients ou de collègues** : noms, contrats, chiffres, coordonnées.
- **L’information financière** : le Groupe Aurore est coté. Résultats, prévisions, cours de bourse, opérations en cours : aucun commentaire, même positif, même après l’annonce officielle.
- **Les prises de position politiques** au nom du groupe, et tout dénigrement de concurrents.

## Attention aux photos
Une photo d’atelier ou de bureau en dit souvent plus que prévu. Avant de publier, regardez l’arrière-plan :
- écrans, tableaux blancs, plans, documents ;
- badges et visages de collègues qui n’ont pas donné leur accord ;
- zones de production où la photo est interdite.

## En cas de doute
Ne publiez pas, et posez la question à l’équipe communication. Un contenu qui manque dans la bibliothèque ? Proposez-le depuis la page « Proposer une publication » : il sera relu avant d’être partagé.`,
    en: `One simple rule: **share only what is already public**. Content in the Ambassade library has been reviewed: it is.

## Never
- **Unannounced projects**: new sites, products, partnerships, reorganisations.
- **Customer or colleague data**: names, contracts, figures, contact details.
- **Financial information**: Groupe Aurore is a listed company. Results, forecasts, share price, ongoing transactions: no comment, even a positive one, even after the official announcement.
- **Political statements** on behalf of the group, and any disparaging of competitors.

## Mind your photos
A photo of a workshop or an office often shows more than intended. Before posting, look at the background:
- screens, whiteboards, drawings, documents;
- badges and faces of colleagues who did not agree;
- production areas where photos are not allowed.

## When in doubt
Don’t post, and ask the communications team. Content missing from the library? Propose it from the “Propose a post” page: it is reviewed before anyone shares it.`,
  },
  quiz: [
    question(
      'results',
      {
        fr: 'Le groupe publie de bons résultats annuels. Pouvez-vous commenter le cours de bourse ?',
        en: 'The group publishes good annual results. May you comment on the share price?',
      },
      [
        { fr: 'Oui, puisque c’est positif', en: 'Yes, since it is positive' },
        { fr: 'Oui, après l’annonce officielle', en: 'Yes, after the official announcement' },
        {
          fr: 'Non : jamais de commentaire sur l’information financière',
          en: 'No: never any comment on financial information',
        },
      ],
      'c',
    ),
    question(
      'photo',
      {
        fr: 'Vous voulez publier une photo de votre équipe en atelier. Que vérifiez-vous d’abord ?',
        en: 'You want to post a photo of your team in the workshop. What do you check first?',
      },
      [
        {
          fr: 'L’arrière-plan (écrans, documents, badges) et l’accord des collègues visibles',
          en: 'The background (screens, documents, badges) and the consent of the colleagues shown',
        },
        { fr: 'Le filtre le plus flatteur', en: 'The most flattering filter' },
        { fr: 'Rien, c’est ma photo', en: 'Nothing, it is my photo' },
      ],
      'a',
    ),
  ],
};

const linkedInBasics: LearningModuleDoc = {
  id: 'onboarding-linkedin-basics',
  title: { fr: 'Les bases de LinkedIn', en: 'LinkedIn basics' },
  body: {
    fr: `LinkedIn est le réseau où vos partages comptent le plus pour le groupe : recrutement, savoir-faire, projets. Quelques bases suffisent.

## Un profil qui inspire confiance
- Une **photo** nette où l’on voit votre visage.
- Un **titre** qui dit ce que vous faites, pas seulement votre intitulé de poste.
- Votre **poste actuel** au Groupe Aurore, à jour.

## Une publication qui se lit
- Les **deux ou trois premières lignes** s’affichent avant « … voir plus » : mettez-y votre accroche.
- Une publication peut compter jusqu’à **3 000 caractères**, mais les textes courts se lisent mieux.
- **Trois à cinq hashtags** suffisent, dont #collaborateur.
- Identifiez une personne ou une page avec **@**, seulement si elle est d’accord.

## Faire vivre ses publications
Répondez aux commentaires dans la journée, simplement et poliment. Commenter les publications des autres avec un vrai avis compte autant que publier.

Pour aller plus loin, l’aide de LinkedIn explique chaque réglage de profil et de publication.`,
    en: `LinkedIn is the network where your shares matter most to the group: hiring, know-how, projects. A few basics are enough.

## A profile people trust
- A clear **photo** that shows your face.
- A **headline** that says what you do, not only your job title.
- Your **current position** at Groupe Aurore, up to date.

## A post people read
- The **first two or three lines** show before “…see more”: put your hook there.
- A post can hold up to **3,000 characters**, but short texts read better.
- **Three to five hashtags** are enough, #employee among them.
- Mention a person or a page with **@**, only if they agree.

## Keep your posts alive
Reply to comments within the day, simply and politely. Commenting on other people’s posts with a real opinion counts as much as posting.

To go further, LinkedIn’s help explains every profile and posting setting.`,
  },
  link: 'https://www.linkedin.com/help/linkedin',
  quiz: [
    question(
      'fold',
      {
        fr: 'Où placer votre accroche dans une publication LinkedIn ?',
        en: 'Where do you put your hook in a LinkedIn post?',
      },
      [
        { fr: 'Dans les premières lignes, avant « voir plus »', en: 'In the first lines, before “see more”' },
        { fr: 'À la fin, après les hashtags', en: 'At the end, after the hashtags' },
        { fr: 'Dans un commentaire', en: 'In a comment' },
      ],
      'a',
    ),
    question(
      'hashtags',
      {
        fr: 'Combien de hashtags utiliser ?',
        en: 'How many hashtags should you use?',
      },
      [
        { fr: 'Aucun', en: 'None' },
        { fr: 'Trois à cinq, dont #collaborateur', en: 'Three to five, #employee among them' },
        { fr: 'Le plus possible', en: 'As many as possible' },
      ],
      'b',
    ),
  ],
};

/**
 * The onboarding path every new ambassador gets on joining: the charter in practice, writing in one's own words,
 * what not to share, LinkedIn basics; each module with a short quiz. Published, for every ambassador.
 */
export function buildDemoLearningPaths(now: Date): LearningPathDoc[] {
  const createdAt = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  return [
    {
      id: DEMO_ONBOARDING_PATH_ID,
      tenantId: DEMO_TENANT_ID,
      title: { fr: 'Bien démarrer comme ambassadeur', en: 'Getting started as an ambassador' },
      description: {
        fr: 'Quatre modules courts pour partager en confiance : la charte en pratique, vos propres mots, ce qui reste interne, les bases de LinkedIn.',
        en: 'Four short modules to share with confidence: the charter in practice, your own words, what stays internal, LinkedIn basics.',
      },
      level: 'beginner',
      audience: { groupIds: [], brandIds: [], languages: [] },
      status: 'published',
      onboarding: true,
      modules: [charterInPractice, ownWords, notToShare, linkedInBasics],
      createdBy: DEMO_MANAGER_ID,
      createdAt,
      publishedAt: createdAt,
    },
  ];
}
