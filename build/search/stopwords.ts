// Words too common to search for: left out of the index (most of its size
// would be their lists of sections) and out of queries.
export const stopwords: Record<string, readonly string[]> = {
  en: ('a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your').split(' '),
  ru: ('а без более бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже для до его ее её если есть еще ещё же за здесь и из или им их к как ко когда кто ли либо между меня мне может мы на над надо не него нее неё нет ни них но ну о об однако он она они оно от очень по под при с со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чье чья эта эти это этого этой этом этот я').split(' '),
};

export function stopwordsFor(language: string): ReadonlySet<string> {
  return new Set(stopwords[language.toLowerCase().split('-')[0] ?? ''] ?? []);
}
