import Testing
import KhuyenCongCore

@Suite struct MessagesTests {
    @Test(arguments: MessageKey.allCases)
    func everyKeyHasVietnameseAndEnglish(_ key: MessageKey) {
        let entry = Messages.catalogue[key]
        #expect(entry?[.vi]?.isEmpty == false, "missing Vietnamese for \(key)")
        #expect(entry?[.en]?.isEmpty == false, "missing English for \(key)")
    }

    @Test func placeholdersAreFilled() {
        #expect(Messages.text(.auditChainBroken, .en, ["seq": "7"]) == "The audit chain is broken at entry 7.")
        #expect(Messages.text(.auditChainBroken, .vi, ["seq": "7"]).contains("7"))
    }

    @Test func languageNegotiationPrefersSupportedTags() {
        #expect(Language.negotiate(acceptLanguage: "en-GB,en;q=0.9") == .en)
        #expect(Language.negotiate(acceptLanguage: "fr-FR,vi;q=0.5") == .vi)
        #expect(Language.negotiate(acceptLanguage: nil) == .vi)
    }

    @Test func everyRoleHasALabel() {
        for role in Role.allCases {
            #expect(Messages.catalogue[role.messageKey] != nil)
        }
    }

    @Test func auditActionsHaveLabelsAndUnknownOnesShowTheirCode() {
        #expect(AuditAction.label("establishment.update", in: .vi) == "Sửa thông tin cơ sở")
        #expect(AuditAction.label("establishment.update", in: .en) == "Establishment changed")
        #expect(AuditAction.label("something.new", in: .en) == "something.new")
    }
}
