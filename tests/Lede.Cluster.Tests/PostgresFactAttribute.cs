namespace Lede.Cluster.Tests;

/// <summary>A test that needs the PostgreSQL server named by LEDE_TEST_POSTGRES (scripts/test.sh starts one); reported as skipped without it.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "LEDE_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set: run scripts/test.sh, which starts a throwaway PostgreSQL";
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable)!;
}
