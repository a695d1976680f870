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
        "style/academic-tone.md": #"""
# style/academic-tone

"One observes that transactions exhibit properties consistent with the ACID
paradigm, wherein atomicity ensures..." reads like a paper and loses a
developer in the first clause. "If your server crashes mid-update, the
transaction rolls back" says the same thing to them. The framework lists
academic tone as a common mistake (Mistake 7): conversational beats academic.

Fails for each academic phrase ("one observes", "wherein", "herein", "it is
noted that", "aforementioned"...) and when more than 15% of the sentences are
in the passive voice ("the row is locked", "requests are sent"), judged once
the post has 10 sentences.

## Definition

```json
{
  "id": "style/academic-tone",
  "severity": "warning",
  "weight": 2,
  "implements": "Mistake 7: Academic Tone (conversational beats academic)",
  "check": "academic-tone",
  "params": {"max-passive": 15, "min-sentences": 10, "area": "post"},
  "message": "Academic tone ({found}; passive voice in {passive}% of sentences, at most {max-passive}%): write as you would explain it to a colleague, in the active voice"
}
```

## Fails

```markdown
One observes that database transactions exhibit properties consistent with
the ACID paradigm, wherein atomicity ensures that partial updates are never
persisted.
```

```markdown
The request is received by the gateway. The token is validated by the auth
service. The order is then stored by the database. A confirmation is sent to
the user. The stock is updated by a worker. Each step is logged. The result
is cached for a minute. Failures are retried twice. Alerts are raised after
that. The incident is reviewed the next day.
```

## Passes

```markdown
Transactions stop your database from losing money. If your server crashes
mid-update, the transaction rolls back and your data stays consistent. The
gateway checks the token, the database stores the order and a worker updates
the stock. You get a confirmation in under a second. Failures retry twice.
After that, an alert pages the on-call engineer. They look at the trace, fix
the cause and close the incident. Nothing is lost. Your customers never
notice. That is the whole point.
```

"""#,
        "style/bold-terms.md": #"""
# style/bold-terms

Bold key terms are the anchors a skimming reader's eye catches: "**connection
pool**", "**write amplification**". A page with none gives the skimmer nothing
to hold on to. The framework asks for important concepts to be highlighted.

Passes when body prose holds at least 1 bold span per 300 words (headings
do not count), and at least one in any post.

## Definition

```json
{
  "id": "style/bold-terms",
  "severity": "info",
  "weight": 1,
  "implements": "Writing Style: Bold Key Terms (important concepts highlighted)",
  "check": "bold-density",
  "params": {"min": 1, "per-words": 300, "area": "post"},
  "message": "{count} bold term(s) for {words} words (needs {required}): bold the key concepts, e.g. '**connection pool**'"
}
```

## Fails

```markdown
A connection pool keeps open connections ready so each request can borrow
one instead of opening its own.
```

## Passes

```markdown
A **connection pool** keeps open connections ready so each request can borrow
one instead of opening its own.
```

"""#,
        "style/code-language.md": #"""
# style/code-language

A code block without a language tag renders as flat grey text: no syntax
highlighting, and no hint whether it is SQL, Python or a shell command. The
framework's style checklist asks for highlighted code; the tag on the fence
is what turns highlighting on.

Fails for every fenced code block with no language on its opening fence,
each reported at the fence. Diagrams and output are fine with `text`.

## Definition

```json
{
  "id": "style/code-language",
  "severity": "warning",
  "weight": 2,
  "implements": "Writing Style: Code Highlighted (syntax highlighting applied)",
  "check": "code-language",
  "params": {"area": "post"},
  "message": "Code block has no language tag: name it on the fence, e.g. ```sql or ```python (use ```text for diagrams and output)"
}
```

## Fails

~~~~markdown
Find the slow query:

```
SELECT * FROM orders WHERE customer_id = 42;
```
~~~~

## Passes

~~~~markdown
Find the slow query:

```sql
SELECT * FROM orders WHERE customer_id = 42;
```

The plan looks like this:

```text
Seq Scan on orders  (cost=0.00..18334.00 rows=1 width=97)
```
~~~~

"""#,
        "style/emoji-density.md": #"""
# style/emoji-density

An emoji can mark a do and a don't (✅ / ❌) or a warning faster than words.
Used everywhere, they turn into noise and make a technical post look like a
chat thread; inside code they break copy-paste and some terminals. The
framework asks for emojis used sparingly, only where they add value.

Fails when prose holds more than 1 emoji per 40 words, and for each code
block (of a programming language; `text` and output blocks are exempt) that
holds an emoji.

## Definition

```json
{
  "id": "style/emoji-density",
  "severity": "info",
  "weight": 1,
  "implements": "Writing Style: Emojis Used Sparingly (only where they add value)",
  "check": "emoji-density",
  "params": {"max": 1, "per-words": 40, "code": true, "area": "post"},
  "message": "Too many emoji ({count} for {words} words, at most {allowed}; {in-code} inside code): keep the ones that mark a do or a don't and drop the rest"
}
```

## Fails

```markdown
🚀 Caching made easy! 🔥 Your app gets fast 💨 and users are happy 😀 🎉
```

~~~~markdown
Mark the good query in a comment, not with an emoji:

```sql
SELECT id FROM users WHERE email = $1; -- ✅ uses the index
```
~~~~

## Passes

~~~~markdown
Caching keeps hot data in memory, so repeated reads skip the database.
Measure the hit rate before and after you add it. ✅ A rate above 90% means
the cache is doing its job.

```sql
SELECT id FROM users WHERE email = $1; -- uses the index
```
~~~~

"""#,
        "style/heading-frequency.md": #"""
# style/heading-frequency

Subheadings are the signposts of a long post: a reader who skims lands on
them, and a reader who reads uses them to rest. When five or more paragraphs
run on without one, the post turns into an essay. The framework asks for a
subheading every 3-4 paragraphs.

Fails for each run of more than 4 prose paragraphs with no heading between
them, reported at the paragraph that goes over. A paragraph that is all bold
(`**Step 2: Add the index**`) counts as a heading, and one that opens with a
bold lead (`**Cost**: ...`) starts a new run; one-line lead-ins that end
in a colon (they introduce code or a list) do not count as paragraphs. Code
blocks, lists and tables neither count nor reset the run.

## Definition

```json
{
  "id": "style/heading-frequency",
  "severity": "warning",
  "weight": 2,
  "implements": "Writing Style: Subheadings every 3-4 paragraphs",
  "check": "paragraphs-between-headings",
  "params": {"max": 4, "area": "post"},
  "message": "More than {max} paragraphs in a row without a heading: add a subheading that names what the next paragraphs cover"
}
```

## Fails

```markdown
## Why replicas lag

A replica applies the primary's changes after the primary commits them.

Under a write burst, the replica falls behind.

Reads sent to it then return old data.

Users see their own update vanish after a refresh.

Support tickets follow, and nobody can reproduce the bug.
```

## Passes

```markdown
## Why replicas lag

A replica applies the primary's changes after the primary commits them.

Under a write burst, the replica falls behind.

## What users see

Reads sent to a lagging replica return old data.

Users see their own update vanish after a refresh.

**How to reproduce it**

Send a write, then read from the replica at once.
```

"""#,
        "style/lists.md": #"""
# style/lists

Lists make a section scannable: three bullets are read in the time one
sentence of the same content takes. A long section of unbroken paragraphs
hides its steps, options and facts. The framework's style checklist asks for
lists and bullets as scannable structure.

Fails for every part of the post (the opening and each top-level section)
with more than 200 words of prose and no list, reported at its heading.

## Definition

```json
{
  "id": "style/lists",
  "severity": "info",
  "weight": 1,
  "implements": "Writing Style: Lists/Bullets (scannable structure)",
  "check": "list-per-section",
  "params": {"min-words": 200, "area": "post"},
  "message": "A long section has no list: turn its steps, options or facts into bullets so it can be scanned"
}
```

## Fails

```markdown
## Choosing a partition key

The partition key decides which partition each row lands in, and so it
decides how evenly the load spreads across your cluster. A key with few
distinct values, such as a country code, sends most rows to a handful of
partitions while the others sit idle. A key that grows steadily, such as a
timestamp, sends every new write to the newest partition, which becomes a
hot spot exactly when traffic peaks. A good key has many distinct values,
spreads writes evenly, and matches the filter of your most frequent query,
so that the query touches one partition instead of all of them. User ids
often work well for per-user data. Order ids work for order lookups but not
for reports by customer. When no single column fits, a composite key of two
columns, such as tenant and day, can spread the load while keeping related
rows together. Whatever you pick, measure the partition sizes after a week
of real traffic, because skew that looks harmless in a test can grow into a
serious imbalance in production, and moving data between partitions later
is slow and risky for any large table you own. Plan the key before the
first row lands, and write down why you chose it so the next engineer knows
what trade-off was made.
```

## Passes

```markdown
## Choosing a partition key

The partition key decides which partition each row lands in, and so it
decides how evenly the load spreads across your cluster. A key with few
distinct values sends most rows to a handful of partitions. A key that grows
steadily sends every new write to the newest partition.

A good key:

- has many distinct values;
- spreads writes evenly;
- matches the filter of your most frequent query.

User ids often work well for per-user data. Order ids work for order lookups
but not for reports by customer. When no single column fits, a composite key
of two columns, such as tenant and day, can spread the load while keeping
related rows together. Whatever you pick, measure the partition sizes after
a week of real traffic, because skew that looks harmless in a test can grow
into a serious imbalance in production, and moving data between partitions
later is slow and risky for any large table you own. Plan the key before
the first row lands, and write down why you chose it so the next engineer
knows what trade-off was made and when to revisit it. A short note in the
schema file is enough, and it saves a long meeting a year from now when the
table has grown tenfold.
```

"""#,
        "style/paragraph-length.md": #"""
# style/paragraph-length

Readers scan before they read. A paragraph of five or six sentences looks like
a wall on screen and gets skipped; two or three sentences, one idea each, keep
the eye moving. The framework's writing-style checklist asks for short
paragraphs: 2-3 sentences at most.

Fails for every prose paragraph (list-item and quoted paragraphs included)
with more than 3 sentences, each reported at its first sentence. Headings,
table cells and code are not paragraphs.

## Definition

```json
{
  "id": "style/paragraph-length",
  "severity": "warning",
  "weight": 2,
  "implements": "Writing Style: Short Paragraphs (2-3 sentences max)",
  "check": "paragraph-sentences",
  "params": {"max": 3, "area": "post"},
  "message": "Paragraph runs over {max} sentences: split it so each paragraph makes one point in 2-3 sentences"
}
```

## Fails

```markdown
Connection pools keep a set of open connections ready. Each request borrows
one and hands it back when it is done. Opening a connection costs a TCP
handshake and a TLS handshake. On a busy service that adds up quickly. Most
drivers ship a pool, but the defaults are rarely right for production.
```

## Passes

```markdown
Connection pools keep a set of open connections ready. Each request borrows
one and hands it back when it is done.

Opening a connection costs two handshakes. On a busy service that adds up
quickly.
```

"""#,
        "style/second-person.md": #"""
# style/second-person

"You" language turns a lecture into a conversation: "your queries scan every
row" puts the reader inside the problem, "queries scan every row" keeps them
outside it. The framework asks for direct address throughout, not only in
the hook.

Passes when "you", "your", "you're" and the like make up at least 8 per 1,000
words of body prose (headings and table cells are not counted). Posts under
100 prose words are not judged.

## Definition

```json
{
  "id": "style/second-person",
  "severity": "warning",
  "weight": 2,
  "implements": "Writing Style: \"You\" Language (direct address throughout)",
  "check": "second-person-rate",
  "params": {"min": 8, "min-words": 100, "area": "post"},
  "message": "Only {rate} 'you/your' per 1,000 words (at least {min}): address the reader, e.g. 'your queries' instead of 'the queries'"
}
```

## Fails

```markdown
Database indexes are data structures that speed up lookups. Without an index
the database reads every row of the table to find the matching ones. With a
B-tree index it walks a few pages instead. The cost is extra storage and
slower writes, because each insert must also update the index. Developers
usually add indexes to the columns used in filters and joins. Composite
indexes cover several columns at once, and the column order matters for
which queries can use them. A query planner decides whether an index is
worth using, based on table statistics. Stale statistics lead to bad plans,
so the statistics should be refreshed after large data loads.
```

## Passes

```markdown
Your database reads every row of the table when you filter on a column with
no index. With a B-tree index it walks a few pages instead. You pay for that
with extra storage and slower writes, because each insert must also update
the index. Add indexes to the columns your queries filter and join on.
Composite indexes cover several columns at once, and the column order decides
which of your queries can use them. The query planner decides whether an
index is worth using, based on table statistics. If your statistics are
stale, you get bad plans, so refresh them after you load a lot of data.
```

"""#,
        "style/sentence-variety.md": #"""
# style/sentence-variety

Prose where every sentence has the same length reads like a metronome and
the reader's attention drifts. Mixing short, punchy sentences with longer
explanatory ones gives the text rhythm and lets the short ones land. The
framework's style checklist asks for varied sentences: a mix of short and long.

Fails when the lengths of the body sentences (paragraphs and quotes; list
items are fragments and are skipped) spread by less than 5 words (standard
deviation), or when 5 sentences in a row are of near-equal length (within 2
words of each other); each such run is reported. Posts with fewer than 10
sentences are not judged.

## Definition

```json
{
  "id": "style/sentence-variety",
  "severity": "info",
  "weight": 1,
  "implements": "Writing Style: Varied Sentences (mix of short and long)",
  "check": "sentence-variety",
  "params": {"min-deviation": 5, "run": 5, "tolerance": 2, "min-sentences": 10, "area": "post"},
  "message": "Sentence lengths are too uniform (spread {deviation} words, at least {min}; {runs} run(s) of {run} similar sentences): mix short punchy sentences with longer ones"
}
```

## Fails

```markdown
The cache stores recent results in memory. Each request checks the cache
first. A hit returns the stored value quickly. A miss goes to the database
instead. The result is then written to the cache. Old entries expire after a
while. The size of the cache is limited too. Eviction removes the oldest
entries first. This keeps memory use under control. The database sees far
fewer reads now.
```

## Passes

```markdown
The cache stores recent results in memory. Each request checks it first. A
hit? Done in microseconds. A miss goes to the database, and the result is
written back to the cache so that the next request for the same key never
touches the database at all. Entries expire. Eviction removes the oldest
entries first when memory runs short, which keeps the footprint predictable
even when traffic spikes during a launch or a sale. The database now sees
far fewer reads. That is the whole trick. Simple, cheap and effective.
```

"""#,
        "style/vague-claims.md": #"""
# style/vague-claims

"Indexes make queries faster" is forgettable; "indexes make queries 1000x
faster (2,500ms → 2ms)" is credible, specific and shareable. The framework
names vague benefits as a common mistake (Mistake 2): every comparative
claim should carry its number.

Fails for every sentence of body prose that claims a benefit with a
comparative ("faster", "cheaper", "improves performance", "more efficient",
"lower latency", "scales better"...) and holds no number, each reported at
the claim. Questions, headings and table cells are not claims.

## Definition

```json
{
  "id": "style/vague-claims",
  "severity": "warning",
  "weight": 2,
  "implements": "Mistake 2: Vague Benefits (specific numbers are credible)",
  "check": "unquantified-claims",
  "params": {"area": "post"},
  "message": "Claim without a number ({found}): say how much, e.g. '1000x faster (2,500ms → 2ms)'"
}
```

## Fails

```markdown
Indexes make queries faster. A covering index is even more efficient because
the table is never read.
```

## Passes

```markdown
Indexes make queries 1000x faster (2,500ms → 2ms). A covering index saves
another 40% because the table is never read.
```

"""#,
        "accuracy/broken-anchors.md": #"""
# accuracy/broken-anchors

A table of contents or a "see the quick win below" link that jumps nowhere is
a small betrayal: the reader clicked because they wanted that part. In-page
links break silently whenever a heading is renamed. The framework asks that
all links work; these are the ones that can be checked exactly.

Fails for every `#fragment` link that matches no heading or anchor in the
post. Headings are matched by GitHub's slug rules (lower-case, spaces become
`-`, punctuation is dropped, a repeated heading gets `-1`, `-2`), and
explicit anchors count too: `<a id="...">`, `name="..."`, `{#custom-id}`.

## Definition

```json
{
  "id": "accuracy/broken-anchors",
  "severity": "error",
  "weight": 3,
  "implements": "Technical Accuracy: Links Work (in-page anchors)",
  "check": "local-anchors",
  "params": {"area": "post"},
  "message": "In-page link goes nowhere ({found}): point it at an existing heading's slug or rename the heading back"
}
```

## Fails

```markdown
Jump to the [quick win](#quick-win-in-5-minutes) or the [FAQ](#faq).

## Quick Win: Add an Index in 5 Minutes

Run the command.
```

## Passes

```markdown
Jump to the [quick win](#quick-win-add-an-index-in-5-minutes), the
[second example](#example-1) or the [checklist](#checklist).

## Quick Win: Add an Index in 5 Minutes

## Example

## Example

## <a id="checklist"></a>Part 5: Checklist
```

"""#,
        "accuracy/code-context.md": #"""
# accuracy/code-context

A code block dropped on the page with no word before it and no comment in it
leaves the reader guessing what it does and why it is there. One sentence
("Use a parameterized query, so the driver escapes the input:") or one
comment turns it into an explanation. The framework lists code without
context as a common mistake (Mistake 4).

Fails for every code block that no prose introduces (the block before it is
not a paragraph, a list or a heading of at least 2 words or a file name) and
that holds no comment. Output, text and diagram blocks are not judged.

## Definition

```json
{
  "id": "accuracy/code-context",
  "severity": "warning",
  "weight": 2,
  "implements": "Mistake 4: Code Without Context (context explains why code matters)",
  "check": "code-context",
  "params": {"heading-words": 2, "area": "post"},
  "message": "Code block without context: introduce it with a sentence saying what it does and why, or comment the key lines"
}
```

## Fails

~~~~markdown
## Implementation

```javascript
await pool.query('SELECT * FROM users WHERE id = $1', [id]);
```
~~~~

## Passes

~~~~markdown
## Implementation

Pass the id as a parameter, so the driver escapes it:

```javascript
await pool.query('SELECT * FROM users WHERE id = $1', [id]);
```

```javascript
// Bad: string concatenation opens the door to SQL injection
await pool.query(`SELECT * FROM users WHERE id = ${id}`);
```
~~~~

"""#,
        "accuracy/code-syntax.md": #"""
# accuracy/code-syntax

A reader who copies a snippet and gets a parse error stops trusting the rest
of the post. Most broken snippets come from editing after testing: a brace
lost while trimming a function, a trailing comma in a JSON example. The
framework asks for code that runs; this is the part that can be checked
without running it.

Fails for every `json` block that does not parse (JSON Lines, one value per
line, is accepted) and every code block of a known language whose brackets
`()`, `[]`, `{}` do not balance, skipping strings and comments. Blocks that
elide code with `...` or `…`, and shell, text and markup blocks, are not
judged.

## Definition

```json
{
  "id": "accuracy/code-syntax",
  "severity": "warning",
  "weight": 2,
  "implements": "Technical Accuracy: Code Runs (what can be checked offline)",
  "check": "code-syntax",
  "params": {"json": true, "brackets": true, "area": "post"},
  "message": "Code that cannot run ({count} block(s)): fix the syntax so the snippet works when copied"
}
```

## Fails

~~~~markdown
```json
{"user": "ana", "roles": ["admin", "dev"],}
```
~~~~

~~~~markdown
```javascript
function total(items) {
  return items.reduce((sum, item) => sum + item.price, 0);
```
~~~~

## Passes

~~~~markdown
```json
{"user": "ana", "roles": ["admin", "dev"]}
```

```javascript
// A closing brace in a string or comment is not code: "}" and ')'
function total(items) {
  return items.reduce((sum, item) => sum + item.price, 0);
}
```

```python
def greet(name):
    """Say hello (politely."""
    return f"Hello, {name}!"  # don't forget the )
```
~~~~

"""#,
        "accuracy/encoding.md": #"""
# accuracy/encoding

When UTF-8 text is opened as Windows-1252 or Mac Roman and saved again, every
curly quote, arrow and emoji turns into debris: `’` becomes `â€™`, `→`
becomes `‚Üí`, ✅ becomes `‚úÖ`. A post full of it looks broken and
untrustworthy, and the damage spreads to every copy. A U+FFFD replacement
character (�) marks a character already lost.

Fails for every run of mojibake (text that re-encodes to a valid UTF-8
character, e.g. `â€™`, `Ã©`, `ðŸš€`, `‚úÖ`, `‚Üí`) and every U+FFFD, anywhere
in the file, code included. Fix it by re-reading the file as UTF-8 from a
clean copy, or by replacing each run with the character it stands for.

## Definition

```json
{
  "id": "accuracy/encoding",
  "severity": "error",
  "weight": 3,
  "implements": "Technical Accuracy: clean text (no mojibake or replacement characters)",
  "check": "encoding",
  "params": {"area": "post"},
  "message": "Damaged characters ({found}): the file was decoded with the wrong encoding; restore the original characters"
}
```

## Fails

```markdown
It’s fast: 2500ms â†’ 2ms. We donâ€™t need a cache.
```

```markdown
- ‚úÖ Reads: 1000x faster
- ‚ùå Writes: 5% slower
```

```markdown
The caf� on the corner.
```

## Passes

```markdown
It’s fast: 2500ms → 2ms. Café, naïve, façade. ✅ Reads are faster — “really”.
√2 ≈ 1.41, and ¬A is the negation. Ça marche, à bientôt.
```

"""#,
        "accuracy/placeholders.md": #"""
# accuracy/placeholders

Nothing costs a post its credibility faster than a link that goes to
`https://...` or a sentence that still says "[COMPANY 1] cut costs by
[X]%". Template text left in a published post tells the reader nobody
checked it. The framework's technical-accuracy checklist asks that all links
work; unfilled template slots are the most visible way they do not.

Fails for every placeholder: links with an empty, `#`, `...`, `https://...`,
`LINK` or `example.com` destination; bracketed template slots in prose such
as `[COMPANY 1]`, `[METRIC]`, `[X]x`, `[Insert link here]`; and stub markers
such as "Coming soon", "Lorem ipsum", "TODO:" or a field left as `TBD`. Code
blocks and code spans are not read: `[X]` and `example.com` are normal
there; neither is quoted text, where a prompt template such as "amount=[X]"
is shown on purpose.

## Definition

```json
{
  "id": "accuracy/placeholders",
  "severity": "error",
  "weight": 3,
  "implements": "Technical Accuracy: Links Work (no placeholder links or unfilled template text)",
  "check": "placeholders",
  "params": {"area": "post"},
  "message": "Unfilled placeholder ({found}): replace it with the real link, name or number, or remove it"
}
```

## Fails

```markdown
**Used by**: [COMPANY 1], [COMPANY 2] and Shopify. Queries got [X]x faster.
```

```markdown
Read the [full benchmark](https://...) and the [setup guide](#).
```

```markdown
**Reading Time**: Coming soon
```

## Passes

```markdown
**Used by**: Stripe, GitHub and Shopify. Queries got 40x faster, see the
[full benchmark](https://github.com/acme/bench) and the [setup guide](#setup).

## Setup

Run `curl https://api.example.com/health` and check for `[OK]`.
```

"""#,
        "accuracy/ratio-claims.md": #"""
# accuracy/ratio-claims

"102x faster (2,500ms → 25ms)" invites the reader to check, and a sharp one
will: 2,500 / 25 is 100, close enough; 2,500 / 250 is 10, and the post has
lost them. Claimed factors and percentages are the most shared lines of a
post, so they must agree with the figures beside them. The framework's
technical-accuracy checklist asks for numbers that are double-checked.

Fails for every claimed change ("102x faster", "95% less", "reduced by 80%")
that disagrees by more than 25% with the before/after figures in the same
clause, or in the same table row of a table with before and after
columns. Read leniently: a range ("5-10x") agrees when any value in it does,
a percentage may describe either side ("50% faster" for 300ms → 200ms), and
figures that cause a change in something else ("from 1s to 5s cuts CPU by
30%") are not the claim's figures.

## Definition

```json
{
  "id": "accuracy/ratio-claims",
  "severity": "warning",
  "weight": 2,
  "implements": "Technical Accuracy: Numbers Accurate (metrics double-checked)",
  "check": "ratio-claims",
  "params": {"tolerance": 0.25, "area": "post"},
  "message": "Claimed change disagrees with its own figures ({count} of {checked}): recompute the factor or fix the figures"
}
```

## Fails

```markdown
The index made the query 1000x faster (2,500ms → 250ms).
```

```markdown
| Metric | Before | After | Improvement |
|--------|--------|-------|-------------|
| p99 latency | 800ms | 200ms | 20x faster |
```

## Passes

```markdown
The index made the query 1000x faster (2,500ms → 2ms). Raising the batch
window from 1s to 5s cuts CPU by 30%.

| Metric | Before | After | Improvement |
|--------|--------|-------|-------------|
| p99 latency | 800ms | 200ms | 4x faster |
| Monthly cost | $10,000 | $500 | 95% less |
```

"""#,
        "accuracy/relative-links.md": #"""
# accuracy/relative-links

Posts that live next to their code link to it: `./src/pool.js`,
`../images/flow.png`, `./02-sharding.md`. Move a file, rename a folder, and
those links break without a sound. The framework asks that all links work;
relative ones can be checked on disk before publishing.

Fails for every relative link or image whose target does not exist next to
the linted file (`./intro` may stand for `intro.md`, `intro/index.md` or
`intro/README.md`, as site generators allow), and for links to the writer's
own disk (`file:///...`, `C:\...`, `/Users/...`) that can never work for a
reader. Site-root paths (`/docs/...`) are not judged. Posts read from
standard input have no folder: only the own-disk test applies.

## Definition

```json
{
  "id": "accuracy/relative-links",
  "severity": "warning",
  "weight": 2,
  "implements": "Technical Accuracy: Links Work (relative links to files)",
  "check": "relative-links",
  "params": {"area": "post"},
  "message": "Link to a file that does not resolve ({found}): fix the path relative to this post, or link the published URL"
}
```

## Fails

```markdown
The full script is in [load-test.js](file:///Users/sam/blog/load-test.js) and
the diagram in ![flow](C:\drafts\flow.png).
```

## Passes

```markdown
The full script is in the [repository](https://github.com/acme/load-tests)
and the [setup guide](/docs/setup).
```

"""#,
    ]
}
