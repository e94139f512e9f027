"""Triage as a clinician reads it: a sign, on a body site, now, in the runner (or the child they
ask about). One behaviour each; the labelled sets (make test, scripts/evaluate_triage.py) cover
breadth. These run on the rules alone, without the learned nets."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knee.content import ContentError
from knee.detector import TriageDetector
from knee.triage_rules import load_triage
from knee.vocabulary import load_vocabulary

DETECTOR = TriageDetector()


def tier_of(text: str) -> str:
    return DETECTOR.assess(text).tier


def asked(text: str) -> str:
    question = DETECTOR.assess(text).question
    return question.tier if question else "none"


@pytest.mark.parametrize("text", [
    # everyday words that used to raise "call the emergency number"
    "my feet get chilly on winter runs",
    "my knee aches more when it's cold outside",
    "my leg fell asleep at my desk, pins and needles for a minute",
    "calf tight after my warm-up, fine after a mile",
    "sweating buckets on my long run today",
    "got fat over winter, back to football now and my knee aches a bit",
    "I had a DVT in 2015, fully treated, any advice for long flights to races?",
    "can't put any weight on the idea of a marathon this year",
    "pins and needles in my hands on long bike rides",
    "my knee swelled a little after the race but it went down overnight and it's fine",
    "my knee locks out straight when I stand, always been like that, no pain",
    "my knee clicks when I squat but it doesn't hurt at all",
    "legs are dead after the 20 miler lol",
    "my mate broke his leg skiing last year",
    "what would a blood clot feel like?",
    "no swelling, no locking, it never gives way, just aches on stairs",
    "my 12 year old did her first parkrun today, so proud",
    "short of breath on the hill reps tonight",
    "legs were shaking after the leg press, just fatigue",
    "hot shower after my run and my knee felt better",
    # questions comparing treatments, sport and everyday talk
    "is taping any better than a brace?",
    "my legs are getting stronger doing the exercises, can I run more?",
    "catch you later",
    "is front crawl better than breaststroke for my knee?",
    "my doctor offered an x-ray for my kneecap pain but my deductible is huge",
    "my knees click and crack all the time, normal?",
    "physio had me squat, hop and balance on one leg while she filmed it",
    "does my knee collapsing inwards when I land cause runner's knee?",
    "I stand with my knees locked, is that bad?",
    "Years ago I had a knee that locked and I had it scoped, all fine since",
    "stiff knee when I get up from my desk, loosens within a minute",
    "it's not swollen and I can straighten and bend it fully, just a niggle on squats",
    "my knee clunks when I get up off the floor, doesn't hurt, never sticks",
    "knee swelled a little after the trail race on Saturday, it's all gone down now",
    "my husband's knee gives way all the time, he's seeing a surgeon. Mine just aches on squats",
    "ice or heat for a swollen knee, which is better generally?",
    "my knee feels unstable on downhills so I brake, it has never actually given way",
    "ice bath after my long run and my legs went white and numb, came back pink after the shower",
    "fell asleep on the beach after the race and my knees got sunburnt, red and hot to touch",
    "mosquito bites all over my knees from the evening run, red and swollen and itchy",
    "my kneecap has been sore after long runs for a month, am I making it worse by running?",
    "my running shoes are super soft and squishy, is that bad for my knee?",
    "my dad had a blood clot after his hip op and I've got a 10 hour flight to a race, legs totally fine",
    "is night pain a bad sign for runners? asking for general knowledge",
    "so sweaty and shivery after a hot race, knees are totally fine",
    "my legs felt wobbly after the marathon, all fine after a sleep",
    "my watch says my cadence is 155 and my knee aches after runs, should i bump it up?",
    "limping a bit today but it's a huge blister on my heel, knees fine",
    "my knee pops every time I squat, no pain at all",
    "my knees are buckling under the pressure of this training plan, not literally",
    "knelt on a stone and there's a purple bruise on my kneecap, moves fine, ran on it this morning",
    "calf cramp in the night, bit tender today but no swelling or warmth, I haven't been on a plane or a long drive",
    "fell running is my thing but the descents give me an ache at the front of the knee",
    "stung by nettles on the trail, my knees are covered in white bumps and tingling",
    "saw a video of a rugby player's knee bending the wrong way, how common is that in running?",
    "the bigger thing is my knee aches at the front going down steep hills",
    "my partner says my running looks weird since my knee started aching",
    "my son (12) is fine, no aches at all. I, however, get a sore kneecap when I squat",
    "I'm 5'9 and 95kg, would losing weight help my knee? it aches when I squat",
    "got a temperature with a cold this week, knee is normal - not hot, red or swollen",
    "I'm a nurse on 12 hour shifts and my knee aches a little the day after",
    "rowing machine ok? the catch position makes the front of my knee ache a little",
    "just back from a long-haul trip, legs feel normal, only my usual knee ache when I squat",
    "ran so hard my legs fell off and I had to crawl to the car (not literally)",
    "our spaniel is limping after our 5k and won't put weight on his back leg",
    "I do my desk work sitting cross-legged constantly. No pain, just curious",
    "bashed my knee on the car door, lovely blue-green bruise now, bends fine, ran 8k this morning",
    "a heat chamber session left me shivery and a bit feverish, knees and legs totally fine",
    "my daughter (10) has bendy knees that click in gymnastics, no pain at all",
    "got new shoes last week and ever since there's a slight ache round my kneecap. back to my old ones?",
    "had a DVT in my leg ages back, all treated, no meds now. any tips for a long flight before my race?",
    "my knees click and pop when I stand up from the sofa, no pain or swelling with it",
    "my knees hyperextend a bit when I stand, like they lock back. is that why the fronts ache?",
    "the ache at the front doesn't settle until I stop running, then it's fine",
    "coach told me my knees will give out one day if I keep doing marathons, they're fine now",
    "a physio client of mine had a knee that swelled and locked, how do I explain red flags to others?",
    "a bit stiff for ten minutes in the morning, and it aches when I sit a long time at work",
    "knees look pink and feel hot after a run in 30 degree heat, no pain, cooled down fine",
    "my legs buckled when I saw the entry fee for that ultra lol. knee only aches a bit on hills",
    "the ache gets worse the longer I run, then eases off once I'm home",
    "how do I keep running into my 60s without wrecking my knees?",
    "came off my bike and my phone screen cracked, I'm totally fine, just wondering about knee-friendly cross training",
    "hot and cold contrast showers seem to help my achy kneecap after long runs",
    "I played five-a-side years ago and my knee gave way once back then, it's been fine since",
    "popped the blister on my heel last night, knee just a bit achy at the front on runs",
    "swelling no, giving way no, locking no, fever no. just an ache at the front after runs",
    "my big toenail has gone black and purple after the marathon, will it fall off?",
    "the knee sleeve was too tight and my foot tingled, fine once I took it off",
    "sat folded up in economy for 9 hours, knees a bit stiff and achy at the front now",
    "my knee aches a little after football on Sundays",
    "felt my neck crack during a stretch, felt great, knees are fine",
    "people at my club keep talking about knees collapsing late in ultras, mine are fine, how do I avoid it?",
    "front of my knee aches after sitting cross-legged at my son's school assembly",
    "does runner's knee go hot and swollen? mine just aches on stairs",
    "what's a locked knee exactly? mine is fine, just curious after a podcast",
    "coming off the fells my knee aches at the front, fine on the flat",
    "on video my knee dips inwards when I do a single leg squat, is that why it aches?",
    "dreamed last night my knee locked halfway round the marathon, anxious much?",
    "long flight to the race next week, nothing wrong, how do I keep my dvt risk low?",
    "saw the goalkeeper's knee pop out of place on the telly, how often does that happen to runners?",
    "I'm stuck inside on the treadmill all winter, is that worse for runner's knee?",
    # sticking at the exercises is keeping them up, not a knee stuck bent
    "meanwhile how long should he stick at the physio exercises",
    "never fell, not swollen, just an ache in my knee going down the stairs and the odd hill",
    "I foam roll my IT band every night and stretch after runs but the kneecap still aches, will more stretching help?",
    "every time I pass 60k a week it flares, I ease off, it settles, I build again and bang, back it comes",
    # the colour of the tape is not the colour of the knee; a knee that is going to is not a knee that went
    "physio taped my knee today with the stretchy blue stuff and it felt better pretty much instantly?? is it actually doing something",
    "ok forget the xray. is my knee just going to keep getting worse as i get older",
    # a grown-up child, a baby the writer has had, a gym open all hours, foam rolling tried
    "Hi, writing on behalf of my daughter who is 19 and away at uni. Her knee has been hurting on stairs for a few weeks.",
    "Back running 10 months after having my son. Front of both knees ache after runs. Do I need stability shoes now?",
    "3rd run back since having my daughter (she's 7 months) and the front of both knees ache going down the stairs afterwards",
    "I do all my running on the treadmill cos of shift work, gym's open 24/7. Since I bumped it up my knee aches on the stairs",
    "tried rolling it, resting it 3 weeks, new shoes, the lot and nothing's really shifted the ache behind my kneecap",
    # a figure about other people is not the runner's knee not getting better
    "4 in 10 not better after a YEAR?? thats not exactly reassuring",
    # training that has not changed is not a knee that is not getting better
    "why did I get runner's knee? I only run 20k a week and haven't changed anything in weeks",
    # a big hill is not a big knee
    "been getting a dull ache behind the kneecap on the big descent of my sunday long run, worth getting it taped?",
    "my local parkrun has a big downhill and it leaves the front of my knee sore going down stairs afterwards",
    # places and colours, prices, "have a crack", "bump it up", "turn into", "go through my GP", beliefs
    "training for a 50k trail ultra in the Blue Mountains in 5 weeks and the knee's been grumbling on the descents. pull out or push on?",
    "blue kinesio tape on my knee for the race, does it do anything?",
    "anyone know if dry needling is worth it for pf pain? physio offered it, $90 a pop",
    "got parkrun sat and me knee's a bit sore round the cap. worth having a crack or nah",
    "garmin says my cadence is 158 spm. is that why my knee hurts? should i bump it to 180",
    "I'm 62, been running 30 years. Lately a dull ache behind the kneecap on hills. Is this going to turn into arthritis??",
    "do i need to go through my GP for runners knee or can i just go to a physio myself?",
    "i foam roll my IT band every single night for runner's knee and it's brutal. is it even doing anything",
    "My quads are like steel cables and I'm convinced that's what's pulling my kneecap out of line and making it ache.",
    # a painless cracking noise, a verb, a squat the ankles don't allow, complaining, going via the GP, a worry
    "When I squat or stand up from my desk chair my knee makes a cracking noise, like popcorn, but it does not hurt at all.",
    "I coach an under 18 distance squad. What sort of exercises do physios usually hand out for runners knee?",
    "desk job, my ankles are very stiff, I cannot even sit in squat position properly. now pain near kneecap. can stiff ankle do this?",
    "my daughter is 17 and she's been giving out that her knees ache after training and sitting in class",
    "is it worth forking out for a private physio for my 17 y/o's knee or should we just go through the GP?",
    "three of my adult beginners have a front-of-knee ache since hill repeats, I don't want to push them into injury",
    "physio give me 3 exercise for my knee: bridge, clam, step down. how long until it work? still pain",
    # followers are not an age; standing on one foot is a balance test, not a leg that takes no weight
    "saw a tiktok (physio guy, 2m followers) saying ALL knee pain is a weak VMO and you just walk backwards on the treadmill. legit?",
    "the wobbly one leg thing, I think thats me. I cant stand on one foot putting on my socks haha",
    # a direction is not a displaced kneecap: an exercise's movement, where it aches, a gap under a stiff knee
    "for the band exercise do I step sideways with my knees bent or keep them straight?",
    "is it the one where you lie down and lift the leg out to the side? my knee feels fine after it",
    "my kneecap aches on the outside after long runs",
    "the pain is behind the kneecap and round the sides, worse on stairs",
    # "last week" or "next month" is not weeks of trouble; "the advice" is not the knee
    "spin class made it worse last week, how come",
    "ran a 10k last week, knee still sore",
    "race next month and the knee is getting worse, should I taper early?",
    "been doing the exercises for 3 weeks, is the advice still the same?",
    # walking less is not walking on it no more; running at night is no pain at night
    "haven't walked on it much this week, been busy, knee aches a bit",
    "not walked on the treadmill in weeks, knee fine",
    "whole day sitting on the motor then i jog at night. front of my knee is sore after",
    # rolling on a foam roller is no rolled ankle
    "I foam roll my IT band every single night and my knee hurts at the front on stairs. Am I rolling it wrong?",
    # coming off a hill is the descent; fell running is a sport; "stuck with it" and "fixed at 61" are no stuck knee;
    # "is it not better to rest" asks about rest
    "Coming off Ben Lawers on Saturday my right knee was aching round the kneecap the whole way down",
    "55, been fell running since my twenties, the front of my knee aches on descents",
    "moved up north and went from flat towpath runs to proper fell running. knee started hurting within a fortnight",
    "can that be fixed at 61 or am i stuck with it",
    "But is it not better to rest completely? My colleague says total pause 6 weeks, nothing at all.",
    # a balance test held not for long, and a foam roller "useless" on the side of the leg
    "Point about standing on one leg, I am unable to stand on left leg properly for long, I shake. That is the reason?",
    "my pain is front not outside. so the foam roller on the side of the leg is useless for me?",
    # tight quads or thighs that keep the heel off the bum in a stretch
    "My quads are super tight, I can't get my heel to my bum. Is that why my knee hurts? Must I stretch more?",
    "thighs so tight i cant get my heel to my butt when i stretch",
    # a bike's big gears; a tight band said to pull the kneecap; other people who do not recover
    "is spinning a higher cadence on the bike easier on the knees than grinding big gears?",
    "massage therapist says my IT band is pulling my kneecap sideways, but the pain is at the front. does that add up",
    "half in 7 weeks... right. and the ones that dont get better, whats different about them",
    # moving runs indoors; "catch yourself on"; someone who never stops talking about their knees
    "dubai summer so i've moved all my running to the gym treadmill plus spin class. knee's been grumbling since june, front of it",
    "keyhole did nothin? catch yourself. right so what actually works",
    # years "stuck in an office" are no stuck knee
    "my knees sound like rice krispies when i squat, 47, back running after 12 yrs stuck in an office. should i be worried",
    # a thumb that slipped on the phone, knowledge "stuck at" a level, a club's "injured crew"
    "Sorry my thumb slipped. I wanted to ask whether running is still advisable at 82 with a sore knee",
    "FY2 in psych so my MSK knowledge is stuck at OSCE level, whats the current thinking on managing PFPS",
    "injured crew question, Lou, Phil and me all have sore kneecaps. what can we do to keep fit?",
    # a daughter whose adult age follows after a comma; sitting in a traffic jam
    "writing for my daughter, she is 19 and races the 800m. kneecap sore for 2 months, what should she do?",
    "why does my knee ache when I sit for 2 hours in the jam on the way to work?",
    # a leg stuck out in the aisle is how someone sits; buckling boots is getting dressed
    "so I have to sit with my leg stuck out in the aisle like a weirdo?",
    "also my knee crunches when I squat down to buckle my boots. no pain with it. should I worry",
    # coming off a named hill is the descent
    "Took 4 weeks off. First fell run back and it's the same ache round the kneecap coming off Pen y Ghent.",
    "can runner's knee turn into arthritis when I'm older? me da has it in both knees and never stops going on about it",
    # the colour of the tape; "big time" is very much; a noise the knee makes on every squat
    "And what about strapping it with that blue stretchy tape the rugby lads use?",
    "did a step down in front of the mirror, knee dives in big time on the sore side. bad sign?",
    "When I squat down with the sandbag my knee makes a crack sound. Nothing hurts. Must I worry?",
    # "an" for "and" in a list of noises
    "wah gwan. mi knee dem a click an crack every time mi squat down, but it nuh hurt. it bad?",
    # "one of" is not an age; grown-up children by their age; running that never stopped; a guess about the cause;
    # the quad stretch test; a list of old injuries
    "hiya im one of the run leaders at our club. few of the c25k lot saying their knees ache round the kneecap since the hills session",
    "My DD is 17 and does cross country. Her knees ache around the kneecap after training for a few weeks now",
    "I coach a small athletics group. One of my girls, 19 years, complains of pain behind the kneecap after hill sessions",
    "I work in a school kitchen, started running in lockdown and never stopped. Front of my knee aches on downhills",
    "I went from 30 to 45 miles a week over about three weeks, plus the hills. I'm guessing that didn't help?",
    "Knee aches at the front after runs. My quads feel super tight all the time, like I can't get my heel to my butt without arching.",
    "front of knee pain for 2 months, on the run and on stairs. Past injuries: swimmer's shoulder, and a hamstring thing in 2020.",
    # what makes it worse is not a knee getting worse
    "Past month there's a dull ache round the kneecap on the stairs at work and it gets worse if I sit through a long meeting.",
    # how someone walks down stairs, not a kneecap out of place; a busy summer, not a big knee
    "My husband (59) won't admit his knee hurts but he's coming down the stairs sideways after every tramp lol.",
    "had this knee pain two years ago, did the physio exercises, sorted. now it's back after a big summer of ridge walks.",
    # when they run or walk, not pain at night; a bleep test's shuttle length, not a 15-year-old boy
    "My wife does incline walking on our treadmill every night while she watches Netflix and now her knees hurt when she "
    "sits through a movie.",
    "Level 5.4 on the bleep test for the police, but the 15m turns give me an ache round my right kneecap.",
    # working late, and a wheat bag used every night, are not pain at night
    "I work bar till 2am most nights. Knee has been sore around the kneecap since I increased my miles.",
    "Nana swears by a wheat bag on the knee every night, my physio mate says ice. Which one's better for runners knee?",
    # a child named only as the owner of an occasion is not the patient
    "knee aches on the stairs at work, and again after sitting through my son's 3 hour school concert. what is it?",
    # a huge mistake, not a huge knee
    "physio wrote PFPS on my letter and looking it up online was a huge mistake. Is that another name for runner's knee?",
    # a tight muscle or band, not a tense swollen knee
    "triathlete, IT band feels tight as a drum. will foam rolling it help my knee??",
    # a massage gun used most nights, a newborn that keeps them up: not pain at night
    "Got a massage gun for christmas and I've been hammering my quads and the outside of my knee with it most nights. "
    "Actually helping or pointless?",
    "Up most nights with the newborn so my runs are on 4 hours' sleep. My knee aches a bit on stairs. Should I cut back?",
    # the runner's own size, not a big knee
    "lost 30kg over 18 months on purpose and just started jogging. After 3 runs my knees are sore around the kneecaps. "
    "Is it just cos I'm still a big unit?",
    # a trial's comparison, not a knee that is no better
    "wait so even 5 years later the op was no better than just doing the exercises?",
    # slow to get up from a leg gone to sleep, not a leg that can't take weight
    "sorry cat walked across the laptop and my leg had gone dead from sitting on it so couldnt get up quick enough. "
    "anyway how many sets should the split squats be",
    # another activity weighed against running, not a knee that is no better
    "my boyfriend has runners knee and the physio said no running for a couple of weeks but hes going stir crazy. "
    "can he go on the spin bike at the gym instead or is that just as bad",
    # exercises done every night, not pain at night
    "My husband has been seeing a physio for his knee and she's got him doing clamshells and side lying leg lifts every night "
    "on the living room floor. His KNEE hurts, not his hip. Why is she working on his hips??",
    # a routine done every night, or sleep lost to something else: not pain at night
    "is foam rolling my IT band pointless then? ive done it every single night for a year for my knee",
    "cant sleep (not the knee, work stuff) so Ive ended up reading about cadence. would changing my stride help my knee",
    "Every night after work I roll my IT band till I cry because some youtube guy said a tight IT band pulls the kneecap "
    "out of line, and the knee ache is exactly the same. Is the rolling doing anything?",
    "every night for a year I've iced my knee after runs, 20 mins of frozen peas. should I have used heat instead?",
    "most nights she's been icing her knee after training. is ice any use for runner's knee?",
    # routines every night, a night up with the baby or the internet, and figures of speech
    "My wife's been on the knee exercises a couple of weeks, she does them every night and says it's less achy on the stairs.",
    "I ice my knee every single night at 11pm, it's like brushing my teeth. it just aches a little after squats.",
    "Started doing a cold bath every night after my late shift. the kneecap aches after long runs.",
    "knee has been at me since 2019. had physio, got strapped, foam roller every night, new runners twice. should i be "
    "aiming for a cadence of 180",
    "Up every night at 2 and at 4 with the baby. The knee only aches at the front after I've sat on the floor for ages.",
    "Been up all night reading about knees on the internet. the knee is just sore on the front going down steep hills.",
    "Honestly this knee has knocked me sideways. I'm jogging at the back babying it, it doesn't hurt much.",
    "I can't straighten anything out at the moment, rotating shifts. Knee-wise it's the usual ache round the cap after long runs.",
    "I've fallen into the habit of putting a wheat bag on my knee every morning before I run, otherwise it aches.",
    # a gadget or a bag of peas every night, a clinic named for injuries: no pain at night, no injury
    "right knee front pain for 2 years. tried a patellar strap, KT tape, theragun every night. is spin making it worse?",
    "She's had pain round the front of her knee for two years. Every night she sits with a bag of frozen peas on it. "
    "Her flatmate says heat is better. Which is it, ice or heat?",
    "He has seen the GP, had physio twice, paid for a sports injury clinic, had a steroid injection. The front of his knee "
    "aches when he sits through a film.",
    # an hour of the early morning alone is no pain at night
    "I run at 5 am before work and my knee aches after",
    # an exercise done lying on one side every night, not lying awake
    "knee aches round the kneecap on long descents. tried foam roller on quads every night, ice after runs, clamshells "
    "and side lying leg raises off a youtube vid. could the shoe change be behind this?",
    # pain that has moved, not a kneecap; thighs too tight for the heel to reach the bum in a stretch
    "Had anterior knee pain for 2 years. Lately the pain seems to have shifted to the outside of my knee on longer runs. "
    "Could it be my IT band instead?",
    "the ache has moved to the outside of the knee now",
    "my quads are SO tight, like i cant get my heel anywhere near my bum. should i be stretching them more?",
    # an exercise done from a video, not a kneecap out of place
    "been doing wall sits off a youtube video and my kneecap aches while im holding them. is that normal?",
    # a worry that keeps them up, not pain at night
    "for about 9 years now the front of my left knee has ached. None of it really shifted it. What keeps me up at night "
    "is the thought that this is the start of arthritis like my dad had. Is that where this is going?",
    # a big decision, not a step in the kneecap's outline
    "a surgeon has floated an arthroscopy to tidy up behind the kneecap. Part of me thinks that's a big step for an ache. "
    "Does surgery actually help runners knee?",
    # complaining, not a knee giving way
    "I'm a run director at our parkrun and a fair few of the regulars are giving out about sore knees. Who runs this?",
    # a sign taken back at once
    "My knee locked... sorry, I mean I locked my knees out on the leg press and the trainer told me off. Bad for runner's knee?",
    "Knee went pop! ...well, the knee brace I bought went pop, the strap snapped. Worth getting another one?",
    # a party balloon
    "someone popped a balloon right behind me at the club do and I nearly fell off my chair. anyway, how do we pick relay legs?",
    # a burden, not a leg
    "Can't bear the weight of another 5am alarm for marathon training lol. Any tips for morning motivation in winter?",
    # a feared giving way that never happens
    "my leg shakes like mad on the single-leg squats. It feels like it's going to give way, but it never actually does, "
    "there's no pain, I just wobble. should I drop to an easier version?",
    # how someone gets down a slope, not a kneecap out of place
    "my knee hurts on the downhills now so I've started sort of shuffling down them sideways. front of knee, came on gradually.",
    # a runner who ran out of steam, not a swelling
    "Coach said I 'crashed and burned' in the last mile of the 10k. No actual fall, knees fine, I just blew up. Pacing tips?",
    # where a fall landed, not several joints
    "tripped on a root and went down on my hands, knee never touched the ground. no pain at all. trail shoe tips?",
    # a drawback, not a knee that catches; a size asked about, not a swelling; the doctor's practice, not an operation
    "Only tested on students with healthy knees, I bet. That's always the catch.",
    "whats the catch with these 6 week knee programmes",
    "that trial about the kneecap, how big was it?",
    "my calf aches after hills, the gp surgery can't see me till friday",
])
def test_everyday_words_do_not_escalate(text: str) -> None:
    assert tier_of(text) not in ("urgent", "emergency"), text


@pytest.mark.parametrize("text, tier", [
    # an operation before a swollen calf, however it is said (not the GP's surgery)
    ("went through the surgery 10 days ago, now my calf is swollen and hot", "emergency"),
    ("had surgery on my knee 2 weeks ago and now my calf is swollen", "emergency"),
    ("had local surgery on my knee 10 days ago and now my calf is swollen and hot", "emergency"),
    # pain in the small hours, written "3am"
    ("deep ache in my knee at 3am, doesn't matter whether I ran that day", "urgent"),
    ("deep ache in my knee at 3 am, doesn't matter whether I ran that day", "urgent"),
    ("calf swollen and warm since the long flight home yesterday", "emergency"),
    # a fall while running, or off a bike, is still an injury
    ("I fell running down the hill and hurt my knee", "urgent"),
    ("I tripped and fell running down the stairs and my knee hurts", "urgent"),
    ("came off my bike and hurt my knee", "urgent"),
    ("I fell and now I am unable to stand on my left leg", "emergency"),
    ("my leg is useless since the fall, cant stand on it", "emergency"),
    ("fell on the trail and couldnt get up, cant put any weight on it", "emergency"),
    # a knee that will not bend is still a sign when no tight thigh explains it
    ("my knee feels tight and I can't get my heel to my bum since Sunday", "urgent"),
    # a kneecap that has moved is still out of place
    ("my kneecap has moved to the outside", "emergency"),
    ("fell on Saturday and it's Tuesday now and I still can't put any weight on it", "emergency"),
    ("my knee swelled up massively this week, I don't remember hurting it", "urgent"),
    # a knee tight as a drum is still swollen, however tight the band beside it
    ("my knee is swollen tight as a drum", "urgent"),
    ("my knee suddenly gave way on a run yesterday and I nearly fell", "urgent"),
    ("my 14 year old hurt his knee at football last week and it's still sore", "urgent"),
    ("my daughter, she is 13, has had a sore knee since netball", "urgent"),
    ("stuck in a traffic jam and now my knee has jammed bent and won't straighten", "emergency"),
    ("my knee buckled on the stairs and I nearly went down", "urgent"),
    # a colour, a size and a crack that are the body's
    ("my toes went blue under the tape", "emergency"),
    ("the knee swelled up big time after the fall", "urgent"),
    ("I fell and heard a crack, now my knee hurts", "urgent"),
    ("my dd is 12 and her knee hurts", "urgent"),
    ("im 13 and one of the fastest on my team, my knee hurts", "urgent"),
    ("the pain started last week and never stopped", "urgent"),
    ("it gets worse every week even though I stopped running", "urgent"),
    ("been doing the exercises for 4 weeks and it's no better than when I started", "urgent"),
    ("I had a fall and now I can't get my heel to my butt, the knee won't bend", "urgent"),
    ("knee buckled mid run and I went down hard", "urgent"),
    ("the kneecap is sitting off to the side since I slipped", "emergency"),
    ("I fell and my kneecap went sideways", "emergency"),
    ("my kneecap went sideways coming down the stairs", "emergency"),
    ("my kneecap is sideways and wont go back", "emergency"),
    ("it feels like my kneecap has moved to the side", "emergency"),
    ("twisted it and within 20 minutes it had ballooned", "emergency"),
    ("my knee just blew up after the fall", "emergency"),
    ("I blew up at mile 20 and my knee swelled up like a balloon too", "urgent"),
    ("I get pain in my hands and knees every morning", "urgent"),
    ("my kneecap slid sideways when I landed and it's still there", "emergency"),
    ("knee is hot, red and swollen and I've got a temperature of 38.5", "emergency"),
    ("my foot has gone pale and numb since I fell on my knee", "emergency"),
    ("knee locked bent and I still can't straighten it", "emergency"),
    ("my 11 year old fell at school and is limping, says his hip hurts", "emergency"),
    ("calf sore and I'm short of breath walking to the kitchen", "emergency"),
    ("chest pain and my calf is swollen", "emergency"),
    ("pain wakes me up every night", "urgent"),
    ("i do my rehab in the evenings but the knee pain wakes me every night", "urgent"),
    ("I run every night and the knee pain wakes me up", "urgent"),
    ("my knee throbs every night", "urgent"),
    ("my knee wakes me every night, tried a foam roller", "urgent"),
    ("15m here, my knee hurts after football", "urgent"),
    ("I lie awake till 3am most nights with knee pain", "urgent"),
    ("my knee wakes me at 2am most nights", "urgent"),
    ("it's been 4 weeks of rest and exercises and it's no better", "urgent"),
    ("sometimes when I squat my knee won't come back up till I jiggle it", "urgent"),
    ("my knee just goes sometimes and I have to catch myself", "urgent"),
    ("I stopped running 5 weeks ago, I do my exercises, but the pain does not get better", "urgent"),
    ("it locked on my long run and I had to shake it out before it would bend, fine now", "urgent"),
    ("physio gave me hip exercises. This morning it locked and it's still locked, I can't straighten it", "emergency"),
    ("I slipped on the stairs this morning and I haven't been able to stand up on it since", "emergency"),
    ("my knee swelled up fast after the twist, the pain went away but it's still huge", "emergency"),
    ("got a big soft bulge above my kneecap that wasn't there last week, no injury", "urgent"),
    ("my wedding ring is loose now and I've not been dieting, knee has a dull ache", "urgent"),
    ("my aching knee is the reason I'm typing this at 4 am, this is night 5", "urgent"),
    ("knee keeps filling up with fluid after runs, goes down after a couple of days then back again", "urgent"),
    ("my knee went pop when I jumped off the step and it hasn't felt right since", "urgent"),
    ("there's a catch in my knee when I squat, then it's fine after", "urgent"),
    ("my kneecap has ached since before Christmas, rested loads and nothing is changing", "urgent"),
    ("the pain in my knee is ruining my sleep", "urgent"),
    ("every night my knee has done this throbbing thing for a month", "urgent"),
    ("it looks like it's sitting way off where it should be since I landed on it", "emergency"),
    ("a cyclist knocked me sideways on the path and now my knee is swollen and I cant put weight on it", "emergency"),
    ("ever since I slipped on the ice on Tuesday my knee hurts getting in and out of the car", "urgent"),
    ("mornings are rough. knee stiff for the first hour or so, then fine enough to run", "urgent"),
    ("rolled my knee on a root, and by the time I'd collected my medal it had puffed right up like a grapefruit", "emergency"),
    ("sharp click on the inner side with a stab of pain every time I squat", "urgent"),
    ("my knees, hips and the little joints in my feet have all started aching", "urgent"),
    ("deep gnawing ache in the knee at rest, it's worst when I'm just lying on the sofa", "urgent"),
    ("one of my athletes felt the knee shift in a sprint drill and it has ballooned since", "emergency"),
    ("felt a pop mid squat at the gym and the knee has ached since", "urgent"),
    ("heard a crack as I twisted on the trail and it has ached since", "urgent"),
    ("my knee keeps giving out on me on the stairs", "urgent"),
    ("my knee locked on the stairs this morning, I mean it really would not straighten for a minute", "urgent"),
    ("I twisted it at netball and it swelled up, I mean, the whole knee ballooned within the hour", "emergency"),
    ("I can't take the weight of more than a toe on it since the fall", "emergency"),
    ("my knee feels like it's going to give way and sometimes it does on stairs", "urgent"),
    ("it gave way on the stairs twice but it never swells", "urgent"),
    ("I can't bear the weight of my body on it since the fall", "emergency"),
    # "anyone else" shares the writer's own sign; "anyone" alone asks about others
    ("Anyone else get stiffness in the mornings that doesn't go until mid-morning? Started after I upped my mileage", "urgent"),
    ("has anyone else had a knee that swells after parkrun", "urgent"),
    ("knee is huge after my long run but i didnt hurt it. going down a tiny bit but still big after 2 days", "urgent"),
    # what others notice in the writer
    ("people keep saying i look thin, i havent been trying to lose weight, and my knee's been achy", "urgent"),
    ("my knee gives out on descents, I ended up on the floor twice this month", "urgent"),
    ("coaching a group of 13 year olds, one says her knee aches every session. what do I tell her mum?", "urgent"),
    ("I'm shivery then sweating, and my knee is hot, red and puffy since yesterday", "emergency"),
    ("when I was out on my run yesterday my knee gave way on a kerb", "urgent"),
    ("the foot on my bad-knee side has gone cold and white since I fell", "emergency"),
    ("a cyclist ran into me on the path and my knee bent sideways, it looks the wrong shape", "emergency"),
    ("my knee won't flatten on the bed since the long run on Sunday", "urgent"),
    ("my son's 9 and his knee has been sore after every training session", "urgent"),
    ("knee gone red and hot since yesterday, it's big and sore and I've got the shakes and a temp", "emergency"),
    ("the stiffness in my knee lasts until about 11am every morning now", "urgent"),
    ("the marshal watched it balloon in front of her after I tripped on the cones", "emergency"),
    ("the physio told me my knee is swollen and I should get it checked", "urgent"),
    ("every time it clicks on the stairs now there's a sharp stabbing pain with it", "urgent"),
    ("it used to click without hurting, it's no longer painless", "urgent"),
    ("both knees, a hip and my wrists are aching and I feel wiped out all week", "urgent"),
    ("stiff as anything for 40+ minutes after I get up, most mornings", "urgent"),
    ("my knee has stayed a little bit bent since the weekend, cannot straight it", "urgent"),
    ("three weeks of rest and the physio exercises and the pain not go down at all", "urgent"),
    ("rested for three weeks and it's just as bad", "urgent"),
    ("came off the bike on sunday, my knee is puffy and the swelling has not gone down since", "urgent"),
    ("is it normal for runner's knee to hurt at night when I'm lying still? mine does, every single night", "urgent"),
    ("every night I wake up with my knee throbbing", "urgent"),
    ("every night i do nothing and it still aches in bed", "urgent"),
    ("is it normal for a knee to have a big step in it after a fall? the top of my shin sits lower than it should",
     "emergency"),
    ("six weeks of exercises and rest and the pain hasn't changed", "urgent"),
    ("rested a month, it's not changed one bit", "urgent"),
    ("my kneecap popped out to the side when I landed and it's still there", "emergency"),
    ("went over on the trail, my kneecap has gone round the side of my knee", "emergency"),
    ("my knee won't go flat when I lie down, there's a gap under it", "urgent"),
    ("month of self-treating my knee with no progress", "urgent"),
    ("knee been sore for the past month and not getting better", "urgent"),
    ("6 wks of rest and physio exercises and it's no better", "urgent"),
    ("my husband fell off a ladder and hasn't walked on that leg since, he goes up the stairs on his bum", "emergency"),
    ("i haven't walked on it since the fall", "emergency"),
])
def test_red_flags_in_new_wording_escalate(text: str, tier: str) -> None:
    assert tier_of(text) == tier, text


@pytest.mark.parametrize("text", [
    "my knee aches after sitting through a long film",
    "it aches when I sit at my desk for a while, better once I move",
])
def test_the_classic_ache_after_sitting_is_not_escalated(text: str) -> None:
    assert tier_of(text) not in ("urgent", "emergency") and asked(text) == "none"


@pytest.mark.parametrize("text", [
    "knee a little puffy after the trail race. Back to normal by the next morning, just a bit tender",
    "legs a bit swollen after a day on my feet at the expo, gone overnight",
    "leg went tingly for a few seconds when I stood up off the train, fine after a walk",
])
def test_a_sign_that_passed_gets_no_safety_question(text: str) -> None:
    assert tier_of(text) not in ("urgent", "emergency") and asked(text) == "none", text


@pytest.mark.parametrize("text", [
    "my feet were freezing on my run this morning and my knee aches a bit after, is that runners knee?",
    "hands and feet chilly on the long run, kneecap sore on the stairs after. normal?",
])
def test_cold_feet_from_a_cold_run_get_no_safety_question(text: str) -> None:
    assert tier_of(text) not in ("urgent", "emergency") and asked(text) == "none", text


@pytest.mark.parametrize("text, tier", [
    ("my foot went numb on my run", "emergency"),
    # where they sit now is no explanation for a numb leg
    ("Whole leg below the knee suddenly went numb and heavy on my run. No fall. Sitting on a wall now.", "emergency"),
    ("knee is a bit swollen", "urgent"),
    ("my knee hurts at night", "urgent"),
])
def test_a_possible_sign_gets_a_safety_question(text: str, tier: str) -> None:
    assert tier_of(text) not in ("urgent", "emergency") and asked(text) == tier


def test_a_knee_that_locks_now_and_then_is_urgent_and_asked_if_it_is_stuck_now() -> None:
    # intermittent locking needs a check soon; only a knee stuck now needs the emergency number
    assessment = DETECTOR.assess("my knee locks sometimes when I run")
    assert assessment.tier == "urgent" and assessment.question.tier == "emergency"
    assert tier_of("my knee locked yesterday for a minute, it's fine now") == "urgent"


@pytest.mark.parametrize("text", [
    "my knee is swollen after a normal 10k",
    "there is fluid on my knee this morning",
    "my knee is big after the walk",
    "there's always a catch in my knee going down stairs",
    "what's the catch in my knee when i squat",
    "when i squat there's always a catch with my knee",
    "every time i squat that's the catch, then it frees",
    "my knee's swollen, you should see how big it is",
])
def test_an_everyday_word_beside_a_sign_does_not_hide_it(text: str) -> None:
    assert tier_of(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # the noun "number" is not "more numb"
    "the number on my foot is going down",
    "my foot is fine, the number of reps on the sheet is the problem",
])
def test_the_noun_number_is_no_numbness(text: str) -> None:
    assert tier_of(text) == "none" and asked(text) == "none", text


@pytest.mark.parametrize("text", [
    "my foot went numb on the run",
    # "number" as more numb
    "my foot is number than yesterday",
    "my foot went number after the run",
])
def test_numbness_still_gets_its_question(text: str) -> None:
    assert asked(text) != "none", text


@pytest.mark.parametrize("text", [
    # a runner who puts themselves among those who did not improve is not improving
    "so im in the half who didnt get better after 6 weeks of physio then?",
    "feels like im one of the 4 in 10 who dont get better, 8 weeks of physio now",
    "my son who didnt get better after 3 weeks of rest and exercises, what now",
])
def test_no_better_after_weeks_of_self_care_stays_urgent(text: str) -> None:
    assert tier_of(text) == "urgent", text


def test_an_escalation_asks_about_a_more_urgent_possible_sign() -> None:
    assessment = DETECTOR.assess("twisted my knee yesterday and now it's swollen")
    assert assessment.tier == "urgent" and assessment.question.rule == "rapid_swelling_after_injury"


@pytest.mark.parametrize("text, tier", [
    ("my son is 12 and his knee aches after football, my knee is fine", "urgent"),
    ("my daughter who is 12 has sore knees after netball", "urgent"),
    ("my daughter who is 19 has sore knees after netball", "self_care"),
    ("my son and I run together, my knee aches going down stairs after our runs", "physio"),
    ("my son (24) ran his first half and now his knee aches round the cap", "self_care"),
    ("my daughter's 25 and her knee aches after runs, can she do the same exercises as me?", "self_care"),
    ("my daughter she is 25, same pain after her marathon", "self_care"),
    ("my daughter just turned 18 and now has knee pain around the kneecap", "self_care"),
    ("my son turned 14 in May and his knee aches after football", "urgent"),
    # a child's occasion, with the child spoken of again, is still about the child
    ("my son's football match, he has knee pain and is limping", "urgent"),
    ("my daughter's 2 hour dance class leaves her knee sore", "urgent"),
    ("my knee is massive since I fell on it yesterday", "emergency"),
    ("Buenas. My son have 17 years, plays futbol and also run. He say knee hurts in front", "self_care"),
    ("my son have 12 years, he plays football and his knee hurts", "urgent"),
    ("my husband fell and can't put any weight on his leg, should we go to A&E?", "emergency"),
    ("my mum had a DVT after her hip operation", "none"),
    ("me 14, knee hurts after netball", "urgent"),
    ("me 13 (girl). knees ache going down stairs after training. what exercises should i do", "urgent"),
    ("granddaughter (9) keeps rubbing her knee after parkrun", "urgent"),
    ("I coach an under-13 squad and one girl says the front of her knee hurts on hills", "urgent"),
    ("running club juniors, ages 10-13, a few moan about sore knees after hill reps", "urgent"),
    ("son 13, aching kneecaps after cross country. same stretches as mine?", "urgent"),
    # a brother or sister's age counts as a child's
    ("my sister is 14 and her knee hurts after netball", "urgent"),
    ("my brother is 45 and his knee aches after long runs", "self_care"),
    # the age of a thing is no child's
    ("im 41, knee aches at the front after parkrun. a friend said its my trainers which are 2 yrs old", "self_care"),
    ("my son is 12 years old and his knee aches after football", "urgent"),
])
def test_who_the_message_is_about_decides(text: str, tier: str) -> None:
    assert tier_of(text) == tier, text


def test_a_sign_in_the_past_does_not_hide_a_new_one() -> None:
    assert tier_of("dislocated my kneecap years ago, fine since, now it has popped out again") == "emergency"
    assert tier_of("I had a clot years ago. Calf swollen and hot again after the long drive") == "emergency"


def test_a_rule_naming_an_unknown_finding_names_file_rule_and_field(content_copy: Path) -> None:
    path = content_copy / "red_flags.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"]["cannot_bear_weight"]["when"] = ["cant_walk"]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError, match=r"red_flags.yml: topic 'cannot_bear_weight', field 'when': unknown finding 'cant_walk'"):
        load_triage(content_copy, findings=load_vocabulary(content_copy).names())


def test_an_emergency_question_must_give_the_emergency_number(content_copy: Path) -> None:
    path = content_copy / "red_flags.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"]["numb_or_cold_foot_possible"]["ask"] = "Is your foot numb right now?"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError, match=r"field 'ask': an emergency question must give \{emergency_number\}"):
        load_triage(content_copy, findings=load_vocabulary(content_copy).names())


def test_only_an_urgent_rule_may_let_the_question_be_answered_after_it(content_copy: Path) -> None:
    path = content_copy / "red_flags.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"]["cannot_bear_weight"]["answers_question"] = True
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError, match=r"topic 'cannot_bear_weight', field 'answers_question': only an urgent rule"):
        load_triage(content_copy, findings=load_vocabulary(content_copy).names())


def test_no_rule_escalates_on_one_everyday_word() -> None:
    """Each red flag needs a sign on a site in context, or a phrase of several words: a single
    common word ("cold", "numb", "calf", "knee", "swollen") never escalates on its own."""
    for word in ("cold", "numb", "calf", "knee", "swollen", "sweating", "weight", "locked", "fat",
                 "blue", "asleep", "tight", "fever", "fall", "twist", "hot", "red", "stuck", "pop"):
        assert tier_of(word) not in ("urgent", "emergency"), word


def test_puffy_skin_round_a_new_tattoo_is_not_asked_about_as_a_swollen_knee() -> None:
    text = "new tattoo just above my knee, a bit red and puffy round the lines"
    assert asked(text) == "none" and tier_of(text) not in ("urgent", "emergency")


def test_the_reader_matches_what_its_phrases_say() -> None:
    """Each phrase is compiled for speed (one pattern per first word); the matches are the same."""
    from spacy.matcher import Matcher

    reader = DETECTOR.reader
    plain = Matcher(reader.nlp.vocab)
    vocabulary = reader.vocabulary
    lists = [(f"state:{name}", state.phrases) for name, state in vocabulary.states.items()]
    lists += [(f"sign:{name}", phrases) for name, phrases in vocabulary.signs.items()]
    lists += [(f"cue:{name}", phrases) for name, phrases in vocabulary.cues.items()]
    for key, phrases in lists:
        plain.add(key, [pattern for pattern in map(reader._pattern, phrases) if pattern])
    for text in ["my knee swelled up like a grapefruit within an hour of the fall",
                 "pain|ache aside, the kneecap keeps catching and it woke me at 3 am, no fever or calf pain",
                 "can't put any weight on it since the flight, and my foot is cold and pale"]:
        doc = reader._doc(text)
        names = reader.nlp.vocab.strings
        fast = {(names[key], start, end) for key, start, end in reader.matcher(doc) if not names[key].startswith("site:")}
        assert fast == {(names[key], start, end) for key, start, end in plain(doc)}, text


@pytest.mark.parametrize("text", [
    "My tobillos are very stiff, always been like that, I can't bend them much. Can the ankle make my knee hurt?",
    "my tornozelo is stiff and I can't bend it well, and my knee aches on runs",
])
def test_a_joint_named_in_spanish_or_portuguese_is_that_joint_not_the_knee(text: str) -> None:
    # stiff ankles that don't bend are no knee that can't bend
    assert tier_of(text) == "self_care"


@pytest.mark.parametrize("text", [
    # gaining weight, an app's badge, a face after a hot run: no knee that cannot bear weight, locks or is infected
    "coach says i'm too light and need to bulk up but i can't put weight on whatever i eat. front of my knee aches on tempo runs",
    "back at it and just unlocked the 100 mile month badge on Strava. knee aches at the front for hours after my runs",
    "my 17yo daughter comes back from summer runs red as a tomato and sweating buckets. little ache at the front of her knee",
])
def test_everyday_words_that_sound_alarming_do_not_escalate(text: str) -> None:
    assert tier_of(text) in ("physio", "self_care")


def test_a_knee_that_has_gone_from_under_a_child_named_by_age_is_urgent() -> None:
    text = ("My 17 year old plays basketball and runs. Twice in the last fortnight his knee has gone from under him, "
            "once on court and once stepping off the bus.")
    assert tier_of(text) == "urgent"
    # (the writer's own knee beside the child's name is still the writer's)
    assert tier_of("my 17 year old and I run together, my knee aches on the stairs") == "self_care"


@pytest.mark.parametrize("text, question_expected", [
    # meeting someone is no knock, being out of breath no swelling
    ("Popped to the shops after my run and bumped into my ex, worst moment of the week. bit of an ache at the front of my "
     "kneecap during my runs", False),
    ("I'm new to hill reps and absolutely puffing by the top. jogging back down the front of both knees aches", False),
])
def test_meeting_someone_or_being_out_of_breath_asks_nothing(text: str, question_expected: bool) -> None:
    assessment = DETECTOR.assess(text)
    assert assessment.tier in ("physio", "self_care")
    assert bool(assessment.question) == question_expected


def test_a_knee_knocked_or_puffing_up_still_counts() -> None:
    assert tier_of("bumped my knee into the desk and now it's swollen") in ("urgent", "emergency")
    assert tier_of("my knee is puffing up after the run") == "urgent"


def test_the_size_of_a_thing_and_fell_running_are_no_swelling_or_fall() -> None:
    assert tier_of("does foam rolling help? husband bought a massive roller for his achy kneecap and it's taking over the "
                   "living room") not in ("urgent", "emergency")
    assessment = DETECTOR.assess("Fell running question (the sport). Front of my knee aches on steep descents, fine climbing.")
    assert assessment.tier == "physio" and not assessment.question
    # (a knee that is massive after a fall still is)
    assert tier_of("my knee is massive and hot after the fall") == "emergency"
