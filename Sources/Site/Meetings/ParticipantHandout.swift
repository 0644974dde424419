import Content

/// What participants get on paper: for each part that draws on a card, field, phase or
/// worksheet, one sheet with what the part is for and room to write, and only the questions
/// meant for the meeting's audience (and for everyone) to write an answer to. What the facilitator does (the steps,
/// the preparation, the notes) stays in the script, and no sheet asks for a participant's name.
struct ParticipantHandout {
    let meeting: LearningMeeting
    let graph: ContentGraph
    let strings: UIStrings
    /// Form fields are named after this, so answers of two meetings' handouts never mix.
    let meetingID: String

    /// The audiences whose questions participants read: the meeting's own and everyone's.
    var audiences: Set<Audience> { [.everyone, meeting.audience ?? .everyone] }

    /// One sheet per part that has something for participants, in the order of the parts.
    var sheets: [Worksheet] {
        meeting.schedule.enumerated().compactMap { index, scheduled in
            sheet(for: scheduled.part, number: index + 1, start: scheduled.start)
        }
    }

    private func sheet(for part: MeetingPart, number: Int, start: Int) -> Worksheet? {
        guard let (_, reference) = part.drawsOn, let entity = graph.entity(reference.id) else { return nil }
        let chosen = part.questions.compactMap { graph.entity($0.id) }
        let questions = forAudience(chosen.isEmpty ? graph.questions(of: entity.id) : chosen)
        let lines = Worksheet.writingLines(forQuestions: questions.count)
        var blocks: [SheetBlock] = []
        var purpose = entity.summary ?? ""
        switch entity.kind {
        case .workCard(let card):
            purpose = card.purpose
            if !questions.isEmpty { blocks.append(.questions(heading: strings["questions"], questions: questions, lines: lines)) }
            blocks.append(.writingBox(heading: strings["sessionNotes"], prompt: nil, lines: questions.isEmpty ? 12 : 5))
        case .tensionField(let field) where field.poles.count == 2:
            blocks.append(.poles(field: entity, left: field.poles[0], right: field.poles[1]))
            if !questions.isEmpty { blocks.append(.questions(heading: strings["questions"], questions: questions, lines: lines)) }
        case .phase:
            blocks.append(.phaseParts(phases: [entity]))
            blocks.append(.writingBox(heading: strings["whereIsOurGroup"], prompt: nil, lines: 4))
        case .worksheet(let composed):
            purpose = composed.purpose
            blocks = composedBlocks(of: entity)
        default:
            return nil
        }
        let time = meeting.startTime == nil ? strings.counted("meetingMinutes", part.minutes)
            : ClockTime.text(start) + "–" + ClockTime.text(start + part.minutes)
        let label = strings.counted("handoutPart", number) + " · " + time
        return Worksheet(id: meetingID + "-" + String(number), origin: .composed, title: entity.title, label: label,
                         purpose: purpose, audiences: [meeting.audience ?? .everyone], home: nil, sources: [],
                         carries: [entity.id] + questions.map(\.id), introduction: nil, blocks: blocks, fields: .map([]))
    }

    /// A composed sheet as participants get it: its questions for the audience, without the
    /// steps and preparation lists, which are the facilitator's.
    private func composedBlocks(of entity: Entity) -> [SheetBlock] {
        let sheet = WorksheetCatalog(graph: graph, strings: strings).sheet(entity.id)
        return (sheet?.blocks ?? []).compactMap { block -> SheetBlock? in
            switch block {
            case .steps, .checklist: return nil
            case .questions(let heading, let questions, let lines):
                let kept = forAudience(questions)
                return kept.isEmpty ? nil : .questions(heading: heading, questions: kept, lines: lines)
            default: return block
            }
        }
    }

    /// The questions for the meeting's audience or for everyone, to write an answer to; a question
    /// that names no audience is for everyone. Follow-up questions are asked aloud, from the deck.
    private func forAudience(_ questions: [Entity]) -> [Entity] {
        questions.filter { question in
            guard case .question(let q) = question.kind, !q.askedAloud else { return false }
            return audiences.contains(q.audience ?? .everyone)
        }
    }

    /// The sheets as the template shows them, with the date to fill in but no name.
    func values(_ context: WorksheetContext, from url: String) -> [[String: Any]] {
        sheets.map { sheet in
            var values = context.sheet(sheet, from: url)
            values["nameField"] = nil
            return values
        }
    }
}
