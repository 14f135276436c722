namespace Lede.Extraction.Metadata.Dates;

/// <summary>Policy: which of a page's date candidates is the publication date, which the modification date, and which disagree.</summary>
public static class DateResolver
{
    // Interim policy (skeleton): highest confidence wins; owner: metadata work.
    public static ResolvedDates Resolve(IReadOnlyList<DateCandidate> candidates)
    {
        var published = candidates.Where(c => c.Role != DateRole.Modified).OrderByDescending(c => c.Confidence).FirstOrDefault();
        var modified = candidates.Where(c => c.Role == DateRole.Modified).OrderByDescending(c => c.Confidence).FirstOrDefault();
        var warnings = new List<string>();
        if (published is not null && modified is not null && modified.Value < published.Value)
            warnings.Add($"dateModified {modified.ToIso()} ({modified.Source}) is before datePublished {published.ToIso()} ({published.Source})");
        return new ResolvedDates(published, modified, warnings);
    }
}
