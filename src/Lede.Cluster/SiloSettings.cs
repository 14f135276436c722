using System.Net;
using System.Security.Cryptography.X509Certificates;
using Lede.Extraction;

namespace Lede.Cluster;

/// <summary>Where a Lede silo listens and which cluster it joins.</summary>
public sealed record SiloSettings
{
    /// <summary>The address other silos and clients reach this one at (default loopback: this machine only).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Port for silo-to-silo traffic (default 11111, Orleans's usual).</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Port clients (<c>lede ingest --cluster</c>) connect to (default 30000, Orleans's usual).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>
    /// The silo that keeps the cluster's membership (its silo port, not its gateway port); null when this
    /// silo is that one. Every other silo names it to join.
    /// </summary>
    public IPEndPoint? Primary { get; init; }

    /// <summary>
    /// Npgsql connection string of a PostgreSQL database that keeps the member list (tables
    /// <c>lede_cluster_*</c>, created when missing); then no silo is primary and any may stop.
    /// Exclusive with <see cref="Primary"/>.
    /// </summary>
    public string? MembershipDatabase { get; init; }

    /// <summary>The cluster's certificate: with it, silos and clients talk over mutual TLS (<see cref="ClusterCertificate"/>); without it, in the clear.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Silos and clients with the same id form one cluster (default "lede").</summary>
    public string ClusterId { get; init; } = "lede";

    /// <summary>The extraction limits the silo applies (input size, decompressed size, nesting depth).</summary>
    public ExtractionOptions Extraction { get; init; } = new();

    /// <summary>Service id shared by every Lede cluster: the id Orleans keys persistent state by (Lede keeps none in Orleans).</summary>
    internal const string ServiceId = "lede";

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (SiloPort is < 1 or > 65535) errors.Add($"the silo port must be 1..65535 (was {SiloPort})");
        if (GatewayPort is < 1 or > 65535) errors.Add($"the gateway port must be 1..65535 (was {GatewayPort})");
        if (SiloPort == GatewayPort) errors.Add($"the silo and gateway ports must differ (both {SiloPort})");
        if (string.IsNullOrWhiteSpace(ClusterId)) errors.Add("the cluster id is empty");
        if (MembershipDatabase is not null && Primary is not null) errors.Add("name either a primary silo or a membership database, not both");
        if (MembershipDatabase is not null && string.IsNullOrWhiteSpace(MembershipDatabase)) errors.Add("the membership database's connection string is empty");
        if (Address.Equals(IPAddress.Any) || Address.Equals(IPAddress.IPv6Any)) errors.Add("the address must be one other machines can reach, not the wildcard address");
        errors.AddRange(Extraction.Validate());
        return errors;
    }
}
