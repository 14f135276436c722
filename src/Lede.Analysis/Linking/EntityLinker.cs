using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Linking;

/// <summary>
/// Groups an article's mentions into entities: "Karoline Leavitt", "Leavitt" and "White House press
/// secretary Karoline Leavitt" are one person. A person's shorter mention links to the latest person
/// whose name holds all its words; other types link on the same name or an acronym of it.
/// </summary>
internal static class EntityLinker
{
    public static LinkedEntities Link(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<Token> tokens)
    {
        var drafts = new List<EntityDraft>();
        var linked = new Mention[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var words = NameWords(mention.Text);
            if (words.Length == 0) { linked[m] = mention; continue; }
            var draft = Find(drafts, mention.Type, words);
            if (draft is null)
            {
                draft = new EntityDraft("E" + (drafts.Count + 1), mention.Type, string.Join(' ', words), words);
                drafts.Add(draft);
            }
            else if (words.Length > draft.Words.Length && draft.Type == mention.Type)
            {
                draft.Name = string.Join(' ', words);
                draft.Words = words;
            }
            draft.MentionCount++;
            draft.LastPosition = mention.Start;
            if (draft.Type == "PER")
                foreach (var title in TitleExtractor.Extract(text, tokens, mention))
                    if (!draft.Titles.Contains(title, StringComparer.OrdinalIgnoreCase)) draft.Titles.Add(title);
            linked[m] = mention with { Entity = draft.Id };
        }
        var entities = drafts.Select(d => new Entity(d.Id, d.Name, d.Type, d.Titles.ToArray(), d.MentionCount)).ToArray();
        return new LinkedEntities(linked, entities);
    }

    private static EntityDraft? Find(List<EntityDraft> drafts, string type, string[] words)
    {
        EntityDraft? best = null;
        foreach (var draft in drafts)
        {
            var matches = draft.Type == "PER" && (type == "PER" || words.Length == 1)
                ? Contains(draft.Words, words) || type == "PER" && Contains(words, draft.Words)
                : SameName(draft.Words, words) || IsAcronymOf(words, draft.Words) || IsAcronymOf(draft.Words, words);
            if (matches && (best is null || draft.LastPosition > best.LastPosition)) best = draft;
        }
        return best;
    }

    /// <summary>The words of a name, without a possessive ending or a leading article.</summary>
    internal static string[] NameWords(string mention)
    {
        var words = mention.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        while (words.Count > 0 && AttributionRules.Honorifics.Contains(words[0])) words.RemoveAt(0);
        if (words.Count > 0)
        {
            var last = words[^1];
            if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)) words[^1] = last[..^2];
            else if (last.EndsWith('\'') || last.EndsWith('’')) words[^1] = last[..^1];
            if (words[^1].Length == 0) words.RemoveAt(words.Count - 1);
        }
        return words.ToArray();
    }

    private static bool Contains(string[] whole, string[] part)
    {
        foreach (var word in part)
            if (!whole.Contains(word, StringComparer.Ordinal)) return false;
        return true;
    }

    private static bool SameName(string[] x, string[] y) => x.Length == y.Length && Contains(x, y);

    private static bool IsAcronymOf(string[] acronym, string[] name)
    {
        if (acronym.Length != 1 || name.Length < 2) return false;
        var letters = acronym[0].Replace(".", "");
        if (letters.Length != name.Length && letters.Length != name.Count(w => char.IsUpper(w[0]))) return false;
        var capitals = string.Concat(name.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return letters.Length >= 2 && letters.All(char.IsUpper) && string.Equals(letters, capitals, StringComparison.Ordinal);
    }
}
