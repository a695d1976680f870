// Generated from Rules/ by `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests`.
// Do not edit: edit the files under Rules/ and regenerate (a test fails while they differ).

/// The Rules/ files this module embeds, by path relative to Rules/.
enum BuiltinResources {
    static let files: [String: String] = [
    ]
}
