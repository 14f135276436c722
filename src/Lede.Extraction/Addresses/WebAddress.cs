using System.Diagnostics.CodeAnalysis;

namespace Lede.Extraction.Addresses;

/// <summary>
/// An absolute http or https address: the only kind fetched, listened on, or shown as a link. Anything else (relative,
/// <c>file:</c>, <c>javascript:</c>, <c>data:</c>, <c>mailto:</c>) is not one. The text is taken as given (callers trim
/// where their input may carry spaces); <see cref="Uri.Scheme"/> is always lower case, so <c>HTTPS://</c> counts.
/// </summary>
public static class WebAddress
{
    /// <summary>The address when <paramref name="text"/> is an absolute http(s) address.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Uri? address)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && HasWebScheme(uri))
        {
            address = uri;
            return true;
        }
        address = null;
        return false;
    }

    /// <summary>True when <paramref name="text"/> is an absolute http(s) address.</summary>
    public static bool IsWebAddress([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>True when an absolute address is http or https.</summary>
    public static bool HasWebScheme(Uri address) => address.Scheme is "http" or "https";
}
