import Foundation
import Testing
@testable import Content

/// The knowledge base in content/ must stay complete: a later edit that loses a plateau, a
/// question or a link fails here, with the counts the source publications give.
@Suite struct KnowledgeBaseTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path
    /// The knowledge base, loaded once for the whole suite.
    static func loaded() async -> LoadedContent { await Loaded.shared.content(content) }
    static func graph() async -> ContentGraph { await loaded().graph }

    @Test func hasNoErrors() async {
        let errors = await Self.loaded().diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted).joined(separator: "\n"))")
    }

    /// Every question says where it comes from: a source, or written for this site.
    @Test func everyQuestionHasAnOrigin() async {
        let graph = await Self.graph()
        let questions = graph.entities(of: .question)
        #expect(questions.count >= 170)
        for question in questions {
            guard case .question(let q) = question.kind else { continue }
            switch q.origin {
            case .own?: break
            case .source(let id, _)?: #expect(graph.entity(id)?.type == .source, "\(question.id): '\(id)' is no bron")
            case nil: Issue.record("\(question.id) has no herkomst")
            }
        }
        // The tension fields' questions come from Bijlage 1 of the NJi publication.
        for field in graph.entities(of: .tensionField) {
            for question in graph.questions(of: field.id) {
                guard case .question(let q) = question.kind else { continue }
                #expect(q.origin == .source(id: "nji-samen-lerend-doen", place: "bijlage 1"), "\(question.id)")
            }
        }
    }

    @Test func hasEveryPartOfTheFourBodiesOfThought() async {
        let graph = await Self.graph()
        #expect(graph.entities(of: .plateau).count == 5)
        #expect(graph.entities(of: .organisationArea).count == 5)
        #expect(graph.entities(of: .dimension).count == 2)
        #expect(graph.entities(of: .quadrant).count == 4)
        #expect(graph.entities(of: .tensionField).count == 6)
        #expect(graph.entities(of: .workCard).count == 8)
        #expect(graph.entities(of: .phase).count == 3)
        #expect(graph.entities(of: .plateau).compactMap(\.number) == [1, 2, 3, 4, 5])
        #expect(graph.entities(of: .workCard).compactMap(\.number) == Array(1...8))
        #expect(graph.entities(of: .tensionField).compactMap(\.number) == Array(1...6))
    }

    @Test func phasesHaveTheirTwelveSubcategories() async {
        let graph = await Self.graph()
        let parts = graph.entities(of: .phase).map { entity -> Int in
            if case .phase(let phase) = entity.kind { return phase.parts.count }
            return 0
        }
        #expect(parts == [3, 5, 4])
    }

    /// At least the counts of the source (seed-inventory section C); the nine general questions
    /// printed with field 1 live on the introduction page.
    @Test func everyTensionFieldCarriesAllItsReflectionQuestions() async {
        let graph = await Self.graph()
        let minimum = [7, 6, 5, 11, 6, 8]
        for (field, least) in zip(graph.entities(of: .tensionField), minimum) {
            let questions = graph.questions(of: field.id)
            #expect(questions.count >= least, "\(field.id) has \(questions.count) questions, the source has \(least)")
        }
        #expect(graph.questions(of: "spanningsvelden").count == 9)
    }

    @Test func everyQuestionNamesItsAudience() async {
        let graph = await Self.graph()
        for question in graph.entities(of: .question) {
            guard case .question(let q) = question.kind else { continue }
            #expect(q.audience != nil, "\(question.id) has no doelgroep")
        }
    }

    @Test func tensionFieldsLeadToWorkCardsAndEveryCardIsReachable() async {
        let graph = await Self.graph()
        for field in graph.entities(of: .tensionField) {
            #expect(graph.outgoing(from: field.id).contains { graph.entity($0.to)?.type == .workCard },
                    "\(field.id) links to no work card")
        }
        for card in graph.entities(of: .workCard) {
            let from = graph.incoming(to: card.id).compactMap { graph.entity($0.from)?.type }
            #expect(from.contains(.tensionField) || from.contains(.phase), "\(card.id) is reached from no tension field or phase")
        }
    }

    @Test func noEntityIsAnOrphan() async {
        let graph = await Self.graph()
        // Worksheets are reached from the worksheets' overview, which lists every one of them.
        for entity in graph.entities where entity.type != .question && entity.type != .worksheet && entity.id != "index" {
            if case .page(let page) = entity.kind, page.overviewOf != nil { continue }
            #expect(!graph.incoming(to: entity.id).isEmpty, "nothing links to \(entity.id)")
        }
    }

    @Test func everyPageNamesItsSourcesAndEverySourceIsUsed() async {
        let graph = await Self.graph()
        for entity in graph.entities where [.plateau, .organisationArea, .quadrant, .tensionField, .workCard, .phase].contains(entity.type) {
            #expect(entity.references.contains { $0.kind == .source }, "\(entity.id) names no source")
        }
        for source in graph.entities(of: .source) {
            #expect(!graph.incoming(to: source.id).isEmpty, "source \(source.id) is cited nowhere")
        }
    }

    @Test func everyEntityPageOpensWithAParagraph() async {
        let graph = await Self.graph()
        for entity in graph.entities where entity.type != .question {
            let html = entity.body?.html ?? ""
            #expect(html.hasPrefix("<p>"), "\(entity.sourcePath) does not open with a paragraph")
        }
    }

    @Test func glossaryHasTheTermsReadersMeet() async throws {
        let graph = await Self.graph()
        let glossary = try #require(graph.entity("begrippen")?.body)
        let anchors = Set(glossary.headings.map(\.anchor))
        for term in ["maakbaarheid", "stagnatie", "leefwereld-en-systeemwereld", "parallelle-patronen", "wij2",
                     "perspectiefwissel", "nao", "netwerkleiderschap"] {
            #expect(anchors.contains(term), "glossary lacks \(term)")
        }
    }
}

/// Loads a content folder once and hands the same result to every test that asks.
actor Loaded {
    static let shared = Loaded()
    private var loads: [String: Task<LoadedContent, Never>] = [:]

    func content(_ folder: String) async -> LoadedContent {
        if let load = loads[folder] { return await load.value }
        let load = Task { await loadContent(folder) }
        loads[folder] = load
        return await load.value
    }
}
