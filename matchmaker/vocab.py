"""The closed vocabularies of the data model, declared once.

Import, the CLI, the UI and the demo generator all validate against these tuples, so a
new kind is added here and nowhere else.
"""

ACTOR_KINDS = ("startup", "company", "public_body", "investor", "university", "ngo", "person")
ORGANISATION_KINDS = tuple(k for k in ACTOR_KINDS if k != "person")
PERSON_ROLES = (
    "council_member",
    "expert",
    "founder",
    "mentor",
    "investor",
    "official",
    "researcher",
    "developer",
    "designer",
)
VISIBILITY_LEVELS = ("public", "council", "private")
STAGES = ("idea", "pre_seed", "seed", "series_a", "growth", "mature")
SIZES = ("1-10", "11-50", "51-250", "251-1000", "1000+")
TIE_KINDS = ("works_at", "member_of", "advises", "partner", "invested_in", "mentored", "cofounded", "knows")
EVENT_KINDS = ("hackathon", "forum", "meetup", "workshop", "conference")
PARTICIPATION_ROLES = ("participant", "organiser", "speaker", "mentor", "jury", "sponsor")
DECISION_STATUSES = ("suggested", "contacted", "met", "agreement", "declined")
SKILL_SIDES = ("offer", "need")
LANGUAGES = ("en", "et", "uk")
