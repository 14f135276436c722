using System.Text;

namespace Lede.Extraction.Decoding;

/// <summary>
/// Repairs text that went through UTF-8 → Windows-1252 once too often ("GuantÃ¡namo", "donâ€™t"): a character whose
/// Windows-1252 byte can lead a UTF-8 sequence, followed by characters whose bytes continue it, is put back together
/// when those bytes decode as strict UTF-8. Text a crawler saved that way is common; the page's own decoding cannot
/// see it, because every character is valid by then. Real text almost never holds such a run ("Ã" then "¡"), and
/// Portuguese "SÃO" stays as it is: "O" continues no sequence.
/// </summary>
public static class MojibakeRepair
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    // Windows-1252 bytes of the characters U+0080–U+FFFF that stand for one (0 where none does).
    private static readonly byte[] ByteOf = BuildByteTable();

    /// <summary>
    /// Spacing accents that Unicode compatibility normalisation (NFKC/NFKD) later broke into a space and a combining
    /// mark: "naÃ¯ve" saved as "naÃ ̄ve". Each pair stands for the byte of the accent it came from.
    /// </summary>
    private static readonly (char Mark, byte Byte)[] DecomposedAccents =
    [
        ('\u0308', 0xA8), // ¨
        ('\u0304', 0xAF), // ¯
        ('\u0301', 0xB4), // ´
        ('\u0327', 0xB8), // ¸
    ];

    /// <summary>The repaired text (the same instance when nothing needed repair) and how many sequences were repaired.</summary>
    public static string Repair(string text, out int repaired)
    {
        repaired = 0;
        if (!MayHoldMojibake(text) && text.AsSpan().IndexOfAnyInRange(FirstCombiningMark, LastCombiningMark) < 0) return text;
        var chars = text.ToCharArray();
        var length = RepairInPlace(chars, out repaired);
        return repaired == 0 ? text : new string(chars, 0, length);
    }

    /// <summary>Repairs <paramref name="text"/> in place (a repaired sequence is always shorter); returns the new length.</summary>
    public static int RepairInPlace(Span<char> text, out int repaired)
    {
        // Text garbled twice ("Ã¢â‚¬â„¢" for "’") comes back one layer per pass.
        repaired = 0;
        var length = ComposeSplitLeads(text);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            length = RepairOnce(text[..length], out var found);
            if (found == 0) break;
            if (pass == 0) repaired = found;
        }
        return length;
    }

    private const int MaxPasses = 3;

    // Characters whose Windows-1252 byte can lead a UTF-8 sequence (0xC2–0xF4: "Â" to "ô").
    private const char FirstLead = '\u00C2', LastLead = '\u00F4';

    // Unicode's combining diacritical marks: what NFD splits an accent off into.
    private const char FirstCombiningMark = '\u0300', LastCombiningMark = '\u036F';

    private static bool IsContinuationByte(int b) => b is >= 0x80 and <= 0xBF;

    // Lead characters U+00C2–U+00F4 that canonical decomposition (NFD) splits into a base letter and a combining mark
    // ("Ã" into "A" + U+0303), keyed by the pair.
    private static readonly Dictionary<(char Base, char Mark), char> SplitLeads = BuildSplitLeads();

    private static Dictionary<(char, char), char> BuildSplitLeads()
    {
        var leads = new Dictionary<(char, char), char>();
        for (var c = FirstLead; c <= LastLead; c++)
            if (c.ToString().Normalize(NormalizationForm.FormD) is { Length: 2 } d) leads[(d[0], d[1])] = c;
        return leads;
    }

    /// <summary>
    /// Garbled text that was later decomposed (NFD: "PeÃ±a" saved as "PeA\u0303±a") has its lead characters put back
    /// together first, where a character that continues a sequence follows; other decomposed letters are left as they are.
    /// Returns the new length.
    /// </summary>
    private static int ComposeSplitLeads(Span<char> text)
    {
        var mark = text.IndexOfAnyInRange(FirstCombiningMark, LastCombiningMark);
        if (mark < 0) return text.Length;
        int read = 0, written = 0;
        while (read < text.Length)
        {
            if (read + 2 < text.Length && text[read + 1] is >= FirstCombiningMark and <= LastCombiningMark
                && SplitLeads.TryGetValue((text[read], text[read + 1]), out var lead) && IsContinuationByte(Byte(text[read + 2])))
            {
                text[written++] = lead;
                read += 2;
                continue;
            }
            text[written++] = text[read++];
        }
        return written;
    }

    private static int RepairOnce(Span<char> text, out int repaired)
    {
        repaired = 0;
        if (!MayHoldMojibake(text)) return text.Length;
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        int read = 0, written = 0;
        var inRun = false; // the previous character came from a repaired sequence of a run-only script
        var repairedLast = false;
        while (read < text.Length)
        {
            // Only U+00C2–U+00F4 can lead a sequence: the text up to the next of them is copied as it is (vectorised).
            var plain = text[read..].IndexOfAnyInRange(FirstLead, LastLead);
            if (plain != 0)
            {
                var length = plain < 0 ? text.Length - read : plain;
                if (written != read) text.Slice(read, length).CopyTo(text[written..]);
                (read, written) = (read + length, written + length);
                (inRun, repairedLast) = (false, false);
                continue;
            }
            var consumed = Sequence(text, read, bytes, decoded, out var charCount, out var scalar);
            if (consumed > 0 && Accepted(text, read, consumed, scalar, written > 0 ? text[written - 1] : ' ', repairedLast, inRun, out var runOnly))
            {
                for (var k = 0; k < charCount; k++) text[written++] = decoded[k];
                read += consumed;
                repaired++;
                (inRun, repairedLast) = (runOnly, true);
                continue;
            }
            (inRun, repairedLast) = (false, false);
            text[written++] = text[read++];
        }
        return written;
    }

    // Whether the sequence at `at`, decoding to `scalar`, is garbled text rather than characters that happen to be there.
    private static bool Accepted(ReadOnlySpan<char> text, int at, int consumed, int scalar, char previous, bool afterRepair, bool inRun, out bool runOnly)
    {
        if (!Plausible(scalar, out runOnly) || !FitsItsPlace(text, at, consumed, scalar, previous, afterRepair)) return false;
        if (!runOnly || inRun) return true;
        // The first of a run-only script's characters needs a second right after it.
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        return Sequence(text, at + consumed, bytes, decoded, out _, out var next) > 0 && Plausible(next, out var nextInRun) && nextInRun;
    }

    /// <summary>
    /// The characters a repaired sequence may give. Real text holds accented letters next to punctuation ("ließ“",
    /// "NESTLÉ®", "aggravé »" with a no-break space), which decode to scripts no Latin page mixes in (N'Ko, IPA, one
    /// CJK character); garbled text gives Latin letters, Greek, Cyrillic, Hebrew, Arabic, punctuation and symbols.
    /// Scripts of three-byte sequences (CJK, Indic, Thai, Hangul) count only in runs of two or more, as garbled text
    /// in those scripts comes.
    /// </summary>
    private static bool Plausible(int scalar, out bool runOnly)
    {
        runOnly = scalar is >= 0x0800 and < 0x2000 or >= 0x2E80 and < 0xD800 or >= 0xF900 and < 0xFE00;
        return scalar switch
        {
            >= 0x0080 and <= 0x009F => true,  // C1 controls: no text holds them, but text garbled twice passes through them
            >= 0x00A0 and <= 0x024F => true,  // Latin-1 letters and signs, Latin Extended-A and B
            >= 0x0370 and <= 0x04FF => true,  // Greek, Cyrillic
            >= 0x05D0 and <= 0x05EA => true,  // Hebrew letters
            >= 0x0600 and <= 0x06FF => true,  // Arabic
            >= 0x2000 and <= 0x215F => true,  // punctuation, super- and subscripts, currency, letterlike signs, fractions
            >= 0x2190 and <= 0x21FF => true,  // arrows
            >= 0x2500 and <= 0x27BF => true,  // box drawing, shapes, dingbats
            0xFEFF => true,                    // a byte-order mark
            >= 0xFF00 and <= 0xFFEF => true,  // full-width forms
            >= 0x1F000 and <= 0x1FAFF => true, // emoji
            _ => runOnly,
        };
    }

    /// <summary>
    /// "Ã" and "Â" before a continuing character are garbled text whatever stands around them; a letter from another lead
    /// must touch a letter or another repaired letter, as inside a word: German "Ä…" (an abbreviation) stays, Polish
    /// "siÄ™" becomes "się".
    /// </summary>
    private static bool FitsItsPlace(ReadOnlySpan<char> text, int at, int consumed, int scalar, char previous, bool afterRepair)
    {
        if (afterRepair || text[at] is '\u00C3' or '\u00C2' || scalar > 0xFFFF || !char.IsLetter((char)scalar)) return true;
        if (char.IsLetter(previous) || (at + consumed < text.Length && char.IsLetter(text[at + consumed]))) return true;
        // The first of a word's garbled letters ("×¢×‘" for Hebrew): the next characters continue a sequence too.
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        return Sequence(text, at + consumed, bytes, decoded, out _, out var next) > 0 && next <= 0xFFFF && char.IsLetter((char)next);
    }

    // The UTF-8 sequence whose bytes the characters at `at` stand for: characters read (0 when none), the scalar value.
    private static int Sequence(ReadOnlySpan<char> text, int at, Span<byte> bytes, Span<char> decoded, out int charCount, out int scalar)
    {
        charCount = 0;
        scalar = 0;
        if (at >= text.Length) return 0;
        var lead = Byte(text[at]);
        var needed = lead switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => 0 };
        if (needed == 0) return 0;
        if (!TryContinuation(text, at + 1, needed, bytes, out var consumed))
        {
            if (!LostThirdByte(text, at, out var punctuation)) return 0;
            decoded[0] = punctuation;
            (charCount, scalar) = (1, punctuation);
            return 2;
        }
        bytes[0] = (byte)lead;
        if (System.Text.Unicode.Utf8.ToUtf16(bytes[..(needed + 1)], decoded, out _, out charCount, replaceInvalidSequences: false)
            != System.Buffers.OperationStatus.Done) return 0;
        scalar = charCount == 2 ? char.ConvertToUtf32(decoded[0], decoded[1]) : decoded[0];
        return 1 + consumed;
    }

    /// <summary>
    /// "â€" whose third byte was one Windows-1252 leaves undefined and the garbling dropped: between letters it was the
    /// hyphen U+2010 ("longâ€term"), elsewhere the closing quote U+201D (byte 0x9D), the two such characters news uses.
    /// </summary>
    private static bool LostThirdByte(ReadOnlySpan<char> text, int at, out char punctuation)
    {
        punctuation = '\0';
        if (text[at] != '\u00E2' || at + 1 >= text.Length || text[at + 1] != '\u20AC') return false;
        var next = at + 2 < text.Length ? text[at + 2] : ' ';
        var previous = at > 0 ? text[at - 1] : ' ';
        if (IsContinuationByte(Byte(next))) return false;
        punctuation = char.IsLetter(previous) && char.IsLetter(next) ? '\u2010' : '\u201D';
        return true;
    }

    // Reads `needed` continuation bytes (0x80–0xBF) from the characters after a lead; a decomposed accent counts as one.
    private static bool TryContinuation(ReadOnlySpan<char> text, int at, int needed, Span<byte> bytes, out int consumed)
    {
        consumed = 0;
        for (var k = 1; k <= needed; k++)
        {
            if (at + consumed >= text.Length) return false;
            var b = Byte(text[at + consumed]);
            if (IsContinuationByte(b)) { bytes[k] = (byte)b; consumed++; continue; }
            if (text[at + consumed] == ' ' && at + consumed + 1 < text.Length && AccentByte(text[at + consumed + 1]) is var accent and > 0)
            {
                bytes[k] = accent;
                consumed += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    private static byte AccentByte(char mark)
    {
        foreach (var (m, b) in DecomposedAccents)
            if (m == mark) return b;
        return 0;
    }

    // The Windows-1252 byte of a character, -1 for ASCII and characters it cannot write. U+0080–U+00FF are their own
    // bytes: Latin-1 wrote them so, and C1 controls are how the five bytes Windows-1252 leaves undefined come out.
    private static int Byte(char c) => c switch
    {
        < '\u0080' => -1,
        <= '\u00FF' => c,
        _ => ByteOf[c] is var b and > 0 ? b : -1,
    };

    // Cheap gate: a lead character (Â–ô, or â) followed by a character that could continue a sequence.
    private static bool MayHoldMojibake(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAnyInRange(FirstLead, LastLead);
        while (at >= 0 && at + 1 < text.Length)
        {
            var next = text[at + 1];
            if (IsContinuationByte(Byte(next)) || next == ' ') return true;
            var further = text[(at + 1)..].IndexOfAnyInRange(FirstLead, LastLead);
            if (further < 0) return false;
            at += 1 + further;
        }
        return false;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static byte[] BuildByteTable()
    {
        var table = new byte[65536];
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var s = Windows1252.GetString([(byte)b]);
            if (s.Length == 1 && s[0] > '\u00FF') table[s[0]] = (byte)b;
        }
        return table;
    }
}
