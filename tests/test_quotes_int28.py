"""Interview layout guards (int28), on articles of our own.

- A one-word answer prefix that the tagger calls a person but that is a common noun ('Entrepreneur:',
  a label in a candidate's biography) is no speaker: the answer stays the interviewee's, label kept in
  the row, and the next answer paragraph does not inherit it. A real name prefix still names its speaker.
- A question paragraph that opens with the previous answer glued to it by the scrape, with no sentence
  end between them ('... in Aug/06 What skills can you bring ...?'), is split: the answer part is a row.
  An interviewer's lead-in ('Your party ... . What ...?') and an answer's own rhetorical question stay whole.
"""

from __future__ import annotations


def _answers(df):
    rows = df[df["cue"] == ""]
    return [(r.text, r.speaker_canonical) for r in rows.itertuples()]


INTRO = (
    "Voters in the riding go to the polls next week. Martin Keller is running for the Green Party in Lakeside. "
    "Wikinews interviewed him about his experience and his campaign.\n\n"
    "Interview\n\n"
)

LABEL = INTRO + (
    "What prior experience do you have?\n\n"
    "Trained as a nurse, twelve years at the county hospital.\n\n"
    "Entrepreneur: 15 years as a newspaper publisher and owner of two weeklies.\n\n"
    "Active in the heritage society for 25 years.\n\n"
    "Why are you running in this riding?\n\n"
    "I have lived here for 37 years and I know its problems."
)


def test_interview_common_noun_prefix_is_a_label(quotes_of):
    assert _answers(quotes_of(LABEL)) == [
        ("Trained as a nurse, twelve years at the county hospital.", "Martin Keller"),
        ("Entrepreneur: 15 years as a newspaper publisher and owner of two weeklies.", "Martin Keller"),
        ("Active in the heritage society for 25 years.", "Martin Keller"),
        ("I have lived here for 37 years and I know its problems.", "Martin Keller"),
    ]


def test_interview_name_prefix_still_names_its_speaker(quotes_of):
    text = (
        "The hotel plan goes to the council next month. Wikinews interviewed Eva Hassett, a vice president "
        "of the developer, about the redesign.\n\n"
        "WN: Will you still go before the planning board as scheduled?\n\n"
        "Hassett: We will be on the planning board agenda on Tuesday morning.\n\n"
        "WN: Are you considering more time for the community to make a judgment?\n\n"
        "Hassett: We expect to have one more public meeting before the vote."
    )
    assert _answers(quotes_of(text)) == [
        ("We will be on the planning board agenda on Tuesday morning.", "Eva Hassett"),
        ("We expect to have one more public meeting before the vote.", "Eva Hassett"),
    ]


GLUED = INTRO + (
    "What prior political experience do you have?\n\n"
    "Ran as an independent candidate in the 1993 federal election.\n\n"
    "Elected to the federal council of the party in August 2006 What skills can you bring to office from your other positions?\n\n"
    "Trained in science, fifteen years as a laboratory technologist.\n\n"
    "How can the province lead the way in creating jobs?\n\n"
    "By embracing sustainability. Those governments which support energy alternatives will be creating good jobs for the new economy What are your views on the referendum?\n\n"
    "Support it!\n\n"
    "The province has capped new development in the region. Do you agree with this decision?\n\n"
    "Partly. The cap came too late for the farms on the east side. Do you really think a developer waits for a vote?\n\n"
    "What would your first bill be?\n\n"
    "A law to fund public transit in every small town."
)


def test_interview_answer_glued_to_the_next_question_is_split_lead_in_is_not(quotes_of):
    assert [t for t, _ in _answers(quotes_of(GLUED))] == [
        "Ran as an independent candidate in the 1993 federal election.",
        "Elected to the federal council of the party in August 2006",
        "Trained in science, fifteen years as a laboratory technologist.",
        "By embracing sustainability. Those governments which support energy alternatives will be creating good jobs for the new economy",
        "Support it!",
        # An interviewer's lead-in and an answer's own question to 'you' are no glued answer.
        "A law to fund public transit in every small town.",
    ]
