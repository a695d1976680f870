enum HelpText {
    static let usage = """
    usage: engage <command> [options] <paths...>
    Try 'engage --help'.

    """

    static let main = """
    engage \(EngageCommandLine.version): lint technical articles against the Technical Content Engagement Framework.

    USAGE
      engage lint [options] <paths...>      check posts (files, folders, or - for stdin)
      engage rules                          list every rule: id, section, severity, checklist item
      engage explain RULE                   a rule's documentation, with its examples
      engage sections [options] <paths...>  map each post onto the framework's 8 sections
      engage outline [options] <paths...>   print the block structure the tokenizer found
      engage new FILE [--title "..."]       scaffold a post with the 8 sections and their prompts
      engage init [PATH]                    write a starter .engage.json (every key at its default)
      engage print-config [options] POST    the configuration that applies to POST, and where each value comes from
      engage --help | --version

    PATHS
      Files are read as given. Folders are searched recursively for .md, .markdown
      and .mdx files; hidden folders, .git and node_modules are skipped. '-' reads stdin.

    OPTIONS
      --format text|json    output format (default: text, or the configuration's "reporter");
                            lint also writes sarif, github, junit, checkstyle and markdown
      --config FILE         use only FILE (and what it extends), not the .engage.json files found
      -h, --help            help for a command: engage <command> --help

    CONFIGURATION
      .engage.json files are found from each post's folder up to the repository root
      (the folder holding .git); nearer files override farther ones key by key.
      Keys: extends, minScore, strict, reporter, rules, sections, companies, ignore.
      Command-line options beat configured values. See README "Configuration".

    EXIT CODES
      0  every file passed (or the command succeeded)
      1  at least one file failed the lint
      2  usage error, invalid configuration (stops the run before linting), or a
         file that could not be read (the other files are still processed)

    """

    static let outline = """
    usage: engage outline [--format text|json] <paths...>

    Prints every block the tokenizer found, in document order, with its start and
    end line: headings with level and text, code blocks with their info string,
    tables with their row count. Lines are 1-based; columns count Unicode scalars.

    JSON: {"files":[{"path":"...","blocks":[{"kind":"heading","line":12,"endLine":12,
           "level":2,"text":"..."}]}],"errors":[{"path":"...","line":3,"message":"..."}]}

    """

    static let sections = """
    usage: engage sections [--format text|json] [--config FILE] <paths...>

    Maps each post onto the framework's sections: hook, problem, why-fails, shift,
    solution, proof, quick-win, cta (or other). For the opening and each top-level
    heading it prints the line, the heading, the section, the confidence (0-1) and
    the evidence that decided it, then the coverage ("7/8 sections: missing shift").

    JSON: {"files":[{"path":"...","title":"...","parts":[{"line":12,"level":2,
           "heading":"Why This Matters","section":"problem","confidence":0.87,
           "evidence":["..."]}],"present":{"hook":true,...},"coverage":"..."}]}

    """

    static let rules = """
    usage: engage rules [--format text|json]

    Lists every rule: id, severity and the checklist item it implements.

    """

    static let explain = """
    usage: engage explain RULE

    Prints a rule's documentation: what it checks, why, its definition, and the
    failing and passing examples the test suite runs.

    """

    static let new = """
    usage: engage new FILE [--title "..."]

    Writes a new post with the framework's eight sections in order (the hook under
    the title, then problem, why obvious fixes fail, paradigm shift, solution, social
    proof, quick win, call to action), each with prompts in HTML comments and TODO
    lines to fill. The title defaults to the file name ("my-post.md": "My Post").
    Never overwrites: an existing FILE is an error (exit 2).

    """

    static let lint = """
    usage: engage lint [options] <paths...>

    Checks each post against the framework's checklist: every rule passes, fails
    or does not apply; the post gets a weighted score from 0 to 100. A post passes
    when its score reaches the minimum and no error-severity rule fails.

    OPTIONS
      --format FORMAT      report format (default: text):
                             text        the report for people
                             json        every rule for every file (schema version 1)
                             sarif       SARIF 2.1.0, for GitHub code scanning and IDEs
                             github      GitHub Actions annotations (::error file=...::)
                             junit       JUnit XML: a test suite per file, a test case per rule
                             checkstyle  Checkstyle XML: an <error> per failing place
                             markdown    a summary table for a PR comment or $GITHUB_STEP_SUMMARY
      --output FILE        write the report in FORMAT to FILE (replaced atomically);
                           the text report still goes to the terminal
      --min-score N        minimum score to pass, 0-100 (default: 70)
      --strict             warnings fail the post too
      -q, --quiet          print only failures
      --color, --no-color  force colour on or off (default: on a terminal, off with NO_COLOR)
      --changed-since REF  lint only the Markdown files changed since git REF (from the
                           merge base, as `git diff REF...`, plus uncommitted and
                           untracked files; renames followed, deletions skipped);
                           paths, if given, narrow the set
      --baseline FILE      fail a file in FILE only on new error/warning findings or a lower score
      --write-baseline FILE  record the current findings and scores in FILE (then pass)
      --config FILE        use only FILE (and what it extends) instead of the .engage.json
                           files found from each post's folder up to the repository root

    SUPPRESSING
      <!-- engage-disable[-line|-next-line|-file] [RULE|GROUP ...] -->, <!-- engage-enable[-file] ... -->,
      or front matter engage: {disable: [RULE|GROUP ...]}; unused ones are reported (meta/unused-suppression)

    Options given here beat the configuration's minScore, strict and reporter.
    Posts matching the configuration's "ignore" are skipped (a note on stderr
    when the post was named on the command line).

    EXIT CODES
      0 every file passed; 1 some file failed; 2 usage error, bad configuration,
      unreadable file, or an --output file that could not be written

    """

    static let initialize = """
    usage: engage init [PATH]

    Writes a starter .engage.json with every key at its default: in the working
    directory, in folder PATH, or at file PATH. An existing file is never
    overwritten (exit 2).

    """

    static let printConfig = """
    usage: engage print-config [--format text|json] [--config FILE] POST

    Shows the configuration that applies to POST: the .engage.json files found
    from its folder up to the repository root (or --config FILE), merged, and
    for every value where it came from (file:line:column, or "default"). For
    rules: every rule's severity (or off) and weight, and the params the
    configuration sets (`engage explain RULE` shows the built-in ones).

    JSON: {"path":...,"files":[...],"ignoredBy":null,"minScore":{"value":70,"source":"default"},
           ...,"rules":[{"id":...,"enabled":true,"severity":{"value":...,"source":...},...}]}

    """
}
