import Foundation
import Testing

/// `spiegel --version` and `spiegel schema` as a CI script or an editor's tooling calls them.
@Suite struct VersionAndSchemaCommandTests {
    @Test func versionNamesTheVersionAndWhetherACommitIsStamped() throws {
        let result = try SpiegelCommand.run(["--version"], in: SpiegelCommand.repository)
        #expect(result.status == 0)
        // A build from a checkout has no stamped commit; `make release` stamps one (make release-check prints it).
        #expect(result.stdout.hasPrefix("0."))
        #expect(result.stdout.contains(", ontwikkelversie") || result.stdout.contains(", commit "))
    }

    @Test func schemaWritesTheSameDocumentToAFileAsToStandardOutput() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("spiegel-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let printed = try SpiegelCommand.run(["schema"], in: folder)
        #expect(printed.status == 0)
        let written = try SpiegelCommand.run(["schema", "--output", "kop.schema.json"], in: folder)
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("kop.schema.json"), encoding: .utf8) == printed.stdout)
        let unwritable = try SpiegelCommand.run(["schema", "--output", "geen-map/kop.schema.json"], in: folder)
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("geen-map/kop.schema.json"))
    }
}

/// Each command's `--help` as an editor reads it: the options' texts, defaults included, in Dutch.
@Suite struct HelpCommandTests {
    @Test(arguments: [["--help"], ["build", "--help"], ["check", "--help"], ["serve", "--help"], ["new", "--help"], ["schema", "--help"]])
    func helpNamesDefaultsInDutch(_ arguments: [String]) throws {
        let result = try SpiegelCommand.run(arguments, in: SpiegelCommand.repository)
        #expect(result.status == 0)
        // ArgumentParser's own "(default: …)" and "(values: …)" would stand in English after a Dutch sentence.
        #expect(!result.stdout.contains("default:"), "\(result.stdout)")
        #expect(!result.stdout.contains("values:"), "\(result.stdout)")
    }
}
