using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// A server's error output printed into the page ("Warning: … in /var/www/…/file.php on line 12"): furniture for the
/// block filter and the plain-text line classifier alike.
/// </summary>
internal static class ServerDiagnostic
{
    /// <summary>Whether <paramref name="text"/> is one such line, whole.</summary>
    public static bool Matches(string text) =>
        text.Length <= BoilerplateRules.ServerDiagnosticMaxChars && text.Contains(BoilerplateRules.ServerDiagnosticMarker, StringComparison.Ordinal)
        && BoilerplateRules.ServerDiagnosticLine().IsMatch(text);
}
