/// Which targets of which suppressions silenced something, so the ones that
/// silenced nothing can be reported (SwiftLint's superfluous disable command).
struct SuppressionLedger {
    /// Directive index → indexes of its targets that were used (-1: a directive without targets).
    private(set) var used: [Int: Set<Int>] = [:]

    mutating func record(_ index: Int, of directive: SuppressionDirective, silencing rule: RuleDefinition) {
        if directive.targets.isEmpty {
            used[index, default: []].insert(-1)
            return
        }
        for (target, name) in directive.targets.enumerated() where name == rule.id || name == rule.group {
            used[index, default: []].insert(target)
        }
    }

    func wasUsed(_ index: Int, target: Int?) -> Bool {
        used[index]?.contains(target ?? -1) == true
    }
}
