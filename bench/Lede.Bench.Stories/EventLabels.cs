namespace Lede.Bench.Stories;

/// <summary>
/// Hand-checked same-event groups of PolNeAR articles (<c>Data/polnear-events.tsv</c>: event id, article id;
/// ids only, no text). They were judged from headlines, dates and publishers, never from the clusterer's
/// output or its similarity, so they are independent evidence. Unlisted articles are stories of their own.
/// <c>Data/polnear-events-audit.tsv</c> is a second pass that adds articles the first one missed (its header says how
/// they were found), followed by a third pass with its own header; <see cref="LoadAudited"/> applies both on top.
/// </summary>
internal static class EventLabels
{
    public static Dictionary<string, string> Load() => Read("polnear-events.tsv", new Dictionary<string, string>(StringComparer.Ordinal));

    public static Dictionary<string, string> LoadAudited() => Read("polnear-events-audit.tsv", Load());

    private static Dictionary<string, string> Read(string file, Dictionary<string, string> labels)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", file);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length == 2) labels[parts[1]] = "event:" + parts[0];
        }
        return labels;
    }
}
