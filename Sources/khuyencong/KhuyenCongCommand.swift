import ArgumentParser

@main
struct KhuyenCongCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khuyencong",
        abstract: "KhuyenCong — hệ thống thông tin khuyến công / industrial promotion information system.",
        subcommands: [ServeCommand.self, MigrateCommand.self, UserCommand.self, AuditCommand.self, ImportCommand.self, SeedCommand.self, BackupCommand.self, RestoreCommand.self, ReindexCommand.self])
}
