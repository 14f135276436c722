using System.Diagnostics;

namespace Lede.Analysis;

/// <summary>
/// Where analysis time and allocations go, stage by stage (benchmarks only). Each <see cref="Lap"/> charges
/// the time and the bytes this thread allocated since the previous lap to one stage. One thread per clock.
/// The time source is the caller's (a benchmark on a shared machine passes the thread's CPU time).
/// </summary>
internal sealed class AnalysisStageClock(Func<TimeSpan>? now = null)
{
    public const int Sentences = 0, Tokenize = 1, Entities = 2, Linking = 3, Quotes = 4, Claims = 5;
    public static readonly string[] StageNames = ["sentences", "tokenize", "NER", "linking", "quotes", "claims"];

    private readonly Func<TimeSpan> _now = now ?? (() => TimeSpan.FromTicks(Stopwatch.GetElapsedTime(0).Ticks));
    private long _lastTicks, _lastBytes;

    /// <summary>Time per stage in <see cref="TimeSpan"/> ticks.</summary>
    public long[] Ticks { get; } = new long[StageNames.Length];
    public long[] Bytes { get; } = new long[StageNames.Length];

    public void Start()
    {
        _lastTicks = _now().Ticks;
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
    }

    public void Lap(int stage)
    {
        var ticks = _now().Ticks;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        Ticks[stage] += ticks - _lastTicks;
        Bytes[stage] += bytes - _lastBytes;
        _lastTicks = ticks;
        _lastBytes = bytes;
    }
}
