using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Lede.Cluster;

/// <summary>Reads "HOST:PORT" (a name, an IPv4 address or a bracketed IPv6 address) as the endpoint Orleans connects to.</summary>
public static class ClusterEndpoint
{
    /// <exception cref="FormatException">The text is not HOST:PORT, or the host name does not resolve.</exception>
    public static IPEndPoint Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1
            || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new FormatException($"'{text}' is not HOST:PORT with a port 1..65535");
        return new IPEndPoint(ParseAddress(text[..colon]), port);
    }

    /// <exception cref="FormatException">The text is neither an address nor a name that resolves.</exception>
    public static IPAddress ParseAddress(string host)
    {
        host = host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address)) return address;
        try
        {
            var addresses = Dns.GetHostAddresses(host);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
                   ?? throw new FormatException($"the host name '{host}' has no address");
        }
        catch (SocketException e)
        {
            throw new FormatException($"the host name '{host}' does not resolve: {e.Message}", e);
        }
    }
}
