import EngageSections
import EngageText

/// Turns an effective configuration into what a run uses: the rules (with
/// severities, weights and params overridden, switched-off ones removed),
/// the gate, and a classifier and company list with the extra names.
public enum ConfigurationApplier {
    /// Weight of a configured heading phrasing: as telling as the strongest
    /// built-in ones ("quick win", "call to action"), since the user says so.
    static let phrasingWeight = 3.0

    /// The engine for posts under `configuration`. Command-line values, when
    /// given, beat the configuration's.
    public static func engine(_ configuration: Configuration, catalog: RuleCatalog = .builtin,
                              minScore: Int? = nil, strict: Bool = false) throws(ConfigurationError) -> RuleEngine {
        RuleEngine(rules: try rules(configuration, catalog: catalog),
                   classifier: classifier(configuration),
                   gate: GateOptions(minScore: minScore ?? configuration.minScore.value,
                                     strict: strict || configuration.strict.value))
    }

    /// The catalog's rules as configured, in catalog order, without those switched off.
    public static func rules(_ configuration: Configuration, catalog: RuleCatalog) throws(ConfigurationError) -> [RuleDefinition] {
        var configured: [RuleDefinition] = []
        for rule in catalog.rules {
            let setting = configuration.setting(for: rule)
            if setting.isOff { continue }
            configured.append(try apply(setting, to: rule))
        }
        return configured
    }

    static func apply(_ setting: Configuration.RuleSetting, to rule: RuleDefinition) throws(ConfigurationError) -> RuleDefinition {
        let severity = setting.level?.stringValue.flatMap(Severity.init(rawValue:)) ?? rule.severity
        let weight = setting.weight?.numberValue ?? rule.weight
        var check = rule.check
        var params = rule.params
        if let node = setting.params, let members = node.members, !members.isEmpty {
            (check, params) = try ConfigurationApplier.check(rule, params: node, members: members)
        }
        return RuleDefinition(id: rule.id, group: rule.group, severity: severity, weight: weight, implements: rule.implements,
                              summary: rule.summary, explanation: rule.explanation, message: rule.message, check: check,
                              params: params, needsSection: rule.needsSection, failingExamples: rule.failingExamples,
                              passingExamples: rule.passingExamples, document: rule.document, origin: rule.origin)
    }

    /// The rule's check rebuilt with `params` merged over its built-in ones,
    /// through its kind's own parser. An error points at the parameter it
    /// names, or at the `params` object.
    static func check(_ rule: RuleDefinition, params node: ConfigJSON,
                      members: [ConfigJSON.Member]) throws(ConfigurationError) -> (AnyCheck, RuleParams) {
        var overrides: [String: Any] = [:]
        for member in members { overrides[member.key] = member.value.plainValue }
        let params = rule.params.merging(overrides)
        do {
            return (try CheckRegistry.make(kind: rule.check.kind, params: params), params)
        } catch {
            let named = members.first { error.message.contains("'\($0.key)'") }
            let origin = named.map { $0.value.origin } ?? node.origin
            throw ConfigurationError(at: origin, "rule \"\(rule.id)\": \(error.message)")
        }
    }

    /// The built-in classifier with the configured heading phrasings added.
    public static func classifier(_ configuration: Configuration) -> SectionClassifier {
        let companies = companyMatcher(configuration)
        guard !configuration.sections.isEmpty else {
            return configuration.companies.value.isEmpty ? SectionClassifier() : SectionClassifier(companies: companies)
        }
        var headings = SectionClassifier.builtinHeadings
        for (section, phrases) in configuration.sections {
            for phrase in phrases.value { headings.add(phrase: phrase, section: section, weight: phrasingWeight) }
        }
        return SectionClassifier(headings: headings, companies: companies)
    }

    /// The built-in company list with the configured names added.
    public static func companyMatcher(_ configuration: Configuration) -> CompanyMatcher {
        var matcher = CompanyMatcher.builtin
        for name in configuration.companies.value { matcher.add(name) }
        return matcher
    }
}
