using Microsoft.Extensions.Logging;

namespace Lede.Server;

/// <summary>Writes warnings and errors (failed requests, unhandled exceptions) as single lines to a text writer such as stderr.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(writer);

    public void Dispose() { }

    private sealed class LineLogger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = $"lede serve: {formatter(state, exception)}{(exception is null ? "" : ": " + exception.Message)}";
            lock (writer) writer.WriteLine(line);
        }
    }
}
