namespace Lede.Extraction.Decoding;

/// <summary>Tells binary junk from text and HTML from plain text before any parsing.</summary>
public static class InputSniffer
{
    private const int SniffBytes = 8192;

    /// <summary>True when the start of the input looks like binary data (images, archives, executables), not a page.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return false;
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        // UTF-16 text has NULs in every other byte; the BOM check happens in the decoder.
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))) return false;
        if (IsUtf16WithoutBom(head)) return false;
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B)) control++;
        // Real pages have almost no control bytes; a handful of stray NULs are tolerated.
        return control > head.Length / 10;
    }

    /// <summary>
    /// UTF-16 without a BOM (its charset given by the server's Content-Type): Latin-script text has a NUL on one side of
    /// nearly every byte pair and none on the other, which random or binary bytes do not.
    /// </summary>
    private static bool IsUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        if (head.Length < 64) return false;
        int even = 0, odd = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) even++;
            if (head[i + 1] == 0) odd++;
        }
        var pairs = head.Length / 2;
        return (odd >= pairs * 3 / 10 && even <= pairs / 100) || (even >= pairs * 3 / 10 && odd <= pairs / 100);
    }

    /// <summary>True when decoded text is markup rather than already-flattened text.</summary>
    public static bool LooksLikeHtml(string text) => LooksLikeHtml(text.AsSpan());

    /// <inheritdoc cref="LooksLikeHtml(string)"/>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, SniffBytes)].TrimStart();
        if (head.StartsWith("<")) return true;
        foreach (var marker in (ReadOnlySpan<string>)["<html", "<body", "<head", "<div", "<p>", "<p ", "<article", "<!doctype", "<meta", "<title"])
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
