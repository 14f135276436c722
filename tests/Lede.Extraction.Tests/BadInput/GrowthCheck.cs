using System.Diagnostics;

namespace Lede.Extraction.Tests.BadInput;

/// <summary>
/// Tells pathological from ordinary work without trusting a wall-clock bound a loaded machine would break: the same work
/// at n and 4n must grow less than 8 times (linear: 4, quadratic: 16), or a hostile input must cost about what a plain
/// one of the same size does; each with a second of slack for scheduling noise.
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

    /// <summary>The hostile work costs less than <paramref name="factor"/> times the plain work of the same size.</summary>
    public static void AssertCostsLike(Action hostile, Action plain, double factor)
    {
        plain(); // warm-up
        hostile();
        var usual = Time(_ => plain(), 0);
        var cost = Time(_ => hostile(), 0);
        Assert.True(cost < factor * usual + TimeSpan.FromSeconds(1), $"hostile {cost}, plain {usual}");
    }

    private static TimeSpan Time(Action<int> work, int n)
    {
        var clock = Stopwatch.StartNew();
        work(n);
        return clock.Elapsed;
    }
}
