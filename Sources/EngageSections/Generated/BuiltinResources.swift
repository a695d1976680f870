// Generated from Rules/ by `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests`.
// Do not edit: edit the files under Rules/ and regenerate (a test fails while they differ).

/// The Rules/ files this module embeds, by path relative to Rules/.
enum BuiltinResources {
    static let files: [String: String] = [
        "sections/content-cues.txt": #"""
# Phrases in a part's prose that suggest its role, used by the section
# classifier beside the headings. Same format as headings.txt: a phrase is
# matched as whole words, any case, in what an editor skims of the part: its
# sub-headings, its lead (the first 280 bytes of body text) and, past the
# lead, bold leads and a table row's first cell; code is never read.
# `= weight` says how telling it is. Each section's cue score is capped, so a
# long part cannot win on repetition alone.

[hook]
you'll build = 1
you will build = 1
you'll learn = 1
in this post = 1
in this article = 1
in this guide = 0.8
by the end = 1
time to complete = 1.2
time to implement = 1.2

[problem]
sound familiar = 2
you're not alone = 2
you are not alone = 2
we've all been there = 2
imagine = 0.8
scenario = 1
the problem = 1
it's 2 am = 1.5
at 3 am = 1.5
pager = 1
outage = 1
lost = 0.5
slow = 0.4
costs = 0.5
frustrating = 0.5
the pain = 1

[why-fails]
seems right = 2
seems like = 1
seems obvious = 2
obvious solution = 2
just add = 1.5
doesn't work = 1.5
don't work = 1.5
fails because = 1.5
the real issue = 2
the real problem = 2
root cause = 1.5
anti pattern = 1.5
naive = 1
the catch = 1
but here's why = 1.5
breaks down = 1.2

[shift]
think of = 1.5
think about it = 1
like a = 0.6
analogy = 1.5
imagine a = 0.8
old way = 2
new way = 2
instead of thinking = 2
mental model = 1.5
paradigm = 2
the insight = 1.5
key insight = 1.5
counter intuitive = 1.5
this changes everything = 2
not a = 0.3

[solution]
step 1 = 1
step 2 = 1
here's how = 1
how it works = 1
implement = 0.5
install = 0.3
run = 0.2
output = 0.3
why this works = 1.5

[proof]
uses = 0.3
in production = 0.8
at scale = 0.5
case study = 1.5
migrated = 1
per day = 0.5
per second = 0.4
million = 0.4
billion = 0.5
reduced = 0.3
saved = 0.6
saves = 0.5

[quick-win]
quick win = 2
in 5 minutes = 1.5
in 10 minutes = 1.5
in 15 minutes = 1.5
right now = 1
try it = 1
copy paste = 1
you just = 1
what you just achieved = 2

[cta]
takeaway = 1.5
takeaways = 1.5
next steps = 1.5
share your = 1.5
let me know = 1.2
in the comments = 1.5
what's your = 1
questions = 0.5
related = 0.8
learn more = 1
try it yourself = 1
monday = 0.8
remember = 0.5

[other]

"""#,
        "sections/headings.txt": #"""
# Heading phrasings per section, used by the section classifier.
#
# A heading is normalised first: lower-cased, emoji, markup and leading
# numbering ("1.", "Step 3:", "Part II -") removed, punctuation turned into
# spaces. A phrase matches when it occurs in the heading as whole words.
# `phrase = weight` (default 1.0): the weight says how sure the phrase alone
# makes us; specific phrases ("the paradigm shift") weigh more than loose
# words ("overview"). A heading that matches several sections keeps the
# strongest match for each; the classifier weighs that against the content.
# `a ... b` matches "a", then up to 4 other words, then "b" ("why ... fails"
# matches "Why 2PC Fails at Scale").
# `[other]` lists parts that are none of the eight: reference material.
#
# Extend with configuration (`sections` key) rather than editing for one post.

[hook]
what you'll build = 2
what you will build = 2
what you'll learn = 1.5
what you will learn = 1.5
what we'll build = 2
what you'll get = 1.5
quick overview = 1.2
tl dr = 1.5
tldr = 1.5
at a glance = 1.2
introduction = 0.8
intro = 0.8
the hook = 2.5

[problem]
the problem = 2.5
problem = 1.5
problem statement = 2.5
why this matters = 2
why it matters = 2
the challenge = 1.8
challenge = 1
the pain = 2
pain point = 2
pain points = 2
the scenario = 2
scenario = 1.2
why it's hard = 2
why it is hard = 2
the cost of = 1.5
hidden cost = 1.5
what goes wrong = 1.8
the incident = 1.8
motivation = 1.2
requirements = 1
functional requirements = 1.5
non functional requirements = 1.5
back of envelope = 1.2
the core problem = 2.5
symptoms = 1.5
why this happens = 2
why it happens = 2
root causes = 1.6
primary causes = 2
how it manifests = 2
why ... matters = 1.8
problems at scale = 2
core problems = 2.2
the ... mistake = 1.6
the ... bug = 1.6
the ... trap = 1.6
the ... nightmare = 2
the ... meltdown = 2
hits the wall = 2
dies = 1.2

[why-fails]
why obvious solutions fail = 3
why ... fails = 2.4
why ... fail = 2.4
why ... breaks = 2.2
why ... break = 2.2
why the obvious solution fails = 3
obvious solution fails = 3
the obvious solution = 2.4
obvious solution = 2.2
obvious fix = 2.2
obvious approach = 2.2
problems with = 1.8
limitations of = 1.8
wrong fix = 2.4
the wrong fix = 2.5
wrong approach = 2.2
why traditional solutions fail = 3
why current solutions fail = 3
why solutions fail = 2.5
why it fails = 2.5
obvious solutions = 2
common approaches = 2
common mistakes = 2
anti patterns = 2.2
anti pattern = 2.2
antipatterns = 2.2
don't work = 2
doesn't work = 2
that don't work = 2.5
what doesn't work = 2.5
the failure = 2
failure = 0.8
naive approach = 2
the naive = 1.8
why naive = 2
traditional approach = 1.5
the wrong way = 2
what not to do = 2
don't solve = 2.2
don't fully solve = 2.4
doesn't solve = 2.2
doesn't fully solve = 2.4
isn't enough = 2.2
aren't enough = 2.2
falls short = 2.2
why not just = 2.2
interview angle = 1.2
arms race = 1

[shift]
the paradigm shift = 3
paradigm shift = 3
paradigm = 2
mental model = 2
the breakthrough = 2.5
breakthrough insight = 3
key insight = 2.5
the insight = 2.5
insight = 1.5
a new way = 2
new way of thinking = 3
think differently = 2.5
rethinking = 2
the big idea = 2.5
core concept = 1.5
core idea = 1.8
how to think about = 2
the analogy = 2.5
analogy = 2

[solution]
interview scenario = 2.2
interview scenarios = 2.2
the solution = 3
solution = 2
how it works = 1.5
how to = 1.2
implementation = 2
implementing = 1.8
step by step = 2
step by step build = 2.5
build it = 1.8
building = 1.2
architecture = 1.5
high level architecture = 1.8
design = 1
deep dive = 1.5
component = 1.2
pattern = 1
patterns = 1
approach = 1
run it = 1.5
run the poc = 1.8
expected output = 1.8
expected results = 1.8
what to observe = 1.5
performance comparison = 1.5
performance = 1
benchmark = 1.2
benchmarks = 1.2
best practices = 1.2
common pitfalls = 1.5
pitfalls = 1.2
trade offs = 1.2
tradeoffs = 1.2
pros cons = 1.2
pros and cons = 1.2
when to use = 1.2
testing = 1
validation = 0.8
data model = 1.2
api design = 1.2
data flow = 1.2
strategies = 1
optimization = 1
production = 0.8
limitations = 1
failure modes = 1.2
production checklist = 1.8
checklist = 1
monitoring = 1
deployment = 1
advanced = 0.8
quick answer = 1.8

[proof]
social proof = 3
real world validation = 3
real world examples = 2.8
real world example = 2.8
real example = 2.2
real examples = 2.2
real incidents = 2.2
real world usage = 2.5
real world = 2
who uses this = 3
who uses = 2.5
used by = 2.2
in production = 1.5
production examples = 2.5
case study = 2.5
case studies = 2.5
success stories = 2.5
by the numbers = 2
industry examples = 2.5
company examples = 2.5
real company = 2.2
companies using = 2.5
how google built = 2
how ... built = 2.2
how netflix = 2
how uber = 2
migration story = 2.2
real world impact = 2.2
failure story = 2.2
production failure story = 2.5
war story = 2.2
war stories = 2.2
production story = 2
fits larger systems = 2
larger systems = 1.5
real systems = 2
in real systems = 2.4
used in real systems = 2.5
appears in real systems = 2.5

[quick-win]
quick win = 3
quick start = 1.5
hands on = 2
try it = 2
try it yourself = 1.5
try it now = 2.5
your first = 1.8
in 5 minutes = 2.5
in 10 minutes = 2.5
in 15 minutes = 2.5
get started = 1.5
getting started = 1.5
start in = 1.5

[cta]
decision framework checklist = 2.2
call to action = 3
key takeaways = 3
takeaways = 2.5
takeaway = 2.5
key learnings = 2.5
what you learned = 2.5
what you've learned = 2.5
conclusion = 2.5
summary = 2
wrap up = 2.5
wrapping up = 2.5
next steps = 2.5
what's next = 2.2
where to go next = 2.5
learn more = 2.5
further reading = 2.5
resources = 2
references = 2
related = 2
related pocs = 2.8
related posts = 2.8
related content = 2.8
related concepts = 2.2
related documentation = 2.5
continue learning = 2.5
questions = 1
discussion = 1.5
share = 1.2
extend it = 1.5
extension ideas = 1.8
key numbers = 1.5
key numbers to remember = 1.8
test your understanding = 2

[other]
table of contents = 3
on this page = 3
complexity = 1.5
complexity analysis = 2
contents = 2
prerequisites = 2.5
requirements to run = 2
setup = 1.5
installation = 2
install = 1.5
configuration = 1.8
file structure = 2.5
project structure = 2.5
directory structure = 2.5
cleanup = 2.5
clean up = 2.5
teardown = 2.5
appendix = 2.5
glossary = 3
faq = 2.5
frequently asked questions = 3
interview q a = 2.5
interview questions = 2
interview tips = 2
cheat sheet = 2.5
quick reference = 2
reference = 1
changelog = 3
license = 3
acknowledgements = 3
about the author = 3
files in this section = 3
subsections = 2.5
article count = 3
topic map = 2.2
routing table = 2
connects to = 2
interview follow ups = 2.5
follow up questions = 2
exam tips = 2.5
navigation = 2.5
navigate by = 2.5
all topics = 2.5
study order = 2.2
how to use this section = 3
what's covered = 1.8
interview connection = 2
what interviewers = 2

"""#,
    ]
}
