/// Swift check kinds for the structure rules (one file per kind in this folder).
enum StructureChecks {
    static let all: [any RuleCheck.Type] = [
        SectionsPresentCheck.self, SectionOrderCheck.self, ReadingTimeCheck.self, SectionBalanceCheck.self,
    ]
}
