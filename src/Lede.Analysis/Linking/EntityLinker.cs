using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Linking;

/// <summary>
/// Groups an article's mentions into entities: "Marta Kowalczyk", "Kowalczyk" and "city council
/// spokeswoman Marta Kowalczyk" are one person. A person's shorter mention links to the latest person
/// whose name holds all its words; other types link on the same name or an acronym of it.
/// </summary>
internal static class EntityLinker
{
    // Longer "names" are usually two names run together by the tagger, or a headline.
    private const int MaxNameWords = 3;
    private const int MaxGivenNames = 1;

    /// <summary>
    /// Links the mentions. <paramref name="englishContext"/> false (a rule-based tagger's mentions in another language)
    /// leaves out what reads the words around a name as English: given names guessed from the capitalised word before a
    /// mention or a surname (in German every noun is capitalised: "Fraktionsvorsitzende Panse"; such a guess also kept
    /// "Scheuer" apart from a later "Andreas Scheuer" as a relative), and English titles.
    /// </summary>
    public static LinkedEntities Link(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<Token> tokens, bool englishContext = true)
    {
        var drafts = new List<EntityDraft>();
        var index = new DraftIndex();
        var linked = new Mention[mentions.Count];
        // In German the capitalised word before a surname is as often a role noun ("Bundesverkehrsminister Scheuer") as a given name.
        var usualGiven = englishContext ? UsualGivenNames(text, tokens) : new Dictionary<string, string>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var words = NameWords(mention.Text);
            // A title the tagger took into the name ("Mayor Karen Weaver") is a title, not a name.
            var titleWords = mention.Type == "PER" ? LeadingTitleWords(words) : 0;
            var spanTitle = titleWords > 0 ? string.Join(' ', words[..titleWords]) : null;
            words = words[titleWords..];
            // A headline's verb the tagger ran into the name ("Marta Velez Slams …") is not part of it.
            if (mention.Type == "PER")
                while (words.Length > 1 && AttributionRules.FunctionWords.Contains(words[^1])) words = words[..^1];
            // Nor is a sentence's opening word ("Meanwhile Velez continued"), nor what follows it before the name ("I love Velez").
            if (mention.Type == "PER" && words.Length > 1 && TextRules.SentenceOpeners.Contains(words[0]))
            {
                words = words[1..];
                while (words.Length > 1 && char.IsLower(words[0][0])) words = words[1..];
            }
            if (words.Length == 0) { linked[m] = mention; continue; }
            if (mention.Type == "PER" && titleWords == 0 && englishContext) words = [.. GivenNamesBefore(text, tokens, mention, m > 0 ? mentions[m - 1].End : 0), .. words];
            var honorific = mention.Type == "PER" ? HonorificSex(spanTitle ?? WordBefore(text, mention.Start)) : GivenNames.Sex.Unknown;
            var sex = honorific != GivenNames.Sex.Unknown || mention.Type != "PER" || words.Length == 1 ? honorific : GivenNames.OfFullName(string.Join(' ', words));
            var found = Find(drafts, index, mention.Type, words, usualGiven, sex);
            EntityDraft draft;
            if (found >= 0) draft = drafts[found];
            else
            {
                draft = new EntityDraft("E" + (drafts.Count + 1), mention.Type, string.Join(' ', words), words);
                found = drafts.Count;
                drafts.Add(draft);
                index.Add(found, words);
            }
            // "Mr. Okafor" joining "Zorabel Okafor" (a given name the list does not know) tells nothing of her: the honorific
            // only marks the entity it names in full, or one known by the surname alone.
            if (draft.Sex == GivenNames.Sex.Unknown && (words.Length > 1 || draft.Words.Length == 1)) draft.Sex = sex;
            if (honorific != GivenNames.Sex.Unknown && honorific == draft.Sex) draft.SexFromHonorific = true;
            var form = string.Join(' ', words);
            draft.Forms[form] = draft.Forms.GetValueOrDefault(form) + 1;
            if (words.Length > draft.Words.Length && draft.Type == mention.Type)
            {
                draft.Words = words;
                index.Add(found, words);
            }
            draft.MentionCount++;
            if (mention.Type == "PER") draft.PersonMentions++;
            draft.LastPosition = mention.Start;
            if (draft.Type == "PER")
            {
                if (spanTitle is not null && !AttributionRules.Honorifics.Contains(spanTitle) && !draft.Titles.Contains(spanTitle, StringComparer.OrdinalIgnoreCase)) draft.Titles.Add(spanTitle);
                if (englishContext)
                    foreach (var title in TitleExtractor.Extract(text, tokens, mention))
                        if (!draft.Titles.Contains(title, StringComparer.OrdinalIgnoreCase)) draft.Titles.Add(title);
            }
            linked[m] = mention with { Entity = draft.Id };
        }
        var fuller = englishContext ? FullerNames(text, tokens, drafts, linked) : new Dictionary<string, string>();
        var entities = drafts.Select(d => new Entity(d.Id, fuller.GetValueOrDefault(d.Id) ?? BestName(d), d.Type, d.Titles.ToArray(), d.MentionCount)).ToArray();
        var sexes = drafts.Where(d => d.Sex != GivenNames.Sex.Unknown).ToDictionary(d => d.Id, d => (d.Sex, d.SexFromHonorific));
        return new LinkedEntities(linked, entities, usualGiven, sexes);
    }

    /// <summary>The sex an honorific tells ("Mrs." before "Ruiz"); unknown for any other word or none.</summary>
    internal static GivenNames.Sex HonorificSex(string? word) =>
        word is null ? GivenNames.Sex.Unknown
        : EntityRules.MaleHonorifics.Contains(word) ? GivenNames.Sex.Male
        : EntityRules.FemaleHonorifics.Contains(word) ? GivenNames.Sex.Female
        : GivenNames.Sex.Unknown;

    /// <summary>The word that ends right before a position, across one run of spaces; null at a line start.</summary>
    private static string? WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == position || end == 0) return null;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text[start..end];
    }

    /// <summary>The position in <paramref name="drafts"/> of the entity a mention of <paramref name="words"/> joins; -1 for none.</summary>
    private static int Find(List<EntityDraft> drafts, DraftIndex index, string type, string[] words, Dictionary<string, string> usualGiven, GivenNames.Sex sex)
    {
        EntityDraft? best = null;
        var bestAt = -1;
        foreach (var d in index.Candidates(words))
        {
            var draft = drafts[d];
            // "Mrs. Ruiz" is not "Luis Ruiz": a person whose sex is known the other way is someone else.
            if (sex != GivenNames.Sex.Unknown && draft.Sex != GivenNames.Sex.Unknown && draft.Sex != sex) continue;
            // A one-word name of another type joins a person ("Sanders" typed ORG, "Xi" as a place), but not through a
            // word the tagger ran into an over-long name: "Browns" from "Browns DL Sheldon Richardson" joins only as the surname.
            var matches = draft.Type == "PER" && (type == "PER" || words.Length == 1 && (draft.Words.Length <= MaxNameWords || words[0] == draft.Words[^1]))
                ? Contains(draft.Words, words) || type == "PER" && Contains(words, draft.Words) && !IsRelative(draft.Words, words, usualGiven)
                : SameName(draft.Words, words) || IsAcronymOf(words, draft.Words) || IsAcronymOf(draft.Words, words);
            // A bare surname shared by two people ("Ruiz") goes to the one the article names most, then the latest; but
            // before either, to a name of usual length rather than two names the tagger ran together in a headline
            // ("Ana Ruiz Backs Luis Ortega", then "Luis Ortega" and "Ortega").
            if (matches && (best is null || Rank(draft).CompareTo(Rank(best)) > 0)) (best, bestAt) = (draft, d);
        }
        return bestAt;

        static (bool UsualLength, int Mentions, int Last) Rank(EntityDraft d) => (d.Words.Length <= MaxNameWords, d.MentionCount, d.LastPosition);
    }

    /// <summary>
    /// A full name that only shares the surname a person goes by ("Rafael Cruz" when the article mostly writes
    /// "Ted Cruz" and then "Cruz"): a relative, not the person the bare surname stands for.
    /// </summary>
    private static bool IsRelative(string[] surnameOnly, string[] fullName, Dictionary<string, string> usualGiven) =>
        surnameOnly.Length == 1 && fullName.Length == 2 && fullName[1] == surnameOnly[0]
        && usualGiven.TryGetValue(surnameOnly[0], out var given) && given != fullName[0];

    /// <summary>For each surname, the given name the text most often writes right before it ("Ted" for "Cruz").</summary>
    private static Dictionary<string, string> UsualGivenNames(string text, IReadOnlyList<Token> tokens)
    {
        var counts = new Dictionary<(string Surname, string Given), int>();
        // One read of each token (the list is read through its interface): it is the next pair's given name.
        var current = tokens.Count > 0 ? tokens[0] : default;
        for (var k = 1; k < tokens.Count; k++)
        {
            var token = tokens[k];
            var previous = current;
            current = token;
            var surname = token.Text;
            if (surname.Length < 2 || !char.IsUpper(surname[0])) continue;
            if (previous.End + 1 != token.Start || text[previous.End] != ' ' || !IsGivenName(previous.Text) || AfterOf(tokens, k - 1)) continue;
            counts[(surname, previous.Text)] = counts.GetValueOrDefault((surname, previous.Text)) + 1;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((surname, given), count) in counts)
            if (count > best.GetValueOrDefault(surname) || count == best.GetValueOrDefault(surname) && string.CompareOrdinal(given, result[surname]) < 0)
            {
                best[surname] = count;
                result[surname] = given;
            }
        return result;
    }

    /// <summary>
    /// The name an entity goes by: of the forms that look like a full name (two or three words for a person),
    /// the one the article uses most ("Glenn Beck" over a headline's "Glenn Beck Blasts Drudge"), then the longest.
    /// </summary>
    private static string BestName(EntityDraft draft)
    {
        var best = draft.Name;
        var bestScore = (-1, -1, -1);
        foreach (var (form, count) in draft.Forms)
        {
            var words = form.Count(c => c == ' ') + 1;
            var nameWords = draft.Type == "PER" ? NameWords(form.Split(' ')) : words;
            var score = (draft.Type != "PER" || nameWords is >= 2 and <= MaxNameWords ? 1 : 0, count, words);
            if (score.CompareTo(bestScore) > 0) { best = form; bestScore = score; }
        }
        return best;
    }

    /// <summary>
    /// The words of a person's name less its surname's particles: "James Van Der Beek" is a given name and a surname (2),
    /// as is "Al Gore", whose first word is his given name; a first word is a particle only before another ("Van Der Beek", 1).
    /// </summary>
    private static int NameWords(string[] words)
    {
        var count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var particle = EntityRules.SurnameParticles.Contains(words[i])
                && (i > 0 || i + 1 < words.Length && EntityRules.SurnameParticles.Contains(words[i + 1]));
            if (!particle) count++;
        }
        return count;
    }

    /// <summary>
    /// A person known only by a surname ("Sanders") whose full name the article does give, where the tagger
    /// typed it otherwise ("Bernie Sanders campaign" as MISC) or missed it: the given name most often written
    /// before the surname, from other mentions or from the text. One pass over the tokens.
    /// </summary>
    private static Dictionary<string, string> FullerNames(string text, IReadOnlyList<Token> tokens, List<EntityDraft> drafts, Mention[] mentions)
    {
        var result = new Dictionary<string, string>();
        var bySurname = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts)
            if ((draft.Type == "PER" || draft.PersonMentions > 0) && draft.Words.Length == 1 && draft.Words[0].Length > 1) bySurname.TryAdd(draft.Words[0], draft);
        if (bySurname.Count == 0) return result;
        var surnameIds = bySurname.Values.Select(d => d.Id).ToHashSet();
        var counts = new Dictionary<(string Surname, string Given), int>();
        // Other mentions: "Bernie Sanders" typed MISC or ORG.
        foreach (var mention in mentions)
        {
            if (mention.Entity is { } id && surnameIds.Contains(id)) continue;
            var words = NameWords(mention.Text);
            if (words.Length == 2 && bySurname.ContainsKey(words[1]) && IsGivenName(words[0]))
                counts[(words[1], words[0])] = counts.GetValueOrDefault((words[1], words[0])) + 1;
        }
        // The text: a capitalised word right before the surname, on the same line.
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!bySurname.ContainsKey(tokens[k].Text)) continue;
            var given = tokens[k - 1];
            if (given.End + 1 != tokens[k].Start || text[given.End] != ' ' || !IsGivenName(given.Text) || AfterOf(tokens, k - 1)) continue;
            counts[(tokens[k].Text, given.Text)] = counts.GetValueOrDefault((tokens[k].Text, given.Text)) + 1;
        }
        // A full name another entity already has is that person's ("Michelle Obama" beside the "Obama" the article calls President).
        var taken = drafts.Where(d => d.Type == "PER" && d.Words.Length > 1).Select(d => string.Join(' ', d.Words)).ToHashSet(StringComparer.Ordinal);
        foreach (var ((surname, given), _) in counts.OrderByDescending(c => c.Value))
            if (!taken.Contains(given + " " + surname)) result.TryAdd(bySurname[surname].Id, given + " " + surname);
        return result;
    }

    private static bool IsGivenName(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && RestIs(word, dots: false)
        && !AttributionRules.RoleHeads.Contains(word) && !AttributionRules.Honorifics.Contains(word) && !AttributionRules.SourceBoundaries.Contains(word)
        && !AttributionRules.Determiners.Contains(word) && !AttributionRules.VerbModifiers.Contains(word) && !AttributionRules.FunctionWords.Contains(word)
        && !AttributionRules.DateWords.Contains(word) && !AttributionRules.Pronouns.Contains(word)
        && !EntityRules.Interjections.Contains(word); // "“Hey Twitter, …”" gives no person "Hey Twitter"

    /// <summary>
    /// Capitalised words the tagger left just before a person ("Dr. Sebastian" + "Gorka"): part of the name
    /// unless they are a title, an honorific or a function word.
    /// </summary>
    private static List<string> GivenNamesBefore(string text, IReadOnlyList<Token> tokens, Mention mention, int previousEnd)
    {
        var given = new List<string>();
        var k = TokenPositions.FirstAt(tokens, mention.Start) - 1;
        var next = mention.Start;
        while (k >= 0 && given.Count < MaxGivenNames && tokens[k].Start >= previousEnd && tokens[k].End + 1 == next && text[tokens[k].End] == ' ')
        {
            var word = tokens[k].Text;
            if (word.Length < 2 || !char.IsUpper(word[0]) || !RestIs(word, dots: true) || word.EndsWith('.') && word.Length > 2
                || AttributionRules.RoleHeads.Contains(word) || AttributionRules.Honorifics.Contains(word) || AttributionRules.SourceBoundaries.Contains(word)
                || AttributionRules.Determiners.Contains(word) || AttributionRules.VerbModifiers.Contains(word) || AttributionRules.FunctionWords.Contains(word) || AttributionRules.DateWords.Contains(word)) break;
            // A capitalised word that starts the sentence is rarely a given name ("Clearly Smith …").
            if (k == 0 || tokens[k - 1].Text is "." or "!" or "?" or "\"" or "“" or "”" || AfterOf(tokens, k) || text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains('\n')) break;
            given.Insert(0, word);
            next = tokens[k].Start;
            k--;
        }
        return given;
    }

    /// <summary>A capitalised word after a role's "of" names a thing, not a person's given name: "(then-)Secretary of State Husted".</summary>
    private static bool AfterOf(IReadOnlyList<Token> tokens, int k) =>
        k > 1 && tokens[k - 1].Text == "of" && AttributionRules.RoleHeads.Contains(tokens[k - 2].Text[(tokens[k - 2].Text.LastIndexOf('-') + 1)..]);

    /// <summary>Whether every letter after the first is lower-case (or, with <paramref name="dots"/>, a full stop): "Marta", "Jr.".</summary>
    private static bool RestIs(string word, bool dots)
    {
        for (var i = 1; i < word.Length; i++)
            if (!char.IsLower(word[i]) && !(dots && word[i] == '.')) return false;
        return true;
    }

    private static int LeadingTitleWords(string[] words)
    {
        var last = -1;
        for (var i = 0; i < words.Length - 1; i++)
            if (AttributionRules.RoleHeads.Contains(words[i])) last = i;
        return last + 1;
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
            if (Array.IndexOf(whole, word) < 0) return false; // string equality is ordinal
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
