using System.Net;
using System.Net.Sockets;

namespace Lede.Extraction.Addresses;

/// <summary>
/// Addresses a server must never fetch on a user's behalf, nor a page we write make a reader's browser fetch: loopback,
/// private, link-local, multicast, reserved.
/// </summary>
public static class InternalAddress
{
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] >= 64 && b[1] <= 127,          // carrier-grade NAT
                169 => b[1] == 254,                         // link-local, cloud metadata
                172 => b[1] >= 16 && b[1] <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99),
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
                203 => b[1] == 0 && b[2] == 113,
                >= 224 => true,                             // multicast and reserved
                _ => false,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            // Forms that carry an IPv4 address (NAT64, 6to4, IPv4-compatible) reach it: judge that address.
            if (EmbeddedIPv4(b) is { } inner) return IsInternal(inner);
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                     // unique local fc00::/7
                || b.AsSpan(0, 6).SequenceEqual(LocalNat64Prefix) // local-use NAT64 64:ff9b:1::/48: a network's own translator
                || b.AsSpan(0, 8).SequenceEqual(DiscardPrefix)     // discard-only 100::/64
                || b.AsSpan(0, 4).SequenceEqual(TeredoPrefix)      // Teredo 2001::/32: a tunnel whose client may be any address, never a site
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8); // documentation
        }
        return true;
    }

    /// <summary>
    /// Whether an address written in a page points inside a network: a private or loopback IP literal, or a name only a
    /// local network resolves ("localhost", "printer.local", "intranet.internal"). Names are not resolved here.
    /// </summary>
    public static bool PointsInside(Uri address)
    {
        if (address.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
            return !IPAddress.TryParse(address.IdnHost.Trim('[', ']'), out var ip) || IsInternal(ip);
        var host = address.IdnHost.TrimEnd('.');
        if (!host.Contains('.')) return true; // a bare name ("intranet", "localhost") is a local network's
        foreach (var suffix in LocalSuffixes)
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Top-level names reserved for, or in use on, local networks (RFC 6761, 6762, 8375; ICANN's .internal).
    private static readonly string[] LocalSuffixes = [".localhost", ".local", ".internal", ".lan", ".home.arpa", ".localdomain", ".intranet", ".corp"];

    /// <summary>
    /// The IPv4 address inside NAT64 64:ff9b::/96, 6to4 2002::/16, IPv4-compatible ::/96 (::a.b.c.d) or IPv4-translated
    /// ::ffff:0:0/96 (::ffff:0:a.b.c.d); null otherwise.
    /// </summary>
    private static IPAddress? EmbeddedIPv4(byte[] b)
    {
        var span = b.AsSpan();
        if (span[..12].SequenceEqual(Nat64Prefix) || span[..12].SequenceEqual(TranslatedPrefix) || span[..12].IndexOfAnyExcept((byte)0) < 0)
            return new IPAddress(span[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return new IPAddress(span[2..6]);
        return null;
    }

    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
    private static ReadOnlySpan<byte> TranslatedPrefix => [0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0];
    private static ReadOnlySpan<byte> TeredoPrefix => [0x20, 0x01, 0x00, 0x00];
    private static ReadOnlySpan<byte> LocalNat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01];
    private static ReadOnlySpan<byte> DiscardPrefix => [0x01, 0x00, 0, 0, 0, 0, 0, 0];
}
