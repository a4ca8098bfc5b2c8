import ArgumentParser
import Foundation
import KhuyenCongCore
import KhuyenCongStore
import Vapor

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage user accounts.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create an account. The password is read from standard input, never from the command line.")

        @ArgumentParser.Option(help: "Login name: 3–64 lower-case letters, digits, '.', '-', '_'.")
        var username: String

        @ArgumentParser.Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role: String

        @ArgumentParser.Option(help: "Today's province code (e.g. 01 for Hà Nội), for provincial roles.")
        var province: String?

        @ArgumentParser.Option(help: "Today's commune code, for commune committees and collaborators.")
        var commune: String?

        @ArgumentParser.Option(help: "Organisation id (UUID), for establishments.")
        var organisation: String?

        @ArgumentParser.Option(name: .customLong("display-name"), help: "Name shown in the interface (default: the username).")
        var displayName: String?

        @ArgumentParser.Flag(name: .customLong("password-stdin"), help: "Read the password from standard input (required).")
        var passwordStdin = false

        func validate() throws {
            guard passwordStdin else { throw ValidationError(CommandSupport.text(.cliPasswordStdinRequired)) }
            guard Role(rawValue: role) != nil else {
                throw ValidationError(
                    CommandSupport.text(.cliUnknownRole, ["role": role, "roles": Role.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            if let organisation, UUID(uuidString: organisation) == nil {
                throw ValidationError(CommandSupport.text(.invalidUUID, ["name": "--organisation"]))
            }
        }

        func run() async throws {
            let password = (readLine(strippingNewline: true) ?? "")
            let draft = AccountDraft(
                username: username, displayName: displayName ?? username, role: Role(rawValue: role)!,
                provinceCode: province, communeCode: commune, organisationID: organisation.flatMap(UUID.init(uuidString:)))
            do {
                let principal = try await CommandSupport.withStore { store in
                    let geography = try await GeographyRepository(store: store).load()
                    let today = Day(store.now())
                    let problems = draft.validate(password: password, geography: geography, today: today)
                    if let first = problems.first {
                        for problem in problems.dropFirst() { CommandSupport.printError(problem.message(in: CommandSupport.language)) }
                        throw first
                    }
                    let hash = try Bcrypt.hash(password, cost: 12)
                    return try await UserRepository(store: store).create(
                        draft, provinceCode: draft.resolvedProvinceCode(geography: geography, today: today),
                        passwordHash: hash, actor: CommandSupport.actor)
                }
                print(
                    CommandSupport.text(
                        .cliUserCreated,
                        ["name": principal.username, "role": principal.role.rawValue, "id": principal.userID.uuidString.lowercased()]))
            } catch let error as DomainError {
                CommandSupport.printError(error.message(in: CommandSupport.language))
                throw ExitCode(2)
            }
        }
    }
}
