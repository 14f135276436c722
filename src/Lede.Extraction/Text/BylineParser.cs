using Lede.Extraction.Model;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Text;

/// <summary>
/// Parses bylines: "By A, B and C", "A and B, Associated Press", "Von A und B", "Par A et B",
/// "A | Reuters", "By A (Reuters)", "A, Staff Writer", "By A, The Washington Post".
/// Names set in capitals are written in proper case; job titles and newsrooms are dropped;
/// a wire agency is returned apart and is never a person.
/// </summary>
public static class BylineParser
{
    private static readonly char[] SegmentSeparators = ['|', ';', ',', '•', '·'];
    private static readonly string[] DashSeparators = [" - ", " – ", " — "];

    /// <summary>Most words of a job title or a newsroom's name: longer segments are sentences.</summary>
    private const int MaxRoleWords = 6;

    /// <summary>The people and the agency a byline names; empty authors when it names none.</summary>
    public static Byline Parse(string raw) => Read(raw).Byline;

    /// <summary>
    /// The one person a bare line of names names with a first name and a surname ("Jane Roe"), read as if it
    /// followed "By"; null for no one, several people or a single word.
    /// </summary>
    internal static Person? FullName(string names) =>
        ParseLine("By " + names) is { Authors: [var person] } && person.Name.Contains(' ') ? person : null;

    /// <summary>
    /// The byline a line of flattened text holds, or null when the line is not a byline: every part of it
    /// must be a name, a job title, a newsroom or an agency, and something must mark it as a byline
    /// (an opening "By", an agency, a job title, or names set in capitals).
    /// </summary>
    internal static Byline? ParseLine(string line)
    {
        if (line.Length is 0 or > TextRules.MaxBylineChars) return null;
        var reading = Read(line);
        if (reading.Unrecognised > 0) return null;
        if (reading.Byline.Authors.Count == 0 && reading.Byline.Agency is null) return null;
        // A job title or newsroom marks a line of names only when the names are full names ("Jane Roe, Staff Writer"):
        // single capitalised words beside a section name are menus ("NEWS", "Podcast - Loucos").
        var fullNames = reading.Byline.Authors.Count > 0 && reading.Byline.Authors.All(a => a.Name.Contains(' '));
        var marked = reading.HadPrefix || reading.Byline.Agency is not null || reading.HadJobTitle && fullNames;
        return marked ? reading.Byline : null;
    }

    private readonly record struct Reading(Byline Byline, bool HadPrefix, bool HadJobTitle, int Unrecognised);

    private static Reading Read(string raw)
    {
        var text = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        var prefix = TextRules.BylinePrefix().Match(text);
        var hadPrefix = prefix.Success;
        if (hadPrefix) text = text[prefix.Length..];
        text = TextRules.BylineContactTail().Replace(text, "");

        string? agency = null;
        var hadJobTitle = false;
        var unrecognised = 0;

        // "(Reuters)", "(AP)": the agency; any other aside in parentheses is a role or a place.
        text = TextRules.Parenthesised().Replace(text, m =>
        {
            var found = WireAgencies.FindAll(m.Groups[1].Value);
            if (found.Count > 0) agency ??= found[0].Name;
            else if (IsJobTitle(m.Groups[1].Value)) hadJobTitle = true;
            else unrecognised++;
            return ",";
        });

        foreach (var dash in DashSeparators) text = text.Replace(dash, ",", StringComparison.Ordinal);

        var authors = new List<Person>();
        // A newsroom or a role already named after the writer: what follows alone is where she filed from.
        var roleAfterAuthor = false;
        foreach (var found in text.Split(SegmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = found;
            // "Oleg Matsnev and Jane Roe contributed research": people who helped, not authors.
            if (HasContributionWord(segment)) { hadJobTitle = true; continue; }
            // "Jane Roe, Political Correspondent, and John Doe": the conjunction names a further writer, not a place.
            var conjunction = TextRules.LeadingConjunction().Match(segment);
            var nextWriter = conjunction.Success;
            if (nextWriter) segment = segment[conjunction.Length..];
            // "Jane Roe with AFP": the writer, and the agency whose copy she worked in.
            var withAgency = TextRules.WithAgency().Match(segment);
            var agencySegment = withAgency.Success ? AgencyOf(withAgency.Groups["agency"].Value) : null;
            if (agencySegment is not null) agency ??= agencySegment.Length > 0 ? agencySegment : null;
            var parts = TextRules.BylineConjunction().Split(agencySegment is null ? segment : withAgency.Groups["name"].Value);
            foreach (var part in parts)
            {
                var piece = TextRules.FiledFrom().Replace(TrimClosingPoint(part.Trim()), "");
                if (piece.Length == 0) continue;
                if (piece.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) piece = piece[3..].Trim();
                if (WireAgencies.Find(piece) is { } wire) { agency ??= wire.Name; roleAfterAuthor |= authors.Count > 0; continue; }
                if (AgencyRole(piece) is { } roleAgency) { agency ??= roleAgency; hadJobTitle = true; roleAfterAuthor |= authors.Count > 0; continue; }
                // These read a byline already marked as one; they never mark a line as a byline themselves (headlines say "for" too).
                if (WithoutOutlet(piece) is { } writer) piece = writer;
                if (WithoutTrailingRole(piece) is { } named) piece = named;
                if (IsJobTitle(piece) || IsOrganisation(piece)) { hadJobTitle = true; roleAfterAuthor |= authors.Count > 0; continue; }
                if (IsCompanyRole(piece)) { roleAfterAuthor |= authors.Count > 0; continue; }
                if (!IsNameLike(piece)) { unrecognised++; continue; }
                // "Jane Roe, Tide Radio News, New York", "Von Jana Roe, Berlin": a lone place after the writer's full name, not a second writer.
                if (parts.Length == 1 && !nextWriter && authors.Count > 0 && authors.TrueForAll(a => a.Name.Contains(' ')) && (roleAfterAuthor || !piece.Contains(' '))) continue;
                if (PersonNameCasing.IsAllCaps(piece)) piece = PersonNameCasing.FromAllCaps(piece);
                if (!authors.Exists(a => a.Name.Equals(piece, StringComparison.OrdinalIgnoreCase))) authors.Add(new Person(piece));
            }
        }
        return new Reading(new Byline(authors, agency), hadPrefix, hadJobTitle, unrecognised);
    }

    /// <summary>The agency a "with …" tail names (empty for unnamed "agencies"); null when the tail names none.</summary>
    private static string? AgencyOf(string tail)
    {
        if (WireAgencies.Find(tail.Trim()) is { } wire) return wire.Name;
        return Words(tail).All(w => TextRules.OrganisationWords.Contains(w) && w.StartsWith("agen", StringComparison.OrdinalIgnoreCase) || w.Equals("wires", StringComparison.OrdinalIgnoreCase)) && Words(tail).Any() ? "" : null;
    }

    /// <summary>
    /// "AP Auto Writer", "Ap Sports Writer" (a site's title case), "Reuters Staff Correspondent": an agency's job title, which
    /// names the agency and no one; null unless the piece is an agency's name followed by a role that ends it.
    /// </summary>
    private static string? AgencyRole(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxRoleWords || !TextRules.JobTitleWords.Contains(words[^1])) return null;
        for (var k = 1; k < words.Length && k <= MaxAgencyWords; k++)
        {
            var head = string.Join(' ', words[..k]);
            if ((WireAgencies.Find(head) ?? WireAgencies.Find(head.ToUpperInvariant())) is { } wire) return wire.Name;
        }
        return null;
    }

    private const int MaxAgencyWords = 3;

    /// <summary>"Jane Roe for Harbour Times Australia" → "Jane Roe"; null when no outlet follows a name.</summary>
    private static string? WithoutOutlet(string piece)
    {
        var m = TextRules.WroteForOutlet().Match(piece);
        if (!m.Success || m.Index == 0) return null;
        var name = piece[..m.Index].Trim();
        return WordCount(name) >= 2 && IsNameLike(name) ? name : null;
    }

    /// <summary>"Jane Roe Staff Writer" → "Jane Roe": a role printed after the name without a comma; null when none follows a full name.</summary>
    private static string? WithoutTrailingRole(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 0 && TextRules.JobTitleWords.Contains(words[end - 1])) end--;
        if (end == words.Length || end < 2) return null;
        var name = string.Join(' ', words[..end]);
        return IsNameLike(name) ? name : null;
    }

    // "Jane Roe." loses its point, "John Roe Jr." and "Ada B." keep theirs.
    private static string TrimClosingPoint(string piece)
    {
        piece = piece.TrimEnd(':').Trim();
        if (!piece.EndsWith('.')) return piece;
        var lastWord = piece[(piece.LastIndexOf(' ') + 1)..];
        if (TextRules.NameSuffixes.ContainsKey(lastWord) || lastWord.Length == 2) return piece;
        return piece.TrimEnd('.').Trim();
    }

    private static bool HasContributionWord(string segment)
    {
        foreach (var word in Words(segment))
            if (word.Equals("contributed", StringComparison.OrdinalIgnoreCase) || word.Equals("contributing", StringComparison.OrdinalIgnoreCase)
                || word.Equals("reporting", StringComparison.OrdinalIgnoreCase) || word.Equals("mitarbeit", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static bool IsJobTitle(string piece)
    {
        if (WordCount(piece) > MaxRoleWords) return false;
        foreach (var word in Words(piece))
        {
            if (TextRules.JobTitleWords.Contains(word)) return true;
            // German roles are compounds: "Projektleiterin", "Pressesprecher", "Chefredakteurin".
            foreach (var suffix in TextRules.JobTitleSuffixes)
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"Vice President", "Marketing Manager": a role at a company or institution, dropped from a byline that is one already.</summary>
    private static bool IsCompanyRole(string piece)
    {
        if (WordCount(piece) > MaxRoleWords) return false;
        foreach (var word in Words(piece))
            if (TextRules.CompanyRoleWords.Contains(word)) return true;
        return false;
    }

    // "The Washington Post", "Breitbart News", "USA TODAY": a publication, not a person. Names of
    // publications are short and capitalised; a phrase in lower case is prose, whatever words it has.
    private static bool IsOrganisation(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxRoleWords) return false;
        foreach (var word in words)
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !TextRules.NameConnectors.Contains(word)) return false;
        if (TextRules.OrganisationArticles.Contains(words[0])) return true;
        foreach (var word in Words(piece))
            if (TextRules.OrganisationWords.Contains(word)) return true;
        return false;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // A name: 1 to 7 words, each capitalised (or a particle, an initial, a suffix), no digits.
    internal static bool IsNameLike(string piece)
    {
        if (piece.Length is < 2 or > 70) return false;
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > TextRules.MaxNameWords) return false;
        var capitalised = 0;
        foreach (var word in words)
        {
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return false;
            if (char.IsUpper(word[0])) capitalised++;
            else if (!TextRules.NameParticles.Contains(word)) return false;
        }
        return capitalised > 0;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '.', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
}
