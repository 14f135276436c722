using System.Collections.Frozen;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// Reads an element's class, id, role, itemprop and visibility into <see cref="ClassHint"/> flags.
/// Words are split and lower-cased on a stack buffer and looked up without allocating.
/// </summary>
internal static class ClassHintReader
{
    private const int MaxWordChars = 48;
    // Every word list merged into one table: a word costs one lookup instead of one per list.
    private static readonly FrozenDictionary<string, WordHint>.AlternateLookup<ReadOnlySpan<char>> Words = WordTable().GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyNames = BoilerplateRules.BodyContainerNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenParts = BoilerplateRules.HiddenPartWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PageBuilders = BoilerplateRules.PageBuilderWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PageBuilderBlocks = BoilerplateRules.PageBuilderBlockWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeRoles = BoilerplateRules.ChromeRoles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ClassHint Read(HtmlElement element)
    {
        var hint = ClassHint.None;
        var maybe = false;
        var body = false;
        foreach (ref readonly var attribute in element.Attributes)
        {
            // Read in place: the class, id and style of most elements never become strings.
            var value = attribute.ValueSpan;
            switch (attribute.LocalName)
            {
                case "class":
                    hint |= ReadClass(value, ref maybe, ref body);
                    break;
                case "id":
                    // Heading ids are anchors made from the heading's words ("nav_the_last_stop"), not roles.
                    if (!IsHeading(element.LocalName)) hint |= ReadWords(value, ref maybe, ref body);
                    break;
                case "itemprop":
                    if (value.Contains("articleBody", StringComparison.OrdinalIgnoreCase) || value.Equals("text", StringComparison.OrdinalIgnoreCase)) body = true;
                    break;
                case "role":
                    if (ChromeRoles.Contains(value.Trim())) hint |= ClassHint.Unlikely | ClassHint.Boilerplate;
                    break;
                case "hidden":
                    hint |= ClassHint.Hidden;
                    break;
                case "aria-hidden":
                    if (value.Equals("true", StringComparison.OrdinalIgnoreCase)) hint |= ClassHint.Hidden;
                    break;
                case "style":
                    // A lazy loader hides its image until a script swaps the real address in: the picture is shown.
                    if (IsHiddenStyle(value) && !IsLazyImage(element)) hint |= ClassHint.Hidden;
                    break;
            }
        }
        if (maybe) hint &= ~ClassHint.Unlikely;
        // "ingredients table-header": naming the ingredient list says more than the layout word beside it.
        if ((hint & ClassHint.Ingredients) != 0) hint &= ~(ClassHint.Unlikely | ClassHint.Boilerplate | ClassHint.Negative);
        if (body) hint = (hint & ~(ClassHint.Unlikely | ClassHint.Boilerplate | ClassHint.Negative | ClassHint.Caption | ClassHint.Credit)) | ClassHint.BodyContainer | ClassHint.Positive;
        return hint;
    }

    // Pages repeat the same class strings hundreds of times: read each once per thread.
    [ThreadStatic] private static ClassValueCache<ClassReading>? _classCache;

    /// <summary>What one class value says: its hint flags, and whether it names a maybe-candidate or the story's body.</summary>
    private readonly record struct ClassReading(ClassHint Hint, bool Maybe, bool Body);

    private static ClassHint ReadClass(ReadOnlySpan<char> value, ref bool maybe, ref bool body)
    {
        var cache = _classCache ??= new ClassValueCache<ClassReading>();
        if (!cache.TryGet(value, out var entry))
        {
            bool m = false, b = false;
            var h = ReadWords(value, ref m, ref b);
            cache.Add(value, entry = new ClassReading(h, m, b));
        }
        maybe |= entry.Maybe;
        body |= entry.Body;
        return entry.Hint;
    }

    private static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

    private static ClassHint ReadWords(ReadOnlySpan<char> value, ref bool maybe, ref bool body)
    {
        var hint = ClassHint.None;
        foreach (var range in value.Split(' '))
        {
            var token = value[range];
            // Generated class names ("tagStyle_z4kqwb", "css-1tcxgp3") say nothing about the role.
            if (token.Length > 0 && !IsGenerated(token)) hint |= ReadToken(token, ref maybe, ref body);
        }
        return hint;
    }

    private static bool IsGenerated(ReadOnlySpan<char> token)
    {
        int letters = 0, digits = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            var c = i < token.Length ? token[i] : '-';
            if (char.IsAsciiLetter(c)) letters++;
            else if (char.IsAsciiDigit(c)) digits++;
            else
            {
                if (digits > 0 && letters > 0 && letters + digits >= 5) return true;
                letters = digits = 0;
            }
        }
        return false;
    }

    private static ClassHint ReadToken(ReadOnlySpan<char> value, ref bool maybe, ref bool body)
    {
        var hint = ClassHint.None;
        Span<char> word = stackalloc char[MaxWordChars];
        Span<char> compact = stackalloc char[MaxWordChars];
        int wordLength = 0, compactLength = 0;
        var compactOverflow = false;
        var afterPartName = false;
        var builtByPageBuilder = false;
        var firstWord = true;
        // Words that name something only with a partner word in the same class ("rollover-people-block", "social-media-embed").
        var pairs = PairWord.None;
        var previousLower = false;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var letterOrDigit = char.IsLetterOrDigit(c);
            // A word ends at a separator or a camelCase hump ("relatedLinks").
            if (wordLength > 0 && (!letterOrDigit || (previousLower && char.IsUpper(c))))
            {
                var w = word[..wordLength];
                // "elementor-widget-container": a page builder's block, not a sidebar widget.
                if (firstWord) builtByPageBuilder = PageBuilders.Contains(w);
                var builderBlock = !firstWord && builtByPageBuilder && PageBuilderBlocks.Contains(w);
                firstWord = false;
                // "field--label-hidden": the box's label is hidden, not the box (Drupal marks every field so).
                if (!builderBlock && !(afterPartName && w.SequenceEqual("hidden"))) hint |= LookUpWord(w, ref maybe, ref pairs);
                afterPartName = HiddenParts.Contains(w);
                wordLength = 0;
            }
            if (i == value.Length && compactLength > 0 && !compactOverflow && BodyNames.Contains(compact[..compactLength])) body = true;
            if (i == value.Length) hint = WithPairs(hint, pairs);
            if (!letterOrDigit) { previousLower = false; continue; }
            var lower = char.ToLowerInvariant(c);
            if (wordLength < MaxWordChars) word[wordLength++] = lower;
            if (compactLength < MaxWordChars) compact[compactLength++] = lower; else compactOverflow = true;
            previousLower = char.IsLower(c) || char.IsDigit(c);
        }
        return hint;
    }

    private static ClassHint LookUpWord(ReadOnlySpan<char> word, ref bool maybe, ref PairWord pairs)
    {
        if (!Words.TryGetValue(word, out var entry)) return ClassHint.None;
        maybe |= entry.Maybe;
        pairs |= entry.Pairs;
        return entry.Hint;
    }

    /// <summary>What a class's partner words make of its hint (see <see cref="PairWord"/>).</summary>
    private static ClassHint WithPairs(ClassHint hint, PairWord pairs)
    {
        if (pairs == PairWord.None) return hint;
        // "rollover-people-block": the card shown on hovering a name is furniture; the wrapper holding the name stays.
        if ((pairs & (PairWord.Hover | PairWord.HoverPanel)) == (PairWord.Hover | PairWord.HoverPanel)) hint |= ClassHint.Boilerplate;
        // "av-structured-data": schema.org values a theme writes for machines and hides from readers.
        if ((pairs & (PairWord.Structured | PairWord.Data)) == (PairWord.Structured | PairWord.Data)) hint |= ClassHint.Hidden;
        // "social-media-embed": a quoted post, whatever "social" and "embed" say alone.
        if ((pairs & (PairWord.Post | PairWord.Embed)) == (PairWord.Post | PairWord.Embed)) hint &= ~(ClassHint.Boilerplate | ClassHint.Unlikely | ClassHint.Negative);
        return hint;
    }

    /// <summary>Words that say something only beside a partner word in the same class value.</summary>
    [Flags]
    private enum PairWord : byte
    {
        None = 0,
        Hover = 1,
        HoverPanel = 2,
        Post = 4,
        Embed = 8,
        Structured = 16,
        Data = 32,
    }

    private readonly record struct WordHint(ClassHint Hint, bool Maybe, PairWord Pairs = PairWord.None);

    private static FrozenDictionary<string, WordHint> WordTable()
    {
        var table = new Dictionary<string, WordHint>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, ClassHint hint, bool maybe = false, PairWord pair = PairWord.None)
        {
            foreach (var w in words)
            {
                var entry = table.GetValueOrDefault(w);
                table[w] = new WordHint(entry.Hint | hint, entry.Maybe || maybe, entry.Pairs | pair);
            }
        }
        Mark(BoilerplateRules.PositiveWords, ClassHint.Positive);
        Mark(BoilerplateRules.NegativeWords, ClassHint.Negative);
        Mark(BoilerplateRules.UnlikelyWords, ClassHint.Unlikely);
        Mark(BoilerplateRules.BoilerplateWords, ClassHint.Boilerplate);
        Mark(BoilerplateRules.CaptionWords, ClassHint.Caption);
        Mark(BoilerplateRules.CreditWords, ClassHint.Credit);
        Mark(BoilerplateRules.LeadWords, ClassHint.Lead);
        Mark(BoilerplateRules.IngredientWords, ClassHint.Ingredients);
        Mark(BoilerplateRules.MaybeCandidateWords, ClassHint.None, maybe: true);
        Mark(BoilerplateRules.HoverWords, ClassHint.None, pair: PairWord.Hover);
        Mark(BoilerplateRules.HoverPanelWords, ClassHint.None, pair: PairWord.HoverPanel);
        Mark(BoilerplateRules.EmbeddedPostWords, ClassHint.None, pair: PairWord.Post);
        Mark(BoilerplateRules.EmbedWords, ClassHint.None, pair: PairWord.Embed);
        Mark(BoilerplateRules.StructuredDataWords, ClassHint.None, pair: PairWord.Structured);
        Mark(BoilerplateRules.StructuredDataPartnerWords, ClassHint.None, pair: PairWord.Data);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An &lt;img&gt; that keeps its address in a lazy loader's attribute ("data-src").</summary>
    private static bool IsLazyImage(HtmlElement element)
    {
        if (element.LocalName != "img") return false;
        foreach (var attribute in BoilerplateRules.LazyImageSourceAttributes)
            if (!element.AttributeSpan(attribute).IsWhiteSpace()) return true;
        return false;
    }

    private static bool IsHiddenStyle(ReadOnlySpan<char> s)
    {
        var at = s.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (at >= 0 && IsValueNext(s[(at + 7)..], "none")) return true;
        at = s.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && IsValueNext(s[(at + 10)..], "hidden");
    }

    private static bool IsValueNext(ReadOnlySpan<char> rest, string expected)
    {
        rest = rest.TrimStart();
        if (rest.Length == 0 || rest[0] != ':') return false;
        return rest[1..].TrimStart().StartsWith(expected, StringComparison.OrdinalIgnoreCase);
    }
}
