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

    /// Every example and case says where it comes from, and the practice cases of the five
    /// publications are told as cases from their source.
    @Test func everyExampleAndCaseHasAnOrigin() async throws {
        let graph = await Self.graph()
        let examples = graph.entities.flatMap(\.examples)
        #expect(examples.count >= 25)
        for entity in graph.entities {
            for example in entity.examples {
                #expect(example.origin != nil, "\(entity.id): an example has no herkomst")
                if case .source(let id, _)? = example.origin {
                    #expect(graph.entity(id)?.type == .source, "\(entity.id): '\(id)' is no bron")
                }
            }
            // A heading that introduces an example is listed (the check makes a missing one an error).
            for heading in entity.body?.headings ?? [] where Example.looksLikeExample(heading.text) {
                #expect(entity.examples.contains { $0.heading == heading.text || $0.heading == nil },
                        "\(entity.sourcePath): '\(heading.text)' has no origin")
            }
        }
        let cases = ["zaffier": "rijnconsult-2024", "jeugdbescherming-brabant": "rijnconsult-2024",
                     "gezin-van-dalen": "k2-transities", "casus-amalia": "nji-samen-lerend-doen"]
        for (id, source) in cases {
            let page = try #require(graph.entity(id))
            let whole = page.examples.first { $0.heading == nil }
            guard case .source(let from, let place?)?? = whole?.origin else { Issue.record("\(id) is no case with a place in its source"); continue }
            #expect(from == source, "\(id)")
            #expect(!place.isEmpty)
        }
        // The voices from practice on each tension field come from Bijlage 1 of the NJi publication.
        for field in graph.entities(of: .tensionField) {
            #expect(field.examples.map(\.origin) == [.source(id: "nji-samen-lerend-doen", place: "bijlage 1")], "\(field.id)")
        }
        // The examples on the quadrant and plateau pages are ours: the K2 report gives none.
        for entity in graph.entities(of: .quadrant) + graph.entities(of: .plateau) {
            #expect(!entity.examples.isEmpty && entity.examples.allSatisfy { $0.origin == .own }, "\(entity.id)")
        }
    }

    /// The models retold from the five publications beyond the four bodies of thought
    /// (issue 19, point 6), each a page of its own in its publication's folder.
    @Test func hasThePagesRetoldFromTheFivePublications() async {
        let graph = await Self.graph()
        let folders = ["res/": 3, "rijnconsult/": 6, "k2/": 6, "nji/": 5, "nieuwe-route/": 2]
        for (folder, count) in folders {
            let pages = graph.entities.filter { $0.type != .question && $0.sourcePath.hasPrefix(folder) }
            #expect(pages.count == count, "\(folder) has \(pages.count) pages")
            for page in pages {
                #expect(page.references.contains { $0.kind == .source }, "\(page.id) names no source")
                #expect(!graph.incoming(to: page.id).isEmpty, "nothing links to \(page.id)")
            }
        }
        #expect(graph.entities(of: .source).count == 27)
        #expect(graph.entities(of: .question).count == 170)
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
        // Worksheets and meetings are reached from their overviews, which list every one of them.
        for entity in graph.entities where entity.type != .question && entity.type != .worksheet && entity.type != .meeting
            && entity.id != "index" {
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
