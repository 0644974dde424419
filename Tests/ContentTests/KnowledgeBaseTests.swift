import Foundation
import Testing
@testable import Content

/// The knowledge base in content/ must stay complete: a later edit that loses a plateau, a
/// question or a link fails here, with the counts the source publications give.
@Suite struct KnowledgeBaseTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path
    static let loaded = ContentLoader.load(contentDirectory: content)
    var graph: ContentGraph { Self.loaded.graph }

    @Test func hasNoErrors() {
        let errors = Self.loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.formatted).joined(separator: "\n"))")
    }

    @Test func hasEveryPartOfTheFourBodiesOfThought() {
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

    @Test func phasesHaveTheirTwelveSubcategories() {
        let parts = graph.entities(of: .phase).map { entity -> Int in
            if case .phase(let phase) = entity.kind { return phase.parts.count }
            return 0
        }
        #expect(parts == [3, 5, 4])
    }

    /// At least the counts of the source (seed-inventory section C); the nine general questions
    /// printed with field 1 live on the introduction page.
    @Test func everyTensionFieldCarriesAllItsReflectionQuestions() {
        let minimum = [7, 6, 5, 11, 6, 8]
        for (field, least) in zip(graph.entities(of: .tensionField), minimum) {
            let questions = graph.questions(of: field.id)
            #expect(questions.count >= least, "\(field.id) has \(questions.count) questions, the source has \(least)")
        }
        #expect(graph.questions(of: "spanningsvelden").count == 9)
    }

    @Test func everyQuestionNamesItsAudience() {
        for question in graph.entities(of: .question) {
            guard case .question(let q) = question.kind else { continue }
            #expect(q.audience != nil, "\(question.id) has no doelgroep")
        }
    }

    @Test func tensionFieldsLeadToWorkCardsAndEveryCardIsReachable() {
        for field in graph.entities(of: .tensionField) {
            #expect(graph.outgoing(from: field.id).contains { graph.entity($0.to)?.type == .workCard },
                    "\(field.id) links to no work card")
        }
        for card in graph.entities(of: .workCard) {
            let from = graph.incoming(to: card.id).compactMap { graph.entity($0.from)?.type }
            #expect(from.contains(.tensionField) || from.contains(.phase), "\(card.id) is reached from no tension field or phase")
        }
    }

    @Test func noEntityIsAnOrphan() {
        // Worksheets are reached from the worksheets' overview, which lists every one of them.
        for entity in graph.entities where entity.type != .question && entity.type != .worksheet && entity.id != "index" {
            if case .page(let page) = entity.kind, page.overviewOf != nil { continue }
            #expect(!graph.incoming(to: entity.id).isEmpty, "nothing links to \(entity.id)")
        }
    }

    @Test func everyPageNamesItsSourcesAndEverySourceIsUsed() {
        for entity in graph.entities where [.plateau, .organisationArea, .quadrant, .tensionField, .workCard, .phase].contains(entity.type) {
            #expect(entity.references.contains { $0.kind == .source }, "\(entity.id) names no source")
        }
        for source in graph.entities(of: .source) {
            #expect(!graph.incoming(to: source.id).isEmpty, "source \(source.id) is cited nowhere")
        }
    }

    @Test func everyEntityPageOpensWithAParagraph() {
        for entity in graph.entities where entity.type != .question {
            let html = entity.body?.html ?? ""
            #expect(html.hasPrefix("<p>"), "\(entity.sourcePath) does not open with a paragraph")
        }
    }

    @Test func glossaryHasTheTermsReadersMeet() throws {
        let glossary = try #require(graph.entity("begrippen")?.body)
        let anchors = Set(glossary.headings.map(\.anchor))
        for term in ["maakbaarheid", "stagnatie", "leefwereld-en-systeemwereld", "parallelle-patronen", "wij2",
                     "perspectiefwissel", "nao", "netwerkleiderschap"] {
            #expect(anchors.contains(term), "glossary lacks \(term)")
        }
    }
}
