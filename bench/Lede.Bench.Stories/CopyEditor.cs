using System.Text;
using System.Text.RegularExpressions;

namespace Lede.Bench.Stories;

/// <summary>
/// Realistic edits that syndication and newsroom desks apply to a story, driven by a seeded RNG:
/// new headlines, trimmed tails, inserted page furniture, rewritten datelines, copy edits,
/// updates with an added paragraph, and (for story rewrites) paraphrase-like word changes.
/// </summary>
internal sealed partial class CopyEditor(int seed)
{
    private readonly Random _rng = new(seed);

    // Invented page furniture, of the kinds sites insert into syndicated copy.
    private static readonly string[] Boilerplate =
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Sign up for our daily newsletter and get the top stories in your inbox every morning.",
        "Read more: Our complete coverage of the campaign",
        "Follow us on social media for the latest updates.",
        "This story has been updated.",
        "Story continues below",
        "Related: What you need to know today",
        "Copyright 2016 Example Wire Service. All rights reserved. This material may not be republished without permission.",
        "Click here to subscribe for unlimited access.",
    ];

    private static readonly string[] HeadlinePrefixes = ["UPDATE: ", "Watch: ", "Breaking: ", "Analysis: ", "", ""];

    // Desk edits: house style and light rewording.
    private static readonly (string From, string To)[] CopyEdits =
    [
        (" said ", " says "), (" percent", "%"), (" Mr. ", " "), (" about ", " around "), (" more than ", " over "),
        (" Sept. ", " September "), (" U.S. ", " US "), (" because ", " as "), (" however", " but"), (" also ", " "),
        (" told ", " said to "), (" will ", " would "), (" million", "m"), (" and ", " & "), (" that ", " "),
    ];

    // Paraphrase-like rewording for story rewrites (other outlets tell the same event in their own words).
    private static readonly (string From, string To)[] Rewordings =
    [
        (" said ", " stated "), (" announced ", " revealed "), (" president ", " leader "), (" campaign ", " bid "),
        (" candidate ", " hopeful "), (" voters ", " the electorate "), (" supporters ", " backers "), (" criticized ", " attacked "),
        (" big ", " large "), (" new ", " fresh "), (" week ", " seven days "), (" called ", " described "),
        (" plan ", " proposal "), (" people ", " Americans "), (" meeting ", " session "), (" speech ", " address "),
        (" attack ", " assault "), (" showed ", " indicated "), (" wants ", " seeks "), (" help ", " assist "),
    ];

    [GeneratedRegex(@"^([A-Z][A-Za-z .,'’-]{1,40}?)(,\s*[A-Z][a-z]+\.?\s*\d{0,2})?\s*(\([A-Za-z]+\))?\s*[—–-]{1,2}\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"(?<=[.!?][”""]?)\s+(?=[A-Z“""])")]
    private static partial Regex SentenceBreak();

    public int Next(int min, int max) => _rng.Next(min, max);

    public double NextDouble() => _rng.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    public string ReHeadline(string headline, IReadOnlyList<string> paragraphs)
    {
        if (_rng.NextDouble() < 0.5 || paragraphs.Count == 0) return Pick(HeadlinePrefixes) + headline;
        var words = paragraphs[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Math.Min(words.Length - 1, _rng.Next(0, 4));
        return string.Join(' ', words.Skip(Math.Max(0, start)).Take(_rng.Next(6, 12))).TrimEnd(',', '.', ';');
    }

    public List<string> TrimTail(List<string> paragraphs, double maxShare)
    {
        if (paragraphs.Count < 3) return paragraphs;
        var drop = Math.Max(1, (int)Math.Round(paragraphs.Count * maxShare * _rng.NextDouble()));
        return paragraphs.Take(Math.Max(2, paragraphs.Count - drop)).ToList();
    }

    public List<string> InsertBoilerplate(List<string> paragraphs)
    {
        var result = paragraphs.ToList();
        var count = _rng.Next(1, 4);
        for (var i = 0; i < count; i++) result.Insert(_rng.Next(1, result.Count + 1), Pick(Boilerplate));
        return result;
    }

    /// <summary>"WASHINGTON (AP) — " becomes "Washington — " (or another style); a story without one gets one.</summary>
    public List<string> ChangeDateline(List<string> paragraphs)
    {
        if (paragraphs.Count == 0) return paragraphs;
        var result = paragraphs.ToList();
        var m = Dateline().Match(result[0]);
        if (m.Success && m.Length < 60)
        {
            var city = m.Groups[1].Value.Trim();
            var rest = result[0][m.Length..];
            result[0] = _rng.Next(3) switch
            {
                0 => $"{TitleCase(city)} — {rest}",
                1 => rest,
                _ => $"{city.ToUpperInvariant()} (Reuters) - {rest}",
            };
        }
        else
        {
            result[0] = Pick(new[] { "WASHINGTON (AP) — ", "NEW YORK — ", "Washington, D.C. — " }) + result[0];
        }
        return result;
    }

    /// <summary>Edits about one sentence in <paramref name="share"/>, one house-style change or dropped word each.</summary>
    public List<string> CopyEdit(List<string> paragraphs, double share) =>
        paragraphs.Select(p => EditSentences(p, share, CopyEdits, dropWords: 0.0)).ToList();

    /// <summary>Rewords sentences and drops words, as a second outlet writing its own version would.</summary>
    public List<string> Paraphrase(List<string> paragraphs, double dropWords) =>
        paragraphs.Select(p => EditSentences(p, 0.9, Rewordings, dropWords)).Select(ShuffleClauses).ToList();

    public List<string> Update(List<string> paragraphs, string addedParagraph)
    {
        var result = paragraphs.ToList();
        // Updates either add the new development after the lead or at the end.
        result.Insert(_rng.NextDouble() < 0.5 ? Math.Min(1, result.Count) : result.Count, addedParagraph);
        return result;
    }

    private string EditSentences(string paragraph, double share, (string From, string To)[] table, double dropWords)
    {
        var sentences = SentenceBreak().Split(paragraph);
        var sb = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var s = " " + sentence + " ";
            if (_rng.NextDouble() < share)
            {
                var applicable = table.Where(e => s.Contains(e.From, StringComparison.Ordinal)).ToList();
                if (applicable.Count > 0)
                {
                    var e = Pick(applicable);
                    var at = s.IndexOf(e.From, StringComparison.Ordinal);
                    s = s[..at] + e.To + s[(at + e.From.Length)..];
                }
                else
                {
                    s = DropWords(s, Math.Max(dropWords, 0.08));
                }
            }
            if (dropWords > 0) s = DropWords(s, dropWords);
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(s.Trim());
        }
        return sb.ToString();
    }

    private string DropWords(string sentence, double share)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 6) return sentence;
        var kept = words.Where((w, i) => i == 0 || i == words.Length - 1 || _rng.NextDouble() >= share);
        return " " + string.Join(' ', kept) + " ";
    }

    /// <summary>Moves a paragraph's last sentence to the front now and then: outlets order facts differently.</summary>
    private string ShuffleClauses(string paragraph)
    {
        var sentences = SentenceBreak().Split(paragraph);
        if (sentences.Length < 2 || _rng.NextDouble() < 0.5) return paragraph;
        return string.Join(' ', sentences[^1..].Concat(sentences[..^1]));
    }

    private static string TitleCase(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length > 1 ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w));
}
