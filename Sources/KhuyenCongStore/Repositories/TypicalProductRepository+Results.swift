import Foundation
import KhuyenCongCore
import SQLKit

/// The round's results as the council reads them before deciding.
public struct RoundResults: Sendable {
    public let bundle: RoundBundle
    /// Per entry cleared for judging, in registration order.
    public let results: [EntryResult]
    /// The passed entries, best first.
    public let ranking: [RankedResult]

    init(bundle: RoundBundle) {
        self.bundle = bundle
        results = bundle.clearedResults
        ranking = Recognitions.ranking(results)
    }

    /// An entry's place in the ranking, nil when it did not pass.
    public func rank(of entryID: UUID) -> Int? { ranking.first { $0.result.entryID == entryID }?.rank }
}

extension TypicalProductRepository {
    /// Results with each entry's spread between judges and the ranking: for the round's organisers,
    /// once judging has closed (before, nobody sees marks but the judges themselves).
    public func results(_ roundID: UUID, by principal: Principal) async throws -> RoundResults {
        let bundle = try await bundle(roundID)
        try SelectionAccess.checkOrganiser(bundle.record.area, by: principal)
        guard bundle.record.judgingClosed else { throw DomainError(.conflict, .tpResultsAfterClosing) }
        return RoundResults(bundle: bundle)
    }

    /// Records the authority's decision recognising a passed entry, with its place in the ranking.
    public func recognise(
        entryID: UUID, decisionRef: String, decidedOn: Day, award: String?, by principal: Principal
    ) async throws -> ProductRecognition {
        try await store.write { sql, audit in
            let bundle = try await bundle(try await roundID(ofEntry: entryID, sql: sql), sql: sql)
            try SelectionAccess.checkOrganiser(bundle.record.area, by: principal)
            guard let entry = bundle.entries.first(where: { $0.id == entryID }) else { throw DomainError.notFound }
            guard bundle.record.judgingClosed else { throw DomainError(.conflict, .tpResultsAfterClosing) }
            if let earlier = bundle.recognitions[entryID] {
                throw DomainError(.conflict, .tpAlreadyRecognised, arguments: ["reference": earlier.decisionRef])
            }
            if let award, award.count > 200 { throw DomainError.invalidFields([FieldError(field: "award", key: .fieldTooLong)]) }
            if decisionRef.count > 200 { throw DomainError.invalidFields([FieldError(field: "decisionRef", key: .fieldTooLong)]) }
            guard bundle.eligibility(of: entry).isEligibleForJudging, let result = bundle.result(of: entry) else {
                throw DomainError(.conflict, .tpEntryNotEligible, arguments: ["name": entry.productName])
            }
            let rank = RoundResults(bundle: bundle).rank(of: entryID)
            let recognition = try Recognitions.recognise(
                entry, result: result, in: bundle.round, id: UUID(), decisionRef: decisionRef, decidedOn: decidedOn, rank: rank,
                award: award)
            try await sql.insert(into: "product_recognitions").columns(TypicalProductRows.recognitionColumns + ["folded_name"])
                .values(
                    SQLBind(recognition.id.stored), SQLBind(recognition.roundID.stored), SQLBind(entryID.stored),
                    SQLBind(recognition.establishmentID.stored), SQLBind(recognition.productName), SQLBind(recognition.level.rawValue),
                    SQLBind(recognition.scope.code), SQLBind(recognition.year), SQLBind(recognition.decisionRef),
                    SQLBind(recognition.decidedOn.iso), SQLBind(recognition.rank), SQLBind(recognition.award),
                    SQLBind(entry.productKey.foldedName)
                ).run()
            try await audit.record(
                actor: Actor(principal), action: "product_entry.recognise", entityType: "product_entry", entityID: entryID.stored,
                provinceCode: bundle.entryAreas[entryID]?.provinceCode, before: nil, after: recognition)
            return recognition
        }
    }

    /// Issues the certificate of a recognised entry, numbered next in its level's and area's series
    /// for the year of issue. `publish` puts it in the public catalogue.
    public func issueCertificate(
        entryID: UUID, issuedOn: Day, issuedBy: String, publish: Bool, by principal: Principal
    ) async throws -> ProductCertificate {
        try await store.write { sql, audit in
            let bundle = try await bundle(try await roundID(ofEntry: entryID, sql: sql), sql: sql)
            try SelectionAccess.checkOrganiser(bundle.record.area, by: principal)
            guard bundle.entries.contains(where: { $0.id == entryID }) else { throw DomainError.notFound }
            guard let recognition = bundle.recognitions[entryID] else { throw DomainError(.conflict, .tpCertificateNeedsRecognition) }
            if issuedBy.count > 300 { throw DomainError.invalidFields([FieldError(field: "issuedBy", key: .fieldTooLong)]) }
            var series = sql.select().columns(TypicalProductRows.certificateColumns.map { SQLIdentifier($0) }).from("product_certificates")
                .where("level", .equal, SQLBind(recognition.level.rawValue))
            if let code = recognition.scope.code { series = series.where("area_code", .equal, SQLBind(code)) }
            let existing = try await series.all(decoding: TypicalProductRows.Certificate.self, keyDecodingStrategy: .convertFromSnakeCase)
                .compactMap(\.certificate) + Array(bundle.certificates.values)
            let certificate = try CertificateIssuing.issue(
                for: recognition, id: UUID(), issuedOn: issuedOn, issuedBy: issuedBy, existing: existing,
                validity: bundle.parameters.validity)
            try await sql.insert(into: "product_certificates").columns(TypicalProductRows.certificateColumns)
                .values(
                    SQLBind(certificate.id.stored), SQLBind(recognition.id.stored), SQLBind(entryID.stored),
                    SQLBind(certificate.establishmentID.stored), SQLBind(certificate.productName), SQLBind(certificate.level.rawValue),
                    SQLBind(certificate.scope.code), SQLBind(certificate.number), SQLBind(certificate.issuedOn.iso),
                    SQLBind(certificate.issuedBy), SQLBind(certificate.validUntil.iso), SQLBind(publish ? 1 : 0)
                ).run()
            struct Issued: Encodable {
                let certificate: ProductCertificate
                let published: Bool
            }
            try await audit.record(
                actor: Actor(principal), action: "product_certificate.issue", entityType: "product_certificate",
                entityID: certificate.id.stored, provinceCode: bundle.entryAreas[entryID]?.provinceCode, before: nil,
                after: Issued(certificate: certificate, published: publish))
            return certificate
        }
    }

    /// Valid certificates of an establishment on `day`, for the priority flags of scheme appraisal.
    public func certificates(of establishmentID: UUID) async throws -> [ProductCertificate] {
        try await store.sql.select().columns(TypicalProductRows.certificateColumns.map { SQLIdentifier($0) }).from("product_certificates")
            .where("establishment_id", .equal, SQLBind(establishmentID.stored)).orderBy("issued_on")
            .all(decoding: TypicalProductRows.Certificate.self, keyDecodingStrategy: .convertFromSnakeCase).compactMap(\.certificate)
    }
}
