/// Every check kind engage knows: the generic, data-driven kinds, then the
/// Swift checks, one file each, listed by the folder that holds them.
enum BuiltinChecks {
    static let all: [any RuleCheck.Type] = GenericChecks.all + StructureChecks.all + OpeningChecks.all
        + MiddleChecks.all + ClosingChecks.all + StyleChecks.all + MetaChecks.all
}
