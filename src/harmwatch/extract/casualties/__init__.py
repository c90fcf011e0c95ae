"""Casualty claims: how many were killed, hurt, missing or displaced, and who says so.

Map of the package:
- `claims`: `extract_claims`, one claim per reported count, with its kind, victims and claimant.
- `counts`: a number, its victims noun and the harm predicate around it, in one sentence; a count whose verb is
  gapped ("45 were killed in X and 12 in Y") shares the harm of the count before it, and so does each count of a
  coordination or list ("a woman and her three children", "a man and a family of three", "four soldiers, two
  policemen and a civilian were killed"),
  unless the list breaks down a count of civilians by sex and age ("seven civilians two women and five children");
  such a breakdown after a verb of harm is a part of the count it follows ("killed seven civilians two women and
  five children").
- `phrases`: the noun phrase of a count (where its victims noun ends, the words that open or break it), a count
  whose verb is gapped or listed after another (also with only its degree left: "three were slightly hurt and two
  seriously"), and the size of "a family of N"; read by `counts` and the rest.
- `states`: a toll told by its state: "the death toll rose to N", "the number of victims has reached N", "the dead
  number N" ("the injured, who number N"), "N is the toll"; "the toll topped N" is more than N.
- `objects`: a count as the object of an active verb whose harm follows its noun: "beat 4 prisoners to death",
  "rounded up 14 farmers and executed them".
- `parts`: counts told with another's harm: parts ("including six children"), "along with N", "was killed with N"
  (not where the people after "with" have a participle of their own: "killed with two others and a driver injured"),
  "the death of N"
  ("the killing on Friday of N"), a later conjunct of a harm's list ("the murder of X, four monks and two nurses"),
  the people named after those harmed ("among the wounded were N", "the injured were A, B and N others", "killed in
  the raid were N", "the victims were N children and their teacher").
- `single`: harm to one named or singular person (a count of 1), read off the words.
- `parsed`: the same read off the parse in mixed-case text, with each person of a coordination of names or roles.
- `lists`: each person of a list of victims in upper-case text ("A, B and C were killed"), one claim of 1 each;
  the persons a count names after it ("killed two engineers, A and B", "seven people, including a retired judge").
- `implied`: one victim without a clause of its own: a gapped clause ("the chauffeur was shot dead and her bodyguard
  wounded", "two were killed and a third wounded"), a pronoun object ("wounding him", "ended her life"), "a nurse
  killed by a stray bullet" (in a headline with no determiner: "Soldier killed in blast"), the care a wound needs
  ("is in critical condition", "was rushed to a hospital"), a wound received ("suffered injuries").
- `care`: the care a wound needs ("is in critical condition", "was rushed to a hospital", "is being treated", "was
  treated for burns"), read by `implied` for one person and by `counts` for a count ("12 people were taken to
  hospital", "ten people required hospital treatment").
- `numbers`: counts in digits or words with their bounds ("at least 12", "scores of", "10 to 15", "two or three";
  "rose from 30 to 45" is a change ending at 45, no range).
- `filters`: what is no count (dates, clocks, times before or after an event: "two days earlier", ages, also an age
  after a name that lost its commas, "Omar Haddad 26 died" told from "in Tel Amra 15 died" by the words before the
  name, the gazetteer and the registry, money, reference marks; a count in the of-phrase of one person, "a mother
  of three") and the sentences claims are read in.
- `claimant`: who makes a claim (the quote or statement it sits in, "according to X", "X said" after it, also
  where the comma before X was lost: "... including five children the Red Crescent said").
- `words`: harm predicates (with the armed men a force loses: "lost 200 soldiers"; the linking verbs and the verbs of
  reporting with "as" that join a count to its harm: "resulted wounded", "were reported as wounded"), victim nouns
  and nouns that are never victims.
"""

from harmwatch.extract.casualties.claims import extract_claims

__all__ = ["extract_claims"]
