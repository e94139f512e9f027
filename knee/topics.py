"""Decide which content topic answers a message: a pure function of the NLU result and context."""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

from knee.aspects import DOSAGE_ASPECT as DOSAGE, aspects_in_text, message_aspects, words_pattern
from knee.content import ANSWER_TOPICS, Content, Topic

FIRST_TOPIC = "what_is"
FALLBACK_TOPIC = "fallback"
SYMPTOMS_TOPIC = "symptoms"
FATIGUE_TOPIC, TRAINING_LOAD_TOPIC = "causes.fatigue", "causes.training_load"
RETURN_TO_RUNNING_STEP = "pt_approach.return_to_running"
STRENGTH_STEP = "pt_approach.strength"
MOVEMENT_STEP = "pt_approach.movement"
SEEK_HELP_TOPIC = "seek_help"
THANKS_TOPIC, OUT_OF_SCOPE, WHY_REST_FAILS = "thanks", "out_of_scope", "why_rest_fails"
GOODBYE_TOPIC, HELP_TOPIC, GREETING_TOPIC = "goodbye", "help", "greeting"
KEEP_RUNNING, RECURRENCE_TOPIC, ROOT_CAUSE_STEP = "training.keep_running", "outlook.recurrence", "pt_approach.root_cause"
PRIVACY, WHO_TO_SEE = "privacy", "seek_help.who"
OUTLOOK_TOPIC, STRETCHING = "outlook", "exercises.stretching"
OTHER_THERAPIES = "treatment.other_therapies"
EXERCISE_EXAMPLES, EXERCISE_DOSE = "exercises.examples", "exercises.dosage"
# The intent of a runner's own symptom story; the Rasa server also forces it for an escalation.
SYMPTOMS_INTENT = "describe_symptoms"
GREET_INTENT = "greet"
FOLLOW_UP_INTENT = "ask_more"
AFFIRM_INTENT = "affirm"
HELP_INTENT = "help"
# "So what do I do about it?": the next step for the topic answered last.
NEXT_STEP_INTENT = "ask_what_to_do"
# Topics that say what to do; the first follow-up among them is a topic's next step.
DOING_FAMILIES = ("pt_approach", "exercises", "training", "treatment", "seek_help")
WORKS_BEST_FAMILIES = ("exercises", "pt_approach")
FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE_INTENT = "out_of_scope"
# below this, "out of scope" for a short follow-up about the answer ("by how much?") is a weak guess
WEAK_OUT_OF_SCOPE_BELOW = 0.35

TOPIC_BY_INTENT: Dict[str, str] = {
    "ask_what_is": "what_is",
    "ask_causes": "causes",
    "ask_causes_hip": "causes.hip_control",
    "ask_causes_quads": "causes.quad_strength",
    "ask_causes_mobility": "causes.mobility",
    "ask_causes_single_leg": "causes.single_leg_control",
    "ask_causes_training_load": TRAINING_LOAD_TOPIC,
    "ask_causes_fatigue": FATIGUE_TOPIC,
    "ask_why_rest_fails": "why_rest_fails",
    "ask_pt_approach": "pt_approach",
    "ask_pt_root_cause": "pt_approach.root_cause",
    "ask_pt_strength": STRENGTH_STEP,
    "ask_pt_mobility": "pt_approach.mobility",
    "ask_pt_movement": "pt_approach.movement",
    "ask_pt_return_to_running": RETURN_TO_RUNNING_STEP,
    "ask_seek_help": "seek_help",
    "ask_outlook": "outlook",
    "ask_keep_running": "training.keep_running",
    "ask_race_soon": "training.race_soon",
    "ask_cross_training": "training.cross_training",
    "ask_running_form": "training.running_form",
    "ask_braces_taping": "treatment.braces_taping",
    "ask_insoles_shoes": "treatment.insoles_shoes",
    "ask_pain_relief": "treatment.pain_relief",
    "ask_other_therapies": OTHER_THERAPIES,
    "ask_scans": "treatment.scans",
    "ask_surgery": "treatment.surgery",
    "ask_exercise_examples": "exercises.examples",
    "ask_exercise_dosage": "exercises.dosage",
    "ask_stretching": "exercises.stretching",
    "ask_other_names": "related.names",
    "ask_related_conditions": "related.conditions",
    "ask_clicking": "related.clicking",
    "ask_who_to_see": WHO_TO_SEE,
    "ask_recurrence": "outlook.recurrence",
    "ask_privacy": PRIVACY,
    "ask_about": "about",
    SYMPTOMS_INTENT: SYMPTOMS_TOPIC,
    GREET_INTENT: GREETING_TOPIC,
    "goodbye": "goodbye",
    "thanks": "thanks",
    "help": "help",
    "bot_challenge": "bot_challenge",
    OUT_OF_SCOPE_INTENT: OUT_OF_SCOPE,
    FALLBACK_INTENT: FALLBACK_TOPIC,
}
INTENT_BY_TOPIC: Dict[str, str] = {topic: intent for intent, topic in TOPIC_BY_INTENT.items()}
# The intents that ask about a topic (a question a story may carry).
QUESTION_INTENTS = frozenset(intent for intent, topic in TOPIC_BY_INTENT.items() if topic in ANSWER_TOPICS) | {
    FOLLOW_UP_INTENT, NEXT_STEP_INTENT, OUT_OF_SCOPE_INTENT}
# "no swelling and it never gives way" reads as a "no", but it is a story.
STORY_CAN_OVERRIDE = (QUESTION_INTENTS - {FOLLOW_UP_INTENT}) | {FALLBACK_INTENT, AFFIRM_INTENT, "deny"}
# Intents whose message, when it asks something, is answered by the question it ranks highest:
# a story, "not understood", and a yes or no ("what's the chance it just lingers?").
NOT_A_QUESTION = (SYMPTOMS_INTENT, FALLBACK_INTENT, AFFIRM_INTENT, "deny")
# A yes this short after an answer is a yes to hearing more.
YES_TO_MORE_MAX_WORDS = 3
YES_OR_NO = (AFFIRM_INTENT, "deny")
# "tape?" after something put aside: "ok no advil. tape?"
BARE_THING_MAX_WORDS = 3
_PUT_ASIDE = re.compile(r"\b(?:no|not|forget|skip|never mind|nvm|scrap|ditch)\b", re.I)
# A question the classifier ranks below this is not taken over the story or "not understood".
QUESTION_MIN_CONFIDENCE = 0.1
# A story the classifier is this sure asks a question ("I did them yesterday but it hurt a bit") is that question.
STORY_KEEPS_QUESTION_ABOVE = 0.8
KNEE_STORY_SIGNS = {"front_of_knee", "knee_named", "stairs_or_hills", "pain@knee", "exertion"}
KNEE_STORY_MIN_WORDS = 8
TREATMENTS_TRIED_MIN = 3  # treatments named in a story that lists what was tried
TRIED_LIST_MIN = 4  # ... in a list long enough to drown the question after it
QUESTION_ALONE_SURE_ABOVE = 0.7  # the classifier's confidence in that question read alone
DROWNED_ALONE_SURE_ABOVE = 0.4  # ... enough, for a question drowned by a list, when no less sure than of the list
DROWNED_ALONE_MARGIN = 0.05
QUESTION_ALONE_CERTAIN_ABOVE = 0.9  # ... so sure that a story the classifier cannot read does not drown it
# "12 years of runners knee on and off", "since 2019", "This is year 4 of this nonsense": how long it has gone on, in
# years (not an age: "I am 34 years old")
_YEARS_OF_IT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*(?:\+\s*)?(?:years?|yrs?)\b(?!\s+old)"
    r"|\b(?:since|in) (?:19|20)\d\d\b|\byear (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bdecades?\b", re.I)
_QUESTION = re.compile(
    r"\?|^\W*then\s+(?:what|how|why|which)\b|\bnow what\W*$|(?:^|[.!,;:]\s*|\b(?:and|but|so|just|ok|okay|alright|right|lol|hmm|well|also|or|eh|yeah|nah|anyway|anyways)\s+)"
    # "ok but honestly will I be ready for race day": a question after a word of candour
    r"(?:(?:honestly|seriously|realistically|genuinely|tbh|be honest|to be honest)\W+)?(?:what|what'?s|why|how|how'?s|should|shall|can|could|is it|is this|is that|"
    r"is (?:the|my|her|his|their|there)|"
    # (not a story of a run done: "Did my 3rd ever parkrun this morning and now my knee is sore", nor of treatment had:
    # "did physio 2 courses, shockwave, acupuncture, everything")
    r"are|am (?:i|we)(?!\W*$)(?!\s*,|\s+(?:lol|too|haha|tbh)\b)|do|does|did(?!\s+(?:my|a|an|the|some|another|\d|physio|pt|rehab|exercises|everything|loads|lots|two|three|four|five|six))|will|would|which|anyone|shud|shld|cud|wud|wat|wats|wot"
    # "where's that coming from if it's not the crunching", "at what point do I stop ignoring it"
    r"|where'?s|where (?:is|does|do|did|would|could|should|can)|at what point"
    # "have I undone 3 weeks of work in one night"
    r"|have (?:i|we|u|you)(?! to)|has (?:it|he|she|that|this)"
    # "when should i", "any tips": not "when i run", "any hill"
    r"|kenapa|when\s+(?:should|shall|can|could|will|would|do|does|did|is|are|am|might|must|to)|any\s+(?:advice|tips?|tricks?|ideas?|thoughts?|suggestions?|"
    r"recommendations?|help|way|point|chance|reason|good|use|benefit|difference|evidence|exercises?|stretches?|experience|one|1|body|ppl|people|other))\b|\b(?:any advice|any tips|thoughts|wondering|wtf|what gives|how come|"
    r"worth it|ok to|okay to|good idea|bad idea|yay or nay|yes or no|yeah or|whether|do (?:you|u|ya) (?:think|reckon)|(?:you|u|ya) reckon)\b|\bor (?:nah|not|avoid|what|no|stop|skip)\W*$"
    # "she's asking if she should switch to the gym", "... first run back and pain come back. why"
    r"|\b(?:asking|wondering|want(?:s|ed)? to know|asks?|asked) (?:me |you |u |us )?(?:if|whether)\b|\b(?:why|how come)\W*$"
    # "like how much pain is too much when I'm under the bar": a question after a filler that opens the message
    r"|^\W*(?:like|i mean|so like)\s+(?:how|what|why|which|should|can|could|is it|do|does)\b"
    # "you're really not going to give me a number of reps are you", "thats me then isn't it": a question tagged on the end
    r"|\b(?:are|aren'?t|is|isn'?t|do|don'?t|does|doesn'?t|can|can'?t|will|won'?t|have|haven'?t) (?:you|u|ya|it|they|we)\W*$"
    # "step 5 is just 'start running again slowly' isnt it. they can do that for free": a tag ending its sentence
    r"|\b(?:aren'?t|isn'?t|don'?t|doesn'?t|won'?t|haven'?t) (?:you|u|ya|it|they|we)[.!]+\s"
    # "He ask can he still run in the club competition": a question reported in a story
    r"|\b(?:asking|asks?|asked|wondering|want(?:s|ed)? to know) (?:me |you |u )?(?:can|could|should|shall|will|would|is|does|do|may|must) (?:he|she|i|they|we|it)\b"
    # "tell me MRI is required for runners knee or not required"
    r"|\b\w+ or not \w+\W*$"
    # "I wanted to ask how physio helps with runners knee", "just want to understand the single-leg control side of it"
    # (not "I want to ask about my knee", which opens a story)
    r"|\b(?:want|wanted|wants|would like|'d like|was hoping|am hoping|hope) to (?:(?:ask|know|find out|check) (?:how|what|why|which|when|if|whether|where)"
    r"|(?:understand|learn) (?:\w+ )?(?:more|better|how|what|why|the|about))\b"
    # "haiz ok. after the race how to come back properly" (not "I know how to tape it")
    r"|(?<!know )(?<!knew )(?<!learn )(?<!learnt )(?<!learned )(?<!shown )(?<!showed )\bhow to\b"
    # "kindly suggest some exercises", "pls advise should i reduce the hills", "tell me how to come back"
    r"|\b(?:kindly|please|pls|plz)\s+(?:suggest|advi[sc]e|tell|explain|help|guide|recommend)\b"
    r"|\btell (?:me|us) (?:how|what|why|which|when|if)\b|\bhelp(?: me| pls| please)?\s*!+\W*$"
    # "... Knee still hurts. Explain that", "ice or heat. physio 1 said ice, physio 2 said heat": a question without
    # its question mark
    r"|(?:^|[.!;:]\s*)explain (?:that|this|it|why|how)\b|^\W*\w+ (?:or|vs|versus) \w+\s*(?:[.!]|$)"
    # "... and the front of my left knee is sore what causes that is it just my age"
    r"|\bwhat (?:causes|caused) (?:that|this|it)\b"
    # "after 5 years can someone actually explain what is going on inside my knee"
    r"|\b(?:can|could) (?:someone|somebody|anyone|anybody|you|u) (?:actually |please |just |finally )?(?:explain|tell me)\b"
    # "ive accepted it hurts. the question is how much pain is too much"
    r"|\b(?:the|my|real|only|main) question is\b"
    # "so you're saying keep running on something that hurts", "I suppose I'm asking who's right": a check on the
    # answer, or a question said to be one (not "the knee is why I'm asking")
    r"|\b(?:you'?re|you are|ur|u r) (?:saying|telling me)\b|(?<!why )\b(?:i'?m|im|i am) (?:really |just |basically |actually )?asking\b"
    # "it hurts a bit while im doing them is that ok"
    r"|\b(?:is (?:that|it|this)|are they|r they|is that still) (?:ok|okay|normal|bad|fine|alright|good|safe|a problem|"
    r"an issue|a worry|serious|allowed)\b"
    # "... when I'm tired. is fatigue a factor", "the kidney thing - is that specific to ultras": a sentence
    # (or a clause after a dash) that opens with "is" asks something
    r"|(?:^|[.!;:,\-–—\U0001F300-\U0001FAFF]\s*)(?:is|am)\s+(?!been\b)\w+"
    # "my knee hurts when i do squats at the gym why would that be": a run-on question
    r"|\b(?:why|how|what|which|when|where) (?:would|could|does|do|is|did|can|should|will|are|am) (?:that|this|it|i|you|u|my|the|they|we|she|he)\b"
    # "... that's why my knee cap hurts is that actually a thing", "hey quick one is stretching going to sort it"
    r"|\b(?:is|isn'?t) (?:that|it|this) (?:actually |really |even |just )?(?:a thing|true|right|legit|the case|the reason|possible)\b"
    r"|\bquick (?:one|q|question)\W+(?:is|are|do|does|can|should|will|would|what|how|why|when)\b"
    # "anything I can do for the knee at home then", "so more reps or heavier weights"
    r"|\banything (?:else )?(?:i|we|you|u|she|he|they) (?:can|could|should|shud|cud) (?:do|try)\b"
    # "srs q can u explain the whole load vs capacity thing"
    r"|\b(?:can|could) (?:you|u|ya) (?:please |pls |plz )?(?:explain|tell|clarify|describe|recommend|suggest|advise)\b"
    r"|\b(?:more|less|fewer|heavier|lighter|higher|lower|longer|shorter|faster|slower)\b(?:\s+\w+){0,2}\s+or\s+(?:\w+\s+)?"
    r"(?:more|less|fewer|heavier|lighter|higher|lower|longer|shorter|faster|slower)\b"
    # "cheers. who actually writes your answers btw", "where exactly does runners knee hurt", "so pain come from where"
    # (not "... a retired GP, who has asked me to put a question to you")
    r"|(?:^|[.!?]\s*|\b(?:and|but|so|ok|okay|btw)\s+)who(?:'?s|se)?\s+\w+|\bwhere(?:'?s)?\s+(?:exactly |abouts )?(?:does|do|did|is|are|can|could|should|would|will)\b"
    r"|\bfrom where\b"
    # "just gimme the exercises", "show me the stretches": asking for an answer
    r"|\b(?:gimme|give me|show me|send me)\s+(?:the|some|a few|a list|them|those)\b", re.I)
# "i run 3x a week and do crossfit 4x": "and do" followed by what is done, not by whom (a story, not a question
# like "and do I need to stop")
_AND_DO_THINGS = re.compile(r"\b(?:and|also|plus)\s+(?:do|does|did)\s+(?!(?:i|you|u|we|they|he|she|it|my|your|ur|the|this|that|these|those"
                            r"|people|ppl|runners|any|anyone|anybody|all|most|y'?all|ya|physios?|exercises?|stretches?|insoles?|braces?"
                            r"|shoes|squats|lunges)\b)\w+", re.I)
# Words in quotes, with no question mark: someone else's words, quoted ("the GP just says 'rest it, do your exercises'")
_QUOTED_SPEECH = re.compile(r"(?<![\w'’])['‘\"“][^'‘’\"“”?\n]{3,80}['’\"”](?!\w)")
# A message this long that tells a story and asks is also read by its question alone.
QUESTION_PART_MIN_WORDS = 15
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# Overviews whose sub-topics an aspect picks ("is it my glutes?" -> causes.hip_control).
CAUSES = "causes"
TRAINING_LOAD = "training_load"
PT_APPROACH = "pt_approach"
TREATMENT, EXERCISES = "treatment", "exercises"
RELATED = "related"
FAMILIES = (CAUSES, PT_APPROACH)

# "which ones?", "like what?": asking for examples of what the answer just given recommends.
# ("which quad ones", "what kind of hip ones", "what kind of things for the core")
_EXAMPLES = (r"which (?:\w+ )?ones?|what ones|like what|such as|for example|examples?"
             r"|what (?:kinds?|sorts?|types?) of (?:\w+ )?(?:ones|things|stuff)(?: for (?:the |my |your |her |his )?\w+)?")
# "why?", "why not?", "which ones?", "like what?": the answer just given, again.
_WHY = re.compile(r"^\W*(?:(?:but|and|so|ok|okay|hmm|well)\W+)*(?:why(?: not| is that| so)?|how come|really|rly|srsly|seriously|for real|is that (?:right|true|so)|"
                  + _EXAMPLES + r")(?:\W+(?:tho|though|then|exactly))?\W*$", re.I)
# The start of a follow-up, with any "and", "but", "so", "ok" before its first word.
_OPENING = r"^\W*(?:(?:and|but|so|ok|okay|right|alright|yeah)\W+)*"
# "can you give an example", "gimme some examples pls": examples of what the answer just given says
_GIVE_AN_EXAMPLE = re.compile(_OPENING + r"(?:(?:can|could|would) (?:you|u) (?:pls |please )?)?(?:give|show|gimme) (?:me |us )?"
                              r"(?:an? |some |one |a few |few |any )?(?:more )?examples?(?: (?:pls|please|plz|tho|then))?\W*$", re.I)
_ABOUT_IT = re.compile(_OPENING + r"(?:can|could|should|does|do|is|will|would)\b"
                       r".*\b(?:it|that|this|them|they)\b", re.I)
# "even on stairs?", "even the deep ones?": the answer just given, for a case it names.
_EVEN = re.compile(r"^\W*(?:(?:and|but|so|what about)\W+)?even\b", re.I)
EVEN_MAX_WORDS = 6
# "what about older runners", "what if im over 50": whom the answer just given holds for; "what about the other
# knee?": the same answer for the other side
_FOR_A_GROUP = (r"(?:what|how) about (?:for )?(?:older|younger|old|young|teenage|teen|masters|female|women|male|men|new|beginner)"
                r"(?: runners| people| folks| athletes| ones)?\W*$|(?:what|how) about (?:for )?(?:kids|children|teens|teenagers|women|men|beginners)\W*$"
                r"|what if (?:i'?m|im|i am|she'?s|shes|he'?s|hes|they'?re) (?:over|under|older than) \d\d\b"
                r"|(?:what|how) about (?:the |my |her |his )?(?:other|left|right) (?:knee|leg|side|one)\W*$")
# "before or after the run?", "same for her sister?", and the above: when, or for whom, the answer just given holds;
# "why not, half my club does": why it says what it says
_SAME_ANSWER = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|hmm)\W+)*(?:before or after|after or before|same for|same with|why not\b|"
                          r"is it the same for|does that go for|does the same go for|which (?:one )?(?:is |'s )?(?:better|best)|"
                          + _FOR_A_GROUP + r")", re.I)
# "how would I know which one I've got?", unless the classifier is sure of another question: how the
# answer just given tells
_HOW_TO_TELL = re.compile(_OPENING + r"how (?:do|would|can|could) (?:i|you|u|we|they) (?:know|tell)\b", re.I)
SAME_ANSWER_MAX_WORDS = 14
# "what counts as mild though?", "what does 2/10 even feel like?": what a word of the answer means
_WHAT_IT_MEANS = re.compile(_OPENING + r"(?:what counts as|what do (?:you|u) mean by|what is meant by|what(?:'?s| is) classed as"
                            r"|what does\b.{1,30}\b(?:mean|feel like))\b", re.I)
# "2 to 3 weeks from when?", "so never then?": a check on what the answer just said
_CHECKS_THE_ANSWER = re.compile(r"\b(?:from|since|starting|counting from) when\W*$"
                                r"|^\W*(?:so|and|ok|okay|wait)\W+(?:never|always|forever|nothing|none|both|neither|not|no)(?: at all| ever)?"
                                r"\s+then\W*\?+\W*$", re.I)
CHECK_AFTER_A_QUOTE_MAX_WORDS = 20
PRIVACY_NAMED_UNSURE_BELOW = 0.4
_DRAWS_A_CONCLUSION = re.compile(r"^\W*so\W+(?:basically\W+|in other words\W+)?(?:it'?s|it is|its|i'?m|im|i am|nobody|no one|"
                                 r"noone|not|(?:they|it|that|this) (?:don'?t|doesn'?t|do not|does not|won'?t|can'?t))"
                                 r"\s+(?!asking|wondering|saying)\w", re.I)
CONCLUSION_MAX_WORDS = 14
# "wdym calf n achilles": what the answer meant by something it said (naming no other part)
_WHAT_DO_YOU_MEAN = re.compile(_OPENING + r"(?:what do (?:you|u|ya) mean|wdym)\b", re.I)
# "how?": how to do what the answer just gave
_HOW_ALONE = re.compile(_OPENING + r"how(?: though| tho| exactly| so)?\W*$", re.I)
# "how do I put it on?": using what the answer just named
_HOW_TO_USE = re.compile(_OPENING + r"how (?:to|do (?:i|you|u|we)|should (?:i|we)|would (?:i|you))\s+"
                         r"(?:put|wear|apply|use|fit|stick|tie|take|get)\s+(?:it|them|that|this|those|these|one)\b"
                         # (not "how do i get it looked at": seeing someone about it)
                         r"(?!\s+(?:looked|checked|seen|assessed|examined|sorted|fixed|treated)\b)", re.I)
# "how do i even do that without feeling like a penguin": doing what the answer just said
_HOW_TO_DO_IT = re.compile(_OPENING + r"how (?:do|can|would|should|could) (?:i|you|u|we) (?:even |actually |best )?"
                           r"(?:do|get|raise|increase|change|practi[sc]e|start|build) (?:that|it|this|them|those)\b", re.I)
HOW_TO_DO_IT_MAX_WORDS = 12
HOW_TO_DO_IT_SURE_ABOVE = 0.9
# "fixable?", "can that be sorted?", "fix?"
_FIXABLE = re.compile(_OPENING + r"(?:is (?:it|that|this) |can (?:it|that|this) be |are they )?"
                      r"(?:fixable|treatable|curable|fixed|sorted|sortable|reversible|corrected|trained out|trained away|retrained|worked on|fix(?: it| that| this)?)(?: then| though| tho| at all)?\W*$", re.I)
# "is there a way to correct it?", "how do I fix that?", "so what do i do about weak hips"
_WAY_TO_FIX = re.compile(_OPENING + r"(?:(?:is there (?:a|any) way|how (?:(?:do|can|would|could|should) )?(?:i|you|u|we|they|she|he)|how to|can (?:i|you|u|we|she|he))\s+"
                         r"(?:(?:even|actually|really)\s+)?(?:to\s+)?(?:fix|correct|sort|improve|change|stop|train|make|build|strengthen|loosen|free up)"
                         r"|what (?:do|does|can|should|would|could) (?:i|you|u|we|they|she|he) do (?:about|for|with))\s+"
                         r"(?:it|that|this|them|those|these|the \w+(?: thing| bit| part| one| issue| problem)?|my \w+|(?:weak|tight|stiff|lazy|poor) \w+"
                         r"|(?:ankles?|hips?|quads?|glutes?|thighs?|muscles?|legs?) (?:less|more|stronger|looser|better))\b", re.I)
# "same for my wife?", "does the insole stuff go for her too?"
_SAME_FOR_OTHERS = re.compile(
    r"\bsame (?:for|answer|deal|advice|thing|goes|applies|exercises?|rolling|stuff)\b"
    r"|\b(?:go|goes|apply|applies|work|works|true|hold|holds)\s+for\s+(?:her|him|them|me|us|my \w+)\b"
    r"|\b(?:apply|applies)\s+to\s+(?:her|him|them|me|us|my \w+)\b"
    r"|\b(?:for|to)\s+(?:my|her|his|our)\s+\w+\s+too\b"
    r"|\b(?:should|does|can|could|would)\s+(?:he|she|they)\s+(?:\w+\s+)?(?:follow|do|use|try|wear)\s+(?:it|that|this|them)\s+too\b"
    # "does it work on kids as well?", "and for me? I have 47 years and same pain"
    r"|\b(?:work|works|apply|applies|ok|okay|safe|same)\s+(?:on|for|with)\s+(?:kids|children|teens|teenagers|juniors|adults|women|men|"
    r"older runners|girls|boys)(?:\s+as well|\s+too)?\b"
    r"|^\W*(?:and|what about|how about)\s+(?:for\s+)?(?:me|him|her|them|us)\s*\?", re.I)
SAME_FOR_OTHERS_MAX_WORDS = 20
# "Same rule for walking also?", "does that guide apply to hill reps": the answer just given, whatever it names
_SAME_RULE = re.compile(r"\b(?:same|that|this|the|your) (?:rule|rules|guide|guideline|guidelines|principle|limit|advice) "
                        r"(?:for|with|apply|applies|go|goes|work|works|count|counts|hold|holds)\b", re.I)
SAME_RULE_MAX_WORDS = 10
# "not knee but my hamstring ...", "nothing to do with my knee": the message is about something else
_NOT_THE_KNEE = re.compile(r"\b(?:not (?:about )?(?:the |my |a )?knees?|nothing to do with (?:the |my )?knees?)\b(?! (?:pain|cap|caps))", re.I)
# "every run or just the long ones", "all day or only for running": when to use a treatment
_WHEN_TO_USE = re.compile(r"\b(?:every (?:run|session|day|time)|all (?:day|the time)|always|(?:only|just) (?:for|on|in|during|when|the))\b", re.I)
WHEN_TO_USE_MAX_WORDS = 12
INSOLES_SHOES, PAIN_RELIEF = "treatment.insoles_shoes", "treatment.pain_relief"
WORN = ("treatment.braces_taping", INSOLES_SHOES)
# "why aren't they working?", "why is it not helping"
_WHY_NOT_WORKING = re.compile(r"\bwhy (?:aren'?t|are not|arent|isn'?t|is not|isnt|don'?t|do not|dont|doesn'?t|does not|doesnt"
                              r"|are|is) (?:they|these|those|it|them|this|the exercises?|my exercises?)(?: not)?"
                              r" (?:even |actually |really )?(?:working|helping|work|help|doing anything)\b", re.I)
# "i did exercises tho. 6 weeks of them. isnt that enough?": whether weeks of them should have worked
_WEEKS_NOT_ENOUGH = re.compile(r"\b(?:\d+|a few|few|several|two|three|four|five|six|eight|twelve) (?:weeks?|wks?|months?)\b.*"
                               r"\b(?:isn'?t|is not|isnt|wasn'?t|wasnt|was not|aren'?t|arent) (?:that|it|this|they|those) (?:long )?enough\b", re.I)
# more load on an exercise: "heavier on the leg press", "add a band to the clams", "a kettlebell for the step ups"
_MORE_LOAD = re.compile(r"\b(?:heavier(?! than)|more weight|more load|harder version|add(?:ing)? (?:a |some |more |an? extra )?"
                        r"(?:band|bands|weights?(?! training| lifting| sessions?| room)|load|kettlebell|dumbbells?|resistance|backpack)\b)", re.I)
_MORE_OF_THEM = re.compile(r"\bmore of (?:them|those|these|the same)\b|\b(?:more|extra) (?:reps|sets)\b", re.I)
_KEEP_DOING_EXERCISES = re.compile(r"\bkeep(?:ing)? (?:on )?(?:doing|up|at|going with|with) (?:the |my |her |his |them |these |those |all )?(?:\w+ )?"
                                   r"(?:exercises|rehab|(?:glute|hip|quad|strength|band|rehab|physio) (?:stuff|work|exercises|routine))\b"
                                   r"|\bkeep (?:the|my|her|his) (?:\w+ )?(?:exercises|rehab|strength work) (?:up|going)\b", re.I)
KEEP_DOING_EXERCISES_MAX_WORDS = 14
# fewer sessions: "can i drop them to twice a week", "cut the exercises back to every other day"
# (the exercises, not the runs: "can I drop my runs to twice a week")
_FEWER_SESSIONS = re.compile(r"\b(?:drop|cut|reduce|scale|ease) (?:them|the exercises|my exercises|the rehab|my rehab)"
                             r"(?: down| back)? (?:to )?(?:once|twice|\d+ ?(?:x|times)|three times|every other day|alternate days)\b",
                             re.I)
# stopping or skipping: "normal or should i stop", "so do i skip todays or what", "no need to stop?"
_STOP_OR_SKIP = re.compile(r"\b(?:stop|stopping|skip|skipping|push through|pushing through|too much)\b", re.I)
DOSE_PAIN_MAX_WORDS = 22
# a question of who, or a referral: "who's supposed to watch me run then, do i need my family doctor to refer me"
_WHO_OR_REFERRAL = re.compile(r"\bwho\b|\brefer(?:s|red|ral)?\b", re.I)
# whether to run the race: "can I run it", "should i still run it or pull out", "defer?"
# the race itself, as a runner names it: "it", "the race", "the half"
_THE_RACE_NAMED = r"(?:it|the race|the half|the marathon|the 10k|the 5k|the event)"
_RUN_IT_OR_NOT = re.compile(r"\b(?:run|race|do|finish|start) " + _THE_RACE_NAMED + r"\b"
                            r"|\b(?:pull|drop) out\b|\bdefer\b|\bdns\b", re.I)
# a clinician watching the runner run: "none of them watched me run once", "will the physio film me running"
_WATCHED_ME_RUN = re.compile(r"\b(?:watch|watched|watches|film|filmed|films|video|videoed|look(?:ed)? at|check(?:ed)?)"
                             r" (?:me|my|her|him|his|them|their) (?:run|running|jog|jogging)\b", re.I)
# relying on a support: "am I getting dependant on it?", "should I be weaning off?", "will I need it forever"
_DEPENDENT_ON = re.compile(r"\b(?:dependent|dependant|reliant|hooked on|addicted to|a crutch"
                           r"|wean(?:ing)?(?: myself| her| him)? off|need (?:it|them|one) forever)\b", re.I)
# "Related?", "is it to blame?": whether the thing just told is the cause
_RELATED_ALONE = re.compile(_OPENING + r"(?:(?:is|are|could|might) (?:it|they|that|those|the two|these) )?(?:related|connected|linked|the cause|to blame)"
                            r"(?: at all| then| tho| though| do you think)?\W*$", re.I)
# "Should I?", "is it?", "do they?"
_BARE_QUESTION = re.compile(_OPENING + r"(?:should|shall|do|does|did|is|are|can|could|would|will|must) (?:i|it|he|she|we|they|you|u|that|this)\W*$", re.I)
# "... I have a Peloton in the basement and a pool membership. Which one is easier on the knee?": which of the things
# just named
_WHICH_ONE = re.compile(_OPENING + r"which (?:one|of (?:them|the two|those|these)) (?:is|would be|'s) (?:better|best|easier|kinder|gentler|safer)"
                        r"(?: (?:on|for) (?:the|my|your|his|her) knees?)?\W*$", re.I)
# "how do I fix IT band then", "how do you treat jumper's knee"
_HOW_TO_TREAT = re.compile(r"\bhow (?:do|can|would|should|could|to) (?:(?:i|you|u|we|they|she|he) )?(?:fix|treat|cure|get rid of|heal)\b", re.I)
OTHER_CONDITIONS = "other_conditions"
# "shin pain on the inside of leg, what is that?": another part of the leg, with no knee named
# the parts of answers that cover another part of the leg or foot (stiff ankles, tight calves, flat feet, shoes)
_PARTS_AN_ANSWER_COVERS = {"mobility", "stretching", "insoles", "shoes", "cadence", "massage", "hip", "quads"}
_ANOTHER_PART = re.compile(r"\b(?:shins?|calf|calves|hamstrings?|achilles|heels?|foot|feet|ankles?|groin|thighs?|toes?|lower back)\b", re.I)
_KNEE = re.compile(r"\bknee|\bpatell", re.I)
# "my shoulder clicks on bench press, what would that be": a part of the body away from the leg
_UPPER_BODY = re.compile(r"\b(?:shoulders?|elbows?|wrists?|necks?|arms?|hands?|fingers?)\b", re.I)
# "... now theres a dull ache round my kneecap when i go down hills. what even is this": what it is
_WHAT_IS_IT_AT_END = re.compile(r"\bwhat(?:'?s| is) (?:going on|happening) (?:with|in) (?:it|this|that|my knee|the knee|my knees)\W*$"
                                r"|\bwhat(?: even| actually| exactly| really)?(?:'?s| is)(?: even| actually| exactly| really)? (?:it|this|that)"
                                r"(?: thing| problem| condition| injury)?"
                                r"(?: exactly| even| actually| then| tho| though| lol)?\W*$"
                                # "... worse after sitting in lessons all day. what would that be?"
                                r"|\bwhat (?:would|could|might) (?:it|this|that) be\W*$"
                                # "what do you think it is"
                                r"|\bwhat (?:do|would) (?:you|u|ya) (?:think|reckon) (?:it|this|that)"
                                r"(?:'?s| is| could be| might be)\W*$"
                                # "could you kindly tell me what this condition is?", "what injury is this"
                                r"|\bwhat (?:this|the|my|his|her) (?:condition|injury|problem)"
                                r" (?:is|could be|might be)\W*$"
                                r"|\bwhat (?:condition|injury|problem) (?:is (?:this|it|that)|(?:this|it|that) is"
                                r"|(?:do|does) (?:i|he|she) have|(?:i|he|she)(?:'ve| have|'s| has) got)\W*$", re.I)
# "no i mean which one actually has evidence behind it", "to heal i mean. ran the waterfront half ...": a
# correction of the question just answered, in its first sentence
_CORRECTION = re.compile(r"^\W*(?:(?:no|nah|sorry|soz|oops|ok|okay|not in general)\W+)*i\s+meant?\b|^[^.?!,]{1,30}\bi\s+mean\W*(?:[.?!,]|$)", re.I)
# "that doesn't answer my question tho, yes or no", "explain simpler pls my brain is fried": the answer
# just given, asked again (not "and if that doesn't help?", which asks what next)
_ASKS_AGAIN = re.compile(r"(?<!\bif )\b(?:that|this|it|you)\s+(?:doesn'?t|does not|didn'?t|did not|dont|don'?t)\s+(?:really\s+|actually\s+|even\s+)?"
                         r"(?:answer|address)\b|\bnot what i (?:asked|meant)\b|\b(?:explain|say)\s+(?:it\s+|that\s+|this\s+)?"
                         r"(?:simpler|more simply|in simpler words|like i'?m \w+)\b|\b(?:dumb|break) it down\b|^\W*simpler\b", re.I)
ASKS_AGAIN_MAX_WORDS = 12
# "what else could it be then", "what else did you list": after one cause, the others
_WHAT_ELSE = re.compile(r"\bwhat else (?:can|could|might|would|does|do|did|is|was|causes?|you)\b", re.I)
WHAT_ELSE_MAX_WORDS = 14
# "so if it's not my feet what is it then", "if its not the shoes what else could it be": after one cause ruled out, the others
# ("ok so if it's no the feet, whit is it", "So if it isn't wear and tear, what IS driving it?", "if it's not the
# cartilage, why does it hurt then"; not "if it's not better
# in 2 weeks what should I do")
_IF_NOT_THAT = re.compile(r"\bif (?:it|that|its|thats)(?:'?s| is| was)? ?(?:not|n'?t|no|isn'?t|wasn'?t)\b[^.?!]{0,30}?"
                          r"\b(?:(?:what|whit|wat|wot)(?: else)?(?:'?s| is| could| might| would| can)? (?:it|causing|driving|causes|be|cause)"
                          r"|why (?:does|do|is|'?s) (?:it|my knee|the knee) (?:still |even )?(?:hurt|ache|sore|so sore|painful))\b", re.I)
# ("if its not arthritis then what else could it be": with a condition ruled out, what else it could be is another condition)
CONDITIONS_NAMED = {"arthritis", OTHER_CONDITIONS}
_COULD_IT_BE = re.compile(r"\b(?:could|might|would|can) it be\b", re.I)
# "which brand then", "brand?": the answer about the thing just answered (it names none)
_WHICH_BRAND = re.compile(r"\b(?:which|what|any|best|good|recommend\w*)\b.*\bbrands?\b|^\W*(?:and\W+|so\W+|ok\W+)?brands?\W*$", re.I)
WHICH_BRAND_MAX_WORDS = 8
# "but does it actually fix anything or does it just feel nice", "i meant does it actually fix it" after a treatment
# or the exercises (not "how do they work out the cause")
_DOES_IT_FIX_IT = re.compile(r"\b(?:does|do|will|would|can|is) (?:it|that|this|they|those|them) "
                             r"(?:actually |really |even |truly |ever )?"
                             r"(?:fix|fixing|cure|heal|treat|solve|work(?! (?:out|on)\b))\b", re.I)
DOES_IT_FIX_IT_MAX_WORDS = 14
# "should I go back to my old ones?"
_BACK_TO_OLD = re.compile(r"\b(?:go|going|switch|change|swap)\s+back\s+to\s+(?:the|my|our|her|his)\s+(?:old|previous|original|usual)\b", re.I)
# "what's the 2 out of 10 thing again?", "which check do you mean?"
_SAID_AGAIN = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|sorry)\W+)*(?:what'?s|whats|what is|what was|which)\b.*"
                         r"\b(?:again|you mean|you meant|you said|you mentioned|u mean|u said)\W*$", re.I)
_ABOUT_THE_ANSWER = re.compile(r"\b(?:it|that|this|them|those|how (?:much|many|gradually|slowly|quickly|fast|often|soon|far))\b", re.I)
# "Is that alright to carry on doing?", "is that the reason?": a question about what the story just told (not "is this
# just me now", of the pain itself)
_THAT_TOLD = re.compile(r"\b(?:that|those|these|them)\b", re.I)
_POINTS_BACK = re.compile(r"\b(?:that|this|those|these|them|about it|for it)\b", re.I)
# "Is it normal that it takes so long?": a "that" that opens what is asked, pointing back at nothing
_THAT_OPENS_A_CLAUSE = re.compile(r"\b(?:normal|common|usual|possible|true|likely|ok|okay|fine|weird|strange|odd) that\b", re.I)
# "does it go for me too?", "same for me?": the answer for the runner's own case, which the message goes on to tell
_FOR_ME_TOO = re.compile(r"\b(?:for me too|me too|same (?:for|with) me|(?:apply|applies|go|goes) (?:to|for) me)\b", re.I)
STORY_POINTS_BACK_MAX_WORDS = 8
# "why?" after what the pain is asks what causes it.
RELATED_NAMES = "related.names"
WHY_MEANS_CAUSES = ("what_is", RELATED_NAMES, "symptoms")
# "why shorter steps tho?", "what makes you say that?": why the answer just given says so
WHY_ABOUT_IT_MAX_WORDS = 7
WHY_WITH_ASIDE_MAX_WORDS = 12
_REASON_FOR_IT = (r"^\W*(?:(?:and|but|so|ok|okay|wait|hmm|sorry)\W+)*(?:what'?s|whats|what is) (?:the )?reason (?:behind|for|of) (?:that|this|it)\b"
                  r"|^\W*(?:(?:and|but|so|ok|okay|wait|hmm|sorry)\W+)*(?:what'?s|whats|what is) (?:that|this|it) from\b")
_ASKS_FOR_THE_CAUSE = re.compile(_REASON_FOR_IT, re.I)
_ASKS_THE_REASON = re.compile(_REASON_FOR_IT + r"|^\W*(?:(?:and|but|so|ok|okay|wait|hmm|sorry)\W+)*what makes (?:you|u) say (?:that|so)\b", re.I)
_ASKS_WHY = re.compile(r"\b(?:why|how come|kenapa)\b", re.I)  # (kenapa: why, in Malay and Indonesian)
_WHY_ONLY = re.compile(r"^\W*(?:(?:but|and|so|ok|okay|hmm)\W+)*(?:why|how come) (?:only|just)\b", re.I)
_OPENS_WITH_WHY = re.compile(r"^\W*(?:(?:but|and|so|ok|okay|hmm)\W+)*(?:why|how come)\b", re.I)
# "which ones?", "like what?" after an answer that recommends exercises, strengthening or stretches: examples of them.
_ASKS_FOR_EXAMPLES = re.compile(r"\b(?:" + _EXAMPLES + r")\b", re.I)
EXAMPLES_OF = (("exercises.stretching", re.compile(r"\bstretch(?:es|ing)?\b", re.I)),
               (EXERCISE_EXAMPLES, re.compile(r"\b(?:exercises?|strengthen(?:ing)?)\b", re.I)))
# "which exercise u mean", "what stretches do you mean?" after an answer that mentions them: examples of them
_WHICH_OF_THEM_MEANT = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|sorry|wait)\W+)*(?:which|what)(?: kinds? of| sorts? of)? "
                                  r"(\w+) (?:do |did )?(?:you|u) mean\b", re.I)
# "how long for?", "how long do you keep it?" after advice ask how long to keep doing it (or keep
# it), not how long recovery takes (after what physio does, "how long" asks how long until it is better).
# ("how many days exactly" after privacy: how long it is kept; "how many minutes" after ice: how long to ice)
_HOW_LONG = re.compile(_OPENING + r"(?:for\s+)?(?:how long|how many (?:days|weeks|months|minutes|mins|hours|hrs))\b", re.I)
_RECOVERY = re.compile(r"\b(?:recover\w*|heal\w*|better|take|takes|taking|last|lasts|back|again|gone|go away|goes away|going away|went away|"
                       r"clear\w*|settle\w*|off|rest|injured|come back|(?:be|been|being) out|sidelined|out of action|sorted|fixed|cured|resolved|"
                       r"(?:till|until|til|before) (?:it|this|the pain|the ache|mine) goes|"
                       r"(?:go|goes|get|gets|be|is|feel|feels|come|comes) (?:fine|ok|okay|normal|right|good|well))\b", re.I)
HOW_LONG_MAX_WORDS = 7
HOW_LONG_STAYS_IN = tuple(family for family in DOING_FAMILIES if family != PT_APPROACH) + (PRIVACY,)
# "what's step 3?", "and the last one?", "the first step of that?": a part of an overview's list, in order.
_ORDINALS = {"first": 1, "1st": 1, "one": 1, "1": 1, "second": 2, "2nd": 2, "two": 2, "2": 2, "third": 3,
             "3rd": 3, "three": 3, "3": 3, "fourth": 4, "4th": 4, "four": 4, "4": 4, "fifth": 5, "5th": 5,
             "five": 5, "5": 5, "last": -1, "final": -1}
_ORDINAL_PART = re.compile(
    r"\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+(?:step|one|part|bit|stage)"
    r"|(?:step|stage|part|number|no\.?)\s*(one|two|three|four|five|[1-5])\b)", re.I)
_STEP = re.compile(r"\bsteps?\b", re.I)
# "and 4", "3?", "ok 5 then" after an overview or one of its parts: that part, by its number
_BARE_NUMBER = re.compile(r"^\W*(?:(?:and|ok|okay|so|now|then|what about)\W+)*([1-5])(?:\W+(?:then|pls|please|now|next))*\W*$", re.I)
# "real talk, am i done running?", "should I just hang up the trainers", "quit running altogether at 64", "should i
# just give up running", "is runners
# knee curable": what the long run holds (not "should I stop running for a bit", which asks whether to keep running)
_GIVE_UP_RUNNING = re.compile(r"\bam i (?:done|finished) (?:with |wi |wiv )?(?:the )?(?:running|hills|fells|racing|marathons)\b"
                              r"|\bis my running (?:career )?over\b|\brunning days (?:are|r) over\b"
                              r"|\bhang(?:ing)? up (?:my|the|his|her|their|our) (?:trainers|running shoes|shoes|runners|sneakers)\b"
                              # (not "stop running completely until it goes away", a while off)
                              r"|\b(?:(?:quit|give up) running (?:altogether|for good|completely|forever|for ever)|stop running (?:for good|forever|for ever))\b"
                              r"(?!\s+(?:until|till|til|while)\b)"
                              # "should i just give up running" (not "give up running for a few weeks", a while off; "pack in
                              # running" is often a while off too)
                              r"|\b(?:give|giving) up (?:on )?running\b"
                              r"(?!\s+(?:(?:completely|altogether|entirely|totally)\s+)?(?:for (?:a|an|the|\d|two|three|four|some)|until|till|til|while)\b)"
                              r"|\bcurable\b|\bcan (?:(?:it|this|that|runner'?s knee|runners knee|runner knee) )?(?:be )?cured?\W*$", re.I)
# "in general do people with it get back to running ok", "be straight with me, am I going to be one of those runners
# who's always hurt": how it tends to turn out
_HOW_PEOPLE_DO = re.compile(r"\b(?:do|does|will) (?:most )?(?:people|runners|folks|athletes|patients) (?:\w+ ){0,4}?"
                            r"(?:get|go|come) back to (?:running|racing|normal|their running|full training|sport)\b"
                            r"|\b(?:am i|will i|i'?m|i'?ll|is she|will she|is he|will he) (?:[\w']+ ){0,8}?(?:always|forever|constantly|permanently|chronically) "
                            r"(?:hurt|injured|in pain|broken|crocked|niggled)\b", re.I)
# "and to fix the ankles?" after a cause: how to fix what it names
# ("anything to be done about stiff ankles")
_TO_FIX = re.compile(r"\b(?:fix|fixing|treat|treating|sort|sorting|improve|improving|work on|deal with|get rid of|done about|do about)\b", re.I)
TO_FIX_MAX_WORDS = 8
# "ok the exercises part", "the exercises one": the exercises themselves, named as a part of what was offered
_THE_EXERCISES_PART = re.compile(r"^\W*(?:(?:ok|okay|so|and|right|just|um)\W+)*(?:the )?exercises? (?:part|one|bit|side|section|stuff)\W*$", re.I)
_HOW_MEASURE = re.compile(r"\bhow (?:far|fast|hard|much|many|often)\b", re.I)
# "which first", "so where do i start" right after an overview: its first part
_WHICH_FIRST = re.compile(_OPENING + r"(?:(?:which|what)(?: one| ones| bit| part| step| of them)?(?: (?:do|should|would) (?:i|we|you) (?:do|start with|tackle|work on))?"
                          r" (?:first|1st)|where (?:do|should|would) (?:i|we|you) (?:even )?start)\W*$", re.I)
# (after advice that lists options, among them: "which one first" after bridges and clams, or a brace and tape)
WHICH_FIRST_STAYS_IN = ("exercises", "treatment", "training")
ORDINAL_MAX_WORDS = 12
# "the races one", "the exercises one please" after the list of what the assistant covers (or the choices
# offered when nothing was understood): the topic whose title names it
_THE_ONE_NAMED = re.compile(r"^\W*(?:(?:ok(?:ay)?|and|so|um+|erm|hmm|yes|yeah)\W+)*(?:the |that |dat )?(?P<named>[\w' ]{3,30}?) "
                            r"(?:one|bit|part|section|topic|stuff|thing)(?:\s+(?:please|pls|plz|then|first))?\W*$", re.I)
MENU_BEFORE = ("help", "fallback")
# words of a topic title that name no topic of their own ("Which exercises help", "How physio helps")
_TITLE_LITTLE_WORDS = frozenset({"help", "helps", "what", "which", "will", "need", "other", "ways", "with", "and", "about",
                                 "this", "runner", "knee", "running", "runners", "much", "often", "does", "have"})
_QUESTION_WORDS = frozenset({"how", "what", "which", "when", "why", "who", "where"})
# "and if that doesn't work?": after advice, when to get help; after physio, what is left
# (surgery, a last resort). After surgery or scans the classifier decides.
_WHO_TO_GO_TO = re.compile(r"\bwho (?:do|should|would|can|could|shall|to) (?:i |we |she |he |they |u |you )?(?:go to|see|ask|book|contact|call|turn to)\b", re.I)
_IF_IT_FAILS = re.compile(
    r"\bif\s+(?:that|it|this|they|those|these|the\s+\w+|my\s+\w+)\s+(?:still\s+)?"
    r"(?:does\s*n[o'’]?t|doesnt|do\s*n[o'’]?t|dont|won'?t|wont|did\s*n[o'’]?t|didnt|fails?|stops? working)\b"
    r"|\bif\s+none of (?:that|this|it|them|those|these)\s+(?:works?|helps?)\b"
    # "And if there's no change by then?"
    r"|\bif\s+(?:there'?s|there\s+is)\s+(?:still\s+)?no\s+(?:change|improvement|difference)\b", re.I)
IF_IT_FAILS_MAX_WORDS = 12
AFTER_PHYSIO_FAILS = "treatment.surgery"
# The answers that are physio's treatment (after the return to running, advice has not failed yet:
# when to get help).
PHYSIO_TREATS = ("pt_approach", ROOT_CAUSE_STEP, STRENGTH_STEP, "pt_approach.mobility",
                 MOVEMENT_STEP, WHO_TO_SEE)
SCANS_TOPIC = "treatment.scans"
DECIDES_ITSELF_AFTER = ("treatment.surgery", SCANS_TOPIC)
# Replies that answered nothing: "so what does fix it?" after them asks how physio helps.
NOTHING_ANSWERED = (OUT_OF_SCOPE, FALLBACK_TOPIC)
# "what else helps besides the brace?": something other than the answer just given.
_OTHER_THAN = re.compile(r"\b(?:besides|apart from|other than|instead of|rather than|aside from)\b", re.I)
_ELSE = re.compile(r"\b(?:else|other|instead|alternatives?)\b", re.I)
# A follow-up that asks for more ("tell me more", "what else?", "next?") goes on to the next part;
# one that asks about the answer without naming a part ("even deep ones?") stays with it.
_MORE = re.compile(r"\b(?:more|go on|continue|next|else|another|other|keep going|then what|what then|after that|after this|afterwards|step|part|last one|first one)\b"
                   r"|^\W*(?:ok(?:ay)?\W+)?and then\W*$", re.I)
# "ok i did the assessment last week, next?", "done the strength part 6 weeks, what is next step":
# done with the answer just given, what comes next.
_DONE_THAT = re.compile(r"\b(?:did|done|finished|completed|had|been doing|after|depois|despu[eé]s|dopo)\b", re.I)
_NEXT_AT_END = re.compile(r"\b(?:next(?: step| one| bit)?|what comes after|then what)\W*$"
                          r"|^\W*(?:and\W+|so\W+|ok\W+)*after (?:they|you|u|she|he|we|i|that|this)\b[^.?!]{0,40},\s*(?:then|what then|and then)\W*$",
                          re.I)
# "and after they find the cause, then?": what is done is the physio's first step
_CAUSE_FOUND = re.compile(r"\b(?:find|found|finds|identify|identified|figure out|figured out|work out|worked out|pinpoint|pinpointed)"
                          r" (?:the |what'?s |what is )?(?:root )?(?:cause|problem|issue|reason)\b", re.I)
# "after that phase what comes", "e depois das 10 sessões, what then?" (not "and after the race, what then", which names
# what it comes after)
_WHAT_THEN_AT_END = re.compile(r"\b(?:what comes(?: next)?|what then)\W*$", re.I)
# "and if it's not settled after an hour, what then?": what to do if so, not what comes next
_IF = re.compile(r"\bif\b", re.I)
# "and?", "and after?", "then what?", "then after that?", "next", "right, carry on": nothing but "go on", whatever the classifier reads into it
# ("carry on?" asks whether to carry on running).
_GO_ON = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|right|then|done(?: that| those| them| it| this)?)\W+)*(?:and(?:\s+(?:then|after|afterwards|next|after that))?|"
                    r"then|then what|what then|what next|(?:what'?s|whats|what is)(?: the)? next(?: step| one| bit)?|now what|"
                    r"next(?: step| one)?|and what else|what else|go on|keep going|(?:carry on|continue)(?!\s*\?)|(?:and\s+)?what comes (?:next|after(?: that(?: one)?)?)|"
                    r"(?:and\s+)?after (?:this|that)(?: what| then)?|what after (?:this|that)|(?:and\s+)?afterwards"
                    r"|(?:and\s+)?what happens (?:next|then|after(?: (?:this|that))?))\W*$", re.I)

# A short follow-up the classifier is unsure of ("is it ok if they hurt a bit?", "and IT band
# syndrome?") is read in the conversation: an intent of the topic just answered, of one of its
# follow-ups (or "so what do I do?", its next step), or of its family counts this many times its score.
CONTEXT_MAX_WORDS = 10
# a follow-up that names what it asks about ("about the taper, I cut more km or keep like the plan?") may run longer
NAMED_FOLLOW_UP_MAX_WORDS = CONTEXT_MAX_WORDS + 4
_PART_OF_IT = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|what about|how about|wat about|wbu)\W+)*(?:the |that |this |ur |your )?"
                        r"(?:[\w-]+(?: [\w-]+)? (?:part|bit|step|thing|stuff|side)|(?:one|bit|part) (?:about|on|with|for) (?:the |your |ur )?[\w-]+(?: [\w-]+)?)\W*$", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_QUOTES_AN_ANSWER = re.compile(r"\b(?:what (?:do|did) (?:you|u|ya) mean(?:t)? (?:by|with)|what(?:'?s| is| was) meant (?:by|with)|wdym)\b(?P<meant>.*)"
                               r"|\b(?:what'?s|whats|what is|what are) (?:the|this|that|these|those) (?P<named>.+?) (?:you|u|ya)(?: just)? "
                               r"(?:mentioned|said|were talking about|are talking about|talked about|were on about|are on about)\b", re.I)
QUOTES_AN_ANSWER_MAX_WORDS = 30
# "so what does treat the cause" after "they don't treat the cause": something else that does
# ("so weak hips didn't cause it? then why me")
_WHAT_DOES_THEN = re.compile(_OPENING + r"(?:then\W+)?(?:what (?:does|do|did)(?: it| then)?|why me(?: then)?(?: lol| tho| though)?"
                             r"|why (?:do|did) i (?:get|have) it(?: then)?)\W*$", re.I)
_ASKS_FOR_ANOTHER = re.compile(_OPENING + r"(?:then\W+)?what (?:does|do|will|would|can|could)\b(?!.*\bmean)", re.I)
_LITTLE_WORDS = frozenset("""a an the and or but if so to of in on at by for with from as is are was were be been am do does did
    i me my you your u ur it its it's that this these those there then than what which who how when why will would can could
    should shall may might must have has had not no yes just about more less too very really also some any all each
    they them their he she his her we us our out up down off over into only one two ok okay like knee knees pain runner's
    runners runner running s t get got""".split())
# "quads?", "calves too?", "what about for hills" after advice: the same advice for that part of
# the body or of the training, not what the part can cause
PART_ONLY_MAX_WORDS = 6
PART_BARE_MAX_WORDS = 3
PART_STAYS_IN = ("exercises", "training", "treatment")
BODY_AND_TRAINING_PARTS = ("hip", "quads", "mobility", "single_leg", TRAINING_LOAD)
_ASKS_ITSELF = re.compile(r"\b(?:is|are|am|do|does|did|can|could|should|would|will|how|why|which|when|who|"
                          r"what(?! about)|whats|what's)\b", re.I)
CONTEXT_UNSURE_BELOW = 0.5
# an answer quoted back in a short first sentence and pushed back on is about that answer when the classifier is
# less sure than this of the question
PUSHED_BACK_UNSURE_BELOW = 0.6
QUOTED_BACK_MAX_WORDS = 8
# "sleep and stress? genuinely? how does my sleep get into my kneecap": an echo of the answer, then a short question
ECHO_MAX_WORDS = 6
_ECHO_MARKERS = ("only", "just", "so", "wait", "really", "oh", "hmm", "hm", "ok", "okay", "right", "but", "and", "erm", "um")
ECHO_QUESTION_MAX_WORDS = 14
# ("'limited and mixed'. so thats a no then. what IS actually worth spending money on": something else)
_SOMETHING_INSTEAD = re.compile(r"\b(?:instead|else|worth)\b", re.I)
QUOTED_AND_DOUBTED_MAX_WORDS = 30
_A_FIGURE = re.compile(r"\b\d+ in \d+\b", re.I)
_IS_THAT_SO = re.compile(r"^\W*(?:(?:so|and|but|ok|okay|well|honestly)\W+)*(?:is (?:it|that|this)(?: (?:all(?: it is)?|true|right|it|so|the case|really it))?"
                         r"|(?:is|are) (?:she|he|they|them|we) right|(?:is )?that true|true|am i right)\W*$", re.I)
_TRAINING_RUN_BEFORE_IT = re.compile(r"\b(?:long runs?|shakeout|shake-out|training runs?|run-walks|easy runs|my runs|(?:my|the) \d+ ?(?:k|km|mi|miles?|miler) "
                           r"(?:this|next) (?:weekend|week|sunday|saturday)|the (?:last )?\d+s?\b"
                           r"(?! ?(?:weeks?|days?|mins?|minutes|k|km|miles?|%|/|out|in|yrs?|years?)))\b", re.I)
TRAINING_RUN_BEFORE_IT_MAX_WORDS = 25
_THE_RACE_ITSELF = re.compile(r"\b(?:on race day|the race|run it|do the race|in the race|the marathon|the half|the event|start line|"
                              r"pull out|drop out|defer|dns|taper\w*)\b", re.I)
# ("What fraction of people with runner's knee are OK a year later?", "does that change the odds")
_WHAT_ARE_THE_ODDS = re.compile(r"\bwhat(?:'?s| is| are| r) (?:my|her|his|the|our) (?:odds|chances)\b"
                                # ("what proportion recovered?")
                                r"|\b(?:what|which) (?:fraction|proportion|percentage|percent|share) (?:of (?:people|runners|patients|sufferers)\b"
                                r"|(?:of (?:them|those) )?(?:recovered|recover|got better|get better|were better|improved)\b)"
                                r"|\b(?:does|would|will|do) (?:that|this|it) (?:change|affect|shift|alter) (?:the|my|her|his) (?:odds|chances)\b"
                                # "he's at 18 months. Does that put him in the bad group?"
                                r"|\b(?:puts?|places?|am i|is (?:he|she)|are (?:we|they)) (?:me |him |her |us |them )?in (?:the|that) "
                                r"(?:bad|worse|worst|poor|poorer|unlucky|wrong) (?:group|camp|category|bunch|lot|half|bracket)\b", re.I)
# "seriously not even a ballpark??", "thats not exactly a no": the answer just given, pushed back on as no answer
_NO_STRAIGHT_ANSWER = re.compile(r"\bnot even (?:a |an )?(?:ballpark|rough (?:idea|guess|number|figure)|guess|estimate)\b"
                                 # "thats not exactly a no", "'start small' means nothing to me. give me a number. 2k? 5k?"
                                 r"|\b(?:that'?s|thats|that is|it'?s|its) not (?:exactly |really |quite )?(?:a |an )?(?:no|yes(?: or (?:a )?no)?|answer|straight answer)\W*$"
                                 r"|\b(?:just )?(?:give|gimme) (?:me |us )?(?:a |an |some |an actual |a real )?(?:number|figure|ballpark|rough number)\b"
                                 # "beats it by how much? a number please, not a vibe"
                                 r"|\b(?:a |an actual |a real )?(?:number|figure|percentage)s? (?:please|pls|plz)\b"
                                 # "I had hoped for something rather more exact than 'it depends'", "its a yes or no question mate",
                                 # "I didnt ask for a booking link, I asked what distinguishes them"
                                 r"|\bmore (?:exact|precise|specific|concrete) than\b|\b(?:it'?s|its|it is|it was|that was) a (?:simple )?yes or no(?: question)?\b"
                                 r"|(?:\bi |^\W*)(?:didn'?t|didnt|did not) ask (?:for|about|you (?:to|for))\b"
                                 # "I'm not asking for a plan. is there an actual rule or isn't there"
                                 r"|\bi'?m not asking (?:for|about) (?:a |an )?\w+\W+(?:is|are|does|do|can|so|just)\b"
                                 # "'not always' isnt a yes or a no", "'doesnt settle it' is a polite way of saying you dont know"
                                 r"|\b(?:isn'?t|isnt|is not|wasn'?t|not) (?:a |an )?(?:yes or (?:a )?no|straight answer)\b"
                                 r"|\b(?:a )?(?:polite|nice|fancy|long|roundabout|posh) way (?:of|to) say(?:ing)?\b"
                                 # "'the evidence doesn't settle it' is a cop out", "could that BE any vaguer", "thats a slogan on a
                                 # poster", "cost cutting dressed up as medicine"
                                 r"|\bcop[- ]?out\b|\bany vaguer\b|\ba slogan\b|\bdressed up as (?:medicine|science|advice|evidence|treatment|care)\b"
                                 # "So that was 450 pounds for not very much.", "so i paid 400 quid to find out basically nothing",
                                 # "so 280 euro for six weeks of relief": money spent on the thing just answered, for little
                                 r"|\b\d+ ?(?:quid|pounds|euros?|dollars|bucks|rand)\s+(?:for|to find out|to be told|to hear)\s+"
                                 r"(?:basically |very |pretty much |almost |next to )*(?:nothing|not (?:very )?much|(?:\w+ ){1,2}(?:weeks?|days?|months?) of relief)\b", re.I)
# "About one in three. Out of how many?", "the 7 weeks figure. what's the spread", "56 people. Hardly a large trial is it",
# "so it just shifts the load onto the calf", "so you don't actually have figures for that": the
# figures or reasoning of the answer just given, doubted
_DOUBTS_THE_FIGURE = re.compile(r"\bout of how many\b|\bwhat(?:'?s| is| was) the (?:spread|range|sample size|sample)\b"
                                r"|\bhardly (?:a |an )?(?:\w+ )?(?:cure|trial|study|studies|sample|evidence|proof|fix|answer|result|difference)\b"
                                r"|\bso (?:it|they|that|this) (?:just |only |simply )?(?:shifts?|moves?|pushes|push|transfers?|passes|pass)"
                                r" (?:the )?(?:load|problem|pain|stress|strain|issue)\b"
                                r"|\b(?:so )?(?:you|u) (?:don'?t|dont|do not) (?:actually |even |really )?(?:have|know) (?:the |any )?(?:figures|numbers|data|stats)\b"
                                r"|\bin plain terms nobody knows\b"
                                # "so nobody knows the right number of reps. then how did the app come up with it"
                                r"|\bso (?:basically |really |actually )?(?:nobody|no one|noone) (?:actually |really )?knows(?:\W*$| (?:the|what|how|which|if|whether)\b)"
                                r"|\bwith (?:treatment|physio|rehab) or without\b"
                                # "a third got a bit less pain. so two thirds got nothing. amazing"
                                r"|\bso (?:the other (?:\w+ )?|the rest|two thirds|2/3|most|the majority)\w* (?:got|had|saw|get) (?:nothing|no (?:benefit|change|difference|relief))\b"
                                # "does it actually do anything or is it basically placebo", "why does it feel better if it does nothing"
                                r"|\b(?:is it|it'?s|its|is that|that'?s|thats|is this|or) (?:just |basically |all |only |really |simply )*(?:a )?placebo\b"
                                r"|\bwhy\b[^.?!]*\bif (?:it|they|that) (?:does|do|did) (?:nothing|not (?:do )?(?:anything|much))\b"
                                r"|\bwhy\b[^.?!]*\bif (?:it|they) (?:doesn'?t|don'?t|does not|do not) (?:do anything|work|help)\b"
                                # "The trial you mention, how big was it and were they runners?", "What was the follow-up rate on
                                # that?", "Lab studies on people without pain, I assume", "Doesn't that rather cancel out the lab work?"
                                r"|\bhow (?:big|large|small|long) (?:was|were) (?:it|that|they|the (?:trial|study|sample|studies|trials|follow[- ]?up))\b"
                                r"|\bwere (?:they|those|the (?:people|participants|subjects|patients)) (?:actually |even |all )?(?:runners|athletes)\b"
                                r"|\bfollow[- ]?up (?:rate|period)\b|\b(?:drop ?out|dropout) rate\b|\blost to follow[- ]?up\b"
                                r"|\b(?:lab|laboratory) (?:studies|study|data|findings)\b|\bon (?:people|runners) without (?:pain|injury|knee pain)\b"
                                r"|\bon (?:healthy|uninjured|pain[- ]free) (?:people|runners|students|volunteers)\b"
                                r"|\b(?:cancels?|cancelling) (?:\w+ ){0,2}out\b(?! of\b)"
                                # "that was one session though wasnt it. what about every day for months", "5 years. how many
                                # people were in this trial", "nearly all? how many knees did they actually look at"
                                r"|\b(?:that was|it was|was it|only|just) (?:one|a single|1|the one) (?:session|treatment|sitting|visit)\b(?! (?:a|per|each|every|of) )"
                                r"|\bhow many (?:people|runners|knees|patients|participants|subjects|women|men|athletes)\b[^.?!]{0,20}?"
                                r"\b(?:in (?:this|that|the|it|each) (?:trial|study|review|group)|did (?:they|it|the (?:study|trial|researchers)) (?:\w+ )?(?:look at|test|study|scan|include|check|recruit|follow))\b"
                                # "so the 175 number was plucked out of thin air", "so if 10% is made up whats the alternative"
                                r"|\b(?:out of|from) thin air\b"
                                r"|\b(?:\d+ ?%|number|figure|rule|stat|percentage)s? (?:is|was|are|were) (?:just |all |basically )?made up\b"
                                # "nearly all of them? even people who dont run?", "is that runners or just everyone who gets it"
                                r"|\beven (?:in )?(?:people|those|ones|folk|non-?runners) (?:who|that)\b"
                                r"|\b(?:runners|athletes) or (?:just )?(?:everyone|everybody|anyone|people in general|the general population)\b"
                                # "so no evidence either way then", "so a few weeks of benefit and then nothing?"
                                r"|\bno (?:evidence|proof|data|research) either way\b"
                                r"|\b(?:benefit|relief|help|improvement|difference)s? (?:and )?then (?:nothing|zero|zilch|nada|no (?:benefit|difference))\b"
                                r"|\b(?:after that|then|and) (?:they|those) (?:just\W+)?(?:stop|quit) (?:working|helping|doing anything)\b", re.I)
# "dont just say see a physio, ive seen one", "and don't tell me to go to a doctor": seeing someone ruled out as the answer
_NOT_JUST_SEE_SOMEONE = re.compile(r"\b(?:don'?t|do not) (?:just )?(?:say|tell me(?: to)?|send me to)"
                                   r" (?:to )?(?:see|go to|get|book|ask|visit)? ?(?:a |my |the )?(?:physio|physiotherapist|doctor|doc|gp|professional|specialist|someone)\b", re.I)
# "physio cant see me till after the race", "not before the marathon": a race still ahead
_TILL_THE_RACE = re.compile(r"\b(?:till|until|til|before) (?:after )?(?:the|my|our) (?:race|marathon|half|event|ultra|10k)\b", re.I)
# "right so you cant tell me which. who can", "ok who can then" after an answer: who to see
_WHO_CAN_THEN = re.compile(r"(?:^|[.!?,]\s*|\b(?:so|ok|okay|right|then|well|fine)\s+)who (?:can|could|would|will)"
                           r"(?: (?:tell me|help|say|do it|check|look at it|diagnose it|work it out|sort it))?\W*(?:then\W*)?$", re.I)
# "You say a link hasn't been shown. Is that because it's been studied and isn't there, or because nobody has looked
# properly?": whether the evidence behind the answer just given is missing or negative, asked at any length
_NOBODY_LOOKED = re.compile(r"\bor because (?:nobody|no one|noone|no-one)(?:'?s| has| had| have)? (?:\w+ )?"
                            r"(?:looked|bothered|studied|checked|tested|researched|asked)\b"
                            # "is that because of evidence or because its easy to film"
                            r"|\bbecause of (?:the )?(?:evidence|research|science|studies|data) or because\b", re.I)
NOBODY_LOOKED_MAX_WORDS = 35
# "how long before it becomes automatic", "how long before it stops feeling daft" after a new way of running: how long
# that change takes, part of that answer
_BECOMES_NATURAL = re.compile(r"\bhow long (?:before|until|till?) (?:it|this|that|the new \w+) (?:becomes?|feels?|gets?|is|stops? feeling|stops? being) "
                              r"(?:\w+ )?(?:automatic|natural|normal|second nature|habit|a habit|easy|easier|daft|weird|odd|strange|awkward|forced|unnatural)\b"
                              # "how long before it happens on its own when im actually running"
                              r"|\bhow long (?:before|until|till?) (?:it|this|that) (?:happens|comes|kicks in|sticks) (?:on its own|naturally|automatically|without (?:me )?thinking)\b", re.I)
# "Separate thing, do you know anything about achilles?", "... about heel pain?": another part of the body, asked about
# (a heel alone is left out: heel striking is the knee's own answer on running form)
_ANOTHER_PART_ASKED = re.compile(r"\b(?:know|tell me|info|advice)(?: \w+){0,2} (?:about|on) (?:my |the |a |her |his |sore |dodgy )?"
                                 r"(?:achilles|shin splints|shins?|plantar\w*|heel pain|heel spurs?|lower back|groin)\b", re.I)
# "so by your own rules I'm fine to run it?" after the race coming up: whether to run it
_FINE_TO_RUN_IT = re.compile(r"\b(?:fine|ok|okay|good|safe|alright|cleared|good to go) to (?:run|do|race|start) " + _THE_RACE_NAMED + r"\b(?! off| out)"
                             r"|\b(?:can|should|could) (?:i|she|he|we) (?:still )?(?:run|do|race) it\b(?! off| out)", re.I)
# "half in 7 weeks. I'm at 52 weeks mate", "If half recovered within seven weeks then half did not": how many get better
# and when, the figure of the answer on how long it lasts (not "got a half in 7 weeks", a race)
_HALF_BETTER_IN = re.compile(r"(?:^|[.!?,]\s*|\b(?:if|so|only|just|and|but|that|ok|okay|yeah|right)\s+)half (?:of (?:them|people|runners|those) )?"
                             r"(?:(?:had |have |were |are |got |get )?(?:recovered|better|fine|ok|okay|well|sorted) )?(?:in|within|by|after) "
                             r"(?:about |around |roughly )?(?:\d+|six|seven|eight) (?:weeks?|wks?)\b", re.I)
_SAME_ONE_OR_ANOTHER = re.compile(r"\b(?:same|old|current|usual) (?:physio|physiotherapist|pt|doctor|doc|gp)\b(?: again)?[^.?!]{0,25}\bor\b", re.I)
# (time, not what was done: "I only ever do the 2 stretches. Is that enough to sort it")
_ENOUGH_TIME_TO_SORT = re.compile(r"\b(?:is|will|would) (?:(?:that|it|this) (?:be )?(?:enough time|long enough)"
                                  r"|\d+ (?:days?|weeks?|wks?|months?) (?:be )?(?:enough|long enough)(?: time)?) to "
                                  r"(?:sort|fix|heal|recover|get over|get rid of|settle|clear|get better)\b", re.I)
_ANOTHER_PART_WILL = re.compile(r"\b(?:will|could|would|might|is|does|do) (?:the |my |her |his )?(?:achilles|shins?|hamstrings?|heels?(?! ?strik)|plantar|"
                                r"calf|calves|ankles?|lower back|groin)(?: \w+)? (?:flare|come back|play up|get worse|heal|act up|be affected|"
                                r"suffer|start again|go again)\b", re.I)
_BESIDES_EXERCISES = re.compile(r"\b(?:anything|something)\b[^.?!]{0,30}\b(?:isn'?t|isnt|is not|other than|besides|apart from|except|"
                                r"that'?s not|thats not|instead of)\s+(?:just\s+)?(?:more\s+)?(?:the\s+)?(?:exercises?|rehab|strength work)\b", re.I)
_FOREVER = re.compile(r"\b(?:forever|for ever|for life|indefinitely|the rest of my life)\b", re.I)
FOREVER_MAX_WORDS = 20
_LASTS_FOREVER = re.compile(r"\b(?:be|being|take|taking|thing|knees?|stuck|like this|last|lasts|have it|with it)\b", re.I)
_IF_NOT_ALONE = re.compile(r"^\W*(?:(?:ok|okay|and|but|so|right)\W+)*if not\W*$", re.I)
_SO_BASICALLY_NO = re.compile(r"(?:\bso|=|\bwhich means|\bmeaning) (?:basically |it'?s |thats |that'?s |its )?(?:a )?(?:no|nope|pointless|useless|nothing|a waste)(?: then)?"
                              r"(?:\W+(?:lol|lmao|haha|then|eh|right))*\W*$"
                              # "so its basically a placebo with velcro", "so dont bother basically"
                              r"|\bso (?:it'?s|its|they'?re|theyre|that'?s|thats) basically (?:a |an |just )?\w+(?: \w+){0,3}\W*$"
                              r"|\bso (?:just )?(?:don'?t|dont) bother(?: basically| then| at all)?\W*$|\b(?:don'?t|dont) bother basically\W*$"
                              # "no numbers. so it's just try it and see?"
                              r"|\bso (?:it'?s|its|it is) (?:all |basically )?just (?:try it and see|trial and error|guesswork|a guess|guessing)\W*$", re.I)
_SO_YOURE_SAYING = re.compile(r"\bso (?:ur|your|you'?re|youre|you are|u r|u are) (?:basically |just |really |actually )?(?:saying|telling me)\b", re.I)
SUMMED_UP_MAX_WORDS = 20
_LONG_ENOUGH_SURELY = re.compile(r"\b(?:a|one|two|three|four|five|six|eight|\d+) (?:weeks?|wks?|months?) (?:is|was|should be|has been) "
                                 r"(?:a )?(?:decent|fair|good|long|reasonable|proper)(?: \w+)?\b.*\bsurely\b"
                                 r"|\bsurely\b.*\b(?:a|one|two|three|four|five|six|eight|\d+) (?:weeks?|wks?|months?) (?:is|was) (?:long )?enough\b", re.I)
# (not a physio: "whats the point of seeing a physio, wont they just tell me to rest" asks what physio does)
_POINT_OF_SEEING = re.compile(r"\bwhat'?s the point (?:of|in) (?:going to|seeing|bothering) (?:the |a |my )?(?:gp|doctor|doc)\b", re.I)
_WHO_TO_BELIEVE = re.compile(r"\bwho (?:do|should|am|shall) (?:i|we) (?:supposed to )?(?:believe|listen to|trust|go with)\b"
                             r"|\bwho(?:'?s| is) (?:actually )?right\b", re.I)
WHO_TO_BELIEVE_MAX_WORDS = 30
# a conclusion drawn from an answer ("so nobody actually knows"), not a plan ("so i'll book in then")
_SO_CONCLUDED = re.compile(r"^\W*(?:(?:ok|okay|right|wow|hmm)\W+)?so (?!(?:i'?ll|ill|i will|i am going|i'?m going|im going|we'?ll|i can|i should|thanks?|cheers|thx|ta)\b)", re.I)
_IRONIC_THANKS = re.compile(r"^\W*(?:great|brilliant|fab|fantastic|wonderful|marvellous|lovely|perfect|super|great stuff|cheers for that"
                            r"|thanks for (?:confirming|that)|very uplifting|how reassuring|reassuring)\W*$", re.I)
_OR_IS_IT = re.compile(r"\bor (?:is it|is that|are they|just)\b", re.I)
_ASKS_ANEW = re.compile(r"\b(?:what'?s?|whats|why|how|when|where|which|who|anything|any|can (?:i|we|she|he|u|you)|thanks?|thx|ta|cheers)\b", re.I)
# the classifier is lost below this: the words of the question name its answer, when they name only one
ASPECTS_ALONE_BELOW = 0.25
# A question the classifier ranks below this in a message it did not understand is only a guess.
GUESS_BELOW = 0.3
GUESSED_FOLLOW_UP_BELOW = 0.35
GUESSED_FOLLOW_UP_MAX_WORDS = 4
EXERCISE_PAIN_MAX_WORDS = 14
# fitting the exercises into a day or a week
_FIT_THEM_IN = re.compile(r"\bfit (?:in \w+|them in|it in|these in|those in|the exercises in|the rehab in)\b|\bsplit (?:it|them|the exercises|the session|the rehab|my rehab) up\b"
                          r"|\bsplit up (?:the|my) (?:exercises|session|rehab)\b", re.I)
# "if i miss 2 days in a row does it all undo itself", "have I lost the progress after missing a week"
_MISSED_DAYS = re.compile(r"\b(?:miss|missed|skip|skipped|missing|skipping) (?:[\w']+ ){0,4}"
                          r"(?:days?|sessions?|weeks?)\b[^?]*\b(?:undo|undoes|undone|lose|lost|losing|start (?:\w+ ){0,2}again|start over|progress"
                          r"|pick up where|where i left off|from (?:week|day) (?:1|one)|back to the start|square one|drop down)\b"
                          r"|\b(?:undo|undone|lost|lose) (?:all )?(?:the |my )?progress\b[^?]*\b(?:miss|missed|skip|skipped|missing|skipping)\b", re.I)
# "whats the bare minimum i can get away with", "what's the least I can get away with doing"
# (not "whats the minimum I can do at home", which asks which exercises)
_BARE_MINIMUM = re.compile(r"\b(?:bare minimum|(?:least|minimum) (?:i|she|he|we|you) (?:can|could) get away with"
                           # "whats the minimum that actually does anything"
                           r"|(?:least|minimum) (?:that|which) (?:\w+ )?(?:does anything|does something|works|helps|makes a difference))\b", re.I)
# what a physio did at an appointment, told to ask what it was for
# (a single test named is asked about as the cause it tests: "had me stand on one leg ... what has balance got to do
# with my knee??")
_WHAT_THEY_CHECKED = re.compile(r"\bhad (?:me|him|her|us) (?:hop|hopping)\b"
                                r"|\b(?:was|were) all (?:hopping|squatting|balancing|balance|tests)\b|\b(?:hopping|hop|balance) tests?\b"
                                r"|\bwhat (?:was|were) (?:she|he|they|the physio|the pt) (?:actually |even )?(?:checking|testing|looking (?:at|for))\b"
                                r"|\bwatched (?:me|him|her) (?:run|squat|hop) and\b", re.I)
# "should i be icing after my exercises?"
_SHOULD_I_ICE = re.compile(r"\b(?:should|do|can|could|shall|would it help to) (?:i|we|she|he|you|u) (?:be )?(?:ice|icing|heat|heating)\b", re.I)
SHOULD_I_ICE_MAX_WORDS = 20
# "When can I try an actual run??", "when do i get to run again"
_WHEN_CAN_I_RUN = re.compile(r"\bwhen (?:can|could|should|do|will|might|am) (?:i|she|he|we|they) (?:get to |be able to |allowed to )?(?:actually )?"
                             r"(?:(?:try|start|go for|do|attempt|have a go at) (?:an? |my |her |his |the )?(?:actual |proper |real |first |short |little |easy |test )?"
                             r"(?:run|jog)\b|(?:run|start running|jog) again\b)", re.I)
# why the hips are worked on for a knee: "my KNEE hurts not my bum", "what are these hip hitch things for"
_NOT_THE_HIP = re.compile(r"\bknees?\b[^.?!]{0,30}\b(?:not|isn'?t|isnt|is not)\b (?:in )?(?:my|his|her|the|their) "
                          r"(?:hips?|bum|butt|glutes?|arse|ass|bottom)\b", re.I)
_HIP_EXERCISE = re.compile(r"\b(?:clams?|clamshells?|side[- ]?lying (?:leg )?(?:raises?|lifts?)|monster walks?|fire hydrants?|crab walks?"
                           r"|hip (?:hitch(?:es)?|hikes?|stuff|exercises?|ones|work|things?)|bum ones|glute (?:stuff|exercises?|work|ones))\b", re.I)
# (not the physio's worth or what they will look at: "what will the physio look at? its my knee not my hips", "got a
# sheet of clams ... so why would I bother going back?", "if weak hips dont cause it why ... hip exercises")
_NOT_THE_HIPS_ASKED = re.compile(r"\blook(?:ing)? at\b|\bpoint of (?:the |a |going to )?(?:physio|pt)\b|\bwould i bother\b|\bbother going\b"
                                 r"|\b(?:don'?t|doesn'?t|do not|does not) cause\b", re.I)
# the exercise's purpose asked: "whats the step down actually for, it feels pointless", "what are they meant to be doing?"
# (not "what is the best exercise for runners knee")
_ASKS_WHAT_IT_IS_FOR = (r"\bwhat(?:'?s| is| are) (?:the |these |those |my )?[\w -]{0,20}? (?:actually |even |really )?for\b"
                        r"(?=\s*(?:[?.!,]|$|tbh|tho|though|then|exactly|anyway))"
                        # "what are step downs even meant to be doing" (the exercise does it, not "what am I meant to do")
                        r"|\bwhat (?:are|is|'re|'s) (?!i\b|we\b|you\b)[\w -]{0,25}? (?:even |actually |really )?(?:meant|supposed) "
                        r"to (?:be )?do(?:ing)?\b(?=\s*(?:[?.!,]|$|tbh|tho|though|then|exactly|anyway))"
                        r"|\b(?:they|these|those|it) (?:even |actually |really )?(?:meant|supposed) to (?:be )?do(?:ing)?\b(?=\s*\?)")
_WHAT_IT_IS_FOR = re.compile(_ASKS_WHAT_IT_IS_FOR, re.I)
_WHAT_FOR = re.compile(r"\bwhy (?:am|are|is|do|does|would|should|bother|on earth|even)\b|\bwhat(?:'?s| is) the (?:point|logic)\b|\bthe logic\b"
                       r"|\bwhat (?:are|is) (?:they|it|these|those|that|them) (?:even |actually )?for\b|\bwhat (?:they|it)(?:'re|'s| are| is) for\b"
                       + "|" + _ASKS_WHAT_IT_IS_FOR, re.I)
_STEP_DOWN = re.compile(r"\bstep[- ]?downs?\b|\bsingle[- ]leg squats?\b|\bone[- ]leg(?:ged)? squats?\b", re.I)
_QUAD_EXERCISE = re.compile(r"\bquad (?:sets?|squeezes?|exercises?|ones|stuff|work|things)\b|\bstraight[- ]leg raises?\b|\bleg extensions?\b|\bthigh ones\b"
                            r"|\b(?<!leg )(?<!leg-)(?<!legged )(?:mini[- ]|half[- ]|wall[- ]|box[- ]|goblet[- ])?squats?\b|\bwall[- ]?sits?\b|\bleg press\b", re.I)
# the answers that say what a part of the exercises works
EXERCISE_PART_TOPICS = ("causes.hip_control", "causes.quad_strength", "causes.single_leg_control", MOVEMENT_STEP, STRENGTH_STEP)
# "and the side lying leg lifts?", "right ok. and the mini squats?" after what an exercise is for: what that one is for
_JUST_AN_EXERCISE = re.compile(r"^\W*(?:(?:ok|okay|right|cool|great|thanks|ta|cheers)\W+)*(?:and|n|also|(?:what|how) (?:about|abt))\W+"
                               r"(?:the |my |those |these |them )?(?P<named>[a-z][a-z -]{2,30}?)\W*$", re.I)
# (not whether it is any good, or how to do it: "and if its just clams again", "and deep squats ok?")
_MORE_THAN_A_NAME = re.compile(r"\b(?:if|its|it'?s|is|are|ok|okay|good|fine|enough|bad|too|instead|again|deep|deeper|shallow|basically"
                               r"|only|just|or|how|when|long|many|much|often)\b", re.I)
JUST_AN_EXERCISE_MAX_WORDS = 8
# the exercises, or a session of them, carried on or stopped: "twinge on step downs. keep going?", "should I still do
# tonight's session or give it a miss", "its just the quads screaming, so no need to stop?"
# (carrying on through a pain or an effort the message tells: "so should I carry on with the step downs then?" asks
# whether to keep that exercise)
_CARRY_ON = re.compile(r"\b(?:keep going(?! to)|carry on(?! with (?:the |my )?(?:run|running|program))|push (?:through|on)|no need to stop)\b", re.I)
_SKIP_A_SESSION = re.compile(r"\b(?:give (?:it|them|\w+'?s? session|the session|today|tonight)(?: \w+)? a miss|skip (?:today|tonight|the session|a session)"
                             r"|still do (?:it|them|\w+'?s? session|the session|my session))\b", re.I)
# a running session, not one of the exercises: "OK to carry on with track sessions if its about 2/10 during?"
_RUNNING_SESSION = re.compile(r"\b(?:track|intervals?|tempo|hill reps|strides|fartlek|speed ?work|long run)\b", re.I)
# how hard the exercises feel, not the knee: "my legs are knackered", "the quads screaming"
_EFFORT = re.compile(r"\b(?:knackered|shattered|exhausted|screaming|burn(?:s|ing)?|on fire|shak(?:e|es|ing|y)|wobbl(?:e|es|ing|y)"
                     r"|(?:legs|thighs|quads|glutes|muscles) (?:are |were |feel |felt )?(?:dead|tired|wrecked|sore|aching|achy))\b", re.I)
# when the pain comes, told after the exercises' dose: "only on the way down", "like the day after"
_WHEN_IT_HURTS = re.compile(r"\bonly (?:on|when|going|at|in|after|during|the)\b|\bthe (?:day|morning) after\b|\bnext (?:day|morning)\b"
                            r"|\bon the way (?:down|up)\b|\bafter (?:the |my |a )?(?:sessions?|exercises|sets?)\b", re.I)
_WHY_ANYWHERE = re.compile(r"\b(?:why|how come)\b", re.I)
# the exercises named in words of their own, not a programme that could be a running plan
_REHAB_NAMED = re.compile(r"\b(?:exercises|rehab|physio (?:programme|program|plan|sheet)|home (?:programme|program|plan|exercises)"
                          r"|exercise (?:programme|program|plan|sheet))\b", re.I)
# a session of the exercises
_SESSION = re.compile(r"\b(?:sessions?|sets?|reps?)\b", re.I)
# "why has my plan got so many quad things in it", "why all the hip stuff": why the plan holds what it does
_WHY_SO_MANY = re.compile(r"\bwhy (?:has|have|is|are|does) (?:my|the|her|his) (?:plan|programme|program|sheet|rehab)\b|\bwhy (?:so many|all (?:the|these|those))\b", re.I)
# "do i still do my exercises today or give it a miss" after a rough day: the exercises' dose
_THE_REHAB = r"exercises|rehab|programme|program"
_DO_THEM_TODAY = re.compile(r"\bdo (?:my|the|her|his) (?:" + _THE_REHAB + r"|physio exercises|session)\b[^?.!]{0,30}\b(?:or (?:skip|miss|give|rest|not)|today)\b", re.I)
# a pain that settled soon after, told after the pain guide: "its usually gone by the time ive had a shower so thats ok then?"
_SETTLED_SOON = re.compile(r"\b(?:gone|settled|fine|eased|better) (?:again )?(?:down |off )?by (?:the time|the next|next|the morning|morning|the evening|bedtime"
                           r"|lunch(?:time)?|tea(?:time)?|dinner|the afternoon|the end of the day)\b"
                           r"|\b(?:goes|went|wears|wore) off (?:by|after|within)\b", re.I)
SETTLED_SOON_MAX_WORDS = 16
# a setback: "have I undone 3 weeks of work in one night", "does that mean ive undone all the progress"
_UNDONE = re.compile(r"\b(?:undone|undo|undid|wiped out|thrown away|set (?:me|myself|him|her|them) back)\b[^?.!]{0,12}"
                     r"\b(?:all|everything|the progress|my progress|progress|the work|\d+ weeks|weeks|months)\b", re.I)
# ("the step downs felt awful ... does that mean im back to square one??": in the exercises, their dose; after advice on
# running, "do I go back to square one?" stays with that advice)
_SQUARE_ONE = re.compile(r"\bback to (?:square one|where (?:i|she|he|we) started)\b(?! again)", re.I)
# the exercises named in words of their own, not by an exercise
_EXERCISES_WORD = re.compile(r"\b(?:" + _THE_REHAB + r"|physio plan|home plan)\b", re.I)
# adding to the runs, after the return to running: "can I do 3k next time?", "doesnt that mean im ok to add time?"
_ADD_TO_THE_RUNS = re.compile(r"\b(?:add|adding|increase|up) (?:some |a bit of |a bit |more )?(?:time|distance|mileage|minutes|mins)\b"
                              r"|\bcan i (?:do|go|try|run) \d+ ?(?:k|km|mins?|minutes|miles)\b|\bgo (?:a bit )?longer\b", re.I)
# moving on in a walk-run plan: "can i go to 3 min runs next time", "Can I skip a few weeks ahead?"
_RUN_WALK_PLAN = re.compile(r"\b(?:run|running|jog)[ /-]*(?:and[ /-]*)?walk|\bwalk[ /-]*(?:and[ /-]*)?(?:run|jog)\b|\bstart running\b", re.I)
_MOVE_ON = re.compile(r"\bskip (?:ahead|forward|on|to week|(?:a )?(?:few |couple (?:of )?)?weeks?)\b|\b(?:go|move|jump|step) (?:up )?to \d+ ?min"
                      r"|\bstart (?:\w+ ){0,2}early\b|\btoo keen\b|\bmove (?:on|up|ahead)\b|\bnext (?:stage|level)\b", re.I)
# exercises that got easy, or moving them up a level
_EASY_NOW = re.compile(r"\b(?:easy|nothing|too easy|a doddle|a breeze) now\b|\b(?:getting|gotten|got|is|are|feels?) (?:too |so |really |way |pretty )?easy\b"
                       r"|\bmove (?:up )?(?:to )?(?:a |the )?(?:next |harder )?level\b|\b(?:to|onto|up to) level [0-9]+\b|\blevel up\b"
                       r"|\bmake (?:it|them|this|these|those) (?:harder|tougher|more difficult|more challenging)\b|\bprogress (?:it|them|the|my)\b", re.I)
# a push-back on the answer just given: "even when I squat?"
_EVEN_SO = re.compile(r"^\W*(?:(?:and|but|so|what)\W+)?even (?:with|though|tho|if|when|after|on|for|at)\b", re.I)
EVEN_SO_MAX_WORDS = 16
# "so that's a yes then", "so basically you wont tell me yes or no", "so you can't say": the answer just given, pushed
# back on
_PUSHBACK = re.compile(r"^\W*(?:(?:so|ok|okay|right|well|but)\W+)*(?:basically |in other words |then )?(?:that'?s|thats|it'?s|its) (?:a )?(?:yes|no|yeah|nope)\b"
                       r"|^\W*(?:(?:so|ok|okay|right|well|but)\W+)*(?:basically |in other words |then )?(?:you|u) (?:won'?t|wont|can'?t|cant|don'?t|dont|aren'?t|arent)"
                       r" (?:(?:really|actually|even) )?(?:tell|say|know|give|going to (?:tell|say))\b", re.I)
PUSHBACK_MAX_WORDS = 12
# "and berlin?", "last one, orthoses?", "the speed specifically?": one thing named, which the classifier weighs
_ONE_THING_NAMED = re.compile(r"^\W*(?:(?:and|what about|how about|last one|ok|so)\W+)*(?:the |my |ur |your )?\w+(?: specifically| then| tho| though)?\W*$", re.I)
CONTEXT_WEIGHTS = {"same_topic": 3.0, "follow_up": 2.0, "same_family": 1.5, "named_before": 2.5}
CONTEXT_INTENTS = QUESTION_INTENTS | {FALLBACK_INTENT}

# Wording that says what is asked, whatever the classifier leans to (_asked_in_its_own_words,
# _asked_beyond, and the thanks and rest rules in topic_for).
# Topics and topic parts (aspects) these rules answer with.
RELATED_CONDITIONS = "related.conditions"
RACE, RETURN_TO_RUNNING, RUNNING_WITH_PAIN = "race", "return_to_running", "running_with_pain"
PRIVACY_ASPECT, ICE_HEAT = "privacy", "ice_heat"
EXERCISE_TYPES, SURGERY = "exercise_types", "surgery"
RECURRENCE_PART, CADENCE_PART, OTHER_NAMES_PART = "recurrence", "cadence", "other_names"
ROOT_CAUSE_PART = "root_cause"
STRETCHING_PART = "stretching"
# the treatments asked about "if the exercises don't work" ("would surgery ever be an option if they don't work")
LAST_RESORTS = (SURGERY, "injections", "scans")
SCANS, GP_OR_PHYSIO = "scans", "gp_or_physio"
CROSS_TRAINING, CROSS_TRAINING_PART = "training.cross_training", "cross_training"
FATIGUE = "fatigue"
BOT_CHALLENGE, ABOUT, ABOUT_ASSISTANT = "bot_challenge", "about", "about_assistant"
ASSISTANT_TOPICS = (PRIVACY, ABOUT, BOT_CHALLENGE)
# "you keep telling me to phone the clinic lol, am I talking to a robot", "which clinic is it from and who
# checks what you say": a question about the assistant the classifier is this sure of is that question,
# whatever else its words name
ASSISTANT_SURE_ABOVE = 0.9
SITTING = "sitting"
# the parts that name exercises ("how long must I do the exercises?")
EXERCISES_NAMED = {"strength", EXERCISE_TYPES}
# "ok cheers, booking a physio", "salamat po", "tks!!", a thumbs-up: thanks, also in other languages
_THANKS = re.compile(r"[\U0001F44D\U0001F44C\U0001F64F]|\b(?:thanks?|thank (?:you|u)|thankyou|thx|ty|tq|tks|tnx|thnx|thanx|tysm|tyvm|cheers|ta|appreciate it|(?:much |really |greatly |very much )?appreciated|bless (?:you|u|ya)|god bless|"
                     # South African "shot for the help", "shot bru"
                     r"(?:^|(?<=[.!,] ))shot (?:for (?:the|that|this|all|your)(?: help| info| advice| answer)?|bru|bro|boet|china)|"
                     r"gracias|merci|danke|dankie|grazie|obrigad[oa]|obrigad[ãa]o|valeu|salamat|asante|chur|shukran|jazak ?allah(?: khair)?|dhanya[vw]aa?d|shukriya|dhonnobad|nandri|ngiyabonga|siyabonga|enkosi|webale|terima kasih|xie ?xie|kamsahamnida|gomawo|efharisto|toda|hvala|köszönöm|na gode|medaase|spasibo|arigatou?(?: gozaimasu)?|dziękuję|dziekuje|dzięki|dzieki|dank je|cảm ơn|teşekkürler|tesekkurler|kiitos|takk|tack|mahalo|diolch|"
                     r"m[ií]le bu[ií]ochas|go raibh maith agat)\b", re.I)
THANKS_MAX_WORDS = 12
THANKS_STATEMENT_MAX_WORDS = 30
THANKS_CLOSING_MAX_WORDS = 4
# "exercises pls 🙏": a request, not thanks, when it names a topic part
_PLEASE = re.compile(r"\b(?:please|pls|plz|plis)\b", re.I)
# ("righto cheers mate": also with whom they thank after it)
_THANKS_AT_END = re.compile(r"(?:" + _THANKS.pattern + r")"
                            r"(?:\s+(?:mate|man|bro|bru|bud|buddy|pal|love|hun|lads|guys|all|x+))?\W*$", re.I)
# "ok thx bye", "cheers, see ya", "cya", "peace ✌️"
_BYE_WORDS = (r"bye+|bye[- ]bye|goodbye|good bye|ta[- ]ra|tarra|see ya|cya|laters|ka kite|slán|ttyl|peace(?=\W*(?:out\b|\u270c))"
              r"|hooroo|likkle more|lickle more|walk good|adi[oó]s|hasta luego|hasta pronto|tsch[üu]ss?|au revoir|[aà] bient[oô]t|do widzenia|tot ziens|doei|tchau|adeus|at[eé] logo|arrivederci|a presto|ciao ciao|buona giornata|buona serata|ha det(?: bra| godt)?|hej d[åa]|vi ses"
              r"|(?:khuda|allah) hafiz|alvida|phir milenge|kwaheri|(?:hamba|sala) kahle|ma'?a ?(?:al )?salama|sayonara|zai ?jian|do svidaniya|g[üu]le g[üu]le")
_BYE = re.compile(r"\b(?:" + _BYE_WORDS + r"|see you)\b", re.I)
# "... cheers bye", "ok booking an assessment. later", "grazie mille, ciao": a message that ends with one
# ("later", "ciao" and "good day" only after a comma or full stop: "can I run later" asks, "ciao" alone says hello;
# "Thought as much. Good day." takes leave)
_BYE_AT_END = re.compile(r"\b(?:" + _BYE_WORDS + r")\W*$|[.,!]\s*(?:later|ciao|good ?day)\W*$", re.I)
_TAKING_LEAVE = re.compile(r"^\W*(?:(?:right|ok|okay|well|so|then)\W+)*(?:good ?day|ciao|(?:that'?s|thats) that(?: then)?)(?:\W+(?:to you|then|all))*\W*$", re.I)
# "how soon do i see results" read as "see you": a question that opens with its question word and
# says no hello, thanks or goodbye is not small talk
CHAT_INTENTS = (GREET_INTENT, "goodbye", "thanks")
_OPENS_A_QUESTION = re.compile(_OPENING + r"(?:(?:how|what|why|when|which|where)(?:'?s)?|"
                               r"(?:should|can|could|is|are|do|does|will|would) (?:i|it|you|u|this|that|these|those|they|we|he|she|my|the))\b", re.I)
_SMALL_TALK = re.compile(r"\b(?:how (?:are|r) (?:you|u|ya|things)|how'?s it going|how do you do|wh?at'?s ?up|sup|hello|hi|hey|hiya|morning|evening|night)\b", re.I)
CHAT_QUESTION_MIN_WORDS = 4
# "thx, and what else can i do": thanks, then a question of its own
_THANKS_FIRST = re.compile(r"^\W*(?:(?:ok|okay|thx|thanks|thank you|ty|cheers|ta|great|cool|nice|brill)\W+)+(?=\w)", re.I)
# "the marathon is in September, about 4 months off": a date still ahead, not time off running
_STILL_AHEAD = re.compile(r"(?:\b(?:is|are|'s|still|only|just)|,)\s+(?:about |around |roughly |like |nearly |almost |over |under |just |only |still )?"
                          r"(?:\d+|a|one|two|three|four|five|six|a few|few|a couple of|couple of) (?:weeks?|wks?|months?|days?) (?:off|away)\b", re.I)
# "rested 6 weeks, first run back and the ache was back"
# ("I had break from running 6 weeks", "I made already 4 weeks pause", "so I stop for a month, it goes away")
# ("3 weeks off a YouTube channel" is where the exercises came from, not a rest)
_RESTED = re.compile(r"\b(?:rest(?:s|ed|ing)?(?! of\b)|time off|shut(?:s|ting)? (?:it|her|him|them|everything|running) (?:all )?down|(?:weeks?|wks?|months?|days?) (?:completely |totally |fully |right )?off(?! (?:a|an|youtube|yt|some)\b)|stopped running|(?:a|took a) break|break from (?:the )?running"
                     r"|(?:a|took a|made a|made) pause|(?:weeks?|wks?|months?|days?) (?:of )?pause|paused? (?:from |my )?running"
                     r"|running (?:i|we|he|she) (?:stopped|quit|gave up)"
                     r"|(?:not|\w*n'?t|never) (?:been )?(?:run|ran|running)(?: at all| since| for| in| once| a step| a single (?:step|run|mile|km))\b"
                     r"|(?:stop|stops|stopped|stopping|take|took|taking) (?:\w+ )?(?:for|off for) (?:a|an|\d+|two|three|four|a few|few|several) "
                     r"(?:days?|weeks?|wks?|months?))\b", re.I)
# "... is that why it's dragging?" after a rest it tells
_IS_THAT_WHY = re.compile(r"\b(?:is|could|would|might|can) (?:that|this|it) (?:be )?(?:why|the reason)\b", re.I)
# ("... first parkrun back and the knee's straight back to square one", "He rested 6 weeks fully and on the first
# session back it came again. Why?", "running i stopped 1 yr back because of this only. still no improvement. why??")
_PAIN_BACK = re.compile(r"\bback to square one\b|\b(?:came|comes|was|is|it'?s)\s+(?:straight\s+|right\s+)?back\b|\b(?:pain|ache|it)\s+(?:come|coming)\s+(?:straight\s+|right\s+)?back\b|\b(?:aching|hurting|sore|hurts|hurt|aches|ached|painful)\s+again\b"
                        r"|\b(?:it|pain|ache|the pain|the ache)\s+(?:came|come|comes|started|starts)\s+(?:on\s+)?again\b"
                        r"|\bsame (?:pain|ache)\b|\bpain return|\b(?:exactly |just )?the same as before\b|\bjust as (?:bad|sore)\b"
                        r"|\bstill (?:no|not any|zero) (?:improvement|better|change)\b", re.I)
# "if i just take a week off will it go away?": whether rest alone fixes it
_GOES_AWAY = re.compile(r"\b(?:(?:will|would|does|did) (?:it|that|this|the pain|the ache) (?:just )?go(?=\s+(?:if|when|by|on its own|itself)\b|\W*$)|go away|goes away|fix it|fixes it|solve it|solves it|sort it|sorts it|settle|settles|clear up|clears up|heal|heals|"
                        r"get better|gets better|be enough|be gone|come right|comes right|sort itself out|sorts itself out)\b", re.I)
# "if I just leave it and do nothing, will it come right by itself?": waiting is resting it
_LEAVES_IT = re.compile(r"\b(?:leave it|leaving it|do nothing|doing nothing|ignore it|ignoring it|wait it out|waiting it out)\b", re.I)
REST_FIXES_MAX_WORDS = 16
REST_FIXES_SENTENCE_MAX_WORDS = 18
RESTED_UNSURE_BELOW = 0.6
# "are clams enough on their own?"
_ENOUGH = re.compile(r"\benough\b", re.I)
_POINTS_BACK_OR_ALONE = re.compile(r"\b(?:these|those|them|they|on (?:their|its) own|by themselves|alone|only|just)\b", re.I)
# "should I drop them for now?", "do I back off the hills?"
_SHOULD_STOP = re.compile(r"\b(?:should|do|does|shall|must)\s+(?:i|we|she|he|they|u|you)\s+(?:just\s+)?(?:(?:have|need|got)\s+to\s+)?(?:stop|drop|skip|ditch|pause|quit|give up|cut|shorten|"
                          r"back off|ease off|ease up|pull back|scale back|take a break|pull (?:them|her|him|me|us) out)\b"
                          r"(?!(?:\s+[\w']+){1,3}?\s+(?:from\s+)?(?:coming|happening|getting|returning|recurring)\b)", re.I)
KEEP_RUNNING_PARTS = (RUNNING_WITH_PAIN, TRAINING_LOAD)
_THOSE_EXERCISES = re.compile(r"\s+(?:doing\s+|using\s+)?(?:them|those|these|that one)\b", re.I)
_OTHER_TRAINING = re.compile(r"\b(?:can|should|could|shall) (?:i|we|she|he|they|u|you) (?:still |keep |carry on |just )?(?:do|doing|go to|hit|train at|train in) "
                            r"(?:my |the |normal |usual |her |his |their |some |a )*(?:leg days?|gym|weights|lifting|spin|classes|crossfit|yoga|pilates|"
                            r"swim\w*|cycl\w*|bike|rowing|rower|elliptical|cross ?trainer)\b", re.I)
# "ok so what do I do instead of tomorrow's tempo", "can i do spin instead of long runs for a bit": other training
# in place of running (not "power hiking the hills instead of running them", which is still running)
_INSTEAD_OF_A_RUN = re.compile(r"\binstead of (?:\w+'?s? ){0,2}(?:run|runs|running|jog|jogs|jogging|tempos?|long runs?"
                               r"|shakeouts?|intervals|speedwork|speed work|track sessions?|parkrun|training)\b"
                               r"(?! (?:them|it|those)\b)", re.I)
# "might I walk instead?", "can I go with the Rennrad instead", "is that ok instead of running for a bit": other
# training in place of running (not "would it be alright to run walk it instead", which is running)
_INSTEAD_OF_RUNNING = re.compile(_INSTEAD_OF_A_RUN.pattern
                                 + r"|(?<!run )(?<!run-)(?<!run/)\b(?:walk\w*|swim\w*|cycl\w*|bik\w*|rid(?:e|ing)"
                                 r"|ski|skiing|row|rowing|hik\w*|spin|elliptical|aqua ?jog\w*|pool running|rennrad"
                                 r"|fahrrad|v[ée]lo|bici|bicicleta)\b(?:\s+\w+){0,3}\s+instead\b", re.I)
_STOP_AN_EXERCISE = re.compile(r"\b(?:stop|quit|drop|skip|avoid|ditch|cut out|give up)\s+(?:doing\s+)?(?:the\s+|my\s+|all\s+|her\s+|his\s+|their\s+)?"
                               r"(?:deep\s+|heavy\s+|back\s+|front\s+)?(?:squat\w*|lunge\w*|lunging|pli(?:e|é)s?|leg press\w*|leg extensions?|leg day)\b", re.I)
# "how many times a day can I rub it on?", "how many mg?": a dose of a medicine or supplement
_DOSE = re.compile(r"\bhow (?:many|much|often)\b|\btimes (?:a|per) day\b|\bper day\b|\bmax(?:imum)?\b|\bdoses?\b|\bdosage\b|\bmg\b|\bmilligrams?\b", re.I)
DOSE_MAX_WORDS = 14
# "how many milligrams is ok": only a medicine comes in these
_DOSE_UNIT = re.compile(r"\b(?:mg|mgs|milligrams?|millilit(?:re|er)s?|ml|tablets?|pills?|capsules?|caplets?)\b", re.I)
PAINKILLERS = "painkillers"
# what a runner can buy, take or have done: naming one says what a question is about
THINGS = frozenset({"braces", "taping", "insoles", PAINKILLERS, ICE_HEAT, "massage", "injections", SCANS, SURGERY})
# a thing named in the last question is what it asks about, unless the classifier is surer than this of another
THING_ASKED_LAST_BELOW = 0.7
MEDICINES = (PAINKILLERS, "supplements", "injections")
PAINKILLER_MAX_WORDS = 14
# The answers about medicines, with the other things they cover (a dose of ice is not a medicine's)
MEDICINE_ANSWERS = {PAIN_RELIEF: (ICE_HEAT,), OTHER_THERAPIES: ("massage",)}
# "going back to the tape, ..." (unless the classifier is this sure of the question)
BACK_TO_SURE_ABOVE = 0.8
_BACK_TO_SUBJECT = re.compile(r"^\W*(?:(?:ok|okay|so|and|sorry|anyway)\W+)*(?:going |go |coming |getting )?back to\b", re.I)
# "and what about the 28th then", "it's 6 weeks out now": when a race is
_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
# (weeks up to eight: "14 weeks out from a fall marathon" is a training block, not a race soon)
_RACE_SOON = (r"(?:\d+\s*days?|(?<!\d)[1-8]\s*(?:weeks?|wks?))\s+(?:out|away|to go|off)\b"
              r"|(?:next|this)\s+(?:week|weekend|month|sat(?:urday)?|sun(?:day)?)\b|(?:on|this)\s+(?:saturday|sunday|sat|sun)\b"
              r"|\b(?:in|within)\s+(?:(?:\d+|two|three|four|five|six|ten|a couple of|a few)\s+days"
              r"|(?:(?<!\d)[1-8]|two|three|four|five|six|a couple of|a few)\s+(?:weeks|wks)|(?:a|one)\s+(?:week|wk))\b"
              r"|\btomorrow\b")
_RACE_DATE = re.compile(
    r"\b(?:(?:the|on)\s+\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:" + _MONTHS + r")\b"
    r"|(?:in|on)\s+(?:" + _MONTHS + r")\b|" + _RACE_SOON
    + r"|\d+\s*(?:weeks?|wks?)\s+(?:out|away|to go|off)\b|\b(?:in|within)\s+\d+\s+(?:weeks|wks)\b)", re.I)
_RACE_SOON_DATE = re.compile(r"\b(?:" + _RACE_SOON + ")", re.I)
RACE_DATE_MAX_WORDS = 14
_RAN = r"did|ran|raced|finished|completed|done"  # a race already run
_RACE_RUN = re.compile(r"\b(?:" + _RAN + r")\s+(?:(?:my|the|a|our|his|her|their|that|this)\s+)?(?:(?:first|last|local|big|\w+'?s)\s+)?$")
# "half marathon in 10 days, should I still run it?": a race soon, unless it asks about something
# else for the race (tape, painkillers, exercises)
RACE_SOON_PARTS = {RACE, RUNNING_WITH_PAIN}
RACE_DATE_NEAR_WORDS = 6
RACE_DATE_SAME_SENTENCE_WORDS = 12
# "should I drop the hill session?", "do i ditch the hills", "cut it short or push through", "so shorter long runs?"
_TRAINING_RUN = (r"(?:hills?|hill sessions?|hill reps|hill work|downhills|descents|long runs?|long ones?|intervals|speed ?work|"
                 r"speed sessions?|tempos?|tempo runs?|track(?: sessions?)?|sessions?|mileage|miles|kms?|workouts?|back to backs?|runs?)")
_ADJUST_TRAINING = re.compile(r"\b(?:should|do|shall|can|would|must) (?:i|we|you|u) (?:just |maybe |still |then )?(?:ditch|drop|skip|cut(?: out| back on| down on)?|"
                              r"shorten|scale back|dial back|reduce|bin|avoid|ease off|back off)\b(?:\s+[\w']+){0,4}?\s+" + _TRAINING_RUN + r"\b"
                              r"|\bcut (?:it|them|the \w+) short\b", re.I)
_FEWER_RUNS = re.compile(r"^\W*(?:(?:so|ok|okay|and)\W+)?(?:shorter|fewer|less|slower|easier)\s+(?:long\s+)?"
                         r"(?:runs?|miles|kms?|mileage|sessions?)\b", re.I)
# A question the classifier is this sure of is not taken over by what only frames it: a race date the race-soon answer
# doesn't answer it with, a bare "should I be worried?" after it.
SURE_OF_QUESTION_ABOVE = 0.5
_EVERY_WEEK = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:sat(?:urday)?|sun(?:day)?|week(?:end)?)\b|\bweekly\b", re.I)
# "... legs felt dead for the last 5k too. ok to do my recovery run today?": a story that ends asking whether a run is ok
_OK_TO_RUN_AT_END = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:is it |would it be |am i |will i be )?(?:ok|okay|alright|fine|safe) "
                               r"to (?:do|go for|go out for|head out for|run|jog|try)\b[^?]*\?\W*$", re.I)
# "... Am I going to make it worse by going or is it ok to carry on?": whether to keep going
_CARRY_ON_OR_WORSE = re.compile(r"\b(?:ok|okay|alright|fine|safe) to (?:carry on|keep going|keep at it|keep on)\b"
                                r"|\bmake (?:it|this|things) worse by (?:going|running|carrying on|keeping going|doing it)\b", re.I)
_STILL_RUNS = re.compile(r"\bstill (?:does|do|doing|runs|run|running|goes|go|going|races|racing)\b", re.I)
_IS_IT_WISE = re.compile(r"\b(?:is|isn'?t) (?:that|it|this) (?:daft|ok|okay|bad|wise|silly|stupid|mad|crazy|a bad idea|sensible|alright|fine)\b", re.I)
_CAN_STILL_RUN = re.compile(r"\b(?:can|could|should|shall|is it ok to) (?:i|we|she|he|they|u|you)? ?(?:still |keep |carry on |keep on )?(?:do|doing|run|running|go to)\b", re.I)
# "why does it keep coming back when I add miles?": a why naming a cause
WHY_CAUSE_MAX_WORDS = 14
# "why do i get runners knee every single marathon block": what brings it on
_WHY_DO_I_GET_IT = re.compile(r"^\W*(?:(?:but|and|so|ok|okay|hmm)\W+)*(?:why|how come)\s+(?:do|does|did|would|am|is|has|have)?\s*"
                              r"(?:i|we|you|u|people|runners|it|this|my knees?)\s+(?:keep\s+|always\s+)?"
                              r"(?:get|getting|gets|got|start|starts|started|happen|happens|happened|flare|flares|flared)\b", re.I)
WHY_GET_ALSO_NAMES = {RACE, RECURRENCE_PART}
_RUN_ON_WHY = re.compile(r"\b(?:why (?:would|is|does|do|could|might|will) (?:that|this|it)(?: be| happen| hurt| happening)?"
                         r"|what(?:'?s| is| would be| could be)? caus\w* (?:that|this|it))\W*$", re.I)
RUN_ON_WHY_MIN_WORDS = 7
# "can you write me a 10 week plan?", "Please share 8 week couch-to-10k schedule", "Write him a 6 week block"
# ("can you rewrite my next 6 weeks of training around the knee", "write me the weeks from now till then")
_TRAINING_PLAN = re.compile(r"\b(?:write|make|draw up|put together|create|design|build|plan out|give|send|suggest|share|provide|prepare)\b(?:\s+[\w'-]+){0,6}?\s+"
                            r"(?:plan|programme|program|schedule|(?:training )?block)\b|\b(?:diet|meal|nutrition|food)\s+(?:chart|plan)\b"
                            r"|\b(?:re-?write|re-?do|write out)\b(?:\s+\w+){0,6}?\s+(?:training|weeks|runs|sessions)\b"
                            # "write me the weeks from now till then", "map out the weeks to race day"
                            r"|\b(?:write|map) (?:me|him|her|us) (?:out )?(?:the|my|each|every) (?:\d+ )?(?:weeks|sessions|runs)\b", re.I)
PLAN_MAX_WORDS = 24
_WHAT_DID_IT = re.compile(r"\b(?:is|was|could|might|can)\s+(?:it|that|this)\s+(?:be\s+)?(?:the|my|her|his|our)\s+\w+(?:\s+\w+)?\s+"
                          r"(?:or\s+(?:the|my|her|his|our)\s+\w+|doing it|causing it|that did it|making (?:it|my knee|her knee|his knee) worse)", re.I)
WHAT_DID_IT_MAX_WORDS = 16
_CAUSE_PARTS = {"hip", "quads", "mobility", "single_leg", TRAINING_LOAD, "fatigue"}
# "so what else could it be?"; "what else could be doing it?" after a cause
# (not "could it be something else though", which asks about another condition)
_WHAT_ELSE_COULD_IT_BE = re.compile(r"\b(?:what|wat|wht|wot) else (?:could|might|can|would|cud|cld|cn) (?:it|this|that) (?:be|b)\b", re.I)
_SOMETHING_ELSE_IT_COULD_BE = re.compile(_WHAT_ELSE_COULD_IT_BE.pattern + r"|\bcould (?:it|this|that) be (?:something|anything) else\b", re.I)
_A_CONDITION_NAMED = re.compile(r"\b(?:runners? knee|runner'?s knee|arthritis|torn|tear|meniscus|itb|it band|tendon\w*|cartilage|pfp|pfps)\b", re.I)
_WHAT_WORKS_BETTER = re.compile(r"\b(?:what|anything|something)(?: that)? (?:\w+ )?(?:works?|helps?|is|does) (?:\w+ )?better than\b", re.I)
_WHAT_WORKS_BEST = re.compile(r"\bwhat (?:\w+ )?(?:works?|working|helps?|helping|does) (?:\w+ )?best\b|\b(?:the )?(?:best|most|strongest) evidence\b"
                              r"|\bwhat (?:actually|really) (?:works?|helps?)\b|\bwhat (?:\w+ )?(?:has|have) (?:\w+ )?evidence\b", re.I)
# "what other reason then?", "any other causes?", "What other factors besides terrain?": the causes
_OTHER_REASONS = re.compile(r"\b(?:what|any|which|the|some)\s+other\s+(?:reasons?|causes?|factors?)\b", re.I)
OTHER_REASONS_MAX_WORDS = 8
# "what would typically cause that", "what actually caused it in the first place", "whats normally behind that kind of ache",
# "What's actually behind runner's knee?", "what actually drives it, according to the literature": what causes it
_WHAT_CAUSES_CLAUSE = re.compile(r"(?:^|[,;:]\s*)\W*(?:(?:so|but|and|then|ok|okay)\W+)*what(?:'?s| is| was)? (?:(?:\w+ ){0,3}(?<!without )(?<!not )(?:caus(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|driv(?:e|es|ing)|making|bringing on) (?:it|this|that|them|my|the)"
                                 r"|(?:usually |normally |typically |actually |really )?behind (?:it|this|that|them|runn?er'?s'? knee|(?:the |my |her |his )?(?:knee )?(?:pain|ache))"
                                 r"|(?:brings?|brought|sets?|kicks?|kicked|sparks?|sparked) (?:it|this|that|them) (?:on|off)"
                                 # "what made it start though? she followed the app exactly"
                                 r"|(?:made|makes) (?:it|this|that|them) (?:start|begin|kick off|come on))\b"
                                 r"(?!.*\b(?:come back|coming back|comes back|return|flare))", re.I)
# "is that from the running?", "could it be down to my shoes?" (the last sentence asks it)
# (not where the assistant comes from: "is this from the clinic itself or one foreign company")
_FROM_WHAT = re.compile(r"\b(?:is|was|could|might|can)\s+(?:that|it|this)\s+(?:be\s+)?(?:from|because of|due to|down to|caused by)\b"
                        r"(?!\s+(?:the |a |an |one |some )?(?:clinic|company|firm|practice|business|organi[sz]ation|charity|developers?)\b)", re.I)
# "is it the mileage? been doing back to back 20s": whether the one cause it names is to blame
_IS_IT_THE = re.compile(r"^\W*(?:(?:so|and|but|or|ok|okay)\W+)*(?:is|was|could|might) (?:it|that|this) (?:just |maybe |all |really )?(?:be )?"
                        r"(?:the|my|her|his|all the|too much|too many)\b(?!\s+same\b)[^?]{0,30}\?", re.I)
# "so was i overdoing it", "did she do too much too soon": whether too much running brought it on
_DID_I_OVERDO = re.compile(r"\b(?:was|were) (?:i|she|he|they|we|you|u) (?:just |maybe |actually )?(?:overdoing|doing too much)\b"
                           r"|\bdid (?:i|she|he|they|we|you|u) (?:just |maybe |actually )?(?:overdo|do too much)\b"
                           r"|\b(?:have|has|had) (?:i|she|he|they|we|you|u) (?:just |maybe |actually )?(?:been overdoing|overdone|done too much)\b", re.I)
# "i mean i did go from like 15k a week to 35 since jan", "doubled my km in feb. thatd do it?", "I added a lot
# of mileage for the marathon": a jump in mileage, told after the causes or a story, or asked about as the cause
_UNIT = r"\s?(?:k|km|kms|kilometres|kilometers|miles?|mi|mpw)\b"
_MILEAGE_JUMP = re.compile(r"\b(?:from|fae|fra) (?:like |about |around |roughly |maybe )?\d+(?:\.\d+)?" + _UNIT + r"(?:\s+(?:a|per)\s+(?:week|wk))?\s+(?:up )?to\s+(?:like |about |around |over )?\d+"
                           r"|\b(?:from|fae|fra) (?:like |about |around |roughly |maybe )?\d+ (?:up )?to (?:like |about |around |over )?\d+" + _UNIT +
                           r"|\b(?:doubled|tripled|upped|bumped up|ramped up|increased|jumped)\s+(?:my |her |his |the |our )?(?:km|kms|k|kilomet(?:re|er)s|miles|mileage|distance|volume|weekly)\b"
                           r"|\badded (?:a lot of |lots of |loads of |heaps of |a bunch of )?(?:more )?(?:mileage|miles|km|kms|kilomet(?:re|er)s|distance|volume)\b"
                           r"|\b(?:big|huge|massive|sudden|large) (?:jump|increase|rise) in (?:my |her |his |the |our )?(?:km|kms|kilomet(?:re|er)s|miles|mileage|distance|volume)\b", re.I)
_THAT_DID_IT = re.compile(r"\b(?:that'?d|that would|would that|could that|did that|is that|was that)\s+"
                          r"(?:(?:have |be )?(?:do|done|did) it|be (?:it|why|the (?:reason|cause))|explain it|the (?:reason|cause|problem))\b"
                          r"|^\W*(?:(?:so|then|ok|okay)\W+)?(?:(?:is|was) it\s+)?(?:that|this) one(?:\s+then)?\W*$", re.I)
# "how do u even get it": how runners come to have it is what causes it
_HOW_YOU_GET_IT = re.compile(r"\bhow (?:do|does|did|would|can) (?:you|u|i|people|ppl|runners|someone|anyone|one) (?:even |actually |usually )?"
                             r"(?:get|develop|end up with|catch) (?:it|this|that|runner'?s knee|runners knee|pfps)"
                             r"(?=\s*(?:[?.!,]|$)|\s+(?:from|in the first place|then|though|tho|anyway|lol|even)\b)"
                             # "what makes people get runners knee when they start?"
                             r"|\bwhat makes (?:you|u|people|ppl|runners|someone|anyone|beginners|new runners) (?:get|develop|end up with) "
                             r"(?:it|this|that|runner'?s knee|runners knee|pfps)\b"
                             # "how does a knee even end up like this", "or have I done something to them?"
                             r"|\bhow (?:does|did|do|would|can|could) (?:a|my|your|the|someone'?s) knees? (?:even |actually |just )?"
                             r"(?:end up|get|go) (?:like (?:this|that)|this way|that way)\b"
                             r"|\b(?:have|did) (?:i|she|he) (?:done|do) (?:something|anything) (?:wrong|to (?:it|them|my knees?|her knees?|his knees?))\b(?=[^.!]*\?)", re.I)
# "is that just me being out of shape?", "is it hormones?": the runner's own fitness or body asked about as the cause
_PUT_DOWN_TO_ME = re.compile(r"\b(?:is|was|could|might) (?:that|it|this) (?:just |maybe |all |really )?(?:be )?"
                             r"(?:(?:me|her|him) being (?:out of shape|unfit|rusty|deconditioned)|(?:my |her |his )?(?:hormones?|hormonal))"
                             r"\b[^.!?]*\?", re.I)
# "then how it will get cured without operation?": the treatment that is not surgery
# "what comes after the strengthening in the treatment", "and after the assessment?", "and after strength, what's next
# in the process?": the next physio step (not "After that, what does the strengthening part look like?")
_AFTER_A_STEP = re.compile(r"^\W*(?:(?:and|but|so|ok|okay)\W+)*(?:(?:what|which)(?:'?s| is| comes| happens| do (?:i|you|we) do)?\s+(?:next\s+)?)?after\s+(?:(?:the|my|that|this)\s+|(?!(?:that|this|it|which|then|all)\b)(?=\w))", re.I)
AFTER_A_STEP_MAX_WORDS = 10
# "will the pain come back when I start?": whether it comes back
_WILL_IT_COME_BACK = re.compile(r"\b(?:will|would|could|might|does|is|can)\s+(?:it|the pain|this|that|my knee|the knee)\s+(?:\w+\s+)?(?:come|coming)\s+back\b"
                                r"|\b(?:it|the pain|this|that)\s+(?:will|would|could|might)\s+(?:\w+\s+)?(?:come|coming)\s+back\b", re.I)
COME_BACK_MAX_WORDS = 14
# "what would a physio even check", "what should I prepare before going?", "what actually happens at the
# first appt": the assessment
_WHAT_THEY_CHECK = re.compile(r"\bwhat (?:will|would|do|does|should|might|could) (?:they|a physio|the physio|physio|physios|he|she|a pt|the pt) "
                              r"(?:even |actually |usually )?(?:check|look at|look for|test|examine|assess)\b"
                              r"|\b(?:what|anything) (?:else |all )?(?:(?:should|do|must|can) (?:i|we)|(?:i|we) (?:should|must|need to|can)) "
                              r"(?:prepare|bring|note down|write down|tell (?:the physio|my physio|the pt|a physio))\b"
                              r"|\b(?:physio|physiotherapist|pt)\b[^?]{0,60}\bwhat (?:should|do|must) (?:i|we) (?:tell|say to) (?:them|him|her)\b"
                              r"|\bwhat (?:actually |really |even |usually )?happens (?:at|in|during) (?:the|my|a|your|an) (?:first )?"
                              r"(?:appt|appointment|session|visit|assessment)\b"
                              r"|\bwhat (?:do|will|would|does|did) (?:they|you|u|ya|physios?|the physio|she|he) (?:actually |usually )?(?:do|check|look at) "
                              r"(?:at|in|during) (?:the |my |a |your |an |our )?(?:first|1st) (?:appt|appointment|session|visit|assessment)\b", re.I)
# "what does a physio actually do for pfp, mine just gave me a sheet of exercises", "is PT worth the money
# or is it just exercises I could find on youtube": how physio helps (paying privately: who to see)
# (also in the runner's own language: "how the fisioterapia works for this")
_PHYSIO = (r"(?:a |the |my |your |his |her )?(?:proper |good |decent |private |sports )?(?:physio|physiotherapist|physio therapist|pt|physical therapist|physical therapy|physiotherapy"
           r"|fisio|fisioterapia|fisioterapeuta|fisioterapista|physiotherapie|physiotherapeutin|physiotherapeut|fizjoterapia|fizjoterapeuta|kin[ée]sith[ée]rapeute|kin[ée]|fysio|fysioterapeut|fysioterapeuten|fysioterapi|kinesi[oó]log[oa]|kinesiologist)")
_WORTH = r"(?:any point|worth it|worth (?:it|seeing|going|trying|paying)|waste of (?:time|money)|bother(?:ing)? (?:seeing|going))"
_PHYSIO_WORTH = re.compile(r"\b" + _PHYSIO + r"\b(?: \w+){0,3}? (?:even |actually |really )?" + _WORTH + r"\b"
                           r"|\b" + _WORTH + r"(?: (?:in|at all|actually|even|really))*(?: (?:seeing|going(?: back)? to|trying|getting|doing|booking))?(?: \w+)?(?: (?:another|other|new|different))? " + _PHYSIO + r"\b", re.I)
# (when to go, who to see (private or NHS, a price), or waiting instead: what seeing someone is for, not what physio does)
_WHEN_WHO_OR_WAIT = re.compile(r"\bwhen(?:'?s| is| does| do)?\b|\boverkill\b|\b(?:ex|expensive|pricey|cost|costs|price|pay|paying|private|privately|nhs)\b|[£$€]"
                               r"|\b(?:or|vs|versus)\b[^.?!]{0,25}\b(?:wait|waiting|manag\w*|leave|leaving|go away|goes away|settle|settles|rest)\b", re.I)
# "will they give me a strength programme or just tell me what's wrong": the physio gives the plan, not the assistant
_PHYSIO_GIVES = re.compile(r"\b(?:will|would|do|does|did|can|could|should)\s+(?:they|" + _PHYSIO
                           + r"|physios|pts)\s+(?:\w+\s+)?$", re.I)
# "like what hip stuff tho", "quads then. what quad stuff": which exercises for a part (not "what hip stuff causes it")
_WHAT_PART_STUFF = re.compile(r"\b(?:what|which) (?:kind of |sort of |type of )?(?:hip|hips|quad|quads|glute|glutes|thigh|thighs|"
                              r"strength|strengthening) (?:stuff|things|work|moves|ones)\b(?![^.?!]*\bcaus)"
                              # "what strengthening? nobody has ever given me any"
                              r"|\b(?:what|which) (?:strengthening|strength work|strength exercises|strengthening exercises)\s*\?", re.I)
# "this is depressing. does anything actually work??", "right so what actually works" after a treatment
_WHAT_WORKS = re.compile(r"\b(?:does|do|will|would) (?:anything|something|owt|any of (?:it|this|them)) (?:actually |even |really )?"
                         r"(?:work|help)\b|\bwhat (?:actually |even |really )?(?:works|helps)\b"
                         # "if the brace doesnt fix it then what actually does"
                         r"|\bwhat (?:actually |even |really |else )?(?:does|will)\W*$"
                         # "then what SHOULD I be doing", "what should have been on the sheet then"
                         r"|\bwhat (?:should|do|must|am) i (?:be )?(?:doing|do)\b(?! (?:about|with|if|when|for|first|next))"
                         r"|\bwhat should (?:have been|be) on (?:the|my|that) (?:sheet|plan|programme|program|list)\b"
                         # "so what should she be doing with that hour instead"
                         r"|\bwhat (?:should|could) (?:she|he|we|they) (?:be )?(?:doing|do)\b[^.?!]{0,25}\binstead\b"
                         # "so whats actually got proof behind it", "what does have evidence then"
                         r"|\bwhat(?:'?s| has)? (?:actually |even |really |then )?got (?:any |real |good |some )?(?:proof|evidence|research|science|data)\b"
                         r"|\bwhat (?:does|do) (?:actually |even |really )?have (?:any |real |good |some )?(?:proof|evidence|research|science|data)\b"
                         r"(?! (?:for|on|about|behind) (?:it|them|that|this|the|insoles|braces|taping|tape)\b)", re.I)
WHAT_WORKS_MAX_WORDS = 12
# (not whether to stop: "What should I do now for the next weeks, stop or continue?")
_STOP_OR_GO_ON = re.compile(r"\b(?:stop|continue|carry on|keep going|rest|run|running)\b", re.I)
# "its been about 5 weeks now, is that long?" after when to be seen
_IS_THAT_LONG = re.compile(r"\b(?:is that|is it|thats|that'?s) (?:too |very |really |a )?long(?: time| enough)?\b|\btoo long\b", re.I)
# "She wants to know what she should write down to take with her", "what should i bring to my physio appointment":
# what to note before the visit, which the assessment step says (read before the classifier's topic, which
# takes it for who to see or outside what is covered; _WHAT_THEY_CHECK reads "what should I prepare" later)
_TO_THE_VISIT = (r"to (?:the |my |her |his |our |your |an? )?(?:first )?"
                 r"(?:appointment|appt|physio|visit|assessment|session|consultation)\b")
_WHAT_TO_BRING = re.compile(r"\b(?:what|anything)\b[^.?!]{0,40}?\b(?:(?:write|jot|note) down\b[^.?!]{0,30}?"
                            r"\b(?:with (?:me|her|him|us|them)\W*$|" + _TO_THE_VISIT + r")"
                            r"|(?:bring|take)\b[^.?!]{0,30}?\b" + _TO_THE_VISIT +
                            # "what should i tell them when i go", "what do I say to the physio"
                            r"|(?:tell|say to|mention to)\s+(?:the (?:physio|physiotherapist|gp|doctor|doc|pt)\b"
                            r"|them\b[^.?!]{0,20}?\bwhen (?:i|we|she|he) (?:go|get there|see them|see her|see him)\b))", re.I)
# ("what's a physio gonna do, charge me $90 to tell me to do squats?", "what else would the physio do with him")
_WHAT_PHYSIO_DOES = re.compile(r"\b(?:what|whit|wot|wat)(?:'s|s| (?:else )?(?:does|do|would|will|can|could|should|is)) " + _PHYSIO
                               + r"(?:'?s)? (?:\w+ )?(?:gonna |gonnae |going to )?(?:do|be doing|offer|add)\b(?P<clause>[^,.;!?]*)"
                               r"|\b(?:is|would|will|does) (?:seeing |going to |going to see )?(?:a |the )?(?:private |nhs )?" + _PHYSIO
                               + r" (?:\w+ )?(?:worth|do anything|do any more|do more|do something)\b", re.I)
# "how would a physio go about fixing that bit" after a cause: the same asked as how they fix it
_HOW_PHYSIO_FIXES = re.compile(r"\bhow (?:would|do|does|will|can|could|should) (?:" + _PHYSIO + r"|they)\b"
                               r"[^.?!]{0,25}?\b(?:fix|treat|sort|work on|deal with|address|tackle)\w*(?P<clause>[^,.;!?]*)", re.I)
# "what would they actually do to fix it" after a cause: the same asked of "they", the physio it mentions
_WHAT_THEY_DO = re.compile(r"\bwhat (?:would|will|do|does|can|could|should) (?:they|she|he) (?:\w+ )?(?:do|be doing)\b(?P<clause>[^,.;!?]*)", re.I)
# "... to fix it", "... to loosen it up": the clause points back to what the answer just said (as _POINTS_BACK)
_FIX_IT = re.compile(r"\b(?:fix|fixing|sort|sorting|treat|treating|help|helping|loosen|loosening) it\b", re.I)
_FIRST_VISIT = re.compile(r"\b(?:first|1st) (?:appointment|appt|session|visit|time)\b", re.I)
_PAYING = re.compile(r"\b(?:private|privately|nhs|insurance|waiting list|paying|pay)\b", re.I)
PHYSIO_DOES_MAX_WORDS = 30
# "how low should i go", "how deep can i squat then": how deep to bend, which the answer on exercises covers
_HOW_DEEP = re.compile(r"\bhow (?:low|deep|far down)\b", re.I)
# "what kind of quad work then", "what sort of hip exercises are we talking": which exercises
_WHAT_DEALS_WITH_IT = re.compile(r"\bwhat (?:actually |really |then )?(?:does|will|would|can|could) (?:actually |really )?"
                                 r"(?:deal with|fix|treat|sort out|address|tackle|get rid of|cure) (?:the (?:cause|problem|root)|it|this|that)\b", re.I)
_PHYSIO_HELPS = re.compile(r"\b(?:something|anything) (?:that )?" + _PHYSIO + r" (?:could|can|would|might|will) (?:actually |really |even )?(?:help|fix|sort)\b"
                           r"|(?<!how )\b(?:could|can|would|will|might) " + _PHYSIO + r" (?:actually |really |even )?(?:help|fix|sort)\b", re.I)
_WHAT_KIND_OF_EXERCISE = re.compile(r"\bwhat (?:kinds?|sorts?|types?) of (?:\w+ )?(?:work|exercises?|strengthening|moves|drills)\b", re.I)
# "will i be ok by april tho", "how long before she's back to full training": how long it takes
# ("when will I be back running proper do you reckon")
_BY_WHEN = re.compile(r"\bhow long (?:before|until|till?)\b|\bhow (?:many|much) (?:more )?(?:days|weeks|months)\b"
                      r"|\bwhen (?:will|can|do|would|might) (?:i|he|she|they|we|you|u) (?:be )?(?:back )?(?:running|back running|back to running|back to normal|running again)\b"
                      r"|\b(?:ok|okay|fine|right|better|fixed|sorted|back|running|healed|good) (?:again )?by\b", re.I)
# "is this ever gonna go away or what", "am i done running?", "do i just accept this is how it is now": the long
# term, not how long it takes
# (unless it asks whether it comes back or goes for good: "will it ever go for good", "does it ever fully go away",
# "third time it's flared up in two years, will it ever go away")
_EVER_GOES = re.compile(r"\bever\b[^.?!]*\b(?:go away|goes away|go|get better|gets better|heal|be (?:normal|right|fixed|gone|the same)|run (?:like|the same|properly|normally)"
                        r"|running (?:like|the same|properly|normally))\b"
                        r"|\bstuck with (?:it|this|that) (?:forever|for ever|for life)\b|\bmy life now\b|\b(?:am i|i'?m|is she|is he) (?:just )?(?:done|finished) (?:with )?running\b"
                        # "do i just accept this is how it is now", "learn to live with it"
                        r"|\baccept (?:it|this|that)\b|\bhow it is now\b|\blearn to live with\b"
                        # "Just walking these days. Is it too late to do anything about it?"
                        r"|\btoo late (?:to|for) (?:do|fix|sort|help|treat|anything|me|him|her|it)\b"
                        # "could it get me back running eventually or has that ship sailed at my age"
                        r"|\bship(?:'s| has)? sailed\b|\brunning (?:again )?(?:eventually|one day|some day|someday)\b"
                        # "and if it never does?" after how long the exercises take
                        r"|\bif (?:it|they|that|this|them|the exercises) never\b", re.I)
_FOR_GOOD = re.compile(r"\b(?:come|comes|coming|came) back\b|\bagain\b|\brecur|\breturn|\bfor good\b|\bkeep (?:happening|coming)\b|\bflare[sd]?\b"
                       r"|\b(?:comes?|coming) and go(?:es)?\b|\b(?:second|2nd|third|3rd|fourth|4th|fifth|5th) time\b|\b(?:three|four|five|several) times\b|\bsquare one\b"
                       r"|\b(?:fully|completely|totally)\b", re.I)
# "how slow", "shallow like how shallow": how much of what the answer just said (not "how are you")
_HOW_MUCH_OF_IT = re.compile(_OPENING + r"(?:[a-z]+\W+(?:like\W+)?)?how\s+(?!are\b|r\b|is\b|do\b|u\b|you\b|ya\b|come\b)[a-z]+"
                             r"(?:\s+(?:tho|though|then|exactly|roughly|are we talking))?\W*$", re.I)
HOW_MUCH_OF_IT_MAX_WORDS = 4
# "you didn't answer the second part, about my messages", "you missed the yoga bit": a part of the question
# before that the answer left out
_UNANSWERED = re.compile(r"\b(?:you|u|ye|it)\s+(?:didn'?t|did not|didnt|didnae|have not|haven'?t|has not|hasn'?t|never)\s+"
                         r"(?:answer|answered|say|said|mention|mentioned|cover|covered|address|addressed)\b"
                         r"|\b(?:you|u|ye)\s+(?:missed|skipped|forgot)\b|\bnot (?:been )?answered\b"
                         # "ok but that doesnt really answer the race thing"
                         r"|\b(?:that|this|it)\s+(?:doesn'?t|does not|doesnt|didn'?t|did not|didnt)\s+(?:really\s+|actually\s+)?"
                         r"(?:answer|cover|address)\b", re.I)
UNANSWERED_MAX_WORDS = 14
_OTHER_QUESTION = re.compile(r"\b(?:second|2nd|other|last|third|3rd|next)\s+(?:one|part|bit|question|thing|q)\b", re.I)
UNANSWERED_SURE_ABOVE = 0.5
# "what should i do at work then", "anything i can do about it at my desk", "any tips for the train then",
# "at my desk then? I sit 8 hours a day", "every how long must stand up": what to do about sitting
_SITTING_PLACE = (r"(?:(?:at|in|on|during|for|through)\s+(?:the\s+|my\s+|a\s+|long\s+|our\s+)?(?:work|desk|office|escritorio|meetings?|"
                  r"cinema|movies?|theatre|theater|performance|concerts?|interval|lectures?|bus|train|car|plane|flight|"
                  r"matatu|taxi|commute)|while sitting|when sitting|when i sit|while i sit|sitting)")
_WHAT_TO_DO_SITTING = re.compile(r"\b(?:what|anything) (?:(?:can|do|should|could|must) (?:i|we|you|she|he)|(?:i|we) (?:can|should|could)) "
                                 r"(?:do|try)\b(?:\s+\w+){0,4}?\s+" + _SITTING_PLACE + r"\b"
                                 r"|\bany (?:tips?|advice|ideas?|tricks?) (?:\w+\s+){0,2}?" + _SITTING_PLACE + r"\b"
                                 r"|^\W*(?:(?:and|so|ok|okay|what about)\s+)*" + _SITTING_PLACE + r"(?:\s+(?:then|too|though|tho|itself))?\s*\?"
                                 r"|\b(?:how often|every how long|how long between)\b[^.?!]{0,20}\b(?:stand|get|move)\s*up\b", re.I)
SITTING_MAX_WORDS = 16
# "what can she do about it at home", "what can i do myself in the meantime": exercises to do alone
# ("What can I actually do myself", "so what do i do for the 14 weeks" on a waiting list)
_ON_YOUR_OWN = re.compile(r"\b(?:what|anything) (?:(?:can|could|should|do|shall) (?:i|we|you|u|she|he|they)|(?:i|we|she|he|they) (?:can|could|should)) (?:actually |really |even |possibly )?(?:do|try|be doing)\b(?:\s+(?:about it|for it|in the meantime|meanwhile|for now))?"
                          r"\s+(?:myself|herself|himself|ourselves|themselves|yourself|at home|from home|on (?:my|her|his|our|their|your) own|by (?:myself|herself|himself|ourselves|themselves))\b"
                          # ("12 weeks wait tho, what do i do till then")
                          r"|\bwhat (?:do|can|should|shall) (?:i|we|she|he|they) (?:actually |even |just )?do (?:while (?:i|we|she|he|they) wait|for (?:the|those|these) (?:\d+|few|next few|next \d+) (?:weeks?|wks?|months?)"
                          r"|(?:till|until|til|up to) then)\b", re.I)
ON_YOUR_OWN_MAX_WORDS = 20
# "is it worth seeing a physio for a grumbly knee or do people just wait it out", "need to see doctor or
# not?": whether to be seen at all (which clinician is seek_help.who's: "physio or GP?")
# "does that want looking at or will it sort itself out": whether to get it seen
# (also "should I actually get it looked at?", "is it worth seeing someone or will it sort itself out?")
_WANTS_LOOKING_AT = re.compile(r"\b(?:does|do|should|would|will|might) (?:that|it|this|he|she|they|i|my knee|the knee) (?:want|wants|need|needs)(?: to be)?\s+"
                               r"(?:looking at|looked at|checking|checked|checking out|checked out|seeing to|seen to|seen|a look)\b"
                               r"|\b(?:should|shall|do|must) (?:i|we|he|she|they) (?:actually |really |just |still |maybe |not )?(?:get|have|go and get) "
                               r"(?:it|this|that|them|my knee|the knee|his knee|her knee|my knees) (?:looked at|checked(?: out)?|seen(?: to)?|examined|assessed)\b"
                               r"|\b(?:is it|it'?s|is that|would it be) (?:even |actually |really )?worth (?:seeing|getting|having|going to see|asking) "
                               r"(?:someone|somebody|anyone|it looked at|it checked|it seen|them looked at|them checked)\b"
                               r"|\bworth (?:a|an|seeing a|going to a|getting a|booking a) (?:physio\w*|doctor|gp|pt|specialist)\b[^?.]{0,40}?"
                               r"\bor (?:will|would|should|does|do|is|just) (?:it|this|that|i|wait)\b", re.I)
_WHETHER_TO_BE_SEEN = re.compile(
    r"\b(?:(?:is it|is that) worth|worth|(?:do|does|will|would) (?:i|we|you|u|he|she|they) (?:really |actually )?need(?: to)?|need to|needs to"
    r"|should (?:i|he|she|we|they|u)|have to)\s+(?:(?:see|seeing|get|getting|go to|going to|visit|visiting)\s+)?"
    r"(?:a |an |the |my |his |her )?(?:proper |private |sports )?(?:physio\w*|doctor|doc|gp|dr|pt|physical therapist|professional|specialist)\b"
    r"[^?.]{0,60}?\bor\b"
    # ("Would a physio be worth it or is that overkill")
    r"|\b(?:would|will|is) (?:a |an |the )?(?:proper |private |sports )?(?:physio\w*|doctor|doc|gp|dr|pt|physical therapist|specialist) "
    r"(?:be )?worth it\b[^?.]{0,60}?\bor\b", re.I)
WHETHER_TO_BE_SEEN_MAX_WORDS = 30
_REFERRAL = re.compile(r"\b(?:refer\w*|self-refer\w*|book\w*|directly|direct)\b", re.I)
# a short follow-up to the stretching answer read as the exercise dose ("before or after the run", "hold them
# or do the swingy leg ones"): about stretching still, unless it is about pain
STRETCHING_FOLLOW_UP_MAX_WORDS = 12
# "my quads are super tight", "tight IT band": a tight muscle (hips and ankles are joint mobility, not named here)
_MUSCLE = r"(?:quads?|quadriceps|hamstrings?|thighs?|it ?bands?|itbs?|calf|calves)"
_TIGHT_MUSCLE = re.compile(r"\btight\w*\s+(?:\w+\s+){0,2}?" + _MUSCLE + r"\b|\b" + _MUSCLE + r"\b(?:\s+[\w']+){0,4}?\s+tight", re.I)
TIGHT_MUSCLE_MEANS_STRETCHING_IN = (CAUSES, RELATED, TREATMENT)
_SURELY_LINKED = re.compile(r"\bsurely\b[^.?!]{0,30}\b(?:to do with|the cause|the reason|behind it|causing it|related)\b", re.I)
_SOMEONE_SAID = re.compile(r"\b(?:said|says|reckons?|reckoned|told me|tells me|thinks|thought)\b", re.I)
_WHAT_USUALLY_CAUSES = re.compile(r"\bwhat (?:usually|normally|typically|generally|commonly|tends to|mostly) (?:causes?|brings? (?:it|this) on|sets? (?:it|this) off)\b", re.I)
_COULD_IT_BE_ANOTHER = re.compile(r"\b(?:could|might|would|can|is) it (?:be |just be |actually be |really be )?(?:the |my |an? )?"
                                  r"(?:it ?band|itb|itbs|tendon|tendinitis|tendonitis|tendinopathy|cartilage|meniscus|arthritis|something else)\b", re.I)
# what a question about a tight muscle told before it asks: whether it is behind the pain, or what to do for it
_ASKS_ABOUT_TIGHTNESS = re.compile(r"\b(?:why|cause[sd]?|causing|related|connected|linked|to do with|behind|reason|because|"
                                   r"stretch\w*|foam|roll\w*|loosen\w*|release|that it|it that|could that|could it|is that|is it)\b", re.I)
MOBILITY_CAUSE = "causes.mobility"
_USUAL_FOR_ME = re.compile(r"^[^.?!()]{0,40}?\b(?:but|though|tho|which)\W+(?:that'?s|thats|that is|it'?s|its|is|they'?re|theyre|they are)\s+"
                           r"(?:(?:just|pretty|quite|totally|always been)\s+)?(?:normal|usual|standard|nothing new)\b", re.I)
_STIFF_JOINT = re.compile(r"\b(?:ankles?|hips?)\b", re.I)
_ABOUT_PAIN = re.compile(r"\b(?:hurt\w*|pain\w*|ache\w*|aching|sore)\b", re.I)
# "how do i know if im overdoing it": the pain guide (for exercises, their dose)
_AM_I_OVERDOING = re.compile(r"\bhow (?:do|will|would|can|should|could) (?:i|we|you|u|she|he|they) (?:know|tell)\b"
                             r"(?:\s+[\w']+){0,4}?\s+(?:overdo\w*|over ?doing|doing too much|pushing (?:it |them )?too (?:hard|far|much))\b", re.I)
# whether, or how, something said matters for the knee: "knee caves in on my run vid, does that matter",
# "my ankles are super stiff. how does that even affect my knee??", "is that why my knee hurts?"
_DOES_IT_MATTER = re.compile(r"\b(?:does|do|would|will|could) (?:that|it|this|they|a \w+(?: \w+)?) (?:even |really |actually )?matter\b"
                             r"|\bwhy (?:does|do|would|is|should) [^.?!]{0,40}\bmatter\b"
                             r"|\bis (?:that|this) (?:why|the reason|what(?:'?s| is) causing)\b"
                             r"|\bhow (?:does|do|would|can|could|is) (?:that|it|this) (?:even |really |actually )?"
                             r"(?:affect|affecting|cause|causing|relevant|related|linked|connected|relate)\b"
                             r"|\bwhat (?:does|has) (?:that|it|this) (?:got )?to do with\b", re.I)
MATTERS_MAX_WORDS = 30
_STIFF_HIPS = re.compile(r"\b(?:stiff|tight)\w*\W+(?:\w+\W+)?hips?\b|\bhips?\b(?:\W+[\w']+){0,3}?\W+(?:stiff|tight)\w*", re.I)
_DOES_IT_COUNT = re.compile(r"\b(?:does|would|do|could) (?:that|it|this|they|those|mine) (?:still |also )?count\b", re.I)
# pain that comes late in a run and only then: "only hurts after about 15k, never before that. why",
# "why only after long ones n not short ones", "why does it only kick in halfway through the run"
_LATE_IN_RUN = re.compile(r"\b(?:last|final) (?:\d+ ?(?:k|km|kms|miles?|mi)|few (?:k|km|miles)|part|bit|third|half|hour|stretch)\b"
                          r"|\bhalfway (?:through|into|in)\b|\bmid(?:way)? ?(?:run|way through)\b"
                          r"|\b(?:after|around|about|from|past|beyond|over|at)\s+(?:about |around |like |roughly |maybe )?"
                          r"(?:(?:mile|km|kilometre|kilometer|k)\s*\d+\b|\d+\s*(?:k|km|kms|miles?|mi|minutes|mins|min)\b)"
                          r"|\bend of (?:a |the |my )?(?:long|big|hard)\b|\blong ones\b|\blate (?:in|on)\b"
                          r"|\b\d+ ?(?:miles?|k|km|mins|minutes) in(?:to)?\b(?! (?:a|the|one|per) (?:week|month|day)\b)", re.I)
# the clearest of those late points, for a "why" without an "only" ("why does it always start about halfway"):
# not "after 10 minutes", "at mile 18" or "40km in 3 weeks", which _LATE_IN_RUN also reads
_CLEARLY_LATE_IN_RUN = re.compile(r"\b(?:about |around |at )?halfway\b|\bthe last (?:\d+|few|couple of) ?(?:k|km|kms|miles?|mi)\b"
                            r"|\b(?:towards?|near|at) the end of (?:the|my|a|every|each|long) (?:run|runs|race|long run)\b"
                            r"|\blate in (?:the|my|a|every|each) (?:run|race|long run)\b"
                            r"|\bafter (?:about |around )?\d+ ?(?:k|km|kms|miles?)\b", re.I)
CLEARLY_LATE_MAX_WORDS = 20
_ONLY_THEN = re.compile(r"\bonly\b|\b(?:first|early) (?:\d+|few|couple)\b[^.?!]{0,25}\b(?:fine|ok|okay|good|no problem)\b|\bnever\b[^.?!]{0,40}\b(?:start|starts|before|first|short|beginning|early|begin)\b"
                        r"|\bnot (?:at|in) the (?:start|beginning)\b|\bnot (?:the )?short ones\b"
                        # "why it starts exactly after 40 min": when it starts, and not before
                        r"|\b(?:starts?|starting|begins?|kicks? in|comes? on)\s+(?:exactly |only |always |just )(?:after|around|at|from|past)\b"
                        # "its always the last few miles of the long run that it starts"
                        r"|\balways (?:in |on |at |during |over )?the (?:last|final)\b", re.I)
LATE_IN_RUN_MAX_WORDS = 45
# when to get it seen: "when must I go to doctor?", "is it time to go to the physio", "how long should i give it
# before i bother them"
_WHEN_TO_BE_SEEN = re.compile(r"\bwhen (?:(?:i|we|he|she|they|u|you) )?(?:should|must|do|shall|would|to|need to|have to|can)"
                              r" (?:i |we |he |she |they |u |you )?(?:\w+ )?"
                              r"(?:go|see|get|visit|call|ring|book|contact|bother)\b[^.?!]{0,25}\b(?:doctor|dr|gp|hospital|physio|"
                              r"physiotherapist|pt|someone|somebody|a&e|er|clinic|professional|checked|looked at|seen|help)\b"
                              r"|\b(?:is it|it'?s) time to (?:go|see|get|book|visit)\b"
                              # "which signs mean she should go sooner rather than later"
                              r"|\b(?:which|what) (?:signs?|symptoms?|red flags?|warning signs?) (?:mean|means|should|would|tell)\b"
                              r"|\bhow long (?:should|do|must|can) (?:i|we|he|she) (?:give|leave|wait)\b[^.?!]{0,30}\bbefore\b", re.I)
# (counted in days, also when the classifier reads a number of days as the exercise dose: "After how many days
# of pain she should go to physio?")
_DAYS_BEFORE_SEEN = re.compile(r"\bhow (?:many (?:days|weeks)|long)\b[^.?!]{0,30}\b(?:should|must|need to|have to|before)\b[^.?!]{0,15}"
                               r"\b(?:go|see|get|visit|book|going|seeing|getting|booking)\b[^.?!]{0,20}"
                               r"\b(?:doctor|dr|gp|physio|physiotherapist|pt|someone|somebody|anyone|clinic)\b", re.I)
WHEN_TO_BE_SEEN_MAX_WORDS = 40
# "is the NHS the one running this", "who's behind this", "which clinic is it from", "whose bot is it": who runs
# the assistant
_WHO_RUNS_IT = re.compile(r"\bwho(?:'?s| is)? (?:running|behind|runs|run|made|built|owns|makes) (?:this|it|you|u)\b"
                          r"(?! (?:hurt|worse|better|ache|sore))"
                          r"|\b(?:is|are) [\w ]{1,20}? the ones? (?:running|behind|who runs|that runs|who made|that made) (?:this|it|you|u)\b"
                          r"|\bwhich (?:clinic|practice|company|hospital) (?:is|are) (?:it|this|you|u) (?:from|with)\b"
                          r"|\bwhose (?:bot|chatbot|app|assistant|thing|site|website) (?:is (?:this|it)|(?:this|it) is)\b", re.I)
WHO_RUNS_IT_MAX_WORDS = 14
# "Is this just an advert to get me to book physio lol", "so what's the point of this vs just googling": what the
# assistant is for, and who is behind it
_AN_ADVERT = re.compile(r"\bis (?:this|it) (?:just |all |only )?(?:an? )?"
                        r"(?:advert|ad|advertisement|sales pitch|marketing)\b", re.I)
# (the point of "this" after an answer is that answer's: "whats the point of this then" after stretching)
_WHATS_IT_FOR = re.compile(r"\bwhat(?:'?s| is) the (?:point|use) of this"
                           r"(?: chat| bot| chatbot| app| service| thing)?\b", re.I)
WHATS_IT_FOR_MAX_WORDS = 16
# who answers: "Who is answering me, it is real physiotherapist?", "is there an actual physio on the other end"
_WHO_ANSWERS = re.compile(r"\bwho(?:'?s| is| am i| are)? (?:answering|replying|talking|speaking|chatting|writing|typing|on the other end)\b"
                          r"|\b(?:real|actual|live) (?:person|human|people|physio|physiotherapist|doctor)\b|\bon the other end\b", re.I)
WHO_ANSWERS_MAX_WORDS = 16
# "do the physios actually check what you say", "can i talk to an actual physio": who writes and checks the
# answers, and that a person is there at the clinic (not whether the assistant is a bot)
_CHECKS_WHAT_YOU_SAY = re.compile(r"\b(?:check|checks|checked|checking|review|reviews|reviewed|vet|vets|vetted|verify|verifies|approves?|approved)\b"
                                  r"[^.?!]{0,20}\bwhat (?:you|u|the bot|it|this thing) (?:say|says|said|tell|tells|write|writes|answer|answers)\b", re.I)
_TALK_TO_A_PERSON = re.compile(r"\b(?:can|could|may) (?:i|we) (?:talk|speak|chat) (?:to|with) (?:a |an |the )?(?:actual |real |proper )?"
                               r"(?:physio|physiotherapist|person|human|clinician)\b", re.I)
_THE_ANSWERS = re.compile(r"\banswers\b", re.I)
# "whats ur name", "do you have a name": what the assistant is
_YOUR_NAME = re.compile(r"\b(?:your|ur|yr|you'?re|ya) name\b|\b(?:do|have) (?:you|u) (?:got |have )?a name\b|\bwhat (?:are|r) (?:you|u) called\b", re.I)
YOUR_NAME_MAX_WORDS = 8
# "r u a real person tho": whether the assistant itself is a person, also right after who made it
_WHO_READS = re.compile(_OPENING + r"(?:and\W+)?who(?: else)? (?:(?:can|could|does|do|will|would|gets? to|is able to) )?(?:see|sees|read|reads|access|accesses|has access|have access|"
                        r"look at|looks at|keep|keeps|store|stores|get|gets|check|checks)\b", re.I)
# "so my physio won't see it then?", "does the clinic get to read these": whether someone reads the messages
_WILL = r"(?:will|won'?t|wont|can|can'?t|cant|does|doesn'?t|do|would|wouldn'?t)"
_SOMEONE = (r"(?:my |the |your )?(?:physio|physiotherapist|doctor|doc|gp|clinic|staff|anyone|anybody|someone|somebody"
            r"|they|she|he|a human|a person)")
_SOMEONE_SEES_IT = re.compile(r"\b(?:" + _WILL + r" " + _SOMEONE + r"|" + _SOMEONE + r" " + _WILL + r")"
                              r" (?:ever |actually |even )?(?:gets? to |be able to )?(?:see|read|look at|access)"
                              r" (?:it|this|these|them|that|my|what|the chat|the messages)\b", re.I)
# what a message may call the assistant when it asks whether it is a machine
_A_MACHINE = r"(?:bot|chat ?bot|robot|ai|a\.i\.?|machine|computer)"
# "is this chat gpt", "am i talking to an AI": whether the assistant is a bot, however the chatbot is spelled
# ("are you a bot" is _ARE_YOU_A_PERSON's)
_IS_IT_A_BOT = re.compile(r"\b(?:is this|is it|am i (?:talking|chatting|speaking) (?:to|with))\s+(?:just\s+)?(?:a |an )?"
                          r"(?:chat ?gpt|chat ?bot|ai|a\.i\.?|bot|robot|automated)\b(?=\W*(?:$|or\b|lol\b|tho\b|though\b|then\b|right\b))"
                          # "Am I chatting with a nurse?", "am I talking to a real physio or a bot?": who (or what) is answering
                          r"|\bam i (?:talking|chatting|speaking|writing) (?:to|with)\s+(?:a |an |the )?(?:real |actual )?"
                          r"(?:nurse|doctor|dr|physio|physiotherapist|therapist|clinician|person|human|someone real|receptionist)"
                          r"(?:\s+or\s+(?:a |an |just )?" + _A_MACHINE + r")?\W*$"
                          # "figured. can a bot even know anything about knees": what a bot can know
                          r"|\b(?:can|could|does|do|would|will) (?:a|an|this|the) (?:" + _A_MACHINE + r"|program) "
                          r"(?:even |really |actually |possibly )?(?:know|understand|tell|judge|diagnose)\b", re.I)
IS_IT_A_BOT_MAX_WORDS = 8
# "so can u tell me what i have", "can you tell me if mine is runners knee or not", alone: whether the assistant
# diagnoses, which the answer about it says (not with a story to tell it from)
_TELL_ME_WHAT_I_HAVE = re.compile(r"^\W*(?:(?:so|ok|okay|then|and|but|well)\W+)*(?:can|could|will|would) (?:you|u|ya) (?:just |actually )?"
                                  r"(?:tell|say)(?: me)? (?:what (?:i|she|he) (?:have|has|got)|(?:if|whether) (?:mine|it|this|my knee|i have it)"
                                  r"(?:'s| is)?(?: (?:runner(?:'?s|s')? knee|pfp|pfps|patellofemoral pain))?(?: or not)?)\W*$", re.I)
# "Are you actually a bot or is this Gemma from the clinic pretending 😂": asked first, however long the rest
_ARE_YOU_A_BOT = re.compile(r"^\W*(?:(?:so|ok|okay|wait|hey|hi|honestly|seriously|lol)\W+)*(?:are|r) (?:you|u|ya) "
                            r"(?:actually |really |just |even )?(?:a |an )?(?:real |actual )?" + _A_MACHINE + r"\b", re.I)
_MASH_EXCUSE = re.compile(r"\b(?:cat|dog|baby|toddler|kid|kids|son|daughter|grandson|granddaughter|grandkids?|pocket|butt|bum)\b"
                          r"[^.?!]*\b(?:keyboard|phone|pocket|grabbed|walked|sat|dial|dialled|typed|got hold)\b|\b(?:pocket|butt|bum) ?dial", re.I)
MASH_EXCUSE_MAX_WORDS = 10
# "sorry, toddler got the phone. gotta go": leaving, after the excuse
_HAS_TO_GO = re.compile(r"\b(?:gotta|got to|have to|hafta|must) (?:go|dash|run)\W*$|\b(?:gtg|g2g)\b", re.I)
# "ok. nnnnnnmmmm.,", "mmm ok the ,,, k", "wht abt th ,, hh": keyboard mash in a few words that ask nothing
# (a run of commas; consonants only with a doubled letter, "hhfk", "nnnnmmm"; or a doubled consonant alone,
# "jj"; or four or more home-row keys with no vowel, "hgfj", "sdfg"; not "hmm", "tbh", "pfps", "tmrw" or "shld")
_MASH_WORD = re.compile(r"^(?:(?=[a-z]*([b-df-hj-np-tv-xz])\1)[b-df-hj-np-tv-xz]{4,}|([b-df-hjkl-np-tv-xz])\2"
                        r"|(?!shld$)[sdfghjkl]{4,})$", re.I)
_PUNCTUATION = ".,!;:'\"*"
_MASH_FILLER = re.compile(r"^(?:ok|okay|k|kk|sorry|sry|soz|the|a|um+|uh+|erm|hm+|m+|lol)$", re.I)
MASH_AMID_MAX_WORDS = 5
# "wht abt the thing w the", "Hello I am writing to ask about my": half a message, cut off before what it was about
_CUT_OFF = re.compile(r"\b(?:the|a|an|my|your|our|their|and|because|bc)\W*$", re.I)
CUT_OFF_MAX_WORDS = 12
# "ok so", "so um", "hmm ok", "well": filler words alone, the message not yet written (not "ok", "and?" or "so?")
_FILLER = r"(?:ok|okay|k|right|yeah|so+|um+|uh+|erm+|hm+|well|like|anyway|anyways)"
_FILLER_ALONE = re.compile(r"^\W*(?:" + _FILLER + r"[^\w?]+)*(?:so+|um+|uh+|erm+|hm+|well|like|anyway|anyways)"
                           r"(?:[^\w?]+" + _FILLER + r")*[^\w?]*$", re.I)
_SENT_FROM = re.compile(r"^\W*sent from my \w+(?: \w+)?\W*$", re.I)
# "... Could you kindly tell me what this condition is?\n\nYours faithfully,\nMargaret": a letter's close, on its
# own lines after the question, which the rules read without
_SIGN_OFF = re.compile(r"(?<=[?.!])[ \t]*\n\s*(?:yours (?:faithfully|sincerely|truly)"
                       r"|(?:kind |best |warm |many )?(?:regards|thanks|wishes)|thank you(?: in advance)?"
                       r"|cheers|best)\b[^\n]{0,40}(?:\n+[^\n]{1,40}){0,2}\s*$", re.I)
# Text-speak for question words and other short words, spelt out before the rules read a message ("hw long",
# "wat abt", "shud i", "wen u run")
_TEXT_SPEAK = {"hw": "how", "wat": "what", "wot": "what", "wht": "what", "wut": "what", "shud": "should",
               "shld": "should", "shuld": "should", "cud": "could", "cld": "could", "wud": "would", "wld": "would",
               "abt": "about", "b4": "before", "u": "you", "ur": "your", "wen": "when", "hv": "have", "nd": "and",
               "cuz": "because", "coz": "because"}
_TEXT_SPEAK_WORD = re.compile(r"\b(?:" + "|".join(_TEXT_SPEAK) + r")\b", re.I)
# "y does my knee ache after sitting": "y" before a verb that opens a question is "why"
_Y_FOR_WHY = re.compile(r"(?<![\w'])y(?=\s+(?:does|do|did|is|are|am|was|were|would|wud|can|cant|can't|doesnt|doesn't|dont|don't|"
                        r"didnt|didn't|isnt|isn't|should|shud|has|have|hv|does'nt|wont|won't)\b)", re.I)


def _spelt_out(text: str) -> str:
    return _Y_FOR_WHY.sub("why", _TEXT_SPEAK_WORD.sub(lambda found: _TEXT_SPEAK[found.group(0).lower()], text))


# "knee pain", "sore knee", alone: the runner's own knee, which the answer about symptoms covers
_KNEE_PAIN_ALONE = re.compile(r"^\W*(?:(?:my|the|a|bad|dodgy)\s+)?(?:knee|knees|kneecap|kneecaps|knee cap)\s+"
                              r"(?:pain|pains|ache|aches|aching|hurts?|hurting|sore|soreness|problems?|issues?|"
                              r"niggle)"
                              # "knee pain downhill", "knee ache on stairs": when it hurts, still nothing asked
                              r"(?:\s+(?:on|going|when|while|after|during|running|walking|down|up)){0,2}"
                              r"(?:\s+(?:downhill|downhills|uphill|hills?|stairs|steps|squats?|squatting|sitting))?\W*$"
                              r"|^\W*(?:a\s+|my\s+)?(?:sore|painful|achy|aching|bad|dodgy)\s+"
                              r"(?:knee|knees|kneecap|kneecaps)\W*$"
                              # "knee. 3 years. help", "runners knee. 4 years. go.": the knee and how long, nothing more
                              # ("knee. front. 2 years. nothing fixes it")
                              r"|^\W*(?:(?:my|runners?|runner'?s)\s+)?(?:knee|knees)\W+(?:(?:the\s+)?(?:front|inside|outside|side)\W+)?"
                              r"(?:\d+|a|two|three|four|five|six|ten)\s+(?:years?|yrs?|months?|weeks?|wks?)"
                              r"(?:\W+(?:now|help|go|pls|please|plz|nothing (?:fixes|helps|works|shifts)(?: it)?|nothing (?:has )?(?:worked|helped)))?\W*$", re.I)
# "hlo", "hola 👋", "Assalamu alaikum", "good morning all": a hello alone, in text-speak or another language
_HELLO_WORDS = (r"h+i+|he+y+a*|hel+o+|hlo|hallo|halo|hullo|hiya|howdy|yo|g'?day|(?:good |gud |gd )?(?:morning|afternoon|evening|mrng|mornin'?)|wass+up|wa+z+up|sup|howzit|hola|bonjour|salut|ciao|"
                r"namast[eé]|namaskar(?:am)?|vanakkam|sat sri akal|adaab|(?:as+alam(?:u|o)?|as-salamu?|salaam|salam)(?:\W*(?:o |u )?(?:alaikum|alaykum|aleikum|alykum))?|"
                r"marhaba|ahlan|shalom|jambo|habari|mambo|sawubona|molo|dumela|kia ora|merhaba|konnichiwa|ni ?hao|kumusta|ol[aá]|oi|hej|hei|moin|servus|sveiki|czesc|cześć|privet|slt|wagwan")
# "Good morning from Perth! Lovely to have a service like this", "hello! my physio told me about this chat": a first
# message that opens with hello and tells how they came, with nothing asked and nothing of the knee
_OPENS_WITH_HELLO = re.compile(r"^\W*(?:" + _HELLO_WORDS + r")"
                               r"(?:\s*[!,.:;]|\s+(?:there|all|everyone|from|team|folks)\b)", re.I)
HELLO_AND_MORE_MAX_WORDS = 20
# (not one the classifier reads as asking about the assistant: "hi is this an actual physio im talking to")
ABOUT_THE_ASSISTANT = ("bot_challenge", "help", "ask_about")
# "Right, my husband told me to try this thing, so here I am", "not sure a chatbot is going to fix what 3 physios couldnt
# but here goes": a first message that tells who sent them, or that they are giving the chat a go
_CAME_TO_TRY_IT = re.compile(
    r"\bhere goes\b|\bhere i am\b|\b(?:told|asked|said|suggested|recommended|sent)\b[^.?!]{0,25}\b(?:try|ask|use|message|check out)"
    r" (?:this|you|it)\b|\b(?:give|giving|try) (?:this|it|you) a (?:go|try|shot)\b|\bthought i(?:'|’)?d (?:try|ask|give)\b", re.I)
# "How far" (Nigerian Pidgin for hello), "now then", "ey up" (Yorkshire): hello as a first message, with no question mark
_FIRST_MESSAGE_HELLO = re.compile(r"^\W*(?:how far|now then|e+y+ ?up|a+y+ ?up|e+h+ ?up)[.!\s]*$", re.I)
_HELLO = re.compile(r"\b(?:" + _HELLO_WORDS + r")\b", re.I)
_HELLO_ALONE = re.compile(r"^\W*(?:" + _HELLO_WORDS + r")(?:\W+(?:" + _HELLO_WORDS + r"))*(?:\W+(?:there|all|everyone|everybody|team|guys|folks|bot|doc|again|po|ji|sir|madam|maam))?[\W_]*$", re.I)
# "👋", "ok nvm 👋": a wave alone
_WAVE_ALONE = re.compile(r"^\W*(?:(?:ok|okay|k|nvm|never ?mind|all good|right|alright|cool|ta|cheers)\W+)*(?:👋|🖐|🤚)[\W_]*$", re.I)
# "test", "testing 123", "asdf test test", "my": someone trying the chat, or a message sent half-written
_TRYING_IT = re.compile(r"^\W*(?:(?:test(?:ing)?|tst|asdf\w*|qwerty|1 ?2 ?3|one two three)\W*)+$"
                        r"|^[^\w?]*(?:my|the|a|an|of|to|in|on|at|for|with|is|um+|uh+|erm+)[^\w?]*$", re.I)
# "whats 17 x 23", "what is 12+30": sums, which the assistant does not do (not "3 x 10?" about reps)
_SUM = re.compile(r"^\W*(?:what'?s|whats|what is|calculate|solve|work out)\W+\d+(?:\.\d+)?\s*(?:[x*+/÷×-]|times|plus|minus|divided by)\s*\d+(?:\.\d+)?\W*$", re.I)
OTHER_LANGUAGE_MAX_WORDS = 10
# "hola, you speak spanish?", "can u reply in urdu": another language, which the assistant does not write
_OTHER_LANGUAGE = re.compile(r"\b(?:speak|talk|write|reply|answer|chat|understand)\w*\s+(?:in\s+)?(?:spanish|french|german|italian|portuguese|polish|dutch|arabic|urdu|hindi|punjabi|bengali|bangla|"
                             r"tamil|sinhala|swahili|zulu|xhosa|afrikaans|tagalog|filipino|chinese|mandarin|cantonese|japanese|korean|turkish|russian|greek|welsh|irish|gaelic|"
                             r"other languages?|another language|any other language)\b", re.I)
_WHAT_IS_THIS = re.compile(r"^\W*(?:(?:hi|hey|hello|hiya|heya|ok|okay|so|um|erm|hmm)\W+)*what(?:'?s| is) this(?: exactly| thing| place| chat| site| app| bot)?(?: for)?(?: (?:ah|lah|leh|then|exactly))?\W*$", re.I)
_ARE_YOU_A_PERSON = re.compile(r"\b(?:are|r) (?:you|u|ya) (?:a |an )?(?:real |actual )?(?:person|human|bot|robot|ai|chatbot|machine)\b"
                               # "so youre not even a real person"
                               r"|\b(?:you'?re|youre|you are|ur|u r|u are) (?:not |just )?(?:even |really |actually )?(?:a |an )?(?:real |actual )?"
                               r"(?:person|human|bot|robot|ai|chatbot|machine)\b", re.I)
_ABOUT_THE_ASSISTANT = re.compile(r"\b(?:you|u|ya|bot|chatbot|chat|this thing|this app|ask)\b", re.I)
# "do i need equipment?", "do I need a gym for them", "can I do them at home": which exercises (they need little)
_NEEDS_EQUIPMENT = re.compile(r"\b(?:do|will|would) (?:i|we|you|u|she|he|they) (?:even |really |actually )?need (?:any |special |some |a |much )?"
                              r"(?:equipment|kit|gear|weights|dumbbells|resistance bands?|bands?|a gym|gym membership|machines?)\b"
                              r"|\bcan (?:i|we|she|he|they|you|u) do (?:them|these|those|the exercises) (?:at home|without (?:a |any )?(?:gym|equipment|weights))\b", re.I)
NEEDS_EQUIPMENT_MAX_WORDS = 10
# "can i do it at home with no equipment" after strength work: which exercises (they need little)
_WITHOUT_KIT = re.compile(r"\b(?:(?:at|from) home|with no (?:equipment|kit|gear|weights|gym)|without (?:a |any )?(?:gym|equipment|kit|gear|weights))\b", re.I)
# "that didn't help", "tried that already, hasn't made any difference": what was advised did not work (not "that
# doesn't help", which may be the answer itself): when to get help
_DID_NOT_HELP = re.compile(r"^\W*(?:(?:ok|okay|well|but|hmm|yeah|yea|nah)\W+)*(?:(?:i |we |she |he )?(?:tried|did|done|been doing|have done|have tried|'ve tried|'ve done)"
                           r" (?:that|it|this|them|those|all that|all of that)(?: already| before)?\W+(?:and |but )?)?"
                           r"(?:it |that |this |they |those |none of (?:it|that|them) )?(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|never) "
                           r"(?:really |actually |even )?(?:help(?:ed)?|work(?:ed)?|do anything|done anything|make (?:any|a|much) difference|made (?:any|a|much) difference)\W*$"
                           r"|^\W*(?:(?:ok|okay|well|but|hmm|yeah|yea|nah)\W+)*none of (?:it|that|them|those|these|this) (?:has |have |really |actually )?"
                           r"(?:helped|worked|made (?:any|a|much) difference)\W*$", re.I)
# "so what do i actually run then", "just run less?": running less, not stopping (with _INSTEAD_OF_STOPPING)
_RUN_LESS = re.compile(r"\binstead of not running\b|\b(?:just )?run(?:ning)? less\b"
                       r"|\bwhat (?:do|should|can|could) (?:i|we|she|he|they) (?:actually )?run\b", re.I)
# "so what do i do instead", "so what should I be doing instead", "so wat then" after why rest alone
# fails: what physio does instead
# ("so what should i actually be doing then if not that", "ok so whats the alternative then",
# "what does she do then if not surgery", "What is alternative to surgery", "alternative being?", "so whats the
# alternative then if sitting on my arse for 3 weeks did nothing", "so what SHOULD I be doin then", "ok so what should i be
# doing then, if resting doesnt fix it", "so what do people do instead of the scope", "so what's the non-op route")
_DO_INSTEAD = re.compile(_OPENING + r"(?:then\W+)?(?:what (?:do|does|should|can|could|shall|would|must) (?:i|we|you|u|she|he|they|people|most people|others) "
                         r"(?:actually |even |then )?(?:be )?(?:do|doing) (?:then )?(?:instead\b|if not\b)|(?:what|wat|wot) (?:then|instead)(?: then| tho| though| now)?\W*$"
                         r"|(?:what'?s|whats|what is|what are) (?:the |an )?(?:alternatives?|other options?)(?: to (?:the |an? )?\w+)?(?: then)?(?:\W*$|\s+if\b)"
                         r"|(?:the |an )?alternatives? (?:being|then|is|are)\W*$"
                         r"|(?:what'?s|whats|what is) the (?:non-?op(?:erative)?|non-?surgical|conservative) (?:route|option|way|path|approach|treatment)\b"
                         r"|what (?:should|shall|do) (?:i|we) (?:actually |really )?be (?:doing|doin) (?:then|instead)(?:\W*$|,?\s+if\b))", re.I)
# "n if i cut back wot do i do instead" after whether to keep running: other training meanwhile
_TRAIN_INSTEAD = re.compile(r"\b(?:what|wat|wot) (?:do|can|should|could|shall) (?:i|we|u|you) (?:do|train|try)(?: then)? instead\W*$", re.I)
# "Saludos! My tobillos are very stiff ... Can the ankle make my knee hurt?", "could tight hips be causing it?":
# whether the part it names causes the pain
_CAN_IT_CAUSE = re.compile(r"\b(?:can|could|would|does|do|might|is|are) (?:the|my|tight|stiff|weak|bad) (?:\w+ ){0,2}?"
                           r"(?:make|makes|cause|causes|give|be causing|be making|lead to|affect) (?:my |the )?(?:knee|knees|it|this|the pain|pain)\b", re.I)
# "ok so if 3 weeks on the couch didn't work, what's plan B": what to do instead
_PLAN_B = re.compile(r"\bplan b\b|\bwhat (?:should|do|can|could) (?:i|we|she|he|they) (?:spend|put|use|do with) (?:the|that|my|this|our|her|his) [\w ]{0,15}?(?:on |for |doing )?instead\b", re.I)
WHAT_WORKS_INSTEAD_MAX_WORDS = 14
# ("whats actually gonna fix it", "what IS proven then", "so if the strap dont fix it what does",
# "so if not the operation what actually fixes it")
_IF_IT_DOES_NOT = (r"(?:if\b[^.?!]*?\b(?:doesn'?t|dont|don'?t|does not|won'?t|wont|isn'?t|didn'?t|not)\b[^.?!]*?\s"
                   r"|if not (?:the |a |an |that |this )?\w+\W+)?")
_WHAT_ACTUALLY_WORKS = re.compile(_OPENING + _IF_IT_DOES_NOT + r"(?:then\W+)?(?:what|whats|what'?s) (?:else )?(?:(?:actually|really) )?(?:(?:does|do|will|would|could|can|is) )?"
                                  r"(?:(?:actually|really|even|truly) )?(?:(?:gonna|going to) )?(?:works?|helps?|fix(?:es)?|sorts?|proven)\b"
                                  r"|" + _OPENING + _IF_IT_DOES_NOT + r"what (?:will|would|does|is)\W*$"
                                  # "'Limited and mixed'. Right. Anything that ISN'T limited and mixed?"
                                  r"|" + _OPENING + r"(?:is there )?anything (?:else )?(?:that )?(?:(?:actually|really) )?"
                                  r"(?:works?|helps?|isn'?t|is not|has (?:good|better|real|proper|any) evidence)\b", re.I)
# "so stretching on its own won't sort it. then what": it does not work alone, so what does
_NOT_ALONE_THEN_WHAT = re.compile(r"\b(?:won'?t|wont|doesn'?t|dont|don'?t|not|isn'?t|didn'?t|can'?t|cant) (?:\w+ )?"
                                  r"(?:sort|fix|cure|work|help)\w*\b[^?!]{0,30}?\W+(?:so |ok |and )?(?:then what|what then)\W*$", re.I)
# "and what if it starts hurting again", "what if halfway pain come back" after advice on running: the guide to running with pain
_IF_IT_HURTS = re.compile(r"\bif (?:it|the pain|my knee|the knee|that) (?:then |starts? |begins? )?"
                          r"(?:hurts?|hurting|twinges?|niggles?|aches?|aching|flares?|flaring|gets? worse|is worse)\b"
                          r"|\bif (?:\w+ )?(?:the )?pain (?:comes?|came|coming) back\b", re.I)
# "and if its still achy the next day?" after the exercises: the pain guide in their dose
_IF_STILL_SORE = re.compile(r"\bif (?:it'?s|its|it is|the knee'?s|my knee'?s|the knee is|my knee is) still "
                            r"(?:sore|achy|aching|painful|worse|hurting|niggling|twinging)\b"
                            r"|\b(?:sore|achy|aching|worse|niggling|twinging) (?:the )?next (?:day|morning)\b", re.I)
IF_IT_HURTS_MAX_WORDS = 14
# "which of those is the biggest one", "what's the main factor then" after the causes: which of them matters most
# (not the question asked again: "ok whats the main cause of runners knee")
_WHICH_CAUSE_MOST = re.compile(r"\b(?:which|what)(?:'?s|(?: one| of (?:those|them|these))?(?: is| would be)?) (?:the )?"
                               r"(?:biggest|main|most (?:common|likely|important)|number one|worst|primary)\b(?!(?: \w+){0,2} of\b)", re.I)
WHICH_CAUSE_MOST_MAX_WORDS = 10
# "how would i know which one is mine", "which one is me", "how do i find out which": which of the causes is the
# runner's, which the physio's assessment finds out
_WHICH_IS_MINE = re.compile(r"\b(?:know|tell|find out|figure out|work out|sort out)\s+which\b"
                            r"(?!\s+(?:exercises?|ones? to|to))"
                            r"|\bwhich(?: one| ones| of (?:those|them|these)| bit| cause| reason)?\s+"
                            r"(?:is|are|applies to|apply to|fits)\s+(?:me|mine|my knee)\b", re.I)
WHICH_IS_MINE_MAX_WORDS = 16
# the one cause studies tie to developing runner's knee (S41), the answer to which cause matters most
MAIN_RISK_CAUSE = "causes.quad_strength"
# "How long does it usually last?", "how long to get ok", "whats the usual time for it to come right": how long it takes
_HOW_LONG_IT_LASTS = re.compile(
    r"\bhow long (?:does|will|would|do|can|did) (?:it|this|that|runners? knee|runner'?s knee|the pain|pfps?) (?:\w+ )?"
    r"(?:last|lasts|take to (?:heal|clear(?: up)?|go(?: away)?|settle|get better|recover)|hang around|stick around)\b"
    r"|\bhow long (?:to|till?|until) (?:it |i |he |she |they )?(?:get|gets|is|be|am) (?:ok|okay|better|right|fine|well|healed)\b"
    # "How long is this supposed to take??", "how long does it usually take"
    r"|\bhow long (?:is|was) (?:it|this|that) (?:supposed|meant|going|gonna) to (?:take|last)\b"
    r"|\bhow long (?:does|will|should|would) (?:it|this|that|recovery) (?:usually |normally |typically )?take\W*$"
    r"|\busual time\b", re.I)
RACE_SOON_TOPIC, RUNNING_FORM = "training.race_soon", "training.running_form"
RUNNING_ADVICE = (KEEP_RUNNING, RACE_SOON_TOPIC, CROSS_TRAINING, RUNNING_FORM, RETURN_TO_RUNNING_STEP)
# "and hills??", "what about for hills", "hills in general?": hills alone
_HILLS_ALONE = re.compile(r"^\W*(?:(?:and|so|ok|okay|what about|how about)\W+)*(?:for\s+)?(?:the\s+)?hills\b"
                          r"(?:\s+(?:in general|specifically|then|too|tho|though))?\s*(?:\?|$)", re.I)
HILLS_AFTER = (KEEP_RUNNING, RACE_SOON_TOPIC)
# What the classifier may lean to when a race soon is named, and the race-soon answer still answers it.
RACE_CAN_ANSWER = (KEEP_RUNNING, RACE_SOON_TOPIC, SYMPTOMS_TOPIC, FIRST_TOPIC, OUTLOOK_TOPIC, FALLBACK_TOPIC, "")
EXERCISE_ADVICE = (EXERCISE_EXAMPLES, EXERCISE_DOSE, STRETCHING, STRENGTH_STEP)
# answers that name exercises: "how much?", "how often?" or an amount after them asks their dose
EXERCISES_GIVEN = (EXERCISE_EXAMPLES, STRENGTH_STEP)
# "how long before I notice a difference" after the movement retraining asks how long the exercises take
# (not "how long til im running normal again")
_A_DIFFERENCE = re.compile(r"\b(?:notice|see|feel) (?:a|any|some) (?:difference|change|improvement)\b|\bkick in\b", re.I)
# "ok so how do i make sure im not in the 4", "so how do i stop it happening next year": how to get better
# ("what do i do to be in the good 6", "whats my best shot then")
_MAKE_IT_BETTER = re.compile(r"\bmake (?:sure|it better|it go away)\b"
                             r"|\bwhat (?:should|do|can|must|shall) (?:i|we|she|he) do (?:then |now |next )?to (?:get|make it|feel) better\b"
                             r"|\bhow (?:do|can|could|would) (?:i|we|you|u|she|he) (?:avoid|not be|stay out of|be in the)\b"
                             r"|\bto be in the (?:good|better|lucky|other)\b|\b(?:my|her|his|our|the) best (?:shot|chance|bet)\b"
                             r"|\bwhat (?:do|did) (?:the ones|those|the people|people) who\b"
                             r"|\bhow (?:do|can|could|would) (?:i|we|you|u|she|he) (?:stop|prevent) (?:it|this|that)\b"
                             r"|^\W*(?:stopping|preventing) (?:it|this|that) (?:from )?(?:coming back|happening|returning)\b"
                             r"|\b(?:anything|something) (?:i|we|she|he) (?:can|could) do to (?:stop|prevent) (?:it|this|that)\b"
                             r"|\b(?:any|a|another) way to (?:stop|prevent) (?:it|this|that)\b", re.I)
# "GP or physio first?", "same physio again or try a sports doc this time?", "whats the difference between
# coming to you guys and just going to my doctor": which clinician to see
_CLINICIAN = (r"\b(?:gp|gps|doctor|doc|dr|physio|physios|physiotherapist|pt|you guys|your clinic|the clinic|sports doc|sports med(?:icine)? doc\w*|"
              r"podiatrist|chiro\w*|osteo(?:path)?s?|orthop(?:a)?edic\w*|ortho|surgeon|consultant|specialist|pcp)\b")
# "should i ring the physio about it or just wait", "worth bothering my GP with it then?": whether to be seen
# (telling them is about what is told, unless it weighs telling against waiting: "should I tell my physio about that?"
# after another condition; "should i tell the physio or is it probably nothing")
_TELL_A_CLINICIAN = re.compile(r"\b(?:should (?:i|we|she|he)|worth) (?:ring(?:ing)?|call(?:ing)?|phon(?:e|ing)|e-?mail(?:ing)?"
                               r"|messag(?:e|ing)|contact(?:ing)?|bother(?:ing)?)\b[^?.!]{0,12}" + _CLINICIAN
                               + r"|\bshould (?:i|we|she|he) (?:tell|mention it to|let)\b[^?.!]{0,12}" + _CLINICIAN + r"[^?.!]{0,30}\bor\b"
                               # "Do I ring the physio or just wait til my appointment", "do I ring them before my appt"
                               r"|\b(?:do|shall|should|can) (?:i|we) (?:just )?(?:ring|call|phone|e-?mail|message|text|contact)\b"
                               r"[^?.!]{0,25}\b(?:before (?:my|the|our|her|his) (?:next )?(?:appt|appointment|session|review)"
                               r"|or (?:just )?wait)\b", re.I)
_TWO_CLINICIANS = re.compile(_CLINICIAN + r"[^.?!]{0,30}\b(?:or|vs|versus)\b[^.?!]{0,30}" + _CLINICIAN
                             + r"|\bdifference between\b[^.?!]{0,40}" + _CLINICIAN + r"[^.?!]{0,30}\band\b[^.?!]{0,30}" + _CLINICIAN, re.I)
# "sorry phone in pocket. what do you actually do": what the assistant helps with
# ("well what good are ya then", "what use are you", "what else can you tell me about")
_WHAT_YOU_DO = re.compile(r"\bwhat (?:do|can|could) (?:you|u|ya) (?:actually |even |really |guys )?(?:do|help)\b(?!\s+(?:with|about|to)\b)"
                          r"|\bwhat (?:good|use) (?:are|r|is) (?:you|u|ya|this thing)\b|\bwhat (?:are|r) (?:you|u|ya) (?:even |actually )?good for\b"
                          r"|\bwhat else (?:can|could|do) (?:you|u|ya) (?:tell (?:me|us) |talk |know )?about\W*$", re.I)
WHAT_YOU_DO_MAX_WORDS = 12
# "can i book online or do i have to ring you", "how do i book with u": how to see the clinic
# ("how do i speak to an actual physio then"; not "can i speak to an actual physio", which asks who answers here)
_HOW_TO_BOOK = re.compile(r"\b(?:how|where|can|could|do) (?:do |can |could |should |would )?(?:i|we|u|you) (?:book|make an? (?:appointment|appt|reservation|booking))\b"
                          r"|\b(?:how|where) (?:do|can|could|should|would) (?:i|we|u|you) (?:speak|talk) to (?:a |an |the )?(?:actual |real )?"
                          r"(?:physio|physiotherapist|person|human|clinician)\b"
                          r"|\bbook(?:ing)? online\b|\b(?:ring|call|phone) (?:you|u|ya|the clinic)\b(?!\s+(?:a |an )?(?:bot|robot|ai|person|human|real))", re.I)
HOW_TO_BOOK_MAX_WORDS = 16
# "wait so is a bit of pain ok or do i stop doing them", "pain is like 3 out of 10 while squatting,
# continue or not" after exercises: whether to carry on with them through some pain (not with running)
# (not talking about something: "why do people keep going on about hips if the pain is in the knee")
_GO_ON_OR_STOP = re.compile(r"\b(?:ok|okay|fine|alright|stop|stopping|continue|carry on|keep going(?! on about)|push through|push on|or not)\b", re.I)
_RUNNING_NAMED = re.compile(r"\b(?:run|runs|running|ran|race|racing|jog\w*|parkrun|\d+ ?k|miles?)\b", re.I)
PAIN_WHILE_DOING_MAX_WORDS = 16
# "how long til it actually works", "how quick does it work": after exercises, how long a plan
# takes (their dose); after other advice, that advice
_UNTIL_IT_WORKS = re.compile(r"\bhow (?:long|quick(?:ly)?|fast|soon)\b.*\b(?:work|works|working|helps?|notice|kicks? in|"
                             r"see (?:a |any )?(?:difference|results?|improvement))\b", re.I)
UNTIL_IT_WORKS_STAYS_IN = ("training", "treatment")
# "will that fix it", "does it actually cure it tho", "would they sort it": whether what was just said fixes it
_WILL_IT_FIX = re.compile(r"^\W*(?:(?:ok|okay|so|and|but|right)\W+)*(?:will|would|does|do|can|could) "
                          r"(?:that|this|it|they|those|these|them) (?:actually |really |even |ever |definitely )?"
                          r"(?:fix|cure|sort|solve|get rid of)(?: (?:it|this|that|the problem|the pain|my knee|anything|things))?"
                          r"(?: out)?(?:\W+(?:tho|though|then|long term|for good|completely))*\W*$", re.I)
WILL_IT_FIX_STAYS_IN = ("training", "treatment", "exercises", "pt_approach")
# "will it make my knee weak", "does it make the muscles lazy", "will i get dependent on it": whether the treatment
# just named makes the knee rely on it
_MAKES_IT_LAZY = re.compile(r"\b(?:make|makes|making|made) (?:my |the |your |his |her )?"
                            r"(?:knee|knees|muscles?|quads|legs?|it|them|me) "
                            r"(?:\w+ )?(?:weak|weaker|lazy|lazier|dependent|reliant)\b|\bweaken\w*\b|"
                            r"\b(?:get|become|getting|becoming) (?:dependent|reliant|hooked)\b|"
                            r"\b(?:rely|relying|depend|depending) on (?:it|them|that)\b"
                            r"|\ba crutch\b", re.I)
MAKES_IT_LAZY_MAX_WORDS = 14
# "how do they do that", "how does that work", "how is that done": how what was just said is done
_HOW_IS_IT_DONE = re.compile(_OPENING + r"how (?:do|would|will|does|can|is) "
                             r"(?:they|you|u|the physio|physios|a physio|that|it|this)(?: actually| even| exactly)? "
                             r"(?:do (?:that|it|this)|work|be done|done|happen)"
                             r"(?:\W+(?:then|tho|though|exactly|in practice))*\W*$", re.I)
HOW_IS_IT_DONE_STAYS_IN = ("pt_approach", "treatment", "exercises", "training")
# "how often should i replace them", "how long do i wear them for each day": how to use a treatment, not an exercise
# dose
_USING_IT = re.compile(r"\b(?:wear|wearing|replace|replacing|change|changing|swap|swapping|use|using|apply|applying|"
                       r"put (?:it|them) on|keep (?:it|them) on|leave (?:it|them) on|new ones?)\b", re.I)
_HOW_OFTEN_ALONE = re.compile(r"^\W*(?:(?:and|ok|okay|so)\W+)?how (?:often|many times)(?: a day| a week| per day| per week)?"
                              r"(?: though| tho| then)?\W*$", re.I)
# "how short is short", "shorter runs? for how long", "shorter for how many wks"
# (not "should I cut the long run down?", which asks whether to keep running as they do)
_HOW_SHORT = re.compile(r"\bhow short\b|\bshort(?:er)?\b[^.?!]{0,30}\b(?:for )?how (?:long|many|much|far)\b", re.I)
# "does that 2/10 thing apply to squats too", "does the same pain rule apply to leg press"
_PAIN_RULE_APPLIES = re.compile(r"\b(?:pain|\d ?/ ?10|\d out of 10|same|that) (?:pain )?(?:rule|thing|limit|guide|scale)\b[^.?!]{0,20}"
                                r"\b(?:apply|applies|count|counts|work|works|go|goes|same)\b", re.I)
PAIN_RULE_MAX_WORDS = 16
_AN_AMOUNT = re.compile(r"\b(?:every ?day|daily|twice|once a|overkill|\d+ ?(?:min|mins|minutes|hours?|hrs?|times|x|reps|sets|days)\b)", re.I)
AN_AMOUNT_MAX_WORDS = 6
_HOW_LONG_FOR = re.compile(r"\bhow long\b", re.I)
_REPS = re.compile(r"\b(?:reps?|sets?|repetitions?)\b", re.I)
_A_DOSE = re.compile(r"\b(?:mg|milligrams?|doses?|dosage|take|taking|shots?)\b", re.I)  # a medicine's dose is not advised
HOW_MUCH_OF_A_PART_MAX_WORDS = 8
# "is that the same for running?", "so the 2 out of 10 thing applies to running too?": the pain guide, asked of running
_FOR_RUNNING = re.compile(r"\b(?:for|to|with|when|while|during|on) (?:actual |real |my |the |our |her |his )?(?:running|runs?|jogging|jogs?)\b", re.I)
_SAME_FOR = re.compile(r"\b(?:same|apply|applies|count|counts)\b", re.I)
IF_NOT_REST_MAX_WORDS = 16
# "if resting isn't it, what should I be doing instead", "right, if resting isnt the answer what am i meant to be doing"
_IF_NOT_REST = re.compile(r"\bif (?:rest|resting)(?:'s| is)? ?(?:isn'?t|isnt|is not|not|doesn'?t|doesnt|does not|won'?t|wont)\b[^.?!]{0,30}"
                          r"\bwhat\b[^.?!]{0,30}\b(?:do|doing)\b", re.I)
# "I dont change nothing in my training", "I'm hardly pounding out the miles", "haven't upped my mileage"
_BECAUSE_OF_WHAT = re.compile(r"\b(?:because|cause|coz|cos|due to|from) (?:of )?what\b|\bwhy\b|\bhow come\b|\bwhat(?:'?s| is)? (?:the )?(?:reason|cause)\b", re.I)
# ("ache under the kneecap" alone may mean behind it)
_BELOW_THE_KNEECAP = re.compile(r"\b(?:(?:just|right|directly|straight) (?:under|below|beneath)|below|beneath|bottom of)\b[^.?!]{0,12}\b(?:knee ?caps?|patella|knees?)\b"
                                r"|\btendons?\b", re.I)
_FIXED = re.compile(r"\b(?:fix|fixed|fixing|fixable|sort(?:ed)? (?:it|that|this|them) out|sort (?:it|that|this|them)|train(?:ed)? (?:it|that|this|them) out"
                    r"|\b(?:train|build|strengthen|improve) (?:it|that|this|them) up\b|\bhow (?:do|would|can|should) (?:i|you|we) (?:train|build|improve|work on) (?:that|this|it|them)\b"
                    r"|treat|treated|cure|cured)\b", re.I)
FIXED_MAX_WORDS = 10
# "can the wobble actually be fixed", "is that fixable", "can weak hips be trained"
_CAN_BE_FIXED = re.compile(r"\bcan (?:the |my |that |this |it |they |weak )?[\w ]{0,20}?(?:actually |really |ever |even )?be "
                           r"(?:fixed|improved|trained|changed|sorted|corrected|strengthened)\b|\b(?:is|are) (?:it|that|this|they) fixable\b", re.I)
_NO_LOAD_CHANGE = re.compile(r"\b(?:don'?t|dont|didn'?t|didnt|haven'?t|havent|hasn'?t|hasnt|never|not) (?:\w+ ){0,2}?"
                             r"(?:change[sd]?|changing|increase[sd]?|increasing|up|upped|upping|add|added|adding|doing|done)\b"
                             r"[^.?!]{0,25}\b(?:training|mileage|miles|kms?|distance|running|load|volume)\b"
                             r"|\bhardly (?:\w+ ){0,3}?(?:the |any )?(?:miles|mileage|running|kms?)\b"
                             r"|\bnothing (?:has |have )?changed\b|\bsame (?:training|mileage|miles|routine|plan) as (?:always|before|ever|usual)\b", re.I)
# "why I have it? I run only 3 times in the week", "I only run 20 km in a week": little running, so not the load
_ONLY_A_LITTLE = re.compile(r"\b(?:i|he|she|we)\s+(?:only|just)\s+(?:run|jog)\b|\b(?:i|he|she|we)\s+(?:run|jog)\s+only\b", re.I)
# "what else tends to make it worse", "what kind of things aggravate it" (what "sets it off" asks the cause)
_MAKES_IT_WORSE = re.compile(r"\bwhat (?:else |other (?:things|stuff|activities) |(?:kinds?|sorts?) of (?:things|stuff|activities) )?"
                             r"(?:tends? to |can |could |would |might |will |usually |normally |typically )?"
                             r"(?:makes? (?:it|this|them) worse|aggravates? (?:it|this|them)|flares? (?:it|this|them) up)\b", re.I)
MAKES_IT_WORSE_MAX_WORDS = 10
# "instead of squats", "swap the lunges for", "an alternative to step downs": something in place of what it names
_IN_PLACE_OF = re.compile(r"\b(?:instead of|rather than|swap|swapping|replace|replacing|alternatives? (?:to|for))\b",
                          re.I)
# "what keeps the fitness going", "how do I keep my fitness up", "what do I do on the days I can't run"
_IN_PLACE_OF_RUNNING = re.compile(r"\b(?:what|how)\b[^.?!]{0,40}\b(?:keeps?|keeping|maintain(?:s|ing)?|hold(?:s|ing)? onto) (?:up )?"
                                  r"(?:my |the |his |her |our |their |some )?fitness\b"
                                  r"|\bwhat (?:do|can|should|could|shall) (?:i|we|he|she|they|u) do on (?:the )?(?:days|rest days|off days)\b", re.I)
# "why's it worse on stairs then", "... sore when I sit long in the office. Why is this so?": why it
# hurts at those moments, which is what the pain is (loaded with the knee bent), not a cause
_LOADED_MOMENTS = re.compile(r"\b(?:stairs?|staircase|(?<!step )(?<!steps )down(?= (?:is|worse|than|hurts|more)\b)|"
                             r"downhills?|down ?hills?|uphills?|up ?hills?|hills?|descents?|descending|"
                             r"squat\w*|kneel\w*|sit|sits|sitting|sat (?:down|at|in|on|for|through)|seated|desk|car|driving|drive|cinema|movies?|films?|"
                             r"meetings?|exams?|lectures?|church|office|bent knees?|getting up|stand(?:ing)? up)\b", re.I)
# a why that asks, not "reckon that's why?", "could menopause be why?" (whether something named is the reason)
_ASKS_WHY_ITSELF = re.compile(r"(?<!that's )(?<!thats )(?<!that is )(?<!is that )(?<!it's )(?<!is it )(?<!be )\bwhy\b|\bhow come\b", re.I)
WHY_THERE_MAX_WORDS = 16
WHY_THERE_SENTENCE_MAX_WORDS = 8
_WITHOUT_SURGERY = re.compile(r"\bwithout (?:an? |the |any )?(?:surgery|operation|op|operating|the knife)\b", re.I)
# "shot", "shot bru": thanks in South African English; "legend", "you legend": in British and Australian
# (only as the whole message: "a cortisone shot" is not)
_SHOT_THANKS = re.compile(r"^\W*(?:ok\W+|cheers\W+|alright\W+|aight\W+|a'?right\W+)?(?:shot(?:\s+(?:bru|bra|bro|boet|man|china|hey))?"
                          r"|(?:(?:you(?:'re| are)?|ur|what an?|an?|absolute|total|proper)\s+)*legends?"
                          r"|(?:big\s+|much\s+|nuff\s+|mad\s+)?respect)\W*$", re.I)
# "Not trying to be rude but what can this chat actually do for me that six professionals couldn't?", "What can you
# actually help me with that none of them could?": what the assistant can help with
_WHAT_CAN_YOU_DO_FOR_ME = re.compile(r"\bwhat (?:can|could|will|would) (?:you|u|this|this chat|this bot|this thing|the chat|the bot)"
                                     r" (?:actually |even |really |possibly )?(?:do for (?:me|us)|help (?:me |us )?with)\b", re.I)
# "ummm how does this work", "how do I use this?" opening a conversation: what the assistant can help with
_HOW_IT_WORKS = re.compile(r"^\W*(?:(?:u+m+|e+r+m*|h+m+|ok(?:ay)?|so|hi|hey|hello)\W+)*(?:how (?:does|do) (?:this|it|this thing|this chat|this bot|you|u) work"
                           r"|how do i use (?:this|it|you|u)(?: thing| chat| bot)?)\W*$", re.I)
# '"single leg control" - what is that exactly', 'what means "stance phase"?', 'my xc coach keeps saying "pfp" like i'm
# supposed to know what that is': a term quoted to ask what it means
_QUOTED_TERM = re.compile(r"[\"“”]([^\"“”]{3,40})[\"“”]|(?<!\w)[‘']([^‘’']{3,40})[’'](?!\w)")
# "then the hip drop thing my friend keep talking about, what's that": a term named as "the ... thing", as if quoted
_THE_TERM_THING = re.compile(r"\bthe ((?:[\w-]+ ){0,2}[\w-]+) (?:thing|stuff)\b", re.I)
_YOU_MENTIONED = re.compile(r"\b(?:you|u|ya) (?:just )?(?:mentioned|said|talked about|were on about)\b", re.I)
_AS_IN = re.compile(r"\bas in\b", re.I)
_ASKS_WHAT_A_TERM_MEANS = re.compile(r"\bwhat(?:'?s| is| does| do)?\b[^.?!]{0,40}\bmeans?\b|\bwhat(?:'?s| is) (?:that|this|it)\b|\bmeaning\b"
                                     r"|\bwhat (?:that|this|it) (?:is|means)\b|" + _AS_IN.pattern, re.I)
WHAT_A_TERM_MEANS_MAX_WORDS = 16
# "start with what it is I guess", "tell me what it is first": what runner's knee is
# ("ok just tell me about runners knee then")
_WHAT_IT_IS_FIRST = re.compile(r"\b(?:start with|begin with|tell me|explain|first)\b[^.?!]{0,12}\bwhat (?:it|this|runner'?s knee|runners knee|pfps) "
                               r"(?:actually |even |really )?is\b|\btell me (?:more )?about (?:runner'?s|runners) knee\b", re.I)
WHAT_IT_IS_FIRST_MAX_WORDS = 12
# "so it's not hopeless?", "mean my knees are damaged forever?": the long-term outlook
_HOPELESS = re.compile(r"\b(?:hopeless|a lost cause|any hope|no hope|doomed)\b|\bdamaged? (?:for good|forever|for life|permanently)\b"
                       r"|\bpermanent(?:ly)? damag\w*", re.I)
# "So what instead of the pause?": what works instead of resting
# ("ok so if not rest, then what am i meant to do"; "instead of stopping" asks how to keep running)
_INSTEAD_OF_REST = re.compile(r"\b(?:instead of|rather than|other than) (?:the |just |all the |a |more |complete |total )?"
                              r"(?:rest(?:ing)?|pause|break|time off)\b"
                              # "so what am i supposed to be doing instead of sitting on the couch"
                              r"|\b(?:instead of|rather than) (?:just )?(?:sitting (?:on the (?:couch|sofa|settee)|around|about)|"
                              r"lying around|doing nothing)\b"
                              r"|\bif not (?:the |complete |total )?(?:rest|resting)\b[^.?!]{0,12}\bwhat\b", re.I)
# "So what do I do instead of stopping? Concretely, please.": how to keep running
_INSTEAD_OF_STOPPING = re.compile(r"\b(?:instead of|rather than) (?:just |completely )?(?:stopping|quitting|giving up)\b", re.I)
# "and while I dont run I can go to the piscina?": what to do instead of running meanwhile
_WHILE_NOT_RUNNING = re.compile(r"\b(?:while|whilst|when|until) (?:i'?m |i am |im |she'?s |he'?s )?"
                                r"(?:(?:i |she |he )?(?:do ?n'?t|does ?n'?t|can'?t|cannot) run|"
                                r"not running|off running|resting|injured|laid up|sidelined)\b", re.I)
_CAN_I_DO = re.compile(r"\b(?:can|could|should|may) (?:i|she|he|we)\b|\b(?:i|she|he|we) (?:can|could|may)\b", re.I)
# "... I'm honestly starting to wonder if I need some kind of operation. Is that where this ends up?": surgery,
# asked near the end of a story
_NEEDS_AN_OPERATION = re.compile(r"\b(?:need|needs|needing|have to have|having|get|getting|end up with|end up having|mean|means) "
                                 r"(?:an? |some (?:kind|sort) of |the |knee )?"
                                 r"(?:op|operation|surgery|keyhole)\b"
                                 # "is it surgery next??", "time for the knife?" ending a sentence
                                 r"|\b(?:is it|is|time for|straight to|on to|onto) (?:an? |the )?(?:op|operation|surgery|knife)"
                                 r"(?: next| now| then)?\W*$", re.I)
# "should I get another MRI to see if its got worse?": whether to have a scan
# "what should I be asking him at the follow up then", "What should I ask the surgeon before deciding?"
# ("what sort of questions should i be asking him at the next appointment")
_WHAT_TO_ASK_THEM = re.compile(r"\bwhat (?:should|do|can|could|would) (?:i|we|she|he|they) (?:be )?ask(?:ing)? (?:him|her|them|the "
                               r"(?:surgeon|consultant|doctor|doc|gp|physio|podiatrist|specialist))\b"
                               r"|\bwhat (?:sort of |kind of |other )?questions? (?:should|do|can|could|would) (?:i|we|she|he|they) "
                               r"(?:be )?ask(?:ing)?\b", re.I)
_ASK_THEM = re.compile(r"\bquestions? (?:for|about)\b|\bask (?:your|the|a)\b", re.I)  # an answer that says what to take to them
# "Why hasnt stopping fixed it?", "why doesnt rest work though": why rest alone fails
_WHY_REST_DID_NOT = re.compile(r"\bwhy (?:hasn'?t|hasnt|didn'?t|didnt|doesn'?t|doesnt|won'?t|isn'?t|has not|did not|does not|is) (?:the )?"
                               r"(?:stopping|resting|rest|time off|the break|a break|not running)\b"
                               # "So genuinly asking, why does the rest not work?"
                               r"|\bwhy (?:does|did|do|has|is) (?:the )?(?:stopping|resting|rest|time off|break) (?:not|never) (?:work|help|fix|last)"
                               # "why did 3 weeks off not sort it??", "why hasn't a month of rest fixed it"
                               r"|\bwhy (?:did|didn'?t|didnt|has|hasn'?t|hasnt|have|haven'?t|havent|does|doesn'?t|doesnt|won'?t|wont) (?:the |all that |my )?"
                               r"(?:\d+|a|an|one|two|three|four|five|six|eight|a few|few|several) (?:whole )?(?:days?|weeks?|wks?|months?) "
                               r"(?:off|of rest|rest|resting|out|of not running)\b", re.I)
_WHAT_OR_HOW = re.compile(r"\b(?:what|whats|what's|how|instead|if not|which)\b", re.I)
# "hes done literally everything they told him tho. why is it taking so long": how long it takes
_TAKING_SO_LONG = re.compile(r"\btaking (?:so|this|that|such a) long\b|\btaking (?:forever|ages)\b", re.I)
# "is it worth paying for a second opinion with someone who does gait analysis": who to see
# (or another physio: "is it worth changing physio after 9 months of the same one")
# ("should i go back to the same physio or try someone new")
_SECOND_OPINION = re.compile(r"\bsecond opinion\b|\b2nd opinion\b|\bsame " + _PHYSIO + r"\b|\b(?:try|see|go to) someone (?:new|else|different)\b|\b(?:chang|switch|swapp?)(?:e|es|ed|ing)? " + _PHYSIO + r"s?\b"
                             r"|\b(?:different|new|another) " + _PHYSIO + r"\b", re.I)
# "what would a new physio even find that 3 didnt", "ok and what will the new physio look at", "what would a private
# physio do different though": what a physio looks for
_WHAT_A_NEW_ONE_DOES = re.compile(r"\bwhat (?:would|will|could|can|might|do|does) (?:a |the |another |that )?(?:new|different|another|other|next|private|"
                                  # ("what would a 3rd physio even do differently")
                                  r"2nd|3rd|4th|second|third|fourth) "
                                  r"(?:physio|physiotherapist|pt|physical therapist|one)\b(?: \w+){0,2}? (?:do|find|look at|check|see|spot|test)\b", re.I)
# "so whats the point of me paying for it every week then" after an answer: that answer, pushed back on
_POINT_OF_IT = re.compile(r"^\W*(?:(?:so|but|then|ok|okay)\W+)*what'?s the point (?:of|in) (?:me |us |her |him )?(?:\w+ing (?:for )?)?"
                          r"(?:it|them|that|this)\b", re.I)
# "the mobility step, my ankles are super stiff": the physio's step it names
_THE_STEP = re.compile(r"^\W*(?:(?:ok|okay|so|and|right)\W+)*the (\w+) step\b", re.I)
# "and if its still there in another 3 months?", "ok and if it doesn't get better?": if it lasts
_IF_IT_LASTS = re.compile(r"\bif (?:it'?s|its|it is|it) (?:still (?:there|hurting|sore|aching|bad|the same)|not (?:better|gone|improving|any better)"
                          r"|hasn'?t (?:gone|improved|settled|got better)|doesn'?t (?:get better|improve|settle|go away))\b", re.I)
# "... things ive tried: rest, foam roller, KT tape, 3 pairs of shoes ... what am i meant to do next??": what now, after
# a list of what was tried
_WHAT_NEXT = re.compile(r"\bwhat (?:am|are|is) (?:i|we|she|he) (?:meant|supposed) to (?:do|try)\b|\bwhat'?s missing\b|\bwhat is missing\b"
                        r"|\bwhat (?:can|should|do|could) (?:i|we|she|he) (?:do|try) (?:now|next)\b"
                        r"|\bwhere (?:do|does|can) (?:i|we|she|he) go from here\b|\bwhat now\b|\bnow what\b", re.I)
# "honestly im tempted to just get it done", "starting to wonder if I should", "friend says just rest it": what the runner
# has a mind to do, or what someone says they should (a question in all but its words)
_MINDS_TO = re.compile(r"\b(?:tempted|thinking (?:of|about)|considering|wonder(?:ing)?|want to|hoping|debating|says|reckons)\b", re.I)
# "its been 5 weeks", "it's been about 3 weeks now": how long it has gone on, alone
_HOW_LONG_SO_FAR_ALONE = re.compile(
    r"^\W*(?:(?:ok|okay|well|but|so|yeah|and|hmm)\W+)*(?:it'?s|it’s|it has|has|i'?ve had it|had it)(?: been)? (?:for )?"
    r"(?:about |like |nearly |almost |over |more than )?(?:\d+|a|two|three|four|five|six|a few|few|several) "
    r"(?:days?|weeks?|wks?|months?|years?|yrs?)(?: now| already)?\W*$"
    # "week 5 now", "6 weeks in"
    r"|^\W*(?:(?:ok|okay|well|but|so|yeah|and|hmm)\W+)*(?:(?:i'?m |im |we'?re |she'?s |he'?s )?(?:on |at |in )?(?:week|wk|month) \d+"
    r"|\d+ (?:weeks?|wks?|months?) in)(?: now| already)?\W*$", re.I)
# "can i do it at home", "can i practise that at home": the thing just answered, done at home
_AT_HOME_TOO = re.compile(r"^\W*(?:(?:ok|okay|and|so|but)\W+)*(?:can|could|should) (?:i|we|she|he|you) (?:do|practi[cs]e|train|work on) "
                          r"(?:it|this|that|them|these|those) (?:at home|on my own|myself|alone)\W*$", re.I)
# "does that count as worse?", "does that count as fine or not"
_COUNTS_AS_WORSE = re.compile(r"\bdoes (?:that|this|it) count as (?:worse|a fail|fine|ok|okay|normal|a flare(?:[- ]?up)?)"
                              r"(?: the next (?:morning|day))?(?: or not| or what)?\W*$", re.I)
# "is it too late?", "is it too late for physio to do anything then or what", "have I left it too late"
_TOO_LATE_AT_END = re.compile(
    r"(?<!\bor )\b(?:is it|is this|have i left it|did i leave it|am i) too late\b(?:\s+(?:for (?:physio|treatment|me|it)(?: to (?:do anything|help|work))?"
    r"|to (?:do anything|(?:fix|get rid of|sort(?: out)?|treat|beat|cure|shift) (?:it|this|(?:my |the )?(?:runner'?s knee|pfp|knee pain|knee))"
    # ("is it too late to get rid of runners knee at 63")
    r"(?: at (?:my age|\d+))?)))?(?:\s+(?:then|now))?(?:\s+or what)?\W*$", re.I)
# "so why does it keep coming back", "but WHY does it come back every single time I build the miles back up"
_WHY_IT_COMES_BACK = re.compile(r"\bwhy (?:does|do|did|is|would|will) (?:it|this|the pain)(?: just)?"
                                r" (?:keeps? (?:on )?coming|keep (?:on )?come|come|coming) back\b", re.I)
COMES_BACK_TOPICS = (WHY_REST_FAILS, RECURRENCE_TOPIC, TRAINING_LOAD_TOPIC)  # answers on why it comes back
# "physio gave me exercises. did them. meh", "Saw a good physio, did the programme religiously for 4 months": what was
# done about it before
_DONE_BEFORE = re.compile(r"\b(?:tried|did|done|gave me|went to|saw|seen|been to)\b", re.I)
# "... yeah tried that. ... so what now": what the answer advised, tried, and what now
_TRIED_THAT = re.compile(r"\b(?:tried|done|did|doing) (?:that|this|those|them|it|all that|all of that)\b|\balready (?:do|did|tried|doing)\b", re.I)
_WHAT_NOW_AT_END = re.compile(r"(?:^|[.!?,;]\s*|\b(?:lol|haha|ha|lmao|ugh)\s+)(?:(?:so|ok|okay|and|right)\W+)*(?:what now|now what|what then|what next)(?:\s+then)?\W*$", re.I)
# "its been 15 months. 2 physios a sports doc and a chiro. nothing": the clinicians seen, each a thing tried
_CLINICIAN_SEEN = re.compile(r"\b(?:physios?|physiotherapists?|pts|sports? (?:doc|doctor|med|medicine)(?:s| docs?| doctors?)?|chiros?|chiropractors?"
                             r"|osteos?|osteopaths?|podiatrists?|podiatry|gps|surgeons?|orthos|orthopods?|orthopaedic surgeons?|orthopedists?"
                             r"|consultants?|acupuncturists?|massage therapists?|biokineticists?)\b", re.I)
# "private one's about 400 quid, worth it?" after a treatment: that treatment, its cost weighed
_PRICE = re.compile(r"[£$€] ?\d|\b\d+ ?(?:quid|pounds|dollars|bucks|euros|zł|rand|k)\b|\b(?:quid|expensive|pricey|costs?|the money)\b", re.I)
# ("so is it worth £35 a go or not")
_WORTH_IT = re.compile(r"\bworth (?:it|the money|paying|the cost|doing|getting|having)\b|\bworth (?:the )?[£$€] ?\d", re.I)
# "so if strength isn't the problem what's left, mobility?": a part ruled out, not asked about
_RULED_OUT = re.compile(r"\b(?:if|so|since|as|but|and)\s+(?:my\s+|the\s+|her\s+|his\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:isn'?t|is\s+not|isnt|aren'?t|are\s+not|arent"
                        r"|ain'?t)\s+(?:it|the\s+(?:problem|issue|cause|reason)|to\s+blame)\b"
                        # "what else could it be if its not the shoes"
                        r"|\bif\s+(?:it'?s|it’s|its|it\s+is)\s+not\s+(?:the\s+|my\s+|her\s+|his\s+)?[\w-]+(?=\s*(?:[,.;:!?]|then\b|$))"
                        # "ok forget the bike, whats the main fix"
                        r"|\b(?:forget|never mind|nevermind|leave|park|ignore)\s+(?:about\s+)?(?:the|my|her|his)\s+[\w-]+(?:\s+(?:thing|stuff|bit|part))?(?=\s*[,.;:!-])", re.I)
# "if I say no, what's left for me then" after surgery: what is done instead, physio
_IF_I_SAY_NO = re.compile(r"\bif (?:i|we|she|he) (?:say no|said no|decline|refuse|turn (?:it|that|them|him|her) down|"
                          r"don'?t (?:want|have|go for) (?:it|that|one|the op|surgery|the surgery)|"
                          r"(?:don'?t|do not|didn'?t) (?:do|get) (?:it|that|the op|surgery))\b", re.I)
# "but what if there's cartilage damage they're all missing" after scans: whether a scan is needed
_SOMETHING_MISSED = re.compile(r"\b(?:they|they'?re|they are|he|he'?s|she|she'?s|everyone|everyone'?s|gp|doctor|physio)(?:'?ve| have| has)? "
                               r"(?:all )?(?:missing|missed|miss)\b|\bmiss(?:ing|ed)? something\b", re.I)
# "what did that 5 year trial find exactly" after an answer that quotes a trial: that answer
# (not "what actually drives it, according to the research")
# ("that 5 year trial, was it runners or just people generally"; not "what did the home exercise people in that trial
# actually do", which asks about the exercises)
_THAT_STUDY = re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\W+)*(?:what did |what does |how big was |how long was |who was in |was )?"
                         r"(?:that|this|those|these) (?:\w+[- ]\w+ |\w+ )?(?:trials?|study|studies|paper)\b"
                         r"|\b(?:that|this) (?:\w+[- ]\w+ |\w+ )?(?:trial|study|paper) (?:find|found|show|showed|say|said)\b", re.I)
_QUOTES_A_STUDY = re.compile(r"\b(?:trials?|study|studies|research)\b", re.I)
# "is it even runners knee after this long or something else. 16 months", "is this even runners knee or have i been
# misdiagnosed this whole time": whether it is something else
_RUNNERS_KNEE_OR_ELSE = re.compile(r"\b(?:is|could|can) (?:it|this|that|she|he|mine|hers|his)\b[^.?!]{0,40}\brunner'?s'? knee\b"
                                   r"[^.?!]{0,40}\b(?:or (?:something|anything) else\b|or (?:have|has|was|were|am|is) (?:i|it|she|he|they|we)"
                                   r" (?:been |just )?misdiagnos)", re.I)
# "ok and after that, when can i get back to my normal 40k weeks": getting back to running (not "back to normal")
_GET_BACK_TO = re.compile(r"\bwhen (?:can|will|could|do|should|might|would|shall) (?:i|we|she|he|they|you|u) "
                          r"(?:get|go|build|move|ease|start) back (?:up )?(?:in)?to\b(?! normal\W*$)", re.I)
# "why does it always come back right when i hit 10k": the training load that brings it back
_BACK_WHEN_I_BUILD = re.compile(r"^\W*(?:(?:but|and|so|ok|okay)\W+)*(?:why|how come)\b[^.?!]*\b(?:come|comes|coming) back\b[^.?!]*"
                                r"\bwhen (?:i|she|he|we) (?:hit|reach|get to|go over|go past|build|increase|up|add|push|step up)\b", re.I)
# "can i just bin them", "keep them or ditch them?" after a treatment: whether to stop using it
_STOP_USING_IT = re.compile(r"\b(?:can|should|do|shall|could) (?:i|we|she|he|u) (?:just )?(?:bin|chuck|ditch|toss|throw (?:out|away)|"
                            r"get rid of|stop (?:wearing|using)|give up on)\b|\bkeep (?:them|it|those) or (?:bin|chuck|ditch|toss)\b"
                            # "the part about after one year. I use them already 2 years. so I take them out?"
                            r"|\b(?:i|we|she|he) (?:just |should )?take (?:them|it|those) (?:out|off)\b"
                            # "so take it off and it just hurts again", "and if i take the strapping off?"
                            r"|\b(?:take|takes|taking|took|taken) (?:it|them|(?:the|my) (?:braces?|sleeves?|straps?|strapping|supports?|tape|"
                            r"insoles?|orthotics?)) off\b|\bstop(?:ped)? (?:wearing|using) (?:it|them)\b", re.I)
_GET_A_SCAN = re.compile(r"\b(?:get|getting|have|having|need|book|ask (?:for|about)|push for|request|go for|sent for|"
                         r"refer(?:red)? (?:me |him |her )?for) (?:an?(?:other)? |another |a new |a repeat |an updated |some )?"
                         r"(?:mri|scan|x-?ray|ultrasound|imaging)\b", re.I)
# "did 50k trail ultra last Sunday ... since then ache around both kneecaps": a race already run, a story
_RACE_WAS = re.compile(r"\b(?:last (?:sunday|saturday|week|weekend|month|monday|tuesday|wednesday|thursday|friday)|yesterday|"
                       r"(?:\d+|a|two|three|a few|few|a couple of|couple of) (?:days?|weeks?|wks?) ago)\b", re.I)
_OPENING_DID = re.compile(r"^\W*did\b", re.I)  # "did 50k trail ultra last Sunday": a dropped "I", no question
_RACE_RAN = re.compile(r"\b(?:" + _RAN + r")\b", re.I)
# "does October still look doable then": whether a race still is (a month or race named)
_DOABLE = re.compile(r"\b(?:doable|realistic|achievable|feasible|still on|on the cards|a goer)\b", re.I)
_MONTH_NAMED = re.compile(r"\b(?:" + _MONTHS + r")\b", re.I)
DOABLE_MAX_WORDS = 10
# "Last year ran Standard Chartered with knee strap and painkiller. This year want to do properly. Start where?":
# where to begin, what physio does
_WHERE_TO_START = re.compile(r"^\W*(?:(?:so|ok|okay|then)\W+)*(?:start where|where (?:do|should|shall|can|would) (?:i|we|she|he) (?:even )?(?:start|begin)|"
                             r"where to (?:start|begin)|where (?:do|does) (?:one|it) start)\W*$", re.I)
# ("and if it flares up again, who does she go to", "so who is he actually meant to go and see")
_WHO_TO_ASK = re.compile(r"\bwho (?:do|does|should|would|can|could) (?:i|we|she|he|they) (?:even |actually )?(?:ask|see|go to|turn to|talk to)\b"
                         r"|\bwho (?:am i|is (?:she|he)|are (?:we|they)) (?:even |actually |really )?(?:meant|supposed) to (?:go and |go to )?(?:see|ask|go to|turn to)\b", re.I)
_AT_YOUR_CLINIC = re.compile(r"\b(?:at|with|from) (?:your|ur|you) (?:place|clinic|practice|lot|guys)\b|\bdo (?:you|u) (?:guys )?charge\b", re.I)
_HOW_MUCH = re.compile(r"\bhow much (?:is|does|do|would|will)\b", re.I)
_NO_RUNNING_AT_ALL = re.compile(r"^\W*(?:(?:wait|so|ok|okay|and|hang on)\W+)*no (?:running|runs?|jogging|running whatsoever) at all\W*$", re.I)
_ANYTHING_NEW = re.compile(r"\b(?:anything|something) new\b(?! (?:to|about) (?:say|add|me|the))|\bnew (?:treatments?|therapies|research)\b"
                           r"|\blatest (?:treatments?|therapies|research)\b", re.I)
# "So what's actually left to try at this point", "is there anything beyond PT that anyone does for this": treatments
# beyond the usual, the other therapies
_LEFT_TO_TRY = re.compile(r"\bleft to try\b|\b(?:anything|something) (?:else )?(?:beyond|besides|other than|apart from|except|outside(?: of)?) "
                          r"(?:the )?(?:pt|physio|physiotherapy|physical therapy|exercises?|rehab)\b", re.I)
# "do they genuinely have to be done forever?", "do i have to do clams until i die?": how long the exercises go on
_DONE_FOREVER = re.compile(r"\b(?:do|doing|done|keep(?:ing)? (?:up|doing|at)(?: them| it)?|carry on(?: doing)?)\b[^.?!]{0,30}?"
                           r"\b(?:forever|for ever|for life|until i die|till i die|til i die|(?:the )?rest of (?:my|her|his|their) li(?:fe|ves))\b", re.I)
# "... I take a couple of ibuprofen before any run over 10k. Just wondering if that's a bad idea long term": whether
# what the sentence before tells of is all right
_IS_THAT_OK = re.compile(r"\b(?:is|was|would|will|if) (?:that|this|doing that|doing this)(?:'s| is)? (?:\w+ )?(?:ok|okay|alright|all right|fine|safe|bad"
                         r"|a bad idea|a good idea|a problem|wise|sensible|dangerous|harmful)\b|\bthat'?s (?:\w+ )?(?:a bad idea|bad|ok|okay|alright|safe)\b", re.I)
# "and if a scan did show something would that mean an op": what a finding would lead to
_IF_IT_SHOWS = re.compile(r"\b(?:if|say|suppose|supposing)\b[^.?!]{0,40}?\b(?:show|shows|showed|find|finds|found)\b", re.I)
# "and if it still hurts after that?", "what if she's still sore by then"
_STILL_SORE_AFTER_IT_ALL = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay)\W+)*(?:what )?if (?:it|that|she|he|they|the knee|my knee|the pain)(?:'s| is| are)? "
    r"still (?:hurts?|hurting|sore|aching|aches|painful|not better|bad|there)\b[^?]*?"
    r"\b(?:after (?:that|those|them|all that|a (?:few|couple of) (?:weeks|months)|\d+ (?:weeks|months|wks)|the (?:\w+ )?(?:weeks|months))"
    r"|by then|down the line)\b", re.I)
# "and if i faff about with my cadence for 6 weeks and it still hurts?", "and if i build slower and it just flares in
# week 5 instead?": the advice just given followed, and the pain still there
_DID_IT_AND_STILL_SORE = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay)\W+)*(?:what )?if (?:i|we|she|he|they) [^.?!]{0,60}? and (?:it|that|the knee|my knee|the pain|she|he)"
    r"(?:'s| is)? (?:still |just |only )?(?:hurts?|hurting|sore|aching|aches|painful|flares?(?: up)?)\b[^.?!]{0,25}\W*$", re.I)
# "if nothing shows up", "when the MRI found nothing"
_NOTHING_SHOWS = re.compile(r"\bnothing (?:shows?|showed|showing|came|comes|turned|turns) up\b|\b(?:shows?|showed|find|finds|found) nothing\b", re.I)
# "what IS it then", "why does it still hurt"
_WHAT_IS_IT_THEN = re.compile(r"\bwhat(?:'?s| is) (?:it|this|going on|wrong)\b|\bwhy (?:does|do|is|would) (?:it|my knee|the knee|they) (?:still )?(?:hurt|ache|sore|aching|hurting)\b", re.I)
_HELP_AT_THE_END = re.compile(r"[.,!]\s*(?:pls |please |plz )?help(?: me| pls| please| plz)?\W*$", re.I)
_DOES_THAT_HELP = re.compile(r"^\W*(?:(?:but|and|so)\W+)?(?:is|does|will|would|did|has)\s+(?:that|this|it)\s+(?:actually |really |even )?"
                             r"(?:help|helping|helped|work|working|worked|do anything|doing anything|fix|fixing)\b", re.I)
_SAME_AS_RUNNERS_KNEE = re.compile(r"\bsame (?:as|like|thing as|thing like) (?:the |a )?runn?ers?'?s? knee\b", re.I)
_WHICH_OF_TWO_DID_IT = re.compile(r"\b(?:is|was)\s+(?:it\s+)?(?:the|my)\s+\w+(?:\s+\w+)?\s+or\s+(?:the|my)\s+\w+(?:\s+\w+)?\s+"
                                  r"(?:that\s+|which\s+)?(?:make|makes|made|making|cause|causes|caused|causing|hurt|hurts|"
                                  r"did it|doing it|started it)\b", re.I)
# "Which one is it actually. Pick one.", after a list of causes
_WHICH_ONE = re.compile(r"\bwhich (?:one|of them|of those|of these|is it)\b|\bpick one\b", re.I)
# (what a runner blames: the causes' parts, their shoes and their sitting)
_BLAMED = _CAUSE_PARTS | {"shoes", "insoles", SITTING}
WHICH_ONE_MIN_BLAMED = 4
# "where would you even start after 3 years of it": where to start, said within a sentence
_WHERE_TO_START_WITHIN = re.compile(r"\bwhere (?:would|do|does|should|could|can|to) (?:(?:you|i|one|we|u|ya) )?(?:even |actually )?"
                                    r"(?:start|begin)\b", re.I)
WHERE_TO_START_MAX_WORDS = 15
# "side-lying leg lifts count as the hip stuff?": whether an exercise is one of the exercises
_COUNTS_AS = re.compile(r"\bcounts? as\b|\bdo(?:es)? (?:that|this|it|they|those|these) count\b"
                        r"|\bbe one of (?:those|them|these)\b|\b(?:is|are) (?:that|this|it|they) one of (?:those|them|these)\b", re.I)
# "how do i fix it", "so how do I actually fix it": what to do about runner's knee, how physio helps
_FIX_IT_ALONE = re.compile(_OPENING + r"how (?:do|can|would|should|could) (?:i|you|u|we) "
                           r"(?:even |actually )?(?:fix|cure|sort|treat|get rid of) "
                           r"(?:it|this|that|my knee|runners? knee)"
                           r"(?: out)?(?:\W+(?:then|tho|though))*\W*$", re.I)
# "and the cure?", "Cure part?": what fixes it
_CURE_ALONE = re.compile(_OPENING + r"(?:what about |what'?s |whats )?(?:the )?"
                         r"(?:cure|treatment|fix)(?: part| bit| side)?(?:\W+(?:then|tho|though|pls|please))*\W*$", re.I)
# "..., what can I do", "... what should i do about it?": what to do, asked at the end of a story
_WHAT_DO_I_DO_AT_END = re.compile(r"(?:^|[,;:.!?]\s*|\b(?:so|but|and|ok|okay)\s+)(?:what|wat|wht) (?:can|should|shall|do|could|must) (?:i|we) "
                                  r"(?:actually |really |even |just )?(?:do|try)"
                                  r"(?: (?:about (?:it|this|that)|for (?:it|this|that)|now|then|here|tho|though|to help|to fix it|to make it better))?\W*$", re.I)
WHAT_DO_I_DO_STORY_MIN_WORDS = 8
# "so what then", "ok so what now": what to do now
_WHAT_NOW_ALONE = re.compile(_OPENING + r"(?:what now|now what|what then|then what|"
                             r"what do i do now|what should i do now)\W*$", re.I)
# "is that bad?" after a story: whether to get it seen
# ("should I be worried?" alone, also ending a story: see _ENDS_SHOULD_I_WORRY)
_BARE_WORRY = r"(?:should|do) (?:i|we) (?:be |need to be )?(?:worr(?:y|ied)|concerned)"
_IS_IT_BAD = re.compile(r"^\W*(?:(?:so|ok|okay|and|hmm)\W+)*(?:is (?:that|it|this) (?:bad|serious|a bad sign|worrying|a worry|normal|ok|okay)"
                        r"|" + _BARE_WORRY + r")\W*$", re.I)
# "ok whats the real fix po": what actually fixes it, what physio does
_THE_REAL_FIX = re.compile(r"\bthe (?:real|actual|proper|long[- ]term|permanent|true) (?:fix|cure|solution|answer)\b", re.I)
# bare follow-ups about the answer just given ("is that normal?", "what kind?", "when?", "source for that?",
# "short version?", "morning or evening?", "what are the side effects?", "how much?")
# (most open with nothing but "and", "so", "but" or "ok")
_BARE_OPENING = r"^\W*(?:(?:and|so|but|ok|okay)\W+)*"
_IS_IT_NORMAL = re.compile(r"^\W*(?:(?:so|ok|okay|and|hmm|wait|but)\W+)*(?:is (?:that|it|this)|(?:it|that)(?:'?s| is)|its|thats) (?:really |actually |pretty |quite )?"
                           r"(?:normal|common|usual|typical|safe|ok|okay|fine|alright)(?: then| tho| though| to do)?\W*$", re.I)
_WHAT_KIND_ALONE = re.compile(_BARE_OPENING + r"(?:what|which) (?:kinds?|sorts?|types?)(?: tho| though| then| exactly)?\W*$", re.I)
_WHEN_ALONE = re.compile(_BARE_OPENING + r"when(?: tho| though| then| exactly| do i| should i)?\W*$", re.I)
_ASKS_FOR_SOURCES = re.compile(r"^\W*(?:(?:and|so|but|ok|okay|um+|hmm+)\W+)*"
                               r"(?:(?:any|your|the|ur|what(?:'?s| are| is)? (?:the|your|ur)|(?:is|are) there(?: any)?|(?:have you )?got(?: any)?)\s+)?"
                               r"(?:(?:actual|real|hard|good|proper|solid|decent)\s+)?"
                               r"(?:sources?|refs?|references?|citations?|proof|studies|evidence|research|(?:(?:(?:can|could) (?:you|u)\s+)?(?:got|have|has|any|share|send|gimme|give me)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+)?)?links?"
                               r"(?:\s+to\s+(?:it|that|this|the (?:study|studies|research|paper)))?)(?: (?:for|of|on|behind) (?:that|this|it))?(?: (?:pls|please|plz|then|tho))?"
                               # ("... or is it all 'many people find'")
                               r"(?:\W+or (?:is it|is that|are they|is this|just)\b[^?!]{0,40})?\W*$", re.I)
# "what does the research say", "says who", "where did you get that from": the evidence behind the answer just given
# (as "source for that?" and "is there proof for that?" ask above)
_WHAT_RESEARCH_SAYS = re.compile(_BARE_OPENING + r"(?:what (?:does|do) (?:the )?(?:research|evidence|science|studies|literature) (?:say|show)"
                                 r"(?: (?:about|for|on|behind) (?:it|that|this))?|says who|according to (?:who|whom|what)"
                                 r"|(?:where|how) (?:did|do) (?:you|u) (?:get|find|read|learn) (?:that|this)(?: from)?)"
                                 r"(?: (?:then|tho|though|exactly))?\W*$", re.I)
# ("too long. 1 line", "in one sentence pls")
_SHORT_ASKED = (r"(?:(?:the|a|any) )?(?:short(?:er)? version|tl\W?dr|eli5|in short|summary|simpler|simple version"
                r"|(?:in )?(?:1|one|a) (?:line|sentence)(?: answer| version)?|(?:way |far |much )?too long(?: didn'?t read)?|too wordy|too much text)")
_SHORTER = re.compile(r"^\W*(?:(?:and|so|but|ok|okay|um+|hmm+)\W+)*" + _SHORT_ASKED + r"(?:\W+" + _SHORT_ASKED + r")?"
                      r"(?: (?:pls|please|plz|then|tho))?\W*$", re.I)
_TIME_OF_DAY = r"(?:in the )?(?:mornings?|evenings?|nights?|afternoons?|am|pm|before bed|bedtime|after work|before work)"
_TIME_OF_DAY_CHOICE = re.compile(r"^\W*(?:(?:and|so|ok|okay|best)\W+)*" + _TIME_OF_DAY + r" or " + _TIME_OF_DAY + r"\W*$", re.I)
_SIDE_EFFECTS = re.compile(_BARE_OPENING + r"(?:(?:what|which) (?:are|r|about) |are there |any )?(?:the |any )?(?:side[- ]?effects?|downsides?|drawbacks?)"
                           r"(?: (?:of|from|with) (?:it|that|this|them|those))?(?: (?:tho|though|then))?\W*$", re.I)
# "what would you do in my shoes", "whats your advice then": what to do about the answer just given (not shoes,
# nor who runs the assistant)
_YOUR_ADVICE = re.compile(_BARE_OPENING + r"(?:(?:so|then|honestly|actually)\W+)*(?:what(?:'?s| is) (?:your|ur) (?:advice|recommendation|suggestion)"
                          r"|what (?:would|do) (?:you|u) (?:actually |honestly |really )?(?:do|advise)(?: (?:if (?:you|u) were )?in my (?:shoes|position|place))?"
                          r"|(?:if (?:you|u) were )?in my (?:shoes|position|place),? what would (?:you|u) (?:do|try))"
                          r"(?: then| tho| though| here)?\W*$", re.I)
# "what about netball then", "can i still play football?", "tennis ok?": another sport while the knee settles,
# which the answer on other ways to stay fit covers (its guide holds for any activity)
_SPORTS = r"football|soccer|tennis|netball|basketball|rugby|hockey|squash|badminton|padel|volleyball|dancing|zumba|climbing|bouldering"
_OTHER_SPORT_ALONE = re.compile(_BARE_OPENING + r"(?:(?:what|how) about |can (?:i|she|he|we|they) (?:still )?(?:play |do )?|"
                                r"(?:is |are )?(?:it )?(?:ok|okay|fine|safe) to (?:still )?(?:play |do )?|(?:is|are) )?"
                                r"(?:" + _SPORTS + r"|pickleball|dance classes?|golf|cricket|ultimate)"
                                r"(?: (?:ok|okay|fine|alright|too|then|tho|though|at all|still))*\W*$", re.I)
# "should i be sitting it out then", "sit it out for a bit?": whether to stop running, which the word "sitting" (as in
# moviegoer's knee) can lead the classifier away from
_SIT_IT_OUT = re.compile(r"\bsit(?:ting)?\s+(?:it\s+|this\s+(?:one\s+)?|that\s+)?out\b", re.I)
# another activity than running: "bootcamp", "my classes", "WODs", "skiing", "lifting"
_OTHER_ACTIVITY = re.compile(r"\b(?:" + _SPORTS + r"|lift|lifting|weightlifting|powerlifting|the gym|gym sessions?|"
                             r"bootcamp|boot camp|classes|crossfit|wods?|box jumps|burpees|hiit|skiing)\b", re.I)
# "is some pain ok", "is a bit of aching normal then?": how much pain is fine
_SOME_PAIN_OK = re.compile(_BARE_OPENING + r"(?:is|are) (?:some|a bit of|a little|a little bit of|mild|a bit|any) (?:pain|ache|aching|discomfort|soreness)"
                           r" (?:ok|okay|normal|fine|allowed|acceptable)(?: then| tho| though)?\W*$", re.I)
# "got it", "ah i see", "makes sense", "good to know", "aye grand": the answer taken in, nothing asked
_ACKNOWLEDGED = re.compile(r"^\W*(?:(?:ok|okay|ah+|oh+|right|lol|haha|cool|yeah|yep|aye|hmm+)\W+)*"
                           r"(?:got it|gotcha|understood|noted|i see|(?:that )?makes sense|good to know|fair enough|interesting"
                           r"|will do|perfect|sounds like a plan|on it|grand|sound|brill|lovely|nice one|great stuff)"
                           r"(?:\W+(?:ok|okay|lol|then|thx|ta|cool))*\W*$", re.I)
# "one sec", "hang on", "lol", "ugh": a pause, a laugh or a groan alone, which asks nothing
_PAUSE_OR_LAUGH_ALONE = re.compile(r"^\W*(?:one sec(?:ond)?|1 sec|hang on|hold on|brb|lol+|lmao+|haha+|ha ha|ugh+|oof+)\W*$", re.I)
# "taper or keep my mileage up", "about the taper, I cut more km?", "and the taper?": how to taper with the knee
# before a race (read as taping, or as keeping running)
_ABOUT_THE_TAPER = re.compile(r"\btaper(?:ing)? (?:harder|more|less|earlier|early|differently|or)\b|(?:about|and|what about) the taper\b"
                              r"|\bshould i (?:start (?:my |the )?)?taper\b|\bwhat should my taper\b", re.I)
# "so what's the point of them", "whats the point of me paying for it every week then": whether what the answer just
# gave is worth doing at all
_WHATS_THE_POINT = re.compile(r"^\W*(?:(?:so|but|and|ok|okay|then)\W+)*what(?:'?s| is) the point(?: (?:of|in) (?:it|them|that|this|those|these"
                              r"|(?:me )?(?:paying for|buying|wearing|using|doing|getting) (?:it|them|that|this|those|these))(?: \w+){0,3})?"
                              r"(?: then| anyway| tho| though| at all)?\W*$", re.I)
WHATS_THE_POINT_MAX_WORDS = 20
# "so no good evidence. then why doctor offer it?": why a clinician offers it at all
_WHY_THEY_OFFER_IT = re.compile(r"\bwhy (?:(?:would|does|did|do|is|are) )?(?:(?:the|my|a|your|half (?:of )?the|all the|so many|most|loads of|lots of|these) )?"
                                r"(?:doctor|doc|gp|physio|surgeon|ortho|podiatrist|clinic|shop|they|he|she)s?"
                                # ("then why do half the physios round here sell them on the front desk")
                                r"(?: (?!(?:not|never)\b)\w+){0,2}? (?:even |still )?(?:offer|recommend|suggest|push|prescrib|sell|stock)\w* (?:it|them|that|this|those)\b", re.I)
# "how do i stop that happening again", "anything I can do to stop that happening": how to keep it from coming back
_STOP_IT_HAPPENING = re.compile(r"\b(?:how|what|anything|any way|anyway)\b.*\b(?:(?:stop|prevent) (?:it|that|this)(?: from)? (?:happening|coming back)"
                                r"|break (?:that|the|this) (?:cycle|pattern))\b", re.I)
# "is the sofa thing making it worse", "could the bike be making my knee worse": whether the thing it names is to blame
_MAKING_IT_WORSE = re.compile(r"\b(?:is|are|could|would|does|do|can|might) (?P<thing>[^.?!]{2,30}?) (?:be )?(?:making|make|makes) "
                              r"(?:it|them|things|(?:her|his|my|their|the) knees?) worse\b", re.I)
MAKING_IT_WORSE_MAX_WORDS = 12
_SOMETHING_MAKING_IT_WORSE = re.compile(r"^\W*(?:(?:and|so|but|or|maybe|is|are|could|would|do|does|can)\W+){0,2}(?:the |my |all the |these |those |her |his )?"
                                        r"(?!(?:what|which|why|how|it|this|that|anything|something|everything)\b)\w+(?: \w+)? "
                                        r"(?:be )?(?:making|make|makes) (?:it|things|them|my knee|the knee) worse\W*$", re.I)
# "and the sub 45 attempt, keep going?": whether to keep running
# (not weighed against something else: "do i ditch bootcamp for now or keep going")
_KEEP_GOING_AT_END = re.compile(r"(?<!\bor )\b(?:keep|carry on|continue) (?:going|running|at it|training|with it)\W*$", re.I)
KEEP_GOING_MAX_WORDS = 10
# "20 min too long then?" after an answer that gives minutes: how long of what it said
_MINUTES_TOO_LONG = re.compile(r"\b\d+ ?(?:min|mins|minutes|secs?|seconds)\b[^.?!]{0,20}\b(?:too (?:long|short|much)|(?:long )?enough)\b", re.I)
MINUTES_TOO_LONG_MAX_WORDS = 8
# "4 in 10 not better after a year isnt exactly encouraging", "so nearly half of people are still stuck after a year??":
# the outlook's figure, quoted back
# "how do i know im not one of them": whether the runner is among those it lasts for (not how to make sure of it)
_NOT_ONE_OF_THEM = re.compile(r"\bhow (?:do|would|can|will) (?:i|we|you|u|she|he) (?:even )?(?:know|tell)\b[^.?!]{0,10}"
                              r"\b(?:i'?m|im|i am|she'?s|shes|he'?s|hes|she is|he is) not (?:one of (?:them|those|the \w+)|in (?:that|the) (?:group|\d+))\b", re.I)
# "ok but is this just going to keep happening forever": whether it comes back
_KEEPS_HAPPENING = re.compile(r"\b(?:keep|keeps) (?:on )?(?:happening|flaring|coming back)\b", re.I)
# "ok but realistically. months? years?" after the outlook: how long it takes
_MONTHS_OR_YEARS = re.compile(r"^\W*(?:(?:ok|okay|but|so|and|realistically|honestly|roughly|like)\W+)*(?:days|weeks|months|years)\W+"
                              r"(?:or\W+)?(?:days|weeks|months|years)\W*$", re.I)
_QUOTES_THE_ODDS = re.compile(r"\b(?:4|four) (?:in|out of) (?:10|ten)\b|\b40 ?(?:%|percent|per cent)|\b(?:nearly|almost) half\b", re.I)
# "mine's been 5 years", "im way past a year", "ok what about after 8 tho", "am i one of the 4": the runner's own case
# against the figure
_PAST_THE_YEAR = re.compile(r"\b(?:past|over|beyond|more than) (?:a|the|one|1) (?:year|yr)\b|\bmine'?s? (?:been|is|was)\b"
                            r"|\b(?:further out|longer term|beyond that|longer than that)\b"
                            r"|\bafter \d+\b|\b\d+ (?:years|yrs)\b|\b(?:am i|is she|is he|are we|will i be|is mine) one of\b", re.I)
# "and the other half??", "what about the other half?": the rest of the people an answer's figure leaves out
_HOW_MANY_RECOVER = re.compile(r"\bhow many (?:is many|is that|of them|people|runners|get better|recover|do)\b|\bwhat (?:percentage|percent|proportion)\b"
                               r"|\b(?:and|what about|how about) (?:the )?(?:ones|people|runners) (?:that|who) (?:don'?t|dont|do not|didn'?t|didnt|never)\b", re.I)
_THE_OTHER_HALF = re.compile(r"\b(?:and|what about|how about) (?:the )?other (?:half|two thirds|2 thirds|2/3|two|2|60 ?%|ones)\W*$", re.I)
# (after any answer whose figure leaves some people out: "a third had less pain straight off. and the other two thirds?")
_SOME_PEOPLE = re.compile(r"\b(?:\d+ in \d+|half|a third|one third|\d+ ?%)\b", re.I)
# "worth it?", "worth trying?": whether what the answer just gave is worth doing
_WORTH_IT_ALONE = re.compile(_BARE_OPENING + r"(?:(?:is|would) (?:it|that|this) (?:be )?|are they )?worth (?:it|trying|a try|a go|a shot)"
                             r"(?: then| tho| though| at all| do you think)?\W*$", re.I)
# "how often?", "how frequently tho" after a treatment or training advice: how often of what it said
# (after exercises, their dose)
_HOW_OFTEN_ALONE = re.compile(_BARE_OPENING + r"how (?:often|frequently)(?: tho| though| then| exactly| roughly)?\W*$", re.I)
HOW_OFTEN_STAYS_IN = ("treatment", "training")
_HOW_MUCH_ALONE = re.compile(_BARE_OPENING + r"how much(?: tho| though| then| exactly| roughly)?\W*$", re.I)
# "any tips?", "what should i avoid?", naming nothing, after advice: tips on that advice (after an explanation the
# classifier decides)
_ANY_TIPS = re.compile(r"^\W*(?:(?:and|so|ok|okay|right)\W+)*(?:any (?:tips|advice|pointers|suggestions|dos and don'?ts)|"
                       r"what (?:should|do|must) (?:i|we|she|he) avoid|anything (?:i should |to )avoid)(?: then| tho| though)?\W*$", re.I)
# "where do i get one", "where can you buy them"
_WHERE_TO_GET = re.compile(r"^\W*(?:(?:and|so|ok|okay|but)\W+)*where (?:do|can|could|would|should|to) (?:i |we |she |he |you |u )?"
                           r"(?:get|buy|find|order) (?:one|them|it|those|these|some|that)(?: from)?(?: then| tho| though)?\W*$", re.I)
# "thats kinda depressing ngl", "that's scary", "bit grim tbh. any good news?": a reaction to the answer, asking nothing else
_GRIM_REACTION = re.compile(r"^\W*(?:(?:ugh|wow|oof|damn|hmm+|ok|okay|well|honestly|tbh)\W+)*(?:(?:that'?s|thats|that is|sounds|it'?s|its)\s+)?"
                            r"(?:a bit |bit |kinda |kind of |pretty |so |really |quite |very )?"
                            r"(?:depressing|grim|scary|worrying|harsh|bleak|brutal|rough|terrifying|sad|not great|not reassuring|not encouraging"
                            # "bit of a cop out": the answer, found wanting
                            r"|(?:a |bit of a |a bit of a )?(?:cop[- ]?out|non[- ]?answer|fence[- ]sitting)|not (?:very |much |exactly )?helpful|no help)"
                            r"(?:\W+(?:ngl|tbh|lol|tho|though|honestly|man|mate))*(?:\W+any good news(?: in there| at all| then| tho)*)?\W*$", re.I)
# "is it fixable or am I just too old at 47", "is he just too old to be running now", "too old for running?":
# whether age stands in the way of getting better
_TOO_OLD = re.compile(r"\b(?:am i|i'?m|im|is (?:he|she|my \w+)|are (?:we|they)|(?:he|she)'?s)\s+(?:(?:just|getting|now|simply)\s+)*too old\b"
                      r"|^\W*(?:(?:or|and|so|but)\W+)*too old\b", re.I)
TOO_OLD_MAX_WORDS = 20
# "next steps?", "so what are my next steps then"
_NEXT_STEPS_ALONE = re.compile(r"^\W*(?:(?:and|so|ok|okay|right)\W+)*(?:(?:what are|whats|what'?s) )?(?:my |the |our |her |his )?next steps"
                               r"(?: then| now| pls| please)?\W*$", re.I)
# "hmm not sure", "dunno", "idk": neither yes nor no
_UNSURE = re.compile(r"^\W*(?:(?:hmm+|umm*|erm+|uh+|well|ok|okay|i'?m|im)\W+)*(?:not sure|unsure|dunno|don'?t know|idk|no idea|not certain)"
                     r"(?: (?:tbh|really|yet|lol))?\W*$", re.I)
# "so yes or no", "ah go on just tell me yes or no": a plain answer to the question just answered
_YES_OR_NO_ALONE = re.compile(r"^\W*(?:(?:so|ok|okay|but|and|just|well|ah|go on|come on|please|pls)\W+)*"
                              r"(?:(?:why (?:can'?t|cant|won'?t|wont) (?:you|u) )?(?:just )?(?:tell me|give me|say)\W+)?"
                              r"(?:(?:is it|is that|it'?s)\W+)?(?:a )?(?:yes|yeah) or (?:a )?(?:no|nah)(?:\W+(?:then|tho|though|pls|please))?\W*$", re.I)
# "i dont get it", "sorry im confused", "meaning?", "say that again": the answer just given was not clear
# (for "what do you mean", _WHAT_DO_YOU_MEAN)
_NOT_UNDERSTOOD = re.compile(r"^\W*(?:(?:sorry|hmm+|umm*|erm+|uh+|ok|okay|wait|but|lol)\W+)*"
                             r"(?:i (?:still )?(?:don'?t|dont|do not) (?:get|understand|follow)(?: it| that| this| what (?:you|u) mean)?"
                             r"|i'?m (?:so |a bit |bit |still |kinda )?(?:confused|lost)"
                             r"|not following|meaning|(?:can|could) (?:you|u) (?:say|repeat) (?:that|it)(?: again)?|say (?:that|it) again"
                             r"|come again|(?:can|could) (?:you|u) (?:please |pls )?repeat(?: that| it)?)"
                             r"(?: (?:tbh|lol|sorry|now|ngl|pls|please|plz))?\W*$", re.I)
# "what does that look like", naming nothing: what the answer just given looks like in practice
_WHAT_IT_LOOKS_LIKE = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|hmm+)\W+)*(?:what does|what'?s|whats|what would) (?:that|this|it) "
                                 r"(?:even |actually |usually |really )?look like(?: in practice| in real life| irl)?(?: tho| though| then)?\W*$", re.I)
# "how sure are you", "are you sure": how sure the answer just given is
_HOW_SURE = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|hmm+|wait|really)\W+)*(?:how sure (?:are (?:you|u)|is that)|(?:are|r) (?:you|u) sure"
                       r"|how certain (?:are (?:you|u)|is that))(?: about (?:that|this|it))?(?: tho| though)?\W*$", re.I)
# "thats rubbish", "i dont believe that", "but my physio said the opposite", "i need a straight answer": the runner
# pushes back on the answer just given
_PUSHING_BACK = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|hmm+|well|nah|no|come on|honestly)\W+)*(?:"
    r"(?:that'?s|thats|this is|that is|sounds like) (?:total |complete |utter |absolute )?(?:rubbish|nonsense|bs|bull|bollocks|garbage|wrong|not true)"
    r"|(?:i|i'?m) (?:don'?t|dont|do not|can'?t|cant) (?:believe|buy) (?:that|this|it|you)"
    r"|my (?:physio|pt|physical therapist|doctor|doc|gp|coach|surgeon) (?:said|says|told me) (?:the opposite|otherwise|different|something (?:else|different))"
    r"|(?:i )?(?:need|want) a straight answer|(?:just )?give me a straight answer|just tell me)"
    r"(?:\W+(?:tho|though|then|mate|lol|pls|please))*\W*$", re.I)
# "how does that help the knee", "how is that gonna help", "how does that carry over to actual running":
# how the answer just given helps
_HOW_DOES_THAT_HELP = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|hmm+)\W+)*how (?:does|do|would|will|is|can) (?:that|this|it|those|these) "
                                 r"(?:even |actually |really )?(?:(?:going to |gonna )?help(?: (?:the |my |your |her |his )?knees?)?"
                                 r"|(?:carry|carries|translate|transfer) (?:over )?(?:in)?to (?:actual |real |my |proper |normal )?(?:running|runs?))"
                                 r"(?: tho| though| then| exactly)?\W*$", re.I)
_OF_THE_ANSWER_JUST_GIVEN = (_IS_IT_NORMAL, _WHEN_ALONE, _ASKS_FOR_SOURCES, _SHORTER, _SIDE_EFFECTS, _YES_OR_NO_ALONE,
                             _NOT_UNDERSTOOD, _HOW_DOES_THAT_HELP, _HOW_SURE, _PUSHING_BACK, _WHAT_IT_LOOKS_LIKE, _WORTH_IT_ALONE,
                             _WHAT_RESEARCH_SAYS)
# "Bad enough to bother a physio yet, how do I tell?": whether to get it seen
_BAD_ENOUGH = re.compile(r"\b(?:bad|long|sore|serious) enough (?:to|for|that) (?:i |she |he |we )?(?:see|seeing|bother|go to|going to|visit|book|need|get it seen|get it looked at|get it checked)\b"
                         r"|\bworth (?:bothering|troubling) (?:a|the|my|our) (?:physio|doctor|gp|pt)\b", re.I)
# "how long should I give PT before thinking about surgery": how long the treatment takes to work (not "before I
# bother getting it properly checked", which asks when to be seen)
# ("how long do I give it before seeing someone then")
_SEEN_BY_SOMEONE = re.compile(r"\b(?:checked|looked at|seen|bother(?:ing)? (?:them|a|the|my|someone)|see(?:ing)? (?:a|the|my|someone|somebody|anyone)"
                              r"|book(?:ing)?|go(?:ing)? to (?:a|the|my))\b", re.I)
_HOW_LONG_TO_GIVE = re.compile(r"\bhow long (?:should|do|must|would|shall|to) (?:i |we |you |u |she |he )?"
                               r"give (?:it|them|the \w+|physio|pt|rehab|exercises?)\b", re.I)
# "... before thinking about surgery": how long it takes before something else, not the exercises' dose
_BEFORE = re.compile(r"\bbefore\b", re.I)
# "the step down one a bit pain when i go slow, can tahan or should skip": pain during an exercise, which the
# answer on the dose covers
_SKIP_IT = re.compile(r"\b(?:skip|stop|avoid|drop|leave out|push through|keep doing|carry on with|tahan)\b", re.I)
_HURTS = re.compile(r"\b(?:pain|painful|hurts?|hurting|sore|twinges?|aches?|aching)\b", re.I)
EXERCISE_HURTS_MAX_WORDS = 20
# "fair. knee then. should I be worried that it aches on the descents as well?": whether to get it seen
# (what worries it said: a bare "should i be worried?" after noises asks about the noises)
_SHOULD_I_WORRY = re.compile(r"\bshould (?:i|we) (?:be )?(?:worried|concerned|worry) (?:that|about|if|it)\b", re.I)
# "... back running at 52, sore at the front of the knee on stairs. should I be worried?": a story that ends asking only that
_ENDS_SHOULD_I_WORRY = re.compile(r"(?:^|[,;:.!?]\s*|\b(?:so|but|and|ok|okay)\s+)" + _BARE_WORRY + r"\W*$", re.I)
WORRY_STORY_MIN_WORDS = 6
SHOULD_I_WORRY_MAX_WORDS = 16
# "why call it runners knee then": its names
_WHY_THE_NAME = re.compile(r"\bwhy (?:is it |do (?:they|you|people|doctors) |does everyone )?call(?:ed)? (?:it|this)\b", re.I)
# "whit else can ye tell me about then", "what else u can answer aside from that": what the assistant can help with
_WHAT_ELSE_CAN_YOU = re.compile(r"\b(?:what|whit|wat) else (?:can|could) (?:you|ye|u|ya) (?:tell|answer|help|do|cover)\b"
                                r"|\b(?:what|whit|wat) else (?:you|ye|u|ya) (?:can|could) (?:tell|answer|help|do|cover)\b"
                                r"|\b(?:what|whit|wat) else (?:do|does) (?:you|ye|u|ya|it) know\b", re.I)
# "okay whats the outlook in general then", "what's the long game here then": the long-term outlook, named
_OUTLOOK_NAMED = re.compile(r"\b(?:the )?(?:outlook|prognosis|long game)\b", re.I)
OUTLOOK_NAMED_MAX_WORDS = 10
# "Exactly how many days?" after what is kept: how long it is kept
# (not "ok. how long before e go fine", which asks how long it takes to get better)
_HOW_LONG_KEPT = re.compile(r"\bhow many (?:days|weeks|months)\b(?! (?:before|till|until|to|of|off|rest|running|for (?:it|the|my)))"
                            r"|\bhow long (?:do|are|will|is|does) (?:you|they|it|them|my \w+) "
                            r"(?:keep|kept|stored|store|held|hold|stay|stays|remain|remains|sit|sits)\b", re.I)
# "But then how does the physio know what it is, without images?": the physio's assessment
# ("would a physio pick that up", "can a physio spot it": whether the assessment finds it)
_HOW_PHYSIO_KNOWS = re.compile(r"\bhow (?:does|do|would|can|will|could) " + _PHYSIO + r"s? "
                               r"(?:even |actually )?(?:know|tell|find out|work out|figure out|diagnose|find the cause)\b"
                               r"|\b(?:would|will|can|could|does|do) " + _PHYSIO + r"s? (?:even |actually |be able to )?"
                               r"(?:pick (?:that|it|this|them) up|pick up on (?:that|it|this)|spot (?:that|it|this)|notice (?:that|it|this)|"
                               r"check for (?:that|it|this)|test for (?:that|it|this))\b", re.I)
# "so do I run it or not", "should i still race it then", "fine fine. forget the pills then. should I even be running
# it?", "honestly should i just skip it" with the race named before: whether to run the race
_RUN_IT = re.compile(r"\b(?:run|running|do|doing|race|racing|start|starting|skip|skipping) it\b", re.I)
RUN_IT_MAX_WORDS = 10
# "ok not the dose. but in general do anti-inflammatories even help this?": not a dose
_NOT_THE_DOSE = re.compile(r"\bnot (?:asking )?(?:about )?(?:the |a )?dos(?:e|es|age)\b", re.I)
# "thank you, that's put my mind at ease 🙏" read as goodbye: thanks, with no goodbye in it
# "ok. will sleep on it. literally, its half 12", "thanks, going to bed now": off to bed
_TO_BED_WORDS = r"\bsleep on it\b|\b(?:going|gonna|heading|headed) to bed\b|\bnight night\b"
_FAREWELL = re.compile(r"\bhave a (?:good|nice|great|lovely) (?:one|day|evening|night|weekend)\b|\bgood ?night\b|\btake care\b|\btalk soon\b"
                       # "great, the one exercise i actually like. night"
                       r"|(?:^|[.!,]\s*)(?:night|nite|nighty night|night all)\W*$"
                       r"|\bwish (?:me|us|her|him) luck\b|\b(?:gotta|got to|have to|must) (?:run|go|dash)\b|\bheading off\b|\b(?:i'?ll|i will|i'?m|im) (?:be )?off\b|\boff (?:now|to)\b"
                       r"|" + _TO_BED_WORDS, re.I)
_TO_BED = re.compile(_TO_BED_WORDS, re.I)
# a story that ends asking what brings it on: "... few of them getting knee pain around wk 5. why",
# "... please what is causing it", "... could menopause be why??"
# ("Kindly advise what is the reason.")
_WHAT_CAUSES_IT = re.compile(r"^\W*(?:(?:so|but|and|ok|okay|please|pls|plz|just wondering|kindly|advise|tell me|explain|let me know)\W+)*(?:"
                             r"(?:why|how come)(?:'?s| is| does| did)?(?: (?:this|that|it))?(?: (?:so|happening|happen|happens|happened))?"
                             r"|whys (?:this|that|it)|what(?:'?s| is) (?:causing|behind|the cause of|the reason for) (?:this|that|it)"
                             r"|what(?:'?s| is| can be| could be| may be| might be)(?: (?:typically|usually|normally|generally|likely|probably|most likely|actually|really))? (?:the |its )?(?:reason|cause)(?: (?:of|for|behind) (?:this|that|it|my pain|the pain))?"
                             r"|what (?:causes|caused) (?:this|that|it)"
                             r"|(?:could|can|might|would) \w+(?: \w+){0,2} be (?:the )?(?:why|reason|cause)(?: of it| for it)?"
                             r"|(?:could|can|might|would) \w+(?: \w+){0,2} be what(?:'?s| is) (?:causing|behind|triggering) (?:it|this|that))\W*$", re.I)
# "Am I doing something wrong?", "what am i doing wrong"
_DOING_IT_WRONG = re.compile(r"^\W*(?:(?:so|but|and|ok|okay)\W+)*(?:(?:am|are|is) (?:i|we|she|he|they) doing (?:something|anything|sth|smth) wrong"
                             r"|what (?:am|are|is|did|have) (?:i|we|she|he|they) (?:been )?(?:doing|done|do) wrong)\W*$", re.I)
# what a scan showed: "my mate had one and it showed some cartilage stuff", "would mine show that too?"
_SCAN_RESULT = re.compile(r"\b(?:show|shows|showed|shown|showing|picked up|pick up|came back|results?)\b", re.I)
SCAN_RESULT_MAX_WORDS = 25
_SAME_OR_DIFFERENT = re.compile(r"\b(?:different|same) (?:thing|condition|problem)\b", re.I)
SCAN_FINDINGS = {SCANS, "arthritis", OTHER_NAMES_PART, OTHER_CONDITIONS}
# "GP wrote "chondromalacia patellae" on my note ... Is that just another name for runner's knee? I'm meant to be doing
# Belfast ...": a question in a story whether a name means the same
# (not "Is that the same thing as runner's knee?" about the writer's own aches, which asks what it is)
_ANOTHER_NAME_FOR = re.compile(r"\b(?:another|a different|other|an other) (?:name|word|term) for\b", re.I)
_IS_IT_RUNNERS_KNEE = re.compile(r"\b(?:is|could|would)\s+(?:this|that|it|mine)\s+(?:be\s+)?(?:what (?:people|they|you|ppl) call\s+|even\s+|actually\s+|just\s+)?"
                                 # ("Is this the same runner's knee thing?")
                                 r"(?:the\s+(?:same\s+)?)?(?:runner'?s|runners|runner)\s?(?:knee|need)\b(?:\s+thing)?"
                                 r"(?:\s+(?:then|tho|though|or not|or what|po|lah|la|bro|mate|sir|right|yeah|eh|you think|do you think))?\W*$", re.I)
HAS_ITS_OWN_LIKENESS = SCAN_FINDINGS | {"clicking", SITTING}
# "my knees crunch on the stairs, no pain with it though. is that runner's knee?": noises without pain
CLICKING, RELATED_CLICKING = "clicking", "related.clicking"
_NO_PAIN = re.compile(r"\b(?:no|zero|without|not any|isn'?t any) (?:pain|hurt|ache|aching|discomfort)\b|\b(?:doesn'?t|does not|dont|don'?t|never) (?:really |actually )?(?:hurt|ache)\b"
                      r"|\bpain-?less\b|\bnot (?:painful|sore)\b", re.I)
# "does physio actually work or is it just exercises I could google": what physio does, as a whole
_PHYSIO_NAMED = re.compile(r"\b(?:" + _PHYSIO + r"|physios|treatment)\b", re.I)
# "does it get worse if he ignores it": what happens in the long run
_WORSE_IF_IGNORED = re.compile(r"\b(?:get|gets|getting|go|goes|become|becomes)\s+worse\s+if\s+(?:i|he|she|they|we|you|u)\s+(?:just\s+)?"
                               r"(?:ignore|ignores|ignoring|ignored|leave it|leaves it|do nothing|does nothing|don'?t do anything|doesn'?t do anything)\b", re.I)
# "Do I pull her from tempo work?": a coach asking whether to stop a runner's running
# (not "did she pull it out of thin air", a figure made up)
_PULL_FROM = re.compile(r"\bpull(?:ing)? (?:him|her|them|me|it|the athlete|my athlete) (?:out )?(?:from|of)\b(?! thin air| (?:his|her|my|their) (?:arse|ass|backside|head))", re.I)
# "why the physio checks my hip and foot when it is the knee that hurts": why the assessment looks beyond the knee
_WHY_PHYSIO_LOOKS = re.compile(r"\bwhy (?:(?:do|does|would|did|will) )?(?:the |my |a |your )?(?:physios?|pt|physiotherapists?|physical therapists?)"
                               r" (?:\w+ )?(?:check|checks|checked|look|looks|looked|assess|assesses|test|tests|tested|examine|examines|watch|watches|film|films)\b", re.I)
# "Why are we doing hip exercises for a knee problem?", "then why's she got me doing clams every night": why the hips matter
_WHY_HIP_WORK = re.compile(r"\bwhy(?:'?s)?\b[^.?!]{0,40}\b(?:doing|do|does|give|gives|gave|got|giving)\b[^.?!]{0,25}"
                           r"\b(?:(?:hip|hips|glute|glutes) (?:exercises?|work|stuff|strengthening|strength)|clams|clamshells?|side leg raises)\b", re.I)
# "and what does the PT side look like, step by step": the physio's steps, all of them
_STEP_BY_STEP = re.compile(r"\bstep[- ]by[- ]step\b|\b(?:all|each of|list|go through|walk me through) (?:the |your )?(?:\w+ )?steps\b", re.I)
_JUST_EXERCISES = re.compile(r"\b(?:is it|isn'?t it|it'?s|or|is)\s+(?:just|only)\s+(?:some\s+|the\s+)?exercises\b"
                             r"|\bjust (?:hand|give|send|throw)(?:s|ing)? (?:me|you|u|out) (?:some |a few |a sheet of |a list of )?exercises\b"
                             r"|\bexercises (?:i|you|u) (?:could|can) (?:find|get|google|look up|do myself)\b"
                             r"|\b(?:youtube|google)\b.*\bexercises\b|\bexercises\b.*\b(?:youtube|google)\b", re.I)
# "what would a physio even do? last time they handed me a sheet of exercises", "physio will do what extra apart
# from giving exercises": what physio does beyond a sheet of exercises
_WHAT_A_PHYSIO_DOES = re.compile(r"\bwhat (?:a |the |my |your )?(?:physio|physiotherapist|pt|physical therapist)s? "
                                 r"(?:would |will |actually |even |really |usually )*(?:does|do|did|offers?)\b"
                                 r"|\b(?:physio|physiotherapist|pt|physical therapist)s? (?:will|would|can|does|do) do what\b", re.I)
_BEYOND_EXERCISES = re.compile(r"\b(?:a|the) (?:sheet|list|printout|handout|page) of exercises\b"
                               r"|\b(?:apart from|besides|other than|beyond|more than) (?:just )?(?:giving (?:you |me |u )?|handing out )?"
                               r"(?:some |the )?exercises\b", re.I)
# a sentence that asks why of one cause it names: "why hips", "why do my glutes matter"
WHY_PART_MAX_WORDS = 10
# a pain score: "its like a 3 out of 10 on the downhill bit, so thats too much?"
_PAIN_SCORE = re.compile(r"\b(?:[0-9]|10)(?:\.5)?\s*(?:/|out of|outta|of)\s*10\b", re.I)
PAIN_SCORE_MAX_WORDS = 30
PAIN_GUIDES = (KEEP_RUNNING, EXERCISE_DOSE)
# "what if it creeps up to a 4 near the end", "he says its about a 3" after a guide that scores pain out of 10
_PAIN_NUMBER = re.compile(r"\b(?:a|an)\s+(?:[0-9]|10)(?:\.5)?\b(?!\s*(?:k\b|km|mi\b|miles?|min|mins|minutes?|weeks?|wks?|days?|months?|hours?|hrs?|"
                          r"x\b|times|sets?|reps?|%|:|/|out of|outta|of\b|year|yr|mile))", re.I)
PAIN_NUMBER_MAX_WORDS = 14
_TOO_MUCH = re.compile(r"\btoo (?:much|high|bad|painful)\b", re.I)
# "how many", "how often" and their misspellings ("how offen"), "reps?" (not "what sets it off", which asks the cause)
_HOW_MANY = re.compile(r"\bhow (?:many|often|offen|oftn|ofen|manny|meny)\b"
                       r"|\b(?:reps|sets)\b(?! (?:it|this|that|them) off\b)", re.I)
PAIN_SCORE_PARTS = {RUNNING_WITH_PAIN, CADENCE_PART, TRAINING_LOAD, RACE}
_CAUSING = re.compile(r"\b(?:caus\w*|doing it|behind it|to blame|the reason|trigger\w*)\b", re.I)
# "where'd I even get it taped properly", "ok so where do I get the proper assessment bit done", "ok so who will
# check if I need them or not": who to see (not who checks the answers, which asks who is behind them)
_WHO_DOES_IT = re.compile(r"\bwhere(?:'?d| would| do| does| can| could| should| shall)? (?:i|we|you|u|she|he|they) (?:even |actually )?"
                          r"(?:get|have|go to get|go for)\b[^.?!]{0,40}\b(?:done|taped|checked|assessed|looked at|fitted|examined|seen to)\b"
                          r"|\bwho (?:will|would|can|could|should|is going to|'?ll) (?:check|assess|examine|look at)\b"
                          r"(?! (?:the |your |these |those |what )?(?:answers?|content|replies|you|this chat|says?))", re.I)
WHO_DOES_IT_MAX_WORDS = 16
# "whats a good one for quads": an exercise for what it names
_GOOD_ONE_FOR = re.compile(r"\b(?:good|best|decent|easy|simple) ones? for\b", re.I)
_EXERCISED_PARTS = {"hip", "quads", "single_leg", "mobility", "strength", EXERCISE_TYPES}
# "sorry but what's the point of a physio if it could hang around anyway": what physio does and why
_POINT_OF_PHYSIO = re.compile(r"\b(?:what'?s|whats|what is) the point (?:of|in) (?:seeing |going to |getting |paying for |booking )?" + _PHYSIO + r"\b", re.I)
# "Will the jogging make it worse?": whether to keep running
_RUNNING_MAKES_IT_WORSE = re.compile(r"\b(?:will|would|does|is|could|can|might) (?:the |my |more |all (?:the|this) |this )?(?:run\w*|jog\w*|training)"
                                     r" (?:make|making|going to make|gonna make) (?:it|this|that|my knee|the knee|things|my knees) worse\b", re.I)
# "will they make me stop running": whether a physio would stop the running, which the guide to running with some pain
# answers
_MADE_TO_STOP = re.compile(r"\b(?:(?:will|would|do|does|might|could) (?:they|the physio|a physio|physios|the doctor|a doctor|the gp|a gp)"
                           r"|they'?ll|they will) (?:\w+ )?(?:make|tell|force|ban|want) (?:me|him|her|us|you|u) (?:to )?(?:stop|quit|give up|from)"
                           r" (?:running|racing|training)\b", re.I)
# "What do I do if my knee hurts on the gym treadmill but it's not that bad": whether to run with a little pain
_NOT_THAT_BAD = re.compile(r"\b(?:not (?:that|too|so) bad|not (?:that|too|so) sore|only (?:a little|a bit|slightly|mildly)|just a (?:little|bit)|mild(?:ly)?)\b", re.I)
# "how much pain is ok then", "how little is a little", "what counts as too much pain then", "what counts as 'a little'
# tho", "is a 3 too much then", "so 3 is over the line?": how much pain is allowed, after advice on running (the guide to
# running with some pain) or after exercises (their dose)
_ACCEPTABLE_PAIN = re.compile(r"\bhow much (?:pain|hurt|discomfort|ache|aching)\b|\bcounts? as ['\"‘“]?(?:a little|a bit)\b"
                              r"|\bhow (?:little|much|bad|sore) is (?:a little|a bit|too much|too bad|too sore|ok|okay|acceptable|fine)\b"
                              r"|\btoo much pain\b|\bcounts? as too (?:much|sore|painful)\b"
                              r"|\b(?:is|was|so|if)\s+(?:a\s+)?(?:[0-9]|10)(?:/10)?\s+(?:is\s+)?(?:too (?:much|high|sore|painful|bad)|over the (?:line|limit)|ok|okay|fine|acceptable|alright|safe)\b", re.I)
# what a pain score means: "what even is a 2", "2 what??", "how do i actually score it"
_WHAT_A_SCORE_MEANS = re.compile(r"\bwhat (?:even |actually |exactly )?(?:is|does) an? (?:[0-9]|10)\b(?! ?(?:k|km|min|mins|minutes|miles|weeks?|days?)\b)"
                                 r"|\b(?:[0-9]|10) what\?|\bhow (?:do|would|should|am) (?:i|you|we|she|he|u) (?:actually |meant to |supposed to )?"
                                 r"(?:score|rate|grade) (?:it|the pain|pain|my pain)\b", re.I)
# "and if I just ignore it and keep going as normal?": what happens in the long run
_IF_I_IGNORE_IT = re.compile(_BARE_OPENING + r"(?:what (?:happens |if )?)?(?:if )?(?:i|he|she|they|we|you|u) (?:just )?"
                             r"(?:ignore|ignores|keep ignoring|keeps ignoring|carry on ignoring|carries on ignoring) (?:it|this|that|the pain)\b", re.I)
# "Grand. So what does bring it on then": the causes
_BRINGS_IT_ON = re.compile(r"\bwhat (?:does |do |would |will |might )?(?:brings?|sets?|triggers?|kicks?) (?:it|this|that|the pain) (?:on|off)\b", re.I)
# "who usually gets runner's knee", "who's most at risk of it": what makes it more likely, which is what causes it
# (not "who gets to see it", which asks about privacy)
_WHO_GETS_IT = re.compile(r"\bwho(?:'?s| is)? (?:usually |normally |typically |mostly |most )?"
                          r"(?:gets?|tends? to get|(?:more |most )?(?:at risk|likely to get))"
                          r"(?: of)? (?:it|this|runner'?s knee|runners knee|pfps?|patellofemoral pain)\b(?! to\b)",
                          re.I)
# "and after the race, what then", "and once the race is done, then what" in a conversation about a race: the return to
# running after it
_AFTER_THE_RACE = re.compile(r"\bafter (?:the|my|her|his|our) (?:race|marathon|half|10k|5k|event|test)\b"
                             r"|\b(?:once|when) (?:the|my|her|his|our) (?:race|marathon|half|10k|5k|event)(?:'s| is| has been)? (?:done|over|finished|out of the way)\b", re.I)
AFTER_THE_RACE_MAX_WORDS = 10
# "Still got a wee bit of leaking when I run, says my pelvic floor physio. Can you help with that?": another
# problem the assistant does not advise on
_OTHER_PROBLEM = re.compile(r"\b(?:pelvic floor|bladder|leaking|leaks|incontinence|prolapse)\b", re.I)
_HELP_WITH_THAT = re.compile(r"\b(?:can|could) (?:you|u|ya) help(?: me)?(?: with)? (?:that|this|it)\W*$", re.I)
# "ok. how can I have it erased" after what is kept: how messages are deleted
_ERASE_IT = re.compile(r"\b(?:erase|erased|delete|deleted|remove|removed|wipe|wiped|clear|cleared)\b", re.I)
# "fair enough. so what would a physio do first": the physio's first step
_FIRST = re.compile(r"\b(?:do|does|start|begin|look at|check) (?:\w+ )?first\b|\bfirst (?:thing|step)\b", re.I)
# "ok but how much, like 800mg?": a dose, which the assistant does not give
_DOSE_AMOUNT = re.compile(r"\b\d+\s?(?:mg|mgs|milligrams?|ml|mls|tablets?|pills?)\b", re.I)
DOSE_AMOUNT_MAX_WORDS = 10
# "can i send u a vid of my squat so u can check my form": a video or photo, which the assistant cannot look at
_SENDS_MEDIA = re.compile(r"\b(?:send|sent|upload|show|attach)\w* (?:you|u|ya) (?:a |my |the |some )?(?:vid|vids|video|videos|photo|photos|pic|pics|picture|pictures|clip)\b", re.I)
# "so flat feet not the reason ah? then what": the cause named ruled out, the others
_NOT_THE_REASON = re.compile(r"\bnot (?:the )?(?:reason|cause|culprit|problem) (?:\w+\W+)?(?:then|so)? ?what\b|\bnot (?:the )?(?:reason|cause|culprit)\b\W+then what\b", re.I)
NOT_THE_REASON_MAX_WORDS = 12
# "so what's the whole plan usually, start to finish": the physio's steps, the overview (not "how long does all that
# usually take start to finish")
_WHOLE_PLAN = re.compile(r"\b(?:the )?whole (?:plan|process|thing|treatment)\b[^.?!]{0,30}\b(?:start to finish|from start|beginning to end)\b", re.I)
# "My knee is fine now but my ankle is paining me ... What is it?": the knee ruled out
_KNEE_IS_FINE = re.compile(r"\bknees? (?:is|are|'s|feels?|feel) (?:now |all )?(?:fine|ok|okay|good|better|grand|alright|all right|sorted)\b", re.I)


# "... I suppose what I'm asking is whether she ought to defer", "Not sure if this is a daft question but is he actually
# doing damage": the question, said outright after a story
_ASKED_OUTRIGHT = re.compile(
    r"\b(?:what (?:i'?m|im|i am) (?:really |actually |basically |honestly )?(?:asking|wondering|getting at|trying to (?:ask|get at|say|find out))"
    r"(?: here| you)?(?: is\b|:)|(?:my|the) (?:real |actual |main |only )?question (?:is|here is)"
    r"|not sure if (?:this|it)(?:'?s| is) a (?:daft|silly|stupid|dumb) question,? but"
    r"|i (?:guess|suppose) (?:i'?m|im|i am) (?:really |just )?asking(?: is)?|i (?:guess|suppose) (?:my|the) question is"
    r"|(?:she|he|they|my (?:son|daughter|wife|husband|partner|athlete|runner|client|kid)) (?:ask|asks|asked|is asking|was asking|wants? to know|wanted to know)"
    r"(?: me| us)? (?:if|whether))\b[\W_]*", re.I)
ASKED_OUTRIGHT_MIN_WORDS = 3
# "shorter quicker steps, got it. ...": an answer taken in before the question that follows it
_TAKEN_IN_FIRST = re.compile(r"^[^.?!]{0,60}?\b(?:got it|gotcha|understood|noted|(?:that )?makes sense|fair enough|good to know)[.!]+\s+(?=\w)", re.I)
ASKED_OUTRIGHT_SURE_ABOVE = 0.4


def asked_outright(text: str) -> Optional[str]:
    """The question a story says outright that it asks ("... What I'm really wondering is whether he'd be better going
    to a physio"): the words after the last such phrase, or None."""
    said = None
    for said in _ASKED_OUTRIGHT.finditer(text):
        pass
    rest = text[said.end():].strip() if said else ""
    # (or the question after an answer taken in: "shorter quicker steps, got it. the ones already sore, do they sit
    # out sessions or what")
    taken_in = None if said else _TAKEN_IN_FIRST.match(text)
    if taken_in:
        rest = text[taken_in.end():].strip()
        rest = rest if "?" in rest or asks_a_question(rest) else ""
    return rest if len(rest.split()) >= ASKED_OUTRIGHT_MIN_WORDS else None


def question_part(text: str) -> Optional[str]:
    """The sentences that ask something in a message that also tells a story ("... six weeks of
    rest and it still hurts. Is that normal?"), or None when every sentence asks or none does, or
    the message is short. A question said outright is that question alone ("... I suppose what
    I'm asking is whether she ought to defer")."""
    if len(text.split()) < QUESTION_PART_MIN_WORDS:
        return None
    outright = asked_outright(text)
    if outright:
        return outright
    sentences = _sentences(text)
    # with a question mark, the sentences that have one ("my son just did ... . would a physio help?")
    asking = [sentence for sentence in sentences if "?" in sentence] or [
        sentence for sentence in sentences if asks_a_question(sentence)]
    if not asking or len(asking) == len(sentences):
        return None
    return " ".join(asking)


def asked_aspects(message: Mapping[str, Any], content: Content) -> List[str]:
    """The topic parts a message names; in a story that asks something, those its question names
    ("my daughter did couch to 5k and now her knees hurt. Would a physio help?" asks how physio
    helps, not about the return to running)."""
    text = message.get("text") or ""
    entities = message.get("entities") or []
    # (not a part it rules out: "so if strength isn't the problem what's left, mobility?")
    ruled_out = [found.span() for found in _RULED_OUT.finditer(text)]
    if ruled_out:
        text = _RULED_OUT.sub(lambda found: " " * len(found.group(0)), text)
        entities = [entity for entity in entities if not any(
            start <= (entity.get("start") or 0) < end for start, end in ruled_out)]
    question = question_part(text)
    if question is None:
        return message_aspects(entities, text, content.aspect_words)
    lowered = question.lower()
    in_question = [entity for entity in entities
                   if isinstance(entity.get("start"), int) and isinstance(entity.get("end"), int)
                   and text[entity["start"]:entity["end"]].lower() in lowered]
    return message_aspects(in_question, question, content.aspect_words)


def _things_tried(content: Content, text: str) -> int:
    """How many treatments and clinicians a message names, each once ("tried needling. tried massage. chiro cracked my
    back": three)."""
    lowered = text.lower()
    named = {found.group(0) for aspect in THINGS if aspect in content.aspect_words
             for found in words_pattern(content.aspect_words[aspect]).finditer(lowered)}
    seen = {found.group(0).lower()[:4] for found in _CLINICIAN_SEEN.finditer(text)}
    return len(named) + len(seen)


# A message that asks several questions ("1) what IS it 2) do I have to stop 3) how long", "Is it
# dangerous? Also, is it the same as runner's knee?") is answered by one topic; the topic each of
# its questions asks, in order, is kept for a follow-up that picks another ("and 3?", "second q").
# The topic classifier reads each question under this key of the parse data.
QUESTION_PARTS_KEY = "question_parts"
# A story's question read alone (question_part): the classifier's ranking of it, under this key of the parse data,
# for a story whose list of what was tried drowns its question.
QUESTION_ALONE_KEY = "question_alone"
# "1) what actually IS it", "2. why does it come", "#2", "(3)": an item of a numbered list
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))[#(]?([1-9])(?:[.):]|\s-)(?=\s)")
# "Does quad strength matter for this, and which quad exercises ...": a second question in one sentence
_AND_ANOTHER_QUESTION = re.compile(
    r",\s*(?:and|also|plus)\s+(?=(?:which|what|how|why|when|where|who|should|do|does|is|are|can|could|will|would)\b)", re.I)
# "and 3?", "2 now", "#2 pls", "ok number 2 then", "second q", "And the second question?", "and the last
# one on my list", "the other question": which of the questions asked together
_WHICH_QUESTION = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|now|right|then|what about|how about)\W+)*(?:(?:the|my|your|ur)\s+)?"
    r"(?:(?:number|no\.?|nr\.?|#|q)\s*)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final|other|next"
    r"|one|two|three|four|five|[1-5])(?:\s*(q|qs|question|questions|part|point|bit|thing|one|item))?"
    r"(?:\s+(?:on|in|from|of) (?:my|the) list)?(?:\W+(?:now|then|pls|please|plz|next|too))*\W*$", re.I)
# "second part?" after an overview may mean the answer's second part; "second q" never does
_A_QUESTION_WORD = re.compile(r"^(?:q|qs|question|questions)$", re.I)
ASKED_TOGETHER_MAX = 5


def asked_separately(text: str) -> List[str]:
    """The questions of a message that asks two or more, in order (a numbered list's items, the
    sentences that ask, a second question after ", and which ..."); [] when it asks fewer."""
    numbered = _numbered_items(text)
    if len(numbered) >= 2:
        return numbered[:ASKED_TOGETHER_MAX]
    asking = [sentence for sentence in _sentences(text) if "?" in sentence or asks_a_question(sentence)]
    parts = [piece.strip() for sentence in asking for piece in _AND_ANOTHER_QUESTION.split(sentence)]
    parts = [part for part in parts if len(part.split()) >= 2]
    return parts[:ASKED_TOGETHER_MAX] if len(parts) >= 2 else []


def _numbered_items(text: str) -> List[str]:
    """The items of a list numbered 1, 2, 3 ... in the message ("1) what is it 2) do I stop"), else []."""
    markers = [found for found in _NUMBERED_ITEM.finditer(text)]
    items, expected = [], 1
    for found, following in zip(markers, markers[1:] + [None]):
        if int(found.group(1)) != expected:
            continue
        item = text[found.end():following.start() if following else len(text)]
        items.append((_sentences(item) or [""])[0].strip(" .!"))  # "3. how physio helps. Take them one by one" 
        expected += 1
    return [item for item in items if item] if len(items) >= 2 else []


def asked_together(content: Content, message: Mapping[str, Any], asked_before: Iterable[str]) -> List[str]:
    """The topics of the questions a message asks together, in order, as the conversation keeps
    them: a new message that asks several replaces them, a short follow-up keeps them (it may pick
    one: "and 3?"), any longer message drops them."""
    parts = message.get(QUESTION_PARTS_KEY) or []
    if parts:
        return [topic_for(content, {"text": part.get("text") or "", "intent": (part.get("intent_ranking") or [{}])[0],
                                    "intent_ranking": part.get("intent_ranking") or []}, None)
                for part in parts]
    return list(asked_before) if len((message.get("text") or "").split()) <= CONTEXT_MAX_WORDS else []


def _picked_from_asked(text: str, asked_before: Sequence[str], last_topic: Optional[str]) -> Optional[str]:
    """The topic of the question a follow-up picks from those asked together ("and 3?" -> the third,
    "the other question" -> the first not just answered); None when it picks none, or may mean a
    part of the overview just given ("second part?" after the causes)."""
    which = _WHICH_QUESTION.match(text)
    if len(asked_before) < 2 or not which:
        return None
    word, noun = which.group(1).lower(), (which.group(2) or "")
    if last_topic in FAMILIES and noun and not _A_QUESTION_WORD.match(noun):
        return None
    if word == "next" and not (noun and _A_QUESTION_WORD.match(noun)):
        return None  # "ok next?" after a physio step is its next step; "next question" is the next question
    if word in ("other", "next"):
        answered = asked_before.index(last_topic) if last_topic in asked_before else -1
        later = [topic for topic in asked_before[answered + 1:] if topic != last_topic]
        return (later or [topic for topic in asked_before if topic != last_topic] or [None])[0]
    number = _ORDINALS.get(word)
    if number is None or number > len(asked_before):
        return None
    return asked_before[number - 1] if number > 0 else asked_before[-1]


NAMED_KEPT = 12


def named_in_conversation(named_before: Iterable[str], message: Mapping[str, Any], content: Content) -> List[str]:
    """What the conversation has named so far (topic parts: a race, a sleeve, the hips), with
    what `message` names, newest last; at most NAMED_KEPT."""
    named = message_aspects(message.get("entities") or [], message.get("text") or "", content.aspect_words)
    kept = [aspect for aspect in named_before if aspect not in named] + named
    return kept[-NAMED_KEPT:]


# "..., and don't say clams", "... what is it. and dont say 'lots of things'": an aside at the end that forbids an answer
_DONT_SAY = re.compile(r"(?<=[\w?'’\"”])\s*[,.;]?\s*(?:and |but |just )?(?:please |pls )?(?:don'?t|don’t|dont|do not) (?:you )?(?:dare )?"
                       r"(?:say|tell me|give me)\b[^.?!]*[.!]?\s*$", re.I)


def _sentences(text: str) -> List[str]:
    return [found.group(0).strip() for found in _SENTENCE.finditer(text) if found.group(0).strip()]


def _last_sentence(text: str) -> str:
    """The message's last sentence (where a story's question usually is)."""
    return (_sentences(text) or [text])[-1]


def _asks_if_made_to_stop(text: str) -> bool:
    """The message asks whether a physio would stop the running ("will they make me stop running"), not
    fears it in a story that asks something else ("... What actually happens at one of these? ... I'm kind
    of nervous they'll just tell me to stop running")."""
    if not _MADE_TO_STOP.search(text):
        return False
    return (len(text.split()) <= CONTEXT_MAX_WORDS
            or any(_MADE_TO_STOP.search(sentence) for sentence in _sentences(text) if "?" in sentence))


def _rested_then_pain_back(text: str) -> bool:
    """The message says it rested, then the pain came back ("rested 6 weeks, first run back and
    the ache was back"), not the other way round ("it came back on my tempo. do I need time off?")."""
    rested, back = _rested_spans(text), _PAIN_BACK.search(text)
    return bool(rested and back and rested[0][0] < back.start())


def _rested_spans(text: str) -> List[Tuple[int, int]]:
    """Where the message says it rested ("took 6 wks off completely"), not a date still ahead
    ("the marathon is about 4 months off")."""
    ahead = _STILL_AHEAD.sub(lambda found: " " * len(found.group(0)), text)
    return [found.span() for found in _RESTED.finditer(ahead)]


def _rested(text: str) -> bool:
    return bool(_rested_spans(text))


def _race_soon(text: str, content: Content) -> bool:
    """The message names a race and, next to it, a date soon ("10k on sat", "next weekend I run my
    first half")."""
    lowered = text.lower()
    # (not a race already run: "did my first 10k on saturday")
    races = [found.start() for found in words_pattern(content.aspect_words[RACE]).finditer(lowered)
             if not _RACE_RUN.search(lowered[:found.start()])]
    # (not the time it rested: "took 6 wks off completely, first parkrun back")
    rested = _rested_spans(lowered)
    dates = [(found.start(), found.end()) for found in _RACE_SOON_DATE.finditer(lowered)
             if not any(start < found.end() and found.start() < end for start, end in rested)]
    # (or later in the same sentence: "the great north run, its my first one and its in 6 weeks")
    return any(len(lowered[min(race, start):max(race, end)].split()) <= RACE_DATE_NEAR_WORDS + 1
               or (race < start and len(lowered[race:end].split()) <= RACE_DATE_SAME_SENTENCE_WORDS
                   and not re.search(r"[.?!]", lowered[race:start]))
               for race in races for start, end in dates)


def _adjusts_training(text: str, content: Content, last_topic: Optional[str]) -> bool:
    """The (first) question asks whether to drop, cut or shorten a training run ("should I drop the hill session?",
    "so shorter long runs for a bit?" after a cause), and names no race in it ("should I skip the half?" asks about
    the race). After running advice, "so shorter runs forever?" asks about that advice."""
    sentences = _sentences(text)
    asked = ([sentence for sentence in sentences if "?" in sentence] or sentences[-1:])[:1]
    race = words_pattern(content.aspect_words[RACE])
    return any((_ADJUST_TRAINING.search(sentence)
                or (_FEWER_RUNS.match(sentence) and "?" in sentence and last_topic not in RUNNING_ADVICE))
               and not race.search(sentence.lower()) for sentence in asked)


def _tightness_asked(text: str) -> bool:
    """The question names the tight muscle or asks what it has to do with the pain ("my quads are super tight, is
    that why my knee hurts?", "My IT band is tight. Could that be it?"), not something else told after it."""
    sentences = _sentences(text)
    asked = [sentence for sentence in sentences if "?" in sentence] or sentences[-1:]
    # (not tightness the runner calls usual: "(calves felt tight after the climbs but thats normal for me) ... what
    # actually causes this?")
    if all(_USUAL_FOR_ME.match(text[found.end():]) for found in _TIGHT_MUSCLE.finditer(text)):
        return False
    return any(_TIGHT_MUSCLE.search(sentence) or _ASKS_ABOUT_TIGHTNESS.search(sentence) for sentence in asked)


def _why_it_hurts_there(content: Content, text: str) -> bool:
    """A why about when it hurts: stairs, hills, squats, sitting ("why is it always the downhills",
    "I sit long in the office and it aches. Why is this so?"), naming nothing else it could be about."""
    last = _last_sentence(text)
    why = (_OPENS_WITH_WHY.match(text) and len(text.split()) <= WHY_THERE_MAX_WORDS) or (
        _ASKS_WHY_ITSELF.search(last) and len(last.split()) <= WHY_THERE_SENTENCE_MAX_WORDS)
    return bool(why and _LOADED_MOMENTS.search(text)
                and not aspects_in_text(_LOADED_MOMENTS.sub(" ", text), content.aspect_words))


# "should i get it looked at or wait it out", "I'd be better booking in now rather than waiting it out?", "wait more or book?"
_SEEN_NOW = (r"(?:book|booking|book in|booking in|book an? (?:appointment|appt|session|assessment)|see (?:someone|somebody|a physio|a doctor|a gp|the gp|a pro)"
             r"|seeing (?:someone|somebody|a physio|a doctor)|get (?:it|him|her|this|them) (?:checked|seen|looked at)(?: out)?|getting (?:it )?(?:checked|seen|looked at))")
_SEE_SOMEONE_OR_WAIT = re.compile(r"\b" + _SEEN_NOW + r"\b[^.?!]{0,40}\b(?:rather than|instead of|or)\b[^.?!]{0,15}\b(?:wait|waiting|leave it|leaving it|self-?manag\w*)\b"
                                  r"|\b(?:wait|waiting)(?: it out| more| longer| and see)?\b[^.?!]{0,20}\bor\b[^.?!]{0,15}\b" + _SEEN_NOW + r"\b", re.I)
# "ok but why now? ive only been running 6 weeks", "why has it started all of a sudden": what brought it on now
_WHY_NOW = re.compile(r"\bwhy(?: is it| has it| did it| does it)?(?: (?:only|just))?(?: (?:start(?:ed)?|begun|began|come on|came on|kick(?:ed)? in|flar(?:e|ed) up|appear(?:ed)?))?"
                      r" (?:now|all of a sudden|suddenly|out of nowhere|out of the blue)\b", re.I)


def _story_asks_the_cause(text: str) -> bool:
    """A story whose last sentence asks only what brings it on ("... now front of knee hurts when i
    squat. could menopause be why??"), also run on ("my knee hurts when i squat at the gym why would
    that be")."""
    sentences = _sentences(text)
    asked = question_part(text) or ""
    return ((len(sentences) > 1 and bool(_WHAT_CAUSES_IT.match(sentences[-1])))
            or bool(_WHY_NOW.search(asked))
            or (len(text.split()) >= RUN_ON_WHY_MIN_WORDS and bool(_RUN_ON_WHY.search(text))
                and not _OPENS_A_QUESTION.match(text)))


def _doing_named_thing_wrong(content: Content, message: Mapping[str, Any], leaning: str) -> bool:
    """A story that names something the runner does, which the classifier is sure the question is about and which is
    not a cause ("... swap running for cycling ... Cycling makes it worse. Am I doing something wrong?")."""
    topic = content.topics.get(leaning)
    return bool(topic and leaning in ANSWER_TOPICS and not leaning.startswith(CAUSES)
                and _confidence_of(message, INTENT_BY_TOPIC.get(leaning)) >= SURE_OF_QUESTION_ABOVE
                and set(aspects_in_text(message.get("text") or "", content.aspect_words)) & set(topic.aspects))


def _tires_late(text: str) -> bool:
    """The pain comes late in a run, and only then ("only hurts after about 15k, never before that")."""
    return bool(_LATE_IN_RUN.search(text) and _ONLY_THEN.search(text) and len(text.split()) <= LATE_IN_RUN_MAX_WORDS)


def _tiring_cause(content: Content) -> str:
    """The cause that answers pain late in a run."""
    return _with_aspect(content, [FATIGUE], CAUSES) or CAUSES


def _is_mash(word: str) -> bool:
    return word.startswith(",,") or bool(_MASH_WORD.match(word.strip(_PUNCTUATION)))


def _mash_amid_a_few_words(text: str, content: Content) -> bool:
    """Keyboard mash with at most a few words beside it, none of them a question or a topic part
    ("ok sry gloves on typin hhfk jj"), so nothing can be read from it."""
    words = [word for word in text.split() if re.search(r"\w|,,", word)]
    if not any(_is_mash(word) for word in words):
        return False
    rest = [word for word in words if not _is_mash(word) and not _MASH_FILLER.match(word.strip(_PUNCTUATION))]
    return (len(rest) <= MASH_AMID_MAX_WORDS and not asks_a_question(text)
            and not aspects_in_text(text, content.aspect_words) and not _BYE.search(text) and not _THANKS.search(text))


def is_unsure(text: str) -> bool:
    """The message says only that the runner is not sure ("hmm not sure", "dunno", "idk")."""
    return bool(_UNSURE.match(text))


def asks_a_question(text: str) -> bool:
    """The message asks something ("should I still run it?"), besides any story it tells; words it quotes
    someone else as saying ask nothing ("all i ever get is 'its runners knee, do your exercises'")."""
    return bool(_QUESTION.search(_AND_DO_THINGS.sub(" ", _QUOTED_SPEECH.sub(" that ", text))))


def _asks_beyond_small_talk(text: str) -> bool:
    """A question in its own words ("how soon do i see results"), with no hello, thanks or goodbye in it."""
    return (bool(_OPENS_A_QUESTION.match(text)) and len(text.split()) >= CHAT_QUESTION_MIN_WORDS
            and not (_SMALL_TALK.search(text) or _THANKS.search(text) or _BYE.search(text)))


def question_intent(message: Mapping[str, Any]) -> Optional[str]:
    """The intent of the question in a message: the classifier's, unless it chose the story
    ("my kneecap aches after long runs, should I still race?") or could not decide, and the
    message asks something: then the question the classifier ranks highest, if it is likely enough.
    Small talk chosen for a question in its own words gives way to the question ranked highest."""
    intent = (message.get("intent") or {}).get("name")
    text = message.get("text") or ""
    if intent in CHAT_INTENTS and (_asks_beyond_small_talk(text) or _asks_beyond_small_talk(_THANKS_FIRST.sub("", text, count=1))):
        return next((ranked["name"] for ranked in message.get("intent_ranking") or []
                     if ranked.get("name") in QUESTION_INTENTS), intent)
    if intent not in NOT_A_QUESTION or not asks_a_question(text):
        return intent
    for ranked in message.get("intent_ranking") or []:
        name, confidence = ranked.get("name"), ranked.get("confidence") or 0.0
        if name in QUESTION_INTENTS:
            return name if confidence >= QUESTION_MIN_CONFIDENCE else intent
    return intent


def topic_for(content: Content, message: Mapping[str, Any], last_topic: Optional[str],
              named_before: Iterable[str] = (), asked_before: Sequence[str] = ()) -> str:
    """The topic that answers a message as the Rasa server parsed it: its own symptoms when it
    escalates or tells a story without a question, else the topic its question (and any aspect it
    names) asks about, read with the topic answered last and the topic parts the conversation
    named before (`named_before`, as named_in_conversation keeps them) and the questions asked
    together before (`asked_before`, as asked_together keeps them). The rules are tried in
    order; each is unit-tested in tests/unit/test_topics.py."""
    from knee.triage import PARSE_DATA_KEY, Assessment

    assessment = Assessment.from_parse_data(message.get(PARSE_DATA_KEY))
    if assessment.escalates and not assessment.answers_question:
        return SYMPTOMS_TOPIC
    topic = _chosen_topic(content, message, last_topic, tuple(named_before), asked_before, assessment)
    # "3 years of this... does it ever go away?": an escalation that lets a question be answered
    # answers it after its advice; a story without a question still gets its symptoms
    if assessment.escalates and topic not in ANSWER_TOPICS:
        return SYMPTOMS_TOPIC
    return topic


def _chosen_topic(content: Content, message: Mapping[str, Any], last_topic: Optional[str],
                  named_before: Tuple[str, ...], asked_before: Sequence[str], assessment: Any) -> str:
    """topic_for's rules, in order, for a message whose triage lets a question be answered."""
    text = message.get("text") or ""
    # "... what this condition is?\n\nYours faithfully,\nMargaret": the message without the letter's close
    without_sign_off = _SIGN_OFF.sub("", text)
    if without_sign_off != text and "?" in without_sign_off:
        text = without_sign_off
        message = {**message, "text": text}
    # "Which hip ones, and don't say clams": the message without an aside at the end that forbids an answer
    without_aside = _DONT_SAY.sub("", text)
    if without_aside != text and asks_a_question(without_aside):
        text = without_aside
        message = {**message, "text": text}
    last_sentence = _last_sentence(text)  # where a story's question usually is
    # "sorry baby grabbed the phone ;lkj;;'", "asdfgh sry cat on keyboard": keyboard mash excused, nothing asked
    # (not "sorry cat on keyboard lol. thx bye" or "... gotta go", which say goodbye, nor "... hello!")
    if (_MASH_EXCUSE.search(text) and len(text.split()) <= MASH_EXCUSE_MAX_WORDS and not asks_a_question(text)
            and not _BYE.search(text) and not _THANKS.search(text) and not _HELLO.search(text) and not _HAS_TO_GO.search(text)):
        return FALLBACK_TOPIC
    # "ok. nnnnnnmmmm.,", "wht abt th ,, hh": mash with a few words that ask nothing
    if _mash_amid_a_few_words(text, content):
        return FALLBACK_TOPIC
    # "Hello I am writing to ask about my": half a message
    if (_CUT_OFF.search(text) and not text.rstrip().endswith("?") and len(text.split()) <= CUT_OFF_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)):
        return FALLBACK_TOPIC
    # "ok so", "so um": filler words alone, the message not yet written
    if _FILLER_ALONE.match(text):
        return FALLBACK_TOPIC
    # "Sent from my iPad" alone: a phone's signature; "test", "my": a try or half a message; nothing asked
    if _SENT_FROM.match(text) or _TRYING_IT.match(text):
        return FALLBACK_TOPIC
    # "hw long shud i rest", "wat abt taping": the rules read text-speak spelt out (once it is not keyboard mash)
    spelt_out = _spelt_out(text)
    if spelt_out != text:
        text, last_sentence = spelt_out, _last_sentence(spelt_out)
        message = {**message, "text": text}
    # "... What I'm really wondering is whether he'd be better going to a physio instead of back to the GP a third time?":
    # the question said outright, when the classifier, reading it, is fairly sure of it (not the story around it)
    read_as = (message.get("intent") or {}).get("name")
    if (asked_outright(text) and len(text.split()) >= QUESTION_PART_MIN_WORDS and read_as in QUESTION_INTENTS
            and _top_confidence(message) >= ASKED_OUTRIGHT_SURE_ABOVE):
        return resolve_topic(content, read_as, asked_aspects(message, content), last_topic)
    # "knee pain", alone: the runner's own knee
    if _KNEE_PAIN_ALONE.match(text):
        return SYMPTOMS_TOPIC
    # "Good day.", "ciao", "right. that's that then" after an answer: taking leave (as a first message "good day" and
    # "ciao" say hello)
    if last_topic in ANSWER_TOPICS and _TAKING_LEAVE.match(text):
        return GOODBYE_TOPIC
    # "hlo", "Assalamu alaikum": hello, in whatever spelling or language
    if _HELLO_ALONE.match(text) or (last_topic is None and _FIRST_MESSAGE_HELLO.match(text)):
        return GREETING_TOPIC
    # "Good morning from Perth! Lovely to have a service like this": hello, and how they came
    if (last_topic is None and _OPENS_WITH_HELLO.match(text) and not asks_a_question(text)
            and (message.get("intent") or {}).get("name") not in ABOUT_THE_ASSISTANT
            and len(text.split()) <= HELLO_AND_MORE_MAX_WORDS and not _KNEE.search(text)
            and not aspects_in_text(text, content.aspect_words) and not assessment.findings):
        return GREETING_TOPIC
    # "omg hi ok so my club mates told me to ask this thing 😂": a first message telling how they came, asking nothing,
    # nothing of the knee in it, also when the classifier reads a question about the assistant into it
    # (not a story that goes on: "hi its Priya ... said to ask this thing. my right knee aches behind the kneecap")
    if (last_topic is None and _CAME_TO_TRY_IT.search(text) and not asks_a_question(text)
            and len(text.split()) <= HELLO_AND_MORE_MAX_WORDS and not _KNEE.search(text) and not assessment.findings
            and not set(assessment.signs) & KNEE_STORY_SIGNS):
        return GREETING_TOPIC
    # "👋", "ok nvm 👋": a wave, hello as a first message and goodbye after an answer
    if _WAVE_ALONE.match(text):
        return GREETING_TOPIC if last_topic is None else GOODBYE_TOPIC
    # "shot": thanks in South African English
    if _SHOT_THANKS.match(text):
        return THANKS_TOPIC
    # "whats 17 x 23", "do you speak spanish?": outside what the assistant does
    if _SUM.match(text) or (_OTHER_LANGUAGE.search(text) and len(text.split()) <= OTHER_LANGUAGE_MAX_WORDS):
        return OUT_OF_SCOPE
    # "is this chat gpt": whether the assistant is a bot
    # (also after a greeting and an apology: "Good evening. Forgive me, I'm not very technical. Am I chatting with a nurse?")
    # (also after a clause that leads into it: "... Actually before I go on, am I talking to a real physio or a bot?")
    is_it_a_bot = _IS_IT_A_BOT.search(last_sentence)
    if ((is_it_a_bot and (len(last_sentence.split()) <= IS_IT_A_BOT_MAX_WORDS or not last_sentence[is_it_a_bot.end():].strip(" ?!.")))
            or _ARE_YOU_A_BOT.match(text)):
        return BOT_CHALLENGE
    # "... Before I pour my heart out any more, who actually runs this? Is it a company selling braces?": a question about
    # the assistant at the end of a story, which the classifier, reading it alone, is all but certain of
    about_it = TOPIC_BY_INTENT.get(_question_alone(message) or "")
    if about_it in ASSISTANT_TOPICS and _question_alone_confidence(message) >= QUESTION_ALONE_CERTAIN_ABOVE:
        return about_it
    # "what is this", "hey! what is this exactly" opening a conversation: what the assistant is
    if last_topic in (None, GREETING_TOPIC) and _WHAT_IS_THIS.match(text):
        return ABOUT
    # "Is this just an advert", "what's the point of this" about the chat: what the assistant is
    about_the_chat = last_topic in (None, GREETING_TOPIC, HELP_TOPIC) + ASSISTANT_TOPICS
    if ((_AN_ADVERT.search(text) or (_WHATS_IT_FOR.search(text) and about_the_chat))
            and len(text.split()) <= WHATS_IT_FOR_MAX_WORDS):
        return ABOUT
    # "ummm how does this work" opening a conversation: what the assistant can help with
    if last_topic in (None, GREETING_TOPIC, BOT_CHALLENGE) and _HOW_IT_WORKS.match(text):
        return HELP_TOPIC
    # "... 6 physios. 2 podiatrists ... so what can you actually do for me that they couldnt": what the assistant can
    # help with, asked after whatever story
    if _WHAT_CAN_YOU_DO_FOR_ME.search(last_sentence):
        return HELP_TOPIC
    # "and 3?", "second q" after a message that asked several questions: the one it picks
    picked = _picked_from_asked(text, list(asked_before), last_topic)
    if picked:
        return picked
    # "... My tobillos are very stiff. Can the ankle make my knee hurt?": the cause it names, when the message
    # names no other ("really tight hips ... could the hips be causing it?" is left to the rules below)
    can_it_cause = _CAN_IT_CAUSE.search(last_sentence)
    if can_it_cause:
        named = set(aspects_in_text(can_it_cause.group(0), content.aspect_words))
        if len(named) == 1 and named <= _CAUSE_PARTS and set(aspects_in_text(text, content.aspect_words)) & _CAUSE_PARTS == named:
            return _with_aspect(content, list(named), CAUSES)
    # "so shorter runs. how short is short", "shorter for how many wks" after the
    # answer on tiredness (which says to run shorter for now and build back up): how to build back up
    if last_topic == FATIGUE_TOPIC and _HOW_SHORT.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS:
        return RETURN_TO_RUNNING_STEP
    # "what else tends to make it worse", "what aggravates it": the activities that bring it on, which the
    # answer on what it is lists (not what causes it, nor an activity it names: "does cycling make it worse?")
    makes_it_worse = _MAKES_IT_WORSE.search(text)
    if (makes_it_worse and len(text.split()) <= MAKES_IT_WORSE_MAX_WORDS
            and not aspects_in_text(text[:makes_it_worse.start()] + text[makes_it_worse.end():], content.aspect_words)):
        return FIRST_TOPIC
    # "Can I keep smashing SkiErg and rower sessions while my knee settles?": the other training it names, when
    # the classifier weighs keeping running against it
    if _weighs_keep_running_against(message, CROSS_TRAINING) and CROSS_TRAINING_PART in asked_aspects(message, content):
        return CROSS_TRAINING
    # "what can i do instead of squats" after the exercises: other exercises, not more of the answer just given
    # (not after stretching, whose answer weighs it against strength work, nor how many of them)
    if (last_topic in (EXERCISE_EXAMPLES, EXERCISE_DOSE, STRENGTH_STEP) and _IN_PLACE_OF.search(text)
            and _names_exercises(content, text) and asks_a_question(text) and not _HOW_MANY.search(text)):
        return EXERCISE_EXAMPLES
    # "what do I do instead of tomorrow's tempo": other training in place of the run (not "swimming instead of running
    # for 6 weeks, why can't I just rest it", which asks why, nor "should I walk instead of running in the race?")
    if (_INSTEAD_OF_A_RUN.search(text) and asks_a_question(text) and not _ASKS_WHY.search(text)
            and RACE not in aspects_in_text(text, content.aspect_words)):
        return CROSS_TRAINING
    # "and if its still there in another 3 months?" after how long it takes, read as whether to be seen (or who
    # by): that, not more of the answer just given (not surgery or a scan it names: "and if it's still sore in a
    # year, do they operate?")
    classified = TOPIC_BY_INTENT.get((message.get("intent") or {}).get("name") or "", "")  # the classifier's own choice
    if (classified.split(".")[0] == SEEK_HELP_TOPIC and _IF_IT_LASTS.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)):
        return classified
    # "... ive DONE the exercises. so why does it keep coming back": why it comes back, when the classifier reads another
    # question into it: the answer on that given last, else why rest fails (after rest or a break) or whether it lasts
    if (_WHY_IT_COMES_BACK.search(text) and classified.split(".")[0] not in (WHY_REST_FAILS, OUTLOOK_TOPIC, CAUSES)
            and asks_a_question(text)):
        if last_topic in COMES_BACK_TOPICS:
            return last_topic
        return WHY_REST_FAILS if _rested(text) else RECURRENCE_TOPIC
    # "what should I be asking him at the follow up then" after an answer that says to take questions to a clinician:
    # that answer, which says what to ask (not a part it names: "what should I ask the physio about my hips")
    # (after a cause, what to ask the physio about it is the physio's step for that cause: "on the step downs she wobbles
    # heaps" ... "what should she ask the physio about that")
    if (last_topic in ANSWER_TOPICS and _WHAT_TO_ASK_THEM.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)):
        step = next_step(content, last_topic) if last_topic.startswith(CAUSES + ".") else ""
        if step.startswith(PT_APPROACH + "."):
            return step
        if _ASK_THEM.search(content.topics[last_topic].text):
            return last_topic
    # "so whats the point of me paying for it every week then" after the taping: that answer, pushed back on
    if (last_topic in ANSWER_TOPICS and _POINT_OF_IT.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)):
        return last_topic
    # "'doesnt settle' is a polite way of saying theres no evidence isnt it", "'a physio who examines it'. i HAVE a physio
    # friend and she said no" after an answer: those words of it, in quotes, then doubted without asking anything new
    if last_topic in ANSWER_TOPICS and _quoted_back_and_doubted(content, text, content.topics[last_topic]):
        return last_topic
    # "and the sub 45 attempt, keep going?": whether to keep running (after the exercises, or naming one, their dose:
    # "twinge on step downs, right knee. keep going?")
    if (_KEEP_GOING_AT_END.search(text) and len(text.split()) <= KEEP_GOING_MAX_WORDS and asks_a_question(text)
            and (last_topic or "").split(".")[0] != EXERCISES and not _names_exercises(content, text) and not _HOW_LONG.match(text)
            and not set(aspects_in_text(text, content.aspect_words)) - set(KEEP_RUNNING_PARTS) - {RACE}):
        return KEEP_RUNNING
    # "20 min too long then?" after the answer on ice, which gives its minutes: that answer (an exercise's minutes: its dose)
    if (last_topic in ANSWER_TOPICS and _MINUTES_TOO_LONG.search(text) and len(text.split()) <= MINUTES_TOO_LONG_MAX_WORDS
            and re.search(r"\bminutes\b", content.topics[last_topic].text)):
        return EXERCISE_DOSE if last_topic.split(".")[0] == EXERCISES else last_topic
    # "and how long is that exactly, in days" after privacy: how long messages are kept (not "how long is rehab meant
    # to last", which names something else)
    if (last_topic == PRIVACY and _HOW_LONG_FOR.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words) and not _EXERCISES_WORD.search(text)
            and not _names_exercises(content, text)):
        return PRIVACY
    # "so what are my odds", "what are the chances it comes back": how likely it is to last or come back
    # (an operation gone without is not asked about: "what are my chances of running happily without the op, roughly")
    if (_WHAT_ARE_THE_ODDS.search(last_sentence)
            and not set(aspects_in_text(_WITHOUT_SURGERY.sub(" ", last_sentence), content.aspect_words)) - {"recurrence", "recovery_time"}):
        return RECURRENCE_TOPIC
    # "seriously not even a ballpark??" after an answer that gives no figure: that answer, pushed back on
    # (not when it goes on to ask what does work: "thats a very polite way of saying theres no evidence. so what DOES
    # have evidence")
    if (last_topic in ANSWER_TOPICS and _NO_STRAIGHT_ANSWER.search(text) and len(text.split()) <= SUMMED_UP_MAX_WORDS
            and not _WHAT_WORKS.search(last_sentence)
            and not set(aspects_in_text(text, content.aspect_words)) - set(content.topics[last_topic].aspects)):
        return last_topic
    if (last_topic in ANSWER_TOPICS
            and ((_DOUBTS_THE_FIGURE.search(text) and len(text.split()) <= SUMMED_UP_MAX_WORDS)
                 or (_NOBODY_LOOKED.search(text) and len(text.split()) <= NOBODY_LOOKED_MAX_WORDS))
            and not set(aspects_in_text(text, content.aspect_words)) - set(content.topics[last_topic].aspects)):
        return last_topic
    if last_topic in ANSWER_TOPICS and last_topic != PRIVACY and _WHO_CAN_THEN.search(text):
        return WHO_TO_SEE
    if last_topic in (MOVEMENT_STEP, RUNNING_FORM) and _BECOMES_NATURAL.search(text):
        return last_topic
    if _ANOTHER_PART_ASKED.search(text) and not _KNEE.search(text):
        return OUT_OF_SCOPE
    # (said back after an answer; not in a conversation about a race: "half in 3 wks and my knee's been sore on the long runs. should i pull out";
    # nor with a question of its own after it: "ok half in 7 weeks i can live with. should i get it looked at")
    if (last_topic in ANSWER_TOPICS
            and (_HALF_BETTER_IN.search(last_sentence) or (_HALF_BETTER_IN.search(text) and not asks_a_question(last_sentence)))
            and not _THE_RACE_ITSELF.search(text) and last_topic != RACE_SOON_TOPIC and RACE not in named_before
            and not set(aspects_in_text(text, content.aspect_words)) - {"recurrence", "recovery_time"}):
        return RECURRENCE_TOPIC
    if last_topic == RACE_SOON_TOPIC and _FINE_TO_RUN_IT.search(last_sentence):
        return RACE_SOON_TOPIC
    # "do i go back to the same physio or try someone else", "same physio again or try a sports doc this time?": whom to see
    if _SAME_ONE_OR_ANOTHER.search(last_sentence):
        return WHO_TO_SEE
    # "october is 5 months off. is that enough time to sort it or am i kidding myself": how long it takes
    if _ENOUGH_TIME_TO_SORT.search(last_sentence) and asks_a_question(last_sentence):
        return RECURRENCE_TOPIC
    # "and will the achilles flare up again if i do loads of calf work too": another part of the body, which the
    # assistant does not advise on
    if _ANOTHER_PART_WILL.search(last_sentence) and not _KNEE.search(last_sentence):
        return OUT_OF_SCOPE
    # "is there ANYTHING that works that isnt just more exercises": the treatments besides exercise
    if _BESIDES_EXERCISES.search(last_sentence) and asks_a_question(last_sentence):
        return OTHER_THERAPIES
    # "so forever then? im 48 with two kids and a job" after the exercises: how long to keep them up, their dose
    # (not whether the pain lasts: "is it gonna be like this forever though", "is this going to be a forever thing")
    forever = [sentence for sentence in _sentences(text) if _FOREVER.search(sentence)]
    if ((last_topic or "").split(".")[0] == EXERCISES and forever and len(text.split()) <= FOREVER_MAX_WORDS
            and not _LASTS_FOREVER.search(forever[0]) and not set(aspects_in_text(text, content.aspect_words)) - {DOSAGE}):
        return EXERCISE_DOSE
    # "ok and if not?" after an answer: if it does not settle, when to get help
    if last_topic in ANSWER_TOPICS and last_topic != SEEK_HELP_TOPIC and _IF_NOT_ALONE.match(text):
        return SEEK_HELP_TOPIC
    # "new physio said ice is outdated anyway and i should bin it. so who do i listen to" after the answer on ice: advice
    # that conflicts with that answer, about what it covers (not whom to see)
    if (last_topic in ANSWER_TOPICS and _WHO_TO_BELIEVE.search(last_sentence) and len(text.split()) <= WHO_TO_BELIEVE_MAX_WORDS
            and set(aspects_in_text(text, content.aspect_words)) & set(content.topics[last_topic].aspects)):
        return last_topic
    # "lads at the club reckon its just being 61 and the knees wearing out. is that all it is": a yes or no on whether
    # it is the other condition the sentence before it names
    sentences = _sentences(text)
    if len(sentences) > 1 and _IS_THAT_SO.match(sentences[-1]):
        claimed = {_with_aspect(content, [aspect]) for aspect in aspects_in_text(sentences[-2], content.aspect_words)}
        if claimed == {RELATED_CONDITIONS}:
            return RELATED_CONDITIONS
    # "barely any proof it helps long term. so basically no then lol", "shorter, slower, walk breaks. so ur basically saying
    # rest with extra steps" after an answer: that answer, summed up and pushed back on
    if (last_topic in ANSWER_TOPICS and (_SO_BASICALLY_NO.search(text) or _SO_YOURE_SAYING.search(text))
            and len(text.split()) <= SUMMED_UP_MAX_WORDS
            and not set(aspects_in_text(text, content.aspect_words)) - set(content.topics[last_topic].aspects)):
        return last_topic
    # "a month is a decent go tho surely" after the exercises: whether that is long enough, their dose
    if ((last_topic or "").split(".")[0] == EXERCISES and _LONG_ENOUGH_SURELY.search(text)
            and len(text.split()) <= CONTEXT_MAX_WORDS):
        return EXERCISE_DOSE
    # "so a scan wouldnt even show it. brilliant. whats the point of going to the gp at all then": whom to see
    if _POINT_OF_SEEING.search(last_sentence):
        return WHO_TO_SEE
    # "so nobody actually knows whether it helps. great", "so the longer ive had it the worse it is. cheers for that"
    # after an answer: a glum conclusion drawn from it, thanked for in irony, is about that answer
    sentences = _sentences(text)
    if (last_topic in ANSWER_TOPICS and len(sentences) > 1 and _IRONIC_THANKS.match(sentences[-1])
            and any(_SO_CONCLUDED.match(sentence) and "?" not in sentence for sentence in sentences[:-1])):
        return last_topic
    # "what did that 5 year trial find exactly" after an answer that quotes one: that answer
    if (last_topic in ANSWER_TOPICS and _THAT_STUDY.search(text) and _QUOTES_A_STUDY.search(content.topics[last_topic].text)
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS and not aspects_in_text(text, content.aspect_words)):
        return last_topic
    # "if I say no, what's left for me then" after surgery: what is done instead, physio
    # (not another question asked with it: "if I don't have it, can I still run on it?", "and if I don't have it, how
    # long does recovery take with just physio")
    if (last_topic == AFTER_PHYSIO_FAILS and _IF_I_SAY_NO.search(text) and _WHAT_OR_HOW.search(text) and not _HOW_LONG_FOR.search(text)
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS):
        return PT_APPROACH
    # "what can he do to stop that happening", "how does he break that cycle" after the outlook, the classifier unsure:
    # what physio does about it
    if (last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) and _STOP_IT_HAPPENING.search(text)
            and _confidence_of(message, question_intent(message)) < THING_ASKED_LAST_BELOW
            and len(text.split()) <= CONTEXT_MAX_WORDS and not aspects_in_text(text, content.aspect_words)):
        return PT_APPROACH
    # "40% still not right after a year is not exactly reassuring tbh", "4 in 10 not better after a year. mine's been 5
    # years, have I left it too late" after the outlook: the figure quoted back, with no question or about their own
    # time past it, asks how long it takes and whether it lasts
    # (not what to do about it: "4 in 10?? thats grim. whats my best shot then", "what decides which group I end up in")
    if (last_topic == OUTLOOK_TOPIC and _QUOTES_THE_ODDS.search(text)
            and ((not asks_a_question(text) and not _WHAT_OR_HOW.search(text))
                 or _PAST_THE_YEAR.search(text) or _EVER_GOES.search(text) or _NOT_ONE_OF_THEM.search(text))):
        return RECURRENCE_TOPIC
    if last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) and _MONTHS_OR_YEARS.match(text):
        return RECURRENCE_TOPIC
    # "4 in 10 still crook after a year. mate thats grim. so what now then?" after the outlook: what physio does about it
    # (not what then if it lasts: "and if its still there in another 3 months, what then")
    if last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) and _WHAT_NOW_AT_END.search(text) and not _IF_IT_LASTS.search(text):
        return PT_APPROACH
    # "physio cant see me till after the race lol so now what" after who to see, the race still ahead: the race
    if last_topic in (SEEK_HELP_TOPIC, WHO_TO_SEE) and _WHAT_NOW_AT_END.search(text) and _TILL_THE_RACE.search(text):
        return RACE_SOON_TOPIC
    # "if i actually do them properly from now is it too late?", "is it too late for physio to do anything then or
    # what": whether it is too late to get better, the outlook (not one thing weighed against being too late: "can that
    # be trained at 55 or is it too late")
    if _TOO_LATE_AT_END.search(last_sentence):
        return last_topic if last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) else OUTLOOK_TOPIC
    # "its been 5 weeks" after when to get help, "its been 10 wks already" after whether it lasts: how long it has gone
    # on, told against the answer just given; "can i do it at home" after movement retraining: that, done at home
    # (after a cause, the physio's step for it: "can i train that at home" after single-leg control; after the exercises,
    # the rules on their equipment below)
    at_home = _AT_HOME_TOO.match(text) and (last_topic or "").split(".")[0] != EXERCISES
    if last_topic in ANSWER_TOPICS and (_HOW_LONG_SO_FAR_ALONE.match(text) or at_home):
        return next_step(content, last_topic) if at_home and last_topic.split(".")[0] == CAUSES else last_topic
    # "next morning its always stiff tho, like the first 10 steps out of bed. does that count as worse?" after an answer:
    # a check against what that answer said, whatever the story before it names
    if last_topic in ANSWER_TOPICS and _COUNTS_AS_WORSE.search(last_sentence):
        return last_topic
    # "'many runners get back to running they enjoy'. how many is many", "and the ones that dont?" after the outlook: the
    # figures, which the answer on how long it takes gives
    if last_topic == OUTLOOK_TOPIC and _HOW_MANY_RECOVER.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS:
        return RECURRENCE_TOPIC
    # "about 1 in 3 had less pain. so 2 in 3 didnt. not exactly a miracle" after the answer on cadence: its figure, said
    # back and doubted without asking anything new (the outlook's figure asks how long it takes, above)
    if (last_topic in ANSWER_TOPICS and last_topic not in (OUTLOOK_TOPIC, RECURRENCE_TOPIC)
            and _figure_said_back_and_doubted(content, text, content.topics[last_topic])):
        return last_topic
    # "half are better in 7 weeks and the other half?" after the outlook: the same answer (not a race in 7 weeks)
    if ((last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC)
         or (last_topic in ANSWER_TOPICS and _SOME_PEOPLE.search(content.topics[last_topic].text)))
            and _THE_OTHER_HALF.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS):
        return last_topic
    # "better at 12 weeks then nothing after a year. so what's the point of them" after a treatment: that treatment
    # (also why it is offered at all: "so no good evidence. then why doctor offer it?")
    if ((last_topic or "").startswith(TREATMENT + ".") and (_WHATS_THE_POINT.search(last_sentence) or _WHY_THEY_OFFER_IT.search(last_sentence))
            and len(text.split()) <= WHATS_THE_POINT_MAX_WORDS
            and not set(aspects_in_text(text, content.aspect_words)) - set(content.topics[last_topic].aspects)):
        return last_topic
    # "private one's about 400 quid, worth it?" after a treatment: that treatment, its cost weighed (not another thing it
    # names: "is private physio worth the money")
    if ((last_topic or "").startswith(TREATMENT + ".") and _PRICE.search(text) and _WORTH_IT.search(text)
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS
            and not set(aspects_in_text(text, content.aspect_words)) - set(content.topics[last_topic].aspects)):
        return last_topic
    # "but what if there's cartilage damage they're all missing" after scans: whether a scan is needed still
    # (not a part of the body it names: "do you think the physio missed something with my hips?")
    if (last_topic == SCANS_TOPIC and _SOMETHING_MISSED.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS
            and not set(aspects_in_text(text, content.aspect_words)) & _CAUSE_PARTS):
        return SCANS_TOPIC
    # "what would a new physio even find that 3 didnt": not whom to see, what a physio looks for
    if _WHAT_A_NEW_ONE_DOES.search(text):
        return ROOT_CAUSE_STEP
    # "is it worth paying for a second opinion with someone who does gait analysis", read as whether to be seen: who by
    # (also a short question read as something else: "should I be changing physios then")
    if (_SECOND_OPINION.search(text) and asks_a_question(text)
            and (classified.split(".")[0] == SEEK_HELP_TOPIC or len(text.split()) <= CONTEXT_MAX_WORDS)):
        return WHO_TO_SEE
    # "the mobility step, my ankles are super stiff and always have been": the physio's step it names, also when the
    # story after it reads as the cause
    the_step = _THE_STEP.match(text)
    if the_step:
        step = _with_aspect(content, aspects_in_text(the_step.group(1), content.aspect_words), PT_APPROACH)
        if (step or "").startswith(PT_APPROACH + "."):
            return step
    # "they rub like mad on my arches tbh. can i just bin them" after the insoles: whether to stop using the treatment
    # just answered, which that answer covers (not something else it names: "can i ditch the brace and tape it instead")
    # (asked at the end of a few words on it: "the part about after one year. I use them already 2 years. so I take them
    # out?")
    if ((last_topic or "").startswith(TREATMENT + ".") and last_topic in ANSWER_TOPICS and _STOP_USING_IT.search(last_sentence)
            and len(last_sentence.split()) <= NAMED_FOLLOW_UP_MAX_WORDS and len(_sentences(text)) <= 3
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[last_topic].aspects)):
        return last_topic
    left_out = _unanswered_part(content, message, last_topic, named_before)
    if left_out:
        return left_out
    # "and if it still hurts after that?", "and if it's still sore down the line?" after an answer: when to get help
    # (not of a thing it names: "and if it's still sore in a year, do they operate?"; not the next day, the pain
    # guide: "and if its still achy the next day?")
    if (_STILL_SORE_AFTER_IT_ALL.match(text) and last_topic in ANSWER_TOPICS and len(text.split()) <= CONTEXT_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)):
        return SEEK_HELP_TOPIC
    # (also when it names what the answer advised: "and if i faff about with my cadence for 6 weeks and it still hurts?")
    if (_DID_IT_AND_STILL_SORE.match(text) and last_topic in ANSWER_TOPICS
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[last_topic].aspects)):
        return SEEK_HELP_TOPIC
    # "and after the race, what then", "ok. and once the race is done, then what" in a conversation about a race soon:
    # building back up after it (not a thing asked for after it: "and after the race, ice it?")
    if ((last_topic == RACE_SOON_TOPIC or RACE in named_before) and _AFTER_THE_RACE.search(text)
            and (asks_a_question(text) or _NEXT_AT_END.search(text)) and len(text.split()) <= AFTER_THE_RACE_MAX_WORDS
            and not set(asked_aspects(message, content)) & THINGS and not _EXERCISES_WORD.search(text)):
        return _with_aspect(content, [RETURN_TO_RUNNING], PT_APPROACH) or PT_APPROACH
    asked_next = _asked_next(content, message, text, last_topic, named_before)
    if asked_next:
        return asked_next
    carried_on = _carries_on(content, text, last_topic)
    if carried_on:
        return carried_on
    # "how slow" after advice, read as small talk: how much of what that answer said
    if (last_topic in ANSWER_TOPICS and (message.get("intent") or {}).get("name") in CHAT_INTENTS
            and _HOW_MUCH_OF_IT.match(text) and len(text.split()) <= HOW_MUCH_OF_IT_MAX_WORDS):
        return last_topic
    confidence = _top_confidence(message)
    # "... Tried a strap, then a brace, then two months of complete rest ... it's back. I'm starting to wonder
    # if I need some kind of operation. Is that where this ends up?": surgery, asked at the end of the story
    if asks_a_question(text) and any(_NEEDS_AN_OPERATION.search(sentence) for sentence in _sentences(text)[-2:]):
        return _with_aspect(content, [SURGERY], TREATMENT) or AFTER_PHYSIO_FAILS
    # "so should I get another MRI to see if its got worse? its been 18 months": whether to have a scan, which the
    # classifier may read as whether to be seen
    if (classified.split(".")[0] == SEEK_HELP_TOPIC
            and any(_GET_A_SCAN.search(sentence) for sentence in _sentences(text) if "?" in sentence)):
        return SCANS_TOPIC
    # "so I'd be better booking in now rather than waiting it out?", "wait more or book?": whether to get it seen now
    if _SEE_SOMEONE_OR_WAIT.search(text):
        return SEEK_HELP_TOPIC
    # "where would you even start after 3 years of it", "ok so where do I start", after an answer: whom to see first
    # (naming nothing else to start with: not "what about strengthening, where do i start")
    # (after a cause it is what to do about it: "so basically everything's connected lol. where do i actually start";
    # after the physio overview, its first step; and not beside another question: "how do i get back though, where do i
    # even start")
    story_sentences = _sentences(text)
    named_anywhere = aspects_in_text(text, content.aspect_words)
    named_last = aspects_in_text(last_sentence, content.aspect_words)
    start = _WHERE_TO_START_WITHIN.search(last_sentence)
    if (last_topic in ANSWER_TOPICS and start and not (last_topic or "").startswith(CAUSES) and last_topic != PT_APPROACH
            and not asks_a_question(last_sentence[:start.start()]) and len(text.split()) <= WHERE_TO_START_MAX_WORDS
            and set(named_anywhere) <= {GP_OR_PHYSIO}):
        return WHO_TO_SEE
    # "Her instinct is to shut it down completely for six weeks every time it flares. Is that actually helping her?":
    # whether the rest just told helps, why rest alone fails
    if (len(story_sentences) > 1 and _rested(story_sentences[-2]) and _DOES_THAT_HELP.search(last_sentence)
            and not named_last):
        return WHY_REST_FAILS
    # "... The doctor say me it is condromalacia patelar. Is the same like runner knee or is different?": whether the
    # name the story gives is runner's knee, the other names
    if (_SAME_AS_RUNNERS_KNEE.search(last_sentence) and OTHER_NAMES_PART in named_anywhere
            and OTHER_NAMES_PART not in named_last):
        return _with_aspect(content, [OTHER_NAMES_PART]) or FALLBACK_TOPIC
    # "so who do i even ask, GP again? all he said last time was rest it": whom to see, asked outright
    if _WHO_TO_ASK.search(question_part(text) or text):
        return WHO_TO_SEE
    # "how much is it at your place": what the clinic charges, which the answer on whom to see gives the contact for
    if _AT_YOUR_CLINIC.search(text) and (_PRICE.search(text) or _HOW_MUCH.search(text)):
        return WHO_TO_SEE
    # "wait so no running at all?" after an answer: whether to keep running
    if _NO_RUNNING_AT_ALL.match(text):
        return KEEP_RUNNING
    # "pfps 6 yrs. tried everything. anything new out there?": newer treatments, the other therapies (the name of the
    # condition is no question about names)
    if _ANYTHING_NEW.search(last_sentence) and not named_last:
        return OTHER_THERAPIES
    # "... Banded walks, step downs, wall sits, the whole circus. ... So what's actually left to try at this point,
    # medically speaking?": the other therapies
    if _LEFT_TO_TRY.search(question_part(text) or text):
        return OTHER_THERAPIES
    # "yeah those stopped in about march. do they genuinely have to be done forever?" after the exercises (or naming
    # them): how long they go on, their dose
    # (not of another thing it names: "and the insoles, do they stay in forever too")
    if (_DONE_FOREVER.search(last_sentence) and _exercises_asked_about(content, text, last_topic)
            and not set(named_last) & THINGS):
        return EXERCISE_DOSE
    # "... I take a couple of tablets before the long walks and then it's fine. Is that alright to carry on doing?":
    # whether the one thing the sentence before names is all right
    if len(story_sentences) >= 2 and _IS_THAT_OK.search(last_sentence) and not named_last:
        told = set(aspects_in_text(story_sentences[-2], content.aspect_words)) & THINGS
        found = len(told) == 1 and _with_aspect(content, list(told))
        if found:
            return found
    # "knee. 3 yrs. stairs. help": a story of the knee told in a few words, ending in a call for help, its symptoms
    if ((message.get("intent") or {}).get("name") == HELP_INTENT and _HELP_AT_THE_END.search(text) and _KNEE.search(text)
            and len(story_sentences) > 1 and not asks_a_question(_HELP_AT_THE_END.sub("", text))):
        return SYMPTOMS_TOPIC
    # "... all day I squat down to pick boxes ... is the work or the running that make my knee bad?": which of two things
    # causes it, asked at the end of a story: the causes (or the one cause part it names)
    if _WHICH_OF_TWO_DID_IT.search(last_sentence):
        parts = [aspect for aspect in named_last if aspect in _CAUSE_PARTS]
        return (len(set(parts)) == 1 and _with_aspect(content, parts, CAUSES)) or CAUSES
    # "... caused by: my hips, my feet, my quads ... Which one is it actually. Pick one.": which of the many causes it
    # lists, the causes (each one's part is in that answer; not one of two or three: "weak quads vs weak hips, which one
    # is it usually?")
    if (any(_WHICH_ONE.search(sentence) for sentence in story_sentences[-2:])
            and len(set(named_anywhere) & _BLAMED) >= WHICH_ONE_MIN_BLAMED):
        return CAUSES
    # "My daughter thinks I should see a physio but is there any point at my age?", "is physio even worth it": what
    # physio does (not a thing the physio offers: "physio offered dry needling, worth it?"; nor when to go: "when's it
    # worth seeing a physio", "Would a physio be worth it or is that overkill")
    if (_PHYSIO_WORTH.search(last_sentence) and not _WHEN_WHO_OR_WAIT.search(last_sentence) and not _rested(last_sentence)
            and not set(aspects_in_text(last_sentence, content.aspect_words)) & (THINGS | set(MEDICINES))):
        return PT_APPROACH
    # "ok last thing, will this chat still be here if i come back tomorrow?": what is kept of the chat, which the question
    # names, when the classifier is unsure ("come back" read as the knee's)
    if (confidence < PRIVACY_NAMED_UNSURE_BELOW and PRIVACY_ASPECT in asked_aspects(message, content)
            and asks_a_question(text)):
        return PRIVACY
    # "gp has told me to rest it twice ... is there any point going back to the gp", "... keeps saying give it time.
    # Would it be mad to switch to someone else?": whom to see, the one thing the question names, when the classifier
    # is unsure of the story around it
    # (not a question alone: "does it get sent to my GP?", "what would a new physio do that the last one didnt")
    if (confidence < CONTEXT_UNSURE_BELOW and asks_a_question(last_sentence) and len(story_sentences) > 1
            and named_last == [GP_OR_PHYSIO]
            and not _PHYSIO_WORTH.search(last_sentence)):
        return WHO_TO_SEE
    # "rested 6 weeks like the GP said, first run back and it's aching again. gutted": why rest
    # alone did not fix it (a story, but this is what it is about), unless the classifier is sure
    # of something else
    # (also when it only tells it: "took 4 wks off, first run back and the ache is straight back", and when the
    # classifier reads why rest fails too: "did 3 weeks off, first parkrun back and it's sore again. Now what?")
    # (not when it asks whether physio helps: "... tried resting twice, it comes back. Is this something a
    # physio could help with?")
    # (not a cause it names: "... I took a month off at Christmas and it was back by February. ... Could tight muscles be
    # what's causing it?")
    # (nor when its question, read alone, surely asks something else: "... tried 6 weeks off, it came straight back
    # after ... does it ever actually go away for good"; "... it came back. Why this is happening?" and "... What am I
    # doing wrong?", read alone as the causes, still ask why rest failed)
    rested_then_back = _rested_then_pain_back(text)
    rest_not_asked = (rested_then_back and _asks_something_else(message, WHY_REST_FAILS) and not _ASKS_WHY.search(last_sentence)
                      and not TOPIC_BY_INTENT.get(_question_alone(message) or "", "").startswith(CAUSES))
    if (rested_then_back and not _PHYSIO_HELPS.search(last_sentence) and not rest_not_asked
            and not (_story_asks_the_cause(text) and set(asked_aspects(message, content)) & _CAUSE_PARTS)
            and (confidence < RESTED_UNSURE_BELOW or not asks_a_question(text)
                 or (message.get("intent") or {}).get("name") in (SYMPTOMS_INTENT, INTENT_BY_TOPIC[WHY_REST_FAILS]))):
        return WHY_REST_FAILS
    # "I gave up running 3 years ago becuase of this and it STILL hurts going down the stairs at work. Why hasnt stopping
    # fixed it?": why rest alone fails, asked in its own words
    if _WHY_REST_DID_NOT.search(last_sentence) and not asked_aspects(message, content):
        return WHY_REST_FAILS
    # "hes done literally everything they told him tho. why is it taking so long": how long it takes (not "is that why
    # it's taking so long?" after a rest, below)
    if (_TAKING_SO_LONG.search(last_sentence) and asks_a_question(last_sentence) and not _IS_THAT_WHY.search(last_sentence)
            and not set(asked_aspects(message, content)) - {RECURRENCE_PART}):
        return RECURRENCE_TOPIC
    # "I've not run at all since it started, 5 weeks now. is that why it's dragging?": whether the rest is why
    if _rested(text) and _IS_THAT_WHY.search(last_sentence) and not asked_aspects(message, content):
        return WHY_REST_FAILS
    # "if i just take a week off will it go away?": whether rest alone fixes it
    # (its last clause: "ok good. the ache at the front after runs though, will it just go if I leave it")
    # ("will it just go away on its own if i leave it": leaving it is resting it, also when the classifier
    # reads how long it takes)
    # (not when it asks whether physio helps: "tried resting twice, each time it settles. Would a physio help?", nor what
    # to do instead: "ok so what should i be doing then, if resting doesnt fix it")
    # (not whether it ever goes: "I stopped running 10 years ago ... it still hurts on stairs. Will it ever go away?")
    # (nor a question about something else after a story of rest, when the classifier is sure of it: "... 6 months
    # completely off ... Would an operation sort it at this stage")
    if ((_rested(text) or _LEAVES_IT.search(text)) and _GOES_AWAY.search(text) and not _PHYSIO_HELPS.search(last_sentence)
            and not (_asks_something_else(message, WHY_REST_FAILS) and not _rested(last_sentence)
                     and not _LEAVES_IT.search(last_sentence))
            and not _DO_INSTEAD.match(text) and not _EVER_GOES.search(last_sentence)
            and len(re.split(r"[,;]", last_sentence)[-1].split()) <= REST_FIXES_MAX_WORDS
            and len(last_sentence.split()) <= REST_FIXES_SENTENCE_MAX_WORDS
            and (confidence < RESTED_UNSURE_BELOW or (_LEAVES_IT.search(text) and TOPIC_BY_INTENT.get(
                (message.get("intent") or {}).get("name") or "") in (OUTLOOK_TOPIC, RECURRENCE_TOPIC)))):
        return WHY_REST_FAILS
    intent = question_intent(message)
    # "so can u tell me what i have", alone: whether the assistant diagnoses
    if _TELL_ME_WHAT_I_HAVE.match(text):
        return ABOUT
    # a question about the assistant the classifier is sure of ("..., am I talking to a robot")
    if TOPIC_BY_INTENT.get(intent or "") in ASSISTANT_TOPICS and confidence >= ASSISTANT_SURE_ABOVE and asks_a_question(text):
        return TOPIC_BY_INTENT[intent]
    # "my quads are super tight, is that why my knee hurts?", "my IT band is tight": tight muscles are what the
    # stretching answer is about (tight hips or ankles are joint mobility, a cause of its own)
    # (also when the classifier already chose stretching: the cause the sentence names does not take it)
    leaning = TOPIC_BY_INTENT.get(intent or "", "")
    # (not when the classifier is sure it asks about stiff joints named too: "Tight calves and ankles that
    # barely bend, could that have anything to do with my knee?")
    # (nor when the question is about something else the tightness is only told beside: "... Calves are always tight
    # after hill reps too but that's normal for me. Should I drop the hill session?")
    # (also said as sure of it: "quads are tight as a drum tho. surely thats got something to do with it")
    if (_TIGHT_MUSCLE.search(text) and (asks_a_question(text) or _SURELY_LINKED.search(text)) and _tightness_asked(text)
            and (leaning == STRETCHING or leaning.split(".", 1)[0] in TIGHT_MUSCLE_MEANS_STRETCHING_IN)
            and not (leaning == MOBILITY_CAUSE and confidence >= STORY_KEEPS_QUESTION_ABOVE and _STIFF_JOINT.search(text))
            # (nor when it is sure the question is whether it is another condition: "could it be my IT band instead?
            # the outside of my thigh feels tight")
            and not (leaning == RELATED_CONDITIONS and confidence >= STORY_KEEPS_QUESTION_ABOVE)
            # (nor when someone else called it tight and the question asks whether it is that other condition: "...
            # massage therapist said my IT band is super tight and thats what it is, physio ... said patellofemoral. which
            # one is right, could it be the IT band after all?")
            and not (leaning == RELATED_CONDITIONS
                     and any(_COULD_IT_BE_ANOTHER.search(sentence) for sentence in _sentences(text) if "?" in sentence)
                     and any(_TIGHT_MUSCLE.search(sentence) and _SOMEONE_SAID.search(sentence) for sentence in _sentences(text)))):
        return STRETCHING
    # "pain is just under my kneecap after jump drills, is that runners knee?": pain below the kneecap, where tendon
    # pain is, asks whether it is something else
    if _BELOW_THE_KNEECAP.search(text) and _IS_IT_RUNNERS_KNEE.search(text):
        return RELATED_CONDITIONS
    # "... aches at the front on stairs since i started, is that from the running?": what causes it
    # (of a part it names: "is that from the hills?"; "could it be down to my shoes?" asks about shoes)
    # (also asked before the story goes on: "is it from being pregnant? midwife said the hormones hang about")
    # (also "What's actually behind runner's knee? Mine started after I went hybrid, ...", "is it hormones?")
    if (_FROM_WHAT.search(last_sentence)
            or ("?" in text and any(_FROM_WHAT.search(s) or _WHAT_CAUSES_CLAUSE.search(s) for s in _sentences(text) if "?" in s))
            or _WHAT_CAUSES_CLAUSE.search(last_sentence) or _HOW_YOU_GET_IT.search(text) or _PUT_DOWN_TO_ME.search(text)):
        # (a jump in mileage names the training load: "what set it off though, I only went fae 25 to 40 mile a week")
        causes_named = asked_aspects(message, content) or ([TRAINING_LOAD] if _MILEAGE_JUMP.search(text) else [])
        # (miles named to say they did not change: "what brings it on? I'm hardly pounding out the miles")
        if _NO_LOAD_CHANGE.search(text):
            causes_named = [aspect for aspect in causes_named if aspect != TRAINING_LOAD]
        # (what usually causes it asks for the causes in general, whatever the story before it names: "... went from 30
        # miles a week to 50 ... What usually causes this?")
        usually = [sentence for sentence in _sentences(text) if "?" in sentence and _WHAT_USUALLY_CAUSES.search(sentence)]
        if usually:
            causes_named = aspects_in_text(usually[-1], content.aspect_words)
        if set(causes_named) <= _CAUSE_PARTS:
            return (causes_named and _with_aspect(content, causes_named, CAUSES)) or CAUSES
    # "is it the mileage? been doing back to back 20s": the cause it names
    if any(_IS_IT_THE.match(sentence) for sentence in _sentences(text) if "?" in sentence):
        causes_named = asked_aspects(message, content)
        if causes_named and set(causes_named) <= _CAUSE_PARTS:
            return _with_aspect(content, causes_named, CAUSES) or CAUSES
    # "so was i overdoing it": whether the training load brought it on
    if _DID_I_OVERDO.search(last_sentence) and set(asked_aspects(message, content)) <= _CAUSE_PARTS:
        return _with_aspect(content, [TRAINING_LOAD]) or CAUSES
    # "i mean i did go from like 15k a week to 35 since jan" after the causes: the training load
    # (not a question of its own: "went from 20 to 40 miles, should I stop?")
    # (the race it was for named too: "In summer I do big jump in kilometres for the half marathon")
    if (_MILEAGE_JUMP.search(text) and set(asked_aspects(message, content)) - {RACE} <= _CAUSE_PARTS
            and ((not asks_a_question(text) and _MILEAGE_JUMP.search(last_sentence)
                  and (last_topic or "").split(".")[0] in (CAUSES, SYMPTOMS_TOPIC, FIRST_TOPIC))
                 or _THAT_DID_IT.search(last_sentence))):
        return _with_aspect(content, [TRAINING_LOAD]) or CAUSES
    # "did 50k trail ultra last Sunday ... since then ache around both kneecaps on stairs": a race already
    # run, told with no question, is a story (its "did" opens no question)
    # (not with another race ahead: "ran a half last week and have a 10k next sunday, should i run it")
    if ("?" not in text and leaning == _with_aspect(content, [RACE]) and RACE in asked_aspects(message, content)
            and any(_RACE_WAS.search(sentence) and _RACE_RAN.search(sentence) for sentence in _sentences(text))
            and not any(asks_a_question(_OPENING_DID.sub("", sentence)) for sentence in _sentences(text))
            and not _race_soon(text, content)):
        return SYMPTOMS_TOPIC
    # "does October still look doable then": whether the race still is
    if (_DOABLE.search(text) and (_MONTH_NAMED.search(text) or RACE in asked_aspects(message, content))
            and len(text.split()) <= DOABLE_MAX_WORDS):
        return _with_aspect(content, [RACE]) or FALLBACK_TOPIC
    # "so do i ditch the hills for the rest of the block", "Plan says 5 hours this weekend. Do I cut it short or push
    # through?": easing a training run, which the answer on running with pain covers (even with a race ahead, when the
    # question doesn't name the race)
    if _adjusts_training(text, content, last_topic) and set(asked_aspects(message, content)) <= RACE_SOON_PARTS | {TRAINING_LOAD}:
        return _with_aspect(content, [RUNNING_WITH_PAIN]) or FALLBACK_TOPIC
    # "first ever 10k next sat!! knee achy all week, will i be ok to run it": a race soon, also at the
    # end of a story (not the weather on race day, nor painkillers or tape for it)
    # (not when the classifier is sure the question is about something else the race only frames: "is keyhole
    # surgery an option before my marathon in 7 weeks?", "should I get it looked at? 2.5 weeks to Valencia")
    if (intent != OUT_OF_SCOPE_INTENT and asks_a_question(text) and _race_soon(text, content)
            and set(asked_aspects(message, content)) <= RACE_SOON_PARTS
            and not (leaning not in RACE_CAN_ANSWER and intent in QUESTION_INTENTS
                     and _confidence_of(message, intent) >= SURE_OF_QUESTION_ABOVE)):
        return _with_aspect(content, [RACE]) or FALLBACK_TOPIC
    # "shorter slower runs yeah tried that. im plodding along ... and it still starts grumbling around 4k. so what now":
    # the answer's advice tried, and what now, after an answer: the next step, or how physio helps when that step is
    # more of the same ("I already do the glute stuff. bridges, monster walks, clams. so what now?" after exercises)
    if (last_topic in ANSWER_TOPICS and _WHAT_NOW_AT_END.search(text) and _TRIED_THAT.search(text)
            and len(_sentences(text)) > 1):
        step = next_step(content, last_topic)
        return PT_APPROACH if step.split(".")[0] == last_topic.split(".")[0] else step
    # "... things ive tried: rest (3 months, twice), foam roller, KT tape, 3 different pairs of shoes, ... nothing has stuck.
    # what am i meant to do next??": what now, after a list of what was tried, is what physio does
    # (also after a longer story the classifier is unsure of: "... I've been following YouTube rehab videos ... it got a
    # bit better but has totally plateaued. I'd love to get back to half marathons. Where do I go from here?")
    if (_WHAT_NEXT.search(last_sentence) and not aspects_in_text(last_sentence, content.aspect_words)
            and len(text.split()) >= KNEE_STORY_MIN_WORDS
            and (_things_tried(content, text) >= TREATMENTS_TRIED_MIN
                 or (len(_sentences(text)) >= 3 and _top_confidence(message) < CONTEXT_UNSURE_BELOW))):
        return PT_APPROACH
    # "knee sore at the front on stairs after runs, what can I do": a story that ends asking only what to do, the
    # next step (what a physio does, or the step for the part answered last), not what it is
    # (a story of the pain: not "it's 5 weeks away now, what do I do about that" after a race)
    if (_WHAT_DO_I_DO_AT_END.search(text) and len(text.split()) >= WHAT_DO_I_DO_STORY_MIN_WORDS and _ABOUT_PAIN.search(text)
            and not asked_aspects(message, content) and leaning in (FIRST_TOPIC, SYMPTOMS_TOPIC, "")):
        return next_step(content, last_topic)
    # "Hiker not a runner, but my physio called it runners knee. ... Am I going to make it worse by going or is it ok to
    # carry on?": a story the classifier reads as what it is, that asks whether to keep going
    if (leaning in (FIRST_TOPIC, SYMPTOMS_TOPIC) and _CARRY_ON_OR_WORSE.search(last_sentence) and asks_a_question(last_sentence)
            and not _race_soon(text, content) and set(asked_aspects(message, content)) <= set(KEEP_RUNNING_PARTS)):
        return _with_aspect(content, [RUNNING_WITH_PAIN]) or FALLBACK_TOPIC
    # "can I still do my parkrun every Saturday": a weekly run, whether to keep running (not a race soon)
    # (also told, then asked whether it is wise: "... she still does parkrun every saturday. is that daft")
    if (_EVERY_WEEK.search(text) and not _race_soon(text, content)
            and ((_CAN_STILL_RUN.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS)
                 or (_STILL_RUNS.search(text) and _IS_IT_WISE.search(last_sentence)))
            and set(asked_aspects(message, content)) <= RACE_SOON_PARTS):
        return _with_aspect(content, [RUNNING_WITH_PAIN]) or FALLBACK_TOPIC
    # '"single leg control" - what is that exactly', 'what means "stance phase"?': the answer about the first part
    # the quoted term names, its cause ('"retrain how you move and land on one leg" meaning what exactly' asks
    # about retraining), or in the family of an answer that says it ('What means "free up stiff ankles"? How they
    # do this' after the physio's first step asks about the physio's mobility step; "the hip drop thing ..., what's
    # that" names its term unquoted). A term that names no part of an answer but is in the answer just given asks
    # about that answer, when the runner asks how it is meant ('"lingers" as in how long' after when to be seen; not
    # '"active treatment" meaning what' after why rest fails, which asks what the treatment is).
    quoted_term = _QUOTED_TERM.search(text)
    # (a term the runner says the assistant mentioned is read in the conversation, below: "ok and the hip stuff you
    # mentioned, whats that about")
    the_term = None if quoted_term or _YOU_MENTIONED.search(text) else _THE_TERM_THING.search(text)
    if (quoted_term or the_term) and _ASKS_WHAT_A_TERM_MEANS.search(text) and len(text.split()) <= WHAT_A_TERM_MEANS_MAX_WORDS:
        term = quoted_term.group(1) or quoted_term.group(2) if quoted_term else the_term.group(1)
        named = aspects_in_text(term, content.aspect_words)[:1]
        saying = [topic_id for topic_id in (last_topic, *ANSWER_TOPICS) if topic_id in ANSWER_TOPICS
                  and term.lower() in content.topics[topic_id].text.lower()]
        if quoted_term and _AS_IN.search(text) and not named and saying and saying[0] == last_topic:
            return last_topic
        family = content.topics[saying[0]].family if saying else CAUSES
        found = named and (_with_aspect(content, named, family) or _with_aspect(content, named))
        if found:
            return found
    # "start with what it is I guess": what it is
    if (_WHAT_IT_IS_FIRST.search(text) and len(text.split()) <= WHAT_IT_IS_FIRST_MAX_WORDS
            and not asked_aspects(message, content)):
        return FIRST_TOPIC
    # "so if it's not my feet what is it then": the other causes
    # (with a condition ruled out, what else it could be is another condition: "if its not arthritis then what else could
    # it be"; not "So if it isn't wear and tear, what IS driving it?", which asks the causes)
    if _IF_NOT_THAT.search(text) and len(text.split()) <= WHAT_ELSE_MAX_WORDS:
        if _COULD_IT_BE.search(text) and set(aspects_in_text(text, content.aspect_words)) & CONDITIONS_NAMED:
            return RELATED_CONDITIONS
        return CAUSES
    # "... a dull ache round my kneecap when i go down hills. what even is this": what it is (not a scan report)
    # (nor another part of the body: "not knee but my hamstring feels tight after sprints, what is it")
    # (not about a numbered step: "And step 4, the movement retraining, what is it exactly")
    if (_WHAT_IS_IT_AT_END.search(text) and not set(asked_aspects(message, content)) & SCAN_FINDINGS
            and not _NOT_THE_KNEE.search(text) and not (_ORDINAL_PART.search(text) and _STEP.search(text))):
        # ("one girl is having shin pain on the inside of leg, what is that?": another injury, which the
        # assistant does not diagnose)
        # ("My knee is fine now but my ankle is paining me ... What is it?": the knee ruled out)
        # ("unrelated but my shoulder clicks and aches on bench press, what would that be": not the leg at all)
        if ((_ANOTHER_PART.search(text) or _UPPER_BODY.search(text))
                and (not _KNEE.search(text) or _KNEE_IS_FINE.search(text))):
            return OUT_OF_SCOPE
        return FIRST_TOPIC
    # "... and my right heel, stiff first thing. Start with the heel please, what is it and how do I treat it?": treating
    # another part of the body, which the assistant does not advise on (not one a topic covers: "how do I fix my stiff ankle")
    # (nor when the words that name a step only say when it hurts: "Heel pain first step in the morning ..., how to
    # treat that one?")
    if (_ANOTHER_PART.search(last_sentence) and not _KNEE.search(last_sentence)
            and _HOW_TO_TREAT.search(last_sentence)
            and not set(aspects_in_text(last_sentence, content.aspect_words)) & _PARTS_AN_ANSWER_COVERS):
        return OUT_OF_SCOPE
    if _WHAT_TO_BRING.search(last_sentence) and len(last_sentence.split()) <= PLAN_MAX_WORDS:
        return ROOT_CAUSE_STEP
    # (also a short sentence after a remark: "Hips AND knees. Groundbreaking. Which hip ones")
    if any(_WHAT_PART_STUFF.search(sentence) and len(sentence.split()) <= CONTEXT_MAX_WORDS for sentence in _sentences(text)[-2:]):
        return EXERCISE_EXAMPLES
    # "nurse doing 12s. when am i meant to fit in 40 mins of knee exercises??", "could i split it up?", "and if i miss
    # 2 days in a row does it all undo itself", "whats the bare minimum i can get away with": how much and how often
    # (not the running: "can I split my long run into two")
    if ((_FIT_THEM_IN.search(text) and (last_topic in EXERCISE_ADVICE or _names_exercises(content, text)))
            or _MISSED_DAYS.search(text) or _BARE_MINIMUM.search(text)) and not _RUNNING_NAMED.search(text):
        return EXERCISE_DOSE
    # "first physio appt was all hopping on one leg and squatting ... is that normal", "what were all the hopping and
    # balance tests at the end of the session for", "ok so what was she actually checking then": the assessment
    if _WHAT_THEY_CHECKED.search(text) and asks_a_question(text) and not _RUNNING_NAMED.search(last_sentence):
        return ROOT_CAUSE_STEP
    # "should i be icing after my exercises?": ice, whatever else it names
    if _SHOULD_I_ICE.search(text) and len(text.split()) <= SHOULD_I_ICE_MAX_WORDS:
        return _with_aspect(content, [ICE_HEAT]) or leaning
    # "Week 5 of physio exercises ... When can I try an actual run??": the return to running
    if (_WHEN_CAN_I_RUN.search(last_sentence) and RACE not in named_before
            and RACE not in aspects_in_text(text, content.aspect_words)):
        return _with_aspect(content, [RETURN_TO_RUNNING], PT_APPROACH) or PT_APPROACH
    # "can i go to 3 min runs next time or is that too keen" in a walk-run plan: the return to running
    if _RUN_WALK_PLAN.search(text) and _MOVE_ON.search(text) and asks_a_question(text):
        return RETURN_TO_RUNNING_STEP
    # "honestly the clamshells feel like a waste of time. my KNEE hurts not my bum. why am i even doing them": the
    # hips' part in it (not "why hasnt that sorted it", which asks why they didn't work)
    if ((_NOT_THE_HIP.search(text) or (_HIP_EXERCISE.search(text) and (_WHAT_FOR.search(text) or _WHY_SO_MANY.search(text))))
            and not _NOT_THE_HIPS_ASKED.search(text)):
        return _with_aspect(content, ["hip"], CAUSES) or CAUSES
    # "whats the step down actually for, it feels pointless": the movement retraining it is part of; "the leaflet
    # exercises are quad sets and straight leg raises ... what are they meant to be doing?": the quads' part
    # ("why has my plan got so many quad things in it. wall sits, leg extensions, step ups, the lot")
    if ((_WHAT_IT_IS_FOR.search(text) or _WHY_SO_MANY.search(text)) and not _NOT_THE_HIPS_ASKED.search(text)
            and not _HIP_EXERCISE.search(text)):
        if _QUAD_EXERCISE.search(text):
            return _with_aspect(content, ["quads"], CAUSES) or CAUSES
        if _STEP_DOWN.search(text):
            return _with_aspect(content, ["movement"], PT_APPROACH) or PT_APPROACH
    # "knee is grumbly today, like a 4/10. do i still do my exercises or skip today": the exercises' dose
    if _DO_THEM_TODAY.search(text) and asks_a_question(text) and not _RUNNING_NAMED.search(text):
        return EXERCISE_DOSE
    # "right ok. and the mini squats?" after what the clams are for: what that exercise is for
    if last_topic in EXERCISE_PART_TOPICS and len(text.split()) <= JUST_AN_EXERCISE_MAX_WORDS:
        named = _JUST_AN_EXERCISE.match(text)
        part = named and not _MORE_THAN_A_NAME.search(named.group("named")) and _exercise_part(content, named.group("named"))
        if part:
            return part
    # "twinge on step downs, right knee. keep going?", "should I still do tonight's session or give it a miss" in the
    # exercises: their dose and pain guide (not with running named: "keep going with my runs?")
    carries_on = _CARRY_ON.search(text) and (_HURTS.search(text) or _EFFORT.search(text) or _PAIN_SCORE.search(text))
    if ((carries_on or _SKIP_A_SESSION.search(text)) and asks_a_question(text)
            and not _RUNNING_NAMED.search(text) and not _RUNNING_SESSION.search(text)):
        named_here = set(aspects_in_text(text, content.aspect_words))
        in_the_exercises = (EXERCISE_TYPES in named_here or _REHAB_NAMED.search(text) or _HIP_EXERCISE.search(text)
                            or _QUAD_EXERCISE.search(text) or _STEP_DOWN.search(text) or _SESSION.search(text)
                            or last_topic == EXERCISE_DOSE)
        if in_the_exercises and named_here <= EXERCISES_NAMED | {DOSAGE, FATIGUE, RUNNING_WITH_PAIN}:
            return EXERCISE_DOSE
    # "she said daily but my legs are knackered", "like the day after, knee aches more going down the stairs", "only on
    # the way down" after the exercises' dose: how they feel, told for that guide (not a new question: "why does it
    # ache more on stairs?")
    if (last_topic == EXERCISE_DOSE and len(text.split()) <= EXERCISE_PAIN_MAX_WORDS and not _RUNNING_NAMED.search(text)
            and (_HURTS.search(text) or _EFFORT.search(text) or _WHEN_IT_HURTS.search(text)) and not asks_a_question(text)
            and not _WHY_ANYWHERE.search(text)
            and set(aspects_in_text(text, content.aspect_words)) <= EXERCISES_NAMED | {DOSAGE, FATIGUE}):
        return EXERCISE_DOSE
    # "its usually gone by the time ive had a shower so thats ok then?" after the pain guide of the exercises or the
    # running: that guide
    if (last_topic in (EXERCISE_DOSE, KEEP_RUNNING) and _SETTLED_SOON.search(text) and asks_a_question(text)
            and len(text.split()) <= SETTLED_SOON_MAX_WORDS):
        return last_topic
    # "... danced all night ... have I undone 3 weeks of work in one night": a setback, how it goes in the long run;
    # after a run ("tried a 5k on saturday ... have i undone everything"): how to build back up; after days without
    # the exercises ("... did literally nothing for 8 days ... Have I undone all the progress??"): their dose
    if _UNDONE.search(text) and asks_a_question(text):
        if _RUNNING_NAMED.search(text):
            return RETURN_TO_RUNNING_STEP
        return EXERCISE_DOSE if _MISSED_DAYS.search(text) or _EXERCISES_WORD.search(text) else OUTLOOK_TOPIC
    # "the step downs felt awful ... does that mean im back to square one??": the exercises' dose
    if (_SQUARE_ONE.search(text) and asks_a_question(text) and not _RUNNING_NAMED.search(text)
            and (_EXERCISES_WORD.search(text) or _names_exercises(content, text))):
        return EXERCISE_DOSE
    # "Can I do 3k next time?", "doesnt that mean im ok to add time?" after the return to running: that return
    if last_topic == RETURN_TO_RUNNING_STEP and _ADD_TO_THE_RUNS.search(text) and asks_a_question(text):
        return RETURN_TO_RUNNING_STEP
    # "should i ring the physio about it or just wait till my appt", "worth bothering my GP with it then?", "do I ring
    # them before my appt": when to be seen
    if _TELL_A_CLINICIAN.search(text) and asks_a_question(text):
        return SEEK_HELP_TOPIC
    # "I've done clamshells, glute bridges and wall sits for 3 weeks ... Why aren't they working?": how long
    # exercises take to work, which is their dose
    # (also "i did exercises tho. 6 weeks of them. isnt that enough?")
    if ((_WHY_NOT_WORKING.search(text) or _WEEKS_NOT_ENOUGH.search(text))
            and (_names_exercises(content, text) or _EXERCISES_WORD.search(text)
                 or (last_topic in EXERCISE_ADVICE and len(text.split()) <= CONTEXT_MAX_WORDS))):
        return EXERCISE_DOSE
    # "and the exercises, can i drop them to twice a week now the running is going ok": how often, their dose
    if (_FEWER_SESSIONS.search(text) and asks_a_question(text)
            and (_EXERCISES_WORD.search(text) or _names_exercises(content, text))):
        return EXERCISE_DOSE
    # "so more wall sits or heavier on the leg press?", "should i add a band to the clams?": making the exercises
    # harder, which is their dose, asked in the last sentence (not the runs: "add a hill to my runs"; not "never
    # lifted anything heavier than the weekly shop ... Why does strength matter so much?")
    # (after the exercises, "them" are those: "so what then, more of them? heavier band?")
    after_exercises = (last_topic or "").split(".")[0] == EXERCISES
    if (_MORE_LOAD.search(last_sentence) and asks_a_question(text) and not _RUNNING_NAMED.search(text)
            and (_names_exercises(content, text) or _EXERCISES_WORD.search(text) or after_exercises)):
        return EXERCISE_DOSE
    if after_exercises and _MORE_OF_THEM.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS and not _RUNNING_NAMED.search(text):
        return EXERCISE_DOSE
    # "so keep the exercises up?", "so do i keep doing the glute stuff or not": going on with them, their dose (the
    # strength work, when a part of the body names them)
    keep_doing = _KEEP_DOING_EXERCISES.search(text)
    if keep_doing and asks_a_question(text) and len(text.split()) <= KEEP_DOING_EXERCISES_MAX_WORDS and not _RUNNING_NAMED.search(text):
        parts = [aspect for aspect in aspects_in_text(keep_doing.group(0), content.aspect_words) if aspect in ("hip", "quads")]
        return STRENGTH_STEP if parts else EXERCISE_DOSE
    # "the wall sit kinda burns at the front of my knee, maybe a 3/10. normal or should i stop", "so do i skip todays
    # or what", "and if level 3 makes it ache?" after the exercises' dose: its pain guide (not the runs, and not
    # "why does it ache more on the stairs")
    # (with an exercise named, only a pain score or an effort: "Squats too, or skip them?", "deep squats hurt, do i
    # just cut the depth" ask whether or how to do that exercise)
    if (last_topic == EXERCISE_DOSE
            and (_PAIN_SCORE.search(text) or _EFFORT.search(text)
                 or (not _names_exercises(content, text) and (_HURTS.search(text) or _STOP_OR_SKIP.search(text))))
            and len(text.split()) <= DOSE_PAIN_MAX_WORDS and not _RUNNING_NAMED.search(text)
            and not _RUNNING_SESSION.search(text) and not _ASKS_WHY.search(text)
            and set(aspects_in_text(text, content.aspect_words)) <= EXERCISES_NAMED | {RUNNING_WITH_PAIN}):
        return EXERCISE_DOSE
    # "so should I stop then? it hurts like hell doing it" after stretching (or foam rolling): whether to keep on with it,
    # which that answer says (stretches that feel comfortable), not whether to stop running
    if (last_topic == STRETCHING and _HURTS.search(text) and _STOP_OR_SKIP.search(text)
            and len(text.split()) <= DOSE_PAIN_MAX_WORDS and not _RUNNING_NAMED.search(text) and not _ASKS_WHY.search(text)
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[STRETCHING].aspects)):
        return STRETCHING
    # "why does it always start about halfway tho, like clockwork", "and why is it always the last 6k": why it comes
    # on late in a run, which is tiring muscles (not with a cause named: "why does it hurt after 5k, is it my shoes")
    if (_ASKS_WHY.search(text) and _CLEARLY_LATE_IN_RUN.search(text) and len(text.split()) <= CLEARLY_LATE_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)):
        return _tiring_cause(content)
    # "none of them watched me run once. is that normal?" after the physio's approach (or naming the physio): how
    # the physio looks for the cause
    # (not with something else named or asked: "filmed me running and said my knee caves in", "can they fix how i
    # move?", "who's supposed to watch me run then, do i need my family doctor to refer me")
    if (_WATCHED_ME_RUN.search(text) and asks_a_question(text) and not _FIXED.search(text) and not _WHO_OR_REFERRAL.search(text)
            and not aspects_in_text(text, content.aspect_words)
            and ((last_topic or "").startswith(PT_APPROACH) or re.search(_CLINICIAN, text, re.I))):
        return ROOT_CAUSE_STEP
    # "worn a knee sleeve for every run ... Am I getting dependant on it? Should I be weaning off?": the brace,
    # tape or insoles it is about (named in the message, else the one just answered)
    if _DEPENDENT_ON.search(text) and asks_a_question(text):
        worn = [topic_id for topic_id in WORN
                if set(aspects_in_text(text, content.aspect_words)) & set(content.topics[topic_id].aspects)]
        if len(worn) == 1:
            return worn[0]
        if not worn and last_topic in WORN:
            return last_topic
    # "Everything on my sheet is easy now ... What comes next?", "two legs feels like nothing now. move to one?",
    # "when am i supposed to move up to level 3": when to make the exercises harder, which is their dose
    # (not the running: "the 5k is easy now, when can I go longer")
    if (_EASY_NOW.search(text) and asks_a_question(text) and not _RUNNING_NAMED.search(text)
            and (last_topic in EXERCISE_ADVICE or _names_exercises(content, text) or len(text.split()) <= CONTEXT_MAX_WORDS)):
        return EXERCISE_DOSE
    # what works, after a treatment or stretching that did not help: the next step, the exercises
    # (naming nothing but the treatment just answered: "if the brace doesnt fix it then what actually does")
    if ((_a_treatment(last_topic) or last_topic == STRETCHING) and _WHAT_WORKS.search(text)
            and len(text.split()) <= WHAT_WORKS_MAX_WORDS and not _STOP_OR_GO_ON.search(text)
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[last_topic].aspects)):
        return next_step(content, last_topic)
    # "its been about 5 weeks now, is that long?" after when to be seen: whether that is long enough to be seen
    if (last_topic is not None and last_topic.startswith(SEEK_HELP_TOPIC) and _IS_THAT_LONG.search(text)
            and len(text.split()) <= CONTEXT_MAX_WORDS):
        return SEEK_HELP_TOPIC
    # "can you write me a 10 week plan back to a half?": a training plan, which the assistant does not write
    # (also at the end of a story: "... she wants a marathon next year. Could you write her a training plan?")
    # (not from the physio: "will they give me a strength programme")
    plan = _TRAINING_PLAN.search(last_sentence)
    # (nor how long to give a plan: "how long do I give a new exercise plan before I call it a failure")
    if (len(last_sentence.split()) <= PLAN_MAX_WORDS and plan and not _PHYSIO_GIVES.search(last_sentence[:plan.start()])
            and not _HOW_LONG_FOR.search(last_sentence[:plan.start()])):
        return OUT_OF_SCOPE
    # "my knees crunch on the stairs, no pain with it though. is that runner's knee?": noises without pain
    # (not when the question names something else: "... a grinding noise when I crouch, doesn't hurt ... Is runner's
    # knee a sign of arthritis starting?")
    asked_names = aspects_in_text(question_part(text) or text, content.aspect_words)
    if (CLICKING in aspects_in_text(text, content.aspect_words) and _NO_PAIN.search(text) and asks_a_question(text)
            and (CLICKING in asked_names or not _with_aspect(content, asked_names) == RELATED_CONDITIONS)):
        return RELATED_CLICKING
    # "GP wrote "chondromalacia patellae" on my note ... Is that just another name for runner's knee? ...": the other
    # names (another condition has an answer of its own: "is ITBS just another name for it?")
    if any(_ANOTHER_NAME_FOR.search(sentence) for sentence in _sentences(text) if "?" in sentence):
        return RELATED_CONDITIONS if OTHER_CONDITIONS in aspects_in_text(text, content.aspect_words) else RELATED_NAMES
    # "knee hurts on stairs after running is that runners knee", "... Is this the runners knee?": what it is (not
    # when it names another name, another condition, clicking or sitting, which have answers of their own; another
    # condition also when the story before the question names it: "pain on the outside of her knee, not the front.
    # is that runners knee?")
    # (nor clicking told before "the runners knee thing": "crack crack crack every time i stand up from the sofa. is that
    # the runners knee thing??")
    if ((is_it := _IS_IT_RUNNERS_KNEE.search(text)) and not set(asked_aspects(message, content)) & HAS_ITS_OWN_LIKENESS
            and not ("thing" in is_it.group(0).lower() and "clicking" in aspects_in_text(text, content.aspect_words))
            and OTHER_CONDITIONS not in aspects_in_text(text, content.aspect_words)):
        return FIRST_TOPIC
    # "is physio just exercises I could find on youtube?": what physio does and why, the overview
    # (not another thing its question names: "... 4 physio sessions: done. YouTube exercises: done. ... should I be
    # pushing for a scan?")
    if (_JUST_EXERCISES.search(text) and _PHYSIO_NAMED.search(text) and asks_a_question(text)
            and not set(asked_aspects(message, content)) & THINGS):
        return PT_APPROACH
    # "what would a physio even do? they handed me a sheet of exercises": how physio helps, beyond the exercises
    if (_WHAT_PHYSIO_DOES.search(text) or _WHAT_A_PHYSIO_DOES.search(text)) and _BEYOND_EXERCISES.search(text):
        return PT_APPROACH
    # "be honest, is it worth it or should I just hang up the trainers", "do people with it get back to running ok":
    # the long-term outlook (not shoes)
    # ("am I done wi the hills at 60 then": the hills it names are no cause asked about)
    # (asked in its own words, of getting back to running too: "in general do people with it get back to running ok")
    # (not when giving up is told and the question asks whether to stop now: "I'd really rather not give up running at
    # my age. Do I have to stop?")
    stop_asked = _SHOULD_STOP.search(last_sentence) and not _GIVE_UP_RUNNING.search(last_sentence)
    if ((_GIVE_UP_RUNNING.search(text) and set(asked_aspects(message, content)) <= {"shoes", TRAINING_LOAD}
         and (asks_a_question(text) or len(text.split()) <= CONTEXT_MAX_WORDS) and not stop_asked)
            or (_HOW_PEOPLE_DO.search(text) and set(asked_aspects(message, content)) <= {RETURN_TO_RUNNING})):
        return OUTLOOK_TOPIC
    # "fair. knee then. should I be worried that it aches on the descents as well?": whether to get it seen
    # (not in a longer story that names what worries it: "When I step down a stair ... the knee drifts inwards ...
    # Should I be worried about that?")
    # (a story that ends asking only that, and names no noise: "... sore at the front of the knee on stairs. should I be worried?")
    if (((_SHOULD_I_WORRY.search(last_sentence) and len(text.split()) <= SHOULD_I_WORRY_MAX_WORDS)
         or (_ENDS_SHOULD_I_WORRY.search(text) and len(text.split()) >= WORRY_STORY_MIN_WORDS
             and CLICKING not in aspects_in_text(text, content.aspect_words)
             and not (leaning not in (SYMPTOMS_TOPIC, SEEK_HELP_TOPIC) and _confidence_of(message, intent) >= SURE_OF_QUESTION_ABOVE)))
            and set(asked_aspects(message, content)) <= {CADENCE_PART}):
        return SEEK_HELP_TOPIC
    # "why call it runners knee then": its names
    if _WHY_THE_NAME.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return _with_aspect(content, [OTHER_NAMES_PART]) or FIRST_TOPIC
    # "whit else can ye tell me about then": what the assistant can help with
    if _WHAT_ELSE_CAN_YOU.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return HELP_TOPIC
    # "okay whats the outlook in general then": the long-term outlook
    if _OUTLOOK_NAMED.search(text) and len(text.split()) <= OUTLOOK_NAMED_MAX_WORDS and not asked_aspects(message, content):
        return OUTLOOK_TOPIC
    # "But then how does the physio know what it is, without images?": the physio's assessment
    # (not when it asks about something else it names: "how would they even know that, would i need a scan")
    if _HOW_PHYSIO_KNOWS.search(text) and asks_a_question(text) and not asked_aspects(message, content):
        return ROOT_CAUSE_STEP
    # "should I even be running it?" with the race named before: the race
    if (RACE in named_before and _RUN_IT.search(last_sentence) and asks_a_question(last_sentence)
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS and leaning == KEEP_RUNNING):
        return _with_aspect(content, [RACE]) or KEEP_RUNNING
    # "So what do I do instead of stopping? Concretely, please.": how to keep running
    if _INSTEAD_OF_STOPPING.search(text) and asks_a_question(text) and not asked_aspects(message, content):
        return KEEP_RUNNING
    # "so it's not hopeless?", "Running with knee pain mean my knees are damaged forever?": the long-term outlook
    if _HOPELESS.search(text) and (asks_a_question(text) or len(text.split()) <= CONTEXT_MAX_WORDS) and not (
            set(asked_aspects(message, content)) - {RECURRENCE_PART}):
        return OUTLOOK_TOPIC
    # "So what instead of the pause?": what physio does instead of resting
    if (_INSTEAD_OF_REST.search(last_sentence) and asks_a_question(last_sentence)
            and not aspects_in_text(_INSTEAD_OF_REST.sub(" ", last_sentence), content.aspect_words)):
        return PT_APPROACH
    # "and while I dont run I can go to the piscina?": what to do instead of running meanwhile
    if (_WHILE_NOT_RUNNING.search(text) and _CAN_I_DO.search(text) and asks_a_question(text)
            and set(asked_aspects(message, content)) <= {CROSS_TRAINING_PART}):
        return _with_aspect(content, [CROSS_TRAINING_PART]) or CROSS_TRAINING
    # "... This year want to do properly. Start where?": where to begin, what physio does
    # (to build back up: "... green light to start running again ... Where do I start?" asks about the return to running)
    if _WHERE_TO_START.match(last_sentence) and last_topic not in ANSWER_TOPICS:
        if RETURN_TO_RUNNING in aspects_in_text(text, content.aspect_words):
            return _with_aspect(content, [RETURN_TO_RUNNING], PT_APPROACH) or PT_APPROACH
        return PT_APPROACH
    # "side-lying leg lifts count as the hip stuff?", "would step downs be one of those?": whether an exercise is one of them
    if _COUNTS_AS.search(text) and EXERCISE_TYPES in asked_aspects(message, content) and asks_a_question(text):
        return EXERCISE_EXAMPLES
    # "ok so where do I get the proper assessment bit done", "who will check if I need them": who to see
    if _WHO_DOES_IT.search(text) and len(text.split()) <= WHO_DOES_IT_MAX_WORDS:
        return WHO_TO_SEE
    # "whats a good one for quads": exercises for what it names
    if (_GOOD_ONE_FOR.search(text) and asks_a_question(text) and asked_aspects(message, content)
            and set(asked_aspects(message, content)) <= _EXERCISED_PARTS):
        return EXERCISE_EXAMPLES
    # "what's the point of a physio if it could hang around anyway": what physio does and why
    if _POINT_OF_PHYSIO.search(text) and not asked_aspects(message, content):
        return PT_APPROACH
    # "Will the jogging make it worse?", "will they make me stop running", "What do I do if my knee hurts on the
    # treadmill but it's not that bad", "how little is a little", "what counts as too much pain then", "is a 3 too much
    # then" after advice on running: whether to keep running with some pain
    if ((_RUNNING_MAKES_IT_WORSE.search(text) or _asks_if_made_to_stop(text)
         or (_IF_IT_HURTS.search(text) and _NOT_THAT_BAD.search(text))
            or (last_topic in RUNNING_ADVICE and _ACCEPTABLE_PAIN.search(text)))
            and asks_a_question(text) and set(asked_aspects(message, content)) <= {RUNNING_WITH_PAIN}):
        return KEEP_RUNNING
    # "and if I just ignore it and keep going as normal?": the long-term outlook
    if _IF_I_IGNORE_IT.search(text) and asks_a_question(text) and not asked_aspects(message, content):
        return OUTLOOK_TOPIC
    # "So what does bring it on then", "who gets it most": the causes (the cause it names or the classifier leans to,
    # if any: "the hill repeats thing, could that be what set it off")
    if ((_BRINGS_IT_ON.search(text) or _WHO_GETS_IT.search(text))
            and set(asked_aspects(message, content)) <= _CAUSE_PARTS):
        return (_with_aspect(content, asked_aspects(message, content), CAUSES)
                or (leaning if leaning.startswith(CAUSES) else CAUSES))
    # "... leaking when I run, says my pelvic floor physio. Can you help with that?": another problem
    if _OTHER_PROBLEM.search(text) and _HELP_WITH_THAT.search(last_sentence) and not _KNEE.search(text):
        return OUT_OF_SCOPE
    # "Not the knee this time, my Achilles is sore first thing in the morning. what is it?": another injury
    if (_NOT_THE_KNEE.search(text) and _ANOTHER_PART.search(text) and _WHAT_IS_IT_AT_END.search(text)
            and not asked_aspects(message, content)):
        return OUT_OF_SCOPE
    # "ok but how much, like 800mg?", "can i send u a vid of my squat": a dose, a video to look at
    # (not a story that names the dose taken: "I take 400mg ibuprofen before long runs, is that why it doesn't hurt?")
    if ((_DOSE_AMOUNT.search(text) and asks_a_question(text) and len(text.split()) <= DOSE_AMOUNT_MAX_WORDS)
            or _SENDS_MEDIA.search(text)):
        return OUT_OF_SCOPE
    # "ok. how can I have it erased" after what is kept: privacy
    if last_topic == PRIVACY and _ERASE_IT.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return PRIVACY
    # "so what would a physio do first": the physio's first step
    if _WHAT_PHYSIO_DOES.search(text) and _FIRST.search(text) and not asked_aspects(message, content):
        return ROOT_CAUSE_STEP
    # "so flat feet not the reason ah? then what": the other causes
    if _NOT_THE_REASON.search(text) and len(text.split()) <= NOT_THE_REASON_MAX_WORDS:
        return CAUSES
    # "so what's the whole plan usually, start to finish": the physio's steps
    if _WHOLE_PLAN.search(text) and asks_a_question(text) and not asked_aspects(message, content):
        return PT_APPROACH
    # "Bad enough to bother a physio yet, how do I tell?": whether to get it seen
    if _BAD_ENOUGH.search(text) and asks_a_question(text):
        return SEEK_HELP_TOPIC
    # "how long should I give PT before thinking about surgery": how long it takes
    # (not "how long do I give it before I bother getting it properly checked", which asks when to be seen)
    # (nor "how long do i give the exercises", which asks their dose; "... before thinking about surgery" is how long
    # it takes)
    if _HOW_LONG_TO_GIVE.search(text) and not _SEEN_BY_SOMEONE.search(text):
        return EXERCISE_DOSE if _names_exercises(content, text) and not _BEFORE.search(text) else RECURRENCE_TOPIC
    # "what IS it then if nothing shows up", "so why does it still hurt if nothing shows up": what the pain is
    if _NOTHING_SHOWS.search(text) and _WHAT_IS_IT_THEN.search(text):
        return FIRST_TOPIC
    # "the step down one a bit pain when i go slow, can tahan or should skip" after exercises: pain during one
    # (not "kneecap pain when i squat at the gym. should i stop squatting", which asks whether squats are good)
    if (last_topic in (EXERCISE_DOSE, EXERCISE_EXAMPLES, STRETCHING) and EXERCISE_TYPES in asked_aspects(message, content)
            and _HURTS.search(text) and _SKIP_IT.search(text)
            and asks_a_question(text) and len(text.split()) <= EXERCISE_HURTS_MAX_WORDS):
        return EXERCISE_DOSE
    # "any way to make him listen lol, does it get worse if he ignores it": the long-term outlook
    if _WORSE_IF_IGNORED.search(text) and not asked_aspects(message, content):
        return OUTLOOK_TOPIC
    # "Coach here. One of my athletes has anterior knee pain ... Do I pull her from tempo work?": whether to keep running
    # (a race soon is answered above)
    if _PULL_FROM.search(last_sentence) and asks_a_question(last_sentence):
        return KEEP_RUNNING
    # "My physio gave me clamshells ... Why are we doing hip exercises for a knee problem?": why the hips matter
    if _WHY_HIP_WORK.search(text) and asks_a_question(text):
        return _with_aspect(content, ["hip"], CAUSES) or CAUSES
    # "Can you explain why the physio checks my hip and foot when it is the knee that hurts?": the assessment step
    if _WHY_PHYSIO_LOOKS.search(text) and asks_a_question(text):
        return ROOT_CAUSE_STEP
    # "ok the exercises part" after what the assistant can help with, read as the dose: the exercises themselves
    if _THE_EXERCISES_PART.match(text):
        return EXERCISE_EXAMPLES
    # "good. and what does the PT side look like, step by step": the physio's steps, the overview (not a part it names)
    if _STEP_BY_STEP.search(text) and _PHYSIO_NAMED.search(text) and not asked_aspects(message, content):
        return PT_APPROACH
    # "why's it worse on stairs then": what the pain is (it hurts with the knee bent under load; not
    # "why would it matter tho its only a squat", which asks whether the cause just given matters)
    if _why_it_hurts_there(content, text) and not _DOES_IT_MATTER.search(text):
        return FIRST_TOPIC
    # "... few of them getting knee pain around wk 5. why": a story that asks what brings it on
    # (the cause the classifier leans to, if any: "only hurts in the last 5k of my long runs. why??";
    # not after rest: "rested 6 weeks and it came straight back. why??" asks why rest failed)
    # (also "... My knee cap gets sore on the stairs at work. Am I doing something wrong?", when it told of no rest,
    # nor of something else it does that the classifier is sure the question is about: "Physio told me to swap running
    # for cycling ... Cycling makes it worse. ... Am I doing something wrong?" asks about the cycling)
    if ((_story_asks_the_cause(text) or (_DOING_IT_WRONG.match(last_sentence) and len(_sentences(text)) > 1
                                         and not _rested(text) and not _doing_named_thing_wrong(content, message, leaning)))
            and (not _rested_then_pain_back(text) or set(asked_aspects(message, content)) & _CAUSE_PARTS)):
        if _tires_late(text):
            return _tiring_cause(content)
        # (the exercise it hurts in is where, not what is asked: "... when i do squats at the gym why would that be")
        causes_named = [aspect for aspect in asked_aspects(message, content) if aspect != EXERCISE_TYPES]
        if set(causes_named) <= _CAUSE_PARTS:
            return ((causes_named and _with_aspect(content, causes_named, CAUSES))
                    or (leaning if leaning.startswith(CAUSES) else CAUSES))
    # (also a story the triage finds nothing to say about, that names the knee, where or when it hurts,
    # long enough not to be a follow-up, when the classifier is unsure: "Stairs. Down worse than up.
    # Third floor flat, no lift. Every morning.")
    # (also a list of the treatments tried, with nothing asked: "Honestly fed up. Physio, chiro, acupuncture, KT tape,
    # a $200 brace, rest, ice every evening. 3 years. Nothing."; not a request: "braces, insoles, painkillers. in that
    # order pls")
    story_only = (assessment.findings
                  or (set(assessment.signs) & KNEE_STORY_SIGNS and confidence < CONTEXT_UNSURE_BELOW
                      and len(text.split()) >= KNEE_STORY_MIN_WORDS)
                  or (_things_tried(content, text) >= TREATMENTS_TRIED_MIN
                      and len(text.split()) >= KNEE_STORY_MIN_WORDS and not _PLEASE.search(text))) and not asks_a_question(text)
    # a story about the runner's own knee asks nothing: answered as a story, also when the
    # classifier could not place it
    # (not the runner's answer to the causes, naming one: "I increased running from 2 days to 5 days in one go")
    answers_the_causes = last_topic == CAUSES and leaning.startswith(CAUSES + ".") and not assessment.findings
    # "ok will give the clinic a ring tomorrow then, cheers bye": a message that ends with a goodbye
    # and asks nothing is one, also when the classifier reads a story into it ("fine ill ask the pharmacist
    # 🙄 byeee"), unless it tells of the knee
    if ("?" not in text and _BYE_AT_END.search(text) and len(text.split()) <= THANKS_MAX_WORDS
            and not assessment.findings):
        return GOODBYE_TOPIC
    # (a story the classifier reads as one, that ends asking whether a run is ok: running with pain, unless a race
    # is soon)
    if (intent == SYMPTOMS_INTENT and _OK_TO_RUN_AT_END.match(last_sentence) and not _race_soon(text, content)
            and set(asked_aspects(message, content)) <= set(KEEP_RUNNING_PARTS)):
        return _with_aspect(content, [RUNNING_WITH_PAIN]) or FALLBACK_TOPIC
    # a story told as the conversation opens, of the years it has gone on, with nothing asked (the question left for a
    # later message), also when the classifier is sure of a question in it: "podiatrist wants £350 for custom
    # orthotics. this would be my third pair in ten years"; not what the runner has a mind to do: "3 years of pain,
    # honestly im tempted to just get it done and move on", nor what someone says: "friend says just rest it 2 weeks"
    years_told = (last_topic in (None, GREETING_TOPIC) and _YEARS_OF_IT.search(text) and len(text.split()) >= KNEE_STORY_MIN_WORDS
                  and not asks_a_question(text) and not _MINDS_TO.search(text))
    # a story under way (the symptoms answered last) goes on with what was done about it, asking nothing, when the
    # classifier is not sure of a question: "physio gave me exercises. did them. meh", "honestly PT feels like a waste
    # of time. same stuff I did in basic. clamshells, bridges, wall sits."
    story_goes_on = (last_topic == SYMPTOMS_TOPIC and _DONE_BEFORE.search(text) and not asks_a_question(text)
                     and confidence < STORY_KEEPS_QUESTION_ABOVE)
    if intent == SYMPTOMS_INTENT or ((years_told or story_goes_on) and intent in STORY_CAN_OVERRIDE) or (
            story_only and intent in STORY_CAN_OVERRIDE and not answers_the_causes
            and not (intent in QUESTION_INTENTS and confidence >= STORY_KEEPS_QUESTION_ABOVE)):
        return SYMPTOMS_TOPIC
    # "fair enough. will ring them tomorrow, ta", read as thanks: thanks (not a race date, with a race named before)
    # (not a request naming a topic: "exercises pls 🙏")
    request = bool(_PLEASE.search(text) and aspects_in_text(text, content.aspect_words))
    # (also read as goodbye, with no goodbye in it: "ok thank you, that's put my mind at ease a bit 🙏")
    if ("?" not in text and _THANKS_AT_END.search(text) and len(text.split()) <= THANKS_MAX_WORDS and not request
            and not _FAREWELL.search(text) and (intent == "thanks" or (intent == "goodbye" and not _BYE.search(text)))):
        return THANKS_TOPIC
    # "ok cool gonna redo week 5 and see how it feels the morning after. thanks!": after an answer, what they will do,
    # closed with thanks, asking nothing
    if (last_topic and "?" not in text and len(text.split()) <= THANKS_STATEMENT_MAX_WORDS and last_sentence != text.strip()
            and _THANKS_AT_END.search(last_sentence) and len(last_sentence.split()) <= THANKS_CLOSING_MAX_WORDS
            and not asks_a_question(text) and not _BYE.search(text) and not _FAREWELL.search(text)
            and not assessment.findings and not request):
        return THANKS_TOPIC
    # "ok. will sleep on it. literally, its half 12": off to bed, asking nothing (its "will" opens no question)
    # (not the knee at bedtime: "my knee aches going to bed")
    if ("?" not in text and _TO_BED.search(text) and len(text.split()) <= THANKS_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words) and not assessment.findings and not _KNEE.search(text)):
        return GOODBYE_TOPIC
    if not asks_a_question(text) and len(text.split()) <= THANKS_MAX_WORDS:
        # "ok thx bye", "cheers, see ya", "shot bru, gotta run. cheers": a goodbye (with or without thanks) that asks
        # nothing more
        if _BYE.search(text) or _FAREWELL.search(text):
            return GOODBYE_TOPIC
        # "nah all good ta", "nope that's all" after thanks, which asks if there is anything else: no more, goodbye
        if last_topic == THANKS_TOPIC and intent == "deny" and not aspects_in_text(text, content.aspect_words):
            return GOODBYE_TOPIC
        # "ok cheers, booking a physio": thanks that asks nothing more, whatever else it says
        if _THANKS.search(text) and intent not in ("thanks", "goodbye") and not request:
            return THANKS_TOPIC
    aspects = asked_aspects(message, content)
    # how to book, whatever else the classifier reads into it (who to see is answered with the booking too)
    if (_HOW_TO_BOOK.search(text) and asks_a_question(text) and len(text.split()) <= HOW_TO_BOOK_MAX_WORDS
            and not aspects and not leaning.startswith(SEEK_HELP_TOPIC)):
        return SEEK_HELP_TOPIC
    # "does that want looking at or will it sort itself out": whether to get it seen
    if _WANTS_LOOKING_AT.search(text) and not aspects:
        return SEEK_HELP_TOPIC
    # "GP or physio first?": which clinician to see
    if _TWO_CLINICIANS.search(text) and asks_a_question(text):
        return WHO_TO_SEE
    # "should he get a proper physio to look at him or is that overkill", read, unsure, as which clinician:
    # whether to be seen at all (also at the end of a story: "... he dont want go doctor. need to see doctor
    # or not?"; not a referral: "do i need my gp to refer me or what")
    if (leaning == WHO_TO_SEE and confidence < BACK_TO_SURE_ABOVE and _WHETHER_TO_BE_SEEN.search(last_sentence)
            and len(last_sentence.split()) <= WHETHER_TO_BE_SEEN_MAX_WORDS and not _REFERRAL.search(last_sentence)):
        return SEEK_HELP_TOPIC
    # "what do you actually do", naming nothing it could be about: what the assistant helps with
    if _WHAT_YOU_DO.search(text) and not aspects and len(text.split()) <= WHAT_YOU_DO_MAX_WORDS:
        return HELP_TOPIC
    # "and to fix the ankles?" after the stiff-ankle cause: the physio's step for what it names
    if ((last_topic or "").startswith(CAUSES + ".") and _TO_FIX.search(text) and len(text.split()) <= TO_FIX_MAX_WORDS
            and aspects and set(aspects) <= _CAUSE_PARTS):
        step = _with_aspect(content, aspects, PT_APPROACH)
        if step:
            return step
    # "which of those is the biggest one" after the causes: the one studies tie to developing it
    if last_topic == CAUSES and _WHICH_CAUSE_MOST.search(text) and len(text.split()) <= WHICH_CAUSE_MOST_MAX_WORDS:
        return MAIN_RISK_CAUSE
    # "how would i know which one is mine" after the causes or one of them: how the physio finds out (not the other
    # conditions it could be, which it is not asked about)
    if ((last_topic == CAUSES or (last_topic or "").startswith(CAUSES + ".")) and _WHICH_IS_MINE.search(text)
            and len(text.split()) <= WHICH_IS_MINE_MAX_WORDS):
        return ROOT_CAUSE_STEP
    # "should i be sitting it out then", read as the other names: whether to keep running, or the race when one is named
    if TOPIC_BY_INTENT.get(intent or "") == RELATED_NAMES and _SIT_IT_OUT.search(last_sentence):
        return RACE_SOON_TOPIC if RACE in aspects_in_text(last_sentence, content.aspect_words) else KEEP_RUNNING
    # "do i ditch bootcamp for now or keep going", "is skiing ok for it", "can i still lift", read as keeping running:
    # the other activity, which the answer on other ways to stay fit covers (not when the question names running too,
    # or asks what to do if it hurts: "k what if it hurts during the burpees, like a 3 out of 10")
    if (TOPIC_BY_INTENT.get(intent or "") == KEEP_RUNNING and _OTHER_ACTIVITY.search(last_sentence)
            and not _RUNNING_NAMED.search(last_sentence) and not _IF_IT_HURTS.search(last_sentence)):
        return CROSS_TRAINING
    # "and hills??", "what about for hills" after keeping running or the race: how to run them (not what the hills
    # did or whether to drop them: "is it the hills", "should i drop the hill session")
    if last_topic in HILLS_AFTER and _HILLS_ALONE.search(text):
        return RUNNING_FORM
    # the classifier names no topic it is sure of: "tell me more", not understood, or unsure
    unsure = intent in (FOLLOW_UP_INTENT, FALLBACK_INTENT) or confidence < CONTEXT_UNSURE_BELOW
    recalled = _recalled(content, intent, last_topic, named_before)
    intent = in_context(content, message, intent, last_topic, named_before)
    found = (_in_conversation(content, text, last_topic, unsure)
             or _asked_in_its_own_words(content, text, aspects, last_topic, named_before,
                                        intent in QUESTION_INTENTS and _confidence_of(message, intent) >= BACK_TO_SURE_ABOVE)
             or _why_asked(content, message, intent, aspects, last_topic, unsure))
    if found:
        return _treatment_dosed(content, text, found, last_topic)
    # "then what is the clearer risk you mentioned" after hip control ("... Weak quads are the clearer risk."),
    # the classifier unsure: the answer about what the quoted clause names
    quoted = unsure and _quoted_part(content, text, last_topic)
    if quoted:
        return quoted
    if last_topic in ANSWER_TOPICS and not recalled and stays_on_topic(text, intent, aspects, confidence):
        return last_topic
    # "what counts as mild tho", "how long do i have to keep doing all this for though" after the dose of the exercises,
    # read as running with pain: the pain guide and length of the exercises (it names no running)
    # (also "bit of a twinge on the split squats tonight ... carry on or stop??", which names an exercise and a pain;
    # not "pain is weakness leaving the body", which names no exercise, nor "bridges are fine? they dont hurt at all")
    if ((message.get("intent") or {}).get("name") == INTENT_BY_TOPIC[KEEP_RUNNING] and not _RUNNING_NAMED.search(text)
            and ((last_topic == EXERCISE_DOSE and len(text.split()) <= EXERCISE_PAIN_MAX_WORDS and not aspects)
                 or (EXERCISE_TYPES in aspects_in_text(text, content.aspect_words)
                     and (_HURTS.search(text) or _PAIN_SCORE.search(text))
                     and not _NO_PAIN.search(text)
                     and set(aspects) <= EXERCISES_NAMED | {RUNNING_WITH_PAIN}))):
        return EXERCISE_DOSE
    # "so that's a yes then" after when to be seen: that answer, pushed back on
    if (last_topic in ANSWER_TOPICS and not recalled and _PUSHBACK.match(text)
            and len(text.split()) <= PUSHBACK_MAX_WORDS):
        return last_topic
    # "even with the runners knee ache on top of it?", "even though physio only ever helps for a few months?":
    # the answer just given, pushed back on
    if (last_topic in ANSWER_TOPICS and not recalled and _EVEN_SO.match(text)
            and len(text.split()) <= EVEN_SO_MAX_WORDS and text.rstrip().endswith("?")):
        return last_topic
    # "shifts making it worse?": something the assistant has no answer on, weighed as what brings the pain on: the causes
    if (last_topic in ANSWER_TOPICS and _SOMETHING_MAKING_IT_WORSE.match(text) and not aspects
            and not _names_exercises(content, text) and not _RUNNING_NAMED.search(text)):
        return CAUSES
    # "and for runners?", "every run?", "with weights?": a few words the classifier only guesses at, naming nothing,
    # after an answer: about that answer
    if (last_topic in ANSWER_TOPICS and not recalled and len(text.split()) <= GUESSED_FOLLOW_UP_MAX_WORDS
            and _top_confidence(message) < GUESSED_FOLLOW_UP_BELOW and not aspects and not _names_exercises(content, text)
            and text.rstrip().endswith("?") and not _ONE_THING_NAMED.match(text) and not _FIXED.search(text)):
        return last_topic
    # "what i can do", "so what cause this for me" read as "what can you help with", in a conversation
    # about the runner's knee: what to do about it (or what it names)
    # (not after an answer about the assistant itself: "what can it do" after who runs it)
    if (intent == HELP_INTENT and (last_topic in ANSWER_TOPICS or last_topic == SYMPTOMS_TOPIC)
            and last_topic not in ASSISTANT_TOPICS and not _ABOUT_THE_ASSISTANT.search(text)):
        if aspects:
            return _with_aspect(content, aspects) or next_step(content, last_topic)
        return CAUSES if _CAUSING.search(text) else next_step(content, last_topic)
    found = _part_named(content, message, intent, aspects, last_topic) or _asked_beyond(text, aspects, last_topic)
    if found:
        return found
    # "what other thing can burn calories without disturbing the knee", "does owt help in the car?": a question the
    # classifier cannot place is answered by the one answer its words name (not about another part of the body:
    # "... my left achilles ... Can you tell me if this is achilles tendinopathy again")
    if (_best_intent_confidence(message) < ASPECTS_ALONE_BELOW and aspects and asks_a_question(text)
            and not _ANOTHER_PART.search(text)):
        named = {_with_aspect(content, [aspect]) for aspect in aspects}
        if len(named) == 1 and None not in named:
            return named.pop()
    # "does run/walk count as reducing load", "what did u mean by the next morning check": two words of the
    # answer just given, together, that the answer the classifier leans to does not have, or words it says the
    # answer said, as the answer said them ("you said one trial. is that it? one trial?") (naming nothing
    # another answer covers, and not asking what else does it)
    if (last_topic in ANSWER_TOPICS and not recalled
            and (confidence < CONTEXT_UNSURE_BELOW or intent == FOLLOW_UP_INTENT)
            and len(text.split()) <= CONTEXT_MAX_WORDS and set(aspects) <= set(content.topics[last_topic].aspects)
            and not _ASKS_FOR_ANOTHER.match(text)
            and (_echoes(text, content.topics[last_topic].text, content.topics.get(TOPIC_BY_INTENT.get(intent or "", "")))
                 or _quotes(text, content.topics[last_topic].text))):
        return last_topic
    # "good for a few weeks then nothing. so the first two pairs were basically £600 of very expensive plasters?",
    # "sleep and stress matter. i have a toddler ... does that genuinely make a difference or is it just filler": the
    # answer just given, quoted back first, then doubted, naming nothing else and not asking what to do next, when
    # the classifier is unsure
    if (last_topic in ANSWER_TOPICS and not recalled and _top_confidence(message) < PUSHED_BACK_UNSURE_BELOW
            and set(aspects) <= set(content.topics[last_topic].aspects) and len(_sentences(text)) > 1
            and _pushes_back_on_the_answer(text, content.topics[last_topic].text) and not _WHAT_NEXT.search(text)
            and not _ASKS_FOR_ANOTHER.match(text)):
        return last_topic
    # "sleep and stress? genuinely? how does my sleep get into my kneecap", "'some areas'. how do i find out if mine is one
    # of them": a few words of the answer just given, said back first, then a short question about them, naming nothing
    # that answer does not name and not asking what to do next, when the classifier is unsure
    if (last_topic in ANSWER_TOPICS and not recalled and _top_confidence(message) < PUSHED_BACK_UNSURE_BELOW
            and last_topic not in FAMILIES and _echoed_then_asked(content, text, content.topics[last_topic])):
        return last_topic
    # "How many days before it is deleted" after the answer on privacy, read as the exercise dose: the
    # answer about the assistant that its words name
    if (last_topic in ASSISTANT_TOPICS and aspects and confidence < ASSISTANT_SURE_ABOVE
            and TOPIC_BY_INTENT.get(intent or "") not in ASSISTANT_TOPICS):
        about_it = {_with_aspect(content, [aspect]) for aspect in aspects}
        if about_it <= set(ASSISTANT_TOPICS):
            return about_it.pop() if len(about_it) == 1 else last_topic
    # "how do I fix IT band then": treating another condition, which the assistant does not advise on
    if set(aspects) == {OTHER_CONDITIONS} and _HOW_TO_TREAT.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return OUT_OF_SCOPE
    # "Is it better to use a Bandage for the knee when I run?", read, unsure, as something else: the answer
    # about the one thing it names (a brace, insoles, a scan, ...)
    # (also when the classifier is fairly sure of another question asked before it: "Is it serious? Will she
    # require operation?")
    if (len(set(aspects)) == 1 and aspects[0] in THINGS and aspects[0] not in _aspects_of(content, intent)
            and (confidence < CONTEXT_UNSURE_BELOW
                 or (confidence < THING_ASKED_LAST_BELOW and "?" in last_sentence
                     and aspects_in_text(last_sentence, content.aspect_words) == aspects[:1]))):
        return _with_aspect(content, aspects) or FALLBACK_TOPIC
    # "is the sofa thing making it worse", read, unsure, as something else: the answer on the one thing it asks about
    worse = _MAKING_IT_WORSE.search(last_sentence) if confidence < CONTEXT_UNSURE_BELOW else None
    named = set(aspects_in_text(worse.group("thing"), content.aspect_words)) if worse else set()
    if len(named) == 1 and len(last_sentence.split()) <= MAKING_IT_WORSE_MAX_WORDS:
        found = _with_aspect(content, list(named))
        if found:
            return found
    # "can i still train for it with sore kneecaps", read, unsure, as cross-training: whether to keep
    # running, which is what it names
    # (or as a part of what physio does, which says nothing of running with pain: "shorter quicker steps, got it. the ones
    # already sore, do they sit out sessions or what")
    leaning_topic = content.topics.get(TOPIC_BY_INTENT.get(intent or "") or "")
    if (RUNNING_WITH_PAIN in aspects and set(aspects) <= set(KEEP_RUNNING_PARTS) and confidence < CONTEXT_UNSURE_BELOW
            and (TOPIC_BY_INTENT.get(intent or "") == CROSS_TRAINING
                 or (leaning_topic is not None and leaning_topic.family == PT_APPROACH
                     and not set(leaning_topic.aspects) & set(KEEP_RUNNING_PARTS)))):
        return KEEP_RUNNING
    # "right, so what do I do on the days I can't run", read, unsure, as whether to keep running: the
    # cross-training it names
    if (aspects == [CROSS_TRAINING_PART] and confidence < CONTEXT_UNSURE_BELOW
            and TOPIC_BY_INTENT.get(intent or "") == KEEP_RUNNING):
        return CROSS_TRAINING
    # "my uncle had his kneecap 'shaved' back in the 90s for this. do they still do that": a short question
    # pointing back at the one thing its story names, the classifier unsure
    question = question_part(text)
    # (or at itself: "does it go for me too? mine hurts more on the outer side of the knee")
    if (question and not aspects and confidence < CONTEXT_UNSURE_BELOW
            and (_POINTS_BACK.search(_THAT_OPENS_A_CLAUSE.sub(" ", question)) or _FOR_ME_TOO.search(question))
            and len(question.split()) <= STORY_POINTS_BACK_MAX_WORDS):
        named = set(aspects_in_text(text, content.aspect_words))
        # (not "why" of something that is no cause: "We race HYROX doubles ... since we added a 3rd run day. Is that
        # likely why?" asks what caused it)
        found = len(named) == 1 and not (_ASKS_WHY.search(question) and not named <= _CAUSE_PARTS) and _with_aspect(
            content, list(named))
        if found:
            return found
    # "... Everyone on the facebook group says push through it, it's just your body adjusting. Should I?": a bare
    # question at the end of a story asks about the one thing the sentence before it names, the classifier unsure
    sentences = _sentences(text) if confidence < CONTEXT_UNSURE_BELOW else []
    # (or whether it is to blame: "... Seeing a lot of hip drop on video this season and two of them now have pain
    # around the kneecap. Related?")
    # (a cause: not "... Physio has me doing wall sits and leg press twice a week. Is that connected?")
    related = len(sentences) >= 2 and _RELATED_ALONE.match(sentences[-1])
    # (or which of them: "... I have a Peloton in the basement and a pool membership. Which one is easier on the knee?")
    if len(sentences) >= 2 and (_BARE_QUESTION.match(sentences[-1]) or _WHICH_ONE.match(sentences[-1]) or related):
        named = set(aspects_in_text(sentences[-2], content.aspect_words))
        found = len(named) == 1 and not (related and not named <= _CAUSE_PARTS) and _with_aspect(content, list(named))
        if found:
            return found
    # "hmm not sure", "dunno", read as a yes: neither yes nor no, so the choices
    if intent in YES_OR_NO and is_unsure(text) and not aspects:
        return FALLBACK_TOPIC
    # "y", "yes pls" after an answer (which offers more): yes to its first follow-up
    if (intent == AFFIRM_INTENT and (last_topic in ANSWER_TOPICS or last_topic == SYMPTOMS_TOPIC)
            and len(text.split()) <= YES_TO_MORE_MAX_WORDS and not asks_a_question(text)):
        return _follow_up(content, aspects, last_topic)
    # "been about a month tbh, so yes then?", "so that's a no?" after an answer: whether that answer applies to
    # them, which it says
    if (intent in YES_OR_NO and last_topic in ANSWER_TOPICS and asks_a_question(text)
            and len(text.split()) <= CONTEXT_MAX_WORDS and not list(aspects)):
        return last_topic
    # "ok so if resting isn't it, what should I be doing instead": what works instead of rest, how physio helps
    # (or whether to run on it, when it asks that: "if resting doesnt work what am i meant to do, just run on it?")
    if _IF_NOT_REST.search(text) and len(text.split()) <= IF_NOT_REST_MAX_WORDS:
        running_on = RUNNING_WITH_PAIN in aspects_in_text(_IF_NOT_REST.split(text)[-1], content.aspect_words)
        return (running_on and _with_aspect(content, [RUNNING_WITH_PAIN])) or PT_APPROACH
    # "... physio at 3 different clinics, custom orthotics, a patellar tracking brace, two cortisone shots, PRP, shockwave
    # ... Does ankle stiffness matter?": after a list of what was tried, which the classifier reads as those
    # treatments, the question read alone when the classifier is sure of it (not one that points back at the list:
    # "... I take a couple of tablets before the long walks. Is that alright to carry on doing?")
    # (only a reading the list made: not "... 6 wks off running doing only swim/bike. Is it ok to keep riding heaps
    # while I sort the run out?", read as cross-training, which the question asks too)
    # (also after rest that did not last, read as why rest fails: "... 6 months of pain ... rested it, came back ... do I
    # have to go back to week 1?")
    # (also when the classifier could not read the story at all and is all but certain of the question alone: "... ive
    # seen 2 orthopedists ... what actually IS runners knee")
    certain = _question_alone_confidence(message) >= QUESTION_ALONE_CERTAIN_ABOVE
    # (drowned by a list, the question alone counts when the classifier reads it no less surely than it read the
    # list: "... a cho-pat strap, kinesio tape, dry needling, massage gun ... Can I realistically still do it?")
    drowned = (bool(question) and _things_tried(content, text) >= TRIED_LIST_MIN
               and _drowned_by_the_story(content, text, question, intent))
    sure_above = (max(DROWNED_ALONE_SURE_ABOVE, _top_confidence(message) - DROWNED_ALONE_MARGIN)
                  if drowned and message.get(QUESTION_ALONE_KEY) else QUESTION_ALONE_SURE_ABOVE)
    if _asks_something_else(message, TOPIC_BY_INTENT.get(intent or ""), min(sure_above, QUESTION_ALONE_SURE_ABOVE)) and (
            drowned
            or (certain and (message.get("intent") or {}).get("name") == FALLBACK_INTENT)
            or (rest_not_asked and TOPIC_BY_INTENT.get(intent or "") == WHY_REST_FAILS)):
        intent = _question_alone(message, min(sure_above, QUESTION_ALONE_SURE_ABOVE))
    topic = resolve_topic(content, intent, aspects, last_topic)
    # "If the MRI show something then must operate is it", read as the scan: the surgery a finding would lead to
    if _IF_IT_SHOWS.search(last_sentence) and SURGERY in aspects_in_text(last_sentence, content.aspect_words):
        topic = _with_aspect(content, [SURGERY], TREATMENT) or topic
    # "ffs", "knä??? hmm", read as a hello: the classifier's weak guess, with no hello in it
    if topic == GREETING_TOPIC and _top_confidence(message) < GUESS_BELOW and not _HELLO.search(text):
        return FALLBACK_TOPIC
    # "ok and should i be doing them before or after runs" after stretching, read as the exercise dose: stretching
    # (not the dose of an exercise it names: "reps for step downs? she's keen to do loads", "and the strength exercises,
    # how many times in the week")
    if (last_topic == STRETCHING and topic == EXERCISE_DOSE and len(text.split()) <= STRETCHING_FOLLOW_UP_MAX_WORDS
            and not _ABOUT_PAIN.search(text) and not set(aspects) & EXERCISES_NAMED):
        topic = STRETCHING
    # "fair enough. the long run itself tho, 28k, go or not", "can I at least do the shakeout run tomorrow", read as the
    # race: a training run before it, whether to keep running (not the race itself, nor the taper)
    if (topic == RACE_SOON_TOPIC and _TRAINING_RUN_BEFORE_IT.search(last_sentence) and not _THE_RACE_ITSELF.search(last_sentence)
            and len(text.split()) <= TRAINING_RUN_BEFORE_IT_MAX_WORDS):
        topic = KEEP_RUNNING
    # "will i be ok by april tho", read as the outlook: how long it takes
    if topic == OUTLOOK_TOPIC and _BY_WHEN.search(text):
        topic = RECURRENCE_TOPIC
    # "ok and after that, when can i get back to my normal 40k weeks", read as how long it takes: getting back to running
    if topic in (RECURRENCE_TOPIC, OUTLOOK_TOPIC) and _GET_BACK_TO.search(text):
        topic = RETURN_TO_RUNNING_STEP
    # "is it even runners knee after this long or something else. 16 months", read as the causes: whether it is something
    # else (not "too much too soon or something else going on?", which names a cause)
    if (_RUNNERS_KNEE_OR_ELSE.search(text) and topic != FIRST_TOPIC and not topic.startswith(RELATED + ".")
            and not set(aspects_in_text(text, content.aspect_words)) & _CAUSE_PARTS):
        topic = RELATED_CONDITIONS
    # "ok but is this just going to keep happening forever", read as the outlook: whether it comes back
    if topic == OUTLOOK_TOPIC and _KEEPS_HAPPENING.search(text):
        topic = RECURRENCE_TOPIC
    # "why does it always come back right when i hit 10k", read as whether it comes back: the load that brings it back
    if topic == RECURRENCE_TOPIC and _BACK_WHEN_I_BUILD.search(text):
        topic = TRAINING_LOAD_TOPIC
    # "and why happens? I dont change nothing in my training", "what brings it on? I'm hardly pounding out the miles",
    # read as the training load because it names the training: the other causes are the answer, all of them
    # (also "so is because of what? i not change anything in my training", read as building back up)
    if _NO_LOAD_CHANGE.search(text) and (topic == TRAINING_LOAD_TOPIC or (
            _BECAUSE_OF_WHAT.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS * 2)):
        topic = CAUSES
    # ("why I have it? I run only 3 times in the week", read as the load or tiring: all the causes)
    if (topic in (TRAINING_LOAD_TOPIC, FATIGUE_TOPIC) and _ONLY_A_LITTLE.search(text) and _BECAUSE_OF_WHAT.search(text)
            and len(text.split()) <= CONTEXT_MAX_WORDS * 2 and not _tires_late(text)):
        topic = CAUSES
    # "only hurts the last 5k or so of long runs. totally fine before that", read as fatigue: a story that asks
    # nothing is the runner's own symptoms (after a cause, "only after 15k" says which part fits them; other causes
    # are often asked without a question mark: "physio said my hops are weak is that really why my knee hurts")
    if (topic == FATIGUE_TOPIC and not asks_a_question(text) and _HURTS.search(text)
            and not (last_topic or "").startswith(CAUSES)):
        topic = SYMPTOMS_TOPIC
    # "what keeps the fitness going if I drop miles", "so what do I do on the days I can't run", read as keeping
    # running: what to do in place of running (not "can I keep running or will I lose fitness?")
    if topic == KEEP_RUNNING and _IN_PLACE_OF_RUNNING.search(text):
        topic = CROSS_TRAINING
    # "ok so if rest isnt it then what. and dont just say see a physio, ive seen one", read as whether to see someone:
    # what is done about it, the one answer not ruled out
    if topic == SEEK_HELP_TOPIC and _NOT_JUST_SEE_SOMEONE.search(text):
        topic = PT_APPROACH
    # "how long till it works", "how long before he'd notice it getting better" after an answer, read as the exercise
    # dose with no exercises in play (none answered just before, none named): how long it takes to get better
    if (topic == EXERCISE_DOSE and (_BY_WHEN.search(text) or _UNTIL_IT_WORKS.search(text))
            and last_topic in ANSWER_TOPICS and not _exercises_asked_about(content, text, last_topic)):
        topic = RECURRENCE_TOPIC
    # "... I am 70 and it is worst on the stairs. How long does it usually last?", "front side only. so runners knee
    # probably. how long to get ok": a question of how long it takes, after any story, is how long it takes
    # (not about the exercises: "how long does it take to work", asked after them or naming them, is their dose)
    if (topic not in (RECURRENCE_TOPIC, OUTLOOK_TOPIC) and _HOW_LONG_IT_LASTS.search(last_sentence)
            and not _exercises_asked_about(content, text, last_topic)):
        topic = RECURRENCE_TOPIC
    # "half marathon in 3 weeks ... can I wear a brace for the race or does that just make it weaker", read as the
    # race: the one treatment asked about for it (the race answer covers only running it with pain; walking it is
    # still the race)
    # (not when it asks whether to run the race: "With tape I can run it?", "should i still run it or pull out??")
    if topic == RACE_SOON_TOPIC and not _RUN_IT_OR_NOT.search(question_part(text) or text):
        for_the_race = [aspect for aspect in asked_aspects(message, content) if aspect not in RACE_SOON_PARTS]
        if len(for_the_race) == 1:
            topic = _with_aspect(content, for_the_race, TREATMENT) or topic
    # "is this ever gonna go away or what", read as how long it takes: the long term
    if topic == RECURRENCE_TOPIC and _EVER_GOES.search(text) and not _FOR_GOOD.search(text) and not _BY_WHEN.search(text):
        topic = OUTLOOK_TOPIC
    # "... Nothing really shifted it. ... Is this just my life now??", "... saw an orthopedic surgeon who said there was nothing
    # to operate on ... Will he ever get back to running properly?": the long term, asked at the end of a story the
    # classifier reads as about something else it tells of, unsure
    elif (topic in ANSWER_TOPICS and topic not in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) and _EVER_GOES.search(last_sentence)
          and asks_a_question(last_sentence) and not _FOR_GOOD.search(last_sentence) and not _BY_WHEN.search(last_sentence)
          and len(_sentences(text)) > 1 and _top_confidence(message) < SURE_OF_QUESTION_ABOVE):
        topic = OUTLOOK_TOPIC
    # "what else helps besides the brace?": something else (not when it names the other thing itself and that
    # thing is part of the same answer: "knee sleeve under my tights instead of tape?")
    other_than = _OTHER_THAN.search(text)
    if (topic == last_topic and other_than and _ELSE.search(text)
            and not set(aspects_in_text(text[:other_than.start()], content.aspect_words)) & set(content.topics[topic].aspects)):
        topic = _something_else(content, message, last_topic) or topic
    # "fixable how?", "how dem fix dat", "can that be fixed or am I stuck with it" after a cause, read as another
    # physio step: the step for that cause (unless it names another part: "how do they fix the hips then")
    if (topic.startswith(PT_APPROACH + ".") and last_topic in ANSWER_TOPICS and last_topic.startswith(CAUSES + ".")
            and _FIXED.search(text) and len(text.split()) <= FIXED_MAX_WORDS and not aspects_in_text(text, content.aspect_words)):
        step = next_step(content, last_topic)
        if step.startswith(PT_APPROACH + "."):
            return step
    # "can the wobble actually be fixed at my age or is that just how im built", read as the cause it names: the
    # physio step for that cause
    if topic.startswith(CAUSES + ".") and _CAN_BE_FIXED.search(text):
        step = next_step(content, topic)
        if step.startswith(PT_APPROACH + "."):
            return step
    # "how would physio sort that out?", "what would a physio do about it?" after a cause: the physio
    # step for that cause ("how does physio help with it?" asks how physio helps at all)
    if (topic in FAMILIES and last_topic in ANSWER_TOPICS and last_topic.startswith(CAUSES + ".")
            and _POINTS_BACK.search(text) and len(text.split()) <= 10):
        step = next_step(content, last_topic)
        if step.startswith(topic + "."):
            return step
    # "... my knee is sore in front when I go down stairs and after practice. what can I do about it?", read as what it
    # is: a story that asks what to do about it, which is how physio helps (not about a part it names)
    if (topic == FIRST_TOPIC and len(_sentences(text)) > 1 and _WAY_TO_FIX.match(last_sentence)
            and not aspects_in_text(last_sentence, content.aspect_words)):
        return PT_APPROACH
    # "will you remember all this next time", "can you wipe it", read as about the assistant: what is kept
    if topic in (ABOUT, BOT_CHALLENGE) and PRIVACY_ASPECT in aspects_in_text(text, content.aspect_words):
        return PRIVACY
    # "can you not just give me a programme. sets, reps, the lot" after the exercises, read as about the assistant: the
    # exercise dose it names
    if topic == ABOUT and DOSAGE in aspects_in_text(text, content.aspect_words):
        return _with_aspect(content, [DOSAGE]) or topic
    return _treatment_dosed(content, text, topic, last_topic)


def _treatment_dosed(content: Content, text: str, topic: str, last_topic: Optional[str] = None) -> str:
    """"the ice, how many minutes", "how long should i ice it" after the exercises: how much of the treatment it
    names, not the exercises' dose. "how often should i replace them" after a treatment: how to use that treatment."""
    if topic != EXERCISE_DOSE or _names_exercises(content, text):
        return topic
    named = _with_aspect(content, aspects_in_text(text, content.aspect_words), TREATMENT)
    if named:
        return named
    if last_topic in ANSWER_TOPICS and last_topic.startswith(TREATMENT + ".") and _USING_IT.search(text):
        return last_topic
    # "how often" alone after ice: how often to use that treatment, which its answer says
    if last_topic in ANSWER_TOPICS and last_topic.startswith(TREATMENT + ".") and _HOW_OFTEN_ALONE.match(text):
        return last_topic
    return topic


# "so what should i actually be wearing", "what do I run in then": which shoes (not on the knee: "what should I wear on
# my knee")
_WHAT_TO_WEAR = re.compile(r"\bwhat (?:\w+ ){0,2}(?:should|do|would|shall|to|can) (?:i |he |she |we |they |you )?(?:\w+ )?(?:be )?"
                           r"(?:wear|wearing|run(?:ning)? in)\b(?! (?:on|over|round|around|for) (?:my|the|his|her|your) (?:knee|kneecap|leg))", re.I)
# "so a physio then. how do i even pick one", "how would I find a good one": how to choose a clinician
_PICK_ONE = re.compile(r"\bhow (?:do|would|should|can|does) (?:i|you|we|one|he|she) (?:even |actually |go about )?(?:pick|choose|find|tell)"
                       r"(?:ing)? (?:a |the |an? )?(?:good |decent |right |proper )?(?:one|physio|physiotherapist|pt|someone|somebody)\b", re.I)
_CLINICIAN_NAMED = re.compile(_CLINICIAN, re.I)
_OR = re.compile(r"\bor\b", re.I)
# "should he just pack in running": whether to keep running
_PACK_IN_RUNNING = re.compile(r"\b(?:pack|jack|pack it|jack it|give it) in\b(?=[^.?!]*\brunning\b)|\b(?:pack|jack) (?:in )?running(?: in)?\b", re.I)
# "right so resting doesnt work but running hurts. so i just stop then?": whether to keep running
_JUST_STOP = re.compile(r"^\W*(?:(?:so|and|ok|okay|right|then)\W+)*(?:do |should |shall )?(?:i|we|she|he) (?:just stop(?: running)?|stop running|"
                        r"stop (?:altogether|completely|entirely))(?: then| altogether| completely| for good| entirely)?\W*$", re.I)
# "stand up three times an hour in a board meeting, sure. so its definitely runners knee then": whether it is another condition
_DEFINITELY_RUNNERS_KNEE = re.compile(r"\b(?:it'?s|its|it is|this is|mine is|so it'?s|so its) (?:definitely|defo|deffo|def|definately|definitly|100%|for sure|certainly)"
                                      r" (?:runner'?s'? knee|runners knee|pfps|pfp|patellofemoral(?: pain)?)\b", re.I)
# "no physio within 80km. home version": the exercises, done at home
_HOME_VERSION = re.compile(r"^(?:[^.?!]*[.?!]\s+)?\W*(?:(?:so|ok|okay|and|then)\W+)*(?:a |the |any |is there a )?(?:home|at[- ]home|diy) "
                           r"(?:version|option|programme|program|routine|alternative)(?: then| pls| please)?\W*$", re.I)
# "the hip plus knee combo being better, says who? which study", "'nearly all knees'? based on what exactly", "it DOES feel
# better after though. explain that": the claim of the answer just given, challenged
_CHALLENGES_THE_CLAIM = re.compile(r"\b(?:says|said) who\b|\bwho says(?: so)?\W*$|\bwhich (?:study|studies|trial|trials|research|paper|papers)\b"
                                   r"|\bbased on what\b|\bwhat(?:'?s| is| are) (?:that|this|it|those|these|\W\w+(?: \w+){0,3}\W) based on\b"
                                   r"|\bwhere(?:'?s| is| does) (?:that|this) (?:from|come from)\b|\bexplain (?:that|this)(?: then| one)?\W*$"
                                   r"|\bprove it\b|\bsounds made up\b|\bwhere'?s (?:it|that|this) from\b"
                                   # "that military recruit study, how do you know that counts for runners"
                                   r"|\bhow (?:do|would|can) (?:you|u|we|they) (?:even |actually |really )?know (?:that|this|it) (?:counts|applies|works|holds|is true)\b"
                                   # "one session though. has anyone tested doing it for weeks on end"
                                   r"|\bhas (?:anyone|anybody|any study|any trial) (?:actually |ever )?(?:tested|studied|looked at|trialled|trialed|checked)\b"
                                   r"|\b(?:want|wants|need|needs|give me|got|have|any) (?:a |the )?(?:source|sources|reference|references|citation)\b"
                                   r"|\b(?:what'?s|whats|what is) the (?:source|reference|citation)\b", re.I)
CHALLENGE_MAX_WORDS = 25
# "so the GP was wrong?", "older label. so the doc was just behind the times?": the answer just given, set against
# what a clinician said
_SO_THEY_WERE_WRONG = re.compile(r"^(?:[^.?!]*[.?!]\s+)?\W*(?:(?:so|and|but|brilliant|great|wait)\W+)*(?:the|my|her|his|our|their) "
                                 r"(?:" + _CLINICIAN + r"|coach) (?:was|is|were|are|has been) (?:just |simply |completely |totally )?"
                                 r"(?:wrong|mistaken|out of date|outdated|behind the times)(?: then)?\W*$", re.I)
# "2 out of 10 on whose scale", "what counts as a 2 though", "who's actually sitting there scoring it": the pain scale of
# the guide to running with pain, doubted
_WHOSE_SCALE = re.compile(r"\bon whose scale\b|\bwho'?s (?:\w+ ){0,3}(?:scoring|rating|grading|marking) (?:it|that|them)\b"
                          r"|\bwhat counts as (?:a )?(?:\d|one|two|three|four|five)\b"
                          # "physio told her pain up to 4 is fine. you're saying 2. which one do i believe"
                          r"|\b(?:you'?re|youre|you are|u r|ur|you) (?:saying|say|said) (?:a )?(?:\d|one|two|three|four|five)\b"
                          r"(?=\s*(?:$|[.,;!?)\-–]|/\s?10|out of|is\b|then\b|and\b(?! a half)|but\b|or\b|to\b|max\b))", re.I)
# "fine, forget the dose. is it even worth him taking it", "ask a pharmacist. sure ... is the gel any better than tablets
# then": painkillers asked about, the dose left aside
_DOSE_WAVED_AWAY = re.compile(r"\b(?:forget|never ?mind|leave|skip|not asking (?:for|about)) (?:the )?(?:dose|dosage|doses|numbers?)\b"
                              r"|^\W*ask (?:a|the|my|your) (?:pharmacist|chemist)\b", re.I)
_ASKS_A_DOSE = re.compile(r"\bhow (?:many|much|often)\b|\bdose|\bdosage|\bmg\b|\bmilligrams?\b|\b(?:a|per) day\b|\bmax(?:imum)?\b|\b(?:safely|safe to) take\b", re.I)
# "how much does it get to hurt mid squat before I should back off": how much pain is fine during an exercise, its dose
_HOW_MUCH_HURT = re.compile(r"\bhow much (?:can|should|does|is|may|will) (?:it|that|this|they|the knee) (?:get to |be allowed to |allowed to )?(?:hurt|ache)\b"
                            r"|\bhow (?:much|sore|painful) (?:pain |hurt )?(?:is|can it be|should it be|is too much|is ok|is okay|is fine)\b", re.I)
# "which one should we have got then" after a treatment: that treatment
_WHICH_TO_BUY = re.compile(r"\bwhich (?:one|ones|brand|type|kind|sort) (?:should|do|would|shall|could) (?:i|we|he|she|you|u) (?:have )?"
                           r"(?:get|got|buy|bought|go for|gone for|use|try)\b", re.I)
# "ok so do we scrap the hill reps for them or not": whether to keep running those sessions
# "the five steps thing reads like a leaflet. which one actually matters most", "the 5 step thing you lot use": how physio
# helps, the steps it lists
_FIVE_STEPS = re.compile(r"\b(?:the |your |those |these )(?:5|five)[- ]steps?(?: (?:thing|model|approach|plan|process|programme|program|list))?\b", re.I)
_DROP_A_SESSION = re.compile(r"\b(?:scrap|bin|drop|ditch|skip|cut out|knock)\b (?:the |my |our |their |his |her )?(?:hill ?reps|hill sessions?|hills|"
                             r"speed ?work|intervals|tempo(?: runs?)?|long runs?|track sessions?|sessions?|reps)\b", re.I)
# "and the quads bit, where's that from", "the fatigue one. actual evidence or just from the article": the source of one
# part of the answer just given, the answer about that part
# (not "the exercise that one you said has the strongest evidence", which asks for that exercise, nor "so the only
# thing with any evidence is the boring exercises. figures. which ones")
_THAT_PART = re.compile(r"^\W*(?:(?:and|but|so|ok|okay|what about|hmm+)\W+)*the (?!(?:that|only|same|whole|other|one|best|main|real|first|last|next|big|actual)\b)\w+ (?:bit|one|part|point|claim|thing)\b(?! (?:you|u|that|which)\b)", re.I)
_ITS_SOURCE = re.compile(r"\b(?:evidence|source|sources|proof|reference|study|studies|research)\b|\bfrom the article\b|\bwhere'?s (?:that|it|this) from\b", re.I)
# "ok so basically i did too much. whats not too much then", "how much is ok then" after the training load: how much
# running to build back with, the return to running
_HOW_MUCH_IS_NOT_TOO_MUCH = re.compile(r"\bwhat(?:'?s| is| would be| counts as) not too much\b"
                                       r"|\bhow much (?:is|would be|counts as) (?:ok|okay|fine|safe|alright|all right|not too much)\b", re.I)
# "run-walk like how much run how much walk. minutes": how the run-walk of the return to running goes
_HOW_MUCH_RUN_WALK = re.compile(r"\bhow (?:much|many|long)\b", re.I)
# "whats the evidence for NSAIDs in PFPS": the answer about what it names
_EVIDENCE_FOR = re.compile(r"\b(?:what'?s|whats|what is|any|is there any) (?:the )?(?:evidence|research|proof|data) (?:for|on|behind)\b", re.I)
# "how would i even know if mine is something else": whether it is another condition
# ("how do we know she hasnt got something else going on", "those kids must have had something else wrong then")
_MINE_SOMETHING_ELSE = re.compile(r"\bhow (?:would|do|can|will|could) (?:i|we|you|u|she|he) (?:even |actually |ever )?(?:know|tell)"
                                  r" (?:if |whether )?(?:mine|it|this|that|hers|his|my knee|she|he|i|they)(?:'s| is| was| has| hasn'?t| hasnt| have"
                                  r"| haven'?t| havent| isn'?t| isnt)(?: got)? (?:something|anything) else\b"
                                  r"|\b(?:must|might|could|may) (?:have )?(?:had|have|be) (?:something|anything) else(?: wrong| going on)\b"
                                  # "both knees at once tho. doesn't that mean it's something else"
                                  r"|\b(?:doesn'?t|doesnt|does not|wouldn'?t|wouldnt|would|does) (?:that|this|it) (?:mean|suggest|point to) "
                                  r"(?:it'?s|its|it is|it'?s probably|she has|he has|i have|there'?s) (?:something|anything) else\b", re.I)
# "... ended up under the knife. am I heading the same way", "will she end up under the knife too": whether surgery
# will be needed
_HEADING_THAT_WAY = re.compile(r"\b(?:heading|headed|going) (?:the same way|down the same (?:road|path|route)|that way)\b"
                               r"|\b(?:will|would|could|might|is|am|are) (?:she|he|i|we|they|it|my \w+) (?:\w+ )?(?:end up|need|heading for|going to need)\b", re.I)
# "feels like being fobbed off. so how do they diagnose it then": what a physio's assessment does (with a scan named,
# whether one is needed: "how do they even diagnose it, do i need a scan")
_HOW_THEY_DIAGNOSE = re.compile(r"\bhow (?:do|does|would|can|will|could) (?:they|doctors|docs|physios|the doctor|the gp) (?:even |actually |then )?"
                                r"(?:diagnose|know what it is|tell what it is|work out what it is|figure out what it is)\b", re.I)
# "so go on, tell me i can keep going": whether to keep running
_TELL_ME_I_CAN = re.compile(r"\btell (?:me|him|her) (?:i|he|she) can (?:keep (?:going|running)|carry on|still run)\b", re.I)
# "Anything new that actually helps?", "is there anything that fixes the actual knee": something that works (not at work:
# "anything i can do at my desk")
_ANYTHING_THAT_WORKS = re.compile(r"\banything\b(?:(?! at (?:work|my desk|the office))[^.?!]){0,45}?\b(?:actually|really|truly|properly|proven|proper)\b"
                                  r"[^.?!]{0,15}?\b(?:works?|helps?|fix(?:es)?|sorts?|evidence)\b", re.I)
# "anything I can do in 4 weeks", "before the race": the weeks until it
_IN_WEEKS = re.compile(r"\b(?:in|within|with) (?:the )?(?:\d+|two|three|four|five|six|a few|few) (?:weeks?|wks?)\b|\bbefore (?:the|race) day\b|\bby race day\b", re.I)
RACE_RECENT_NAMED = 3
_ANYTHING_TO_DO = re.compile(r"\b(?:anything|what|something) (?:\w+ ){0,3}(?:do|try)\b", re.I)
# "how am I supposed to know which ones are right for me", "which one do i start with": which applies to the runner
_WHICH_APPLIES_TO_ME = re.compile(r"\bhow (?:am i|do i|would i|can i|is she|does she|is he|does he) (?:\w+ )?(?:supposed to |meant to )?(?:know|tell|work out|figure out) "
                                  r"which (?:ones?|exercises|bits?) (?:are|is) (?:right|best|the right ones?|the best ones?) for (?:me|her|him)\b|\bwhich (?:one|ones|bit|part) (?:do|should|would) (?:i|we|she|he) (?:start|begin|tackle|go for)\b", re.I)
# "Is it worth carrying on", "any point sticking with it": whether to keep on with what was just answered
_WORTH_KEEPING_ON = re.compile(r"\b(?:worth|any point(?: in)?|point in) (?:carrying on|continuing|keeping (?:it |them |this |that )?(?:up|going|on)"
                               r"|sticking (?:with|at) (?:it|them|this|that)|persevering|persisting)\b", re.I)
# "so which is it", "which one is it then", after the runner named several causes: the causes
_WHICH_IS_IT = re.compile(r"^\W*(?:(?:so|ok|okay|well|right|and|but)\W+)*(?:which|what) (?:one )?(?:is it|of them is it)(?: then)?\W*$", re.I)
WHICH_IS_IT_MIN_NAMED = 2
# "he'll just ask how many is too many", "is 2 a run fine", "how much can she take" after painkillers: a dose, which the
# assistant does not give
_PILLS_HOW_MANY = re.compile(r"\bhow (?:many|much) (?:is too (?:many|much)|(?:can|should|could) (?:i|he|she|you|we) (?:safely )?take|(?:is|are) (?:safe|ok|okay|fine))\b"
                             r"|\bis (?:\d+|one|two|three|four) (?:a|per|each|every) (?:run|day|race|long run)\b|\bwhat (?:dose|dosage)\b"
                             r"|\bhow many (?:a|per) (?:day|run)\b", re.I)
# "how do I get round", "how do i get through it" in a conversation about a race: running the race
_GET_ROUND = re.compile(r"\bhow (?:do|can|will|would|should) (?:i|he|she|we) (?:\w+ )?get (?:round|around|through)(?: it| the race| the day| on the day)?\W*$", re.I)


def _asked_next(content: Content, message: Mapping[str, Any], text: str, last_topic: Optional[str],
                named_before: Tuple[str, ...]) -> Optional[str]:
    """The next question a runner asks in a few words after an answer they doubt, whatever the classifier reads into it."""
    named = set(aspects_in_text(text, content.aspect_words))
    # "Anything new in the last 20 years that actually helps?", "is there anything she hasnt tried that actually has
    # evidence behind it", read as neither a treatment, physio nor exercise: the exercises, which have the best evidence
    classified = TOPIC_BY_INTENT.get((message.get("intent") or {}).get("name") or "", "")
    if (_ANYTHING_THAT_WORKS.search(_last_sentence(text)) and asks_a_question(_last_sentence(text)) and not named
            and classified.split(".")[0] not in (TREATMENT, PT_APPROACH, EXERCISES)):
        return EXERCISE_EXAMPLES
    # (of no other treatment or part: "what should i wear on my knee")
    if (_WHAT_TO_WEAR.search(text) and asks_a_question(text) and not _KNEE.search(text)
            and named <= {"shoes", "insoles"}):
        return INSOLES_SHOES
    # (of a clinician it names or after whom to see or how they help: not "how do I pick one" of the exercises)
    if (_PICK_ONE.search(text) and asks_a_question(text)
            and (_CLINICIAN_NAMED.search(text) or (last_topic or "").split(".")[0] in (SEEK_HELP_TOPIC, PT_APPROACH))):
        return WHO_TO_SEE
    # (of the sentence that asks it: "His GP ... should take up swimming. should he just pack in running")
    # (asked on its own, not as the way out of another question: "is there anything left or do i just pack in running")
    last_sentence = _last_sentence(text)
    if (((_PACK_IN_RUNNING.search(last_sentence) and asks_a_question(last_sentence)) or _TELL_ME_I_CAN.search(last_sentence))
            and not _OR.search(last_sentence)
            and set(aspects_in_text(last_sentence, content.aspect_words)) <= set(KEEP_RUNNING_PARTS)):
        return KEEP_RUNNING
    if (_WHICH_IS_IT.match(text) and (last_topic == SYMPTOMS_TOPIC or (last_topic or "").split(".")[0] == CAUSES)
            and len(set(named_before)) >= WHICH_IS_IT_MIN_NAMED and set(named_before) & _CAUSE_PARTS):
        return CAUSES
    # "Is it worth carrying on or am I just funding her holiday" after a treatment: that treatment (not the running)
    if ((last_topic or "").startswith(TREATMENT + ".") and last_topic in ANSWER_TOPICS and _WORTH_KEEPING_ON.search(text)
            and not _RUNNING_NAMED.search(text) and named <= set(content.topics[last_topic].aspects)):
        return last_topic
    if last_topic == PAIN_RELIEF and _PILLS_HOW_MANY.search(text) and named <= {"painkillers"}:
        return OUT_OF_SCOPE
    if (_JUST_STOP.match(last_sentence) and (last_topic or "").split(".")[0] != EXERCISES
            and set(aspects_in_text(last_sentence, content.aspect_words)) <= set(KEEP_RUNNING_PARTS)):
        return KEEP_RUNNING
    if _THAT_PART.match(text) and (_ITS_SOURCE.search(text) or _CHALLENGES_THE_CLAIM.search(text)) and len(named) == 1:
        sourced = _with_aspect(content, list(named))
        if sourced:
            return sourced
    if (last_topic in ANSWER_TOPICS and last_topic not in FAMILIES and _CHALLENGES_THE_CLAIM.search(text)
            and len(text.split()) <= CHALLENGE_MAX_WORDS
            and named - {GP_OR_PHYSIO} <= set(content.topics[last_topic].aspects) | set(aspects_in_text(content.topics[last_topic].text, content.aspect_words))):
        return last_topic
    if last_topic in ANSWER_TOPICS and _SO_THEY_WERE_WRONG.match(text) and not named - {GP_OR_PHYSIO}:
        return last_topic
    if _WHOSE_SCALE.search(text) and (last_topic == KEEP_RUNNING or KEEP_RUNNING in {_with_aspect(content, [aspect]) for aspect in named}):
        return KEEP_RUNNING
    if (_DOSE_WAVED_AWAY.search(text) and (last_topic in (PAIN_RELIEF, OUT_OF_SCOPE) or PAINKILLERS in named)
            and not _ASKS_A_DOSE.search(last_sentence) and asks_a_question(last_sentence) and named <= {PAINKILLERS}
            and not _ASKS_FOR_ANOTHER.match(last_sentence)):
        return PAIN_RELIEF
    if ((last_topic or "").startswith(TREATMENT + ".") and last_topic in ANSWER_TOPICS and _WHICH_TO_BUY.search(last_sentence)
            and named <= set(content.topics[last_topic].aspects)):
        return last_topic
    if _HOW_MUCH_HURT.search(last_sentence) and EXERCISE_TYPES in named and named <= {EXERCISE_TYPES, DOSAGE}:
        return EXERCISE_DOSE
    if ((_MINE_SOMETHING_ELSE.search(text) or _DEFINITELY_RUNNERS_KNEE.search(last_sentence))
            and not named - CONDITIONS_NAMED):
        return RELATED_CONDITIONS
    if (_HEADING_THAT_WAY.search(last_sentence) and SURGERY in named
            and not set(aspects_in_text(last_sentence, content.aspect_words)) - {SURGERY}):
        return AFTER_PHYSIO_FAILS
    if (_DROP_A_SESSION.search(last_sentence) and asks_a_question(last_sentence) and (last_topic or "").split(".")[0] != EXERCISES
            and set(aspects_in_text(_DROP_A_SESSION.sub(" ", last_sentence), content.aspect_words)) <= set(KEEP_RUNNING_PARTS)):
        return KEEP_RUNNING
    if _FIVE_STEPS.search(text) and not named:
        return PT_APPROACH
    # "reps though, roughly. i need something to put on the whiteboard" after the exercises or strength work: their dose
    # (after stretching, how often to stretch is that answer)
    if (named == {DOSAGE} and last_topic in (EXERCISE_EXAMPLES, EXERCISE_DOSE, STRENGTH_STEP)
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS):
        return EXERCISE_DOSE
    if last_topic == TRAINING_LOAD_TOPIC and _HOW_MUCH_IS_NOT_TOO_MUCH.search(text) and not named - set(KEEP_RUNNING_PARTS):
        return RETURN_TO_RUNNING_STEP
    if (_RUN_WALK_PLAN.search(text) and _HOW_MUCH_RUN_WALK.search(text) and not named - set(KEEP_RUNNING_PARTS)
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS):
        return RETURN_TO_RUNNING_STEP
    if _EVIDENCE_FOR.search(last_sentence):
        evidence_for = {_with_aspect(content, [aspect]) for aspect in named - {OTHER_NAMES_PART}}
        if len(evidence_for) == 1 and None not in evidence_for:
            return evidence_for.pop()
    if _HOME_VERSION.match(text) and not named - {ROOT_CAUSE_PART, GP_OR_PHYSIO}:
        return EXERCISE_EXAMPLES
    if _HOW_THEY_DIAGNOSE.search(last_sentence) and not named - {ROOT_CAUSE_PART, GP_OR_PHYSIO}:
        return ROOT_CAUSE_STEP
    if (last_topic == RACE_SOON_TOPIC or RACE in named_before) and _GET_ROUND.search(text):
        return RACE_SOON_TOPIC
    # "is there anything I can actually do MYSELF in 4 weeks" soon after a race was named: getting ready for the race
    if (RACE in named_before[-RACE_RECENT_NAMED:] and _IN_WEEKS.search(text) and _ANYTHING_TO_DO.search(text) and asks_a_question(text)
            and not named - {RACE} and len(text.split()) <= CONTEXT_MAX_WORDS * 2):
        return RACE_SOON_TOPIC
    # "how am I supposed to know which ones are right for me", "ok which one do i start with" after causes: finding out
    # which applies, what a physio's assessment does
    if (_WHICH_APPLIES_TO_ME.search(text) and not named
            and (last_topic or "").split(".")[0] in (CAUSES, RELATED, SYMPTOMS_TOPIC)):
        return ROOT_CAUSE_STEP
    return None


def _unanswered_part(content: Content, message: Mapping[str, Any], last_topic: Optional[str],
                     named_before: Tuple[str, ...]) -> Optional[str]:
    """The part of the question before that the answer left out, when the runner says so: what the
    message names beyond that answer ("and the cold, you did not answer"), else the question the
    classifier is sure of ("you didn't answer the second part, about my messages"), else what the
    conversation named last beyond that answer ("you didn't answer the second one")."""
    text = message.get("text") or ""
    if last_topic not in ANSWER_TOPICS or not _UNANSWERED.search(text) or len(text.split()) > UNANSWERED_MAX_WORDS:
        return None
    answered = set(content.topics[last_topic].aspects)
    named = aspects_in_text(text, content.aspect_words)
    if set(named) & answered:  # "ye didnae say anythin aboot the shoes" after shoes: that answer again
        return None
    if named:
        return _with_aspect(content, named)
    intent = (message.get("intent") or {}).get("name") or ""
    topic = TOPIC_BY_INTENT.get(intent, "")
    if intent in QUESTION_INTENTS and topic in ANSWER_TOPICS and topic != last_topic and _top_confidence(message) > UNANSWERED_SURE_ABOVE:
        return topic
    before = [aspect for aspect in named_before if aspect not in answered]
    return (_OTHER_QUESTION.search(text) and before and _with_aspect(content, before[-1:])) or None


def _carries_on(content: Content, text: str, last_topic: Optional[str]) -> Optional[str]:
    """A message that carries on from the answer just given, whatever the classifier reads into it."""
    # "what can i do about it" after the runner's own story: how physio helps
    # (the step for what it names: "so what do i do about my weak hips")
    if last_topic == SYMPTOMS_TOPIC and _WAY_TO_FIX.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        named = aspects_in_text(text, content.aspect_words)
        return (named and _with_aspect(content, named, PT_APPROACH)) or PT_APPROACH
    # "how do i fix it" after what it is, the outlook or an answer other than a cause or a physio step: how physio helps
    # (it went to movement retraining)
    if (_FIX_IT_ALONE.match(text) and not (last_topic or "").startswith(CAUSES + ".")
            and not (last_topic or "").startswith(PT_APPROACH + ".")):
        return PT_APPROACH
    # "and the cure?", "Cure part?" after an answer: what to do about it (after a cause, the step that works on it)
    if _CURE_ALONE.match(text) and last_topic in ANSWER_TOPICS:
        return next_step(content, last_topic) if last_topic.startswith(CAUSES + ".") else PT_APPROACH
    # "so what then", "ok so what now" after it: what to do, how physio helps
    if last_topic == SYMPTOMS_TOPIC and _WHAT_NOW_ALONE.match(text):
        return PT_APPROACH
    # "right, carry on" after it: its first follow-up
    if last_topic == SYMPTOMS_TOPIC and _GO_ON.match(text):
        return content.topics[last_topic].follow_ups[0]
    # "is that bad?" after a story: whether to get it seen
    if last_topic == SYMPTOMS_TOPIC and _IS_IT_BAD.match(text):
        return SEEK_HELP_TOPIC
    if last_topic not in ANSWER_TOPICS:
        return None
    # "is that normal?", "is it safe?", "when?", "source for that?", "any evidence?", "short version?",
    # "what are the side effects?", "any downsides?", "worth trying?", "thats rubbish" after an answer: about that
    # answer, whatever the classifier guesses ("what kind?" too, but after the dose it asks which exercises)
    if (any(bare.match(text) for bare in _OF_THE_ANSWER_JUST_GIVEN)
            or (_WHAT_KIND_ALONE.match(text) and last_topic != EXERCISE_DOSE)):
        return last_topic
    # "taper or keep my mileage up", "and the taper?" after an answer: the race coming up
    if _ABOUT_THE_TAPER.search(text) and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS:
        return RACE_SOON_TOPIC
    # "got it", "makes sense", "ok will do" after an answer: taken as thanks (not a goodbye, a race or a hello)
    if _ACKNOWLEDGED.match(text):
        return THANKS_TOPIC
    # "one sec", "lol" after an answer: nothing asked (not the scans, a physio step or the exercises)
    if _PAUSE_OR_LAUGH_ALONE.match(text):
        return FALLBACK_TOPIC
    # "is some pain ok" after an answer: the guide to how much pain is fine (which the answer on other ways to stay fit
    # gives as well)
    if _SOME_PAIN_OK.match(text):
        return last_topic if last_topic == CROSS_TRAINING else _pain_guide(content, text, last_topic)
    # "what about netball then", "can i still play football" after an answer: other ways to stay fit
    if _OTHER_SPORT_ALONE.match(text):
        return CROSS_TRAINING
    # "what would you do in my shoes", "whats your advice" after an answer: what to do about it
    # (after a decision, whether to run the race or keep running: that decision)
    if _YOUR_ADVICE.match(text):
        return last_topic if last_topic in (RACE_SOON_TOPIC, KEEP_RUNNING) else next_step(content, last_topic)
    # "thats kinda depressing ngl", "bit grim tbh. any good news?" after how long it takes: the long-term outlook;
    # after another answer, that answer (not a goodbye, as the classifier reads "that's scary")
    if _GRIM_REACTION.match(text):
        return OUTLOOK_TOPIC if last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) else last_topic
    # "is it fixable or am I just too old at 47" after an answer: the outlook, which says what age changes
    # (not the physio step that "fixable" asks for after a cause)
    if _TOO_OLD.search(text) and len(text.split()) <= TOO_OLD_MAX_WORDS:
        return OUTLOOK_TOPIC
    # "any tips?" after advice: that advice
    if _ANY_TIPS.match(text) and content.topics[last_topic].family in DOING_FAMILIES:
        return last_topic
    # "where do i get one" after a treatment: where to get what it said (read as who to see)
    if _WHERE_TO_GET.match(text) and last_topic.startswith(TREATMENT + "."):
        return last_topic
    # "next steps?", "what are my next steps" (its "steps" read as running form) after an answer: its next step,
    # as "next step?" is
    if _NEXT_STEPS_ALONE.match(text):
        return next_step(content, last_topic)
    # "morning or evening?" (read as a hello) and "how much?" (read as outside what the assistant covers) after an
    # answer: when, or how much, of what it said; after exercises, their dose (after medicines "how much?" may ask a
    # dose, which the classifier decides)
    if _TIME_OF_DAY_CHOICE.match(text) or (_HOW_MUCH_ALONE.match(text) and last_topic not in MEDICINE_ANSWERS):
        return EXERCISE_DOSE if last_topic in EXERCISES_GIVEN else last_topic
    if _HOW_OFTEN_ALONE.match(text) and last_topic in EXERCISES_GIVEN:
        return EXERCISE_DOSE
    if (_HOW_OFTEN_ALONE.match(text) and content.topics[last_topic].family in HOW_OFTEN_STAYS_IN
            and last_topic not in MEDICINE_ANSWERS):
        return last_topic
    # "and for actual running is the 2/10 thing the same", "is that the same for running?" after the exercise dose:
    # the guide to running with pain
    if ((_PAIN_RULE_APPLIES.search(text) or (last_topic == EXERCISE_DOSE and _SAME_FOR.search(text)))
            and _FOR_RUNNING.search(text) and not _names_exercises(content, text) and len(text.split()) <= PAIN_RULE_MAX_WORDS):
        return KEEP_RUNNING
    # "every day can?", "is 45 min overkill" after the exercises: their dose
    if (last_topic in EXERCISES_GIVEN and _AN_AMOUNT.search(text) and len(text.split()) <= AN_AMOUNT_MAX_WORDS
            and set(aspects_in_text(text, content.aspect_words)) <= EXERCISES_NAMED and not _RUNNING_NAMED.search(text)):
        return EXERCISE_DOSE
    # "the ice, how many minutes", "and the tape, how long for" after the answer that names it: how much of
    # what that answer says (not exercises: "the hip ones, how many reps" is their dose)
    named = aspects_in_text(text, content.aspect_words)
    if (named and set(named) <= set(content.topics[last_topic].aspects) and last_topic not in EXERCISE_ADVICE
            and (_HOW_MEASURE.search(text) or _HOW_LONG_FOR.search(text)) and not _names_exercises(content, text)
            and not _REPS.search(text) and not _A_DOSE.search(text) and len(text.split()) <= HOW_MUCH_OF_A_PART_MAX_WORDS):
        return last_topic
    # "only for long runs or every run", "wear it all day or just when im out running" after a brace, tape
    # or insoles: when to wear them, which that answer says
    # (not "so what should she be doing instead of just the tape", which asks what works instead)
    if (last_topic in WORN and _WHEN_TO_USE.search(text) and len(text.split()) <= WHEN_TO_USE_MAX_WORDS
            and not _DO_INSTEAD.match(text)
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[last_topic].aspects)):
        return last_topic
    # "and?", "and after?", "what next?", "ok i did the assessment, next?", "and after they find the cause, then?": it goes on
    # (also after a story: "she pushed on my leg and watched me hop. so that's step one done, what comes after")
    last_sentence = _last_sentence(text)
    if _GO_ON.match(text) or (_DONE_THAT.search(last_sentence)
                              and (_NEXT_AT_END.search(text) or (_WHAT_THEN_AT_END.search(text) and not _IF.search(text)
                                                                    and not aspects_in_text(text, content.aspect_words)))
                              and len(last_sentence.split()) <= NAMED_FOLLOW_UP_MAX_WORDS):
        # (what is done is the physio's first step: "and after they find the cause, then?": the step after it)
        if _CAUSE_FOUND.search(text):
            return content.topics[ROOT_CAUSE_STEP].follow_ups[0]
        return content.topics[last_topic].follow_ups[0]
    # "and the hip part?", "the mobility bit?", "that one about ankles": that part of the answer just given (of the physio's
    # steps after advice on what to do; of the causes after a cause)
    if _PART_OF_IT.match(text):
        named = aspects_in_text(text, content.aspect_words)
        family = content.topics[last_topic].family
        family = family if family in FAMILIES else PT_APPROACH if family in DOING_FAMILIES else None
        found = named and (_with_aspect(content, named, family) or _with_aspect(content, named))
        if found:
            return found
    # "what do you mean by cutting back", "whats the wobbly one leg thing you mentioned": a part of an
    # answer asked about is answered by the topic that part names
    quoted = _QUOTES_AN_ANSWER.search(text)
    if quoted and len(text.split()) <= QUOTES_AN_ANSWER_MAX_WORDS:
        named = aspects_in_text(quoted.group("meant") or quoted.group("named") or "", content.aspect_words)
        found = named and (_with_aspect(content, named, content.topics[last_topic].family) or _with_aspect(content, named))
        if found:
            return found
    # "my wife has it too, does the insole stuff go for her?", "and me? same answer?": the answer
    # just given, for someone else (or after a detail put right)
    same = _SAME_FOR_OTHERS.search(text)
    if (same and len(text.split()) <= SAME_FOR_OTHERS_MAX_WORDS
            and set(aspects_in_text(text[:same.start()] + " " + text[same.end():], content.aspect_words))
            <= set(content.topics[last_topic].aspects)):
        return last_topic
    # "Same rule for walking also?": the answer just given, whatever else it names
    if _SAME_RULE.search(text) and len(text.split()) <= SAME_RULE_MAX_WORDS:
        return last_topic
    # "no i mean which one actually has evidence behind it": the answer just given (or the part of its
    # family that the correction names: "not in general, i mean in my case. went from 20k a week to 45k")
    # ("i mean i did go from like 15k a week to 35": a jump in mileage names the training load)
    if _CORRECTION.search(text):
        named = aspects_in_text(text, content.aspect_words) or ([TRAINING_LOAD] if _MILEAGE_JUMP.search(text) else [])
        if not named:
            return last_topic
        found = _with_aspect(content, named, content.topics[last_topic].family)
        if found:
            return found
    # "that doesn't answer my question", "explain simpler": the answer just given, again
    if _ASKS_AGAIN.search(text) and len(text.split()) <= ASKS_AGAIN_MAX_WORDS:
        return last_topic
    # "which brand then" after insoles, a brace or painkillers: that answer (it names no brand)
    if (content.topics[last_topic].family == TREATMENT and _WHICH_BRAND.search(text)
            and len(text.split()) <= WHICH_BRAND_MAX_WORDS):
        return last_topic
    # "does it actually fix it" after a treatment or the exercises: whether it works, which its answer says
    if ((last_topic.startswith(TREATMENT + ".") or last_topic in (EXERCISE_EXAMPLES, EXERCISE_DOSE, STRETCHING))
            and _DOES_IT_FIX_IT.search(text) and len(text.split()) <= DOES_IT_FIX_IT_MAX_WORDS
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[last_topic].aspects)):
        return last_topic
    # "what else can cause it", "what else did you list apart from tiredness" after one cause: all of them
    if last_topic.startswith(CAUSES + ".") and any(
            _WHAT_ELSE.search(sentence) and len(sentence.split()) <= WHAT_ELSE_MAX_WORDS for sentence in _sentences(text)):
        return CAUSES
    # "what comes after the strengthening?", "and after the assessment?": the physio step after it
    after = _AFTER_A_STEP.match(text)
    if after and len(text.split()) <= AFTER_A_STEP_MAX_WORDS:
        steps = _parts_of(PT_APPROACH)
        step = _with_aspect(content, aspects_in_text(text[after.end():], content.aspect_words), PT_APPROACH)
        if step in steps[:-1]:
            return steps[steps.index(step) + 1]
    # "n if i cut back wot do i do instead" after whether to keep running: other training meanwhile
    if last_topic == KEEP_RUNNING and _TRAIN_INSTEAD.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return CROSS_TRAINING
    # "do i need equipment?": which exercises
    # (also "can i do it at home with no equipment" after strength work)
    if ((_NEEDS_EQUIPMENT.search(text) or (last_topic == STRENGTH_STEP and _WITHOUT_KIT.search(text) and asks_a_question(text)))
            and len(text.split()) <= NEEDS_EQUIPMENT_MAX_WORDS):
        return EXERCISE_EXAMPLES
    # "that didn't help" after advice: when to get help (after that answer, who to see)
    if _DID_NOT_HELP.match(text) and last_topic not in ASSISTANT_TOPICS:
        return SEEK_HELP_TOPIC if last_topic != SEEK_HELP_TOPIC else WHO_TO_SEE
    # "so what should i be doing instead of stopping", "so what do i actually run then", "just run less?" after why
    # rest alone fails: how to keep running meanwhile
    if (last_topic == WHY_REST_FAILS and (_INSTEAD_OF_STOPPING.search(text) or _RUN_LESS.search(text))
            and len(text.split()) <= NAMED_FOLLOW_UP_MAX_WORDS and not aspects_in_text(text, content.aspect_words)):
        return KEEP_RUNNING
    # "so what do i do instead" after why rest alone fails: what physio does
    if last_topic == WHY_REST_FAILS and (_DO_INSTEAD.match(text) or _PLAN_B.search(text)):
        return PT_APPROACH
    # "so six months off was basically a waste of time?" after why rest alone fails: the rest it told of, still that
    # answer (naming nothing else, and not asking what to do instead: "ok so instead of resting what should i be doing")
    if (last_topic == WHY_REST_FAILS and _rested(text) and asks_a_question(text) and len(text.split()) <= CONTEXT_MAX_WORDS
            and not _WHAT_OR_HOW.search(text)
            and not set(aspects_in_text(text, content.aspect_words)) - set(content.topics[WHY_REST_FAILS].aspects)):
        return WHY_REST_FAILS
    # "so what actually works then" after a treatment or stretching that does little alone: exercise,
    # the treatment with the most evidence
    # (not after scans, which are not a treatment: "so whats the alternative" asks what physio does instead)
    if (((last_topic.startswith(TREATMENT + ".") and last_topic != SCANS_TOPIC) or last_topic == STRETCHING)
            and (_DO_INSTEAD.match(text) or _PLAN_B.search(text) or _NOT_ALONE_THEN_WHAT.search(text)
                 or _WHAT_ACTUALLY_WORKS.match(_last_sentence(text).strip()))
            and len(text.split()) <= WHAT_WORKS_INSTEAD_MAX_WORDS
            and set(aspects_in_text(text, content.aspect_words)) <= set(content.topics[last_topic].aspects)):
        return EXERCISE_EXAMPLES
    # "ok so how do i make sure im not in the 4", "ok what make it better then", "so how do i stop it
    # happening next year", "stopping it coming back then, what's the plan", "any way to stop it coming back then" after
    # the outlook: what physio does about it
    if last_topic in (OUTLOOK_TOPIC, RECURRENCE_TOPIC) and (
            _MAKE_IT_BETTER.search(text) or _WHAT_ACTUALLY_WORKS.match(_last_sentence(text).strip())):
        return PT_APPROACH
    # "ok whats the real fix po" after any other answer: what physio does
    # (after a treatment or stretching, what works is exercise: above)
    if (_THE_REAL_FIX.search(text) and len(text.split()) <= WHAT_WORKS_INSTEAD_MAX_WORDS
            and not aspects_in_text(text, content.aspect_words)
            and not (last_topic.startswith(TREATMENT + ".") or last_topic == STRETCHING)):
        return PT_APPROACH
    # "and what if it twinges again" after advice on running: the guide to running with some pain
    # ("what if it hurts?", "and if its still achy the next day?" after the exercises: the pain guide in their dose)
    if (last_topic in (EXERCISE_EXAMPLES, EXERCISE_DOSE, STRENGTH_STEP) and (_IF_IT_HURTS.search(text) or _IF_STILL_SORE.search(text))
            and len(text.split()) <= IF_IT_HURTS_MAX_WORDS and not aspects_in_text(text, content.aspect_words)
            and not _RUNNING_NAMED.search(text)):
        return EXERCISE_DOSE
    if last_topic in RUNNING_ADVICE and _IF_IT_HURTS.search(text) and len(text.split()) <= IF_IT_HURTS_MAX_WORDS:
        return KEEP_RUNNING
    # "Exactly how many days?" after what is kept: how long it is kept
    if last_topic == PRIVACY and _HOW_LONG_KEPT.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return PRIVACY
    # "who sees it", "so my physio won't see it then?" after what is kept: who can read the messages
    if last_topic == PRIVACY and (_WHO_READS.match(text) or _SOMEONE_SEES_IT.search(text)) and len((_sentences(text) or [text])[0].split()) <= CONTEXT_MAX_WORDS:
        return PRIVACY
    # "like a 3 outta 10" after a guide to pain: how much it hurts, for that guide
    if last_topic in PAIN_GUIDES and len(text.split()) <= PAIN_NUMBER_MAX_WORDS and (
            _PAIN_NUMBER.search(text) or (_PAIN_SCORE.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS)):
        return last_topic
    # "the quad one how many", "reps?" after exercises (not stretching, whose answer says how long to hold)
    if (last_topic in EXERCISE_ADVICE and last_topic != STRETCHING and _HOW_MANY.search(text)
            and len(text.split()) <= CONTEXT_MAX_WORDS and not set(aspects_in_text(text, content.aspect_words)) & set(MEDICINES)):
        return EXERCISE_DOSE
    # "how much pain is ok then", "what counts as 'a little' tho" after exercises: the pain they may cause is part of
    # their dose
    if last_topic in EXERCISE_ADVICE and _ACCEPTABLE_PAIN.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return EXERCISE_DOSE
    # "wait so is a bit of pain ok or do i stop doing them" after exercises: how much pain they may
    # cause is part of their dose (not pain when running, nor "they dont hurt at all")
    if (last_topic in EXERCISE_ADVICE and last_topic != STRETCHING and len(text.split()) <= PAIN_WHILE_DOING_MAX_WORDS
            and (_ABOUT_PAIN.search(text) or _PAIN_SCORE.search(text)) and _GO_ON_OR_STOP.search(text)
            and asks_a_question(text) and not _RUNNING_NAMED.search(text) and not _NO_PAIN.search(text)):
        return EXERCISE_DOSE
    # "how long til it actually works": after exercises (or naming them: "how long till the exercises
    # start working"), how long a plan takes; after advice, that advice
    if _UNTIL_IT_WORKS.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        if last_topic in EXERCISE_ADVICE or _names_exercises(content, text):
            return EXERCISE_DOSE
        if last_topic.split(".", 1)[0] in UNTIL_IT_WORKS_STAYS_IN:
            return last_topic
    # "will that fix it" after advice, a treatment, the exercises or a physio step: whether that fixes it
    # (after a cause, "fixable?" asks what to do about it, below)
    if _WILL_IT_FIX.match(text) and last_topic.split(".", 1)[0] in WILL_IT_FIX_STAYS_IN:
        return last_topic
    # "how do they do that" after a physio step, a treatment, the exercises or running advice: how that is done;
    # after a cause, the physio step that works on it
    if _HOW_IS_IT_DONE.match(text):
        if last_topic.split(".", 1)[0] in HOW_IS_IT_DONE_STAYS_IN:
            return last_topic
        if last_topic.startswith(CAUSES + "."):
            return next_step(content, last_topic)
    # "will it make my knee weak" after a treatment: that treatment (not the quads)
    if (last_topic.startswith(TREATMENT + ".") and _MAKES_IT_LAZY.search(text)
            and len(text.split()) <= MAKES_IT_LAZY_MAX_WORDS):
        return last_topic
    # "fixable?", "can that be sorted?": what to do about the answer just given
    if _FIXABLE.match(text):
        return next_step(content, last_topic)
    # "is there a way to correct it?" after a cause: the physio step that works on it
    # ("how do you fix the ankle thing?" after another cause: the step for the part it names)
    if last_topic.startswith(CAUSES + ".") and _WAY_TO_FIX.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        named = aspects_in_text(text, content.aspect_words)
        return (named and _with_aspect(content, named, PT_APPROACH)) or next_step(content, last_topic)
    return None


def _asked_in_its_own_words(content: Content, text: str, aspects: List[str], last_topic: Optional[str],
                            named_before: Tuple[str, ...], sure_of_question: bool = False) -> Optional[str]:
    """A question whose wording says what it asks, whatever the classifier leans to."""
    # "ok no advil. tape?", "fine, no brace. insoles then?": a short last question that names one other thing,
    # after one put aside, asks about that thing
    sentences = _sentences(text)
    if (len(sentences) >= 2 and len(sentences[-1].split()) <= BARE_THING_MAX_WORDS and sentences[-1].endswith("?")
            and not sure_of_question and _PUT_ASIDE.search(" ".join(sentences[:-1]))):
        named = set(aspects_in_text(sentences[-1], content.aspect_words))
        found = len(named) == 1 and _with_aspect(content, list(named))
        if found and found != last_topic:
            return found
    # "are clams enough on their own?", "is only these two exercise enough?": whether the exercises
    # are the right ones, not how many of them
    if (_ENOUGH.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS and DOSAGE not in aspects
            and (EXERCISE_TYPES in aspects or (last_topic or "").startswith("exercises.") and _POINTS_BACK_OR_ALONE.search(text))):
        return _with_aspect(content, [EXERCISE_TYPES]) or FALLBACK_TOPIC
    # "can i still do leg day w runners knee or nah", "can i do spin classes instead": other training
    if _OTHER_TRAINING.search(text) and asks_a_question(text) and not sure_of_question:
        return CROSS_TRAINING
    # (not in a race: "should I walk instead of running in the race?")
    asking = question_part(text) or text
    if (_INSTEAD_OF_RUNNING.search(asking) and asks_a_question(asking) and not _DO_INSTEAD.match(text)
            and RACE not in aspects_in_text(asking, content.aspect_words)):
        return CROSS_TRAINING
    # "do i need to stop squatting completely?", "so should i stop the deep plies": which exercises suit
    # the knee, not whether to keep running
    # (stopping asked, not told beside another question: "was it my quads being weak that started it? i skip leg day ngl")
    if _STOP_AN_EXERCISE.search(" ".join(s for s in _sentences(text) if "?" in s) or text) and asks_a_question(text):
        return EXERCISE_EXAMPLES
    # "should I drop them for now?", "so should she stop then": whether to keep running (or training
    # as planned), unless it names something else to stop
    # (also at the end of a story: "... now my knee hurts on w3d2 😭 do i have to quit the program??")
    stop = _SHOULD_STOP.search(text)
    if (stop and len(text[stop.start():].split()) <= CONTEXT_MAX_WORDS and not sure_of_question
            and set(aspects) <= set(KEEP_RUNNING_PARTS)):
        # "Step-downs make my knee grizzle. Should I just drop them?": the exercises the message named
        # ("my knee cracks during squats, doesn't hurt. should i stop doing them?": a painless noise)
        named = aspects_in_text(text[:stop.start()], content.aspect_words)
        if _THOSE_EXERCISES.match(text[stop.end():]) and set(named) & EXERCISES_NAMED:
            return (CLICKING in named and _NO_PAIN.search(text) and RELATED_CLICKING) or EXERCISE_EXAMPLES
        # "i foam roll my IT band every night ... should i stop?": the one thing the story does, when it tells of no
        # running
        done = {aspect for aspect in named if aspect in THINGS or aspect == STRETCHING_PART}
        if len(done) == 1 and not _RUNNING_NAMED.search(text) and len(text[stop.end():].split()) <= 2:
            return _with_aspect(content, list(done)) or FALLBACK_TOPIC
        # "honestly should i just skip it" with a race named before: whether to run the race
        if RACE in named_before and _RUN_IT.search(text[stop.start():]):
            return _with_aspect(content, [RACE]) or FALLBACK_TOPIC
        return _with_aspect(content, [RUNNING_WITH_PAIN]) or FALLBACK_TOPIC
    # "is it the running or the job doing it?", "could it be the rowing doing it?": what causes it (the cause
    # it names, if any)
    if _WHAT_DID_IT.search(text) and len(text.split()) <= WHAT_DID_IT_MAX_WORDS and set(aspects) <= _CAUSE_PARTS:
        return (aspects and _with_aspect(content, aspects, CAUSES)) or CAUSES
    # "how many times a day can I rub it on?" about a painkiller (or a supplement): a dose, which
    # the assistant does not give (the pharmacist does)
    # (not "ok not the dose. but in general do anti-inflammatories even help this?")
    if (_DOSE.search(text) and len(text.split()) <= DOSE_MAX_WORDS and not _NOT_THE_DOSE.search(text)
            and (_about_medicines(aspects, last_topic, named_before) or _DOSE_UNIT.search(text))):
        return OUT_OF_SCOPE
    # "paracetamol beforehand?", "what if I just take advil and push through": what the answer about
    # painkillers says (not a dose, which the rule above leaves to the pharmacist)
    if (PAINKILLERS in aspects and (not _DOSE.search(text) or _NOT_THE_DOSE.search(text))
            and len(text.split()) <= PAINKILLER_MAX_WORDS):
        return _with_aspect(content, [PAINKILLERS]) or FALLBACK_TOPIC
    # "only hurts in the last 10k, never in short stuff. why would that be?": tiring late in a run
    if (_tires_late(text) and (_ASKS_WHY.search(text) or _CAUSING.search(text))
            and set(aspects) <= _CAUSE_PARTS | {RACE}):
        return _tiring_cause(content)
    # "... I try knee bandage from pharmacy but not so much help. Is it time to go to doctor": when to get
    # it seen
    if ((_WHEN_TO_BE_SEEN.search(text) and not sure_of_question) or _DAYS_BEFORE_SEEN.search(text)) and len(text.split()) <= WHEN_TO_BE_SEEN_MAX_WORDS:
        return SEEK_HELP_TOPIC
    # "my coach filmed me and my left knee drops inward when I land. Is that why my knee hurts?": the
    # cause it names (after a cause, naming none: that cause, "but why does a tiny wobble matter")
    if _DOES_IT_MATTER.search(text) and len(text.split()) <= MATTERS_MAX_WORDS:
        named = [aspect for aspect in aspects_in_text(text, content.aspect_words) if aspect != CADENCE_PART]
        # ("my hips feel stiff too, does that matter": stiff or tight hips are mobility)
        if _STIFF_HIPS.search(text) and set(named) <= {"hip", "mobility"}:
            return _with_aspect(content, ["mobility"], CAUSES)
        if named and set(named) <= _CAUSE_PARTS:
            return _with_aspect(content, named[:1], CAUSES)
        # ("why would it matter tho its only a squat": what it names is not another cause)
        if not set(named) & _CAUSE_PARTS and (last_topic or "").startswith(CAUSES + "."):
            return last_topic
    # "they just get tired by mile 10. does that count" after a cause: whether it is that cause
    if (_DOES_IT_COUNT.search(text) and len(text.split()) <= MATTERS_MAX_WORDS
            and (last_topic or "").startswith(CAUSES + ".")):
        return last_topic
    # "and who made you, is there an actual physio on the other end": whether a person answers (who writes
    # and checks the answers: "are the answers checked by a real physio", or "them" after that answer)
    if _YOUR_NAME.search(text) and len(text.split()) <= YOUR_NAME_MAX_WORDS:
        return ABOUT
    if ((_CHECKS_WHAT_YOU_SAY.search(text) or _TALK_TO_A_PERSON.search(text)) and len(text.split()) <= WHO_ANSWERS_MAX_WORDS
            and set(aspects) <= {ABOUT_ASSISTANT} and not _HOW_TO_BOOK.search(text)):
        return ABOUT
    # (not booking one: "then how do I book with an actual physio")
    if (_WHO_ANSWERS.search(text) and len(text.split()) <= WHO_ANSWERS_MAX_WORDS and set(aspects) <= {ABOUT_ASSISTANT}
            and not _HOW_TO_BOOK.search(text)):
        return ABOUT if _THE_ANSWERS.search(text) or (last_topic == ABOUT and not _ARE_YOU_A_PERSON.search(text)) else BOT_CHALLENGE
    # "is the NHS the one running this": who runs the assistant
    if _WHO_RUNS_IT.search(text) and len(text.split()) <= WHO_RUNS_IT_MAX_WORDS and set(aspects) <= {ABOUT_ASSISTANT}:
        return ABOUT
    # "what does a physio actually do for pfp, mine just gave me a sheet of exercises": how physio helps
    # (a step it names in the same clause: "what can physio do for the mobility?"; the first appointment:
    # the assessment; paying privately or waiting: who to see)
    does = _WHAT_PHYSIO_DOES.search(text)
    if not does and (last_topic or "").startswith(CAUSES + "."):
        fixes = _HOW_PHYSIO_FIXES.search(text) or _WHAT_THEY_DO.search(text)
        does = fixes if fixes and (_POINTS_BACK.search(fixes.group("clause")) or _FIX_IT.search(fixes.group("clause"))) else None
    clause = (does.group("clause") or "") if does else ""
    # (pointing back to a cause just given, the physio step for it: "what would a physio do about that";
    # to a story, how physio helps with what it names: "she gets pain on downhills. what would a physio
    # do for that?", "one of them has really stiff hips. what would physio do about that")
    if does and len(text.split()) <= PHYSIO_DOES_MAX_WORDS and (_POINTS_BACK.search(clause) or _FIX_IT.search(clause)):
        if (last_topic or "").startswith(CAUSES + "."):
            # (unless a sentence before it goes back to another part: "back to the ankle. what would a physio
            # actually do to loosen it up")
            step = len(_sentences(text)) > 1 and aspects and _with_aspect(content, aspects, PT_APPROACH)
            return step if (step or "").startswith(PT_APPROACH + ".") else next_step(content, last_topic)
        if len(_sentences(text)) > 1:
            # (when it hurts, "sore after hill reps", is no part the physio works on)
            named = [aspect for aspect in aspects_in_text(text, content.aspect_words) if aspect != TRAINING_LOAD]
            # ("hips are tight too, desk job. what would a physio do about that side of it": tight hips are mobility)
            if _STIFF_HIPS.search(text):
                named = ["mobility" if aspect == "hip" else aspect for aspect in named]
            step = _with_aspect(content, named, PT_APPROACH)
            return step if (step or "").startswith(PT_APPROACH) else PT_APPROACH
    # (pointing back to nothing a step could be for: "what would the PT actually be doing in those visits";
    # not to what it names: "what would a physio do that a scan can't")
    if (does and len(text.split()) <= PHYSIO_DOES_MAX_WORDS
            and not (_POINTS_BACK.search(clause) and aspects_in_text(clause, content.aspect_words))):
        if _PAYING.search(text):
            return _with_aspect(content, [GP_OR_PHYSIO]) or SEEK_HELP_TOPIC
        if _FIRST_VISIT.search(clause):
            return ROOT_CAUSE_STEP
        step = _with_aspect(content, aspects_in_text(clause, content.aspect_words), PT_APPROACH)
        return step if (step or "").startswith(PT_APPROACH) else PT_APPROACH
    # "what would a physio even check", "what should I prepare before going?", "what actually happens at
    # the first appt": the assessment (also after a word of news: "ok going to book in. anything i should
    # prepare before the appointment")
    check = _WHAT_THEY_CHECK.search(text)
    if check and len(text[check.start():].split()) <= CONTEXT_MAX_WORDS and not aspects:
        return ROOT_CAUSE_STEP
    # "and the pain will come back when I start?": whether it comes back (not how to come back to running)
    if (_WILL_IT_COME_BACK.search(text) and not _ASKS_WHY.search(text) and len(text.split()) <= COME_BACK_MAX_WORDS
            and set(aspects) <= {RETURN_TO_RUNNING, RECURRENCE_PART}):
        return RECURRENCE_TOPIC
    # "my mate had one and it showed some cartilage stuff, is her knee damaged?" with a scan in the
    # conversation: what scans show, which the answer about scans says
    # (not a word of thanks that asks nothing: "Thank you, this has been really helpful. I'll show her tonight.", nor
    # whether what it showed is the same thing: "... his came back saying chondromalacia. is that a different thing to
    # what ive got?")
    if (_SCAN_RESULT.search(text) and len(text.split()) <= SCAN_RESULT_MAX_WORDS and set(aspects) <= SCAN_FINDINGS
            and (SCANS in aspects or SCANS in named_before) and asks_a_question(text)
            and not _SAME_OR_DIFFERENT.search(_last_sentence(text))):
        return _with_aspect(content, [SCANS]) or FALLBACK_TOPIC
    # "its like a 3 out of 10 on the downhill bit, so thats too much?": the pain guide for running (for
    # exercises, named or answered just before: their dose; exercises named, also when it only tells the
    # score: "the wall sits make it ache tho, like 3 out of 10")
    # (also a score without "out of 10", asked whether it is too much: "during training runs its usually about a 3 and
    # gone by the time ive showered. is that too much?")
    if ((_PAIN_SCORE.search(text) or (_PAIN_NUMBER.search(text) and _TOO_MUCH.search(question_part(text) or "")))
            and _score_is_asked(text)
            and len(text.split()) <= PAIN_SCORE_MAX_WORDS and not sure_of_question
            and set(aspects) <= PAIN_SCORE_PARTS | EXERCISES_NAMED
            and (asks_a_question(text) or _names_exercises(content, text))):
        return _pain_guide(content, text, last_topic)
    # "how do i actually score it tho, like what even is a 2", "'pain up to a 2 is fine' .. 2 what??": what the score
    # in the pain guide means, which that guide says
    if _WHAT_A_SCORE_MEANS.search(text) and len(text.split()) <= PAIN_SCORE_MAX_WORDS and not aspects:
        return _pain_guide(content, text, last_topic)
    # "does that 2/10 thing apply to squats and lunges in the gym too", "does the same pain rule apply to leg press":
    # the pain guide for the exercises it names, in their dose
    if _PAIN_RULE_APPLIES.search(text) and _names_exercises(content, text) and len(text.split()) <= PAIN_RULE_MAX_WORDS:
        return EXERCISE_DOSE
    # "and how do i tell if im overdoing it": the guide to running with pain (after exercise advice or with
    # exercises named: their dose)
    if (_AM_I_OVERDOING.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS + 2
            and set(aspects) <= PAIN_SCORE_PARTS | EXERCISES_NAMED):
        return _pain_guide(content, text, last_topic)
    # "how low should i go", "how deep can i squat then": how deep to bend, in the answer on exercises
    if _HOW_DEEP.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS and set(aspects) <= EXERCISES_NAMED:
        return EXERCISE_EXAMPLES
    # "what kind of quad work then": which exercises (also after a sentence of its own: "ok quads it is.
    # what kind of quad work are we talking", which a cause's answer does not say, however sure)
    if (_WHAT_KIND_OF_EXERCISE.search(_last_sentence(text)) and len(_last_sentence(text).split()) <= CONTEXT_MAX_WORDS
            and (not sure_of_question or (aspects and set(aspects) <= _CAUSE_PARTS))):
        return EXERCISE_EXAMPLES
    # "right so what actually DOES deal with the cause", "is this something a physio could actually help
    # with": what physio does about it, naming nothing else
    if ((_WHAT_DEALS_WITH_IT.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS + 2)
            or _PHYSIO_HELPS.search(_last_sentence(text))) and not set(aspects) - {"root_cause"}:
        return PT_APPROACH
    # "had to cancel my physio ... what can i do myself in the meantime": exercises to do alone
    # (asked before a last word that asks nothing: "is there anything i can do myself in the meantime that isnt just
    # resting. straight answer pls")
    asked = _last_sentence(text) if asks_a_question(_last_sentence(text)) else (question_part(text) or _last_sentence(text))
    if (_ON_YOUR_OWN.search(asked) and len(asked.split()) <= ON_YOUR_OWN_MAX_WORDS
            and not set(aspects) - EXERCISES_NAMED):
        return EXERCISE_EXAMPLES
    # "what should i do at work then": what to do about sitting, which the answer with sitting in it says
    if _WHAT_TO_DO_SITTING.search(text) and len(text.split()) <= SITTING_MAX_WORDS:
        return _with_aspect(content, [SITTING]) or FALLBACK_TOPIC
    # "so do I run it or not" with a race named before: whether to run the race
    if (RACE in named_before and _RUN_IT.search(text) and len(text.split()) <= RUN_IT_MAX_WORDS
            and set(aspects) <= RACE_SOON_PARTS):
        return _with_aspect(content, [RACE]) or FALLBACK_TOPIC
    # "going back to the tape, is it ok in a match?": back to an earlier subject, the one it names
    # (what it asks about that subject, when the classifier is sure: "ok back to knees, what causes pfps")
    if _BACK_TO_SUBJECT.match(text) and not sure_of_question:
        earlier = [aspect for aspect in aspects if aspect != RETURN_TO_RUNNING]
        back = earlier and _with_aspect(content, earlier, exclude=FAMILIES)
        if back:
            return back
    # "and what about the 28th then", "it's 6 weeks out now": the date of the race named before (not thanks with a day in
    # it: "ok we'll give you a ring tomorrow, thanks so much")
    if (RACE in named_before and _RACE_DATE.search(text) and len(text.split()) <= RACE_DATE_MAX_WORDS
            and set(aspects) <= {RACE} and not _THANKS.search(text)):
        return _with_aspect(content, [RACE]) or FALLBACK_TOPIC
    return None


def _score_is_asked(text: str) -> bool:
    """The pain score a message gives is what it asks about, not a score told beside a question that asks
    something else ("When is the moment to go to the physio? I have pain since 10 days, 3 of 10")."""
    asking = question_part(text)
    return asking is None or bool(_PAIN_SCORE.search(asking) or _POINTS_BACK.search(asking))


def _exercise_part(content: Content, named: str) -> Optional[str]:
    """What the exercise named works ("side lying leg lifts": the hips; "mini squats": the quads; "step downs": the
    movement retraining; another exercise: the strength step), or None when it names no exercise."""
    if _HIP_EXERCISE.search(named):
        return _with_aspect(content, ["hip"], CAUSES) or CAUSES
    if _QUAD_EXERCISE.search(named):
        return _with_aspect(content, ["quads"], CAUSES) or CAUSES
    if _STEP_DOWN.search(named):
        return _with_aspect(content, ["movement"], PT_APPROACH) or PT_APPROACH
    if EXERCISE_TYPES in aspects_in_text(named, content.aspect_words):
        return STRENGTH_STEP
    return None


def _exercises_asked_about(content: Content, text: str, last_topic: Optional[str]) -> bool:
    """A question of how long asks about the exercises: after their advice, naming them, or asking when the
    movement retraining makes a difference."""
    return (last_topic in EXERCISE_ADVICE or _names_exercises(content, text)
            or (last_topic == MOVEMENT_STEP and _A_DIFFERENCE.search(text) is not None))


def _names_exercises(content: Content, text: str) -> bool:
    """The message names exercises ("the wall sits", "my strength work")."""
    return bool(set(aspects_in_text(text, content.aspect_words)) & EXERCISES_NAMED)


def _pain_guide(content: Content, text: str, last_topic: Optional[str]) -> str:
    """How much pain is fine: for exercises (named, or the answer just given) their dose, else the
    guide to running with pain."""
    return EXERCISE_DOSE if last_topic in EXERCISE_ADVICE or _names_exercises(content, text) else KEEP_RUNNING


def _why_asked(content: Content, message: Mapping[str, Any], intent: Optional[str], aspects: List[str],
               last_topic: Optional[str], unsure: bool) -> Optional[str]:
    """A short "why" that asks what causes it."""
    text = message.get("text") or ""
    confidence = _top_confidence(message)
    # "physio gave me clamshells but its my KNEE that hurts?? why hips": why, of one cause it names,
    # in a sentence of its own (the cause the classifier leans to, if any)
    leaning = TOPIC_BY_INTENT.get(intent or "", "")
    for sentence in _sentences(text):
        named = aspects_in_text(sentence, content.aspect_words)
        if (_OPENS_WITH_WHY.match(sentence) and len(sentence.split()) <= WHY_PART_MAX_WORDS
                and named and set(named) <= _CAUSE_PARTS):
            return leaning if leaning.startswith(CAUSES) else _with_aspect(content, named[:1], CAUSES)
    # "why tho, I only run 3 times a week" after what the pain is: what causes it (the cause the
    # classifier names, if any: "why only late in long runs?")
    if (last_topic in WHY_MEANS_CAUSES and _OPENS_WITH_WHY.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS
            and confidence < CONTEXT_UNSURE_BELOW and not aspects):
        return _ranked_in_family(message, CAUSES) or CAUSES
    # "why do i get runners knee every single marathon block": what brings it on (a cause it names)
    if (_WHY_DO_I_GET_IT.match(text) and len(text.split()) <= WHY_CAUSE_MAX_WORDS
            and not set(aspects) - _CAUSE_PARTS - WHY_GET_ALSO_NAMES):
        named = [aspect for aspect in aspects if aspect in _CAUSE_PARTS]
        return (named and _with_aspect(content, named, CAUSES)) or CAUSES
    # "why does it keep coming back when I add miles?": why, of something that can cause it
    # (unless the classifier leans to a cause, or to another topic about what it names)
    if (_OPENS_WITH_WHY.match(text) and len(text.split()) <= WHY_CAUSE_MAX_WORDS and aspects and unsure
            and not leaning.startswith(CAUSES) and not set(aspects) & set(_aspects_of(content, intent))):
        return _with_aspect(content, aspects[:1], CAUSES)
    return None


def _part_named(content: Content, message: Mapping[str, Any], intent: Optional[str], aspects: List[str],
                last_topic: Optional[str]) -> Optional[str]:
    """The topic of a part the message names, when the classifier is unsure of what it asks."""
    confidence = _top_confidence(message)
    # "is my cartilage wrecked then?" after the other names: unsure, but it names a part of the answer
    # just given and not of the topic the classifier leans to
    if (confidence < CONTEXT_UNSURE_BELOW and intent != NEXT_STEP_INTENT and last_topic in ANSWER_TOPICS and aspects
            and aspects[0] in content.topics[last_topic].aspects and not set(aspects) & set(_aspects_of(content, intent))):
        return last_topic
    # "is keyhole any better?": not understood as a whole (any question read into it only the
    # classifier's weak guess), but it names what it asks about
    not_understood = (message.get("intent") or {}).get("name") == FALLBACK_INTENT
    if not_understood and aspects and (intent == FALLBACK_INTENT or (
            _confidence_of(message, intent) < GUESS_BELOW and not set(aspects) & set(_aspects_of(content, intent)))):
        return _with_aspect(content, aspects)
    return None


def _asked_beyond(text: str, aspects: List[str], last_topic: Optional[str]) -> Optional[str]:
    """A question beyond the answers: another condition, another cause."""
    # "so what else could it be?": another condition (after a cause, or advice that did not fit, another cause: "i
    # followed the plan to the letter. so what else could it be", "... what else could it be if its not the shoes")
    if _SOMETHING_ELSE_IT_COULD_BE.search(text) and not set(aspects) - {EXERCISE_TYPES, "strength"}:
        family = (last_topic or "").split(".")[0]
        if ((family in (CAUSES, TREATMENT, "training") or last_topic == WHY_REST_FAILS) and last_topic != SCANS_TOPIC
                and _WHAT_ELSE_COULD_IT_BE.search(text) and not _A_CONDITION_NAMED.search(text)):
            return CAUSES
        return RELATED_CONDITIONS
    # "ok what works better than insoles then", "so what DOES have good evidence behind it": exercise,
    # the treatment with the most evidence (unless exercises were the answer just given)
    if ((_WHAT_WORKS_BETTER.search(text) or (_WHAT_WORKS_BEST.search(text) and not aspects))
            and len(text.split()) <= CONTEXT_MAX_WORDS and not (last_topic or "").startswith("exercises.")):
        return EXERCISE_EXAMPLES
    # "what other reason then?" after flat feet were named: the other causes
    if _OTHER_REASONS.search(text) and len(text.split()) <= OTHER_REASONS_MAX_WORDS and not set(aspects) - _CAUSE_PARTS:
        return CAUSES
    # "then how will it get better without an operation?": what physio does instead
    if _WITHOUT_SURGERY.search(text) and not set(aspects) - {SURGERY}:
        return PT_APPROACH
    # "what else could be doing it?" after a cause: the other causes
    if (last_topic or "").startswith(CAUSES + ".") and _ELSE.search(text) and _CAUSING.search(text) and not aspects:
        return CAUSES
    return None


def _titled(content: Content, named: str) -> Optional[str]:
    """The first answer whose title names what `named` names ("races" -> "I have a race coming up")."""
    words = {_singular(word) for word in _WORD.findall(named.lower()) if word not in _TITLE_LITTLE_WORDS and len(word) > 2}
    for topic_id in ANSWER_TOPICS:
        title = {_singular(word) for word in _WORD.findall(content.topics[topic_id].title.lower())}
        if words - _QUESTION_WORDS and words <= title:
            return topic_id
    return None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _parts_of(family: str) -> List[str]:
    """The parts of an overview, in the order its answer lists them."""
    return [topic_id for topic_id in ANSWER_TOPICS if topic_id.startswith(family + ".")]


def _in_conversation(content: Content, text: str, last_topic: Optional[str], unsure: bool) -> Optional[str]:
    """A short follow-up that only the answer just given explains: a numbered part of an overview,
    "why?" after what the pain is, "which ones?" after an answer recommending exercises, "how
    long for?" after advice, "and if that doesn't work?" after advice (or what it names next: "and
    if the exercises don't work, is it the knife?"), a part named alone ("and the mobility one?"
    after the causes, when the classifier is `unsure`; "glutes too?" after advice)."""
    ordinal = _ORDINAL_PART.search(text)
    # (not a measure of it: "how far should the first one be tho" after the return to running asks about the first run)
    if ordinal and len(text.split()) <= ORDINAL_MAX_WORDS and not _HOW_MEASURE.search(text):
        family = last_topic.split(".", 1)[0] if last_topic else ""
        # "what's step 3?", "and step 5?" (also after a cause): only the physio answer has numbered steps
        if family not in FAMILIES or _STEP.search(ordinal.group(0)):
            family = "pt_approach" if _STEP.search(text) else ""
        if family:
            parts = _parts_of(family)
            number = _ORDINALS[(ordinal.group(1) or ordinal.group(2)).lower()]
            if number <= len(parts):
                return parts[number - 1] if number > 0 else parts[-1]
    bare = _BARE_NUMBER.match(text)
    family = (last_topic or "").split(".", 1)[0]
    if bare and family in FAMILIES:
        parts = _parts_of(family)
        if int(bare.group(1)) <= len(parts):
            return parts[int(bare.group(1)) - 1]
    if last_topic in FAMILIES and _WHICH_FIRST.match(text):
        return _parts_of(last_topic)[0]
    if family in WHICH_FIRST_STAYS_IN and _WHICH_FIRST.match(text):
        return last_topic
    picked = last_topic in MENU_BEFORE and _THE_ONE_NAMED.match(text)
    if picked:
        titled = _titled(content, picked.group("named"))
        if titled:
            return titled
    last = content.topics.get(last_topic or "")
    if last is None or last.id not in ANSWER_TOPICS and last.id != SYMPTOMS_TOPIC:
        return None
    # "what's that from?" after what the pain is: what causes it
    if last.id in WHY_MEANS_CAUSES and _ASKS_FOR_THE_CAUSE.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return CAUSES
    # "then what does" after a cause it isn't ("wait so weak hips dont even cause it?"): what causes it
    # ("and why me lol" after what it is: what causes it)
    if (last.family == CAUSES or last.id in WHY_MEANS_CAUSES) and _WHAT_DOES_THEN.match(_last_sentence(text)):
        return CAUSES
    example = _GIVE_AN_EXAMPLE.match(text)
    if _WHY.match(text) or example:
        if last.id in WHY_MEANS_CAUSES and _ASKS_WHY.search(text):
            return CAUSES
        if _ASKS_FOR_EXAMPLES.search(text) and last.family != "exercises":
            named = [(found.start(), topic_id) for topic_id, words in EXAMPLES_OF for found in [words.search(last.text)] if found]
            if named:
                return min(named)[1]
        # ("can you give an example", which the classifier may read as a question about the assistant)
        if example:
            return last.id
    meant = _WHICH_OF_THEM_MEANT.match(text)
    if meant and last.family != "exercises":
        named = [topic_id for topic_id, words in EXAMPLES_OF if words.fullmatch(meant.group(1)) and words.search(last.text)]
        if named:
            return named[0]
    fails = _IF_IT_FAILS.search(text)
    if fails and len(text.split()) <= IF_IT_FAILS_MAX_WORDS and last.id not in DECIDES_ITSELF_AFTER:
        # "would surgery ever be an option if they don't work": the treatment it asks about
        option = [aspect for aspect in aspects_in_text(text[:fails.start()], content.aspect_words) if aspect in LAST_RESORTS]
        if option:
            return _with_aspect(content, option[:1]) or None
        named = aspects_in_text(text[fails.end():], content.aspect_words)
        if named:  # what comes after the condition names what next
            return _with_aspect(content, named[:1]) or None
        if _WHO_TO_GO_TO.search(text[fails.end():]):  # "if it doesnt, who do we go to first"
            return WHO_TO_SEE
        if last.id in PHYSIO_TREATS:
            return AFTER_PHYSIO_FAILS
        return SEEK_HELP_TOPIC if last.id != SEEK_HELP_TOPIC else None
    # (longer when it names what the answer just given is about: "how many minutes should the ice stay on" after
    # pain relief)
    how_long = _HOW_LONG.match(text)
    named = aspects_in_text(text, content.aspect_words) if how_long else []
    if (how_long and not _RECOVERY.search(text) and last.family in HOW_LONG_STAYS_IN
            and (len(text.split()) <= HOW_LONG_MAX_WORDS
                 or (named and set(named) <= set(last.aspects) and len(text.split()) <= CONTEXT_MAX_WORDS))):
        # how long to hold or keep doing an exercise is its dose ("how long must I do the exercises?")
        return EXERCISE_DOSE if last.family == "exercises" or set(named) & EXERCISES_NAMED else last.id
    if len(text.split()) <= PART_ONLY_MAX_WORDS and not _ASKS_ITSELF.search(text):
        # (the part the question names, after a clause that names another: "training didnt change tho. quads?")
        asked = _last_sentence(text)
        named = ("?" in asked and aspects_in_text(asked, content.aspect_words)) or aspects_in_text(text, content.aspect_words)
        # "and the mobility one?" after the causes: that cause ("the mobility step": the physio's)
        family = "pt_approach" if _STEP.search(text) else last.family
        # right after the overview itself, a part named in a word or two ("mobility?") is its part
        bare = last.id in FAMILIES and len(text.split()) <= PART_BARE_MAX_WORDS
        part = named and family in FAMILIES and (unsure or bare) and _with_aspect(content, named, family)
        if part:
            return part
        # (not the training after a treatment: "the mileage jump thing tho" after the strap asks about the load)
        if (last.family in PART_STAYS_IN and named and all(aspect in BODY_AND_TRAINING_PARTS for aspect in named)
                and not (last.family == TREATMENT and TRAINING_LOAD in named)):
            return last.id
        # "swim only for now then?" after other training: a few words on what that answer itself covers
        if (named and set(named) <= set(last.aspects) and last.id not in FAMILIES and text.rstrip().endswith("?")
                and not set(named) & (_CAUSE_PARTS | set(BODY_AND_TRAINING_PARTS))):
            return last.id
    return None


def stays_on_topic(text: str, intent: Optional[str], aspects: Iterable[str], confidence: float = 1.0) -> bool:
    """The message asks about the answer just given rather than for another one: "why?", "tell
    me about that" without naming a part, or a short yes-or-no question about "it" the classifier
    is unsure of ("can I practise it at home?", "does it actually fix it though")."""
    if _WHY.match(text) or _HOW_ALONE.match(text):
        return True
    # "why shorter steps tho?", "why wouldn't it help?", "what makes you say that?": why the answer
    # just given says so
    # ("why 2 of 10 and not more? mine is 3 sometimes": the "why" sentence counts, and a short aside
    # after it when the classifier too reads a follow-up)
    why_sentence = text.split("?")[0]
    most_words = WHY_WITH_ASIDE_MAX_WORDS if intent == FOLLOW_UP_INTENT else CONTEXT_MAX_WORDS
    if (_OPENS_WITH_WHY.match(text) and len(why_sentence.split()) <= WHY_ABOUT_IT_MAX_WORDS
            and len(text.split()) <= most_words and confidence < CONTEXT_UNSURE_BELOW and not list(aspects)):
        return True
    # "why only a few weeks tho" after the insoles: why the answer says so little, whatever the classifier reads
    if _WHY_ONLY.match(text) and len(text.split()) <= WHY_ABOUT_IT_MAX_WORDS and not list(aspects):
        return True
    # "why would they put more on the calf tho", read as a follow-up: why the answer says so (not "more" of it)
    if (_OPENS_WITH_WHY.match(text) and intent == FOLLOW_UP_INTENT and len(text.split()) <= CONTEXT_MAX_WORDS
            and not list(aspects)):
        return True
    if _ASKS_THE_REASON.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS and not list(aspects):
        return True
    if _EVEN.match(text) and len(text.split()) <= EVEN_MAX_WORDS and not list(aspects):
        return True
    if _SAME_ANSWER.match(text) and len(text.split()) <= SAME_ANSWER_MAX_WORDS and not list(aspects):
        return True
    if (_HOW_TO_TELL.match(text) and len(text.split()) <= SAME_ANSWER_MAX_WORDS and not list(aspects)
            and not (intent in QUESTION_INTENTS and confidence >= CONTEXT_UNSURE_BELOW)):
        return True
    # "should I go back to my old ones?" after shoes: back to the old thing, not back to running
    if _BACK_TO_OLD.search(text) and len(text.split()) <= CONTEXT_MAX_WORDS and not list(aspects):
        return True
    # "how to put it on properly?", "how do I wear it": using what the answer just named
    if _HOW_TO_USE.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS and not list(aspects):
        return True
    # "how do i even do that without feeling like a penguin": doing what the answer said (not when the
    # classifier is sure it asks for another answer: "and how do i build it back up" after a cause)
    if (_HOW_TO_DO_IT.match(text) and len(text.split()) <= HOW_TO_DO_IT_MAX_WORDS and not list(aspects)
            and not (intent in QUESTION_INTENTS and confidence >= HOW_TO_DO_IT_SURE_ABOVE)):
        return True
    # "what's the 2 out of 10 thing again?", "which check do you mean?", "what counts as mild though?":
    # something the answer said
    if (_SAID_AGAIN.search(text) or _WHAT_IT_MEANS.match(text)) and len(text.split()) <= CONTEXT_MAX_WORDS:
        return True
    if _WHAT_DO_YOU_MEAN.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS and not list(aspects):
        return True
    # (also after a few words pointing at the part of the answer it checks: "the last bit you said about 2 to 3 weeks,
    # 2 to 3 weeks from when?")
    if (_CHECKS_THE_ANSWER.search(text) and len(re.split(r"[,;:]", text)[-1].split()) <= CONTEXT_MAX_WORDS
            and len(text.split()) <= CHECK_AFTER_A_QUOTE_MAX_WORDS and not list(aspects)):
        return True
    if (_ABOUT_IT.match(text) and len(text.split()) <= CONTEXT_MAX_WORDS and confidence < CONTEXT_UNSURE_BELOW
            and not list(aspects)):
        return True
    # "so it is all in my head only?", "so basically nobody knows", "longer it's gone on the slower it gets. so im cooked
    # then": what the runner takes from the answer, for it to confirm (naming no part, the classifier unsure)
    if (_DRAWS_A_CONCLUSION.match(_last_sentence(text)) and len(text.split()) <= CONCLUSION_MAX_WORDS
            and confidence < CONTEXT_UNSURE_BELOW and not list(aspects)):
        return True
    # "by how much?", "how much should I bump it up by?": a short follow-up about the answer that the
    # classifier only weakly puts out of scope
    if (intent == OUT_OF_SCOPE_INTENT and confidence < WEAK_OUT_OF_SCOPE_BELOW and len(text.split()) <= CONTEXT_MAX_WORDS
            and _ABOUT_THE_ANSWER.search(text) and not list(aspects)):
        return True
    return intent == FOLLOW_UP_INTENT and not list(aspects) and not _MORE.search(text)


def _word_pairs(text: str) -> Set[Tuple[str, str]]:
    """Each two words that follow each other in the text once the little words are left out."""
    words = [word for word in _WORD.findall(text.lower()) if word not in _LITTLE_WORDS]
    return set(zip(words, words[1:]))


def _quoted_part(content: Content, text: str, last_topic: Optional[str]) -> Optional[str]:
    """A short follow-up naming no part itself that repeats two words of one clause of a part of an
    overview just given, a clause that names one other part of that overview: that part."""
    last = content.topics.get(last_topic or "")
    if (last is None or last.id not in ANSWER_TOPICS or len(text.split()) > CONTEXT_MAX_WORDS
            or aspects_in_text(text, content.aspect_words)):
        return None
    pairs = _word_pairs(text)
    # (the part named in the same clause: "To ease the load, try ... run-walk, fewer downhills" quotes run-walk, not downhills)
    quoted = [clause for sentence in _sentences(last.text) for clause in re.split(r"[,;:]", sentence) if pairs & _word_pairs(clause)]
    if len(quoted) != 1:
        return None
    named = [aspect for aspect in aspects_in_text(quoted[0], content.aspect_words) if aspect not in last.aspects]
    # (another part of the same overview: "Weak quads are the clearer risk." after a cause names another cause;
    # "try shorter runs for now and build back up slowly" after a cause is advice, not the return to running)
    answers = {_with_aspect(content, [aspect], last.family) for aspect in named} - {None}
    return answers.pop() if last.family in FAMILIES and len(answers) == 1 else None


def _quotes(text: str, answer: str) -> bool:
    """The message says the answer said something, in two or more of the answer's own words in a row
    ("you said one trial. is that it?")."""
    said = _YOU_MENTIONED.search(text)
    words = _WORD.findall(re.split(r"[.?!,;:]", text[said.end():])[0].lower()) if said else []
    return len(words) >= 2 and f" {' '.join(words)} " in f" {' '.join(_WORD.findall(answer.lower()))} "


def _quoted_back_and_doubted(content: Content, text: str, last: Topic) -> bool:
    """The message puts two or more words of the answer just given in quotes, as the answer says them, and around
    them asks nothing (a question, what, how, thanks, ...) nor names anything that answer does not name; not after an
    overview, where a quote picks its part."""
    quoted = _QUOTED_TERM.search(text) or _QUOTED_SPEECH.search(text)
    if quoted is None or len(text.split()) > QUOTED_AND_DOUBTED_MAX_WORDS:
        return False
    said = _WORD.findall(quoted.group(0).lower().replace("'", "").replace("’", ""))
    answer = " ".join(_WORD.findall(last.text.lower().replace("'", "").replace("’", "")))
    around = text[:quoted.start()] + " " + text[quoted.end():]
    return (len(said) >= 2 and f" {' '.join(said)} " in f" {answer} " and not _ASKS_ANEW.search(around) and "?" not in around
            and last.id not in FAMILIES
            and not _WHAT_NEXT.search(around)
            and set(aspects_in_text(around, content.aspect_words)) <= set(last.aspects) | set(aspects_in_text(last.text, content.aspect_words)))


def _figure_said_back_and_doubted(content: Content, text: str, last: Topic) -> bool:
    """The message repeats a figure the answer just given quotes ("1 in 3") and around it neither asks
    anything new nor names anything that answer does not name."""
    said = _A_FIGURE.search(text)
    if said is None or len(text.split()) > QUOTED_AND_DOUBTED_MAX_WORDS:
        return False
    figures = {" ".join(_WORD.findall(found.group(0).lower())) for found in _A_FIGURE.finditer(last.text)}
    around = text[:said.start()] + " " + text[said.end():]
    return (" ".join(_WORD.findall(said.group(0).lower())) in figures and not _ASKS_ANEW.search(around)
            and not _WHAT_NEXT.search(around)
            and set(aspects_in_text(around, content.aspect_words)) <= set(last.aspects) | set(aspects_in_text(last.text, content.aspect_words)))


def _pushes_back_on_the_answer(text: str, answer: str) -> bool:
    """The message's first sentence is short and repeats two words of the answer together, and the rest doubts it
    with a yes or no ("'a clear link has not been shown'. ok but has anyone shown there ISNT one?"), asking
    nothing new ("... what else should i be doing apart from cadence") and giving no thanks."""
    first, *rest = _sentences(text)
    doubt = " ".join(rest)
    return (len(first.split()) <= QUOTED_BACK_MAX_WORDS and bool(_word_pairs(first) & _word_pairs(answer))
            and ("?" in doubt or _OR_IS_IT.search(doubt) is not None) and not _ASKS_ANEW.search(doubt))


def _echoed_then_asked(content: Content, text: str, last: Topic) -> bool:
    """The message's first sentence is a few words of the answer, as it says them, and the rest is a short question
    naming nothing that answer does not name, nor asking what to do next or what else does it."""
    first, *rest = _sentences(text)
    asked = " ".join(rest)
    said = _WORD.findall(first.lower().replace("'", "").replace("’", ""))
    # (after a word that only marks the echo: "only the first few weeks?? ...", "wait, some areas?")
    while said and said[0] in _ECHO_MARKERS:
        said = said[1:]
    answer = " ".join(_WORD.findall(last.text.lower().replace("'", "").replace("’", "")))
    return (bool(rest) and 2 <= len(said) <= ECHO_MAX_WORDS and f" {' '.join(said)} " in f" {answer} "
            and len(asked.split()) <= ECHO_QUESTION_MAX_WORDS and asks_a_question(asked)
            and not _WHAT_NEXT.search(asked) and not _ASKS_FOR_ANOTHER.match(asked) and not _SOMETHING_INSTEAD.search(asked)
            and set(aspects_in_text(text, content.aspect_words)) <= set(last.aspects) | set(aspects_in_text(last.text, content.aspect_words)))


def _echoes(text: str, answer: str, leaning: Optional[Topic]) -> bool:
    """The message repeats two words of the answer together, which the answer it leans to lacks."""
    echoed = _word_pairs(text) & _word_pairs(answer)
    return bool(echoed - (_word_pairs(leaning.text) if leaning is not None else set()))


def _about_medicines(aspects: List[str], last_topic: Optional[str], named_before: Iterable[str]) -> bool:
    """The message asks about a medicine or supplement: it names one, or follows the answer about
    them (pain relief, other therapies) about one, named after anything else that answer covers,
    without naming anything but a dose."""
    if set(aspects) & set(MEDICINES):
        return True
    if set(aspects) - {DOSAGE} or last_topic not in MEDICINE_ANSWERS:
        return False
    covered = set(MEDICINES) | set(MEDICINE_ANSWERS[last_topic])
    latest = [aspect for aspect in named_before if aspect in covered]
    return bool(latest) and latest[-1] in MEDICINES


def _top_confidence(message: Mapping[str, Any]) -> float:
    """The classifier's confidence in the intent it chose for the message."""
    return (message.get("intent") or {}).get("confidence") or 0.0


def _question_alone_confidence(message: Mapping[str, Any]) -> float:
    """The classifier's confidence in its reading of a story's question read alone (0 when there is none)."""
    return (message.get(QUESTION_ALONE_KEY) or [{}])[0].get("confidence") or 0.0


def _question_alone(message: Mapping[str, Any], sure_above: float = QUESTION_ALONE_SURE_ABOVE) -> Optional[str]:
    """The intent of a story's question read alone, when the classifier is sure of it (above `sure_above`) and it asks
    something (or asks about the assistant), else None."""
    name = (message.get(QUESTION_ALONE_KEY) or [{}])[0].get("name")
    if _question_alone_confidence(message) < sure_above:
        return None
    asks = name in QUESTION_INTENTS and name not in (FOLLOW_UP_INTENT, NEXT_STEP_INTENT)
    return name if asks or TOPIC_BY_INTENT.get(name or "") in ASSISTANT_TOPICS else None


def _asks_something_else(message: Mapping[str, Any], topic: Optional[str],
                         sure_above: float = QUESTION_ALONE_SURE_ABOVE) -> bool:
    """Whether a story's question, read alone, surely (above `sure_above`) asks about something other than `topic` (and
    does not point back at the story: "... Is that alright to carry on doing?")."""
    alone = _question_alone(message, sure_above)
    question = question_part(message.get("text") or "")
    return bool(alone and question and TOPIC_BY_INTENT.get(alone) != topic
                and not _THAT_TOLD.search(_last_sentence(question)))


def _drowned_by_the_story(content: Content, text: str, question: str, intent: Optional[str]) -> bool:
    """Whether the classifier's reading (`intent`) of a story that asks `question` is a family of topics the story names
    and a topic its question does not ("... a PRP injection, MRI ... Is it time to see a surgeon?" names a treatment,
    not the other therapies)."""
    leaning = content.topics.get(TOPIC_BY_INTENT.get(intent or "", ""))
    if leaning is None:
        return False
    family = {aspect for topic in content.topics.values() if topic.family == leaning.family for aspect in topic.aspects}
    told = set(aspects_in_text(text.replace(question, " "), content.aspect_words))
    asked = set(aspects_in_text(question, content.aspect_words))
    return bool(family & told) and not set(leaning.aspects) & asked


def _best_intent_confidence(message: Mapping[str, Any]) -> float:
    """The classifier's confidence in the likeliest intent it ranks, the fallback aside."""
    return max((ranked.get("confidence") or 0.0 for ranked in message.get("intent_ranking") or []
                if ranked.get("name") != FALLBACK_INTENT), default=0.0)


def _confidence_of(message: Mapping[str, Any], intent: Optional[str]) -> float:
    """The classifier's confidence in `intent` for the message."""
    return next((ranked.get("confidence") or 0.0 for ranked in message.get("intent_ranking") or []
                 if ranked.get("name") == intent), 0.0)


def _aspects_of(content: Content, intent: Optional[str]) -> Iterable[str]:
    """The topic parts the topic of `intent` covers."""
    topic = content.topics.get(TOPIC_BY_INTENT.get(intent or "", ""))
    return topic.aspects if topic else ()


def _recalled(content: Content, intent: Optional[str], last_topic: Optional[str], named_before: Iterable[str]) -> Optional[str]:
    """The topic of `intent` when something it is about was named earlier in the conversation and
    it is not the topic answered last ("so should I run it?" after a sleeve, the race named before)."""
    topic = content.topics.get(TOPIC_BY_INTENT.get(intent or "", ""))
    if topic is None or topic.id == last_topic or topic.id not in ANSWER_TOPICS:
        return None
    return topic.id if set(topic.aspects) & set(named_before) else None


def in_context(content: Content, message: Mapping[str, Any], intent: Optional[str], last_topic: Optional[str],
               named_before: Iterable[str] = ()) -> Optional[str]:
    """The intent of a short, unsure follow-up, weighed by the topic answered last and by what
    the conversation named before."""
    last = content.topics.get(last_topic or "")
    text = message.get("text") or ""
    confidence = _top_confidence(message)
    if (last is None or last.id not in ANSWER_TOPICS or intent not in CONTEXT_INTENTS
            or len(text.split()) > CONTEXT_MAX_WORDS or confidence >= CONTEXT_UNSURE_BELOW):
        return intent
    family = last.id.split(".", 1)[0]
    named = set(named_before)

    def weighed(ranked: Mapping[str, Any]) -> float:
        topic = TOPIC_BY_INTENT.get(ranked.get("name") or "", "")
        weight = 1.0
        if topic == last.id:
            weight = CONTEXT_WEIGHTS["same_topic"]
        elif topic in content.topics and named & set(content.topics[topic].aspects):
            weight = CONTEXT_WEIGHTS["named_before"]
        elif topic in last.follow_ups or ranked.get("name") == NEXT_STEP_INTENT:
            weight = CONTEXT_WEIGHTS["follow_up"]
        elif topic.split(".", 1)[0] == family and topic in ANSWER_TOPICS:
            weight = CONTEXT_WEIGHTS["same_family"]
        return (ranked.get("confidence") or 0.0) * weight

    ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") in QUESTION_INTENTS]
    if not ranking:
        return intent
    best = max(ranking, key=weighed)
    return best["name"] if weighed(best) > (confidence if intent != FALLBACK_INTENT else 0.0) else intent


def resolve_topic(
    content: Content, intent: Optional[str], aspects: Iterable[str], last_topic: Optional[str]
) -> str:
    """Return the topic id that answers `intent`, narrowed by `aspects` and the last topic.

    A family question naming an aspect ("is it my glutes?") reaches that sub-topic; a follow-up
    ("tell me more", "and the hip part?", "what about taping?") continues from the last topic
    answered, or goes to the topic its aspect names.
    """
    aspects = list(aspects)
    if intent == FOLLOW_UP_INTENT:
        return _follow_up(content, aspects, last_topic)
    if intent == NEXT_STEP_INTENT:
        # "what do I do about it at my desk?", "what can I do for flat feet?": the answer that says
        # what to do about what it names (the physio's step for a part of the body)
        last = content.topics.get(last_topic or "")
        if last and last.id in ANSWER_TOPICS and last.family not in FAMILIES and set(aspects) & set(last.aspects):
            return last.id
        doing = aspects and (_with_aspect(content, aspects, "pt_approach") or _with_aspect(content, aspects, exclude=(CAUSES,)))
        return doing or next_step(content, last_topic)
    topic = TOPIC_BY_INTENT.get(intent or "", FALLBACK_TOPIC)
    if topic in FAMILIES:
        return _with_aspect(content, aspects, topic) or topic
    return topic


def _something_else(content: Content, message: Mapping[str, Any], last_topic: Optional[str]) -> Optional[str]:
    """The question the classifier ranks highest after the topic just answered, else that topic's
    next step ("what else helps besides the brace?")."""
    return _ranked_topic(message, lambda name, topic: name in QUESTION_INTENTS and topic != last_topic and name not in (
        FOLLOW_UP_INTENT, NEXT_STEP_INTENT, OUT_OF_SCOPE_INTENT)) or next_step(content, last_topic)


# how close the second-ranked intent must come to the first to be weighed against it
WEIGHED_WITHIN = 0.25


def _weighs_keep_running_against(message: Mapping[str, Any], topic: str) -> bool:
    """Whether the classifier ranks keeping running first and `topic` a close second."""
    ranking = [(TOPIC_BY_INTENT.get(ranked.get("name") or ""), ranked.get("confidence") or 0.0)
               for ranked in (message.get("intent_ranking") or [])[:2]]
    return (len(ranking) == 2 and ranking[0][0] == KEEP_RUNNING and ranking[1][0] == topic
            and ranking[0][1] - ranking[1][1] <= WEIGHED_WITHIN)


def _ranked_in_family(message: Mapping[str, Any], family: str) -> Optional[str]:
    """The topic of `family` the classifier ranks highest, if it is likely enough."""
    return _ranked_topic(message, lambda name, topic: topic.split(".", 1)[0] == family)


def _ranked_topic(message: Mapping[str, Any], wanted: Callable[[str, str], bool]) -> Optional[str]:
    """The topic of the intent the classifier ranks highest among those `wanted(intent, topic)`
    accepts, if it is likely enough."""
    for ranked in message.get("intent_ranking") or []:
        name = ranked.get("name") or ""
        topic = TOPIC_BY_INTENT.get(name, "")
        if wanted(name, topic) and (ranked.get("confidence") or 0.0) >= QUESTION_MIN_CONFIDENCE:
            return topic
    return None


def _a_treatment(topic_id: Optional[str]) -> bool:
    """The topic is a treatment that the exercises could go with or replace (not scans, which treat nothing)."""
    return (topic_id or "").startswith(TREATMENT + ".") and topic_id != SCANS_TOPIC


def next_step(content: Content, last_topic: Optional[str]) -> str:
    """What to do about the topic answered last: its first follow-up that says what to do (after
    a cause, the physio step that works on it), else how physio helps."""
    last = content.topics.get(last_topic or "")
    if last_topic in NOTHING_ANSWERED:
        return "pt_approach"
    # after a treatment ("whats the best thing i can actually do then" after insoles): the exercises, which have the
    # best evidence (as the answers on braces, other therapies and surgery say), not another treatment
    if last and _a_treatment(last_topic):
        return next((follow_up for follow_up in last.follow_ups if follow_up.split(".", 1)[0] in WORKS_BEST_FAMILIES),
                    EXERCISE_EXAMPLES)
    for follow_up in last.follow_ups if last else ():
        if follow_up.split(".", 1)[0] in DOING_FAMILIES and follow_up != last.id:
            return follow_up
    return "pt_approach"


def _follow_up(content: Content, aspects: List[str], last_topic: Optional[str]) -> str:
    last = content.topics.get(last_topic or "")
    if aspects:
        found = (last and _with_aspect(content, aspects, last.family)) or _with_aspect(content, aspects)
        if found:
            return found
    if last is None:
        return FIRST_TOPIC
    return last.follow_ups[0]


def _with_aspect(content: Content, aspects: List[str], family: Optional[str] = None,
                 exclude: Iterable[str] = ()) -> Optional[str]:
    """The first answer topic (of `family`, if given; of none in `exclude`) that one of the aspects names."""
    for aspect in aspects:
        for topic_id in ANSWER_TOPICS:
            topic = content.topics[topic_id]
            if aspect in topic.aspects and (family is None or topic.family == family) and topic.family not in exclude:
                return topic_id
    return None
