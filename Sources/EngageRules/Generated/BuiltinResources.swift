// Generated from Rules/ by `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests`.
// Do not edit: edit the files under Rules/ and regenerate (a test fails while they differ).

/// The Rules/ files this module embeds, by path relative to Rules/.
enum BuiltinResources {
    static let files: [String: String] = [
        "hook/title-quantified.md": #"""
# hook/title-quantified

A title with a number promises a concrete result: "Make Queries 1000x Faster"
tells a reader what they get, "Database Indexes" does not. The framework's
first element, the provocative hook, starts with a quantified benefit in the title.

Passes when the title (the first H1, or the front-matter `title`) holds a
specific quantity with a unit or multiplier: `1000x`, `$10M`, `15 minutes`, `95%`, `10M rows`.

## Definition

```json
{
  "id": "hook/title-quantified",
  "severity": "error",
  "weight": 3,
  "implements": "Hook: Quantified Benefit in the title",
  "check": "count",
  "params": {"element": "quantity", "area": "title", "min": 1},
  "message": "Title has no number: quantify the benefit, e.g. 'Make Queries 1000x Faster' or 'in 15 Minutes'"
}
```

## Fails

```markdown post
# Database Indexes

Indexes help queries.
```

```markdown post
# Why Your Cache Is Slow

It is slow.
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row.
```

```markdown post
# Cut Your AWS Bill by $12,000 a Month

You pay for idle servers.
```

"""#,
        "problem/quantified.md": #"""
# problem/quantified

"Slow queries hurt" gets a nod; "2,500ms per page load, 40% of users leave"
gets action. The framework's second element is a quantified pain: the
problem section should put numbers with units on the cost.

Passes when the problem section holds at least 3 quantities with units
(times, sizes, rates, money, percentages, multipliers).

## Definition

```json
{
  "id": "problem/quantified",
  "severity": "error",
  "weight": 3,
  "implements": "Problem: Quantified Impact",
  "check": "count",
  "params": {"element": "quantity", "min": 3},
  "message": "The problem has {count} number(s) with units: give at least {min}, e.g. '2,500ms per query', '$10K lost', '40% of users'"
}
```

## Fails

```markdown
Slow queries frustrate users and cost money. As data grows, things get worse.
```

## Passes

```markdown
Each page load runs 101 queries and takes 2,500ms. At 10,000 users per hour,
the database spends 70% of its CPU on it.
```

"""#,
        "why-fails/approaches.md": #"""
# why-fails/approaches

Readers arrive with a fix already in mind: "just add a cache", "just buy a
bigger server". If the post never deals with those ideas, the reader keeps
wondering whether the simpler fix would do. The framework's third element
names the common approaches one by one and shows each one failing, which
earns the credibility the real solution needs.

Passes when the section walks through at least 2 approaches, each under its
own sub-heading, bold lead (`**❌ "Just add caching"**`) or as an item of an
introduced list ("Common mistakes:" then one item per mistake), and each
one's text shows how it fails (why it fails, the problem it causes, ❌).
Explanation labels such as "Why it fails" or "What actually happens" are not
approaches.

## Definition

```json
{
  "id": "why-fails/approaches",
  "severity": "warning",
  "weight": 2,
  "implements": "Why Solutions Fail: Common Approach 1 and Common Approach 2, each with its hidden failure",
  "check": "approaches",
  "params": {
    "min": 2,
    "labels": ["approach", "approaches", "solution", "attempt", "mistake", "option", "alternative", "naive", "just",
               "try", "trying", "common", "obvious", "typical", "anti pattern", "antipattern", "idea", "workaround",
               "quick fix", "what most", "most people", "instinct", "tempting", "instead"],
    "symbols": ["❌", "🚫", "⛔", "✗"],
    "skip": ["why it fails", "why this fails", "why it seems", "why that fails", "what actually happens", "what happens",
             "the hidden failure", "hidden failure", "the failure", "the real issue", "the real problem", "root cause",
             "the root cause", "result", "results", "problem", "problems", "the problem", "the insight", "key insight",
             "the fix", "lesson", "why", "impact", "cost"],
    "intros": ["mistake", "mistakes", "approaches", "anti patterns", "antipatterns", "what not to do", "attempts",
               "common pitfalls", "obvious solutions", "typical solutions", "naive solutions"],
    "evidence": ["fail", "fails", "failed", "failing", "failure", "doesn't work", "does not work", "don't work", "won't",
                 "can't", "cannot", "breaks", "broken", "problem", "problems", "issue", "bottleneck", "slow", "slower",
                 "still", "waste", "wasted", "wrong", "bug", "bugs", "collapse", "stale", "crash", "crashes",
                 "unacceptable", "ignores", "ignore", "mistake", "mistakes", "downside", "hidden cost", "leak", "worse",
                 "not viable", "overload", "times out", "timeout", "limit", "only", "expensive", "doesn't scale",
                 "lost", "lose", "race", "conflict", "misses", "risk"],
    "evidenceSymbols": ["❌", "🚫", "⛔", "💥", "⚠️", "✗"]
  },
  "message": "{count} approach(es) shown failing (of {total} found): walk through at least {min} common fixes, each under its own heading or bold lead (e.g. '### \"Just add caching\"'), and show how each one fails"
}
```

## Fails

Only one approach, and the rest is commentary:

```markdown
**You add a cache**:

Reads get faster for a while.

**Better, but not enough.** Cache misses still hit the slow query.
```

Two approaches named, but neither is shown failing:

```markdown
### Approach 1: Add a cache

Put Redis in front of the database.

### Approach 2: Buy a bigger server

Move to the next instance size.
```

## Passes

```markdown
### ❌ "Just add a cache"

**Why it seems right**: repeated reads come from memory.

**Why it fails**: 70% of lookups are for new keys, so most requests still wait 12 seconds.

### ❌ "Just buy a bigger server"

**Why it seems right**: more CPU, faster queries.

**Why it fails**: the bill goes from $500 to $2,000 a month and the scan is only 20% faster.
```

An introduced list of mistakes works too:

```markdown
**Common mistakes teams make:**

1. **Retrying without a backoff.** Every client retries at once and the outage gets worse.
2. **Raising the timeout.** Slow requests now hold connections longer and the pool runs dry.
```

"""#,
        "why-fails/root-cause.md": #"""
# why-fails/root-cause

After the failed approaches the reader wants to know what they had in
common. Naming the root cause ("they all treat the symptom; the real issue
is the full table scan") turns a list of failures into the insight the
solution builds on.

Passes when the section names the root cause: "the real issue", "root
cause", "the real problem", "none of these work because", "the underlying
problem"...

## Definition

```json
{
  "id": "why-fails/root-cause",
  "severity": "warning",
  "weight": 2,
  "implements": "Why Solutions Fail: Root Cause, revealed why all fail",
  "check": "cues",
  "params": {
    "phrases": ["root cause", "the real issue", "the real problem", "the actual problem", "the actual issue",
                "the real reason", "the underlying problem", "the underlying issue", "underlying cause",
                "the core problem", "the core issue", "the fundamental problem", "fundamental issue",
                "none of these work", "none of them work", "none of these fix", "all of these fail", "they all fail",
                "all fail because", "the common thread", "what they have in common", "the real culprit",
                "the real bottleneck", "treating the symptom", "treat the symptom", "symptom not the cause",
                "the cause", "real cause", "because they ignore", "because they all"],
    "min": 1
  },
  "message": "The failed approaches are not tied to a root cause: add a line such as 'The real issue: ...' saying what they all miss"
}
```

## Fails

```markdown
### "Just add a cache"

Most lookups miss the cache, so requests still wait 12 seconds.

### "Just buy a bigger server"

The scan is only 20% faster for 4x the price.
```

## Passes

```markdown
### "Just add a cache"

Most lookups miss the cache, so requests still wait 12 seconds.

### The real issue

Both fixes make the scan cheaper. Neither stops the database from reading every row.
```

"""#,
        "why-fails/seems-right.md": #"""
# why-fails/seems-right

An approach dismissed without a fair hearing makes the reader who tried it
feel foolish, and they stop reading. The framework asks, for each common
approach, why it seems right: the reasoning that makes it attractive,
before the failure that makes it wrong.

Passes when every approach the section walks through (see
`why-fails/approaches` for how approaches are found) says why it seems
right: "Why it seems right", "makes sense", "at first", "in theory",
"tempting", "intuitive"... Each approach that lacks it is reported.

## Definition

```json
{
  "id": "why-fails/seems-right",
  "severity": "info",
  "weight": 1,
  "implements": "Why Solutions Fail: Why It Seems Right, explained fairly",
  "check": "approaches",
  "params": {
    "min": 1,
    "every": true,
    "labels": ["approach", "approaches", "solution", "attempt", "mistake", "option", "alternative", "naive", "just",
               "try", "trying", "common", "obvious", "typical", "anti pattern", "antipattern", "idea", "workaround",
               "quick fix", "what most", "most people", "instinct", "tempting", "instead"],
    "symbols": ["❌", "🚫", "⛔", "✗"],
    "skip": ["why it fails", "why this fails", "why it seems", "why that fails", "what actually happens", "what happens",
             "the hidden failure", "hidden failure", "the failure", "the real issue", "the real problem", "root cause",
             "the root cause", "result", "results", "problem", "problems", "the problem", "the insight", "key insight",
             "the fix", "lesson", "why", "impact", "cost"],
    "intros": ["mistake", "mistakes", "approaches", "anti patterns", "antipatterns", "what not to do", "attempts",
               "common pitfalls", "obvious solutions", "typical solutions", "naive solutions"],
    "evidence": ["seems right", "seem right", "seems like", "seems reasonable", "seems logical", "seems obvious",
                 "makes sense", "sounds reasonable", "sounds right", "looks right", "looks reasonable", "feels right",
                 "intuitive", "tempting", "appealing", "at first", "on paper", "in theory", "why it seems",
                 "works fine", "works well", "problem solved", "natural choice", "first instinct", "obvious choice",
                 "it's easy", "it is easy", "simple to", "quick to", "cheap to", "looks like", "right?"]
  },
  "message": "Approach does not say why it seems right: add a fair 'Why it seems right:' line (what makes it attractive) before its failure"
}
```

## Fails

```markdown
### ❌ "Just add a cache"

**Why it fails**: most lookups are for new keys, so requests still wait 12 seconds.

### ❌ "Just buy a bigger server"

**Why it seems right**: more CPU should mean faster queries.

**Why it fails**: the scan is only 20% faster for 4x the price.
```

## Passes

```markdown
### ❌ "Just add a cache"

**Why it seems right**: repeated reads come straight from memory.

**Why it fails**: most lookups are for new keys, so requests still wait 12 seconds.

### ❌ "Just buy a bigger server"

It makes sense at first: more CPU should mean faster queries.

**Why it fails**: the scan is only 20% faster for 4x the price.
```

"""#,
        "shift/analogy.md": #"""
# shift/analogy

A good analogy borrows understanding the reader already has: an index is
the card catalog of a library, sharding is adding cooks to a kitchen. It
works only when the comparison comes from outside the technical domain;
"think of views as functions" explains one abstraction with another.

Passes when a sentence holds an analogy marker ("think of", "like a",
"imagine", "similar to") followed by something from everyday life
(library, book, chef, kitchen, folder, highway, post office...), or when a
heading or bold lead says "Analogy" and the analogy follows.

## Definition

```json
{
  "id": "shift/analogy",
  "severity": "warning",
  "weight": 2,
  "implements": "Paradigm Shift: Analogy, a concrete, relatable comparison",
  "check": "analogy",
  "params": {
    "markers": ["think of", "think about", "like a", "like an", "like the", "like organizing", "like having",
                "like reading", "like finding", "like using", "like adding", "like making", "like rebuilding",
                "is like", "are like", "it's like", "imagine", "similar to", "analogous to", "akin to", "just as",
                "the same way", "picture", "as if", "compare it to", "comparable to", "equivalent of"],
    "labels": ["analogy", "an analogy", "real world analogy", "everyday analogy", "metaphor", "think of it this way"],
    "domains": ["library", "librarian", "book", "chapter", "card catalog", "card catalogue", "bookshelf",
                "shelf", "shelves", "encyclopedia", "phone book", "phonebook", "diary", "folder", "filing",
                "file cabinet", "filing cabinet", "cabinet", "drawer", "sticky note", "whiteboard", "desk",
                "office", "chef", "cook", "kitchen", "recipe", "restaurant", "waiter", "meal", "dinner",
                "pizza", "coffee", "barista", "cafe", "bakery", "grocery", "supermarket", "grocery store",
                "checkout line", "cashier", "receipt", "bank teller", "teller", "bridge", "road", "highway",
                "freeway", "lane", "traffic light", "traffic jam", "rush hour", "roundabout", "toll",
                "toll booth", "car", "truck", "subway", "station", "airport", "air traffic", "parking",
                "garage", "elevator", "stairs", "post office", "mailbox", "letter", "envelope", "postman",
                "mail carrier", "courier", "parcel", "assembly line", "conveyor belt", "house", "apartment",
                "hotel", "reception", "receptionist", "front desk", "doorman", "bouncer", "security guard",
                "coat check", "valet", "concert", "orchestra", "conductor", "theater", "cinema", "stadium",
                "chess", "puzzle", "lego", "toolbox", "hammer", "city", "neighborhood", "street",
                "address book", "school", "teacher", "classroom", "student", "doctor", "hospital", "nurse",
                "triage", "pharmacy", "water", "plumbing", "faucet", "dam", "river", "garden", "newspaper",
                "telephone", "phone call", "wedding", "suitcase", "luggage", "closet", "wardrobe",
                "queue at", "line at", "waiting room", "ticket counter", "vending machine"]
  },
  "message": "No everyday analogy in the paradigm shift (comparisons seen: {found}): compare the idea with something from outside tech, e.g. 'Think of an index like the card catalog of a library'"
}
```

## Fails

A comparison with another technical idea is not an analogy in the framework's sense:

```markdown
Think of a view like a function in your code: write the query once, call it everywhere.
```

## Passes

```markdown
Think of partitioning like sorting paper records into one folder per year:
to find March 2024 you open one folder, not every box in the building.
```

```markdown
**Analogy**:

Without an index, the database reads every page of the book to find one name.
```

"""#,
        "shift/implications.md": #"""
# shift/implications

A new mental model matters for what it changes. The framework closes the
paradigm shift with the implications: what the reader can now do, stop
doing, or expect, because the model is different.

Passes when the section spells out consequences: "this means", "why this
changes everything", "the implication", "as a result", "you no longer
need"...

## Definition

```json
{
  "id": "shift/implications",
  "severity": "info",
  "weight": 1,
  "implements": "Paradigm Shift: Implications, what changes with the new model",
  "check": "cues",
  "params": {
    "phrases": ["this means", "that means", "which means", "what this means", "changes everything",
                "this changes", "implication", "implications", "as a result", "in practice", "the consequence",
                "consequences", "no longer need", "no longer have to", "you no longer", "don't need to",
                "now you can", "you can now", "so you can", "which lets", "this lets", "the payoff", "the upshot",
                "suddenly", "from now on", "instead of asking"],
    "min": 1
  },
  "message": "The paradigm shift does not say what changes: add its implications, e.g. 'This means: ...' or 'Why this changes everything: ...'"
}
```

## Fails

```markdown
**Old model**: scale up by buying a bigger server.

**New model**: scale out by adding servers.
```

## Passes

```markdown
**New model**: scale out by adding servers.

**This means** there is no ceiling: a tenth server costs the same as the second.
```

"""#,
        "shift/old-vs-new.md": #"""
# shift/old-vs-new

The paradigm shift is the post's "aha": the reader's current mental model,
stated fairly, set against the one that makes the solution obvious. Without
the old model there is nothing to shift from; without the new one there is
no insight to carry away.

Passes when the section sets two labelled sides against each other: "**Old
model**:" / "**New model**:", "Old thinking" / "New thinking", "Without
index:" / "With index:", "Traditional" / "Modern" (as headings, bold leads,
labels before a colon, or labelled lines of a diagram), or states the change
in so many words ("stop thinking of it as ..., start ...", "instead of
thinking").

## Definition

```json
{
  "id": "shift/old-vs-new",
  "severity": "warning",
  "weight": 2,
  "implements": "Paradigm Shift: Old Mental Model stated clearly, New Mental Model contrasted clearly",
  "check": "contrast",
  "params": {
    "first": ["old", "before", "without", "traditional", "conventional", "legacy", "naive", "classic", "classical",
              "previously", "misconception", "myth", "used to", "common belief", "vertical"],
    "second": ["new", "after", "with", "modern", "now", "correct", "reality", "truth", "instead", "better",
               "horizontal"],
    "phrases": ["instead of thinking", "stop thinking", "start thinking", "rather than thinking", "used to think",
                "old way of thinking", "new way of thinking", "shift your thinking", "stop asking", "start asking",
                "think differently", "mental model shift", "the shift is", "shift from"],
    "code": "diagrams"
  },
  "message": "No old-versus-new contrast (found: {found}): state the old mental model and the new one side by side, e.g. '**Old model**: ...' then '**New model**: ...'"
}
```

## Fails

Only the new idea, with nothing to contrast it with:

```markdown
**Key insight**: a queue lets the producer move on before the work is done.

Workers pull jobs at their own pace.
```

## Passes

```markdown
**Old model**: every request waits until the email is sent.

**New model**: the request drops a job on a queue and returns in 20ms.
```

The two sides can be labelled lines of a diagram:

~~~markdown
Think about the two ways a request can travel:

```
Without a queue:
  request -> send email (2s) -> response

With a queue:
  request -> enqueue (5ms) -> response
```
~~~

"""#,
        "shift/visual.md": #"""
# shift/visual

A mental model is easier to see than to read. The framework pairs the
paradigm shift with a picture: a diagram of the two models, a table, or the
old and new side by side.

Passes when the section holds an image, a table, a diagram (a mermaid block
or a plain-text drawing with arrows or boxes), or two code blocks side by
side.

## Definition

```json
{
  "id": "shift/visual",
  "severity": "info",
  "weight": 1,
  "implements": "Paradigm Shift: Visual, a diagram or side-by-side comparison",
  "check": "visuals",
  "params": {"elements": ["image", "table", "diagram", "side-by-side"], "min": 1},
  "message": "The paradigm shift has no visual: add a diagram, a table or the old and new models side by side"
}
```

## Fails

```markdown
**Old model**: scale up by buying a bigger server.

**New model**: scale out by adding servers behind a load balancer.
```

## Passes

~~~markdown
**Old model**: scale up by buying a bigger server.

```
Scale up:   [ 1 huge server ] -> hits the biggest size there is
Scale out:  [ s1 ] [ s2 ] [ s3 ] -> add one more when needed
```
~~~

```markdown
| | Scale up | Scale out |
|---|---|---|
| Limit | biggest server | none in practice |
| Failure | all down | one of many |
```

"""#,
        "solution/code.md": #"""
# solution/code

The solution is where the reader copies code. It has to be there, and it
has to be highlighted: a language tag on each fence makes the code readable
and tells the reader what to paste it into.

Passes when the solution holds at least one code block tagged with a
language (`sql`, `python`, `bash`...), and no untagged block reads as code.
Untagged output and ASCII diagrams are fine; each untagged block of code is
reported.

## Definition

```json
{
  "id": "solution/code",
  "severity": "error",
  "weight": 3,
  "implements": "Solution: Code Examples, runnable and commented",
  "check": "tagged-code",
  "params": {"min": 1, "untagged": true},
  "message": "The solution has {count} tagged code block(s) and {untagged} untagged one(s): show at least {min} runnable example and tag each fence with its language, e.g. ```sql"
}
```

## Fails

No code at all:

```markdown
Add an index on the email column and the lookup becomes fast.
```

Code without a language tag:

~~~markdown
```
CREATE INDEX idx_users_email ON users(email);
SELECT * FROM users WHERE email = 'ana@example.com';
```
~~~

## Passes

~~~markdown
```sql
-- One sorted structure for the lookup column
CREATE INDEX idx_users_email ON users(email);
```

```
Index Scan using idx_users_email on users (actual time=0.04ms)
```
~~~

"""#,
        "solution/comparison-table.md": #"""
# solution/comparison-table

"Faster" persuades nobody; a table with the before and after figures side
by side does. The framework closes the solution with a performance
comparison: the same metrics without and with the change.

Passes when the solution has a table whose header row or first column marks
a baseline and a result ("Before" / "After", "Without" / "With", "Old",
"Baseline", "Classical", "Improvement", a ❌ on the old row) and at least 2
of its cells hold figures with units (ms, %, $, req/s). A table of features
("Slow" / "Fast") or of alternatives with no baseline does not pass;
before/after figures in a code block are not a table.

## Definition

```json
{
  "id": "solution/comparison-table",
  "severity": "warning",
  "weight": 2,
  "implements": "Solution: Performance Comparison, a before/after table",
  "check": "comparison-table",
  "params": {
    "markers": ["before", "after", "without", "old", "baseline", "traditional", "classical", "classic", "legacy",
                "naive", "original", "unoptimized", "optimized", "improvement", "speedup", "speed up", "gain",
                "change", "delta", "reduction", "current", "previous", "no index", "no cache"],
    "symbols": ["❌", "→"],
    "minFigures": 2
  },
  "message": "No before/after table in the solution ({tables} table(s) seen): add '| Metric | Before | After | Improvement |' with at least {min} measured figures"
}
```

## Fails

~~~markdown
```
Before: 2,500ms per page
After:  40ms per page
```
~~~

```markdown
| Feature | Regular view | Materialized view |
|---|---|---|
| Storage | none | on disk |
| Speed | slow | fast |
```

A table of load levels is not a before/after comparison:

```markdown
| Load | What breaks | Symptom |
|---|---|---|
| 10x baseline | coordinator CPU | p99 climbs to 3s |
| 100x baseline | ingest lag | freshness drops to 60s |
```

## Passes

```markdown
| Metric | Before | After | Improvement |
|---|---|---|---|
| Query time | 2,500ms | 40ms | 62x faster |
| CPU | 90% | 12% | 7.5x less |
```

"""#,
        "solution/output.md": #"""
# solution/output

Readers run the code and compare. Showing the expected output tells them
what success looks like, catches a wrong setup early, and proves the
numbers the post claims.

Passes when the solution shows what running it gives: a heading or bold
label that is exactly "Output", "Expected output", "Result" or "Expected
results"; prose such as "you should see"; a code comment that labels output
(`# Expected: {"id": 1}`, `// Output: 3 rows`); or a block tagged
`output` or `console`. A heading such as "Output Format" is not output.

## Definition

```json
{
  "id": "solution/output",
  "severity": "warning",
  "weight": 2,
  "implements": "Solution: Output Shown, expected results included",
  "check": "output-shown",
  "params": {
    "labels": ["output", "expected output", "sample output", "example output", "console output", "terminal output",
               "actual output", "program output", "result", "results", "expected result", "expected results",
               "expected", "what you'll see", "what you should see", "you should see", "what to observe",
               "benchmark results"],
    "phrases": ["you should see", "you'll see", "you will see", "should print", "should output", "will print",
                "will output", "expected output", "sample output", "output looks like", "the output shows",
                "prints something like", "returns something like"],
    "comments": ["expected", "expected output", "expected result", "expected results", "output", "sample output",
                 "prints", "should print", "console output"],
    "languages": ["output", "console", "shell-session", "terminal"]
  },
  "message": "The solution never shows its output: add what running the code prints, e.g. '**Output**:' with the result, or '# Expected: ...' after the command"
}
```

## Fails

~~~markdown
```sql
CREATE INDEX idx_users_email ON users(email);
EXPLAIN ANALYZE SELECT * FROM users WHERE email = 'ana@example.com';
```

The plan now uses the index.
~~~

## Passes

~~~markdown
```sql
EXPLAIN ANALYZE SELECT * FROM users WHERE email = 'ana@example.com';
```

**Output**:

```
Index Scan using idx_users_email on users (actual time=0.04ms)
```
~~~

~~~markdown
```bash
curl -s localhost:8081/subjects
# Expected: ["orders-value"]
```
~~~

"""#,
        "solution/overview.md": #"""
# solution/overview

Code with no map is hard to follow. The framework opens the solution with a
one-paragraph overview: what the approach is and why it fixes the problem,
before the first step or line of code.

Passes when the solution's first part has a paragraph of at least 12 words
and at most 5 sentences before its first code block, list or table.

## Definition

```json
{
  "id": "solution/overview",
  "severity": "info",
  "weight": 1,
  "implements": "Solution: Overview, a 1-paragraph summary",
  "check": "lead-paragraph",
  "params": {"minWords": 12, "maxSentences": 5},
  "message": "The solution has no short overview ({reason}): open it with one paragraph of at most {maxSentences} sentences saying what the approach is and why it works"
}
```

## Fails

Straight into code:

~~~markdown
```sql
CREATE INDEX idx_users_email ON users(email);
```

Run it on the primary.
~~~

## Passes

~~~markdown
A B-tree index keeps the emails sorted, so the database can jump straight to
one row instead of reading all ten million.

```sql
CREATE INDEX idx_users_email ON users(email);
```
~~~

"""#,
        "solution/pitfalls.md": #"""
# solution/pitfalls

Every solution has a wrong way to apply it. A list of pitfalls (or don'ts)
saves readers the bugs others already hit: over-indexing, refreshing too
often, forgetting the cleanup. Cons of the approach belong to trade-offs;
pitfalls are mistakes made while applying it. ❌/✅ marks inside a code
sample are not a list.

Passes when the solution has a labelled list of pitfalls: a heading or bold
label such as "Common Pitfalls", "Mistakes", "Gotchas", "Failure Modes",
"What Breaks", "Don't ... when" followed by at least 2 items (sub-headings
or list items), or at least 2 items, headings or bold leads that open with
"Don't", "Never" or "Avoid".

## Definition

```json
{
  "id": "solution/pitfalls",
  "severity": "warning",
  "weight": 2,
  "implements": "Solution: Common Pitfalls, what not to do",
  "check": "cue-list",
  "params": {
    "minItems": 2,
    "labels": ["pitfall", "pitfalls", "mistake", "mistakes", "gotcha", "gotchas", "anti pattern", "anti patterns",
               "antipattern", "antipatterns", "what breaks", "what can go wrong", "what goes wrong", "failure mode",
               "failure modes", "don't", "do not", "never", "avoid", "trap", "traps", "watch out", "what not to do",
               "don'ts", "common errors", "things to avoid", "be careful", "limitations", "known issues", "caveats",
               "breaks it", "what to avoid"],
    "starts": ["don't", "do not", "never", "avoid", "dont"]
  },
  "message": "The solution has no pitfalls list (labels seen: {found}): add 'Common Pitfalls' with at least {min} mistakes to avoid, e.g. '❌ Don't index every column'"
}
```

## Fails

Don'ts only inside a code sample:

~~~markdown
```python
users = fetch_users()  # ❌ BAD: one query per user below
for user in users:
    user.posts = fetch_posts(user.id)  # ✅ GOOD would be one JOIN
```
~~~

## Passes

```markdown
### Common Pitfalls

- Indexing every column: each index slows every write.
- Indexing a boolean column: with two values the planner ignores it.
```

```markdown
❌ **Don't** refresh the view on every write.

❌ **Don't** forget the unique index that concurrent refresh needs.
```

"""#,
        "solution/steps.md": #"""
# solution/steps

A solution the reader can follow is a sequence: first this, then that.
Numbered steps show progress, make the work resumable, and let readers find
their place again. A heading that merely says "Step-by-Step" does not do
this; the steps themselves must be numbered.

Passes when the solution (or its hands-on quick win) holds at least 2
numbered steps: "Step 1" as a heading, bold lead or list item; headings
numbered "1." whose first word is an action ("### 1. Start the database");
or an ordered list of at least 3 items that all open with an action verb.
Numbered lists or headings that name things ("### 1. Manual refresh",
"1. The CPU locks the line") are not steps.

## Definition

```json
{
  "id": "solution/steps",
  "severity": "warning",
  "weight": 2,
  "implements": "Solution: Step-by-Step, numbered with a clear progression",
  "check": "numbered-steps",
  "params": {
    "min": 2,
    "minListItems": 3,
    "sections": ["quick-win"],
    "verbs": ["add", "analyze", "apply", "attach", "benchmark", "bootstrap", "build", "call", "change", "check",
              "choose", "clean", "clone", "commit", "compare", "compile", "configure", "connect", "consume", "convert",
              "copy", "create", "debug", "declare", "define", "delete", "deploy", "design", "disable", "download",
              "drop", "edit", "enable", "execute", "expose", "extract", "fetch", "fill", "find", "fix", "generate",
              "handle", "identify", "implement", "import", "index", "initialize", "init", "insert", "inspect",
              "install", "instrument", "integrate", "launch", "load", "log", "measure", "migrate", "modify",
              "monitor", "mount", "move", "observe", "open", "partition", "pick", "populate", "prepare", "profile",
              "provision", "publish", "pull", "push", "query", "read", "rebuild", "refactor", "refresh", "register",
              "remove", "rename", "replace", "reproduce", "restart", "review", "roll", "route", "run", "save",
              "scale", "seed", "select", "send", "serve", "set", "setup", "shard", "simulate", "spin", "split",
              "start", "stop", "store", "subscribe", "switch", "tag", "test", "trigger", "try", "tune", "update",
              "upgrade", "upload", "use", "validate", "verify", "visit", "watch", "wire", "wrap", "write"]
  },
  "message": "The solution has {count} numbered step(s): lay it out as at least {min} numbered steps, e.g. '### Step 1: Create the table', '### Step 2: Add the index'"
}
```

## Fails

The heading promises steps, but nothing is numbered:

~~~markdown
### Step-by-Step Build

Create the schema:

```sql
CREATE TABLE users (id BIGINT PRIMARY KEY, email TEXT);
```

Then add the index.
~~~

Numbered parts that name mechanisms are not steps:

```markdown
### 1. Manual refresh

### 2. Scheduled refresh
```

Numbered lists that describe a mechanism are not steps:

```markdown
1. The client reads the current version.
2. The server compares it with the stored one.
3. The write succeeds only if nothing changed.
```

## Passes

~~~markdown
### Step 1: Create the table

```sql
CREATE TABLE users (id BIGINT PRIMARY KEY, email TEXT);
```

### Step 2: Add the index

```sql
CREATE INDEX idx_users_email ON users(email);
```
~~~

```markdown
1. Start the database with `docker compose up -d`.
2. Load the sample data with `make seed`.
3. Run the benchmark with `make bench`.
```

The steps may sit in the hands-on quick win that applies the solution:

~~~~markdown post
# Read-Through Cache - Cut Page Latency 10x

You wait 2 seconds for every page because each one runs 40 queries.

## The Problem

Each page runs 40 queries and takes 2,000ms at 500 requests per second.

## The Solution: A Read-Through Cache

A read-through cache answers repeated reads from memory, so the database sees each key once a minute.

```python
value = cache.get(key) or load_and_store(key)
```

## Quick Win: Cache One Endpoint (5 Minutes)

### Step 1: Start Redis

```bash
docker run -d -p 6379:6379 redis:7
```

### Step 2: Wrap the handler

```python
@cached(ttl=60)
def product_page(product_id): ...
```
~~~~

"""#,
        "solution/testing.md": #"""
# solution/testing

A fix that cannot be verified is a guess. The framework ends the solution
with how to test it: the query to run, the benchmark, the assertion that
shows the change worked before it ships.

Passes when the solution says how to verify it: "Testing", "verify",
"validate", "benchmark", "confirm", "assert", "make sure"...

## Definition

```json
{
  "id": "solution/testing",
  "severity": "info",
  "weight": 1,
  "implements": "Solution: Testing, how to verify",
  "check": "cues",
  "params": {
    "phrases": ["testing", "test it", "test this", "tests", "unit test", "integration test", "load test", "verify",
                "verifying", "verification", "validate", "validation", "benchmark", "benchmarking", "confirm",
                "check that", "make sure", "sanity check", "smoke test", "assert", "how to test", "prove it",
                "measure", "measuring"],
    "min": 1
  },
  "message": "The solution does not say how to verify it: add a 'Testing' step (the command or check that proves it works)"
}
```

## Fails

~~~markdown
```sql
CREATE INDEX idx_users_email ON users(email);
```

Deploy it and move on.
~~~

## Passes

~~~markdown
```sql
CREATE INDEX idx_users_email ON users(email);
```

Verify it with `EXPLAIN ANALYZE`: the plan should say Index Scan, not Seq Scan.
~~~

"""#,
        "solution/trade-offs.md": #"""
# solution/trade-offs

"Always add indexes!" reads as a sales pitch, and experienced readers stop
trusting the rest. Mistake 6 of the framework is ignoring trade-offs: every
approach has a cost, and saying so (slower writes, more storage, when not
to use it) is what makes the benefits believable.

Passes when the solution states trade-offs: "Trade-offs", "Cons",
"drawbacks", "downsides", "limitations", "when not to use", "poor fit",
"at the cost of"... also inside a plain-text block (`❌ POOR FIT:` lists are
often drawn as text).

## Definition

```json
{
  "id": "solution/trade-offs",
  "severity": "warning",
  "weight": 2,
  "implements": "Mistake 6: Ignoring Trade-offs (pros, cons, when not to use)",
  "check": "cues",
  "params": {
    "phrases": ["trade off", "trade offs", "tradeoff", "tradeoffs", "cons", "drawback", "drawbacks", "downside",
                "downsides", "disadvantage", "disadvantages", "limitation", "limitations", "when not to use",
                "when not to", "not to use", "don't use", "do not use", "poor fit", "bad fit", "not a good fit",
                "not suitable", "isn't suitable", "is not suitable", "at the cost of", "comes at a cost",
                "the cost is", "the price is", "overkill", "caveat", "caveats", "not worth", "avoid when",
                "never use", "when to avoid", "costs more",
                "write overhead", "storage overhead", "extra latency", "added complexity", "adds complexity",
                "more complex", "harder to", "the catch", "stale", "staleness", "overhead", "slower", "slower writes",
                "disk space", "extra storage", "more storage", "more memory", "uses more"],
    "code": "diagrams",
    "min": 1
  },
  "message": "The solution never states its trade-offs: add the cons and when not to use it, e.g. '**Cons**: writes 5-10% slower' and '**When not to use**: write-heavy tables'"
}
```

## Fails

```markdown
Indexes make every query faster. Add them everywhere.
```

## Passes

```markdown
**Cons**: every write now updates the index too, about 5-10% slower.

**When not to use**: write-heavy tables such as event logs.
```

~~~markdown
```
✅ GOOD FIT: audit-heavy domains
❌ POOR FIT: simple CRUD apps
```
~~~

"""#,
        "solution/why-it-works.md": #"""
# solution/why-it-works

Code that works by magic cannot be adapted. After the code, the framework
explains the mechanism: why this change fixes the problem, so readers can
apply it to their own case.

Passes when the solution explains its mechanism: "Why this works", "How it
works", "this works because", "under the hood", "what's happening"...

## Definition

```json
{
  "id": "solution/why-it-works",
  "severity": "info",
  "weight": 1,
  "implements": "Solution: Why It Works, the technical explanation",
  "check": "cues",
  "params": {
    "phrases": ["why this works", "why it works", "how it works", "how this works", "works because",
                "this works by", "under the hood", "what's happening", "what is happening", "what just happened",
                "here's why", "here is why", "the reason", "how does it work", "behind the scenes", "the trick",
                "the key is", "the key idea", "the core idea", "why it's fast", "why it is fast", "why this is fast",
                "that's why", "this is why"],
    "min": 1
  },
  "message": "The solution never explains why it works: after the code, add a 'Why this works' line on the mechanism"
}
```

## Fails

~~~markdown
```sql
CREATE INDEX idx_users_email ON users(email);
```

Run it and the query is fast.
~~~

## Passes

~~~markdown
```sql
CREATE INDEX idx_users_email ON users(email);
```

**Why this works**: the index keeps emails sorted, so the lookup is a binary search of 24 steps.
~~~

"""#,
    ]
}
