/// What a meeting that discusses a case puts on the table about privacy: a template on which the
/// case holder writes the case without anything that identifies the family (initials and ages,
/// the course of the help, the learning question), the rules for anonymising, the agreement on
/// confidentiality read out at the opening, and what happens to flip-overs and notes afterwards.
/// Its wording is the catalogue's (`UIStrings`), the same for every meeting.
struct MeetingPrivacy {
    let strings: UIStrings
    /// The prefix of the form fields' names, under which the browser keeps what is typed.
    let formName: String

    static let anonymisingRules = ["privacyRule1", "privacyRule2", "privacyRule3", "privacyRule4", "privacyRule5"]
    static let afterwards = ["privacyAfter1", "privacyAfter2", "privacyAfter3"]

    /// The template's fields: a short line or room to write, with their number of lines.
    private static let fields: [(key: String, lines: Int)] = [
        ("caseInitials", 0), ("caseAges", 0), ("caseCourse", 9), ("caseQuestion", 3),
    ]

    var values: [String: Any] {
        [
            "fields": Self.fields.map { key, lines -> [String: Any] in
                var field: [String: Any] = ["label": strings[key], "name": formName + "__" + key, "id": formName + "--" + key]
                if lines > 0 { field["height"] = "height: \(lines * WorksheetContext.lineHeight)mm" }
                return field
            },
            "rules": Self.anonymisingRules.map { strings[$0] },
            "afterwards": Self.afterwards.map { strings[$0] },
        ]
    }
}
