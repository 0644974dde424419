import Foundation
import Markdown
import Yams

/// One content file after its front matter has been read: the entity it declares, the
/// questions inside it, and the Markdown body still to be rendered.
public struct DecodedFile: Sendable {
    public var file: ContentFile
    public var entities: [Entity] = []
    public var body = ""
    public var bodyFirstLine = 1
    public var diagnostics: [Diagnostic] = []

    /// A file not read yet: it declares nothing.
    public init(file: ContentFile) { self.file = file }
}

/// Turns a file's front matter into typed entities.
public enum EntityDecoder {
    /// Yams' `.default` builds a new constructor, with its tables, on every use. Yams does not
    /// mark it Sendable, but its state is fixed at creation (`let` tables of pure functions), so
    /// one serves every task safely.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Reads the file and its front matter.
    public static func decode(_ file: ContentFile) -> DecodedFile {
        var result = DecodedFile(file: file)
        let start = SourceLocation(file: file.displayPath, line: 1, column: 1)
        let text: String
        switch file.readText() {
        case .success(let t): text = t
        case .failure(let d): result.diagnostics.append(d); return result
        }
        let front: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let f): front = f
        case .failure(.missingOpening):
            result.diagnostics.append(start.diagnostic(.frontMatterMissing))
            return result
        case .failure(.unclosed):
            result.diagnostics.append(start.diagnostic(.frontMatterUnclosed))
            return result
        }
        result.body = front.body
        result.bodyFirstLine = front.bodyFirstLine
        let offset = front.yamlFirstLine - 1
        // A front matter holds keys and questions, not a book: past the limit its YAML is not
        // composed at all, whatever it holds.
        if front.yaml.utf8.count > FrontMatter.sizeLimit {
            result.diagnostics.append(start.diagnostic(.frontMatterTooLarge(bytes: front.yaml.utf8.count, limit: FrontMatter.sizeLimit)))
            return result
        }

        let node: Node?
        do {
            // Tags are resolved by the typed reader, so Yams' regular-expression resolver (a third of
            // the decoding time) is not needed: with the basic resolver every plain scalar stays
            // text until a key asks.
            node = try Yams.compose(yaml: front.yaml, .basic, constructor, .utf8)
        } catch {
            result.diagnostics.append(YAMLProblem.diagnostic(error, yaml: front.yaml, file: file.displayPath, lineOffset: offset, subject: .frontMatter))
            return result
        }
        result.diagnostics += YAMLSlips.find(in: front.yaml, file: file.displayPath, lineOffset: offset)
        guard case .mapping(let mapping)? = node else {
            result.diagnostics.append(start.diagnostic(.frontMatterNotKeys))
            return result
        }
        var reader = FrontMatterReader(mapping: mapping, file: file.displayPath, lineOffset: offset,
                                       location: SourceLocation(file: file.displayPath, line: front.yamlFirstLine, column: 1),
                                       subject: "bestand")
        result.entities = readEntities(&reader, file: file, fields: FieldValue(node!))
        // Without a known type the other keys cannot be judged; one error is enough.
        if !result.entities.isEmpty { reader.finish() }
        result.diagnostics += reader.diagnostics
        return result
    }

    private static func readEntities(_ r: inout FrontMatterReader, file: ContentFile, fields: FieldValue) -> [Entity] {
        guard let typeName = r.string(CommonFields.type) else { return [] }
        guard let type = EntityType(rawValue: typeName), type != .question else {
            let at = r.node(CommonFields.type).map(r.location(of:)) ?? r.location
            let known = EntityType.fileTypes.map(\.rawValue)
            r.report(at, typeName == EntityType.question.rawValue ? .questionAsType
                : .unknownType(name: typeName, nearest: Suggestion.closest(to: typeName, in: known), known: known))
            return []
        }
        r.subject = type.rawValue

        let fileName = ContentFile.fileName(file.relativePath)
        let defaultID = String(fileName.dropLast(3))
        let id = r.string(CommonFields.id) ?? defaultID
        let idLocation = r.node(CommonFields.id).map(r.location(of:)) ?? r.location
        if !Slug.isValid(id) {
            r.report(idLocation, .invalidID(id: id, example: Slug.make(id).isEmpty ? "mijn-pagina" : Slug.make(id), fileNameFallback: true))
        }
        let title = r.string(CommonFields.title) ?? id
        let summary = r.string(CommonFields.summary)
        var references = r.relations(CommonFields.sources)
        references += r.relations(CommonFields.related)
        let isDraft = r.bool(CommonFields.draft) ?? false

        let kind: EntityKind
        switch type {
        case .plateau: kind = .plateau(Plateau.read(&r, relations: &references))
        case .organisationArea: kind = .organisationArea(OrganisationArea.read(&r))
        case .dimension: kind = .dimension(Dimension.read(&r))
        case .quadrant: kind = .quadrant(CooperationQuadrant.read(&r, relations: &references))
        case .tensionField: kind = .tensionField(TensionField.read(&r, relations: &references))
        case .workCard: kind = .workCard(WorkCard.read(&r, relations: &references))
        case .phase: kind = .phase(LearningPhase.read(&r, relations: &references))
        case .worksheet: kind = .worksheet(ComposedWorksheet.read(&r))
        case .meeting: kind = .meeting(LearningMeeting.read(&r))
        case .source: kind = .source(Source.read(&r))
        case .page: kind = .page(Page.read(&r))
        case .question: return []
        }
        let url = SiteURL.page(type: type, id: id, kind: kind)
        let examples = EntitySchema.exampleParents.contains(type) ? Example.readAll(&r, relations: &references) : []
        let questions = readQuestions(&r, parentID: id, parentURL: url, parentType: type, file: file)
        references += questions.map { TypedReference(.question, Reference(id: $0.id, location: $0.location)) }
        let entity = Entity(id: id, title: title, summary: summary, kind: kind, location: r.location,
                            sourcePath: file.relativePath, fields: fields, references: references,
                            parent: nil, url: url, body: nil, examples: examples)
        // A draft's questions are drafts too: they are published with their page or not at all.
        return ([entity] + questions).map { var e = $0; e.isDraft = isDraft; return e }
    }

    /// A question's `herkomst:` (`eigen`, or a source's id, which the graph checks) and `plaats:`.
    private static func readOrigin(_ q: inout FrontMatterReader, questionID: String) -> (QuestionOrigin?, Reference?) {
        typealias Fields = ReflectionQuestion.Fields
        let originNode = q.node(Fields.origin, missing: .questionWithoutOrigin(question: questionID))
        let value = originNode == nil ? nil : q.string(Fields.origin)
        let place = q.string(Fields.place)
        guard let value, let originNode else { return (nil, nil) }
        let at = q.location(of: originNode)
        if value == QuestionOrigin.ownWord {
            if place != nil, let placeNode = q.node(Fields.place) {
                q.report(q.location(of: placeNode), .placeOnOwnQuestion)
            }
            return (.own, nil)
        }
        guard Slug.isValid(value) else {
            q.report(at, .originNeitherOwnNorSource(value: value))
            return (nil, nil)
        }
        return (.source(id: value, place: place), Reference(id: value, location: at))
    }

    private static func readQuestions(_ r: inout FrontMatterReader, parentID: String, parentURL: String,
                                      parentType: EntityType, file: ContentFile) -> [Entity] {
        guard EntitySchema.questionParents.contains(parentType) else { return [] }
        typealias Fields = ReflectionQuestion.Fields
        var index = 0
        return r.records(EntitySchema.questions) { q -> Entity? in
            index += 1
            let id = q.string(Fields.id)
            let text = q.string(Fields.text)
            let audience = q.audience(Fields.audience)
            if q.node(Fields.audience) == nil {
                q.report(q.location, .questionWithoutAudience)
            }
            let group = q.string(Fields.group)
            let askedAloud = q.bool(Fields.followUp) ?? false
            let (origin, originReference) = readOrigin(&q, questionID: id ?? "vraag \(index)")
            guard let id, let text else { return nil }
            if !Slug.isValid(id) {
                q.report(q.location(of: q.node(Fields.id)!), .invalidID(id: id, example: "\(parentID)-\(index)", fileNameFallback: false))
            }
            var place: FieldValue = .null
            if case .source(_, let p?)? = origin { place = .string(p) }
            return Entity(id: id, title: text, summary: nil,
                          kind: .question(ReflectionQuestion(text: text, audience: audience, group: group, origin: origin, askedAloud: askedAloud)),
                          location: q.location, sourcePath: file.relativePath,
                          fields: .map([(Fields.text.key, .string(text)), (Fields.audience.key, audience.map { .string($0.rawValue) } ?? .null),
                                        (Fields.group.key, group.map(FieldValue.string) ?? .null),
                                        (Fields.origin.key, origin.map { .string($0.key) } ?? .null), (Fields.place.key, place)]
                                        // Only on a follow-up question, so graph.json's other questions stay as they were.
                                        + (askedAloud ? [(Fields.followUp.key, .bool(true))] : [])),
                          references: originReference.map { [TypedReference(.origin, $0)] } ?? [],
                          parent: parentID, url: parentURL + "#" + id, body: nil)
        }
    }
}
