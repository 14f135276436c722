using Lede.Analysis.Model;

namespace Lede.Analysis.Linking;

/// <summary>The article's entities and its mentions, each mention carrying the id of its entity.</summary>
internal sealed class LinkedEntities(IReadOnlyList<Mention> mentions, IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, string>? usualGivenNames = null,
    IReadOnlyDictionary<string, (GivenNames.Sex Sex, bool FromHonorific)>? sexes = null)
{
    private readonly Dictionary<string, Entity> _byId = entities.ToDictionary(e => e.Id);

    public IReadOnlyList<Mention> Mentions { get; } = mentions;
    public IReadOnlyList<Entity> Entities { get; } = entities;

    public Entity? this[string? id] => id is not null && _byId.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>Mentions that lie inside [start, end), in text order.</summary>
    public IEnumerable<Mention> Within(int start, int end)
    {
        var index = FirstEndingAfter(start);
        for (; index < Mentions.Count && Mentions[index].Start < end; index++)
            if (Mentions[index].Start >= start && Mentions[index].End <= end) yield return Mentions[index];
    }

    /// <summary>The last person mention that ends at or before a position and lies outside any of the given spans.</summary>
    public Mention? LastPersonBefore(int position, Func<int, bool> skip)
    {
        for (var index = FirstEndingAfter(position) - 1; index >= 0; index--)
        {
            var mention = Mentions[index];
            if (mention.End > position || mention.Type != "PER" || mention.Entity is null || skip(mention.Start)) continue;
            return mention;
        }
        return null;
    }

    /// <summary>
    /// What the article's honorifics ("Mrs. Ruiz") or the person's given name tell of their sex; the given name of the
    /// entity's final name where linking saw none (a full name the text gave later).
    /// </summary>
    public (GivenNames.Sex Sex, bool FromHonorific) SexOf(Entity entity) =>
        sexes is not null && sexes.TryGetValue(entity.Id, out var sex) ? sex : (GivenNames.OfFullName(entity.Name), false);

    /// <summary>A person entity whose name ends with this word ("Kowalczyk"): a surname the tagger did not mark.</summary>
    /// <remarks>With an honorific's sex ("Mr. Novak"), a person known to be of the other sex is passed over.</remarks>
    public Entity? PersonBySurname(string word, GivenNames.Sex sex = GivenNames.Sex.Unknown) =>
        Entities.LastOrDefault(e => e.Type == "PER" && e.Name.EndsWith(word, StringComparison.Ordinal)
            && (e.Name.Length == word.Length || e.Name[e.Name.Length - word.Length - 1] == ' ')
            && (sex == GivenNames.Sex.Unknown || SexOf(e).Sex is var known && (known == GivenNames.Sex.Unknown || known == sex)));

    /// <summary>
    /// "Frank Nervo" for "Nervo" where no person entity carries the surname (the tagger typed the full mention otherwise):
    /// the given name the text most often writes right before it, or null.
    /// </summary>
    public string? FullNameFromText(string surname) =>
        usualGivenNames is not null && usualGivenNames.TryGetValue(surname, out var given) ? given + " " + surname : null;

    private int FirstEndingAfter(int position)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
