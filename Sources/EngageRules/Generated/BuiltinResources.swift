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
minutes" are not body sentences and are skipped.

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
the load a design must carry, not what the problem costs.

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
                      "targets"]
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

## Passes

```markdown
Each page load runs 101 queries and takes 2,500ms. At 10,000 users per hour,
the database spends 70% of its CPU on it.
```

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

- a list after a cue ("Use cases:", "This happens in:", "Good fit:",
  "Real-World Disasters", or a lead-in ending "...in:");
- a table with a "Problem", "Scenario" or "Incident" column and 3 rows (a
  "Use case" column in a comparison of options says where each option fits,
  not where the problem occurs, so it does not count);
- a plain-text block with a cued line and 3 bullet or tree lines;
- 3 dated incidents in one part ("### Knight Capital (2012)", "**Slack (2020):**");
  an entry spanning years ("Generation 1 (1997-2012)") is an era, not an incident.

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
             "also happens", "same problem", "same bug"],
    "lead-endings": ["in", "across", "inside"],
    "columns": ["problem", "problems", "scenario", "scenarios", "incident", "incidents", "where it happens"],
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

## Passes

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
    ]
}
