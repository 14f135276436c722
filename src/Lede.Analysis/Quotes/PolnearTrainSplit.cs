using System.Text.Json;

namespace Lede.Analysis.Quotes;

/// <summary>
/// The articles of PolNeAR's <c>train</c> split, the only split the quote models learn from (<c>dev</c> is kept for
/// measuring): each article's text with its gold attributions.
/// </summary>
internal static class PolnearTrainSplit
{
    private const string TrainSplit = "train";

    /// <summary>
    /// Calls <paramref name="read"/> with each train article's text, its <c>attributions</c> array and whether it is held
    /// out (every <paramref name="holdOutEvery"/>-th article, counting from the first, when above 0; with
    /// <paramref name="holdOutFold"/> k, the articles whose number leaves remainder k), in file order.
    /// </summary>
    /// <returns>The number of train articles read.</returns>
    /// <remarks>The JSON element lives only during the call.</remarks>
    public static int ForEach(string polnearFolder, int holdOutEvery, Action<string, JsonElement, bool> read, int holdOutFold = 0)
    {
        var articles = 0;
        foreach (var line in File.ReadLines(Path.Combine(polnearFolder, "gold.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("split").GetString() != TrainSplit) continue;
            var text = File.ReadAllText(Path.Combine(polnearFolder, root.GetProperty("text").GetString()!));
            read(text, root.GetProperty("attributions"), holdOutEvery > 0 && articles % holdOutEvery == holdOutFold);
            articles++;
        }
        return articles;
    }
}
