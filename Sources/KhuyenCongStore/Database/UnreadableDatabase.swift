import FluentSQLiteDriver

extension Store {
    /// Whether `error` says the SQLite file itself cannot be used (not a database, or damaged),
    /// rather than that one statement failed: the operator then needs the file named and what to do,
    /// which SQLite's "file is not a database" does not say.
    public static func isUnreadableFile(_ error: any Error) -> Bool {
        switch (error as? SQLiteError)?.reason {
        case .notADatabase, .corrupt, .corruptIndex, .corruptVirtualTable, .corruptSequenceSchema: true
        default: false
        }
    }
}
