import type { LearningPathInput } from '@contract/learning';
import type { LearningModuleDoc } from './learning-documents';

/**
 * The modules as written in the studio. An id is kept only where the path already has it, so that learners'
 * completions and answers still count after an edit; anything new gets a fresh id, and an id taken from
 * elsewhere cannot reach into another path (module ids are unique in a tenant).
 */
export function modulesFromInput(
  modules: LearningPathInput['modules'],
  previous: readonly LearningModuleDoc[],
  newId: () => string,
): LearningModuleDoc[] {
  const known = new Map(previous.map((module) => [module.id, module]));
  return modules.map((module) => {
    const before = module.id === undefined ? undefined : known.get(module.id);
    const questions = new Map(before?.quiz.map((question) => [question.id, question]));
    return {
      id: before?.id ?? newId(),
      title: module.title,
      body: module.body,
      ...(module.mediaId ? { mediaId: module.mediaId } : {}),
      ...(module.link ? { link: module.link } : {}),
      quiz: module.quiz.map((question) => {
        const asked = question.id === undefined ? undefined : questions.get(question.id);
        const optionIds = new Set(asked?.options.map((option) => option.id));
        const options = question.options.map((option) => ({
          id: option.id !== undefined && optionIds.has(option.id) ? option.id : newId(),
          label: option.label,
        }));
        const answer = options[question.answerIndex];
        if (!answer) throw new RangeError('The input schema lets only one of the options be the answer.');
        return { id: asked?.id ?? newId(), question: question.question, options, answerId: answer.id };
      }),
    };
  });
}
