// Generated from Rules/ by `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests`.
// Do not edit: edit the files under Rules/ and regenerate (a test fails while they differ).

/// The Rules/ files this module embeds, by path relative to Rules/.
enum BuiltinResources {
    static let files: [String: String] = [
        "structure/reading-time.md": #"""
# structure/reading-time

The framework's SEO guidance puts the ideal technical post at 15 to 20
minutes of reading: long enough to take a reader from the pain to working
code, short enough to finish in one sitting. A 3-minute post rarely carries
the problem, the proof and a quick win; a 45-minute one loses readers
halfway and is better split into a series.

Passes when the estimated reading time is between 10 and 25 minutes. Prose
is read at 238 words a minute and code at 80 tokens a minute, because
readers slow down on code (diagrams and long listings add up fast). A post
that runs long is pointed at the heading where it passes 25 minutes, a
natural place to split it.

## Definition

```json
{
  "id": "structure/reading-time",
  "severity": "info",
  "weight": 1,
  "implements": "SEO & Distribution: Reading Time, 15-20 minutes ideal",
  "check": "reading-time",
  "params": {"wpm": 238, "code-wpm": 80, "min": 10, "max": 25},
  "message": "Reading time is about {minutes} min ({words} prose words, {code} code words): aim for {min}-{max} minutes"
}
```

## Fails

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row. Add an index and they stop.
```

## Passes

The seed script alone is about 840 code tokens, some 10 minutes of careful reading.

````markdown post
# Customer Analytics - Seed a Realistic Dataset in 5 Minutes

You cannot tune a query on an empty table. This seed gives you 140
customers across four states and a year of sign-ups, enough for the planner
to choose between a scan and an index.

```sql
INSERT INTO customers (id, email, name, signed_up, status, lifetime_value) VALUES
  (1, 'bruno1@example.com', 'Bruno', '2024-02-02', 'trial', 341.29),
  (2, 'chen2@example.com', 'Chen', '2024-03-03', 'churned', 414.93),
  (3, 'dara3@example.com', 'Dara', '2024-04-04', 'paused', 59.19),
  (4, 'emeka4@example.com', 'Emeka', '2024-05-05', 'active', 850.78),
  (5, 'fatima5@example.com', 'Fatima', '2024-06-06', 'trial', 106.56),
  (6, 'goran6@example.com', 'Goran', '2024-07-07', 'churned', 606.17),
  (7, 'hana7@example.com', 'Hana', '2024-08-08', 'paused', 941.74),
  (8, 'ivan8@example.com', 'Ivan', '2024-09-09', 'active', 229.14),
  (9, 'jia9@example.com', 'Jia', '2024-10-10', 'trial', 98.65),
  (10, 'kofi10@example.com', 'Kofi', '2024-11-11', 'churned', 438.18),
  (11, 'lena11@example.com', 'Lena', '2024-12-12', 'paused', 256.21),
  (12, 'mateo12@example.com', 'Mateo', '2024-01-13', 'active', 574.64),
  (13, 'nadia13@example.com', 'Nadia', '2024-02-14', 'trial', 70.82),
  (14, 'omar14@example.com', 'Omar', '2024-03-15', 'churned', 136.38),
  (15, 'priya15@example.com', 'Priya', '2024-04-16', 'paused', 655.90),
  (16, 'quinn16@example.com', 'Quinn', '2024-05-17', 'active', 606.17),
  (17, 'rosa17@example.com', 'Rosa', '2024-06-18', 'trial', 600.84),
  (18, 'sven18@example.com', 'Sven', '2024-07-19', 'churned', 416.16),
  (19, 'tariq19@example.com', 'Tariq', '2024-08-20', 'paused', 236.15),
  (20, 'alice20@example.com', 'Alice', '2024-09-21', 'active', 580.27),
  (21, 'bruno21@example.com', 'Bruno', '2024-10-22', 'trial', 306.63),
  (22, 'chen22@example.com', 'Chen', '2024-11-23', 'churned', 157.79),
  (23, 'dara23@example.com', 'Dara', '2024-12-24', 'paused', 130.83),
  (24, 'emeka24@example.com', 'Emeka', '2024-01-25', 'active', 325.81),
  (25, 'fatima25@example.com', 'Fatima', '2024-02-26', 'trial', 845.97),
  (26, 'goran26@example.com', 'Goran', '2024-03-27', 'churned', 195.23),
  (27, 'hana27@example.com', 'Hana', '2024-04-01', 'paused', 605.83),
  (28, 'ivan28@example.com', 'Ivan', '2024-05-02', 'active', 664.34),
  (29, 'jia29@example.com', 'Jia', '2024-06-03', 'trial', 391.22),
  (30, 'kofi30@example.com', 'Kofi', '2024-07-04', 'churned', 570.18),
  (31, 'lena31@example.com', 'Lena', '2024-08-05', 'paused', 587.17),
  (32, 'mateo32@example.com', 'Mateo', '2024-09-06', 'active', 643.36),
  (33, 'nadia33@example.com', 'Nadia', '2024-10-07', 'trial', 518.97),
  (34, 'omar34@example.com', 'Omar', '2024-11-08', 'churned', 554.64),
  (35, 'priya35@example.com', 'Priya', '2024-12-09', 'paused', 805.50),
  (36, 'quinn36@example.com', 'Quinn', '2024-01-10', 'active', 486.84),
  (37, 'rosa37@example.com', 'Rosa', '2024-02-11', 'trial', 955.68),
  (38, 'sven38@example.com', 'Sven', '2024-03-12', 'churned', 380.48),
  (39, 'tariq39@example.com', 'Tariq', '2024-04-13', 'paused', 264.33),
  (40, 'alice40@example.com', 'Alice', '2024-05-14', 'active', 725.41),
  (41, 'bruno41@example.com', 'Bruno', '2024-06-15', 'trial', 93.83),
  (42, 'chen42@example.com', 'Chen', '2024-07-16', 'churned', 317.77),
  (43, 'dara43@example.com', 'Dara', '2024-08-17', 'paused', 516.53),
  (44, 'emeka44@example.com', 'Emeka', '2024-09-18', 'active', 756.67),
  (45, 'fatima45@example.com', 'Fatima', '2024-10-19', 'trial', 304.87),
  (46, 'goran46@example.com', 'Goran', '2024-11-20', 'churned', 84.25),
  (47, 'hana47@example.com', 'Hana', '2024-12-21', 'paused', 534.63),
  (48, 'ivan48@example.com', 'Ivan', '2024-01-22', 'active', 178.53),
  (49, 'jia49@example.com', 'Jia', '2024-02-23', 'trial', 165.72),
  (50, 'kofi50@example.com', 'Kofi', '2024-03-24', 'churned', 441.15),
  (51, 'lena51@example.com', 'Lena', '2024-04-25', 'paused', 694.19),
  (52, 'mateo52@example.com', 'Mateo', '2024-05-26', 'active', 792.81),
  (53, 'nadia53@example.com', 'Nadia', '2024-06-27', 'trial', 596.50),
  (54, 'omar54@example.com', 'Omar', '2024-07-01', 'churned', 358.98),
  (55, 'priya55@example.com', 'Priya', '2024-08-02', 'paused', 368.86),
  (56, 'quinn56@example.com', 'Quinn', '2024-09-03', 'active', 518.84),
  (57, 'rosa57@example.com', 'Rosa', '2024-10-04', 'trial', 826.68),
  (58, 'sven58@example.com', 'Sven', '2024-11-05', 'churned', 80.21),
  (59, 'tariq59@example.com', 'Tariq', '2024-12-06', 'paused', 977.44),
  (60, 'alice60@example.com', 'Alice', '2024-01-07', 'active', 495.99),
  (61, 'bruno61@example.com', 'Bruno', '2024-02-08', 'trial', 690.18),
  (62, 'chen62@example.com', 'Chen', '2024-03-09', 'churned', 72.99),
  (63, 'dara63@example.com', 'Dara', '2024-04-10', 'paused', 327.92),
  (64, 'emeka64@example.com', 'Emeka', '2024-05-11', 'active', 601.97),
  (65, 'fatima65@example.com', 'Fatima', '2024-06-12', 'trial', 851.67),
  (66, 'goran66@example.com', 'Goran', '2024-07-13', 'churned', 301.59),
  (67, 'hana67@example.com', 'Hana', '2024-08-14', 'paused', 918.95),
  (68, 'ivan68@example.com', 'Ivan', '2024-09-15', 'active', 365.12),
  (69, 'jia69@example.com', 'Jia', '2024-10-16', 'trial', 973.69),
  (70, 'kofi70@example.com', 'Kofi', '2024-11-17', 'churned', 373.31),
  (71, 'lena71@example.com', 'Lena', '2024-12-18', 'paused', 635.24),
  (72, 'mateo72@example.com', 'Mateo', '2024-01-19', 'active', 515.17),
  (73, 'nadia73@example.com', 'Nadia', '2024-02-20', 'trial', 233.46),
  (74, 'omar74@example.com', 'Omar', '2024-03-21', 'churned', 142.41),
  (75, 'priya75@example.com', 'Priya', '2024-04-22', 'paused', 417.60),
  (76, 'quinn76@example.com', 'Quinn', '2024-05-23', 'active', 948.73),
  (77, 'rosa77@example.com', 'Rosa', '2024-06-24', 'trial', 92.31),
  (78, 'sven78@example.com', 'Sven', '2024-07-25', 'churned', 469.61),
  (79, 'tariq79@example.com', 'Tariq', '2024-08-26', 'paused', 572.45),
  (80, 'alice80@example.com', 'Alice', '2024-09-27', 'active', 914.27),
  (81, 'bruno81@example.com', 'Bruno', '2024-10-01', 'trial', 848.65),
  (82, 'chen82@example.com', 'Chen', '2024-11-02', 'churned', 894.80),
  (83, 'dara83@example.com', 'Dara', '2024-12-03', 'paused', 295.63),
  (84, 'emeka84@example.com', 'Emeka', '2024-01-04', 'active', 377.97),
  (85, 'fatima85@example.com', 'Fatima', '2024-02-05', 'trial', 915.58),
  (86, 'goran86@example.com', 'Goran', '2024-03-06', 'churned', 990.39),
  (87, 'hana87@example.com', 'Hana', '2024-04-07', 'paused', 164.20),
  (88, 'ivan88@example.com', 'Ivan', '2024-05-08', 'active', 190.29),
  (89, 'jia89@example.com', 'Jia', '2024-06-09', 'trial', 247.94),
  (90, 'kofi90@example.com', 'Kofi', '2024-07-10', 'churned', 248.11),
  (91, 'lena91@example.com', 'Lena', '2024-08-11', 'paused', 506.85),
  (92, 'mateo92@example.com', 'Mateo', '2024-09-12', 'active', 196.43),
  (93, 'nadia93@example.com', 'Nadia', '2024-10-13', 'trial', 298.10),
  (94, 'omar94@example.com', 'Omar', '2024-11-14', 'churned', 159.63),
  (95, 'priya95@example.com', 'Priya', '2024-12-15', 'paused', 557.57),
  (96, 'quinn96@example.com', 'Quinn', '2024-01-16', 'active', 634.82),
  (97, 'rosa97@example.com', 'Rosa', '2024-02-17', 'trial', 336.26),
  (98, 'sven98@example.com', 'Sven', '2024-03-18', 'churned', 717.75),
  (99, 'tariq99@example.com', 'Tariq', '2024-04-19', 'paused', 983.89),
  (100, 'alice100@example.com', 'Alice', '2024-05-20', 'active', 680.96),
  (101, 'bruno101@example.com', 'Bruno', '2024-06-21', 'trial', 767.16),
  (102, 'chen102@example.com', 'Chen', '2024-07-22', 'churned', 477.97),
  (103, 'dara103@example.com', 'Dara', '2024-08-23', 'paused', 827.81),
  (104, 'emeka104@example.com', 'Emeka', '2024-09-24', 'active', 411.60),
  (105, 'fatima105@example.com', 'Fatima', '2024-10-25', 'trial', 418.60),
  (106, 'goran106@example.com', 'Goran', '2024-11-26', 'churned', 116.71),
  (107, 'hana107@example.com', 'Hana', '2024-12-27', 'paused', 659.61),
  (108, 'ivan108@example.com', 'Ivan', '2024-01-01', 'active', 73.34),
  (109, 'jia109@example.com', 'Jia', '2024-02-02', 'trial', 78.36),
  (110, 'kofi110@example.com', 'Kofi', '2024-03-03', 'churned', 461.30),
  (111, 'lena111@example.com', 'Lena', '2024-04-04', 'paused', 122.53),
  (112, 'mateo112@example.com', 'Mateo', '2024-05-05', 'active', 625.16),
  (113, 'nadia113@example.com', 'Nadia', '2024-06-06', 'trial', 114.10),
  (114, 'omar114@example.com', 'Omar', '2024-07-07', 'churned', 590.29),
  (115, 'priya115@example.com', 'Priya', '2024-08-08', 'paused', 559.22),
  (116, 'quinn116@example.com', 'Quinn', '2024-09-09', 'active', 981.56),
  (117, 'rosa117@example.com', 'Rosa', '2024-10-10', 'trial', 638.13),
  (118, 'sven118@example.com', 'Sven', '2024-11-11', 'churned', 82.36),
  (119, 'tariq119@example.com', 'Tariq', '2024-12-12', 'paused', 638.58),
  (120, 'alice120@example.com', 'Alice', '2024-01-13', 'active', 162.91),
  (121, 'bruno121@example.com', 'Bruno', '2024-02-14', 'trial', 268.54),
  (122, 'chen122@example.com', 'Chen', '2024-03-15', 'churned', 626.56),
  (123, 'dara123@example.com', 'Dara', '2024-04-16', 'paused', 495.25),
  (124, 'emeka124@example.com', 'Emeka', '2024-05-17', 'active', 128.72),
  (125, 'fatima125@example.com', 'Fatima', '2024-06-18', 'trial', 487.71),
  (126, 'goran126@example.com', 'Goran', '2024-07-19', 'churned', 505.49),
  (127, 'hana127@example.com', 'Hana', '2024-08-20', 'paused', 97.28),
  (128, 'ivan128@example.com', 'Ivan', '2024-09-21', 'active', 114.53),
  (129, 'jia129@example.com', 'Jia', '2024-10-22', 'trial', 768.43),
  (130, 'kofi130@example.com', 'Kofi', '2024-11-23', 'churned', 500.98),
  (131, 'lena131@example.com', 'Lena', '2024-12-24', 'paused', 175.76),
  (132, 'mateo132@example.com', 'Mateo', '2024-01-25', 'active', 33.36),
  (133, 'nadia133@example.com', 'Nadia', '2024-02-26', 'trial', 983.77),
  (134, 'omar134@example.com', 'Omar', '2024-03-27', 'churned', 380.28),
  (135, 'priya135@example.com', 'Priya', '2024-04-01', 'paused', 716.79),
  (136, 'quinn136@example.com', 'Quinn', '2024-05-02', 'active', 946.13),
  (137, 'rosa137@example.com', 'Rosa', '2024-06-03', 'trial', 786.77),
  (138, 'sven138@example.com', 'Sven', '2024-07-04', 'churned', 315.92),
  (139, 'tariq139@example.com', 'Tariq', '2024-08-05', 'paused', 894.21),
  (140, 'alice140@example.com', 'Alice', '2024-09-06', 'active', 722.43);
```

Run it, then `ANALYZE customers;` so the planner sees the new statistics.
````

"""#,
        "structure/section-balance.md": #"""
# structure/section-balance

The framework budgets a reader's attention: 30 seconds of hook, 2 minutes
of problem, 2 of why obvious solutions fail, 1 of paradigm shift, 5 of
solution, 1 each of social proof and quick win, 30 seconds of call to
action. A hook that runs for pages, or a solution squeezed into a paragraph
after a long problem, breaks the pace the structure is built on.

Passes when every section the post has takes between a quarter and three
times its share of the post's reading time. Shares are the budgets of the
sections present, so a post without a paradigm shift is not penalised twice
(`structure/sections-present` reports that). Each section out of balance is
reported at its start.

## Definition

```json
{
  "id": "structure/section-balance",
  "severity": "info",
  "weight": 1,
  "implements": "The 8-Section Structure: section time budgets (30 s, 2 min, 2 min, 1 min, 5 min, 1 min, 1 min, 30 s)",
  "check": "section-balance",
  "params": {"hook": 30, "problem": 120, "why-fails": 120, "shift": 60, "solution": 300, "proof": 60,
             "quick-win": 60, "cta": 30, "over": 3, "under": 0.25},
  "message": "Section out of proportion ({count} in all)"
}
```

## Fails

```markdown post
# Database Indexes - Make Queries 1000x Faster

Databases have existed for decades, and over those decades engineers have
argued about storage engines, normal forms, query planners, cost models,
vacuum settings, page sizes, fill factors, buffer pools and the merits of
every kind of tree. Before we get anywhere near your slow query, it is worth
walking through that history in some detail, because each era left behind
habits that still shape how teams design tables today, and those habits are
the reason so many queries end up scanning everything they touch.

## The Problem

Your dashboard query scans 10M rows and takes 12 seconds.

## The Solution

Add an index on the column you filter by.
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row.

## The Problem

Your dashboard query scans 10M rows and takes 12 seconds, and it runs 500
times a second at peak.

## The Solution

Find the column the query filters on and index it. Check the plan with
EXPLAIN ANALYZE before and after: the sequential scan over ten million rows
turns into an index lookup that reads a handful of pages, and the query
drops from 12 seconds to about 2 milliseconds on the same hardware. Keep
the index narrow, and drop the ones nothing uses.
```

"""#,
        "structure/section-order.md": #"""
# structure/section-order

Mistake 1 of the framework is starting with the solution: "Here's how to
use transactions" followed by code, before the reader feels the pain it
cures. The order of the sections is the emotional journey, so the hook comes
first, the problem before the solution, and the call to action last.

Passes when the first section is the hook, the problem comes before any
solution part and before any code, and the post ends with the call to
action: no other framework section follows its last part (material the
classifier cannot place, such as an FAQ or a glossary, may). Each part out
of order is reported at its heading.

## Definition

```json
{
  "id": "structure/section-order",
  "severity": "warning",
  "weight": 2,
  "implements": "Mistake 1: Starting with Solution (hook with pain before presenting cure)",
  "check": "section-order",
  "params": {"ignore-languages": ["mermaid", "text", "txt", "plaintext", "plain", "ascii", "diagram"]},
  "message": "Section out of order ({count} in all)"
}
```

## Fails

````markdown post
# Database Transactions - Prevent $10M in Lost Money

Your transfers lose money when two requests race.

## The Solution: Wrap It in a Transaction

```sql
BEGIN;
UPDATE accounts SET balance = balance - 500 WHERE id = 1;
COMMIT;
```

## The Problem

Two withdrawals read the same $1,000 balance at once and both succeed.
````

````markdown post
# Database Transactions - Prevent $10M in Lost Money

Here's how to use transactions:

```sql
BEGIN;
UPDATE accounts SET balance = balance - 500 WHERE id = 1;
COMMIT;
```

## The Problem

Two withdrawals read the same $1,000 balance at once and both succeed.
````

````markdown post
# Database Transactions - Prevent $10M in Lost Money

Your transfers lose money when two requests race.

## The Problem

Two withdrawals read the same $1,000 balance at once and both succeed.

## Key Takeaways

- Wrap read-then-write in one transaction.

## Real-World Validation

Stripe, Uber and PayPal run payments inside transactions.
````

## Passes

````markdown post
# Database Transactions - Prevent $10M in Lost Money

Your transfers lose money when two requests race.

## The Problem

Two withdrawals read the same $1,000 balance at once and both succeed.

## The Solution: Wrap It in a Transaction

```sql
BEGIN;
UPDATE accounts SET balance = balance - 500 WHERE id = 1;
COMMIT;
```

## Key Takeaways

- Wrap read-then-write in one transaction.
````

"""#,
        "structure/sections-present.md": #"""
# structure/sections-present

The framework's 8-section structure is the reader's path from "this is my
pain" to "I can do this": hook, problem, why obvious solutions fail, the
paradigm shift, the solution, social proof, a quick win and a call to
action. A post without one of them skips a step of that path; without the
problem, for instance, the solution answers a question nobody asked.

Passes when the section classifier finds all 8 sections. The report groups
every "section missing" failure under this one finding: each missing
section is listed where it belongs in the post, with what to add. Rules of a
missing section (say `proof/companies`) fail with it.

## Definition

```json
{
  "id": "structure/sections-present",
  "severity": "error",
  "weight": 3,
  "implements": "The 8-Section Structure: hook, problem, why solutions fail, paradigm shift, solution, social proof, quick win, call to action",
  "check": "sections-present",
  "params": {"sections": ["hook", "problem", "why-fails", "shift", "solution", "proof", "quick-win", "cta"]},
  "message": "{count} of {total} framework sections missing"
}
```

## Fails

````markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row.

## The Solution

```sql
CREATE INDEX idx_users_email ON users(email);
```
````

## Passes

````markdown post
# Database Indexes - Make Queries 1000x Faster

If you've ever waited 30 seconds for a query, this is for you.

## The Problem

Your dashboard query scans 10M rows and takes 12,450ms, 500 times a second.

## Why Obvious Solutions Fail

### "Just add caching!"

The cache goes stale and the first request still takes 12 seconds.

## The Paradigm Shift

Old model: scan the data. New model: look it up. Think of a book index.

## The Solution

```sql
CREATE INDEX idx_users_email ON users(email);
```

## Real-World Validation

Twitter, GitHub and Shopify index their hottest lookups.

## Quick Win: Add Your First Index (5 Minutes)

Run `EXPLAIN ANALYZE` on your slowest query, add the index, run it again.

## Key Takeaways

- Indexes turn scans into lookups.
````

"""#,
        "hook/direct-address.md": #"""
# hook/direct-address

A hook works when readers recognise themselves in it within three
sentences. "If you've ever waited 30 seconds for a query" pulls a reader in;
"This article describes B-tree indexes" keeps them at arm's length. The
framework's hook speaks to the reader directly, and the checklist asks for it
in the first three sentences.

Passes when one of the first 3 sentences of body text after the title uses
"you" or "your" (also you're, you'll, you've, yourself). Headings, tables,
code and metadata lines such as "Difficulty: Intermediate" or "Time: 20
minutes" are not body sentences and are skipped; a line labelled with a
company ("- **Stripe**: prevents duplicate charges") is an entry about that
company, and counts as a sentence.

## Definition

```json
{
  "id": "hook/direct-address",
  "severity": "warning",
  "weight": 2,
  "implements": "Hook: captures attention in the first 3 sentences, addressing the reader",
  "check": "first-sentences-phrases",
  "params": {
    "phrases": ["you", "your", "yours", "you're", "you'll", "you've", "you'd", "yourself", "yourselves"],
    "sentences": 3,
    "area": "post"
  },
  "message": "None of the first {sentences} sentences speaks to the reader: open with 'you' or 'your', e.g. 'If you've ever waited 30 seconds for a query...' (first sentence: {first})"
}
```

## Fails

```markdown post
# Connection Pooling

**Difficulty**: Intermediate
**Time**: 20 minutes

Connection pooling reuses database connections. It is a common technique.
Pools are configured with a maximum size. Later, we cover timeouts and you
will tune them.
```

```markdown post
# Rate Limiting

## What You'll Learn

A demonstration of token buckets:
- Token bucket basics
- Sliding windows
```

Entries led by a company are sentences the reader reads, not metadata, so
the "you" after them comes too late:

```markdown post
# Distributed Locks with Redis

## Why This Matters
- **Stripe**: prevents duplicate payment charges
- **Uber**: prevents double-booking the same driver
- **Airbnb**: prevents double-booking the same home

Without a lock, you get race conditions that cost money.
```

## Passes

```markdown post
# Connection Pooling - Serve 10x More Requests

**Difficulty**: Intermediate
**Time**: 20 minutes

Every request opens a new connection. Your database spends 40ms on each
handshake before it runs a single query.
```

```markdown post
# Rate Limiting

## What You'll Learn

Token buckets smooth bursts of traffic. You can cap an API at 100 requests
per second without rejecting a single honest client.
```

"""#,
        "hook/promise.md": #"""
# hook/promise

A reader keeps going when they know what they will walk away with. The
framework's hook ends in a promise ("Let's fix your slow queries"; "What
You'll Build: a rate limiter that handles 10K requests per second") so that
the rest of the post reads as the way to get it.

Passes when the hook says what the reader gets or will do: "What You'll
Build", "you'll learn", "by the end", "Let's fix", "in this post you will"...
Headings in the hook count, so an opening "## What You'll Build" section
fulfils it.

## Definition

```json
{
  "id": "hook/promise",
  "severity": "warning",
  "weight": 2,
  "implements": "Title & Hook: Promise, clear what the reader will achieve",
  "check": "phrases",
  "params": {
    "phrases": ["what you'll build", "what you will build", "what you'll learn", "what you will learn",
                "what you'll get", "you'll build", "you will build", "you'll learn", "you will learn",
                "you'll be able to", "you will be able to", "you'll have", "you will have", "you'll know",
                "you'll see how", "you will see how", "you'll walk away", "by the end", "let's fix", "let's build",
                "let's make", "let's cut", "let's speed up", "we'll build", "we will build", "this article is for you",
                "this post is for you", "this guide shows", "this post shows", "in this post you", "in this article you",
                "in this guide you", "you'll fix", "you'll cut", "you'll go from", "learn how to", "the solution",
                "time to fix", "what you get"],
    "area": "section"
  },
  "message": "The hook makes no promise: say what the reader will achieve, e.g. '## What You'll Build' or 'Let's cut this query to 2ms.'"
}
```

## Fails

```markdown
# Database Indexes

This article explains how database indexes work and how they are stored.
```

## Passes

```markdown
# Database Indexes - Make Queries 1000x Faster

If you've ever waited 30 seconds for a query, this article is for you.
Let's fix your slow queries.
```

```markdown post
# Rate Limiting - Survive 10x Traffic Spikes

## What You'll Build

A token-bucket limiter that holds an API at 1,000 requests per second.
```

"""#,
        "hook/time-commitment.md": #"""
# hook/time-commitment

Readers decide in seconds whether they have time for a post. Stating the
commitment up front ("Time: 25 minutes", "a 12-minute read") lets them start
now or bookmark it, and tells them the promise is within reach. The
framework's hook pairs the target audience with the time it takes.

Passes when the post states how long it takes the reader, anywhere in its
prose: a labelled duration ("Time: 20 minutes", "Reading time: 15 min", "Time
to complete: ~30 minutes", "⏱️ 10 min"), a sentence that times the reader's
task ("This walkthrough takes about 20 minutes", "Each pass takes 10 minutes",
"a 12-minute read"), or a
bare duration listed under a "Prerequisites" heading, or a front-matter
`reading_time` (or `readTime`, `duration`...) that the site shows as "18 min read". Durations of queries or
outages do not count, and neither do headings such as "Quick Win (5 Minutes)",
which time one step rather than the post.

## Definition

```json
{
  "id": "hook/time-commitment",
  "severity": "warning",
  "weight": 2,
  "implements": "Title & Hook: Target Audience and time commitment",
  "check": "stated-duration",
  "params": {
    "labels": ["time", "reading time", "read time", "scan time", "total time", "estimated time", "est time",
               "time required", "time needed", "time commitment", "time investment", "duration", "effort",
               "time to complete", "time to implement", "time to build", "time to read", "time to fix",
               "time to finish", "time to learn", "time to set up", "completion time", "estimated duration"],
    "symbols": ["⏱", "⏲", "⌛", "⏳", "🕐"],
    "verbs": ["takes", "take", "taking", "lasts", "requires", "needs"],
    "subjects": ["tutorial", "guide", "walkthrough", "lab", "exercise", "article", "post", "poc", "pass",
                 "workshop", "course", "demo", "lesson", "module"],
    "read-nouns": ["read"],
    "front-matter-keys": ["reading_time", "readingTime", "reading-time", "readTime", "read_time", "time",
                          "duration", "estimated_time", "time_to_complete", "timeToComplete"],
    "list-headings": ["prerequisites", "requirements", "what you need", "what you'll need", "before you start",
                      "before you begin", "time"],
    "area": "post"
  },
  "message": "The post never says how long it takes: state it near the top, e.g. '**Time**: 25 minutes | **Level**: Intermediate'"
}
```

## Fails

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row. The slowest one takes 12 seconds and runs
500 times a minute.

## Quick Win (5 Minutes)

Add one index and measure again.
```

```markdown post
# Cache Stampedes

You spend 2 hours a week on this outage. The cache refreshes every 15
minutes, and rebuilding it takes 40 minutes.

- **Detection time**: 45 minutes
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

**Time**: 25 minutes | **Difficulty**: Intermediate

Your queries scan every row.
```

```markdown post
# Database Indexes

This walkthrough takes about 20 minutes, and you need only psql.

Your queries scan every row.
```

```markdown post
---
title: Write-Ahead Logging
reading_time: "18 min"
---

# Write-Ahead Logging

Your database survives a crash because it wrote the change twice.
```

```markdown post
# Schema Evolution

## Prerequisites

- Docker installed
- 10-15 minutes
```

"""#,
        "hook/title-benefit.md": #"""
# hook/title-benefit

"Database Indexes" names a topic; "Database Indexes - Make Queries 1000x
Faster" makes a claim a reader can want. The framework's provocative title
carries a bold claim or promise: an outcome, an action the reader takes, or
the pain it removes.

Passes when the title (the first H1) states an outcome or claim: an action
verb for the result ("Make", "Fix", "Cut", "Prevent", "Eliminate", "Scale"),
a comparative outcome ("faster", "cheaper", "zero downtime"), or the reader's
stake ("Why Your Cache Is Slow"), or a figure that is a claim in itself
("The 67x Performance Multiplier", "95% Less Memory", "in 15 Minutes").
Usually it reads "Topic - Benefit". Without an H1, the front-matter `title`
is read.

## Definition

```json
{
  "id": "hook/title-benefit",
  "severity": "warning",
  "weight": 2,
  "implements": "Title & Hook: Provocative Title, contains bold claim or promise",
  "check": "title-claim",
  "params": {
    "phrases": ["make", "makes", "making", "fix", "fixes", "fixing", "cut", "cuts", "cutting", "eliminate",
                "eliminates", "prevent", "prevents", "preventing", "stop", "stops", "avoid", "avoids", "reduce",
                "reduces", "save", "saves", "speed up", "speeds up", "boost", "boosts", "double", "triple", "halve",
                "slash", "shrink", "scale", "scales", "scaling to", "survive", "survives", "handle", "handles",
                "handling", "serve", "serves", "beat", "kill", "ship", "unlock", "master", "build", "building",
                "never", "stop losing", "without", "zero", "instant", "instantly", "faster", "cheaper", "safer",
                "smaller", "fewer", "less", "lower", "higher", "reliable", "bulletproof", "you", "your",
                "you're", "in minutes", "in seconds", "at scale", "before users", "before they", "before it"],
    "categories": ["factor", "percent", "money", "time"],
    "area": "title"
  },
  "message": "The title names a topic, not a benefit: add the outcome, e.g. 'Database Indexes - Make Queries 1000x Faster'"
}
```

## Fails

```markdown post
# Database Indexes

Indexes are data structures.
```

```markdown post
# POC #41: Redis Pub/Sub Patterns

Pub/Sub delivers messages to subscribers.
```

## Passes

```markdown post
# Database Indexes - Make Queries 1000x Faster

Your queries scan every row.
```

```markdown post
# Composite Indexes - The 67x Multiplier

Your query reads one index instead of two.
```

```markdown post
# Prevent Double Charges with Idempotency Keys

Your payment API retries.
```

"""#,
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
        "problem/code.md": #"""
# problem/code

Developers trust code more than descriptions. A problem shown as the
query or loop they wrote last week ("for each user, SELECT posts...") is
recognised at once; a problem described in prose is easy to think "not me"
about. The framework's problem section carries the actual code with the bug.

Passes when the problem section holds a code block of real code or
commands: any tagged block except diagrams and plain text (`mermaid`,
`text`...), or an untagged block that reads as code (calls, statements,
assignments, shell prompts, SQL) rather than an event log or ASCII figure.

## Definition

```json
{
  "id": "problem/code",
  "severity": "warning",
  "weight": 2,
  "implements": "Problem Section: Code Showing Problem, actual code with bug/issue",
  "check": "code-blocks",
  "params": {
    "min": 1,
    "ignore-languages": ["mermaid", "text", "txt", "plaintext", "plain", "ascii", "diagram", "dot", "plantuml"],
    "untagged": "code-like"
  },
  "message": "The problem has no code: show the code or command that causes it, e.g. the N+1 loop with its query count in a comment"
}
```

## Fails

````markdown
Loading the dashboard runs one query per user and takes 12 seconds.

```mermaid
graph LR
    A[Dashboard] --> B[(users)]
```
````

````markdown
The incident unfolded in seconds:

```
09:30:00.001 order A arrives
09:30:00.002 order B arrives
09:30:00.004 both fill against the same 100 shares
```
````

## Passes

````markdown
Loading the dashboard runs one query per user:

```javascript
for (const user of users) {
  user.posts = await db.query('SELECT * FROM posts WHERE user_id = $1', [user.id]);
}
// 1 + 100 queries, 1,100ms
```
````

"""#,
        "problem/quantified.md": #"""
# problem/quantified

"Slow queries hurt" gets a nod; "2,500ms per page load, 40% of users leave"
gets action. The framework's second element is a quantified pain: the
problem section should put numbers with units on the cost.

Passes when the problem section holds at least 3 quantities with units
(times, sizes, rates, money, percentages, multipliers). Figures under
requirement and estimate headings ("Non-Functional Requirements",
"Back-of-Envelope Estimates", "Capacity Estimation") do not count: they are
the load a design must carry, not what the problem costs. Figures in code
count where a reader reads them as text: every line of a plain-text block
(a load summary such as "CPU: 95%") or a diagram (a mermaid label, "p99:
100ms -> 5000ms", is drawn for the reader), and the comments of any other block,
as in the framework's own example (`-- Execution time: 12,450ms`).

## Definition

```json
{
  "id": "problem/quantified",
  "severity": "error",
  "weight": 3,
  "implements": "Problem: Quantified Impact",
  "check": "quantities",
  "params": {
    "min": 3,
    "skip-headings": ["requirements", "requirement", "estimates", "estimate", "estimation", "estimations",
                      "capacity", "back of envelope", "back of the envelope", "assumptions", "constraints", "sla", "slos",
                      "targets"],
    "code-figures": true
  },
  "message": "The problem has {count} number(s) with units: give at least {min}, e.g. '2,500ms per query', '$10K lost', '40% of users'"
}
```

## Fails

```markdown
Slow queries frustrate users and cost money. As data grows, things get worse.
```

```markdown
## Non-Functional Requirements

- Search results in under 200ms at P99
- 10,000 searches per second at peak
- 99.99% availability
```

A figure inside the code itself is no comment, so it does not count:

````markdown
```sql
SELECT * FROM orders WHERE created_at > now() - interval '30 days' LIMIT 100;
```
````

## Passes

Figures in the comments of the query that shows the pain:

````markdown
```sql
SELECT * FROM users WHERE email = 'ana@example.com';
-- Execution time: 12,450ms
-- Rows scanned: 10M
-- CPU: 95% during the scan
```
````

```markdown
Each page load runs 101 queries and takes 2,500ms. At 10,000 users per hour,
the database spends 70% of its CPU on it.
```

Figures drawn in a diagram's labels, which the reader sees rendered:

````markdown
```mermaid
graph LR
    Deploy[Stop all, start all<br/>100% of users hit at once] --> Rollback[Rollback takes 30 minutes]
    Rollback --> Cost[$40K lost per bad deploy]
```
````

"""#,
        "problem/scale.md": #"""
# problem/scale

A problem that costs 110ms today is easy to shrug off; the same problem
at 1,000 users costing 10 seconds is not. The framework asks the problem
section to show how the pain grows ("Scale this: 100 users? 1 second. 1000
users? 10 seconds.") so the reader sees where they are headed.

Passes when the problem section puts one count or rate at two or more
orders of magnitude (10 users and 1,000 users; 50 requests/sec and 5,000
requests/sec), or says in words how it grows ("at scale", "scale this", "as
traffic grows", "gets worse"). Sizes, money, times, percentages and factors
alone do not count: almost every technical text mixes milliseconds and
seconds, or bytes and gigabytes, without showing growth.

## Definition

```json
{
  "id": "problem/scale",
  "severity": "info",
  "weight": 1,
  "implements": "Problem Section: Scale, shows how problem gets worse",
  "check": "magnitude-spread",
  "params": {
    "magnitudes": 2,
    "phrases": ["at scale", "scale this", "at 10x", "at 100x", "10x the traffic", "10x more", "as traffic grows",
                "as data grows", "as your data grows", "as the table grows", "as you grow", "as users grow",
                "as load grows", "gets worse", "get worse", "getting worse", "grows linearly", "grows exponentially",
                "grows quadratically", "exponentially", "quadratically", "snowballs", "compounds", "multiply that",
                "multiplied by", "times more", "and it only grows", "scales linearly", "at peak"],
    "categories": ["count", "rate"]
  },
  "message": "The problem does not show how it grows: scale it, e.g. '100 users: 101 queries, 1 second. 10,000 users: 10,001 queries, timeout.'"
}
```

## Fails

```markdown
Each page load runs 11 queries and takes 110ms.
```

## Passes

```markdown
With 10 users the page runs 11 queries. With 1,000 users it runs 1,001
queries and times out.
```

```markdown
It takes 110ms today. At scale, the same loop locks up the database.
```

"""#,
        "problem/scenario.md": #"""
# problem/scenario

"Queries can be slow" is abstract; "You're debugging why the dashboard
loads in 15 seconds" is a moment the reader has lived. The framework's
problem opens with a specific scenario: a real situation, a dated story or
an incident, not a general statement.

Passes when the problem section sets a concrete scene: a scenario cue
("Scenario:", "Imagine", "You're running...", "Last week", "got paged",
"what happened"), a
dated story ("March 2019: a fintech startup..."), or a time of day ("At 3
AM, the pager fires").

## Definition

```json
{
  "id": "problem/scenario",
  "severity": "warning",
  "weight": 2,
  "implements": "Problem Section: Specific Scenario, real-world example, not abstract",
  "check": "scenario",
  "params": {
    "phrases": ["scenario", "scenarios", "imagine", "picture this", "let's say", "say you", "suppose",
                "you're running", "you're building", "you're debugging", "you're on call", "you're the",
                "you run", "you build", "you deploy", "you ship", "you've just", "you just", "your startup",
                "last week", "last month", "last year", "last night", "yesterday", "one morning", "one night",
                "one day", "on black friday", "woke up", "got paged", "gets paged", "the pager", "postmortem",
                "post mortem", "war story", "true story", "real story", "case study", "what happened",
                "here's what happens", "here's what happened", "the incident", "an incident"],
    "dates": true
  },
  "message": "The problem is abstract: open it with a concrete scene, e.g. 'Scenario: you're debugging why the dashboard takes 15 seconds to load.'"
}
```

## Fails

```markdown
Database queries can be slow without proper indexing. Slow queries hurt
performance and frustrate users.
```

## Passes

```markdown
**Scenario**: the user dashboard takes 15 seconds to load. The logs show
a single query taking 12 of them.
```

```markdown
**March 2019**: a payments startup found two ATMs could withdraw the same
$500 at once.
```

"""#,
        "problem/use-cases.md": #"""
# problem/use-cases

One scenario can look like an edge case; three show a pattern the reader
will meet. The framework lists where the problem occurs ("This happens in:
banking, e-commerce, payments, booking systems") so every reader finds their
own system in it.

Passes when the post enumerates at least 3 distinct scenarios where the
problem occurs, introduced as such:

- a list after a cue ("Use cases:", "This happens in:", "When you need
  this:", "Good fit:", "Real-World Disasters", or a lead-in ending "...in:");
- a table with a "Problem", "Scenario" or "Incident" column and 3 rows (a
  "Use case" column in a comparison of options says where each option fits,
  not where the problem occurs, so it does not count);
- a plain-text block with a cued line and 3 bullet or tree lines;
- 3 dated incidents in one part ("### Knight Capital (2012)", "**Slack (2020):**");
  an entry spanning years ("Generation 1 (1997-2012)") is an era, not an incident;
- a table of 3 named companies with a "Use case" or "Challenge" column
  ("| Stripe | Payment refunds |"): where real systems meet the problem;
- 3 entries in one part led by a bold "Challenge:" label, one
  per company or system ("- **Challenge**: 100M posts a day");
- a heading naming cases ("## Common Use Cases", "## Failure Scenarios")
  whose part holds 3 sub-headings, one case each ("### 1. E-Commerce");
  "Why This Happens" heads causes and "Where This Appears" where a
  technique is used, so those do not count.

A list of features, conditions or steps does not count: the lead-in has to
say these are cases or places.

## Definition

```json
{
  "id": "problem/use-cases",
  "severity": "warning",
  "weight": 2,
  "implements": "Problem Section: Multiple Use Cases, 3+ scenarios where problem occurs",
  "check": "cued-list",
  "params": {
    "cues": ["use cases", "use case", "scenarios", "good fit", "great fit", "good fits", "this happens", "happens in",
             "happens when", "happens everywhere", "occurs in", "occurs when", "shows up in", "shows up", "you'll see this",
             "you will see this", "common in", "where this", "where it hits", "where it bites", "real world disasters",
             "disasters", "incidents", "outages", "war stories", "affected systems", "who hits this", "who faces this",
             "also happens", "same problem", "same bug", "when you need this", "you need this when"],
    "lead-endings": ["in", "across", "inside"],
    "columns": ["problem", "problems", "scenario", "scenarios", "incident", "incidents", "where it happens"],
    "company-columns": ["use case", "use cases", "challenge", "challenges"],
    "labels": ["challenge", "challenges", "the challenge", "pain point"],
    "heading-cues": ["use cases", "use case", "scenarios", "failure scenarios", "real world disasters", "disasters",
                     "incidents", "outages", "war stories", "happens in", "occurs in", "shows up in", "common in",
                     "affected systems"],
    "dated-entries": true,
    "min": 3,
    "area": "post"
  },
  "message": "The problem shows no range of cases: list 3+ places it occurs, e.g. 'This happens in: checkout (double charges), inventory (overselling), booking (double bookings)'"
}
```

## Fails

```markdown post
# Race Conditions

## The Problem

Two requests read the same balance at once.

## When to Use Locks

- Writes are rare
- Rows are small
- Latency is not critical
```

```markdown post
# Choosing a Queue

## The Problem

Every team picks a queue by habit.

## Options

| Option | Use case | Latency |
|---|---|---|
| Redis lists | small jobs | 1 ms |
| RabbitMQ | routing | 5 ms |
| Kafka | event streams | 10 ms |
```

```markdown post
# Constraint Patterns

## The Problem

A CSV import wrote 40,000 rows with no country code.

## Patterns

### Pattern 1: Ranges

### Pattern 2: Formats

### Pattern 3: Enums
```

```markdown post
# Data Validation

## The Problem

Invalid values slip in through admin tools.

## Common Use Cases

### Online shops

Negative prices and stock.

### Banks

Overdrawn balances.
```

```markdown post
# Thundering Herds

## The Problem

Every cache key expires at once and the database falls over.

## Why This Happens

### Cause 1: Synchronised expiry

### Cause 2: A cold cache after a deploy

### Cause 3: A cache restart
```

## Passes

The places a reader meets the need, introduced as such:

```markdown post
# Message Queues

## The Problem

Your API waits on slow work. **When you need this**:

- Sending email or SMS after a signup
- Resizing uploaded images
- Calling a payment provider that takes 3 seconds
```

```markdown post
# Race Conditions

## The Problem

Two requests read the same balance at once. This happens in:

- Banking (double withdrawals)
- E-commerce (overselling the last item)
- Booking systems (two guests, one room)
```

```markdown post
# N+1 Queries

## The Problem

| Company | Problem | Fix |
|---|---|---|
| Shop A | product pages load reviews one by one | batching |
| Site B | feeds load likes per post | a JOIN |
| App C | timelines load profiles per tweet | caching |
```

```markdown post
# Compensating Transactions

## The Problem

A three-step checkout fails at step two and leaves a charge behind.

## Real-World Usage

| Company | Use Case | Pattern |
|---|---|---|
| Stripe | Payment refunds | compensating transaction |
| Uber | Trip cancellation | saga |
| Airbnb | Booking failure | rollback |
```

```markdown post
# Table Bloat

## The Problem

Dead rows pile up until queries slow down.

## Real-World Examples

### Instagram

- **Challenge**: 100M posts a day, constant updates
- **Fix**: aggressive autovacuum

### Stripe

- **Challenge**: high-volume payment updates
- **Fix**: scheduled vacuum at 3 AM

### GitHub

- **Challenge**: issues and pull requests updated all day
- **Fix**: per-table tuning
```

```markdown post
# Check Constraints

## The Problem

Bad rows get in through scripts and imports.

## Common Use Cases

### 1. E-Commerce

Negative prices and stock counts.

### 2. Banking

Balances below the overdraft limit.

### 3. Booking

A check-out date before the check-in date.
```

"""#,
        "problem/validation.md": #"""
# problem/validation

After the pain, the reader needs to hear that it is not their fault and
not only theirs. A single line such as "Sound familiar? You're not alone."
turns a list of symptoms into shared experience, and is the emotional
journey's "I'm not crazy!" moment.

Passes when the post has an explicit validation line in its prose: "Sound
familiar?", "you're not alone", "we've all been there", "every developer has
hit this"... A heading such as "The Problem Everyone Faces" does not count on
its own: the line has to speak to the reader.

## Definition

```json
{
  "id": "problem/validation",
  "severity": "warning",
  "weight": 2,
  "implements": "Problem Section: Validation, \"You're not alone\" moment",
  "check": "phrases",
  "params": {
    "phrases": ["sound familiar", "sounds familiar", "if this sounds familiar", "does this sound familiar",
                "you're not alone", "you are not alone", "you aren't alone", "not the only one", "you're in good company",
                "we've all been there", "we have all been there", "we've all seen", "we've all done",
                "we've all written", "happens to everyone", "happens to the best",
                "every developer has", "every engineer has", "most teams hit", "most developers hit",
                "you've probably seen", "you've probably hit", "you've probably written", "chances are you've",
                "it's not just you", "it is not just you", "you're not crazy", "you are not crazy",
                "it's not your fault"],
    "area": "post",
    "headings": false
  },
  "message": "The reader never hears they are not alone: add a validation line after the pain, e.g. 'Sound familiar? You're not alone.'"
}
```

## Fails

```markdown post
# Slow Dashboards

## The Problem Everyone Faces

The dashboard takes 45 seconds to load, on 10M rows, 500 times a day.
```

## Passes

```markdown post
# Slow Dashboards

## The Problem

The dashboard takes 45 seconds to load, on 10M rows, 500 times a day.

Sound familiar? You're not alone.
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
of its cells hold figures with units (ms, %, $, req/s). Two tables in a row
that measure the same rows ("### Single Database" then "### 4-Shard System",
both "| Metric | Value |") are that comparison split in two. A table of features
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
    "minFigures": 2,
    "paired-tables": true
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

Two tables of the same shape that measure different things are not a
before and after:

```markdown
### Reads

| Metric | Value |
|---|---|
| Read latency | 45ms |
| Read CPU | 60% |

### Writes

| Metric | Value |
|---|---|
| Write latency | 12ms |
| Write CPU | 20% |
```

## Passes

```markdown
| Metric | Before | After | Improvement |
|---|---|---|---|
| Query time | 2,500ms | 40ms | 62x faster |
| CPU | 90% | 12% | 7.5x less |
```

The same metrics measured twice, one table per side:

```markdown
### Single Database

| Metric | Value |
|---|---|
| Query latency | 50ms |
| CPU | 85% |

### 4-Shard System

| Metric | Value |
|---|---|
| Query latency | 15ms |
| CPU | 30% |
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
(`# Expected: {"id": 1}`, `// Output: 3 rows`); a line that is such a
label and its colon alone inside a code block (`Output:` between a command
and what it printed, in a pasted shell session; not in YAML, JSON and other
data, where `output:` is a key); a comment that shows a value right after
the command or print that produced it (`curl .../users/1` then
`# { "name": "Alice" }`, `console.log(user.name); // "Bob"`); or a block
tagged `output` or `console`. A heading such as "Output Format" is not
output, nor is a comment that describes (`# Start the services`).

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
    "languages": ["output", "console", "shell-session", "terminal"],
    "value-comments": true
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

A data file's `output:` key is no label:

~~~markdown
```yaml
pipeline:
  output:
    topic: orders
```
~~~

Comments that describe the commands show no result:

~~~markdown
```bash
# Start the services
docker compose up -d
curl http://localhost:3000/v1/users/1
# then try the v2 endpoint
```
~~~

## Passes

~~~markdown
```bash
node producer.js

Output:
Sent 1000 messages in 1.8 seconds
```
~~~

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

~~~markdown
```bash
curl http://localhost:3000/v1/users/1
# { "name": "Alice Smith", "email": "alice@example.com" }
```
~~~

~~~markdown
```javascript
await replica.read(user1);
console.log(user1.name); // "Bob"
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

Passes when the post has a labelled list of pitfalls: a heading or bold
label such as "Common Pitfalls", "Mistakes", "Gotchas", "Failure Modes",
"What Breaks", "Don't ... when" followed by at least 2 items (sub-headings,
list items, or paragraphs led by bold under the heading), or at least 2
items, headings or bold leads that open with "Don't", "Never" or "Avoid".
A plain-text block counts too when a label line ("❌ DON'T:") is followed
by 2 bullet or tree lines.
The list is looked for in the whole post, not only in the parts mapped to
the solution: writers often give the pitfalls a part of their own after the
solution ("## Common Mistakes"), which the section map may read as
why-fails, and readers take it as the solution's pitfalls all the same.

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
    "starts": ["don't", "do not", "never", "avoid", "dont"],
    "text-blocks": true,
    "area": "post"
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

Bold-led paragraphs under a heading that names no pitfalls are not a list of them:

```markdown post
# Agent Tool Calls

## The Solution

### Key Patterns

**1. Route requests to a few tools**

Pick the two or three tools a request needs.

**2. Cache read-only results**

Reads repeat; answer them from cache.
```

A drawn tree of steps is not a list of pitfalls:

~~~markdown post
# JWT Authentication

## The Solution

```
Login flow:
├── Verify the password
├── Sign a 15-minute access token
└── Set the refresh cookie
```
~~~

## Passes

A part of its own after the solution:

````markdown post
# Materialized Views: a 40x Faster Report

Your hourly sales report takes 40 seconds and locks the orders table.

## The Solution

```sql
CREATE MATERIALIZED VIEW daily_sales AS
SELECT day, sum(total) FROM orders GROUP BY day;
```

## Common Mistakes

- Refreshing on every write: the view rebuilds thousands of times a day.
- Forgetting the unique index: a concurrent refresh refuses to run without it.
````

```markdown
### Common Pitfalls

- Indexing every column: each index slows every write.
- Indexing a boolean column: with two values the planner ignores it.
```

```markdown
❌ **Don't** refresh the view on every write.

❌ **Don't** forget the unique index that concurrent refresh needs.
```

```markdown post
# Agent Tool Calls

## The Solution

Route each request to the two or three tools it needs.

### Common Mistakes

**1. Retrying writes without an idempotency key**

The email was sent before the timeout, so the retry sends it twice.

**2. Caching the results of write tools**

The next run answers the insert from cache and never writes the row.
```

~~~markdown post
# JWT Authentication

## The Solution

```
❌ DON'T:
├── Store sensitive data in the payload
├── Skip signature verification
└── Keep tokens in localStorage
```
~~~

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

Passes when the post states trade-offs: "Trade-offs", "Cons",
"drawbacks", "downsides", "limitations", "when not to use", "poor fit",
"at the cost of", or a cost named as one ("replication lag", "eventual
consistency", "46% larger, but worth it")... also inside a plain-text block
(`❌ POOR FIT:` lists are often drawn as text).
The trade-offs are looked for in the whole post, not only in the parts
mapped to the solution: Mistake 6 is the whole post selling without a
caveat, and writers often state the costs in a part of their own ("## When
Not to Use It", "## Limitations"), in the comparison of options or in the
takeaways. Over the development label sets this agreed with the
annotators on 150 of 170 posts, against 130 when only the solution was
read (the annotators judge the item over the whole article).

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
                "disk space", "extra storage", "more storage", "more memory", "uses more",
                "but worth it", "worth the cost", "at the expense of", "price to pay", "you pay for", "sacrifice",
                "sacrifices", "give up", "gives up", "eventual consistency", "eventually consistent", "replication lag",
                "larger index", "bigger index", "vs query speed", "balance between"],
    "code": "diagrams",
    "min": 1,
    "area": "post"
  },
  "message": "The post never states the solution's trade-offs: add the cons and when not to use it, e.g. '**Cons**: writes 5-10% slower' and '**When not to use**: write-heavy tables'"
}
```

## Fails

```markdown
Indexes make every query faster. Add them everywhere.
```

A whole post that sells the solution and never names a cost:

````markdown post
# Read Replicas: 5x the Read Throughput

Your primary database serves 12,000 reads a second and its CPU sits at 95%.

## The Solution

Add two read replicas and send every read to them.

```sql
SELECT pg_create_physical_replication_slot('replica_1');
```

## Key Takeaways

- Reads scale out across the replicas.
- The primary keeps its CPU for writes.
````

## Passes

The cost stated in the takeaways, outside the solution:

````markdown post
# Read Replicas: 5x the Read Throughput

Your primary database serves 12,000 reads a second and its CPU sits at 95%.

## The Solution

Add two read replicas and send every read to them.

```sql
SELECT pg_create_physical_replication_slot('replica_1');
```

## Key Takeaways

- Reads scale out across the replicas.
- Replicas serve stale rows for 10-100 ms: keep read-your-writes pages on the primary.
````

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

```markdown
Reads scale out across the replicas, but every replica serves data a little
behind the primary: expect replication lag of 10-100 ms.
```

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
list (Rules/data/companies.txt) shown using the approach or facing the
problem: any named in the social proof section count, and elsewhere those
in a paragraph, list or table that says they are at work ("Uber uses...",
"Stripe handled 500M requests", a "Use case" column, a table whose first
column is headed "Company"). A model vendor in a
price table, a tool in a list of tools, or the company a page of interview
questions is about is named, not proof. Aliases count once ("Facebook" and
"Meta"), and names that are also ordinary words or technologies ("Apple",
"Medium", "Redis") count only with context in the same paragraph, list or
table: "Apple engineers", "at Target", or other companies beside them.
"Difficulty: Medium" names no company.

## Definition

```json
{
  "id": "proof/companies",
  "severity": "error",
  "weight": 3,
  "implements": "Social Proof: 3+ Companies (recognizable names)",
  "check": "companies",
  "params": {
    "area": "post",
    "min": 3,
    "usage-cues": ["uses", "used", "using", "use case", "use cases", "runs", "run", "ran", "running", "built", "builds",
                   "serves", "served", "handles", "handled", "processes", "processed", "adopted", "migrated", "moved to",
                   "switched", "relies on", "rely on", "powers", "powered", "deploys", "deployed", "scaled", "scale",
                   "in production", "case study", "hit", "faced", "lost", "outage", "incident", "suffered", "saw",
                   "cut", "reduced", "saved", "per day", "per second", "daily"],
    "company-headers": ["company", "companies", "organization", "organisation"]
  },
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

Vendors in a price table are named, not shown using the approach:

```markdown post
# LLM Costs Cheat Sheet

## Token Prices

| Vendor | Model | $ per 1M input tokens |
|---|---|---|
| OpenAI | GPT-4o | 2.50 |
| Anthropic | Claude Sonnet | 3.00 |
| Google | Gemini Pro | 1.25 |
```

A table of vendors outside the social proof section names them, but does
not show them at work:

```markdown post
# Queues Compared

## The Problem

| Provider | Product | Price per million |
|----------|---------|-------------------|
| Amazon | SQS | $0.40 |
| Google | Pub/Sub | $0.40 |
| Microsoft | Service Bus | $0.05 |
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

Outside the social proof section, a passage that shows them at work:

```markdown post
# Read Replicas - Serve 9x More Reads

## The Problem

Instagram, GitHub and Reddit all hit the same wall: reads outgrew one
primary, and each moved its feed, repository and listing queries to replicas.
```

A table of companies, headed as one, anywhere in the post:

```markdown post
# Sharding - Scale Writes to Billions

## Why This Matters

| Company | Data size | Shard key |
|---------|-----------|-----------|
| Instagram | 1PB+ | user_id |
| Discord | 100TB+ | guild_id |
| Slack | 50TB+ | workspace_id |
```

"""#,
        "proof/cost.md": #"""
# proof/cost

Engineers adopt what their managers will pay for. The framework's social
proof includes a cost analysis: what the problem costs, what the fix costs,
what it saves, so the reader can make the business case.

Passes when the post gives a money figure about cost, savings or return
(one makes a business case; more make a better one): amounts in sentences
(or under headings, table headers or leads) about cost, savings, spend,
ROI, losses or revenue, or rates such as `$500/month`. Money in code does
not count. The figures may sit in the problem's cost of the
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
    "min": 1,
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
solution part, or a call-to-action sub-heading that closes that part, as
"### Key Takeaways" at the end of a "## Deep Dive") has a list or table of
at least 2 items under a
takeaways heading or lead: "Key Takeaways", "What you learned", "Summary",
"Key Learnings", "Key Numbers to Remember", "TL;DR", "Conclusion". A
closing "Decision Framework Checklist" or "Prevention Checklist" sums up the
post's decisions or measures and counts too (annotators of the development
sets read it as the summary in 12 of 13 posts); a "Production Checklist" is
a list of tasks for a deployment, not a summary (5 of 6 read it so). A
one-line "Remember: ..." is not a summary, nor is a takeaways list in the
middle of the post.

## Definition

```json
{
  "id": "cta/takeaways",
  "severity": "warning",
  "weight": 2,
  "implements": "Call to Action: Summary (key takeaways listed)",
  "check": "lead-list",
  "params": {
    "leads": ["takeaways", "takeaway", "key learnings", "learnings", "lessons learned", "what you learned", "what you've learned", "what we learned", "what you learnt", "summary", "recap", "key points", "key numbers", "numbers to remember", "numbers to memorize", "tl dr", "tldr", "conclusion", "in conclusion", "wrap up", "wrapping up", "to sum up", "remember these", "decision framework checklist", "decision checklist", "prevention checklist"],
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

A production checklist is a list of tasks, not a summary:

```markdown post
# Connection Pools Under Load

## The Solution

Put PgBouncer in front of the database and size the pool from hold times.

## Production Checklist

- [ ] Set `max_client_conn` to the peak client count
- [ ] Alert when the wait queue passes 10 clients
```

## Passes

A closing checklist of the post's decisions sums it up:

```markdown post
# Connection Pools Under Load

## The Solution

Put PgBouncer in front of the database and size the pool from hold times.

## Decision Framework Checklist

- [ ] More than 100 clients? Put a pooler in front.
- [ ] Transactions under 50 ms? Use transaction pooling.
- [ ] Session state (prepared statements)? Keep session pooling.
```

The last part may close itself under a sub-heading:

````markdown post
# Connection Pools Under Load

## Level 2 — Deep Dive

Size the pool to cores times two, plus the disks.

```sql
SHOW max_connections;
```

### Key Takeaways

- Size pools from measured hold times, not guesses
- Put a pooler in front of every database with more than 100 clients

## References

- [PgBouncer](https://www.pgbouncer.org/)
````

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
as `[COMPANY 1]`, `[METRIC]`, `[X]x`, `[Insert link here]`; stub markers
such as "Coming soon", "Lorem ipsum", "TODO:" or a field left as `TBD`; and
a section heading with nothing under it before the next heading of its level
(a template's "### Concept Reference" never written). Code blocks and code
spans are not read: `[X]` and `example.com` are normal there; neither is
quoted text, where a prompt template such as "amount=[X]" is shown on
purpose.

## Definition

```json
{
  "id": "accuracy/placeholders",
  "severity": "error",
  "weight": 3,
  "implements": "Technical Accuracy: Links Work (no placeholder links or unfilled template text)",
  "check": "placeholders",
  "params": {"area": "post", "empty-sections": true},
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

```markdown post
# Deployments: Interview Questions

## Q1: What is a blue-green deployment?

Two fleets; the router moves all traffic at once.

### Concept Reference

---

## Q2: What is a canary?

A small share of traffic tries the new version first.
```

## Passes

```markdown
**Used by**: Stripe, GitHub and Shopify. Queries got 40x faster, see the
[full benchmark](https://github.com/acme/bench) and the [setup guide](#setup).

## Setup

Run `curl https://api.example.com/health` and check for `[OK]`.
```

A heading whose content is its sub-sections is not empty:

```markdown post
# Deployments

## Strategies

### Blue-green

Two fleets; the router moves all traffic at once.
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
        "meta/unused-suppression.md": #"""
# meta/unused-suppression

A suppression comment that silences nothing is noise that hides the next
real finding: the problem it was written for has been fixed, or it names the
wrong rule. SwiftLint reports superfluous disable commands the same way.

Fails when an `<!-- engage-disable... -->` comment (or the front matter's
`engage: {disable: [...]}`) names a rule or group that has no finding where
it applies, names a rule or group engage does not know, or uses a keyword
engage does not know (`engage-disabel`). Reported at the comment's line and
column, one finding per unused target. Not applicable to a post without
suppressions. Suppressions are documented in the README ("Suppressing
findings").

## Definition

```json
{
  "id": "meta/unused-suppression",
  "severity": "warning",
  "weight": 1,
  "implements": "engage: a suppression comment must silence something",
  "check": "unused-suppression",
  "params": {"area": "post"},
  "message": "Suppression silences nothing: remove it or fix what it names"
}
```

## Fails

A next-line suppression above a sentence that breaks no rule:

```markdown post
# Indexes Made Queries 10x Faster

<!-- engage-disable-next-line style/vague-claims -->
This sentence is fine.
```

An unknown rule id:

```markdown post
# Indexes Made Queries 10x Faster

Some text. <!-- engage-disable-line problem/quantifed -->
```

A typo in the keyword:

```markdown post
# Indexes Made Queries 10x Faster

<!-- engage-disabel problem -->
```

## Passes

A file-level suppression of a section that is missing, so it silences the
section-missing verdict:

```markdown post
# Indexes Made Queries 10x Faster

<!-- engage-disable-file quick-win -->

Some text.
```

"""#,
    ]
}
