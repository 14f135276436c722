using System.Reflection;
using Xunit.Sdk;

namespace Lede.Corpus.Tests.Storage;

/// <summary>
/// The PostgreSQL row of a store theory. Without LEDE_TEST_POSTGRES it is reported as SKIPPED with
/// the reason, so a run without a server says plainly that half of the suite did not run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestCorpus.PostgresConnection is null)
            Skip = $"POSTGRESQL NOT TESTED: {TestCorpus.PostgresVariable} is not set (run scripts/test-postgres.sh and export what it prints)";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
