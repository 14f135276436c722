using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Lede.Cluster;

/// <summary>
/// Mutual TLS with one certificate shared by every silo and client of a cluster: each side presents
/// it and accepts only a peer presenting the very same one (pinned by thumbprint), so a self-signed
/// certificate made for the cluster both encrypts and keeps strangers out.
/// </summary>
public static class ClusterCertificate
{
    /// <summary>The environment variable holding the PKCS #12 file's password, kept off command lines.</summary>
    public const string PasswordVariable = "LEDE_CLUSTER_CERTIFICATE_PASSWORD";

    /// <exception cref="FormatException">The file cannot be read as a certificate with its private key.</exception>
    public static X509Certificate2 Load(string path, string? password = null)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password ?? Environment.GetEnvironmentVariable(PasswordVariable));
            return certificate.HasPrivateKey ? certificate : throw new FormatException($"the certificate in '{path}' has no private key");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"cannot read the certificate '{path}' (a PKCS #12 file; its password comes from {PasswordVariable}): {e.Message}", e);
        }
    }

    internal static void Configure(TlsOptions options, X509Certificate2 certificate)
    {
        options.LocalCertificate = certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // Chain and name errors are expected for a cluster's own self-signed certificate: the pin is the check.
        options.RemoteCertificateValidation = (remote, _, _) => remote is not null && remote.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span);
        options.OnAuthenticateAsClient = (_, client) => client.TargetHost = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
    }
}
