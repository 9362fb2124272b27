"""A quotation with no cue of its own takes the speaker its own sentence names
(docs/speakers.md, "0.4.0: who said a quotation"), before any earlier speaker."""

from __future__ import annotations

import pytest

from .conftest import quote_row as _one

# (text, needle in the quotation, speaker_canonical, speaker_type)
OWN_SENTENCE = [
    # a name right before the opening mark
    ('Minister Helen Okafor said the ferry would run again. Islanders remain unconvinced, such as fisherman Tomas Lindqvist, '
     '"The ferry has been promised for years and we are still waiting for it."',
     "The ferry has been promised", "Tomas Lindqvist", "person"),
    ('Mayor Ruth Calloway opened the bridge on Monday. Drivers were less pleased, among them taxi driver Ahmed Farouk: '
     '"It took me forty minutes to cross the river this morning."',
     "It took me forty minutes", "Ahmed Farouk", "person"),
    # a name right after the closing mark
    ('Chancellor Olaf Brenner welcomed the deal. The news also drew a reply from Rome - "Italy will back the plan in full", '
     'Giulia Moretti, the Italian foreign minister - on Tuesday.',
     "Italy will back the plan", "Giulia Moretti", "person"),
    # the person subject of the clause that holds the quotation, through 'whose'
    ('Senator Mark Ellison spoke first. The last speaker was singer Rosa Delgado whose speech included a verdict on the plan as '
     '"a gift to the banks and a bill for the rest of us."',
     "a gift to the banks", "Rosa Delgado", "person"),
    # the parser starts a new sentence at the quotation: the words before it still count
    ('Premier Jean Tremblay praised the late minister. Former premier Louise Gagnon, who worked with him for years, '
     'told Radio Canada "It is a terrible loss. He was a good man."',
     "It is a terrible loss", "Louise Gagnon", "person"),
    # a noun for people as the subject
    ('Police Chief Dana Kerr closed the square. Later the protesters marched to the town hall chanting "Jobs, not cuts!"',
     "Jobs, not cuts!", "", "anonymous"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), OWN_SENTENCE)
def test_speakers_own_sentence_names_the_speaker(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)


# (text, needle, a speaker it must NOT get)
NOT_OWN = [
    # the person the quotation addresses is not its speaker
    ('Former president Alan Price spoke at the memorial. Price opened with words of thanks to his deputy Maria Sanchez, '
     '"My dear friend Maria Sanchez, thank you for your work all these years."',
     "My dear friend", "Maria Sanchez"),
    # the quotation spells out a document named right before it
    ('Aid to the region rose sharply this year. Foreign Minister Paul Hendry joined other leaders for the signing of the Harbour Accord: '
     '"a plan for donors and the government to work together to rebuild the port."',
     "a plan for donors", "Paul Hendry"),
    # a negated verb: the person did not say it
    ('Every candidate in the riding received the survey this week. Peter Lund did not answer two questions: '
     '"Which of your rivals do you fear most? Why?"',
     "Which of your rivals", "Peter Lund"),
    # a name that opens the next paragraph is not in the quotation's sentence
    ('Professor Anna Kowal was driving to work when she saw the truck.\n\nShe said, "I pulled over and they stopped behind me."\n\n'
     '"They got out, and I made the mistake of getting out."\n\nJohn Carter, director of the Design Network, had objected to her course.',
     "They got out", "John Carter"),
    # a person described in a passive relative clause says nothing
    ('Council leader Sam Ortiz remembered Ella Brandt as a colleague who was widely admired '
     '"not only by her friends but by her rivals, who always respected her honesty."',
     "not only by her friends", "a colleague"),
]


@pytest.mark.parametrize(("text", "needle", "wrong"), NOT_OWN)
def test_speakers_own_sentence_not_addressee_or_thing(quotes_of, text, needle, wrong):
    q = quotes_of(text)
    rows = q[q["text"].str.contains(needle, regex=False)]
    assert wrong not in set(rows["speaker_canonical"]) | set(rows["speaker"])


# 'he'/'she' after a sentence whose subject is one unnamed person ('A farmer tried ...'):
# (text, needle, speaker_canonical, speaker_type)
UNNAMED_SUBJECT = [
    ('Inspector Mark Reid said the road would stay shut. A local farmer tried to reach the gate. '
     '"We cannot get the cattle out," he said.', "We cannot get the cattle out", "", "anonymous"),
    ('"The fire is out," said Chief Anna Berg. A neighbour watched from across the street. '
     '"I have never seen flames that high," she said.', "I have never seen flames", "", "anonymous"),
    # the parser reads 'A Nepali official aimed ...' as a noun phrase; still its subject
    ('"We knew there were limits," said reporter Carl Haines. A Nepali official aimed to justify the rule. '
     '"We are doing this for our neighbours," he said.', "We are doing this", "", "anonymous"),
    # negatives: the pronoun disagrees in gender, or the subject is no person
    ('Inspector Mark Reid said the road would stay shut. A woman tried to reach the gate. '
     '"We will reopen it on Friday," he said.', "We will reopen it", "Mark Reid", "person"),
    ('Inspector Mark Reid said the road would stay shut. A truck blocked the gate. '
     '"We will reopen it on Friday," he said.', "We will reopen it", "Mark Reid", "person"),
]


@pytest.mark.parametrize(("text", "needle", "canonical", "kind"), UNNAMED_SUBJECT)
def test_speakers_own_sentence_pronoun_after_unnamed_subject(quotes_of, text, needle, canonical, kind):
    row = _one(quotes_of(text), needle)
    assert (row["speaker_canonical"], row["speaker_type"]) == (canonical, kind)
