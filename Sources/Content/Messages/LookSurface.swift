/// A background an organisation's colours stand on (`spiegel.yml`'s look), as the contrast check
/// names it to the editor (`Problem.lowContrast`); `Problem+DutchConfiguration.swift` says where it is.
public enum LookSurface: Sendable, Equatable {
    case page, card, highlight, sheet, sheetBar
}
