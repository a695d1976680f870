/// One rule as a configuration leaves it, each field with its source, for
/// `engage print-config`.
public struct EffectiveRule: Sendable {
    public let id: String
    public let enabled: Bool
    /// `off`, `error`, `warning` or `info`.
    public let level: Configuration.Setting<String>
    public let weight: Configuration.Setting<Double>
    /// The parameters the configuration sets (the rule's others are its built-in ones).
    public let params: [(name: String, value: ConfigJSON)]
}

extension Configuration {
    /// Every rule of the catalog, in catalog order, as configured.
    public func effectiveRules(_ catalog: RuleCatalog) -> [EffectiveRule] {
        catalog.rules.map { rule in
            let setting = setting(for: rule)
            return EffectiveRule(
                id: rule.id,
                enabled: !setting.isOff,
                level: Setting(value: setting.level?.stringValue ?? rule.severity.rawValue, origin: setting.level?.origin),
                weight: Setting(value: setting.weight?.numberValue ?? rule.weight, origin: setting.weight?.origin),
                params: (setting.params?.members ?? []).map { ($0.key, $0.value) })
        }
    }
}
