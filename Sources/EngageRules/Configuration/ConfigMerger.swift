/// Layers configuration trees: the later (nearer) tree wins key by key.
/// Objects merge recursively (so `rules` entries merge per id, and a rule's
/// `params` per parameter); scalars and lists are replaced whole.
public enum ConfigMerger {
    public static func merge(_ layers: [ConfigJSON]) -> ConfigJSON? {
        guard var result = layers.first else { return nil }
        for layer in layers.dropFirst() { result = merge(result, over: layer) }
        return result
    }

    public static func merge(_ base: ConfigJSON, over top: ConfigJSON) -> ConfigJSON {
        guard case .object(var members) = base.value, case .object(let overrides) = top.value else { return top }
        for member in overrides {
            if let index = members.firstIndex(where: { $0.key == member.key }) {
                members[index] = ConfigJSON.Member(key: member.key, keyOrigin: member.keyOrigin,
                                                   value: merge(members[index].value, over: member.value))
            } else {
                members.append(member)
            }
        }
        return ConfigJSON(.object(members), origin: top.origin)
    }
}
