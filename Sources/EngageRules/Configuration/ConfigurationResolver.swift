import Foundation

/// Finds and loads the configuration for each post. Discovery starts at the
/// post's own folder (not the working directory) and walks up to the
/// repository root (the nearest folder holding `.git`, a folder or, in
/// worktrees and submodules, a file) or the filesystem root; every
/// `.engage.json` on the way applies, nearer ones over farther ones. With
/// `--config FILE`, only that file (and what it extends) applies.
///
/// Everything is cached: a folder's chain of files, each file's parsed
/// layer, each chain's configuration, so thousands of posts in one folder
/// cost one discovery. Not thread-safe: resolve before linting in parallel.
public final class ConfigurationResolver {
    public static let fileName = ".engage.json"

    let catalog: RuleCatalog
    let explicitFile: String?
    let workingDirectory: String
    private var chains: [String: [String]] = [:]
    private var layers: [String: ConfigJSON] = [:]
    private var configurations: [String: Configuration] = [:]
    /// Absolute folder of every configuration file read, by display path.
    private var directories: [String: String] = [:]

    public init(catalog: RuleCatalog = .builtin, explicitFile: String? = nil,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.catalog = catalog
        self.explicitFile = explicitFile
        self.workingDirectory = workingDirectory
    }

    /// The configuration for the post at `path` (nil: standard input, which
    /// is taken to live in the working directory), and a key that is equal
    /// for posts sharing the same configuration files.
    public func configuration(forPost path: String?) throws(ConfigurationError) -> (key: String, configuration: Configuration) {
        let files: [String]
        if let explicitFile {
            files = [absolute(explicitFile)]
        } else {
            let folder = path.map { (absolute($0) as NSString).deletingLastPathComponent } ?? absolute(".")
            files = chain(folder)
        }
        let key = files.joined(separator: "\n")
        if let cached = configurations[key] { return (key, cached) }
        var trees: [ConfigJSON] = []
        for file in files { trees.append(try layer(file, extendedBy: nil, stack: [])) }
        let configuration = Configuration(files: files.map(display), settings: ConfigMerger.merge(trees), directories: directories)
        configurations[key] = configuration
        return (key, configuration)
    }

    /// The `ignore` pattern that skips `path`, if any.
    public func ignoringPattern(for path: String, in configuration: Configuration) -> String? {
        guard let base = configuration.ignoreBase, !configuration.ignore.value.isEmpty else { return nil }
        let file = absolute(path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard file.hasPrefix(prefix) else { return nil }
        let relative = String(file.dropFirst(prefix.count))
        return configuration.ignore.value.first { IgnoreGlob.matches($0, path: relative) }
    }

    // MARK: discovery

    /// Configuration files for posts in `folder`, farthest first.
    private func chain(_ folder: String) -> [String] {
        if let cached = chains[folder] { return cached }
        let candidate = (folder as NSString).appendingPathComponent(ConfigurationResolver.fileName)
        var isDirectory: ObjCBool = false
        let own = FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) && !isDirectory.boolValue ? [candidate] : []
        let parent = (folder as NSString).deletingLastPathComponent
        let isTop = folder == "/" || parent == folder || FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git"))
        let found = isTop ? own : chain(parent) + own
        chains[folder] = found
        return found
    }

    // MARK: loading

    /// One file's settings with what it extends merged under them.
    private func layer(_ file: String, extendedBy reference: ConfigJSON?, stack: [String]) throws(ConfigurationError) -> ConfigJSON {
        if stack.contains(file) {
            let cycle = (stack.drop { $0 != file } + [file]).map(display).joined(separator: " → ")
            throw ConfigurationError(at: reference!.origin, "\"extends\" forms a cycle: \(cycle)")
        }
        if let cached = layers[file] { return cached }
        let name = display(file)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: file) else {
            if let reference {
                throw ConfigurationError(at: reference.origin, "\"extends\": no configuration file at \(reference.shortDescription) (looked for \(name))")
            }
            throw ConfigurationError(file: name, isDirectory.boolValue ? "is a folder, not a configuration file" : "no such configuration file")
        }
        directories[name] = (file as NSString).deletingLastPathComponent
        let validated = try ConfigurationSchema.validate(try ConfigJSONParser.parse([UInt8](data), file: name), catalog: catalog)
        var trees: [ConfigJSON] = []
        for base in validated.extends {
            let path = resolve(base.stringValue ?? "", relativeTo: (file as NSString).deletingLastPathComponent)
            trees.append(try layer(path, extendedBy: base, stack: stack + [file]))
        }
        trees.append(validated.settings)
        let merged = ConfigMerger.merge(trees)!
        layers[file] = merged
        return merged
    }

    // MARK: paths

    private func absolute(_ path: String) -> String { resolve(path, relativeTo: workingDirectory) }

    private func resolve(_ path: String, relativeTo folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    /// Paths in messages: relative to the working directory when inside it.
    func display(_ file: String) -> String {
        let base = (workingDirectory as NSString).standardizingPath
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
}
