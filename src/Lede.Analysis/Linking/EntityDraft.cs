namespace Lede.Analysis.Linking;

/// <summary>An entity while mentions are being linked: its best name grows as longer mentions arrive.</summary>
internal sealed class EntityDraft(string id, string type, string name, string[] words)
{
    public string Id { get; } = id;
    public string Type { get; } = type;
    public string Name { get; set; } = name;
    public string[] Words { get; set; } = words;
    public List<string> Titles { get; } = [];

    /// <summary>How often each form of the name occurs.</summary>
    public Dictionary<string, int> Forms { get; } = [];
    public int MentionCount { get; set; }

    /// <summary>Mentions the tagger typed PER, whatever the entity's type: "Trump" is sometimes a place to it.</summary>
    public int PersonMentions { get; set; }
    public int LastPosition { get; set; }

    /// <summary>What an honorific before a mention ("Mrs.") or the given name tells of the person's sex.</summary>
    public GivenNames.Sex Sex { get; set; }

    /// <summary>Whether an honorific told <see cref="Sex"/>: then it is as good as certain, not a given name's guess.</summary>
    public bool SexFromHonorific { get; set; }
}
