using System.Diagnostics;

namespace Lede.Extraction.Tests.BadInput;

/// <summary>
/// Tells linear from quadratic work without trusting a wall-clock bound a loaded machine would break: the same work at
/// n and 4n must grow less than 8 times (linear: 4, quadratic: 16), with a second of slack for scheduling noise.
/// </summary>
internal static class GrowthCheck
{
    public static void AssertNotQuadratic(Action<int> work, int n)
    {
        work(n / 8); // warm the JIT so the first measurement is not mostly compilation
        var small = Time(work, n);
        var large = Time(work, 4 * n);
        Assert.True(large < 8 * small + TimeSpan.FromSeconds(1), $"{n}: {small}, {4 * n}: {large}");
    }

    private static TimeSpan Time(Action<int> work, int n)
    {
        var clock = Stopwatch.StartNew();
        work(n);
        return clock.Elapsed;
    }
}
