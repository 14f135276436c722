namespace Lede.Extraction.Metadata;

/// <summary>
/// Language of the article text (BCP 47), from a compact trigram model over a fixed list of news languages
/// (<see cref="TrigramLanguageModel"/>). The page's declared language is a strong hint: kept (with its region)
/// when the text agrees, is too short to judge, or the model is unsure.
/// </summary>
public static class LanguageIdentifier
{
    // Below this many characters trigram statistics are unreliable; the declared language is trusted instead.
    private const int MinTextChars = 60;
    private const int SampleChars = 1500;

    // Margin (nats per trigram) under which the model's choice is too close to overrule the page's declaration.
    private const double OverruleMargin = 0.15;

    private static readonly Lazy<TrigramLanguageModel?> Model = new(TrigramLanguageModel.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the model now, so the first article does not pay for it; returns its approximate size in bytes (0 when the model is missing).</summary>
    public static long Warm() => Model.Value?.ApproximateBytes ?? 0;

    /// <param name="text">Article text (headline, description and body).</param>
    /// <param name="declared">The page's declared language (html lang, Content-Language), if any.</param>
    public static string? Identify(string text, string? declared)
    {
        var hint = Normalize(declared);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars)).Trim();
        if (sample.Length < MinTextChars || Model.Value is not { } model) return hint;
        if (model.Identify(sample) is not { } found) return hint;
        if (hint is null) return found.Language;
        var declaredPrimary = Primary(hint);
        if (declaredPrimary == found.Language || (declaredPrimary == "no" && found.Language is "nb" or "nn")) return hint;
        if (!model.Languages.Contains(declaredPrimary) && found.Margin < OverruleMargin) return hint;
        return found.Margin >= OverruleMargin || sample.Length >= 400 ? found.Language : hint;
    }

    /// <summary>The primary language subtag, lower case: "en-GB" → "en".</summary>
    public static string Primary(string tag)
    {
        var i = tag.IndexOfAny(['-', '_']);
        return (i > 0 ? tag[..i] : tag).ToLowerInvariant();
    }

    /// <summary>"en_US" → "en-US", "EN" → "en"; anything that is not a language tag → null.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var t = tag.Trim().Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (t is null) return null;
        var parts = t.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return null;
        var primary = parts[0].ToLowerInvariant();
        if (parts.Length == 1) return primary;
        var region = parts[1];
        return region.Length == 2 && region.All(char.IsAsciiLetter) ? primary + "-" + region.ToUpperInvariant() : primary + "-" + region;
    }
}
