using Microsoft.Extensions.Logging;

namespace Lede.Server;

/// <summary>Writes warnings and errors (failed requests, unhandled exceptions) as single lines to a text writer such as stderr.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(writer, categoryName);

    // The host logs a failed start ("Hosting failed to start: Failed to bind …") and throws it as well; whoever starts the
    // server reports the exception ("lede: cannot listen: …"), so the log line would say it a second time.
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private const string HostStartFailed = "HostedServiceStartupFaulted";

    public void Dispose() { }

    private sealed class LineLogger(TextWriter writer, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || category == HostCategory && eventId.Name == HostStartFailed) return;
            var line = $"lede serve: {formatter(state, exception)}{(exception is null ? "" : ": " + exception.Message)}";
            lock (writer) writer.WriteLine(line);
        }
    }
}
