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
      engage --help | --version

    PATHS
      Files are read as given. Folders are searched recursively for .md, .markdown
      and .mdx files; hidden folders, .git and node_modules are skipped. '-' reads stdin.

    OPTIONS
      --format text|json    output format (default: text)
      -h, --help            help for a command: engage <command> --help

    EXIT CODES
      0  every file passed (or the command succeeded)
      1  at least one file failed the lint
      2  usage error, bad configuration, or a file that could not be read
         (the other files are still processed)

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
    usage: engage sections [--format text|json] <paths...>

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

    static let lint = """
    usage: engage lint [options] <paths...>

    Checks each post against the framework's checklist: every rule passes, fails
    or does not apply; the post gets a weighted score from 0 to 100. A post passes
    when its score reaches the minimum and no error-severity rule fails.

    OPTIONS
      --format text|json   report format (default: text)
      --min-score N        minimum score to pass, 0-100 (default: 70)
      --strict             warnings fail the post too
      -q, --quiet          print only failures
      --color, --no-color  force colour on or off (default: on a terminal, off with NO_COLOR)
      --baseline FILE      fail a file in FILE only on new error/warning findings or a lower score
      --write-baseline FILE  record the current findings and scores in FILE (then pass)

    SUPPRESSING
      <!-- engage-disable[-line|-next-line|-file] [RULE|GROUP ...] -->, <!-- engage-enable[-file] ... -->,
      or front matter engage: {disable: [RULE|GROUP ...]}; unused ones are reported (meta/unused-suppression)

    EXIT CODES
      0 every file passed; 1 some file failed; 2 usage error or unreadable file

    """
}
