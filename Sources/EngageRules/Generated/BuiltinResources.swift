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
    ]
}
