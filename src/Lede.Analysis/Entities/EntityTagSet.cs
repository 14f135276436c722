namespace Lede.Analysis.Entities;

/// <summary>
/// BILOU tags over CoNLL's four types: O, then B/I/L/U for PER, ORG, LOC, MISC. BILOU beats IOB for a linear
/// tagger because single-token and last-token names get their own weights.
/// </summary>
internal static class EntityTagSet
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The types' indices in <see cref="Types"/>, for the rules that retag after tagging.</summary>
    public const int Person = 0, Organization = 1, Place = 2, Other = 3;
    public const int Outside = 0;
    public const int Count = 1 + 4 * 4;

    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    public static int Tag(int type, int part) => 1 + type * 4 + part;

    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 4;

    public static int PartOf(int tag) => tag == Outside ? -1 : (tag - 1) % 4;

    public static bool IsBegin(int tag) => PartOf(tag) == Begin;

    public static bool IsUnit(int tag) => PartOf(tag) == Unit;

    public static string Name(int tag) => tag == Outside ? "O" : "BILU"[PartOf(tag)] + "-" + Types[TypeOf(tag)];

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public static bool Allowed(int previous, int next)
    {
        var open = previous >= 0 && previous != Outside && PartOf(previous) is Begin or Inside;
        if (open)
            return next != Outside && TypeOf(next) == TypeOf(previous) && PartOf(next) is Inside or Last;
        return next == Outside || PartOf(next) is Begin or Unit;
    }

    /// <summary>Whether a sentence may end on <paramref name="tag"/>.</summary>
    public static bool AllowedLast(int tag) => tag == Outside || PartOf(tag) is Last or Unit;

    /// <summary>IOB or IOB2 tags ("B-PER", "I-PER", "O") to BILOU tag ids.</summary>
    public static int[] FromIob(IReadOnlyList<string> tags)
    {
        var n = tags.Count;
        var types = new int[n];
        var begins = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var t = tags[i];
            if (t.Length < 3 || t == "O") { types[i] = -1; continue; }
            types[i] = Array.IndexOf(Types, t[2..]);
            begins[i] = t[0] == 'B' || i == 0 || types[i - 1] != types[i];
        }
        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (types[i] < 0) { result[i] = Outside; continue; }
            var ends = i + 1 == n || types[i + 1] != types[i] || begins[i + 1];
            var part = begins[i] ? (ends ? Unit : Begin) : (ends ? Last : Inside);
            result[i] = Tag(types[i], part);
        }
        return result;
    }

    /// <summary>Entity spans [first, last] token indices with their type, from a well-formed BILOU sequence.</summary>
    public static IEnumerable<(int First, int Last, int Type)> Spans(ReadOnlyMemory<int> tags)
    {
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags.Span[i];
            if (tag == Outside) { start = -1; continue; }
            switch (PartOf(tag))
            {
                case Unit: start = -1; yield return (i, i, TypeOf(tag)); break;
                case Begin: start = i; break;
                case Last:
                    if (start >= 0) yield return (start, i, TypeOf(tag));
                    start = -1;
                    break;
            }
        }
    }
}
