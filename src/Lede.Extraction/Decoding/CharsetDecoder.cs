using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Lede.Extraction.Decoding;

/// <summary>The text of an input and how it was decoded.</summary>
public sealed record DecodedText(string Text, string Charset, string CharsetSource);

/// <summary>
/// Turns page bytes into text the way a browser does: byte-order mark, then the HTTP
/// Content-Type charset, then a &lt;meta charset&gt; / http-equiv prescan, then valid UTF-8,
/// then statistical detection. Invalid bytes become U+FFFD; decoding never fails.
/// </summary>
public static partial class CharsetDecoder
{
    // The WHATWG prescan looks at the first 1024 bytes; real pages often put <meta> later.
    private const int PrescanBytes = 4096;
    // Fewer bad bytes written as letters than this in a page declared UTF-8 are damage, replaced; more, outnumbering good
    // multi-byte characters, are another charset.
    private const int MinInvalidUtf8Sequences = 3;

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] bytes, string? contentType = null)
    {
        var (encoding, skip, charset, source) = Resolve(bytes, contentType);
        return new(Clean(encoding.GetString(bytes, skip, bytes.Length - skip)), charset, source);
    }

    /// <summary>
    /// Decodes into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it), NULs dropped:
    /// the tree builder then reads the buffer directly and copies only the text it keeps.
    /// </summary>
    internal static char[] DecodeToRented(byte[] bytes, string? contentType, out int length)
    {
        var (encoding, skip, _, _) = Resolve(bytes, contentType);
        // Sized for the most characters the bytes can make: counting them first would read the whole page once more.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(bytes.Length - skip)));
        length = encoding.GetChars(bytes, skip, bytes.Length - skip, buffer, 0);
        var text = buffer.AsSpan(0, length);
        if (text.Contains('\0'))
        {
            var kept = 0;
            foreach (var c in text)
                if (c != '\0') buffer[kept++] = c;
            length = kept;
        }
        return buffer;
    }

    /// <summary>The encoding to decode with (invalid bytes replaced), the bytes to skip (a BOM), and how it was chosen.</summary>
    private static (Encoding Encoding, int Skip, string Charset, string Source) Resolve(byte[] bytes, string? contentType)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
            return (bomEncoding, bomLength, bomEncoding.WebName, "bom");

        if (contentType is not null && CharsetInHeader().Match(contentType) is { Success: true } header
            && TryGetEncoding(header.Groups[1].Value, out var fromHeader))
            return Finish(bytes, fromHeader, "content-type");

        if (TryPrescan(bytes, out var fromMeta))
            return Finish(bytes, fromMeta, "meta");

        if (IsValidUtf8(bytes))
            return (Encoding.UTF8, 0, "utf-8", "utf8-valid");

        var detected = Detect(bytes);
        return Finish(bytes, detected ?? Windows1252, detected is null ? "default" : "detected");
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static (Encoding, int, string, string) Finish(byte[] bytes, Encoding encoding, string source)
    {
        // A page that declares a single-byte charset but is valid UTF-8 with multi-byte sequences
        // was mislabelled by its server; browsers' users see mojibake, readers want the text.
        if (encoding.CodePage != Encoding.UTF8.CodePage && encoding.IsSingleByte && HasMultiByteUtf8(bytes) && IsValidUtf8(bytes))
            return (Encoding.UTF8, 0, "utf-8", source + "-overridden-by-utf8");
        // The other way round: a page that says UTF-8 but whose bytes are mostly not (a Windows-1252 page under a template's
        // <meta charset="utf-8">) would read "Z\uFFFDrich" throughout; stray or damaged bytes among real UTF-8 stay replaced.
        if (encoding.CodePage == Encoding.UTF8.CodePage && !IsValidUtf8(bytes) && MostlyNotUtf8(bytes))
        {
            var detected = Detect(bytes);
            return Finish(bytes, detected is null || detected.CodePage == Encoding.UTF8.CodePage ? Windows1252 : detected, source + "-not-utf8");
        }
        var replacing = encoding.CodePage == Encoding.UTF8.CodePage
            ? Encoding.UTF8 // replaces invalid sequences with U+FFFD
            : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        return (replacing, 0, encoding.WebName, source);
    }

    /// <summary>NUL is never text: browsers drop or replace it; we drop it so no later stage sees it.</summary>
    private static string Clean(string text) => text.Contains('\0') ? text.Replace("\0", "") : text;

    private static bool TryBom(byte[] b, out Encoding encoding, out int length)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { encoding = new UTF8Encoding(false); length = 3; return true; }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { encoding = new UnicodeEncoding(false, false); length = 2; return true; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { encoding = new UnicodeEncoding(true, false); length = 2; return true; }
        encoding = Encoding.UTF8; length = 0; return false;
    }

    private static bool TryPrescan(byte[] bytes, out Encoding encoding)
    {
        // Read on the stack: only a <meta> that declares a charset becomes a string.
        Span<char> head = stackalloc char[PrescanBytes];
        head = head[..Encoding.Latin1.GetChars(bytes.AsSpan(0, Math.Min(bytes.Length, PrescanBytes)), head)];
        foreach (var meta in MetaTag().EnumerateMatches(head))
        {
            var tag = head.Slice(meta.Index, meta.Length);
            if (!CharsetInMeta().IsMatch(tag)) continue;
            var m = CharsetInMeta().Match(tag.ToString());
            if (m.Success && TryGetEncoding(m.Groups[1].Value, out encoding))
            {
                // A page cannot really be UTF-16 if the declaration was readable as ASCII.
                if (encoding is UnicodeEncoding) encoding = Encoding.UTF8;
                return true;
            }
        }
        encoding = Encoding.UTF8;
        return false;
    }

    /// <summary>Maps a charset label to an encoding using the WHATWG aliases that matter in practice.</summary>
    public static bool TryGetEncoding(string label, out Encoding encoding)
    {
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        label = label switch
        {
            // WHATWG: these labels all mean windows-1252 in a browser.
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "l1" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            "x-sjis" or "ms932" or "windows-31j" => "shift_jis",
            "iso-8859-9" or "latin5" => "windows-1254",
            _ => label,
        };
        try
        {
            encoding = Encoding.GetEncoding(label);
            // The WHATWG Encoding Standard has no UTF-7 or UTF-32: browsers ignore those labels, and .NET refuses
            // to decode UTF-7 (a known script-smuggling charset), so a page declaring one reads as undeclared.
            if (encoding.CodePage is 65000 or 12000 or 12001) { encoding = Encoding.UTF8; return false; }
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            encoding = Encoding.UTF8;
            return false;
        }
    }

    private static Encoding? Detect(byte[] bytes)
    {
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(bytes, 0, Math.Min(bytes.Length, 64 * 1024));
        var name = result.Detected?.EncodingName;
        return name is not null && result.Detected!.Confidence > 0.3f && TryGetEncoding(name, out var e) ? e : null;
    }

    internal static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>
    /// True when the bytes hold at least <see cref="MinInvalidUtf8Sequences"/> lone bytes that are not UTF-8 written as
    /// letters are (a letter beside them: "Z\xFCrich", "co\xFBte"), and more of them than valid multi-byte characters: text
    /// in a single-byte charset, not UTF-8 with a damaged stretch (a run of junk bytes has no letters beside each byte).
    /// </summary>
    private static bool MostlyNotUtf8(ReadOnlySpan<byte> bytes)
    {
        int lettersNotUtf8 = 0, multiByte = 0;
        var at = 0;
        while (at < bytes.Length)
        {
            var next = bytes[at..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0) break;
            at += next;
            var status = System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) multiByte++;
            else if (consumed <= 1 && (at > 0 && char.IsAsciiLetter((char)bytes[at - 1]) || at + 1 < bytes.Length && char.IsAsciiLetter((char)bytes[at + 1])))
                lettersNotUtf8++;
            at += Math.Max(1, consumed);
        }
        return lettersNotUtf8 >= MinInvalidUtf8Sequences && lettersNotUtf8 > multiByte;
    }

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetInHeader();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([\w:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetInMeta();
}
