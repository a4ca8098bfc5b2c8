import KhuyenCongCore
import Plot

/// Labelled form fields that show their problem next to them, with the ARIA links screen readers
/// need; shared by every form page so that they all behave alike.
struct FormFields {
    let context: PageContext
    let error: DomainError?
    let problems: [String: MessageKey]

    init(_ context: PageContext, error: DomainError?) {
        self.context = context
        self.error = error
        problems = Dictionary((error?.fields ?? []).map { ($0.field, $0.key) }, uniquingKeysWith: { a, _ in a })
    }

    func describedBy(_ name: String, hint: Bool) -> String {
        ([problems[name] != nil ? "\(name)-error" : nil, hint ? "\(name)-hint" : nil].compactMap { $0 }).joined(separator: " ")
    }

    func errorNode(_ name: String) -> Node<HTML.FormContext> {
        .unwrap(problems[name]) { key in .p(.id("\(name)-error"), .class("field-error"), .text(context.t(key, error?.arguments ?? [:]))) }
    }

    func fieldClass(_ name: String) -> String { problems[name] == nil ? "field" : "field field-invalid" }

    func text(
        _ name: String, _ label: MessageKey, _ value: String?, type: HTMLInputType = .text, hint: MessageKey? = nil, required: Bool = false
    ) -> Node<HTML.FormContext> {
        .div(
            .class(fieldClass(name)),
            .label(.for(name), .text(context.t(label))),
            .unwrap(hint) { .p(.id("\(name)-hint"), .class("field-hint"), .text(context.t($0))) },
            .input(
                .type(type), .id(name), .name(name), .value(attr(value ?? "")), .required(required),
                .attribute(named: "aria-invalid", value: problems[name] == nil ? "false" : "true"),
                .attribute(named: "aria-describedby", value: describedBy(name, hint: hint != nil))),
            errorNode(name)
        )
    }

    func textarea(_ name: String, _ label: MessageKey, _ value: String?, hint: MessageKey? = nil) -> Node<HTML.FormContext> {
        .div(
            .class(fieldClass(name)),
            .label(.for(name), .text(context.t(label))),
            .unwrap(hint) { .p(.id("\(name)-hint"), .class("field-hint"), .text(context.t($0))) },
            .textarea(
                .id(name), .name(name), .attribute(named: "rows", value: "3"),
                .attribute(named: "aria-invalid", value: problems[name] == nil ? "false" : "true"),
                .attribute(named: "aria-describedby", value: describedBy(name, hint: hint != nil)), .text(value ?? "")),
            errorNode(name)
        )
    }

    func checkbox(_ name: String, _ label: MessageKey, _ checked: Bool) -> Node<HTML.FormContext> {
        .div(
            .class("check"),
            .input(.type(.checkbox), .id(name), .name(name), .value("on"), .checked(checked)),
            .label(.for(name), .text(context.t(label)))
        )
    }

    func select(_ name: String, _ label: MessageKey, options: [(String, String)], selected: String?) -> Node<HTML.FormContext> {
        .div(
            .class(fieldClass(name)),
            .label(.for(name), .text(context.t(label))),
            .select(
                .id(name), .attribute(named: "name", value: name),
                .forEach(options) { value, text in .option(.value(value), .label(attr(text)), .isSelected(value == selected)) }
            ),
            errorNode(name)
        )
    }
}
