namespace Lede.Cluster.Tests;

/// <summary>A temporary folder removed with the test.</summary>
internal sealed class TestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("lede-cluster-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file may still be closing on some platforms; the OS temp folder is cleaned anyway.
        }
    }
}
