using Lede.Extraction.Html.Dom;

namespace Lede.Extraction.Html;

/// <summary>
/// The small CSS selector subset the rule tables use: a type, classes and attribute tests
/// (<c>[a]</c>, <c>[a='v']</c>, <c>[a~='v']</c>, <c>[a*='v']</c>, <c>[a^='v']</c>, <c>[a$='v']</c>) in compound
/// selectors joined by the descendant combinator. Values compare case-sensitively, as CSS does in standards mode.
/// </summary>
internal sealed class ElementSelector
{
    private readonly Compound[] _parts; // last part is the subject; earlier ones are ancestors, outermost first

    private ElementSelector(Compound[] parts) => _parts = parts;

    private sealed record Compound(string? Tag, Test[] Tests);

    private sealed record Test(string Attribute, char Operator, string Value);

    /// <exception cref="FormatException">The selector uses syntax outside the subset.</exception>
    public static ElementSelector Parse(string selector)
    {
        var parts = new List<Compound>();
        var i = 0;
        var s = selector.Trim();
        while (i < s.Length)
        {
            string? tag = null;
            var tests = new List<Test>();
            var start = i;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '-')) i++;
            if (i > start) tag = s[start..i].ToLowerInvariant();
            while (i < s.Length && s[i] != ' ')
            {
                if (s[i] == '.')
                {
                    var from = ++i;
                    while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '_')) i++;
                    if (i == from) throw new FormatException($"empty class in selector {selector}");
                    tests.Add(new Test("class", '~', s[from..i]));
                }
                else if (s[i] == '[')
                {
                    var close = s.IndexOf(']', i);
                    if (close < 0) throw new FormatException($"unclosed attribute test in selector {selector}");
                    tests.Add(ParseAttribute(s[(i + 1)..close], selector));
                    i = close + 1;
                }
                else throw new FormatException($"unsupported syntax at {i} in selector {selector}");
            }
            if (tag is null && tests.Count == 0) throw new FormatException($"empty part in selector {selector}");
            parts.Add(new Compound(tag, [.. tests]));
            while (i < s.Length && s[i] == ' ') i++;
        }
        if (parts.Count == 0) throw new FormatException("empty selector");
        return new ElementSelector([.. parts]);
    }

    private static Test ParseAttribute(string body, string selector)
    {
        var eq = body.IndexOf('=');
        if (eq < 0) return new Test(body.Trim().ToLowerInvariant(), '?', "");
        var op = eq > 0 && body[eq - 1] is '~' or '*' or '^' or '$' ? body[eq - 1] : '=';
        var name = body[..(op == '=' ? eq : eq - 1)].Trim().ToLowerInvariant();
        var value = body[(eq + 1)..].Trim();
        if (value.Length >= 2 && value[0] is '\'' or '"' && value[^1] == value[0]) value = value[1..^1];
        if (name.Length == 0) throw new FormatException($"attribute test without a name in selector {selector}");
        return new Test(name, op, value);
    }

    public bool Matches(HtmlElement element)
    {
        if (!Matches(_parts[^1], element)) return false;
        // Ancestors, innermost first; a greedy upward search is exact for descendant combinators alone.
        var at = _parts.Length - 2;
        for (var e = element.Parent; e is not null && at >= 0; e = e.Parent)
            if (Matches(_parts[at], e)) at--;
        return at < 0;
    }

    private static bool Matches(Compound part, HtmlElement e)
    {
        if (part.Tag is not null && e.LocalName != part.Tag) return false;
        foreach (var test in part.Tests)
        {
            var value = e.GetAttribute(test.Attribute);
            if (value is null) return false;
            var ok = test.Operator switch
            {
                '?' => true,
                '=' => value == test.Value,
                '~' => HasToken(value, test.Value),
                '*' => test.Value.Length > 0 && value.Contains(test.Value, StringComparison.Ordinal),
                '^' => test.Value.Length > 0 && value.StartsWith(test.Value, StringComparison.Ordinal),
                '$' => test.Value.Length > 0 && value.EndsWith(test.Value, StringComparison.Ordinal),
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool HasToken(string value, string token)
    {
        foreach (var range in value.AsSpan().SplitAny(" \t\n\f\r"))
            if (value.AsSpan()[range].SequenceEqual(token)) return true;
        return false;
    }
}
