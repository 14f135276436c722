namespace Lede.Analysis.Entities;

/// <summary>
/// FNV-1a over a feature's template id and its strings: features are 64-bit keys, never allocated strings.
/// The hash is part of the model format: changing it invalidates trained models.
/// </summary>
internal struct FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private ulong _value;

    public FeatureHash(int template)
    {
        _value = Offset;
        Add((char)template);
    }

    public readonly ulong Value => _value;

    public FeatureHash Add(char c)
    {
        _value = (_value ^ (c & 0xFFu)) * Prime;
        _value = (_value ^ (uint)(c >> 8)) * Prime;
        return this;
    }

    public FeatureHash Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text) Add(c);
        return Add('\u0001'); // separator: "ab"+"c" differs from "a"+"bc"
    }

    public static ulong Of(int template, ReadOnlySpan<char> a) => new FeatureHash(template).Add(a).Value;

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => new FeatureHash(template).Add(a).Add(b).Value;

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        new FeatureHash(template).Add(a).Add(b).Add(c).Value;
}
