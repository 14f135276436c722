using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Lede.Bench.Common;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime CLOCK_THREAD_CPUTIME_ID; elsewhere the
/// process's CPU time). On a shared, overloaded machine wall-clock latency mostly measures the
/// scheduler's queue; CPU time is what the work or query costs and what it takes on an idle machine.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var time) == 0)
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        return Process.GetCurrentProcess().TotalProcessorTime;
    }
}
