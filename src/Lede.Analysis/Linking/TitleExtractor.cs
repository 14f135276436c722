using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Linking;

/// <summary>
/// The roles an article gives a person: a title before the name ending in a role noun ("city
/// council spokeswoman Marta Kowalczyk", "EU envoy Jonas Berglund") or an appositive after it that holds
/// one ("Amara Okafor, the mayor’s nominee to be special adviser for housing,").
/// </summary>
internal static class TitleExtractor
{
    private const int AppositiveHeadWindow = 4;

    public static IEnumerable<string> Extract(string text, IReadOnlyList<Token> tokens, Mention mention)
    {
        var first = TokenPositions.FirstAt(tokens, mention.Start);
        var before = Before(text, tokens, first);
        if (before is not null) yield return before;
        var end = first;
        while (end < tokens.Count && tokens[end].Start < mention.End) end++;
        var after = Appositive(text, tokens, end);
        if (after is not null) yield return after;
    }

    private static string? Before(string text, IReadOnlyList<Token> tokens, int first)
    {
        var head = first - 1;
        if (head < 0 || !SameLine(text, tokens[head].End, tokens[first].Start)) return null;
        // "Secretary of State Mara Quillan", "Speaker of the House Ana Ruiz": the role's "of" phrase ends right before the name.
        var end = head;
        if (!AttributionRules.RoleHeads.Contains(tokens[head].Text) && RoleOfPhraseHead(text, tokens, head) is var ofHead and >= 0) head = ofHead;
        if (!AttributionRules.RoleHeads.Contains(tokens[head].Text) || AttributionRules.Honorifics.Contains(tokens[head].Text)) return null;
        var k = head - 1;
        while (k >= 0 && head - k < AttributionRules.MaxTitleWords)
        {
            var token = tokens[k];
            // A spaced dash ("upstarts - Amazon founder") is punctuation, not a hyphen inside the title.
            if (token.Text is "-" && (k == 0 || tokens[k - 1].End != token.Start || token.End != tokens[k + 1].Start)) break;
            if (IsPossessive(tokens, k) || token.Text is "-" or "&") { k--; continue; }
            if (!IsWord(token.Text) || AttributionRules.TitleStops.Contains(token.Text) || IsVerbLike(token.Text)) break;
            // "of" joins a title after a name or a role ("Ministry of Defence spokesman"), not after a common noun:
            // "policies of [President] Obama".
            if (token.Text == "of" && (k == 0 || char.IsLower(tokens[k - 1].Text[0]) && !AttributionRules.RoleHeads.Contains(tokens[k - 1].Text))) break;
            // A lower-case verb or plural right before a capitalised title word opens the clause, not the title:
            // "admires [Russian President] Putin", "advises [President] Kyaw".
            if (IsVerbOrPluralBeforeCapital(tokens, k)) break;
            if (k > 0 && tokens[k - 1].Text == AttributionRules.InfinitiveMarker && char.IsLower(token.Text[0])) break;
            if (!SameLine(text, token.End, tokens[k + 1].Start)) break;
            k--;
        }
        var start = k + 1;
        while (start < head && (IsPossessive(tokens, start) || tokens[start].Text is "-" or "&" or "of")) start++;
        if (NamesAnotherPerson(tokens, start, end)) return null;
        return Clean(text[tokens[start].Start..tokens[end].End]);
    }

    /// <summary>
    /// The capitalised role head of "Secretary of State", "Chief of Staff", "Speaker of the House" whose last word is at
    /// <paramref name="last"/>, else -1: capitalised words (and "the") back to "of", and a role head before it.
    /// </summary>
    private static int RoleOfPhraseHead(string text, IReadOnlyList<Token> tokens, int last)
    {
        var k = last;
        while (k > 0 && last - k < AttributionRules.MaxRoleOfObjectWords && tokens[k].Text != "of"
            && (char.IsUpper(tokens[k].Text[0]) && IsWord(tokens[k].Text) || tokens[k].Text == "the") && SameLine(text, tokens[k - 1].End, tokens[k].Start))
            k--;
        if (k == last || tokens[k].Text != "of" || tokens[k + 1].Text == "the" && k + 1 == last || k == 0) return -1;
        var role = k - 1;
        return char.IsUpper(tokens[role].Text[0]) && AttributionRules.RoleHeads.Contains(tokens[role].Text) && !AttributionRules.Honorifics.Contains(tokens[role].Text)
            && SameLine(text, tokens[role].End, tokens[k].Start) ? role : -1;
    }

    private static string? Appositive(string text, IReadOnlyList<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end].Text != ",") return null;
        var start = end + 1;
        if (start >= tokens.Count || AttributionRules.AppositiveClauseWords.Contains(tokens[start].Text)) return null;
        var k = start;
        var hasRole = false;
        var lastRole = -1;
        var ownRole = true;
        while (k < tokens.Count && k - start < AttributionRules.MaxTitleWords)
        {
            var t = tokens[k].Text;
            if (!IsWord(t) && !IsPossessive(tokens, k) && t is not "-" and not "&") break;
            if (!SameLine(text, tokens[k - 1].End, tokens[k].Start)) break;
            if (k - start < AppositiveHeadWindow && AttributionRules.RoleHeads.Contains(t) && !AttributionRules.Honorifics.Contains(t)) hasRole = true;
            // The role's own words end where what it is of begins: "a spokesman for [Governor] Ann Wu" names a role there, not
            // the appositive's.
            if (ownRole && AttributionRules.RoleHeads.Contains(t)) lastRole = k;
            if (lastRole >= 0 && AttributionRules.AfterAppositiveRole.Contains(t) && !IsPossessive(tokens, k)) ownRole = false;
            if (k > start && AttributionRules.AppositiveClauseWords.Contains(t)) break;
            k++;
        }
        if (!hasRole || k == start) return null;
        // A role goes on only into what it is of ("adviser to the governor", "the mayor's"), a name ("Mayor Ola Brenn") or a
        // participle ("a lawyer representing the family", "a spokeswoman based in Geneva,"): a word of another kind right after it is a clause's
        // verb ("Asked by Ola Brenn, the mayor declined."). An "-ed" word is a participle only where a comma closes the
        // appositive; before the sentence's end it is the verb.
        if (lastRole + 1 < k && !GoesOnAfterRole(tokens, lastRole + 1, closedByComma: k < tokens.Count && tokens[k].Text == ",")) return null;
        // An appositive ends at punctuation; running into a verb means it was a clause, not a role.
        if (k < tokens.Count && IsWord(tokens[k].Text)) return null;
        var from = start;
        // "now a consultant", "also the mayor's adviser": the adverb says when, the title follows it.
        while (from < k - 1 && AttributionRules.AppositiveLeadIns.Contains(tokens[from].Text)) from++;
        if (tokens[from].Text is "the" or "a" or "an" or "The" or "A" or "An") from++;
        if (from >= k || NamesAnotherPerson(tokens, from, k - 1)) return null;
        return Clean(text[tokens[from].Start..tokens[k - 1].End]);
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="to"/> end in a role head and capitalised name words
    /// ("Ana Ruiz, Sen. Ola Brenn and …", "Tomas Reyes, deputy harbour security adviser Jo Park"): a list of people
    /// or a second person, whose role is not this one's. Capitalised words before another role head or a lower-case word
    /// modify the role ("candidate Harbor Senator", "Transport Department spokeswoman"). Passed over after a preposition,
    /// where the name is the role's object ("spokesman for House Speaker Ola Brenn"), and "Secretary of State", whose
    /// capitalised word follows "of".
    /// </summary>
    internal static bool NamesAnotherPerson(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (AttributionRules.TitlePrepositions.Contains(tokens[i].Text)) return false;
            if (!AttributionRules.RoleHeads.Contains(tokens[i].Text) || !IsNameWord(tokens[i + 1].Text) || AttributionRules.RoleHeads.Contains(tokens[i + 1].Text)) continue;
            var j = i + 1;
            while (j < to && IsNameWord(tokens[j + 1].Text) && !AttributionRules.RoleHeads.Contains(tokens[j + 1].Text)) j++;
            if (j == to) return true;
        }
        return false;
    }

    // A capitalised word with a lower-case letter ("Ted", "O'Neill"), or an initial ("E.").
    private static bool IsNameWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (word.Any(char.IsLower) || word.Length == 2 && word[1] == '.');

    private static bool GoesOnAfterRole(IReadOnlyList<Token> tokens, int k, bool closedByComma)
    {
        var word = tokens[k].Text;
        if (AttributionRules.AfterAppositiveRole.Contains(word) || IsPossessive(tokens, k) || char.IsUpper(word[0])) return true;
        if (word.Length < 5 || !char.IsLower(word[0])) return false;
        return word.EndsWith("ing", StringComparison.Ordinal) || closedByComma && word.EndsWith("ed", StringComparison.Ordinal);
    }

    private static string? Clean(string title)
    {
        title = title.Trim();
        return title.Length < 2 ? null : title;
    }

    private static bool IsVerbOrPluralBeforeCapital(IReadOnlyList<Token> tokens, int k)
    {
        var word = tokens[k].Text;
        return word.Length > 3 && char.IsLower(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && !AttributionRules.RoleHeads.Contains(word) && k + 1 < tokens.Count && char.IsUpper(tokens[k + 1].Text[0]);
    }

    private static bool IsVerbLike(string word) =>
        char.IsLower(word[0]) && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
        && word is not "acting" and not "outgoing" and not "incoming" and not "retired" and not "elected" and not "ruling";

    private static bool SameLine(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] == '\n') return false;
        return true;
    }

    private static bool IsWord(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static bool IsPossessive(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text is "'s" or "’s" or "'" or "’" && k > 0 && tokens[k - 1].End == tokens[k].Start;

}
