using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;

namespace Lede.Cluster.Tests;

/// <summary>With a cluster certificate, silos and clients talk over mutual TLS and turn away peers without it.</summary>
public sealed class ClusterTlsTests
{
    private static string WriteCertificate(string folder, string name, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    [Fact]
    public async Task OnlyClientsWithTheClusterCertificateGetPagesProcessed()
    {
        using var folder = new TestFolder();
        var certificate = ClusterCertificate.Load(WriteCertificate(folder.Path, "lede-cluster", "s3cret"), "s3cret");
        var stranger = ClusterCertificate.Load(WriteCertificate(folder.Path, "someone-else", "other"), "other");
        var pages = InventedPages.WriteFolder(folder.Path, 4);
        var settings = new SiloSettings { SiloPort = InventedPages.FreePort(), GatewayPort = InventedPages.FreePort(), ClusterId = "tls", Certificate = certificate };
        using var silo = LedeSilo.Build(settings);
        await silo.StartAsync();
        try
        {
            IPEndPoint[] gateway = [new(IPAddress.Loopback, settings.GatewayPort)];
            await using (var connection = await ClusterConnection.OpenAsync(gateway, "tls", certificate))
            {
                using var corpus = Corpus.NewsCorpus.Open(new Corpus.CorpusOptions { DatabasePath = Path.Combine(folder.Path, "c.db") });
                Assert.Equal(4, corpus.Ingest([pages], processor: new ClusterPageProcessor(connection.Client)).Stored);
            }
            var refused = await Assert.ThrowsAsync<ClusterUnreachableException>(() => ClusterConnection.OpenAsync(gateway, "tls", stranger, TimeSpan.FromSeconds(8)));
            Assert.Contains("another certificate", refused.Message);
            await Assert.ThrowsAsync<ClusterUnreachableException>(() => ClusterConnection.OpenAsync(gateway, "tls", null, TimeSpan.FromSeconds(8)));
            Assert.Equal(4, LedeSilo.Activity(silo).Pages);
        }
        finally
        {
            await silo.StopAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void AFileThatIsNotACertificateIsAClearError()
    {
        using var folder = new TestFolder();
        var path = Path.Combine(folder.Path, "not-a-certificate.pfx");
        File.WriteAllText(path, "hello");
        var error = Assert.Throws<FormatException>(() => ClusterCertificate.Load(path, "x"));
        Assert.Contains("cannot read the certificate", error.Message);
    }
}
