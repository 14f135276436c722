using System.Globalization;

namespace Lede.Corpus.Pages;

/// <summary>A count with its noun in the singular or plural ("1 article", "3 articles"), as the reports and pages write it.</summary>
public static class Counted
{
    /// <param name="many">The plural when adding "s" does not make it ("copies").</param>
    public static string Of(long n, string one, string? many = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
