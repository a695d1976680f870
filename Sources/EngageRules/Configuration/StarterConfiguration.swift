/// What `engage init` writes: every key at its default, so the file doubles
/// as a list of what can be set. (`extends` has no default and is left out.)
public enum StarterConfiguration {
    public static let text = """
    {
      "minScore": \(Configuration.defaultMinScore),
      "strict": false,
      "reporter": "text",
      "rules": {},
      "sections": {},
      "companies": [],
      "ignore": []
    }

    """
}
