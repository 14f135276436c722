namespace Lede.Bench.Stories;

/// <summary>
/// Hand-checked same-event groups of PolNeAR articles (<c>Data/polnear-events.tsv</c>: event id, article id;
/// ids only, no text). They were judged from headlines, dates and publishers, never from the clusterer's
/// output or its similarity, so they are independent evidence. Unlisted articles are stories of their own.
/// </summary>
internal static class EventLabels
{
    public static Dictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "polnear-events.tsv");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length == 2) labels[parts[1]] = "event:" + parts[0];
        }
        return labels;
    }
}
