import { words } from '../text.ts';

/** Speech verbs that name a speaker next to a quote ("», a affirmé Lecornu", "X said"). */
export const SPEECH_VERB = words(
  "s'est (?:félicitée?|réjouie?|inquiétée?|alarmée?|indignée?|emportée?|défendue?|exclamée?|agacée?)", 's\'(?:en )?(?:félicite|réjouit|inquiète|alarme|indigne|emporte)',
  "(?:ajoute|poursuit|estime|explique|souligne|affirme|déclare|assure|insiste|prévient|résume|tranche|précise|martèle|rappelle|note|observe|conclut|confie|lance|glisse)-t-(?:il|elle)",
  '(?:a|ont|avait)(?:-t-(?:il|elle)|-(?:ils|elles))? (?:réagi|affirmé|déclaré|dit|ajouté|expliqué|précisé|estimé|indiqué|souligné|lancé|assuré|martelé|prévenu|averti|rappelé|insisté|confié|répondu|reconnu|admis|concédé|conclu|poursuivi|annoncé|écrit|tweeté|prévenu|rapporté|glissé|tranché|résumé|commenté|répété|dénoncé|regretté|jugé|observé|relevé|confirmé|réaffirmé|réitéré|fait valoir|fait savoir)',
  'affirmen?t?', 'déclaren?t?', 'expliquen?t?', 'estimen?t?', 'indiquen?t?', 'soulignen?t?', 'assuren?t?', 'rappellen?t?', 'disait', 'dit', 'disent', 'note', 'notent', 'écrit', 'écrivait', 'rapporte', 'rapportent',
  'said', 'says', 'say', 'stated', 'acknowledged', 'admitted', 'conceded', 'announced', 'tweeted', 'replied', 'insists', 'states', 'added', 'told', 'explained', 'noted', 'notes', 'warned', 'wrote', 'writes', 'declared', 'insisted', 'stressed', 'argued', 'reports', 'reported', 'remarked', 'commented', 'observed', 'recalled', 'claimed', 'maintained', 'emphasi[sz]ed', 'underlined', 'cautioned', 'confirmed', 'reiterated', 'affirmed', 'tells', 'asserted',
);
/** "selon X", "according to X", "comme le disait X": the name follows. */
export const SPEAKER_AFTER_CUE = words('^\\s*pour', 'selon', "d'après", 'according to', 'comme (?:le |la |l\')?(?:disait|dit|rappelait|écrivait)', 'as .{0,40}?(?:said|put it|wrote)');
/** A quote shorter than this many words is a scare quote ("“fragile”"), not speech. */
export const MIN_QUOTE_WORDS = 5;
