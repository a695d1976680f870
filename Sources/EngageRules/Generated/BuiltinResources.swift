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
        "proof/before-after.md": #"""
# proof/before-after

"It got a lot faster" is forgettable; "p99 went from 840ms to 95ms" is what
readers quote to their team. The framework's social proof shows the
improvement as before and after figures side by side, ideally in a table.

Passes when the social proof section has before and after figures together:
a pair in prose (`840ms → 95ms`, `from $8.2M to $340K a year`), a table with
before and after (or without and with) columns holding figures, or a
"Before" lead with figures followed by an "After" lead with figures.

## Definition

```json
{
  "id": "proof/before-after",
  "severity": "info",
  "weight": 1,
  "implements": "Social Proof: Before/After Table (quantified improvements)",
  "check": "before-after-figures",
  "params": {"min": 1},
  "message": "Social proof shows no before/after figures: put the numbers side by side, e.g. '| Metric | Before | After |' or 'p99: 840ms → 95ms'"
}
```

## Fails

```markdown
After the switch, the checkout page became much faster and the team stopped
getting paged at night.
```

## Passes

```markdown
| Metric | Before | After |
|--------|--------|-------|
| p99 latency | 840ms | 95ms |
| Primary CPU | 92% | 31% |
```

```markdown
The checkout page dropped from 840ms to 95ms at p99.
```

```markdown
**Before**:
- Peak CPU: 95%
- Timeouts: 40 per hour

**After**:
- Peak CPU: 30%
- Timeouts: 0 per hour
```

"""#,
        "proof/companies.md": #"""
# proof/companies

Readers trust an approach once they see who already runs it. The framework's
social proof asks for three or more recognizable companies: "Twitter, GitHub
and Stripe use this" persuades where "this works well in production" does
not (Mistake 3: no social proof).

Passes when the post names at least 3 distinct companies from the built-in
list (Rules/data/companies.txt), wherever they appear; most posts name them in
the social proof section. Aliases count once ("Facebook" and "Meta"), and names
that are also ordinary words or technologies ("Apple", "Medium", "Redis") count
only with context in the same paragraph, list or table: "Apple engineers", "at
Target", or other companies beside them. "Difficulty: Medium" names no company.

## Definition

```json
{
  "id": "proof/companies",
  "severity": "error",
  "weight": 3,
  "implements": "Social Proof: 3+ Companies (recognizable names)",
  "check": "companies",
  "params": {"area": "post", "min": 3},
  "message": "The post names {count} known company(ies): name at least {min} that run this approach, with what they do, e.g. 'Shopify: 80K checkouts/min on read replicas'"
}
```

## Fails

```markdown post
# Read Replicas - Serve 9x More Reads

Your primary database is drowning in reads.

## Real-World Validation

This approach works well in production at many large companies.
```

```markdown post
# Read Replicas - Serve 9x More Reads

## Who Uses This?

- Instagram runs dozens of replicas per shard.
- Reddit sends listing pages to replicas.
```

## Passes

```markdown post
# Read Replicas - Serve 9x More Reads

## Who Uses This?

| Company | Use case | Scale |
|---------|----------|-------|
| Instagram | Feed queries | 30 replicas per shard |
| GitHub | Repository pages | replicas in 3 regions |
| Reddit | Listing pages | 10+ replicas per primary |
```

"""#,
        "proof/cost.md": #"""
# proof/cost

Engineers adopt what their managers will pay for. The framework's social
proof includes a cost analysis: what the problem costs, what the fix costs,
what it saves, so the reader can make the business case.

Passes when the post gives at least 2 money figures about cost, savings or
return: amounts in sentences (or under headings, table headers or leads) about
cost, savings, spend, ROI, losses or revenue, or rates such as `$500/month`.
Money in code does not count. The figures may sit in the problem's cost of the
status quo as well as in the proof section.

## Definition

```json
{
  "id": "proof/cost",
  "severity": "info",
  "weight": 1,
  "implements": "Social Proof: Cost Analysis (ROI or business justification)",
  "check": "money-figures",
  "params": {
    "area": "post",
    "min": 2,
    "context": ["cost", "costs", "costing", "costly", "save", "saves", "saved", "saving", "savings", "roi", "return", "spend", "spends", "spent", "spending", "bill", "billing", "budget", "price", "prices", "pricing", "priced", "pay", "paid", "paying", "revenue", "arr", "lost", "loss", "losses", "lose", "fine", "fines", "penalty", "expense", "expenses", "cheaper", "payback", "break even", "tco", "per month", "per year", "a month", "a year", "annual", "annually", "monthly", "yearly", "invoice", "charge", "charges", "charged"]
  },
  "message": "The post has {count} money figure(s) about cost: give at least {min}, e.g. 'Cost: $500/month → $800/month; prevented outages: ~$50,000/year; ROI ~14x'"
}
```

## Fails

```markdown post
# Read Replicas - Serve 9x More Reads

Adding replicas is cheap compared to the outages it prevents, and it pays
for itself quickly.
```

````markdown post
# Read Replicas - Serve 9x More Reads

The replica costs money, but look at the config:

```yaml
budget: $300
```
````

## Passes

```markdown post
# Read Replicas - Serve 9x More Reads

## Cost Analysis

- Extra replicas: $300/month
- Outages prevented: about $50,000 saved a year
- Return: roughly 14x in the first year
```

"""#,
        "proof/metrics.md": #"""
# proof/metrics

A company name alone proves little: "Discord uses this" is a rumour, "Discord
pushes 15M concurrent connections through it" is evidence. The framework's
social proof wants actual numbers behind each claim: requests per second,
cost, scale, results.

Passes when at least 2 claims in the social proof section (a paragraph, a list
item or a table row) name a known company and carry a figure with a unit.

## Definition

```json
{
  "id": "proof/metrics",
  "severity": "warning",
  "weight": 2,
  "implements": "Social Proof: Metrics (actual numbers: requests/sec, cost, scale)",
  "check": "company-metrics",
  "params": {"min": 2},
  "message": "{count} company claim(s) carry numbers ({named} name a company): back at least {min} with figures, e.g. 'Uber: 1M writes/sec across 4,000 nodes'"
}
```

## Fails

```markdown
Uber, Netflix and Airbnb all rely on this pattern for their busiest services.
It has proven itself at very large scale.
```

## Passes

```markdown
- **Uber**: 1M writes/sec across its trip store
- **Netflix**: 2 trillion events per day through the pipeline
- **Airbnb**: search latency down to 120ms at peak
```

"""#,
        "proof/migration-story.md": #"""
# proof/migration-story

A migration story lets readers picture their own path: where a team started,
what they changed, and where they ended up. The framework's social proof
closes with such a real transformation narrative.

Passes when the social proof section tells all three parts: a migration or
switch ("migrated", "switched from", "rolled out"), how things were before
("before", "previously", "used to") and how they are after ("after", "now",
"as a result").

## Definition

```json
{
  "id": "proof/migration-story",
  "severity": "info",
  "weight": 1,
  "implements": "Social Proof: Migration Story (real transformation narrative)",
  "check": "phrase-groups",
  "params": {
    "groups": [
      ["migrated", "migration", "migrating", "moved from", "moved to", "switched from", "switched to", "rewrote", "replaced", "rolled out", "transitioned", "cut over", "adopted"],
      ["before", "previously", "used to", "originally", "at first", "initially"],
      ["after", "afterwards", "now", "today", "since then", "as a result", "the result"]
    ],
    "names": ["the change", "the before", "the after"]
  },
  "message": "Social proof has no migration story (missing {missing}): tell how a team moved over, e.g. 'Before: one database at 95% CPU. Migration: 2 weeks. After: 20% CPU, zero timeouts'"
}
```

## Fails

```markdown
Many teams run this pattern in production today.
```

## Passes

```markdown
**Before**: a ticketing startup ran one database at 95% CPU during sales.

**Migration** (2 weeks): they added two read replicas and moved reads over.

**After**: CPU stays under 30% and the last sale had zero timeouts.
```

"""#,
        "quick-win/commands.md": #"""
# quick-win/commands

A quick win the reader has to translate into commands is no longer quick.
The framework asks for copy-paste-ready commands: the exact SQL, shell or
code to run, in a code block.

Passes when the quick-win section holds at least one code block.

## Definition

```json
{
  "id": "quick-win/commands",
  "severity": "warning",
  "weight": 2,
  "implements": "Quick Win: Commands (copy-paste ready)",
  "check": "count",
  "params": {"element": "code-block", "min": 1},
  "message": "The quick win has no commands to copy: add a code block with the exact commands, e.g. a ```sql block with 'CREATE INDEX idx_orders_user_id ON orders(user_id);'"
}
```

## Fails

```markdown
## Quick Win (5 Minutes)

Open your database console and add an index on the column your slowest
query filters by. Then run the query again.
```

## Passes

````markdown
## Quick Win (5 Minutes)

Index the column your slowest query filters by:

```sql
CREATE INDEX idx_orders_user_id ON orders(user_id);
```
````

"""#,
        "quick-win/time-boxed.md": #"""
# quick-win/time-boxed

A quick win is a promise of momentum: "Add your first index (5 minutes)"
gets tried today, an open-ended exercise gets bookmarked and forgotten. The
framework time-boxes the quick win at 5 to 15 minutes and says so up front.

Passes when the quick-win section states its own duration and that duration
is at most 15 minutes (the framework's formula allows up to 30; raise `max`
for that). The stated duration is the one in the section's heading, else a
"total time" or "takes N minutes" sentence, else the sum of timed steps
("Step 1 (2 minutes)"), else the first duration in the section. Minutes and
hours count; seconds count only in a heading. A range counts at its upper end.

## Definition

```json
{
  "id": "quick-win/time-boxed",
  "severity": "error",
  "weight": 3,
  "implements": "Quick Win: Time-Boxed (5-15 minutes specified)",
  "check": "time-box",
  "params": {"max": 15},
  "message": "Quick win {problem}: time-box it at {max} minutes or less and say so, e.g. '## Quick Win: Add Your First Index (5 Minutes)'"
}
```

## Fails

```markdown
## Quick Win: Add an Index

Pick your slowest query and index the column in its WHERE clause.
```

```markdown
## Quick Win: Shard Your Database (2 hours)

Split the users table across four nodes.
```

```markdown
## Hands-On: Build a Timeline Cache (20 Minutes)

Wire Redis in front of the timeline query.
```

## Passes

```markdown
## Quick Win: Add Your First Index (5 Minutes)

Pick your slowest query and index the column in its WHERE clause.
```

```markdown
## Quick Win

### Step 1: Find the slow query (2 minutes)

Sort `pg_stat_statements` by mean time.

### Step 2: Add the index (3 minutes)

Create an index on the filtered column.
```

```markdown
## Try It Now

Total time: about 10 minutes. Start the container, run the benchmark, compare.
```

"""#,
        "quick-win/verify.md": #"""
# quick-win/verify

A win the reader cannot see is not a win. The framework's quick win ends
with verification: how to confirm it worked and what the result should look
like, so the reader feels the improvement right away.

Passes when the quick-win section says how to check the result ("verify",
"confirm", "test", "run the query again") and what to expect ("expected
output", "you should see", "Result:").

## Definition

```json
{
  "id": "quick-win/verify",
  "severity": "warning",
  "weight": 2,
  "implements": "Quick Win: Verification (how to confirm it worked)",
  "check": "phrase-groups",
  "params": {
    "groups": [
      ["verify", "verification", "confirm", "check", "test", "validate", "make sure", "run", "re-run", "rerun", "execute", "query", "try", "measure", "benchmark", "compare", "observe", "watch", "inspect", "look for", "explain"],
      ["expected", "you should see", "you'll see", "you will see", "should return", "should print", "should show", "should drop", "output", "result", "results", "returns"]
    ],
    "names": ["how to check", "the expected result"]
  },
  "message": "The quick win does not show how to confirm it worked (missing {missing}): add a check and its expected result, e.g. 'Verify: run EXPLAIN ANALYZE again; expected: Index Scan, about 2ms'"
}
```

## Fails

````markdown
## Quick Win (5 Minutes)

```sql
CREATE INDEX idx_orders_user_id ON orders(user_id);
```

That's it, your query is faster now.
````

## Passes

````markdown
## Quick Win (5 Minutes)

```sql
CREATE INDEX idx_orders_user_id ON orders(user_id);
```

Verify it with `EXPLAIN ANALYZE` on the same query. Expected output:
`Index Scan using idx_orders_user_id (time=2ms)` instead of a sequential scan.
````

"""#,
        "cta/discussion.md": #"""
# cta/discussion

Comments turn a post into a conversation, and a conversation brings readers
back. The framework's call to action ends with a discussion prompt: a
specific question to the reader, with an invitation to answer.

Passes when the call-to-action section asks the reader a question ("What's
your biggest ...?") in a line that, or whose heading or lead, invites a reply:
comment, share, discuss, let us know. Interview questions, FAQ entries and
questions the post answers itself do not count.

## Definition

```json
{
  "id": "cta/discussion",
  "severity": "warning",
  "weight": 2,
  "implements": "Call to Action: Discussion Prompt (question to engage)",
  "check": "reader-question",
  "params": {
    "invite": ["comment", "comments", "comment below", "share", "discuss", "discussion", "let us know", "let me know", "tell us", "tell me in", "reply", "replies", "drop a", "leave a", "join the", "love to hear", "hear from you", "hear about", "sound off", "weigh in", "your thoughts", "share your"]
  },
  "message": "No discussion prompt: end with a question to the reader and invite answers, e.g. '**Discussion**: What's your slowest query today? Share the before/after in the comments.'"
}
```

## Fails

```markdown
## Conclusion

Indexes make reads faster and writes slower. Choose them wisely.
```

```markdown
## Questions to Ask Your Interviewer

- How does your team handle schema migrations?
- What does your on-call rotation look like?
```

## Passes

```markdown
**Discussion prompt**: What's your most impressive index speed-up? Share your
before/after times in the comments!
```

"""#,
        "cta/next-steps.md": #"""
# cta/next-steps

"Go learn more" leaves readers where they started; "1. Run the quick win on
your slowest query" gets done on Monday. The framework's call to action lists
1 to 3 concrete next actions, numbered, so the first one is obvious.

Passes when the call-to-action section has a numbered list of 1 to 3 items
under a next-steps heading or lead ("Next Steps", "What you can do Monday",
"Action items", "Your turn"). Numbered paragraphs under such a heading
("**1. Identify slow queries** (Today)") count as a numbered list.

## Definition

```json
{
  "id": "cta/next-steps",
  "severity": "warning",
  "weight": 2,
  "implements": "Call to Action: Next Steps (1-3 concrete actions)",
  "check": "lead-list",
  "params": {
    "leads": ["next steps", "next step", "what you can do", "what to do next", "what to do now", "action items", "action plan", "your next", "monday", "try it", "try this", "your turn", "get started", "start today", "do this today", "this week", "homework", "now that you", "now it's your turn", "what's next", "what next"],
    "ordered": true,
    "min": 1,
    "max": 3
  },
  "message": "Next steps: {problem}: give 1 to {max} concrete, numbered actions, e.g. '**What you can do Monday**: 1. Run EXPLAIN on your 10 slowest queries'"
}
```

## Fails

```markdown
## Conclusion

Indexes are powerful. There is a lot more to learn about them, so keep
exploring and experimenting.
```

```markdown
## Next Steps

1. Run EXPLAIN on your slowest query
2. Add one index
3. Measure again
4. Read the planner docs
5. Index every foreign key
6. Review write latency
```

## Passes

```markdown
**What you can do Monday**:

1. Run the 5-minute quick win on your slowest query
2. Check your top 10 queries with EXPLAIN
3. Index the high-cardinality columns they filter by
```

"""#,
        "cta/related.md": #"""
# cta/related

A reader who finished the post is the easiest reader to keep. The
framework's call to action points to related and next content ("Related
POCs", "Continue Learning"), so the next read is one click away.

Passes when the call-to-action section has a list (or table) under a related
heading or lead ("Related POCs", "Further Reading", "Learn More", "See also",
"References", "Continue Learning"), even when it names the posts without links,
as the framework's own template does; or a next-steps line that links to
another page or names a numbered post ("POC #42: Redis Streams"). In-page
anchors do not count, nor do exercises that point nowhere.

## Definition

```json
{
  "id": "cta/related",
  "severity": "warning",
  "weight": 2,
  "implements": "Call to Action: Related Content (links to next topics)",
  "check": "related-content",
  "params": {
    "leads": ["related", "see also", "further reading", "read next", "read more", "learn more", "continue learning", "keep learning", "keep reading", "references", "resources", "reading list", "recommended reading", "next pocs", "next posts", "next articles", "next in the series", "up next", "more posts", "more articles", "where to go next", "deeper dive", "dive deeper", "going further"],
    "next": ["next", "continue", "previous", "series", "advanced", "deeper", "follow up", "read", "learn"],
    "labels": ["poc", "part", "chapter", "lesson", "episode", "module", "article", "post", "tutorial", "day"]
  },
  "message": "No related content: end with what to read next, e.g. '## Related POCs' with '- [POC #13: Fix the N+1 Problem](/pocs/n-plus-one)'"
}
```

## Fails

```markdown
## Extend It

1. Switch the subject to FORWARD compatibility and test again.
2. Register a schema for the key as well as the value.
```

## Passes

```markdown
## Related POCs

- **POC #11: CRUD Operations** - the basics this post builds on
- **POC #13: N+1 Problem** - fix the query pattern that hides behind slow pages
```

```markdown
## Continue Learning

- **Next**: [Fix the N+1 Problem](/pocs/database-n-plus-one)
- **Advanced**: [Database Sharding](/pocs/database-sharding)
```

"""#,
        "cta/resources.md": #"""
# cta/resources

Readers who are convinced want to try it now. The framework's call to action
links the code, a live demo or the tool itself, so the next click is hands-on.

Passes when the call-to-action section links to code, a demo or a tool: a
repository, gist, sandbox or playground, a demo, the tool's docs or package
page. In-page anchors and placeholder links do not count.

## Definition

```json
{
  "id": "cta/resources",
  "severity": "info",
  "weight": 1,
  "implements": "Call to Action: Resources (links to code/demo/tools)",
  "check": "links",
  "params": {
    "match": ["github", "gitlab", "bitbucket", "gist", "codesandbox", "stackblitz", "replit", "codepen", "jsfiddle", "dbfiddle", "sqlfiddle", "playground", "sandbox", "demo", "repo", "source", "code", "tool", "download", "docs", "documentation", "npmjs", "pypi", "crates.io", "hub.docker", "example", "starter", "template"]
  },
  "message": "The call to action links no code, demo or tool: add one, e.g. '**GitHub Repo**: [Complete code examples](https://github.com/you/index-demo)'"
}
```

## Fails

```markdown
## Try It Yourself

Clone the code and run it against your own database.
```

## Passes

```markdown
## Try It Yourself

- **GitHub Repo**: [Complete code examples](https://github.com/example/index-demo)
- **Live Demo**: [Interactive comparison](https://dbfiddle.uk/abc123)
```

"""#,
        "cta/share.md": #"""
# cta/share

People share what is easy to share. The framework's call to action hands
readers pre-written shareables: a one-line result they can post, a quote
that fits in a tweet, an explicit "share it with your team".

Passes when the call-to-action section invites sharing with a ready-made line
or asks readers to pass the post on ("Share your results", "Tweet this",
"Found this useful? Share it with your team").

## Definition

```json
{
  "id": "cta/share",
  "severity": "info",
  "weight": 1,
  "implements": "Call to Action: Social Sharing (pre-written shareables)",
  "check": "phrases",
  "params": {
    "phrases": ["share this", "share it", "share your", "share with", "share the post", "tweet", "tweet this", "shareable", "shareables", "spread the word", "found this useful", "found this helpful", "pass it on", "send this to", "post it on", "tell your team"]
  },
  "message": "Nothing invites sharing: give readers a ready line, e.g. 'Share your results: \"Added one index, got 200x faster queries #PostgreSQL\"'"
}
```

## Fails

```markdown
## Conclusion

Indexes make reads faster and writes slower.
```

## Passes

```markdown
### Share Your Results

- **Twitter**: "Added one index, got 200x faster queries #PostgreSQL"
- **LinkedIn**: "Indexing case study: 15s → 0.2s page load"
```

"""#,
        "cta/takeaways.md": #"""
# cta/takeaways

Most readers skim the end before (or instead of) the middle. The framework's
call to action opens with a summary: the key takeaways as a short list, so
the one thing to remember is there in the last screen of the post.

Passes when the post's closing stretch (after its last problem, shift or
solution part) has a list or table of at least 2 items under a
takeaways heading or lead: "Key Takeaways", "What you learned", "Summary",
"Key Learnings", "Key Numbers to Remember", "TL;DR", "Conclusion". A one-line
"Remember: ..." is not a summary, nor is a takeaways list in the middle of the post.

## Definition

```json
{
  "id": "cta/takeaways",
  "severity": "warning",
  "weight": 2,
  "implements": "Call to Action: Summary (key takeaways listed)",
  "check": "lead-list",
  "params": {
    "leads": ["takeaways", "takeaway", "key learnings", "learnings", "lessons learned", "what you learned", "what you've learned", "what we learned", "what you learnt", "summary", "recap", "key points", "key numbers", "numbers to remember", "numbers to memorize", "tl dr", "tldr", "conclusion", "in conclusion", "wrap up", "wrapping up", "to sum up", "remember these"],
    "min": 2,
    "tables": true,
    "closing": true
  },
  "message": "No key-takeaways list near the end ({problem}): close with a '## Key Takeaways' list of the 3-5 points to remember"
}
```

## Fails

```markdown post
# Table Partitioning - Make Queries 50x Faster

## The Solution

Partition by month and let the planner prune.

## Next Steps

**Remember**: partition tables over 10GB that you filter by date.
```

```markdown post
# Table Partitioning - Make Queries 50x Faster

## Key Takeaways

- Pruning skips partitions you never asked for
- Monthly ranges suit time-series tables

## The Solution

Partition by month and let the planner prune.
```

## Passes

```markdown post
# Table Partitioning - Make Queries 50x Faster

## The Solution

Partition by month and let the planner prune.

## Key Takeaways

- Pruning skips partitions you never asked for
- Monthly ranges suit time-series tables
- Dropping a partition beats a slow DELETE
```

```markdown
## Key Takeaways

✅ **Fast**: reads skip 99% of the rows
✅ **Cheap**: one index, no new servers
✅ **Honest**: every write pays a little for it
```

```markdown
**What you learned**:
- Indexes skip most rows
- Composite indexes follow the leftmost-prefix rule
```

"""#,
        "seo/meta-description.md": #"""
# seo/meta-description

Search results and link previews show the meta description, not the first
paragraph. The framework asks for one that carries the hook and the promise
in at most 155 characters, so it is not cut off mid-sentence.

Passes when the front matter has a `description` (or `meta_description`,
`summary`) of 1 to 155 characters.

## Definition

```json
{
  "id": "seo/meta-description",
  "severity": "warning",
  "weight": 2,
  "implements": "SEO: Meta Description (hook + promise in 155 chars)",
  "check": "front-matter-field",
  "params": {"keys": ["description", "meta_description", "summary"], "min": 1, "max": 155},
  "message": "Meta description: {problem}: add a front-matter 'description' of at most {max} characters with the hook and the promise, e.g. 'Your queries scan every row. Add one index and make them 1000x faster in 5 minutes.'"
}
```

## Fails

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row.
```

```markdown post
---
title: Database Indexes
description: This article explains in great detail everything there is to know about database indexes, including B-trees, hash indexes, partial indexes, covering indexes and much more besides.
---

# Database Indexes - Make Queries 1000x Faster
```

## Passes

```markdown post
---
title: Database Indexes - Make Queries 1000x Faster
description: Your queries scan every row. Add one index and make them 1000x faster in 5 minutes.
---

# Database Indexes - Make Queries 1000x Faster
```

"""#,
        "seo/quotables.md": #"""
# seo/quotables

A post spreads through its lines: the sentence someone pastes into Slack or
a tweet. The framework asks for three or more quotable insights, short
statements that stand on their own.

Passes when the post has at least 3 quotable lines: block quotes, bold
one-liners (a paragraph or list item that is all bold), or lines that open
with "Remember:", "Key insight:", "Bottom line:", "Rule of thumb:". Each has at
most 40 words.

## Definition

```json
{
  "id": "seo/quotables",
  "severity": "info",
  "weight": 1,
  "implements": "SEO: Quotable Insights (3+ shareable soundbites)",
  "check": "quotables",
  "params": {"area": "post", "min": 3},
  "message": "The post has {count} quotable line(s): add at least {min} short shareable insights, e.g. a bold one-liner or '**Remember**: indexes trade write speed for read speed.'"
}
```

## Fails

```markdown post
# Database Indexes - Make Queries 1000x Faster

Indexes speed up reads. They slow down writes a little. Use them on the
columns you filter by.
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

> An index is a table of contents for your data.

**Every index speeds up reads and slows down writes.**

**Remember**: index the columns you filter by, not every column.
```

"""#,
        "seo/title-keywords.md": #"""
# seo/title-keywords

Search engines and skimming readers both look at headings. The framework asks
for the main terms in the title and in the headings: when "Partitioning"
is in the title, a section heading should say "Partitioning" too.

Passes when at least one H2 heading repeats a key term of the title (a word
of 3+ letters that is not a stop word or a number; plurals match singulars).

## Definition

```json
{
  "id": "seo/title-keywords",
  "severity": "info",
  "weight": 1,
  "implements": "SEO: Keywords (main terms in title/headings)",
  "check": "title-keywords",
  "params": {"min": 1, "level": 2},
  "message": "No H2 heading repeats the title's key terms ({terms}): use them in a section heading, e.g. '## The Solution: Table Partitioning'"
}
```

## Fails

```markdown post
# Table Partitioning - Make Queries 50x Faster

## The Problem

Every query scans 100M rows.

## The Fix

Split the table by month.
```

## Passes

```markdown post
# Table Partitioning - Make Queries 50x Faster

## The Problem

Every query scans 100M rows.

## The Solution: Partition by Month

Split the table by month.
```

"""#,
        "seo/title-length.md": #"""
# seo/title-length

Social cards and search results cut long titles, usually around 60 to 70
characters, and the cut often takes the benefit with it. The framework asks
for titles that fit each platform.

Passes when the title (the H1, and the front-matter `title` when it differs)
is at most 70 characters.

## Definition

```json
{
  "id": "seo/title-length",
  "severity": "info",
  "weight": 1,
  "implements": "SEO: Social Titles (platform-specific variants)",
  "check": "title-length",
  "params": {"max": 70},
  "message": "Title is {length} characters: keep it at most {max} so it is not cut off in search results and social cards, with the benefit first"
}
```

## Fails

```markdown post
# A Comprehensive and Detailed Guide to Database Indexes, B-Trees and Query Planning

Your queries scan every row.
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row.
```

"""#,
        "seo/visuals.md": #"""
# seo/visuals

Architecture described in prose is hard to follow and impossible to skim.
The framework asks for visual assets (Mistake 8: no visual aids): a diagram
of the data flow, the before and after, the moving parts.

Passes when the post has at least one diagram: an image, a diagram code block
(mermaid, PlantUML, Graphviz...) or an ASCII-art diagram in a code block
(box-drawing characters, `+---+` boxes, arrows on their own lines or chained
between steps such as `Client → LB → Server`). Tables and plain code do not count.

## Definition

```json
{
  "id": "seo/visuals",
  "severity": "warning",
  "weight": 2,
  "implements": "SEO: Visual Assets / Mistake 8: No Visual Aids",
  "check": "diagram",
  "params": {"area": "post", "min": 1},
  "message": "The post has no diagram: add one showing the flow or architecture, e.g. a ```mermaid block 'graph LR; App --> Cache --> DB' or an image"
}
```

## Fails

````markdown post
# Redis Pub/Sub - Real-Time Messaging

Publishers send to a channel and every subscriber gets the message.

```javascript
subscriber.on('message', (channel, message) => console.log(channel, message));
```
````

## Passes

````markdown post
# Redis Pub/Sub - Real-Time Messaging

```mermaid
graph LR
  Publisher --> Redis --> Subscriber
```
````

````markdown post
# Table Partitioning - Make Queries 50x Faster

```
Query on the whole table (100M rows)
  ↓ scan only the March partition
2M rows read
```
````

```markdown post
# Read Replicas - Serve 9x More Reads

![Primary and three replicas](replicas.png)
```

"""#,
        "journey/arc.md": #"""
# journey/arc

Readers follow a feeling as much as an argument: frustrated at the start
("this is my pain"), empowered at the end ("I can do this"). The framework's
emotional journey moves from frustration to empowerment, and the words show it.

Passes when pain language ("slow", "outage", "frustrating", "lost") outweighs
empowerment language in the opening sections (hook, problem, why-fails), and
empowerment language ("you can", "now you", "ready", "confident") outweighs
pain in the closing ones (quick win, call to action).

## Definition

```json
{
  "id": "journey/arc",
  "severity": "info",
  "weight": 1,
  "implements": "Emotional Journey: frustration to empowerment",
  "check": "emotional-arc",
  "params": {
    "pain": ["slow", "slower", "slowest", "pain", "painful", "frustrating", "frustrated", "frustration", "outage", "outages", "downtime", "crash", "crashes", "crashed", "broken", "breaks", "fail", "fails", "failed", "failing", "failure", "bug", "bugs", "lost", "lose", "losing", "timeout", "timeouts", "error", "errors", "nightmare", "hell", "struggle", "struggling", "stuck", "wasted", "waste", "expensive", "costly", "angry", "complaints", "churn", "paged", "incident", "bottleneck", "hurts", "worse", "problem", "problems"],
    "empowerment": ["you can", "you'll", "you will", "you now", "now you", "you just", "you've", "ready", "confident", "confidence", "empower", "achieve", "achieved", "master", "mastered", "unlock", "success", "win", "wins", "improvement", "improved", "faster", "easy", "simple", "start", "try it", "build", "ship", "go ahead", "next steps", "learned", "takeaways", "remember", "share"]
  },
  "message": "The emotional arc is off ({problem}): open on the reader's pain (what breaks, what it costs) and close on what they can now do ('You just made that query 225x faster. Try it on the next one.')"
}
```

## Fails

```markdown post
# Database Indexes

Indexes are a great way to achieve fast queries, and you can master them easily.

## The Solution

Add an index.

## Conclusion

Without indexes, queries fail, time out and crash under load. Outages follow.
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your dashboard is slow. Every page load times out and customers complain.

## The Problem

The query scans 10M rows: 2,500ms per request, and outages at peak.

## The Solution

Add an index on the filtered column.

## Key Takeaways

- You can make the worst query 1000x faster in 5 minutes
- You're ready to index the next one with confidence
```

"""#,
    ]
}
