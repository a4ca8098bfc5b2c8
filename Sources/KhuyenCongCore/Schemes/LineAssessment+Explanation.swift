import Foundation

extension LineAssessment {
    /// The arithmetic in words a province official can check against the legal text: which table,
    /// which rate and cap, what was requested (design.md §4.4). `provinceName` replaces the bare
    /// province code when the caller knows the name.
    public func explanation(in language: Language, provinceName: String? = nil) -> String {
        func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
            Messages.text(key, language, arguments)
        }
        let date = day.vietnamese
        switch outcome {
        case .noTableInForce:
            switch scope {
            case .national:
                return text(.rateCalcNoNationalTable, ["date": date])
            case .province(let code):
                let province = provinceName ?? text(.rateCalcProvinceCode, ["code": code])
                return text(.rateCalcNoProvinceTable, ["province": province, "date": date])
            }
        case .ruleNotSet:
            let head = text(
                .rateCalcRuleNotSet,
                ["code": tableCode ?? "", "basis": legalBasis ?? "", "activity": text(activityType.labelKey)])
            return ruleNote.map { head + " " + text(.rateCalcNote, ["note": $0]) } ?? head
        case .computed:
            var sentences = [arithmetic(in: language) + " " + source(in: language) + "."]
            if let sharedCap {
                sentences.append(
                    text(
                        .rateCalcSharedCap,
                        [
                            "count": Money.formatCount(sharedCap.beneficiaries), "activity": text(activityType.labelKey),
                            "pool": Money.format(sharedCap.pool), "used": Money.format(sharedCap.usedBefore),
                            "allowed": Money.format(allowedSupport ?? 0),
                        ]))
            }
            if !ruleVerified { sentences.append(text(.rateCalcUnverified)) }
            if let ruleNote { sentences.append(text(.rateCalcNote, ["note": ruleNote])) }
            let requested = Money.format(requestedSupport)
            if let excess {
                sentences.append(text(.rateCalcRequestedAbove, ["requested": requested, "excess": Money.format(excess)]))
            } else {
                sentences.append(text(.rateCalcRequestedWithin, ["requested": requested]))
            }
            return sentences.joined(separator: " ")
        }
    }

    /// "30 % of 5.000.000.000 ₫ = 1.500.000.000 ₫, capped at 1.000.000.000 ₫ per model × 1 model = …".
    func arithmetic(in language: Language) -> String {
        var arguments = [
            "cost": Money.format(eligibleCost),
            // The line's own arithmetic; a shared cap that lowers it is a sentence of its own.
            "allowed": Money.format(sharedCap?.lineAmount ?? allowedSupport ?? 0),
            "unit": Messages.text(capUnit.labelKey, language),
            "quantity": capUnit.quantity(capUnits, in: language),
        ]
        if let ratePercent { arguments["rate"] = BasisPoints.format(ratePercent, in: language) }
        if let rateAmount { arguments["share"] = Money.format(rateAmount) }
        if let cap { arguments["cap"] = Money.format(cap) }
        if let capAmount { arguments["capTotal"] = Money.format(capAmount) }
        let key: MessageKey
        switch (rateAmount, capAmount) {
        case (let share?, let capTotal?): key = capTotal < share ? .rateCalcRateCapped : .rateCalcRateWithinCap
        case (_?, nil): key = .rateCalcRateNoCap
        case (nil, let capTotal?): key = capTotal < eligibleCost ? .rateCalcCapOnlyCapped : .rateCalcCapOnlyWithinCap
        case (nil, nil): key = .rateCalcRateNoCap  // not reached: such a rule is not set
        }
        return Messages.text(key, language, arguments)
    }

    /// "(Thông tư 28/2018/TT-BTC …, table TT28-2018-BTC in force on 01/03/2026)".
    func source(in language: Language) -> String {
        Messages.text(
            .rateCalcSource, language, ["basis": legalBasis ?? "", "code": tableCode ?? "", "date": day.vietnamese])
    }
}
