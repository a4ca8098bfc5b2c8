import KhuyenCongCore
import KhuyenCongStore
import Plot
import Vapor

/// `/entries/{id}/sheet`: the score sheet in the layout councils print and sign (TT 26/2014 Annex:
/// the four criteria with their maximum, the judge's points, remarks, signature). A judge prints
/// their own sheet, filled in or blank; the organisers print blank ones for the jury.
enum ScoreSheetPrint {
    static func handle(_ req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let view = try await req.services.typicalProducts.entry(try req.uuidParameter("id"), for: principal)
        guard view.viewer == .organiser || view.viewer.judgeID != nil else { throw DomainError.forbidden }
        let naming = try await SelectionRoundsAPI.naming(req)
        let context = PageContext(req)
        let own = view.ownScore
        let judgeName = own.flatMap { view.jury.judge($0.judgeID)?.name } ?? (view.viewer.judgeID != nil ? principal.displayName : "")
        let content: Node<HTML.BodyContext> = .div(
            .class("score-sheet"),
            .p(.class("no-print"), .link(.entry(view.entry.id), "← " + view.entry.productName)),
            .div(
                .class("sheet-head"),
                .div(.strong(.text(naming.title(of: view.record).uppercased()))),
                // The national heading of an official form is the same in every reader's language.
                .div(.strong(.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), .br(), .text("Độc lập – Tự do – Hạnh phúc"))
            ),
            .h1(.text(context.t(.tpSheetTitle))),
            .dl(
                .class("facts"),
                .fact(context.t(.tpColProduct), view.entry.productName),
                .fact(context.t(.tpColEstablishment), view.establishmentName),
                .fact(context.t(.tpGroup), context.t(view.entry.group.labelKey)),
                .fact(context.t(.tpJudge), judgeName.isEmpty ? "…………………………" : judgeName)
            ),
            .table(
                .thead(.tr(
                    .th(.text(context.t(.tpSheetNumber))), .th(.text(context.t(.tpCriterion))), .th(.text(context.t(.tpMaxPoints))),
                    .th(.text(context.t(.tpPoints))))),
                .tbody(
                    .forEach(Array(ScoreCriterion.allCases.enumerated())) { index, criterion in
                        .tr(
                            .td(.text(String(index + 1))), .td(.text(context.t(criterion.labelKey))),
                            .td(.class("number"), .text(String(criterion.maxPoints))),
                            .td(.class("number"), .text(own.map { String($0.sheet.points(criterion)) } ?? "")))
                    },
                    .tr(
                        .td(), .td(.strong(.text(context.t(.tpTotal)))), .td(.class("number"), .strong(.text(String(ScoreCriterion.maxTotal)))),
                        .td(.class("number"), .strong(.text(own.map { String($0.sheet.total) } ?? ""))))
                )),
            .p(.strong(.text(context.t(.tpRemarks) + ": ")), .text(own?.sheet.remarks ?? "")),
            .div(.class("signatures"), .div(), .div(.p(.em(.text(context.t(.tpSheetPlaceDate)))), .p(.strong(.text(context.t(.tpJudgeSignature))))))
        )
        return .html(Layout.render(context, title: context.t(.tpSheetTitle), section: .selection, content: content))
    }
}
