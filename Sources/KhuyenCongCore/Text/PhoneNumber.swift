import Foundation

/// Telephone numbers as people write them: digits with spaces, dots, dashes, brackets or a leading
/// plus, at most 20 characters (organisations and establishments alike).
public enum PhoneNumber {
    public static func isAcceptable(_ text: String) -> Bool {
        text.count <= 20 && text.allSatisfy { $0.isNumber || " +.-()".contains($0) }
    }
}
