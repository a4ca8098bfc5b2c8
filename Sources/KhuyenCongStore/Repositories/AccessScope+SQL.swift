import Foundation
import KhuyenCongCore
import SQLKit

extension AccessScope {
    /// The scope as a WHERE clause on a table's area columns; every scoped query goes through this.
    func filter<Builder: SQLPredicateBuilder>(
        _ builder: Builder, province: String = "province_code", commune: String = "commune_code",
        organisation: String = "id"
    ) -> Builder {
        switch area {
        case .nation: builder
        case .province(let code): builder.where(province, .equal, SQLBind(code))
        case .commune(let code): builder.where(commune, .equal, SQLBind(code))
        case .organisation(let id): builder.where(organisation, .equal, SQLBind(id.uuidString.lowercased()))
        case .nothing: builder.where(SQLLiteral.boolean(false))
        }
    }
}
